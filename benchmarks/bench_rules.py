"""CPU of the code-side rules alone: the pipeline on synthetic articles, no HTTP.

Every passage is answered at once with the stand-in's canned draft, so what is timed is
`extract._pipeline.run`: passage split, draft validation, grounding, dates, merging,
places, officials and the records.

    .venv/bin/python benchmarks/bench_rules.py [--articles N]

To compare with another commit in one sitting (the machine is noisy), run the same script
from a worktree of that commit, alternating:

    git worktree add /tmp/old REV && .venv/bin/python /tmp/old/benchmarks/bench_rules.py
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from extract._drafts import PassageDraft  # noqa: E402
from extract._models import Usage  # noqa: E402
from extract._pipeline import run  # noqa: E402
from tests.support.standin_server import STANDIN_DRAFT, standin_article  # noqa: E402


async def canned(
    messages: list[dict[str, str]], response_model: type[PassageDraft], max_tokens: int
) -> tuple[PassageDraft, Usage]:
    return PassageDraft.model_validate(STANDIN_DRAFT), Usage(requests=1)


async def time_rules(texts: list[str]) -> float:
    """Seconds per article for `run` over `texts`."""
    started = time.perf_counter()
    for i, text in enumerate(texts):
        await run(text, complete=canned, article_id=f"bench-{i}")
    return (time.perf_counter() - started) / len(texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    texts = [standin_article(i) for i in range(args.articles)]
    asyncio.run(time_rules(texts[:200]))  # warm caches and imports
    seconds = asyncio.run(time_rules(texts))
    print(f"articles:            {args.articles}")
    print(f"rules per article:   {seconds * 1000:.2f} ms (one passage, canned draft, no HTTP)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
