"""Extraction spread over worker processes, for batches the toolkit's own CPU would limit.

One event loop spends ~5 ms of CPU per article (the HTTP client, instructor's
parsing, the rules), so against a fast endpoint with many requests in flight a
single process fills one core while the others idle. `WorkerProcesses` forks N
copies of the extractor, each with its own event loop and a share of the
concurrency. The parent keeps the queue, cache, journal and progress; it only
ships articles out and results back over a socket (pickled, length-prefixed).

Forked, not spawned, at the first article the cache cannot answer: a child inherits
the imported modules (a spawned one spends ~2 s importing openai and instructor) and
uses none of the parent's threads (the batch's file reader and journal writer), locks
or open files. Children ignore Ctrl-C (the terminal sends it to them too); they stop
when the parent's end of their socket closes, so they never outlive a run.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import multiprocessing
import os
import pickle
import resource
import signal
import socket
import struct
from collections.abc import Sequence
from types import TracebackType
from typing import Any

from . import _exceptions, _pipeline
from ._api import Extractor, Published
from ._config import Settings
from ._exceptions import ExtractError, ProviderError
from ._models import ArticleExtraction
from ._provider import ModelClient

_HEADER = struct.Struct("!I")
_STOP_SECONDS = 10.0
# Articles each child holds beyond its share of the concurrency: the next one is already
# there when a request finishes, so the round trip through the parent (~10 ms with both
# loops busy) is off the critical path. The child's own gate keeps the share in flight.
AHEAD = 4
_Outcome = tuple[Any, ...]  # ("ok", result) | ("error", class, message, reason, ...)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class WorkerProcesses:
    """The batch's extractor when `settings.effective_workers > 1`: same `aextract`."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.prompt_version = _pipeline.version()
        self.workers = workers
        self.queued_ahead = workers * AHEAD  # articles a batch may hand over beyond its concurrency
        self.cpu_seconds = 0.0  # the children's CPU, known once they have stopped
        self._children: list[_Child] = []
        self._jobs = itertools.count()
        self._started = False
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> WorkerProcesses:
        # Forked on the first article to extract: a run answered entirely from the cache
        # starts no process.
        return self

    async def _start(self) -> None:
        share = -(-self.settings.effective_concurrency // self.workers)
        child_settings = dataclasses.replace(self.settings, concurrency=share)
        context = multiprocessing.get_context("fork")
        # One client built (and dropped) here first: building one imports ~190 modules
        # (the HTTP transport, instructor's handlers; ~0.2 s of CPU) that the children,
        # forked after, inherit instead of each importing them again.
        await ModelClient(child_settings).aclose()
        for number in range(self.workers):
            ours, theirs = socket.socketpair()
            inherited = [child.socket for child in self._children]
            process = context.Process(
                target=_child_main,
                args=(theirs, [ours, *inherited], child_settings),
                name=f"extract-worker-{number}",
                daemon=True,
            )
            process.start()
            theirs.close()
            reader, writer = await asyncio.open_connection(sock=ours)
            child = _Child(process, ours, reader, writer)
            child.listener = asyncio.create_task(self._listen(child))
            self._children.append(child)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aextract(
        self,
        text: str,
        *,
        published: Published = None,
        article_id: str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> ArticleExtraction:
        """Extract one article in the least busy worker; raises what `Extractor` raises."""
        if not self._started:
            async with self._lock:
                if not self._started:
                    await self._start()
                    self._started = True
        alive = [child for child in self._children if not child.stopped]
        if not alive:
            raise ExtractError(
                "every worker process has stopped; run the remaining articles again, "
                "with --workers 1 if it keeps happening",
                reason="worker_died",
            )
        child = min(alive, key=lambda c: len(c.pending))
        job = next(self._jobs)
        future: asyncio.Future[_Outcome] = asyncio.get_running_loop().create_future()
        child.pending[job] = future
        try:
            await _send(child.writer, (job, text, published, article_id, title, url))
        except OSError as exc:  # it died before its listener noticed
            child.pending.pop(job, None)
            raise _lost(child) from exc
        return _unpack(await future)

    async def aclose(self) -> None:
        """Let every child finish, collect its CPU time, and reap it."""
        children, self._children = self._children, []
        for child in children:
            with contextlib.suppress(OSError):
                if not child.writer.is_closing():
                    child.writer.write_eof()  # "no more work": the child reports and exits
        for child in children:
            if child.listener is not None:
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(asyncio.shield(child.listener), _STOP_SECONDS)
                child.listener.cancel()
            child.writer.close()
            self.cpu_seconds += child.cpu_seconds
            await asyncio.to_thread(_reap, child.process)

    async def _listen(self, child: _Child) -> None:
        try:
            while True:
                job, outcome = await _receive(child.reader)
                if job is None:  # the goodbye: the child's CPU time
                    child.cpu_seconds = float(outcome)
                    return
                future = child.pending.pop(job, None)
                if future is not None and not future.done():
                    future.set_result(outcome)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            child.stopped = True
            for future in child.pending.values():
                if not future.done():
                    future.set_exception(_lost(child))
            child.pending.clear()


@dataclasses.dataclass
class _Child:
    process: multiprocessing.process.BaseProcess
    socket: socket.socket
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    listener: asyncio.Task[None] | None = None
    pending: dict[int, asyncio.Future[_Outcome]] = dataclasses.field(default_factory=dict)
    stopped: bool = False
    cpu_seconds: float = 0.0


def _lost(child: _Child) -> ExtractError:
    return ExtractError(
        f"worker process {child.process.pid} stopped unexpectedly while extracting this "
        "article; run it again, with --workers 1 if it keeps happening",
        reason="worker_died",
    )


def _reap(process: multiprocessing.process.BaseProcess) -> None:
    process.join(_STOP_SECONDS)
    if process.is_alive():
        process.terminate()
        process.join(_STOP_SECONDS)


# -- the child ------------------------------------------------------------------------
def _child_main(
    sock: socket.socket, inherited: Sequence[socket.socket], settings: Settings
) -> None:
    for other in inherited:  # the parent's ends: holding them would hide the parent's EOF
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    asyncio.run(_serve(sock, settings))


async def _serve(sock: socket.socket, settings: Settings) -> None:
    reader, writer = await asyncio.open_connection(sock=sock)
    running: set[asyncio.Task[None]] = set()
    gate = asyncio.Semaphore(settings.effective_concurrency)  # the parent sends `AHEAD` more
    async with Extractor(settings) as extractor:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                job, text, published, article_id, title, url = await _receive(reader)
                task = asyncio.create_task(
                    _one(extractor, gate, writer, job, text, published, article_id, title, url)
                )
                running.add(task)
                task.add_done_callback(running.discard)
        # EOF: the parent has sent all it will. After a normal batch every answer is in;
        # anything still running belongs to a batch that was stopped: drop it.
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with contextlib.suppress(ConnectionError):
        await _send(writer, (None, usage.ru_utime + usage.ru_stime))
        writer.close()


async def _one(
    extractor: Extractor,
    gate: asyncio.Semaphore,
    writer: asyncio.StreamWriter,
    job: int,
    text: str,
    published: Published,
    article_id: str | None,
    title: str | None,
    url: str | None,
) -> None:
    outcome: _Outcome
    try:
        async with gate:
            result = await extractor.aextract(
                text, published=published, article_id=article_id, title=title, url=url
            )
        outcome = ("ok", result)
    except ProviderError as exc:
        outcome = ("error", type(exc).__name__, exc.message, exc.reason, exc.attempts)
        outcome += (exc.prompt_tokens, exc.completion_tokens)
    except ExtractError as exc:
        outcome = ("error", type(exc).__name__, exc.message, exc.reason, 0, 0, 0)
    except Exception as exc:  # reported as the single-process batch reports it
        outcome = ("crash", f"{type(exc).__name__}: {exc}")
    with contextlib.suppress(ConnectionError):
        await _send(writer, (job, outcome))


# -- the wire -------------------------------------------------------------------------
def _unpack(outcome: _Outcome) -> ArticleExtraction:
    """The child's result, or its exception raised again here with the same fields."""
    if outcome[0] == "ok":
        result: ArticleExtraction = outcome[1]
        return result
    if outcome[0] == "crash":
        raise ExtractError(
            f"{outcome[1]}; this is a bug, please report it with the article that triggered it",
            reason="internal_error",
        )
    _, name, message, reason, attempts, prompt_tokens, completion_tokens = outcome
    cls = getattr(_exceptions, name, ExtractError)
    if isinstance(cls, type) and issubclass(cls, ProviderError):
        raise cls(
            message,
            reason=reason,
            attempts=attempts,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
        )
    if not (isinstance(cls, type) and issubclass(cls, ExtractError)):
        cls = ExtractError
    raise cls(message, reason=reason)


async def _send(writer: asyncio.StreamWriter, message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    writer.write(_HEADER.pack(len(data)) + data)
    await writer.drain()


async def _receive(reader: asyncio.StreamReader) -> Any:
    (size,) = _HEADER.unpack(await reader.readexactly(_HEADER.size))
    # Only our own processes are at the other end of this socketpair.
    return pickle.loads(await reader.readexactly(size))  # noqa: S301


def batch_extractor(settings: Settings) -> Extractor | WorkerProcesses:
    """The extractor a batch runs with: in this process, or spread over workers."""
    workers = workers_for(settings)
    return Extractor(settings) if workers == 1 else WorkerProcesses(settings, workers)


def workers_for(settings: Settings) -> int:
    """Worker processes for a batch: one unless many requests go to a remote endpoint."""
    if settings.is_local or not can_fork():
        return 1  # the embedded server already uses every core
    if settings.workers is not None:
        return settings.workers
    # One loop keeps ~16 requests busy at 100 ms each before its CPU is the limit.
    return max(1, min(os.cpu_count() or 1, settings.effective_concurrency // 16, 8))
