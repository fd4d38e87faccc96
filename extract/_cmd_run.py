"""`extract run`: a batch of articles through the cache, to a results file or stdout."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._config import Settings, resolve_settings
from ._exceptions import CacheError, ConfigError, InputError
from ._models import ArticleExtraction
from ._progress import Progress
from ._terminal import OrderedPrinter

if TYPE_CHECKING:
    from ._api import Extractor
    from ._batch import ResultCallback
    from ._inputs import Article, InputProblem
    from ._summary import BatchSummary
    from ._worker_processes import WorkerProcesses

EXIT_OK, EXIT_FAILED = 0, 1
_GC_YOUNG = 50_000  # allocations between young-generation collections during a run


def settings_from(args: argparse.Namespace) -> Settings:
    return resolve_settings(
        model=args.model,
        config_file=args.config,
        concurrency=getattr(args, "concurrency", None),
        workers=getattr(args, "workers", None),
        timeout=getattr(args, "timeout", None),
    )


# -- run ---------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace) -> int:
    from ._inputs import iter_articles
    from ._worker_processes import batch_extractor

    settings = settings_from(args)
    output: Path | None = args.output
    fmt = args.format or _format_from_suffix(output)
    if output is None and fmt != "jsonl":
        raise ConfigError(f"--format {fmt} needs an output file: add -o results.{fmt}")
    uses_stdin = "-" in args.inputs
    articles = iter_articles(args.inputs, stdin=sys.stdin if uses_stdin else None)
    progress = Progress(quiet=args.quiet)
    if not args.quiet and not uses_stdin:
        _count_in_background(args.inputs, progress)
    printer = OrderedPrinter(sys.stdout) if output is None else None
    # Results to consolidate: CSV cannot be read back, so keep them as they come
    # (plus any from an interrupted earlier run, still in its journal).
    keep = args.consolidate is not None and (output is None or fmt == "csv")
    kept = _journaled(output, fmt) if keep and output is not None else []

    def on_result(index: int, result: ArticleExtraction) -> None:
        if printer is not None:
            printer.add(index, result)
        if keep:
            kept.append(result)

    # Everything alive now (modules, clients, settings) lives until exit: keep the
    # cyclic GC from rescanning it while results stream by (~25% of a cached run).
    # Results in flight are many small objects with no cycles: collecting the young
    # generation every 700 allocations rescanned them again and again (a cached
    # result cost 3x as much to load with the default thresholds).
    gc.freeze()
    threshold = gc.get_threshold()
    gc.set_threshold(_GC_YOUNG, *threshold[1:])
    try:
        summary = run_batch_cached(
            batch_extractor(settings),
            articles,
            use_cache=not args.no_cache,
            progress=progress,
            # Without a consumer of the records, cached ones are copied as stored lines.
            on_result=on_result if printer is not None or keep else None,
            output=output,
            fmt=fmt,
        )
    finally:
        gc.set_threshold(*threshold)
    if summary.articles + summary.resumed == 0:
        raise InputError(
            f"no articles found in {' '.join(args.inputs)}; pass files, folders, "
            "globs, a JSONL file or - for stdin"
        )
    if args.consolidate is not None:
        _write_corpus(kept if keep else None, output, args.consolidate)
    if not args.quiet:
        progress.info(f"{settings.describe()}\n{summary.format()}")
    return EXIT_FAILED if summary.failed else EXIT_OK


def run_batch_cached(
    extractor: Extractor | WorkerProcesses,
    articles: Iterable[Article | InputProblem],
    *,
    use_cache: bool,
    progress: Progress,
    on_result: ResultCallback | None,
    output: Path | None = None,
    fmt: str = "jsonl",
) -> BatchSummary:
    """One batch through the result cache (when `use_cache`); closes what it opened."""
    from ._batch import run_batch
    from ._cache import ResultCache

    settings, cache = extractor.settings, None
    if use_cache:
        try:
            cache = ResultCache(settings.cache_dir / "results.sqlite")
        except CacheError as exc:
            progress.error(f"running without the cache: {exc.message}")

    async def batch() -> BatchSummary:
        async with extractor:
            summary = await run_batch(
                articles,
                extractor=extractor,
                output=output,
                fmt=fmt,
                cache=cache,
                concurrency=settings.effective_concurrency,
                progress=progress,
                on_result=on_result,
            )
        summary.cpu_seconds += getattr(extractor, "cpu_seconds", 0.0)  # worker processes'
        return summary

    try:
        return asyncio.run(batch())
    finally:
        if cache is not None:
            cache.close()


def _format_from_suffix(output: Path | None) -> str:
    suffix = output.suffix.lower() if output is not None else ""
    return {".json": "json", ".csv": "csv"}.get(suffix, "jsonl")


def _count_in_background(inputs: Sequence[str], progress: Progress) -> None:
    """Count the inputs in a side thread so the ETA appears without delaying the start."""
    from ._inputs import iter_articles

    def count() -> None:
        # A failure here only loses the ETA; the batch itself reports input problems.
        with contextlib.suppress(Exception):
            progress.set_total(sum(1 for _ in iter_articles(inputs)))

    threading.Thread(target=count, name="count-inputs", daemon=True).start()


def _journaled(output: Path, fmt: str) -> list[ArticleExtraction]:
    from ._batch import journal_path
    from ._output import read_results

    journal = journal_path(output, fmt)
    return list(read_results(journal)) if journal.exists() else []


def _write_corpus(
    kept: list[ArticleExtraction] | None, output: Path | None, corpus_path: Path
) -> None:
    from ._consolidate import consolidate
    from ._output import read_results

    results = kept if kept is not None else list(read_results(output)) if output else []
    corpus = consolidate([r for r in results if r.error is None])
    write_atomic(corpus_path, corpus.model_dump_json(indent=2) + "\n")


def write_atomic(path: Path, text: str) -> None:
    from ._output import write_text

    write_text(path, text, hint="check the folder is writable and has free space")
