"""The batch runner against the stand-in model server: exactly-once output, resume,
cache, bounded concurrency, failure records and summary figures."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract import _journal_writer
from extract._api import Extractor
from extract._batch import ResultCallback, journal_path, run_batch
from extract._cache import ResultCache
from extract._config import Settings, resolve_settings
from extract._exceptions import ExtractError
from extract._inputs import Article, InputProblem
from extract._models import SCHEMA_VERSION, ArticleExtraction, Usage
from extract._output import JsonlJournal, read_results
from extract._progress import Progress
from extract._summary import BatchSummary
from tests.support.standin_server import FAULTS, StandinServer, standin_article
from tests.support.standin_settings import standin_settings as _settings


@pytest.fixture
def server() -> Iterator[StandinServer]:
    with StandinServer(latency=0.01) as running:
        yield running


def _articles(n: int, start: int = 0) -> list[Article]:
    return [Article(f"a{i:03d}", standin_article(i), f"a{i:03d}") for i in range(start, start + n)]


def _run(
    settings: Settings,
    articles: object,
    output: Path | None,
    *,
    fmt: str = "jsonl",
    cache: ResultCache | None = None,
    concurrency: int = 4,
    on_result: ResultCallback | None = None,
) -> BatchSummary:
    async def go() -> BatchSummary:
        async with Extractor(settings) as extractor:
            return await run_batch(
                articles,  # type: ignore[arg-type]
                extractor=extractor,
                output=output,
                fmt=fmt,
                cache=cache,
                concurrency=concurrency,
                progress=Progress(quiet=True),
                on_result=on_result,
            )

    return asyncio.run(go())


def _ids(path: Path) -> list[str]:
    return [r.article_id for r in read_results(path)]


def test_every_input_appears_once_with_input_problems_as_error_records(server, tmp_path):
    problem = InputProblem("broken.txt", "broken.txt", "empty_input", "broken.txt is empty")
    items = [*_articles(3), problem, *_articles(2, start=3)]
    out = tmp_path / "out.jsonl"

    summary = _run(_settings(server, tmp_path), items, out)

    results = {r.article_id: r for r in read_results(out)}
    assert sorted(_ids(out)) == sorted(["a000", "a001", "a002", "broken.txt", "a003", "a004"])
    assert results["broken.txt"].error is not None
    assert results["broken.txt"].error.reason == "empty_input"
    assert all(results[f"a{i:03d}"].ok for i in range(5))
    assert (summary.articles, summary.ok, summary.failed) == (6, 5, 1)
    assert summary.failures == {"empty_input": 1}


def test_provider_failure_is_recorded_with_attempts_and_usage(server, tmp_path):
    server.script(["503", "503"])  # the first article's both attempts fail
    out = tmp_path / "out.jsonl"

    summary = _run(_settings(server, tmp_path, max_attempts=2), _articles(1), out, concurrency=1)

    [result] = list(read_results(out))
    assert result.error is not None
    assert result.error.reason == "provider_unavailable"
    assert result.error.attempts == 2
    assert result.usage.requests == 2
    assert summary.failed == 1
    assert summary.model_requests == 2


def test_resume_skips_articles_already_in_the_output(server, tmp_path):
    settings = _settings(server, tmp_path)
    out = tmp_path / "out.jsonl"
    _run(settings, _articles(3), out)
    # A crash mid-write leaves a cut-off last line behind.
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"article_id": "a003", "meetings": [')
    before = server.requests

    summary = _run(settings, _articles(6), out)

    assert sorted(_ids(out)) == [f"a{i:03d}" for i in range(6)]
    assert summary.resumed == 3
    assert summary.articles == 3
    assert not _requested_after(server, before, 0)  # done before the crash: not redone
    assert _requested_after(server, before, 3)  # its line was cut off: redone


def test_rerun_with_cache_makes_no_model_calls(server, tmp_path):
    settings = _settings(server, tmp_path)
    cache = ResultCache(tmp_path / "cache.sqlite")
    try:
        first = _run(settings, _articles(5), tmp_path / "one.jsonl", cache=cache)
        calls = server.requests
        second = _run(settings, _articles(5), tmp_path / "two.jsonl", cache=cache)
    finally:
        cache.close()

    assert server.requests == calls
    assert second.cache_hits == 5
    assert second.model_requests == 0
    assert second.meetings == first.meetings > 0
    again = {r.article_id: r for r in read_results(tmp_path / "two.jsonl")}
    assert sorted(again) == [f"a{i:03d}" for i in range(5)]
    assert all(r.usage.requests == 0 for r in again.values())


def test_cache_hit_takes_the_id_of_the_new_input(server, tmp_path):
    settings = _settings(server, tmp_path)
    with ResultCache(tmp_path / "cache.sqlite") as cache:
        _run(settings, [Article("first", standin_article(1), "first")], None, cache=cache)
        calls = server.requests
        _run(
            settings,
            [Article("copy", standin_article(1), "copy")],
            tmp_path / "o.jsonl",
            cache=cache,
        )

    assert server.requests == calls
    assert _ids(tmp_path / "o.jsonl") == ["copy"]


def test_at_most_concurrency_requests_in_flight_and_inputs_are_streamed(tmp_path):
    pulled = 0

    def stream() -> Iterator[Article]:
        nonlocal pulled
        for article in _articles(60):
            pulled += 1
            yield article

    pulled_while_running: list[int] = []
    with StandinServer(latency=0.02) as server:
        settings = _settings(server, tmp_path)

        async def go() -> None:
            async with Extractor(settings) as extractor:
                progress = Progress(quiet=True)
                original = progress.advance

                def advance(result: ArticleExtraction) -> None:
                    pulled_while_running.append(pulled - progress.done)
                    original(result)

                progress.advance = advance  # type: ignore[method-assign]
                await run_batch(
                    stream(),
                    extractor=extractor,
                    output=tmp_path / "out.jsonl",
                    cache=None,
                    concurrency=3,
                    progress=progress,
                )

        asyncio.run(go())

    assert 1 < server.max_in_flight <= 3
    # Inputs are read just ahead of the workers (the chunk being queued and the next
    # one read ahead, 16 each; the queue of 2 x concurrency; those in flight), never
    # all up front.
    assert max(pulled_while_running) <= 2 * 16 + 3 * 2 + 3 + 1 < 60
    assert len(_ids(tmp_path / "out.jsonl")) == 60


def test_summary_figures_match_the_output(server, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = _run(_settings(server, tmp_path), _articles(4), out)

    results = list(read_results(out))
    assert summary.meetings == sum(len(r.meetings) for r in results) > 0
    assert summary.officials == sum(len(r.officials) for r in results)
    assert summary.agreements == sum(len(m.agreements) for r in results for m in r.meetings)
    assert summary.prompt_tokens == sum(r.usage.prompt_tokens for r in results) > 0
    assert summary.completion_tokens == sum(r.usage.completion_tokens for r in results) > 0
    assert summary.model_requests == server.requests
    assert summary.estimated_cost is None  # a compatible endpoint has no known price
    assert summary.wall_seconds > 0
    assert summary.articles_per_minute == pytest.approx(4 / summary.wall_seconds * 60)
    text = summary.format()
    assert f"{summary.meetings} meetings" in text
    assert "4 ok, 0 failed" in text


def test_priced_model_gets_a_cost_estimate(server, tmp_path):
    settings = resolve_settings(
        model="openai/gpt-4o-mini",
        base_url=server.url,
        api_key="sk-test",
        cache_dir=tmp_path / "cache",
        env={},
        cwd=tmp_path,
    )
    summary = _run(settings, _articles(2), None)

    price_in, price_out = settings.price_per_million or (0.0, 0.0)
    expected = (summary.prompt_tokens * price_in + summary.completion_tokens * price_out) / 1e6
    assert summary.estimated_cost == pytest.approx(expected)
    assert summary.estimated_cost > 0


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_json_and_csv_are_rendered_from_a_journal_that_is_then_removed(server, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    _run(_settings(server, tmp_path), _articles(3), out, fmt=fmt)

    assert out.exists()
    assert not journal_path(out, fmt).exists()
    if fmt == "json":
        ids = {r["article_id"] for r in json.loads(out.read_text(encoding="utf-8"))}
    else:
        with out.open(encoding="utf-8", newline="") as fh:
            ids = {row["article_id"] for row in csv.DictReader(fh)}
    assert ids == {"a000", "a001", "a002"}


def test_interrupted_json_run_resumes_from_its_journal(server, tmp_path):
    settings = _settings(server, tmp_path)
    out = tmp_path / "out.json"
    journal = JsonlJournal()
    journal.open(journal_path(out, "json"))
    for article in _articles(2):
        journal.append(ArticleExtraction(article_id=article.id, model=settings.model))
    journal.close()
    before = server.requests

    summary = _run(settings, _articles(4), out, fmt="json")

    assert summary.resumed == 2
    assert sorted(r["article_id"] for r in json.loads(out.read_text())) == [
        f"a{i:03d}" for i in range(4)
    ]
    assert not _requested_after(server, before, 0)
    assert _requested_after(server, before, 3)


def _requested_after(server: StandinServer, start: int, article_number: int) -> bool:
    marker = f"Report number {article_number}."
    return any(marker in json.dumps(body) for body in server.bodies[start:])


def test_every_kind_of_fault_still_gives_each_article_exactly_once(tmp_path):
    rates = dict.fromkeys(FAULTS, 0.07)
    with StandinServer(latency=0.01, rates=rates, hang_seconds=2, retry_after=0.01) as server:
        settings = _settings(server, tmp_path, timeout=0.3, max_attempts=2)
        summary = _run(settings, _articles(30), tmp_path / "out.jsonl", concurrency=8)
        faults = server.stats()["faults"]

    results = list(read_results(tmp_path / "out.jsonl"))
    assert sorted(r.article_id for r in results) == [f"a{i:03d}" for i in range(30)]
    assert len(faults) >= 5  # most kinds were drawn
    assert summary.failed == sum(1 for r in results if r.error is not None)
    assert summary.ok + summary.failed == 30
    assert all(r.error.attempts >= 1 for r in results if r.error is not None)


def _synced_groups(monkeypatch: pytest.MonkeyPatch, disk_seconds: float = 0.0) -> list[int]:
    """The size of each group the journal writes and syncs, as the batch writes them."""
    groups: list[int] = []
    real_append_many = JsonlJournal.append_many

    def counted(self: JsonlJournal, results) -> None:
        groups.append(len(results))
        time.sleep(disk_seconds)
        real_append_many(self, results)

    monkeypatch.setattr(JsonlJournal, "append_many", counted)
    return groups


def test_results_that_finish_together_are_synced_as_one_group(server, tmp_path, monkeypatch):
    # A slow disk: results finishing meanwhile must wait as one group.
    groups = _synced_groups(monkeypatch, disk_seconds=0.2)
    out = tmp_path / "out.jsonl"

    _run(_settings(server, tmp_path), _articles(24), out, concurrency=8)

    assert sorted(_ids(out)) == [f"a{i:03d}" for i in range(24)]
    assert sum(groups) == 24
    assert len(groups) < 24 / 2  # group commits, not one fsync per article


def test_results_a_moment_apart_share_one_sync_even_on_a_fast_disk(server, tmp_path, monkeypatch):
    # One fsync per article costs the batch's CPU (a thread hand-off and a system call
    # each); results finishing within a few tens of ms of each other are synced together.
    groups = _synced_groups(monkeypatch)
    out = tmp_path / "out.jsonl"

    _run(_settings(server, tmp_path), _articles(40), out, concurrency=8)

    assert sorted(_ids(out)) == [f"a{i:03d}" for i in range(40)]
    assert sum(groups) == 40
    assert len(groups) <= 40 / 4


def test_closing_the_writer_does_not_wait_out_the_group_window(tmp_path, monkeypatch):
    # A group is gathered for a moment; a run that ends (a cached re-run finishes in
    # ~0.1 s) must not be held back by it: closing writes what is pending at once.
    monkeypatch.setattr(_journal_writer, "_GROUP_SECONDS", 60.0)
    journal = JsonlJournal(tmp_path / "out.jsonl")
    journal.open()
    done = ArticleExtraction(article_id="a000", text="x", model="m", prompt_version="p")

    async def write_one() -> None:
        writer = _journal_writer.JournalWriter(journal)
        writer.add(done)
        await asyncio.sleep(0)  # the writer is now gathering its group
        await asyncio.wait_for(writer.close(), timeout=10)

    asyncio.run(write_one())
    journal.close()
    assert [r.article_id for r in read_results(tmp_path / "out.jsonl")] == ["a000"]


def test_rerun_of_a_finished_json_output_skips_every_article_in_it(server, tmp_path):
    settings = _settings(server, tmp_path)
    out = tmp_path / "out.json"
    _run(settings, _articles(3), out, fmt="json")
    before = server.requests

    summary = _run(settings, _articles(4), out, fmt="json")

    assert summary.resumed == 3
    assert sorted(r["article_id"] for r in json.loads(out.read_text())) == [
        f"a{i:03d}" for i in range(4)
    ]
    assert not _requested_after(server, before, 0)
    assert _requested_after(server, before, 3)


def test_a_failing_result_callback_stops_the_batch_instead_of_hanging(server, tmp_path):
    def broken_callback(index: int, result: ArticleExtraction) -> None:
        raise RuntimeError("callback bug")

    async def go() -> BatchSummary:
        async with Extractor(_settings(server, tmp_path)) as extractor:
            batch = run_batch(
                _articles(20),
                extractor=extractor,
                output=tmp_path / "out.jsonl",
                cache=None,
                concurrency=2,
                progress=Progress(quiet=True),
                on_result=broken_callback,
            )
            return await asyncio.wait_for(batch, timeout=10)

    with pytest.raises(RuntimeError, match="callback bug"):
        asyncio.run(go())
    assert _ids(tmp_path / "out.jsonl")  # what finished before the failure is saved


def test_a_disk_failure_mid_batch_stops_it_with_the_output_error(server, tmp_path, monkeypatch):
    real_fsync = os.fsync
    synced: list[int] = []

    def disk_fills_up(fd: int) -> None:
        if synced:
            raise OSError(28, "No space left on device")
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", disk_fills_up)

    async def go() -> BatchSummary:
        async with Extractor(_settings(server, tmp_path)) as extractor:
            batch = run_batch(
                _articles(40),
                extractor=extractor,
                output=tmp_path / "out.jsonl",
                cache=None,
                concurrency=2,
                progress=Progress(quiet=True),
            )
            return await asyncio.wait_for(batch, timeout=10)

    with pytest.raises(ExtractError, match="No space left") as info:
        asyncio.run(go())
    assert info.value.reason == "output_error"
    monkeypatch.setattr(os, "fsync", real_fsync)
    done = JsonlJournal().open(tmp_path / "out.jsonl")
    assert 0 < len(done) < 40  # what was written is kept; a rerun does the rest


def test_a_rerun_writes_cached_results_as_stored_lines_equal_to_the_parsed_ones(server, tmp_path):
    # Without an on_result consumer, a cache hit for the same input is written as the line
    # stored beside it (no parsing); with one, the record is parsed and relabelled. Both
    # must write the same thing: the first run's record with no usage.
    settings = _settings(server, tmp_path)
    with ResultCache(tmp_path / "cache.sqlite") as cache:
        _run(settings, _articles(4), tmp_path / "first.jsonl", cache=cache)
        lines = cache.get_lines({})  # nothing asked, nothing returned
        assert lines == {}
        as_lines = _run(settings, _articles(4), tmp_path / "lines.jsonl", cache=cache)
        _run(
            settings,
            _articles(4),
            tmp_path / "parsed.jsonl",
            cache=cache,
            on_result=lambda _index, _result: None,
        )
        hits = cache.stats()["hits"]

    assert as_lines.cache_hits == 4
    assert (as_lines.meetings, as_lines.model_requests) == (4, 0)
    assert hits == 8
    first = {r.article_id: r for r in read_results(tmp_path / "first.jsonl")}
    for name in ("lines.jsonl", "parsed.jsonl"):
        again = {r.article_id: r for r in read_results(tmp_path / name)}
        assert again == {k: r.model_copy(update={"usage": Usage()}) for k, r in first.items()}


def test_clearing_the_cache_drops_the_stored_lines_too(server, tmp_path):
    settings = _settings(server, tmp_path)
    with ResultCache(tmp_path / "cache.sqlite") as cache:
        _run(settings, _articles(2), None, cache=cache)
        labels = {
            ResultCache.key(
                a.text, settings.model, Extractor(settings).prompt_version, SCHEMA_VERSION
            ): (a.id, a.title, a.url)
            for a in _articles(2)
        }
        assert len(cache.get_lines(labels)) == 2
        assert cache.clear() == 2
        assert cache.get_lines(labels) == {}
