"""Quality and speed of the passage pipeline vs the naive baseline, side by side.

    python benchmarks/bench_quality.py gold               # replay recorded answers (offline)
    python benchmarks/bench_quality.py gold --record URL    # run the real model at URL and record

Recording needs a running embedded server (`extract serve` prints its URL). Model
answers are stored per article in `cassettes/quality/<system>/<set>/<id>.yaml`, and
the timings of the recording run in `timings.json` beside them, so the scores can be
reproduced offline by anyone; the seconds/article come from the recorded live run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import REPLAY_URL, cassette_recorder  # noqa: E402

from extract._api import Extractor  # noqa: E402
from extract._config import resolve_settings  # noqa: E402
from extract._evaluation import format_side_by_side, load_gold, score  # noqa: E402
from extract._exceptions import ExtractError  # noqa: E402
from extract._models import ArticleExtraction, Failure  # noqa: E402
from extract._naive import NaiveExtractor  # noqa: E402

SYSTEMS = {"pipeline": Extractor, "naive": NaiveExtractor}


async def run_system(
    system: str, gold_dir: Path, url: str | None, ids: set[str] | None = None
) -> tuple[dict[str, ArticleExtraction], dict]:
    gold = [g for g in load_gold(gold_dir) if ids is None or g.id in ids]
    folder = ROOT / "cassettes" / "quality" / system / gold_dir.name
    folder.mkdir(parents=True, exist_ok=True)
    recorder = cassette_recorder(record=url is not None)
    recorder.record_mode = "new_episodes" if url else "none"
    recorder.cassette_library_dir = str(folder)
    settings = resolve_settings(
        model="llamacpp/qwen2.5-coder-1.5b",
        base_url=url or REPLAY_URL,
        env={},
        max_attempts=2,
        timeout=900,
    )
    timings_path = folder / "timings.json"
    timings = json.loads(timings_path.read_text()) if timings_path.exists() else {}
    predictions: dict[str, ArticleExtraction] = {}
    async with SYSTEMS[system](settings) as extractor:
        for article in gold:
            started = time.monotonic()
            with recorder.use_cassette(f"{article.id}.yaml"):
                try:
                    result = await extractor.aextract(
                        article.text, published=article.published, article_id=article.id
                    )
                except ExtractError as exc:
                    result = ArticleExtraction(
                        article_id=article.id, error=Failure(reason=exc.reason, message=str(exc))
                    )
            predictions[article.id] = result
            if url:
                timings[article.id] = {
                    "seconds": round(time.monotonic() - started, 2),
                    "prompt_tokens": result.usage.prompt_tokens,
                    "completion_tokens": result.usage.completion_tokens,
                    "requests": result.usage.requests,
                }
                timings_path.write_text(json.dumps(timings, indent=1, sort_keys=True) + "\n")
                print(f"  {system} {article.id}: {timings[article.id]}", file=sys.stderr)
    return predictions, timings


def summary(timings: dict, ids: list[str]) -> str:
    rows = [timings[i] for i in ids if i in timings]
    if not rows:
        return "no recorded timings"
    n = len(rows)
    return (
        f"{sum(r['seconds'] for r in rows) / n:.1f} s/article, "
        f"{sum(r['prompt_tokens'] for r in rows) / n:.0f} prompt + "
        f"{sum(r['completion_tokens'] for r in rows) / n:.0f} completion tokens/article, "
        f"{sum(r['requests'] for r in rows) / n:.1f} requests/article (recorded live, {n} articles)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--record", metavar="URL", help="run the live model at URL and record")
    parser.add_argument("--system", choices=[*SYSTEMS, "both"], default="both")
    parser.add_argument("--json", type=Path, help="write both score sets here")
    parser.add_argument("--ids", nargs="*", help="only these article ids")
    parser.add_argument("--jsonl", type=Path, help="write the pipeline's results here (JSONL)")
    args = parser.parse_args()
    wanted = set(args.ids) if args.ids else None
    systems = list(SYSTEMS) if args.system == "both" else [args.system]
    if not args.record and wanted is None:
        # Replay scores only articles recorded for every system compared, so the
        # side-by-side is always over the same articles.
        folders = [ROOT / "cassettes" / "quality" / s / args.gold_dir.name for s in systems]
        wanted = set.intersection(*({p.stem for p in f.glob("*.yaml")} for f in folders))
    gold = [g for g in load_gold(args.gold_dir) if wanted is None or g.id in wanted]
    ids = [g.id for g in gold]
    print(f"{len(ids)} articles from {args.gold_dir}/", file=sys.stderr)
    scores, timing = {}, {}
    for system in systems:
        predictions, timings = asyncio.run(run_system(system, args.gold_dir, args.record, wanted))
        scores[system] = score(gold, predictions)
        if args.jsonl and system == "pipeline":
            lines = [predictions[i].model_dump_json() for i in ids if i in predictions]
            args.jsonl.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
        timing[system] = summary(timings, ids)
    if len(systems) == 2:
        print(format_side_by_side(scores["pipeline"], scores["naive"], ("pipeline", "naive")))
    else:
        from extract._evaluation import format_scores

        print(format_scores(scores[systems[0]], label=systems[0]))
    for system in systems:
        print(f"{system}: {timing[system]}")
    if args.json:
        args.json.write_text(
            json.dumps({k: v.model_dump(mode="json") for k, v in scores.items()}, indent=1)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
