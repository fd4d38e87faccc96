"""Soak test: `extract run` over 1,000 articles while 20% of model requests fail.

The stand-in model server (its own process) injects a mix of faults into one request
in five: timeouts, dropped connections, 429, 500, 503, truncated output, invalid JSON
and schema-breaking JSON. The run uses the normal retry policy (3 attempts, one
re-ask). Every article must come out exactly once, as a result or an error record.

    .venv/bin/python benchmarks/bench_soak.py [--articles N] [--fault-rate R]

Prints: articles in, results, error records by reason, missing (must be 0),
duplicates (must be 0), wall time; exits 1 if anything is missing or duplicated.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract._cli import main as extract_main  # noqa: E402
from tests.support.standin_server import fetch_stats, spawn_standin, standin_article  # noqa: E402

# Share of all requests per fault kind (relative weights; scaled to --fault-rate).
FAULT_MIX = {
    "timeout": 1,
    "drop": 1,
    "429": 1.5,
    "500": 1,
    "503": 1.5,
    "length": 1,
    "invalid_json": 1,
    "schema_break": 1,
}
_ENV = (
    "EXTRACT_MODEL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "EXTRACT_CONCURRENCY",
    "EXTRACT_MAX_ATTEMPTS",
    "EXTRACT_MAX_REASKS",
    "EXTRACT_TIMEOUT",
    "EXTRACT_CACHE_DIR",
)


def write_articles(path: Path, n: int) -> list[str]:
    ids = [f"soak-{i:05d}" for i in range(n)]
    with path.open("w", encoding="utf-8") as fh:
        for i, aid in enumerate(ids):
            fh.write(json.dumps({"id": aid, "text": standin_article(i)}) + "\n")
    return ids


def write_config(path: Path, url: str, cache_dir: Path, args: argparse.Namespace) -> None:
    path.write_text(
        f'model = "compatible/standin"\nbase_url = "{url}"\n'
        f'cache_dir = "{cache_dir.as_posix()}"\n'
        f"concurrency = {args.concurrency}\nmax_attempts = 3\nmax_reasks = 1\n"
        f"max_backoff = 0.5\ntimeout = {args.timeout}\n",
        encoding="utf-8",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--timeout", type=float, default=1.0, help="client timeout, seconds")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    weight = sum(FAULT_MIX.values())
    rates = {name: args.fault_rate * w / weight for name, w in FAULT_MIX.items()}
    for key in _ENV:
        os.environ.pop(key, None)

    with (
        tempfile.TemporaryDirectory() as tmp,
        spawn_standin(latency=args.latency, rates=rates, seed=args.seed) as url,
    ):
        folder = Path(tmp)
        ids = write_articles(folder / "articles.jsonl", args.articles)
        config = folder / "soak.toml"
        write_config(config, url, folder / "cache", args)
        out = folder / "out.jsonl"
        argv = ["run", str(folder / "articles.jsonl"), "-o", str(out), "--config", str(config)]
        started = time.perf_counter()
        code = extract_main([*argv, "--no-cache", "--quiet"])
        wall = time.perf_counter() - started
        stats = fetch_stats(url)
        lines = out.read_bytes().splitlines(keepends=True)

    broken = sum(1 for line in lines if not line.endswith(b"\n"))
    records = [json.loads(line) for line in lines]
    seen = Counter(r["article_id"] for r in records)
    reasons = Counter(r["error"]["reason"] for r in records if r["error"] is not None)
    results = sum(1 for r in records if r["error"] is None)
    missing = len(set(ids) - set(seen))
    duplicates = sum(n - 1 for n in seen.values() if n > 1)
    faults = stats["faults"]
    injected = sum(faults.values())

    print()
    print(f"articles in:         {len(ids)}")
    print(f"results:             {results}")
    print(f"error records:       {sum(reasons.values())}")
    for reason, n in reasons.most_common():
        print(f"  {reason + ':':<23}{n}")
    print(f"missing:             {missing}   (must be 0)")
    print(f"duplicates:          {duplicates}   (must be 0)")
    print(f"truncated lines:     {broken}   (must be 0)")
    print(f"wall time:           {wall:.1f} s (exit code {code})")
    print(
        f"model requests:      {stats['requests']}, {injected} with an injected fault "
        f"({injected / max(stats['requests'], 1):.1%})"
    )
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(faults.items())))
    return 1 if missing or duplicates or broken else 0


if __name__ == "__main__":
    sys.exit(main())
