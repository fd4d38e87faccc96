"""The `extract` command: a thin argparse layer over the library.

Settings are resolved once here and passed inward. Exit codes: 0 all good,
1 some articles failed (their error records are in the output), 2 a usage,
configuration or setup problem (one line on stderr says what to fix), 130 on
Ctrl-C or SIGTERM (re-run the same command to resume).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
from collections.abc import Iterator, Sequence
from pathlib import Path

from ._cmd_other import cmd_eval, cmd_models, cmd_report, cmd_schemas, cmd_serve, cmd_show
from ._cmd_run import EXIT_FAILED, EXIT_OK, cmd_run
from ._config import DEFAULT_MODEL
from ._exceptions import ConfigError, ExtractError, InputError, ModelSetupError
from ._terminal import error, silence_stdout, warnings_to_stderr

EXIT_USAGE, EXIT_INTERRUPTED = 2, 130
_SETUP_ERRORS = (ConfigError, ModelSetupError, InputError)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    warnings_to_stderr()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed what was wrong
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        with _terminate_as_interrupt():
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


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (`kill`, a job scheduler) ends a command like Ctrl-C: finished articles are
    kept and the embedded server it started is stopped, not left running."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding application): leave it be
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
    run.add_argument(
        "--workers",
        type=int,
        help="processes sharing the requests (default: 1, or one per 16 in flight to a remote "
        "endpoint, up to the CPU count)",
    )
    run.add_argument("--timeout", type=float, help="seconds to wait for one model answer")
    run.add_argument("--no-cache", action="store_true", help="ignore and do not fill the cache")
    run.add_argument("--quiet", action="store_true", help="print nothing but errors")
    run.add_argument(
        "--consolidate",
        type=Path,
        metavar="CORPUS_JSON",
        help="also merge meetings and officials across articles into this file",
    )
    run.set_defaults(handler=cmd_run)

    show = command("show", "print a results file as tables", model_flags=False)
    show.add_argument("file", type=Path, metavar="FILE")
    show.add_argument("--full", action="store_true", help="every meeting in full, per article")
    show.set_defaults(handler=cmd_show)

    models = command("models", "list models and whether each endpoint is reachable")
    models.set_defaults(handler=cmd_models)

    ev = command("eval", "score extractions against gold annotations")
    ev.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    ev.add_argument("--predictions", type=Path, help="score this results JSONL instead of running")
    ev.add_argument("--naive", action="store_true", help="also score the naive baseline")
    ev.add_argument("--json", type=Path, dest="json_out", help="write the scores as JSON")
    ev.add_argument("--timeout", type=float, help="seconds to wait for one model answer")
    ev.set_defaults(handler=cmd_eval)

    report = command("report", "write a self-contained HTML report", model_flags=False)
    report.add_argument("results", type=Path, metavar="RESULTS")
    report.add_argument("-o", "--output", type=Path, required=True)
    report.add_argument("--title")
    report.set_defaults(handler=cmd_report)

    serve = command("serve", "run the embedded model server and keep it warm")
    serve.set_defaults(handler=cmd_serve)

    schemas = command("schemas", "write schemas/*.json from the records", model_flags=False)
    schemas.add_argument("--check", action="store_true", help="exit 1 if any schema is stale")
    schemas.set_defaults(handler=cmd_schemas)
    return parser
