"""CPU per request of the HTTP client stack alone, against the same stand-in server.

What one request costs before any extraction work: the `openai` client's `post` as
`_provider` uses it, `chat.completions.create` as instructor's public call uses it, and a
bare `httpx2` POST. 2,000 requests, concurrency 32, stand-in latency 100 ms.

    .venv/bin/python benchmarks/bench_http_floor.py [--requests N]

Puts the overhead target in proportion: at 100 ms and concurrency 32, wall <= 1.3 x ideal
leaves one core 4.06 ms of CPU per article for everything.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx2  # noqa: E402
import openai  # noqa: E402
from bench_overhead import cpu_seconds  # noqa: E402
from openai.types.chat import ChatCompletion  # noqa: E402

from extract._drafts import PassageDraft  # noqa: E402
from tests.support.standin_server import spawn_standin  # noqa: E402

BODY = {
    "model": "standin",
    "messages": [{"role": "system", "content": "x" * 3000}, {"role": "user", "content": "y" * 600}],
    "max_tokens": 400,
    "temperature": 0,
    "response_format": {"type": "json_object", "schema": PassageDraft.model_json_schema()},
}


async def measure(kind: str, url: str, n: int, concurrency: int = 32) -> tuple[float, float]:
    client = openai.AsyncOpenAI(base_url=url, api_key="not-needed", max_retries=0)
    bare = httpx2.AsyncClient()
    gate = asyncio.Semaphore(concurrency)
    body = json.dumps(BODY)

    async def one() -> None:
        async with gate:
            if kind == "openai post (as _provider)":
                response = await client.post(
                    "/chat/completions", body=BODY, cast_to=httpx2.Response
                )
                ChatCompletion.model_validate_json(response.content)
            elif kind == "openai chat.completions.create":
                fields = {k: v for k, v in BODY.items() if k != "response_format"}
                await client.chat.completions.create(
                    **fields, extra_body={"response_format": BODY["response_format"]}
                )
            else:
                response = await bare.post(
                    url + "/chat/completions",
                    content=body,
                    headers={"content-type": "application/json"},
                )
                json.loads(response.content)

    await one()  # connect and warm up outside the measurement
    cpu0, t0 = cpu_seconds(), time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    wall, spent = time.perf_counter() - t0, cpu_seconds() - cpu0
    await client.close()
    await bare.aclose()
    return wall, spent / n * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    kinds = ("openai post (as _provider)", "openai chat.completions.create", "bare httpx2")
    with spawn_standin(latency=0.1) as url:
        for kind in kinds:
            wall, per = asyncio.run(measure(kind, url, args.requests))
            print(f"{kind:34s} {per:5.2f} ms CPU per request   ({wall:.2f} s wall)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
