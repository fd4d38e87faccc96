"""The result cache: the same batch twice; the second run should make no model calls.

2,000 synthetic articles against the stand-in server (100 ms a request, its own
process), `--concurrency 32`, with the cache on. The second run writes to a new
output file, so nothing is skipped by resume: every article is a cache hit.

    .venv/bin/python benchmarks/bench_cache.py [--articles N] [--concurrency C]

Targets: 0 model calls on the second run; second / first wall time <= 2%.
"""

from __future__ import annotations

import sys

from bench_overhead import parse_args, synthetic_batch, timed_run


def main() -> int:
    args = parse_args(__doc__ or "")
    with synthetic_batch(args) as (folder, inputs, url):
        base = ["run", str(inputs), "--model", "compatible/standin"]
        base += ["--concurrency", str(args.concurrency), "--quiet"]
        code1, wall1, cpu1, calls1, _ = timed_run([*base, "-o", str(folder / "first.jsonl")], url)
        code2, wall2, cpu2, calls2, _ = timed_run([*base, "-o", str(folder / "second.jsonl")], url)

    print()
    print(f"articles:              {args.articles} (exit codes {code1}, {code2})")
    print(f"first run:             {wall1:.2f} s wall, {cpu1:.2f} s CPU, {calls1} model calls")
    print(
        f"second run:            {wall2:.3f} s wall, {cpu2:.3f} s CPU, {calls2} model calls "
        "(target 0)"
    )
    print(f"second / first:        {wall2 / wall1:.2%}  (target <= 2%)")
    print(f"per cached article:    {wall2 / args.articles * 1e6:.0f} us")
    return 0 if code1 == code2 == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
