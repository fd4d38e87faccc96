"""The async batch runner: bounded concurrency, cache, resume, crash-safe output.

Inputs are streamed through a small queue to a fixed pool of workers, so a
50,000-article batch holds only a few articles in memory. Every input ends up
exactly once in the output: a result, or an `ArticleExtraction` whose `error`
says why it failed. Output is journaled line by line, one fsync per group of
results that finished together, so a crash loses at most the articles in flight
or not yet synced; re-running with the same output skips the ids already there.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import resource
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ._cache import ReusedLine
from ._exceptions import CacheError, ConfigError, ExtractError, ProviderError
from ._inputs import Article, InputProblem
from ._journal_writer import JournalWriter
from ._models import SCHEMA_VERSION, ArticleExtraction, Failure, Usage
from ._output import JsonlJournal, read_results, write_csv, write_json
from ._progress import Progress
from ._summary import BatchSummary

if TYPE_CHECKING:
    from ._api import Extractor
    from ._cache import ResultCache
    from ._worker_processes import WorkerProcesses

FORMATS = ("jsonl", "json", "csv")
_T = TypeVar("_T")
_MIN_CHUNK = 16  # inputs read (and looked up in the cache) per trip to the reader thread
_Queue = asyncio.Queue[tuple[int, "Article | InputProblem"] | None]
_TICK_SECONDS = 0.5

# Called with (position of the input, its result) as each article finishes.
ResultCallback = Callable[[int, ArticleExtraction], None]


def journal_path(output: Path, fmt: str) -> Path:
    """Where results are journaled: the output itself for JSONL, a side file otherwise."""
    return output if fmt == "jsonl" else output.with_name(output.name + ".partial.jsonl")


async def run_batch(
    articles: Iterable[Article | InputProblem],
    *,
    extractor: Extractor | WorkerProcesses,
    output: Path | None,
    fmt: str = "jsonl",
    cache: ResultCache | None,
    concurrency: int,
    progress: Progress,
    on_result: ResultCallback | None = None,
    total: int | None = None,
) -> BatchSummary:
    """Extract every article, writing one line per article to `output`.

    `output=None` writes no file (results go only to `on_result`). Re-running
    with the same `output` skips articles whose id is already there.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if concurrency < 1:
        raise ConfigError(f"concurrency must be at least 1, got {concurrency}")
    runner = _Runner(extractor, cache, progress, on_result)
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    with contextlib.ExitStack() as stack:
        journal: JsonlJournal | None = None
        done: set[str] = set()
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(_exclusive(journal_path(output, fmt)))
            journal = JsonlJournal()
            stack.callback(journal.close)
            done = journal.open(journal_path(output, fmt))
            if fmt == "json" and not done and output.exists():
                done = _adopt_finished(output, journal)
        if total is None and isinstance(articles, Sized):
            total = len(articles)
        progress.start(total, skipped=len(done))
        try:
            await runner.run(articles, done, journal, concurrency)
        finally:
            progress.finish()
        if journal is not None:
            journal.close()
        if output is not None and fmt != "jsonl":
            _render(journal_path(output, fmt), output, fmt)
    summary = runner.summary
    summary.output = output
    summary.resumed = runner.resumed
    summary.wall_seconds = time.perf_counter() - started
    summary.cpu_seconds = _cpu_seconds() - cpu_started
    price = extractor.settings.price_per_million
    if price is not None:
        summary.estimated_cost = (
            summary.prompt_tokens * price[0] + summary.completion_tokens * price[1]
        ) / 1_000_000
    return summary


class _Runner:
    """One batch: a producer feeding a fixed pool of workers through a bounded queue."""

    def __init__(
        self,
        extractor: Extractor | WorkerProcesses,
        cache: ResultCache | None,
        progress: Progress,
        on_result: ResultCallback | None,
    ) -> None:
        self.extractor = extractor
        self.cache = cache
        self.progress = progress
        self.on_result = on_result
        self.summary = BatchSummary()
        self.resumed = 0
        self._model = extractor.settings.model
        self._prompt_version = extractor.prompt_version
        # id → (cache key, cached result or None for a miss), for the inputs read so far
        self._prefetched: dict[str, tuple[str | None, ArticleExtraction | ReusedLine | None]] = {}

    async def run(
        self,
        articles: Iterable[Article | InputProblem],
        done: set[str],
        journal: JsonlJournal | None,
        concurrency: int,
    ) -> None:
        # Worker processes take a few articles more than they run at once (`AHEAD`).
        width = concurrency + getattr(self.extractor, "queued_ahead", 0)
        queue: _Queue = asyncio.Queue(maxsize=width * 2)
        writer = JournalWriter(journal)
        producer = asyncio.create_task(self._produce(iter(articles), done, queue, width, writer))
        workers = [asyncio.create_task(self._work(queue, writer)) for _ in range(width)]
        tasks = [producer, *workers, asyncio.create_task(self._tick())]
        try:
            # Waited on together: if a worker dies (disk full, a callback's bug), the
            # batch stops with its error instead of the producer waiting on a full queue.
            await asyncio.gather(producer, *workers)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await writer.close()  # what finished is saved, even on Ctrl-C

    async def _produce(
        self,
        items: Iterator[Article | InputProblem],
        done: set[str],
        queue: _Queue,
        concurrency: int,
        writer: JournalWriter,
    ) -> None:
        index = 0
        size = max(concurrency, _MIN_CHUNK)
        # Inputs (files, stdin) are read off the event loop, a chunk at a time, so
        # reading never stalls requests in flight; the next chunk is read while this
        # one is handled (one read at a time: the iterator is not shared).
        reading = asyncio.ensure_future(asyncio.to_thread(_take, items, size))
        while True:
            chunk = await reading
            if chunk:
                reading = asyncio.ensure_future(asyncio.to_thread(_take, items, size))
            self._prefetch([i for i in chunk if isinstance(i, Article) and i.id not in done])
            for item in chunk:
                if item.id in done:
                    self.resumed += 1
                elif isinstance(item, Article) and isinstance(
                    hit := self._prefetched.get(item.id, (None, None))[1], ReusedLine
                ):
                    # The stored line of this very input: written as it is, not parsed.
                    del self._prefetched[item.id]
                    writer.add(hit)
                    self.summary.add_reused(hit)
                    self.progress.advance_reused(hit.meetings)
                elif isinstance(item, Article) and isinstance(hit, ArticleExtraction):
                    # Answered by the cache: done here, without a trip through the queue.
                    del self._prefetched[item.id]
                    self._deliver(index, self._reuse(item, hit), True, writer)
                else:
                    await queue.put((index, item))
                index += 1
            if not chunk:
                break
        for _ in range(concurrency):
            await queue.put(None)

    async def _work(self, queue: _Queue, writer: JournalWriter) -> None:
        while (entry := await queue.get()) is not None:
            index, item = entry
            result, cached = await self._process(item)
            self._deliver(index, result, cached, writer)

    def _deliver(
        self, index: int, result: ArticleExtraction, cached: bool, writer: JournalWriter
    ) -> None:
        writer.add(result)
        self.summary.add(result, cached=cached)
        self.progress.advance(result)
        if self.on_result is not None:
            self.on_result(index, result)

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(_TICK_SECONDS)
            self.progress.tick()

    async def _process(self, item: Article | InputProblem) -> tuple[ArticleExtraction, bool]:
        if isinstance(item, InputProblem):
            failure = Failure(reason=item.reason, message=item.message)
            return self._failed(item.id, failure, Usage(), item), False
        # Looked up when its chunk was read; hits never reach here (`_produce` writes them).
        key = self._prefetched.pop(item.id, (None, None))[0]
        try:
            result = await self.extractor.aextract(
                item.text,
                published=item.published,
                article_id=item.id,
                title=item.title,
                url=item.url,
            )
        except ProviderError as exc:
            usage = Usage(
                requests=exc.attempts,
                failed_requests=exc.attempts,
                prompt_tokens=exc.prompt_tokens,
                completion_tokens=exc.completion_tokens,
            )
            failure = Failure(reason=exc.reason, message=exc.message, attempts=exc.attempts)
            return self._failed(item.id, failure, usage, item), False
        except ExtractError as exc:
            failure = Failure(reason=exc.reason, message=exc.message)
            return self._failed(item.id, failure, Usage(), item), False
        except Exception as exc:  # one broken article must not end a 50,000-article batch
            failure = Failure(
                reason="internal_error",
                message=f"{type(exc).__name__}: {exc}; this is a bug, please report it "
                "with the article that triggered it",
            )
            return self._failed(item.id, failure, Usage(), item), False
        if key is not None and result.error is None:
            self._cache_call(lambda cache: cache.put(key, result))
        return result, False

    @staticmethod
    def _reuse(item: Article, hit: ArticleExtraction) -> ArticleExtraction:
        """A cached result (same text, model, prompts and schema), re-labelled for this
        input; no model call was spent on it in this run."""
        update: dict[str, object] = {"article_id": item.id, "usage": Usage()}
        update.update({k: v for k, v in _labels(item).items() if v is not None})
        return hit.model_copy(update=update)

    def _prefetch(self, items: list[Article]) -> None:
        """Look a chunk of inputs up in the cache with one query (see `get_many`)."""
        if self.cache is None or not items:
            return
        keys = {item.id: self._cache_key(item) for item in items}
        labels = {key: (item.id, item.title, item.url) for item in items if (key := keys[item.id])}
        found: dict[str, ArticleExtraction | ReusedLine | None] = {}
        if self.on_result is None:  # nobody needs the records: reuse stored lines as they are
            found.update(self._cache_call(lambda cache: cache.get_lines(labels)) or {})
        rest = [key for key in labels if key not in found]
        found.update(self._cache_call(lambda cache: cache.get_many(rest)) or {})
        for item_id, key in keys.items():
            self._prefetched[item_id] = (key, found.get(key) if key else None)

    def _cache_call(self, call: Callable[[ResultCache], _T]) -> _T | None:
        """Use the cache; if it breaks mid-batch, warn once and carry on without it."""
        if self.cache is None:
            return None
        try:
            return call(self.cache)
        except CacheError as exc:
            self.cache = None
            self.progress.error(f"cache disabled for the rest of this run: {exc.message}")
            return None

    def _cache_key(self, item: Article) -> str | None:
        if self.cache is None:
            return None
        # The publication date steers relative-date resolution, so it is part of
        # what the result depends on, along with the text.
        material = item.text if item.published is None else f"{item.published}\n{item.text}"
        return self.cache.key(material, self._model, self._prompt_version, SCHEMA_VERSION)

    def _failed(
        self, article_id: str, failure: Failure, usage: Usage, item: Article | InputProblem
    ) -> ArticleExtraction:
        text = item.text if isinstance(item, Article) else ""
        return ArticleExtraction(
            article_id=article_id,
            model=self._model,
            prompt_version=self._prompt_version,
            usage=usage,
            error=failure,
            text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest() if text else "",
            **_labels(item),
        )


def _take(items: Iterator[Article | InputProblem], n: int) -> list[Article | InputProblem]:
    return list(itertools.islice(items, n))


def _labels(item: Article | InputProblem) -> dict[str, str | None]:
    if isinstance(item, Article):
        return {"title": item.title, "url": item.url}
    return {}


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    """One run per output file: two runs appending to it would duplicate articles."""
    try:
        import fcntl
    except ImportError:  # no advisory locks on this platform
        yield
        return
    with path.open("ab") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise ConfigError(
                f"{path} is being written by another extract run; wait for it to finish "
                "(or stop it) before resuming, or choose another -o"
            ) from exc
        yield


def _adopt_finished(output: Path, journal: JsonlJournal) -> set[str]:
    """Resume from a finished JSON output: its records go back into the journal."""
    try:
        finished = list(read_results(output))
    except ExtractError:
        return set()  # not one of our files: it will be overwritten
    journal.append_many(finished)  # a disk failure here is reported, not taken as "not ours"
    return set(journal.done_ids)


def _render(journal: Path, output: Path, fmt: str) -> None:
    """Write the final JSON/CSV atomically from the journal, then drop the journal."""
    results = read_results(journal)
    if fmt == "json":
        write_json(results, output)
    else:
        write_csv(results, output)
    with contextlib.suppress(FileNotFoundError):
        journal.unlink()


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
