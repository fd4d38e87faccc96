"""Batch input loading: files, folders, globs, JSONL and stdin become `Article`s.

Every input unit (a file, a JSONL line, stdin) yields exactly one `Article` or one
`InputProblem`, so nothing a user passed in disappears silently. The only exception
raised is `InputError`, and only when no input is given at all.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from ._decoding import Fault, checked_controls, decoded_lines, normalize_newlines
from ._decoding import decode_text as decode_text  # re-exported: part of this module's API
from ._exceptions import InputError
from ._html_text import html_to_text as html_to_text

MAX_ARTICLE_CHARS = 200_000
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_SUPPORTED_LIST = ".txt, .md, .html/.htm or .jsonl"
# Markup can dwarf the visible text, so HTML files get a byte cap of their own.
_MAX_HTML_BYTES = 64 * 1024 * 1024
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True)
class Article:
    """One article ready for extraction."""

    id: str
    text: str
    source: str
    published: str | None = None  # raw; parsed later by extract._published.parse_published
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class InputProblem:
    """An input unit that could not become an article, and what to do about it."""

    id: str
    source: str
    reason: str
    message: str


Item = Article | InputProblem


def iter_articles(
    inputs: Sequence[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    max_chars: int = MAX_ARTICLE_CHARS,
) -> Iterator[Item]:
    """Yield one `Article` or `InputProblem` per input unit, in input order.

    `inputs` holds file paths (.txt, .md, .html/.htm, .jsonl), folders (walked
    recursively in sorted order, hidden entries skipped), glob patterns and `-`
    for stdin. Raises `InputError` (eagerly) only when `inputs` is empty.
    """
    names = [inputs] if isinstance(inputs, str) else list(inputs)
    if not names:
        raise InputError(
            "no input given; pass files, folders or glob patterns (e.g. 'news/**/*.txt'), "
            "or '-' to read an article or JSONL from stdin",
            reason="no_input",
        )
    return _deduplicated(_all_items(names, stdin, max_chars))


def _deduplicated(items: Iterator[Item]) -> Iterator[Item]:
    first_source: dict[str, str] = {}
    for item in items:
        # Problems carry ids too: a repeated id must never reach the output twice.
        if item.id in first_source:
            # The problem gets an id of its own, so results keyed by id keep the first.
            problem_id = item.source if item.source not in first_source else None
            yield InputProblem(
                problem_id or f"{item.source}#duplicate-{len(first_source)}",
                item.source,
                "duplicate_id",
                f"id {item.id!r} from {item.source} was already used by "
                f"{first_source[item.id]}; give every article a unique id (the JSONL "
                "'id' field) or pass each file only once",
            )
            continue
        first_source[item.id] = item.source
        yield item


def _all_items(names: list[str], stdin: TextIO | BinaryIO | None, max_chars: int) -> Iterator[Item]:
    cwd = Path.cwd()
    stdin_read = False
    for name in names:
        if name == "-":
            if stdin_read:
                yield InputProblem(
                    "stdin#duplicate",
                    "stdin",
                    "duplicate_id",
                    "'-' (stdin) was given more than once; stdin can be read only once",
                )
            else:
                stdin_read = True
                yield from _stdin_items(stdin, max_chars)
            continue
        path = Path(name).expanduser() if name else Path()
        if name and path.is_dir():
            yield from _folder_items(path, name, cwd, max_chars)
        elif name and path.exists():
            yield from _file_items(path, _display(path, cwd), max_chars, explicit=True)
        elif name and _GLOB_CHARS.search(name):
            yield from _glob_items(name, cwd, max_chars)
        else:
            yield InputProblem(
                name,
                name,
                "not_found",
                f"{name!r} does not exist; check the path (relative paths start from {cwd})",
            )


def _display(path: Path, cwd: Path) -> str:
    """The article id for a file: its path relative to the working folder when inside it."""
    absolute = Path(os.path.normpath(path.absolute()))  # no symlink resolving: ids as seen
    try:
        return absolute.relative_to(cwd).as_posix()
    except ValueError:
        return absolute.as_posix()


def _walk(root: Path, cwd: Path, found: set[Path]) -> Iterator[InputProblem]:
    """Add supported files under `root` to `found`; yield unreadable folders."""
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.update(
            Path(dirpath, f)
            for f in filenames
            if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED_SUFFIXES
        )
    for error in errors:
        where = _display(Path(error.filename or root), cwd)
        yield InputProblem(
            where,
            where,
            "unreadable",
            f"cannot read folder {where} ({error.strerror}); fix its permissions or leave it out",
        )


def _files_items(found: set[Path], cwd: Path, max_chars: int) -> Iterator[Item]:
    for path in sorted(found, key=lambda p: p.parts):
        yield from _file_items(path, _display(path, cwd), max_chars, explicit=False)


def _folder_items(root: Path, name: str, cwd: Path, max_chars: int) -> Iterator[Item]:
    found: set[Path] = set()
    unreadable = list(_walk(root, cwd, found))
    yield from unreadable
    if not found and not unreadable:
        yield InputProblem(
            name,
            name,
            "not_found",
            f"folder {name} holds no {_SUPPORTED_LIST} files (hidden files are skipped); "
            "check the path or convert the articles to one of these types",
        )
    yield from _files_items(found, cwd, max_chars)


def _glob_items(pattern: str, cwd: Path, max_chars: int) -> Iterator[Item]:
    expanded = str(Path(pattern).expanduser())
    matches = [Path(m) for m in glob.glob(expanded, recursive=True)]  # noqa: PTH207 (absolute patterns)
    found = {m for m in matches if m.suffix.lower() in SUPPORTED_SUFFIXES and m.is_file()}
    for folder in (m for m in matches if m.is_dir()):  # e.g. 'news/**' also matches folders
        yield from _walk(folder, cwd, found)
    if not found:
        what = f"{len(matches)} paths match, none a" if matches else "nothing matches; expected a"
        yield InputProblem(
            pattern,
            pattern,
            "not_found",
            f"{pattern!r}: {what} {_SUPPORTED_LIST} file; check the pattern (quote it so "
            "the shell does not expand it, and use '**' to search subfolders)",
        )
    yield from _files_items(found, cwd, max_chars)


def _file_items(path: Path, fid: str, max_chars: int, *, explicit: bool) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_file(path, fid, max_chars)
        return
    if suffix and suffix not in SUPPORTED_SUFFIXES and explicit:
        hint = " (for a JSON array: jq -c '.[]' in.json > in.jsonl)" if suffix == ".json" else ""
        yield InputProblem(
            fid,
            fid,
            "unsupported_type",
            f"{fid} is a {suffix} file, which is not supported; convert it to {_SUPPORTED_LIST}"
            f"{hint}",
        )
        return
    is_html = suffix in HTML_SUFFIXES
    cap = max(_MAX_HTML_BYTES, 4 * max_chars + 4) if is_html else 4 * max_chars + 4
    data = _read_bytes(path, fid, cap, max_chars)
    if isinstance(data, Fault):
        yield _problem(fid, fid, data)
        return
    text = decode_text(data, fid)
    if isinstance(text, Fault):
        yield _problem(fid, fid, text)
        return
    text = normalize_newlines(text)
    title = published = None
    if is_html:
        text, title, published = html_to_text(text)
    fault = check_text(text, fid, max_chars)
    if fault is not None:
        yield _problem(fid, fid, fault)
        return
    yield Article(fid, text, fid, published=published, title=title)


def _read_bytes(path: Path, fid: str, cap: int, max_chars: int) -> bytes | Fault:
    # Read at most cap + 1 bytes: enough to tell "too large" without loading a huge file.
    try:
        with path.open("rb") as fh:
            data = fh.read(cap + 1)
    except OSError as exc:
        return Fault(
            "unreadable", f"cannot read {fid} ({exc.strerror or exc}); check it is a readable file"
        )
    if len(data) > cap:
        return _too_large(fid, None, max_chars)
    return data


def _too_large(what: str, chars: int | None, max_chars: int) -> Fault:
    size = f"has {chars:,} characters" if chars is not None else "is far larger than that"
    return Fault(
        "too_large",
        f"{what} {size}; the limit is {max_chars:,} characters per article. Split it into "
        f"smaller articles (e.g. one file per section, or one JSONL line per part with ids "
        f"like '{what}#1', '{what}#2') and run again; nothing was truncated",
    )


def check_text(text: str, what: str, max_chars: int = MAX_ARTICLE_CHARS) -> Fault | None:
    """Empty, whitespace-only or over-long article text, else None."""
    if not text:
        return Fault("empty_input", f"{what} has no text; add the article text or leave it out")
    if text.isspace():
        return Fault("whitespace_only", f"{what} holds only whitespace; add the article text")
    if len(text) > max_chars:
        return _too_large(what, len(text), max_chars)
    return None


def _jsonl_file(path: Path, fid: str, max_chars: int) -> Iterator[Item]:
    lines = 0
    try:
        with path.open("rb") as fh:
            for lineno, line in decoded_lines(fh, fid):
                lines += 1
                if isinstance(line, Fault):  # line 0: the whole file is unusable
                    where = f"{fid}:{lineno}" if lineno else fid
                    yield _problem(where, where, line)
                else:
                    yield _jsonl_record(line, fid, lineno, max_chars)
            size = fh.tell()
    except OSError as exc:
        yield InputProblem(fid, fid, "unreadable", f"cannot read {fid} ({exc.strerror or exc})")
        return
    if not lines:
        reason = "whitespace_only" if size else "empty_input"
        message = f"{fid} holds no JSONL lines; add one JSON object per line"
        yield InputProblem(fid, fid, reason, message)


def _jsonl_record(line: str, fid: str, lineno: int, max_chars: int) -> Item:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return _line_problem(
            fid, lineno, "malformed_jsonl", f"is not valid JSON ({exc}); write one object per line"
        )
    return _record(obj, fid, lineno, max_chars)


def _record(obj: Any, fid: str, lineno: int, max_chars: int) -> Item:
    source = f"{fid}:{lineno}"
    if not isinstance(obj, dict):
        return _line_problem(
            fid, lineno, "malformed_jsonl", f"is a JSON {type(obj).__name__}, not an object"
        )
    raw_id = obj.get("id")
    if raw_id is None or raw_id == "":
        aid = source
    elif isinstance(raw_id, str) or (isinstance(raw_id, int) and not isinstance(raw_id, bool)):
        aid = str(raw_id)
    else:
        return _line_problem(fid, lineno, "malformed_jsonl", "has an 'id' that is not a string")
    text = obj.get("text")
    if not isinstance(text, str):
        got = "no 'text' field" if text is None else f"a 'text' of type {type(text).__name__}"
        return InputProblem(
            aid,
            source,
            "missing_text",
            f"{source} has {got}; each line needs the article as a string: "
            '{"id": "...", "text": "..."}',
        )
    extra: dict[str, str | None] = {}
    for key in ("published", "url", "title"):
        value = obj.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int | float | None):
            return _line_problem(fid, lineno, "malformed_jsonl", f"has a non-string {key!r}")
        extra[key] = None if value is None or value == "" else str(value)
    fault = check_text(text, source, max_chars)
    if fault is None and "\x00" in text:
        fault = Fault("binary_input", f"{source} text contains NUL characters; give plain text")
    if fault is not None:
        return _problem(aid, source, fault)
    return Article(aid, text, source, **extra)


def _problem(uid: str, source: str, fault: Fault) -> InputProblem:
    return InputProblem(uid, source, fault.reason, fault.message)


def _line_problem(fid: str, lineno: int, reason: str, what: str) -> InputProblem:
    source = f"{fid}:{lineno}"
    return InputProblem(
        source, source, reason, f"line {lineno} of {fid} {what}; fix or remove that line"
    )


def _stdin_items(stream: TextIO | BinaryIO | None, max_chars: int) -> Iterator[Item]:
    stream = stream if stream is not None else sys.stdin
    if stream is None:
        yield InputProblem("stdin", "stdin", "not_found", "'-' was given but there is no stdin")
        return
    buffer = getattr(stream, "buffer", None)
    try:
        data: str | bytes = buffer.read() if buffer is not None else stream.read()
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        yield InputProblem("stdin", "stdin", "undecodable_text", f"cannot read stdin ({exc})")
        return
    if isinstance(data, bytes):
        text = decode_text(data, "stdin")
    else:
        text = checked_controls(data, "stdin")
    if isinstance(text, Fault):
        yield _problem("stdin", "stdin", text)
        return
    lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    parsed = _all_objects(lines)
    if parsed is not None:
        for lineno, obj in parsed:
            yield _record(obj, "stdin", lineno, max_chars)
        return
    text = normalize_newlines(text)
    fault = check_text(text, "stdin", max_chars)
    if fault is not None:
        yield _problem("stdin", "stdin", fault)
    else:
        yield Article("stdin", text, "stdin")


def _all_objects(lines: list[tuple[int, str]]) -> list[tuple[int, Any]] | None:
    """Parsed lines when every non-blank line is a JSON object (stdin is JSONL), else None."""
    parsed: list[tuple[int, Any]] = []
    for lineno, line in lines:
        if not line.lstrip().startswith("{"):
            return None
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):
            return None
        if not isinstance(obj, dict):
            return None
        parsed.append((lineno, obj))
    return parsed or None
