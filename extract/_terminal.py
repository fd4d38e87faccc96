"""What `extract` prints: one article's meetings, a results table, articles in
input order as they finish, and one-line errors and warnings on stderr.

Plain text only (no colour, no cursor control), so output reads the same piped
into a file or `less`. Progress lines live in `_progress`.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import TextIO

from ._models import ArticleExtraction, Meeting, Official

_KINDS = {"in_person": "in person", "call": "phone call", "virtual": "video call"}


def format_article(result: ArticleExtraction) -> str:
    """One article's meetings, readably, for the terminal."""
    head = result.article_id + (f" — {result.title}" if result.title else "")
    if result.published:
        head += f" ({result.published.isoformat()})"
    lines = [f"== {head}"]
    if result.error is not None:
        lines.append(f"  FAILED {result.error.reason}: {result.error.message}")
    elif not result.meetings:
        lines.append("  no meetings found")
    for n, meeting in enumerate(result.meetings, 1):
        facts = [
            _when(meeting),
            meeting.location or "place not stated",
            _KINDS.get(meeting.kind.value, meeting.kind.value),
            meeting.status.value,
            *([meeting.occasion] if meeting.occasion else []),
        ]
        lines.append(f"  {n}. " + " · ".join(facts))
        lines += [f"     - {_person(p)}" for p in meeting.participants]
        if meeting.topics:
            lines.append(f"     topics: {', '.join(meeting.topics)}")
        lines += [
            f"     agreed ({a.type.value.replace('_', ' ')}): {a.summary}"
            for a in meeting.agreements
        ]
        if meeting.evidence:
            lines.append(f'     source: "{_clip(meeting.evidence[0].quote, 110)}"')
    return "\n".join(lines) + "\n"


def format_table(results: Sequence[ArticleExtraction], width: int | None = None) -> str:
    """All meetings of a results file as one table, then failures and totals."""
    headers = ["ARTICLE", "DATE", "PLACE", "KIND", "STATUS", "PARTICIPANTS", "AGREED"]
    rows: list[list[str]] = []
    for result in results:
        if result.error is None and not result.meetings:
            rows.append([result.article_id, "", "", "", "", "(no meetings)", ""])
        for n, m in enumerate(result.meetings):
            rows.append(
                [
                    result.article_id if n == 0 else "",
                    _when(m),
                    m.location or "",
                    _KINDS.get(m.kind.value, m.kind.value),
                    m.status.value,
                    "; ".join(_person(p) for p in m.participants),
                    "; ".join(a.summary for a in m.agreements),
                ]
            )
    out = [wrapped_table(headers, rows, width or shutil.get_terminal_size((120, 20)).columns)]
    failed = [r for r in results if r.error is not None]
    out += [
        f"FAILED {r.article_id}: {r.error.reason}: {r.error.message}"
        for r in failed
        if r.error is not None
    ]
    meetings = sum(len(r.meetings) for r in results)
    out.append(f"{len(results)} articles, {meetings} meetings, {len(failed)} failed")
    return "\n".join(out)


def _when(meeting: Meeting) -> str:
    if meeting.date is not None:
        return meeting.date.isoformat()
    return f'"{meeting.date_text}"' if meeting.date_text else "date unknown"


def _person(person: Official) -> str:
    extra = ", ".join(x for x in (person.title, person.country) if x)
    return f"{person.name} ({extra})" if extra else person.name


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wrapped_table(headers: list[str], rows: list[list[str]], width: int) -> str:
    """A plain-text table; the widest columns are narrowed and wrapped to fit `width`."""
    widths = [max(len(c) for c in col) for col in zip(headers, *rows, strict=True)]
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    lines = []
    for row in [headers, *rows]:
        cells = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths, strict=True)]
        for k in range(max(len(c) for c in cells)):
            parts = [
                (c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths, strict=True)
            ]
            lines.append("  ".join(parts).rstrip())
    return "\n".join(lines)


class OrderedPrinter:
    """Prints each article's meetings in input order, as soon as it can."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._pending: dict[int, ArticleExtraction] = {}
        self._next = 0

    def add(self, index: int, result: ArticleExtraction) -> None:
        self._pending[index] = result
        while self._next in self._pending:
            self.stream.write(format_article(self._pending.pop(self._next)) + "\n")
            self.stream.flush()
            self._next += 1


def warnings_to_stderr() -> None:
    """Our warnings as one-liners on stderr; libraries' retry chatter stays out.

    Failures are reported once, per article, by the batch (and kept in the output).
    """
    ours = logging.getLogger("extract")
    # Not `if not ours.handlers`: the library gives its logger a NullHandler.
    if not any(isinstance(h, _StderrHandler) for h in ours.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("extract: warning: %(message)s"))
        ours.addHandler(handler)
        ours.setLevel(logging.WARNING)
        ours.propagate = False
    # openai 3 ships its HTTP stack as httpx2/httpcore2; older versions use httpx/httpcore.
    for noisy in ("instructor", "openai", "httpx", "httpx2", "httpcore", "httpcore2"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)


class _StderrHandler(logging.Handler):
    """Writes to whatever `sys.stderr` is at the time (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        print(self.format(record), file=sys.stderr)


def error(message: str) -> None:
    print(f"extract: error: {message}", file=sys.stderr)


def silence_stdout() -> None:
    """After a closed pipe (`extract show … | head`): keep Python's exit flush quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
