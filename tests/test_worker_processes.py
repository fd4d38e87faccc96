"""A batch spread over worker processes (`--workers N`) against the stand-in server:
the same records as one process, failures recorded the same way, a dead worker
costing only the articles it held, and the children reaped when the batch ends."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract._api import Extractor
from extract._batch import ResultCallback, run_batch
from extract._cli import main
from extract._config import resolve_settings
from extract._exceptions import ConfigError
from extract._models import ArticleExtraction
from extract._output import read_results
from extract._progress import Progress
from extract._summary import BatchSummary
from extract._worker_processes import WorkerProcesses, can_fork, workers_for
from tests.support.standin_server import StandinServer, standin_article
from tests.support.standin_settings import standin_settings as _settings

pytestmark = pytest.mark.skipif(not can_fork(), reason="worker processes need fork()")


@pytest.fixture
def server() -> Iterator[StandinServer]:
    with StandinServer(latency=0.02) as running:
        yield running


def _articles(n: int) -> list[object]:
    from extract._inputs import Article

    return [Article(f"a{i:03d}", standin_article(i), f"a{i:03d}") for i in range(n)]


def _run(
    extractor: Extractor | WorkerProcesses,
    n: int,
    output: Path,
    on_result: ResultCallback | None = None,
) -> BatchSummary:
    async def go() -> BatchSummary:
        async with extractor:
            return await run_batch(
                _articles(n),  # type: ignore[arg-type]
                extractor=extractor,
                output=output,
                cache=None,
                concurrency=8,
                progress=Progress(quiet=True),
                on_result=on_result,
            )

    return asyncio.run(go())


def _records(path: Path) -> dict[str, ArticleExtraction]:
    results = list(read_results(path))
    ids = [r.article_id for r in results]
    assert len(ids) == len(set(ids)), "an article was written twice"
    return {r.article_id: r for r in results}


def test_workers_write_the_same_records_as_one_process(server, tmp_path):
    settings = _settings(server, tmp_path, concurrency=8)
    single = _run(Extractor(settings), 24, tmp_path / "one.jsonl")
    pool = WorkerProcesses(settings, 2)
    spread = _run(pool, 24, tmp_path / "two.jsonl")

    one, two = _records(tmp_path / "one.jsonl"), _records(tmp_path / "two.jsonl")
    assert sorted(two) == sorted(one) == [f"a{i:03d}" for i in range(24)]
    for article_id, result in one.items():
        assert two[article_id].ok
        assert two[article_id].meetings == result.meetings
        assert two[article_id].usage == result.usage
    assert (spread.meetings, spread.prompt_tokens) == (single.meetings, single.prompt_tokens)
    assert spread.meetings > 0
    # Both children did work, reported their CPU, and were reaped.
    assert pool.cpu_seconds > 0
    assert multiprocessing.active_children() == []


def test_articles_queued_ahead_in_the_workers_never_exceed_the_concurrency(tmp_path):
    # Each child holds a few articles beyond its share so the next one is there when a
    # request ends; its own gate keeps the share in flight: 8 in all, never more.
    with StandinServer(latency=0.05) as slow:
        pool = WorkerProcesses(_settings(slow, tmp_path, concurrency=8), 2)
        assert pool.queued_ahead > 0
        summary = _run(pool, 60, tmp_path / "out.jsonl")
        stats = slow.stats()
    assert summary.ok == 60
    assert sorted(_records(tmp_path / "out.jsonl")) == [f"a{i:03d}" for i in range(60)]
    assert stats["requests"] == 60
    assert stats["max_in_flight"] == 8


def test_a_provider_failure_in_a_worker_is_recorded_as_in_one_process(server, tmp_path):
    server.set_rates({"503": 1.0})  # every request fails
    out = tmp_path / "out.jsonl"

    summary = _run(WorkerProcesses(_settings(server, tmp_path, max_attempts=2), 2), 6, out)

    records = _records(out)
    assert len(records) == 6
    for record in records.values():
        assert record.error is not None
        assert record.error.reason == "provider_unavailable"
        assert record.error.attempts == 2
        assert "HTTP 503" in record.error.message
        assert record.usage.failed_requests == 2
    assert summary.failures == {"provider_unavailable": 6}


def test_a_worker_killed_mid_batch_costs_only_the_articles_it_held(tmp_path):
    pool_holder: list[WorkerProcesses] = []
    killed: list[int] = []

    def kill_first_worker(_index: int, _result: ArticleExtraction) -> None:
        if not killed:
            pid = pool_holder[0]._children[0].process.pid
            assert pid is not None
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    with StandinServer(latency=0.2) as slow:
        pool = WorkerProcesses(_settings(slow, tmp_path, concurrency=8), 2)
        pool_holder.append(pool)
        out = tmp_path / "out.jsonl"
        summary = _run(pool, 40, out, on_result=kill_first_worker)

    records = _records(out)
    assert sorted(records) == [f"a{i:03d}" for i in range(40)]  # nothing lost, nothing twice
    died = [r for r in records.values() if r.error is not None]
    assert died, "the killed worker held articles in flight"
    assert {r.error.reason for r in died if r.error} == {"worker_died"}
    assert all("--workers 1" in r.error.message for r in died if r.error)
    # The other worker took every article sent after the kill.
    assert summary.ok == 40 - len(died)
    assert summary.ok > len(died)
    assert multiprocessing.active_children() == []


def test_cli_workers_flag_runs_the_batch_and_counts_the_workers_cpu(
    server, tmp_path, capsys, monkeypatch
):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(6):
        (folder / f"n{i}.txt").write_text(standin_article(i), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    argv = ["run", str(folder), "-o", str(out), "--model", "compatible/standin"]

    code = main([*argv, "--workers", "2", "--concurrency", "4", "--no-cache"])

    assert code == 0
    assert len(_records(out)) == 6
    err = capsys.readouterr().err
    assert "articles: 6 (6 ok, 0 failed)" in err
    cpu = float(err.split(" s CPU")[0].rsplit(", ", 1)[1])
    assert cpu > 0


@pytest.mark.parametrize(
    ("model", "flags", "cpus", "expected"),
    [
        ("local/qwen2.5-coder-1.5b", {"workers": 4, "concurrency": 32}, 8, 1),  # server uses cores
        ("compatible/standin", {"concurrency": 32}, 2, 2),  # one per 16 in flight
        ("compatible/standin", {"concurrency": 64}, 2, 2),  # no more than the cores
        ("compatible/standin", {"concurrency": 8}, 8, 1),  # too few requests to share
        ("compatible/standin", {"workers": 3, "concurrency": 8}, 2, 3),  # asked for
    ],
)
def test_workers_per_run(monkeypatch, tmp_path, model, flags, cpus, expected):
    monkeypatch.setattr(os, "cpu_count", lambda: cpus)
    settings = resolve_settings(
        model=model, base_url="http://127.0.0.1:9/v1", env={}, cwd=tmp_path, **flags
    )
    assert workers_for(settings) == expected


def test_workers_come_from_env_and_must_be_positive(tmp_path):
    base = {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "EXTRACT_MODEL": "compatible/x"}
    settings = resolve_settings(env={**base, "EXTRACT_WORKERS": "3"}, cwd=tmp_path)
    assert settings.workers == 3
    with pytest.raises(ConfigError, match="workers must be positive"):
        resolve_settings(env={**base, "EXTRACT_WORKERS": "0"}, cwd=tmp_path)


def test_a_stopped_batch_stops_its_workers_at_once(tmp_path):
    # Ctrl-C reaches the parent's batch as a cancellation; the children must not go on
    # waiting for answers nobody will write.
    with StandinServer(latency=3.0) as slow:
        pool = WorkerProcesses(_settings(slow, tmp_path, concurrency=8), 2)

        async def go() -> None:
            async with pool:
                batch = run_batch(
                    _articles(16),  # type: ignore[arg-type]
                    extractor=pool,
                    output=tmp_path / "out.jsonl",
                    cache=None,
                    concurrency=8,
                    progress=Progress(quiet=True),
                )
                await asyncio.wait_for(batch, timeout=0.5)

        started = time.perf_counter()
        with pytest.raises(asyncio.TimeoutError):
            asyncio.run(go())
        assert time.perf_counter() - started < 2.5
        assert multiprocessing.active_children() == []


def test_a_batch_answered_by_the_cache_starts_no_worker(server, tmp_path):
    from extract._cache import ResultCache

    settings = _settings(server, tmp_path, concurrency=8)
    cache = ResultCache(tmp_path / "cache.sqlite")

    async def go(pool: WorkerProcesses, out: str) -> BatchSummary:
        async with pool:
            return await run_batch(
                _articles(6),  # type: ignore[arg-type]
                extractor=pool,
                output=tmp_path / out,
                cache=cache,
                concurrency=8,
                progress=Progress(quiet=True),
            )

    first = WorkerProcesses(settings, 2)
    asyncio.run(go(first, "first.jsonl"))
    again = WorkerProcesses(settings, 2)
    summary = asyncio.run(go(again, "second.jsonl"))
    cache.close()

    assert summary.cache_hits == 6
    assert first.cpu_seconds > 0
    assert again._started is False  # never forked
    assert again.cpu_seconds == 0.0
