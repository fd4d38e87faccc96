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
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, TextIO

from ._exceptions import InputError

MAX_ARTICLE_CHARS = 200_000
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_SUPPORTED_LIST = ".txt, .md, .html/.htm or .jsonl"
# Markup can dwarf the visible text, so HTML files get a byte cap of their own.
_MAX_HTML_BYTES = 64 * 1024 * 1024
_GLOB_CHARS = re.compile(r"[*?\[]")
# C0/C1 control characters other than tab, newline, vertical tab, form feed, CR.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HIGH_RUNS = re.compile(rb"[\x80-\xff]+")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE: it shares the first two bytes
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class Article:
    """One article ready for extraction."""

    id: str
    text: str
    source: str
    published: str | None = None  # raw; parsed later by extract._dates.parse_published
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


class _Fault(NamedTuple):
    reason: str
    message: str


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
        if isinstance(item, Article):
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
    if isinstance(data, _Fault):
        yield _problem(fid, fid, data)
        return
    text = decode_text(data, fid)
    if isinstance(text, _Fault):
        yield _problem(fid, fid, text)
        return
    text = _normalize_newlines(text)
    title = published = None
    if is_html:
        text, title, published = html_to_text(text)
    fault = check_text(text, fid, max_chars)
    if fault is not None:
        yield _problem(fid, fid, fault)
        return
    yield Article(fid, text, fid, published=published, title=title)


def _read_bytes(path: Path, fid: str, cap: int, max_chars: int) -> bytes | _Fault:
    # Read at most cap + 1 bytes: enough to tell "too large" without loading a huge file.
    try:
        with path.open("rb") as fh:
            data = fh.read(cap + 1)
    except OSError as exc:
        return _Fault(
            "unreadable", f"cannot read {fid} ({exc.strerror or exc}); check it is a readable file"
        )
    if len(data) > cap:
        return _too_large(fid, None, max_chars)
    return data


def _too_large(what: str, chars: int | None, max_chars: int) -> _Fault:
    size = f"has {chars:,} characters" if chars is not None else "is far larger than that"
    return _Fault(
        "too_large",
        f"{what} {size}; the limit is {max_chars:,} characters per article. Split it into "
        f"smaller articles (e.g. one file per section, or one JSONL line per part with ids "
        f"like '{what}#1', '{what}#2') and run again; nothing was truncated",
    )


def decode_text(data: bytes, what: str) -> str | _Fault:
    """Decode file bytes: UTF-8 (BOM stripped), UTF-16/32 with BOM, else clean cp1252."""
    if not data:
        return _Fault("empty_input", f"{what} is empty; give it the article text or leave it out")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked_controls(data[len(bom) :].decode(codec), what)
            except UnicodeDecodeError:
                continue  # e.g. FF FE 00 00 may be UTF-16 LE, tried next
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return _undecodable(what)
    if b"\x00" in data:
        return _binary(what)
    try:
        return _checked_controls(data.decode("utf-8"), what)
    except UnicodeDecodeError:
        pass
    text = _cp1252_text(data)
    return _checked_controls(text, what) if text is not None else _undecodable(what)


def _cp1252_text(data: bytes) -> str | None:
    """Windows-1252 text, but only when it plausibly is.

    Western text is mostly ASCII with isolated accented letters. CJK legacy
    encodings (EUC-KR, Shift-JIS) also decode "cleanly" as cp1252, into mojibake;
    their high bytes come in runs of two or more, which this check refuses.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    runs = _HIGH_RUNS.findall(data)
    high = sum(len(run) for run in runs)
    visible = len(data.translate(None, b" \t\n\r\f\v"))
    if _CONTROLS.search(text) or not any(ch.isalpha() for ch in text):
        return None
    if high > 0.3 * visible or high >= 2 * len(runs) > 0:
        return None
    return text


def _binary(what: str) -> _Fault:
    return _Fault(
        "binary_input",
        f"{what} contains NUL bytes, so it is binary, not text (UTF-16 text needs a "
        "byte-order mark); give the plain-text article, saved as UTF-8",
    )


def _undecodable(what: str) -> _Fault:
    return _Fault(
        "undecodable_text",
        f"{what} is not valid UTF-8, UTF-16 (with BOM) or Windows-1252 text; re-save it as "
        f"UTF-8 (e.g. iconv -f EUC-KR -t UTF-8 in.txt > out.txt)",
    )


def _checked_controls(text: str, what: str) -> str | _Fault:
    # A few stray control characters are tolerated; a NUL or many of them mean binary data.
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > max(1, len(text) // 100):
        return _Fault(
            "binary_input",
            f"{what} looks binary ({controls} control characters), not text; give the "
            "plain-text article, saved as UTF-8",
        )
    return text


def _normalize_newlines(text: str) -> str:
    # Same text `open()` would give, so evidence offsets match what users read back.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, what: str, max_chars: int = MAX_ARTICLE_CHARS) -> _Fault | None:
    """Empty, whitespace-only or over-long article text, else None."""
    if not text:
        return _Fault("empty_input", f"{what} has no text; add the article text or leave it out")
    if text.isspace():
        return _Fault("whitespace_only", f"{what} holds only whitespace; add the article text")
    if len(text) > max_chars:
        return _too_large(what, len(text), max_chars)
    return None


def _jsonl_file(path: Path, fid: str, max_chars: int) -> Iterator[Item]:
    lines = 0
    try:
        with path.open("rb") as fh:
            for lineno, line in _jsonl_lines(fh, fid):
                lines += 1
                if isinstance(line, _Fault):  # line 0: the whole file is unusable
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


def _jsonl_lines(fh: BinaryIO, fid: str) -> Iterator[tuple[int, str | _Fault]]:
    """Non-blank lines with their numbers (0: a fault of the whole file); streamed."""
    head = fh.read(8192)
    raw_lines: Iterator[bytes | str]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32: decode as a whole
        text = decode_text(head + fh.read(), fid)
        if isinstance(text, _Fault):
            yield 0, text
            return
        raw_lines = iter(text.split("\n"))
    elif b"\x00" in head:
        yield 0, _binary(fid)
        return
    else:
        fh.seek(0)
        raw_lines = iter(fh)
    for lineno, raw in enumerate(raw_lines, 1):
        if isinstance(raw, str):
            if raw.strip():
                yield lineno, raw.rstrip("\r")
        elif raw.strip():
            raw = raw.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else raw
            yield lineno, decode_text(raw.rstrip(b"\r\n"), f"{fid} line {lineno}")


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
        fault = _Fault("binary_input", f"{source} text contains NUL characters; give plain text")
    if fault is not None:
        return _problem(aid, source, fault)
    return Article(aid, text, source, **extra)


def _problem(uid: str, source: str, fault: _Fault) -> InputProblem:
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
        text = _checked_controls(data, "stdin")
    if isinstance(text, _Fault):
        yield _problem("stdin", "stdin", text)
        return
    lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    parsed = _all_objects(lines)
    if parsed is not None:
        for lineno, obj in parsed:
            yield _record(obj, "stdin", lineno, max_chars)
        return
    text = _normalize_newlines(text)
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


# --- HTML pages -------------------------------------------------------------------
# Page chrome and non-text elements. A <header> inside <article>/<main> is the
# article's own header (headline, byline, date) and is kept; a <form> is kept when
# it wraps most of the page (ASP.NET pages put everything in one form).
# fmt: off
_DROPPED_TAGS = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template", "svg",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "section", "article",
    "main", "blockquote", "pre", "figure", "figcaption", "hr", "address",
    "h1", "h2", "h3", "h4", "h5", "h6",
})
# fmt: on
_PUBLISHED_META = frozenset({"article:published_time", "datepublished", "pubdate"})


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, bool]] = []  # (text, only inside a dropped <form>)
        self.title: list[str] = []
        self.h1: list[str] | None = None  # text of the first <h1>, while it is open
        self.first_h1 = ""
        self.meta_published: str | None = None
        self.time_published: str | None = None
        self._dropping: list[str] = []
        self._in_title = self._in_pre = self._in_article = 0
        self._title_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop", "")
            if key.lower() in _PUBLISHED_META and values.get("content") and not self.meta_published:
                self.meta_published = values["content"].strip()
        elif tag == "time" and values.get("datetime") and self.time_published is None:
            self.time_published = values["datetime"].strip()
        keep_header = tag == "header" and self._in_article and not self._dropping
        if tag in _DROPPED_TAGS and not keep_header:
            self._dropping.append(tag)
        self._count(tag, 1)
        if tag == "h1" and not self.first_h1:
            self.h1 = []
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._dropping:  # also closes tags left open inside the dropped one
            del self._dropping[len(self._dropping) - 1 - self._dropping[::-1].index(tag) :]
        self._count(tag, -1)
        if tag == "h1" and self.h1 is not None:
            self.first_h1 = _collapse("".join(self.h1))
            self.h1 = None
        self._title_done = self._title_done or (tag == "title" and bool(self.title))
        self._break(tag)

    def _break(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(("\n\n", False))

    def _count(self, tag: str, step: int) -> None:
        if tag == "title":
            self._in_title = max(0, self._in_title + step)
        elif tag == "pre":
            self._in_pre = max(0, self._in_pre + step)
        elif tag in ("article", "main"):
            self._in_article = max(0, self._in_article + step)

    def handle_data(self, data: str) -> None:
        if self._in_title:  # the first <title> outside dropped parts (not an <svg> icon's)
            if not self._dropping and not self._title_done:
                self.title.append(data)
            return
        in_form = bool(self._dropping) and all(tag == "form" for tag in self._dropping)
        if self._dropping and not in_form:
            return
        if self.h1 is not None:
            self.h1.append(data)
        self.parts.append((data if self._in_pre else re.sub(r"\s+", " ", data), in_form))


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Visible article text of an HTML page, with its title and published date (raw)."""
    page = _PageText()
    try:
        page.feed(html)
        page.close()
    except Exception:  # html.parser can still trip on broken markup; fall back to tag stripping
        page.parts = [(re.sub(r"<[^>]*>", " ", html), False)]
    in_forms = sum(len(text.strip()) for text, in_form in page.parts if in_form)
    keep_forms = in_forms > sum(len(text.strip()) for text, in_form in page.parts if not in_form)
    kept = "".join(text for text, in_form in page.parts if keep_forms or not in_form)
    lines = (line.strip() for line in kept.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = _collapse("".join(page.title)) or page.first_h1 or None
    return text, title, page.meta_published or page.time_published


def _collapse(text: str) -> str:
    return " ".join(text.split())
