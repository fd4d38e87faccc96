"""Toolkit overhead of `extract run` against a stand-in model with a fixed latency.

2,000 synthetic one-paragraph articles, a stand-in server answering every request
after 100 ms (in its own process, so its CPU is not counted), `--concurrency 32`,
no cache. With zero overhead the run would take 2000 x 0.1 / 32 = 6.25 s.

    .venv/bin/python benchmarks/bench_overhead.py [--articles N] [--concurrency C]

Targets: wall / ideal <= 1.3; toolkit CPU <= 5 ms per article.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract._cli import main as extract_main  # noqa: E402
from tests.support.standin_server import fetch_stats, spawn_standin, standin_article  # noqa: E402

_ENV = ("EXTRACT_MODEL", "OPENAI_API_KEY", "EXTRACT_CONCURRENCY", "EXTRACT_MAX_ATTEMPTS")


def write_articles(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"bench-{i:05d}", "text": standin_article(i)}) + "\n")


def cpu_seconds() -> float:
    """This process's CPU plus that of its finished children (the worker processes;
    the stand-in is still running, so its CPU is not counted)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_run(argv: list[str], url: str) -> tuple[int, float, float, int, float]:
    """(exit code, wall s, CPU s, model requests, the stand-in's CPU s) of one
    in-process `extract` run."""
    before = fetch_stats(url)
    cpu0, t0 = cpu_seconds(), time.perf_counter()
    code = extract_main(argv)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - cpu0
    after = fetch_stats(url)
    requests = after["requests"] - before["requests"]
    return code, wall, cpu, requests, after["cpu_seconds"] - before["cpu_seconds"]


def prepare_env(url: str, cache_dir: Path) -> None:
    for key in _ENV:
        os.environ.pop(key, None)
    os.environ["OPENAI_BASE_URL"] = url
    os.environ["EXTRACT_CACHE_DIR"] = str(cache_dir)


def parse_args(doc: str) -> argparse.Namespace:
    """The options both batch benchmarks take."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.1)
    return parser.parse_args()


@contextlib.contextmanager
def synthetic_batch(args: argparse.Namespace) -> Iterator[tuple[Path, Path, str]]:
    """A temp folder with the articles written, and the stand-in running: (folder, inputs, url)."""
    with tempfile.TemporaryDirectory() as tmp, spawn_standin(latency=args.latency) as url:
        folder = Path(tmp)
        prepare_env(url, folder / "cache")
        inputs = folder / "articles.jsonl"
        write_articles(inputs, args.articles)
        yield folder, inputs, url


def main() -> int:
    args = parse_args(__doc__ or "")
    with synthetic_batch(args) as (folder, inputs, url):
        argv = ["run", str(inputs), "-o", str(folder / "out.jsonl")]
        argv += ["--model", "compatible/standin", "--concurrency", str(args.concurrency)]
        argv += ["--no-cache"]
        code, wall, cpu, requests, standin_cpu = timed_run(argv, url)

    ideal = args.articles * args.latency / args.concurrency
    print()
    print(f"articles:            {args.articles} (exit code {code})")
    print(f"model requests:      {requests}")
    setup = f"{args.latency * 1000:.0f} ms a request, concurrency {args.concurrency}"
    print(f"wall time:           {wall:.2f} s (ideal {ideal:.2f} s at {setup})")
    print(f"wall / ideal:        {wall / ideal:.2f}  (target <= 1.3)")
    print(
        f"toolkit CPU:         {cpu:.2f} s = {cpu / args.articles * 1000:.2f} ms per article "
        "(target <= 5 ms)"
    )
    cores = os.cpu_count() or 1
    print(
        f"stand-in CPU:        {standin_cpu:.2f} s; with the toolkit's, "
        f"{(cpu + standin_cpu) / wall:.2f} of this machine's {cores} cores busy"
    )
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
