"""Result writers: a crash-safe JSONL journal, and whole-file JSON and CSV.

The journal is the run's source of truth: one `ArticleExtraction` per line,
written, flushed and fsynced a group at a time (`append_many`), so after `kill -9`
the file holds complete lines plus at most one truncated last line, which the next
`open()` removes. JSON and CSV are written to a temp file in the target folder and
renamed into place, so readers never see half a file.
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
import os
import secrets
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from ._cache import ReusedLine
from ._exceptions import ConfigError, ExtractError, InputError
from ._models import ArticleExtraction, Meeting, Official

log = logging.getLogger(__name__)

CSV_COLUMNS = (
    "article_id",
    "published",
    "meeting_id",
    "meeting_date",
    "date_text",
    "location",
    "occasion",
    "kind",
    "status",
    "participant_name",
    "participant_title",
    "participant_country",
    "participant_country_code",
    "other_participants",
    "agreements",
    "agreement_types",
    "evidence",
    "sources",
    "model",
    "error_reason",
)
_JOIN = "; "
_RERUN_HINT = (
    "free disk space or choose another output path, then rerun "
    "(finished articles are kept and skipped)"
)


class JsonlJournal:
    """Append-only JSONL of results that survives being killed at any point.

    Use either `JsonlJournal(path).open()` or `JsonlJournal().open(path)`; both
    return the ids of articles already in the file so a rerun can skip them.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.done_ids: set[str] = set()
        self.failed_ids: set[str] = set()  # in the file, but their result is an error
        self._fh: IO[bytes] | None = None
        self._lock = threading.Lock()

    def open(self, path: Path | None = None) -> set[str]:
        """Recover the file (drop a truncated last line) and open it for appending."""
        if path is not None:
            self.path = Path(path)
        if self.path is None:
            raise InputError("JsonlJournal.open() needs a path to the JSONL output file")
        self.close()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists():
                self._recover(self.path)
            self._fh = self.path.open("ab")
        except OSError as exc:
            raise ConfigError(
                f"cannot use {self.path} as the results file ({exc.strerror or exc}); "
                "choose another output path"
            ) from exc
        return set(self.done_ids)

    def _recover(self, path: Path) -> None:
        good_end = 0  # byte offset just past the last valid line
        needs_newline = False
        with path.open("rb") as fh:
            for lineno, line, end, is_last in _numbered_lines(fh):
                record = _parse_line(line, path, lineno, is_last)
                if record is None:
                    log.warning("%s: dropped truncated last line %d", path, lineno)
                    break
                self._mark(*record)
                good_end = end
                needs_newline = not line.endswith(b"\n")
        if good_end < path.stat().st_size:
            _truncate_by_rename(path, good_end)
        if needs_newline:  # a complete last line written without its newline
            with path.open("ab") as fh:
                fh.write(b"\n")
                fh.flush()
                os.fsync(fh.fileno())

    def append(self, result: ArticleExtraction) -> None:
        """Write one result as one line, flushed and fsynced before returning."""
        self.append_many((result,))

    def append_many(self, results: Sequence[ArticleExtraction | ReusedLine]) -> None:
        """Write a group of results as lines with one write, one flush and one fsync.

        A group commit: an fsync costs milliseconds on a real disk, so results that
        finished together are made durable together. Ids count as done only once
        synced; a crash mid-write leaves complete lines plus at most one cut-off
        line (dropped by the next `open()`), and whatever is missing is redone.
        """
        if self._fh is None:
            raise InputError("the JSONL journal is not open; call open() before appending")
        if not results:
            return
        data = b"".join(
            (r.line if isinstance(r, ReusedLine) else r.model_dump_json()).encode("utf-8") + b"\n"
            for r in results
        )
        with self._lock:
            try:
                self._fh.write(data)
                self._fh.flush()
                os.fsync(self._fh.fileno())
            except OSError as exc:
                raise _write_failed(self.path, exc) from exc
            for result in results:
                # A reused line is a cached result, and only results without error are cached.
                failed = not isinstance(result, ReusedLine) and result.error is not None
                self._mark(result.article_id, failed)

    def _mark(self, article_id: str, failed: bool) -> None:
        self.done_ids.add(article_id)
        if failed:
            self.failed_ids.add(article_id)
        else:  # a later success for the same id supersedes a failure
            self.failed_ids.discard(article_id)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> JsonlJournal:
        if self._fh is None:
            self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _numbered_lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes, int, bool]]:
    """Non-blank lines as (number, raw line, end offset, is it the last non-blank line)."""
    previous: tuple[int, bytes, int] | None = None
    offset = 0
    for lineno, line in enumerate(fh, 1):
        offset += len(line)
        if not line.strip():
            continue
        if previous is not None:
            yield (*previous, False)
        previous = (lineno, line, offset)
    if previous is not None:
        yield (*previous, True)


def _parse_line(line: bytes, path: Path, lineno: int, is_last: bool) -> tuple[str, bool] | None:
    """(article_id, failed) of a journal line; None for a broken last line."""
    try:
        data = json.loads(line)
        article_id = data["article_id"]
        if not isinstance(article_id, str):
            raise TypeError("article_id is not a string")
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        if is_last:
            return None
        raise _bad_line(path, lineno, exc) from exc
    return article_id, bool(data.get("error"))


def _bad_line(path: Path, lineno: int, exc: BaseException) -> InputError:
    return InputError(
        f"{path} line {lineno} is not a valid result ({exc}); the file was edited or "
        "damaged: delete that line, or write to a new output file",
        reason="bad_results_file",
    )


def _truncate_by_rename(path: Path, size: int) -> None:
    """Keep the first `size` bytes of `path`, via a temp copy renamed over it."""
    with path.open("rb") as src, _atomic_file(path, "wb") as dst:
        remaining = size
        while remaining:
            chunk = src.read(min(remaining, 1 << 20))
            if not chunk:
                break
            dst.write(chunk)
            remaining -= len(chunk)


@contextlib.contextmanager
def _atomic_file(
    path: Path, mode: str, *, hint: str = _RERUN_HINT, **kwargs: Any
) -> Iterator[IO[Any]]:
    """A temp file next to `path`, fsynced and renamed over it on success."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not mkstemp: its 0600 mode would outlive the rename; 0666 lets the umask decide.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise _write_failed(path, exc, hint) from exc
    try:
        if path.exists():
            shutil.copymode(path, tmp)
        with open(fd, mode, **kwargs) as fh:  # noqa: PTH123 (a descriptor, not a path)
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_failed(path, exc, hint) from exc
        raise
    _fsync_dir(path.parent)


def _write_failed(path: Path | None, exc: OSError, hint: str = _RERUN_HINT) -> ExtractError:
    return ExtractError(
        f"cannot write {path} ({exc.strerror or exc}); {hint}", reason="output_error"
    )


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_text(path: Path, text: str, *, hint: str) -> None:
    """Write `text` as UTF-8 atomically; `hint` says what to do if the disk refuses."""
    with _atomic_file(Path(path), "w", hint=hint, encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def write_json(results: Iterable[ArticleExtraction], path: Path) -> None:
    """Write a JSON array of results (UTF-8, indented), atomically."""
    with _atomic_file(Path(path), "w", encoding="utf-8") as fh:
        fh.write("[")
        for index, result in enumerate(results):
            fh.write(",\n" if index else "\n")
            fh.write(result.model_dump_json(indent=2))
        fh.write("\n]\n")


def write_csv(results: Iterable[ArticleExtraction], path: Path) -> None:
    """One row per meeting participant; every article gets at least one row."""
    with _atomic_file(Path(path), "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for result in results:
            writer.writerows(csv_rows(result))


def csv_rows(result: ArticleExtraction) -> Iterator[dict[str, str]]:
    """The flat CSV rows of one article."""
    base = {column: "" for column in CSV_COLUMNS}
    base.update(
        article_id=result.article_id,
        published=result.published.isoformat() if result.published else "",
        model=result.model,
        error_reason=result.error.reason if result.error else "",
    )
    if not result.meetings:
        yield base
        return
    for meeting in result.meetings:
        row = {**base, **_meeting_columns(meeting)}
        if not meeting.participants:
            yield row
        for person in meeting.participants:
            yield {**row, **_participant_columns(person, meeting)}


def _meeting_columns(meeting: Meeting) -> dict[str, str]:
    return {
        "meeting_id": meeting.id,
        "meeting_date": meeting.date.isoformat() if meeting.date else "",
        "date_text": meeting.date_text or "",
        "location": meeting.location or "",
        "occasion": meeting.occasion or "",
        "kind": meeting.kind.value,
        "status": meeting.status.value,
        "agreements": _JOIN.join(a.summary for a in meeting.agreements),
        "agreement_types": _JOIN.join(a.type.value for a in meeting.agreements),
        "evidence": meeting.evidence[0].quote if meeting.evidence else "",
        "sources": _JOIN.join(meeting.sources),
    }


def _participant_columns(person: Official, meeting: Meeting) -> dict[str, str]:
    others = [p.name for p in meeting.participants if p is not person]
    return {
        "participant_name": person.name,
        "participant_title": person.title or "",
        "participant_country": person.country or "",
        "participant_country_code": person.country_code or "",
        "other_participants": _JOIN.join(others),
    }


def read_results(
    path: Path, *, on_skip: Callable[[int, str], None] | None = None
) -> Iterator[ArticleExtraction]:
    """Results from a JSONL journal (or a JSON array written by `write_json`).

    A truncated last line (a run killed mid-write) is skipped and reported through
    `on_skip(line_number, message)`, or logged as a warning. A broken line anywhere
    else raises `InputError`.
    """
    path = Path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(
            f"cannot read results file {path} ({exc.strerror or exc}); check the path",
            reason="not_found",
        ) from exc
    with fh:
        if fh.read(64).lstrip().startswith(b"["):
            fh.seek(0)
            yield from _read_json_array(fh, path)
            return
        fh.seek(0)
        for lineno, line, _end, is_last in _numbered_lines(fh):
            try:
                yield ArticleExtraction.model_validate_json(line)
            except ValidationError as exc:
                if not is_last:
                    raise _bad_line(path, lineno, exc) from exc
                message = f"{path}: skipped truncated last line {lineno}"
                (on_skip or (lambda _n, m: log.warning("%s", m)))(lineno, message)


def _read_json_array(fh: IO[bytes], path: Path) -> Iterator[ArticleExtraction]:
    try:
        items = json.loads(fh.read())
        if not isinstance(items, list):
            raise TypeError("not a JSON array")
        parsed = [ArticleExtraction.model_validate(item) for item in items]
    except (ValueError, TypeError, RecursionError) as exc:  # ValidationError is a ValueError
        raise InputError(
            f"{path} is not a valid JSON array of results ({exc}); regenerate it",
            reason="bad_results_file",
        ) from exc
    yield from parsed
