"""Input bytes → text: UTF-8, UTF-16/32 with a byte-order mark, or plausible cp1252.

Anything else (binary data, a legacy CJK encoding, many control characters) becomes a
`Fault` naming the problem and the fix, never mojibake handed to the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

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


class Fault(NamedTuple):
    """Why an input unit cannot become an article: a reason code and a message for the user."""

    reason: str
    message: str


def decode_text(data: bytes, what: str) -> str | Fault:
    """Decode file bytes: UTF-8 (BOM stripped), UTF-16/32 with BOM, else clean cp1252."""
    if not data:
        return Fault("empty_input", f"{what} is empty; give it the article text or leave it out")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return checked_controls(data[len(bom) :].decode(codec), what)
            except UnicodeDecodeError:
                continue  # e.g. FF FE 00 00 may be UTF-16 LE, tried next
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return _undecodable(what)
    if b"\x00" in data:
        return _binary_fault(what)
    try:
        return checked_controls(data.decode("utf-8"), what)
    except UnicodeDecodeError:
        pass
    text = _cp1252_text(data)
    return checked_controls(text, what) if text is not None else _undecodable(what)


def decoded_lines(fh: BinaryIO, fid: str) -> Iterator[tuple[int, str | Fault]]:
    """Decoded non-blank lines of a JSONL file with their numbers; streamed.

    Line number 0 carries a fault of the whole file (binary, or undecodable UTF-16/32).
    """
    head = fh.read(8192)
    raw_lines: Iterator[bytes | str]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32: decode as a whole
        text = decode_text(head + fh.read(), fid)
        if isinstance(text, Fault):
            yield 0, text
            return
        raw_lines = iter(text.split("\n"))
    elif b"\x00" in head:
        yield 0, _binary_fault(fid)
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


def _binary_fault(what: str) -> Fault:
    """The fault for bytes holding NUL without a UTF-16/32 byte-order mark."""
    return Fault(
        "binary_input",
        f"{what} contains NUL bytes, so it is binary, not text (UTF-16 text needs a "
        "byte-order mark); give the plain-text article, saved as UTF-8",
    )


def _undecodable(what: str) -> Fault:
    return Fault(
        "undecodable_text",
        f"{what} is not valid UTF-8, UTF-16 (with BOM) or Windows-1252 text; re-save it as "
        f"UTF-8 (e.g. iconv -f EUC-KR -t UTF-8 in.txt > out.txt)",
    )


def checked_controls(text: str, what: str) -> str | Fault:
    """`text` unchanged, or a fault when its control characters say it is binary data."""
    # A few stray control characters are tolerated; a NUL or many of them mean binary data.
    controls = len(_CONTROLS.findall(text))
    if "\x00" in text or controls > max(1, len(text) // 100):
        return Fault(
            "binary_input",
            f"{what} looks binary ({controls} control characters), not text; give the "
            "plain-text article, saved as UTF-8",
        )
    return text


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    # Same text `open()` would give, so evidence offsets match what users read back.
    return text.replace("\r\n", "\n").replace("\r", "\n")
