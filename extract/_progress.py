"""Batch progress on stderr, without extra dependencies.

On a terminal: one line redrawn in place, at most 10 times a second. Otherwise
(a log file, CI): a plain line every `every` articles or every `interval`
seconds, whichever comes first. `quiet` prints only errors.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from typing import TextIO

from ._models import ArticleExtraction

_REDRAW_SECONDS = 0.1
_MAX_ERROR_LINES = 20


class Progress:
    """Counts finished articles and reports them; fed by the batch runner."""

    def __init__(
        self,
        *,
        stream: TextIO | None = None,
        quiet: bool = False,
        tty: bool | None = None,
        every: int = 100,
        interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.tty = self.stream.isatty() if tty is None else tty
        self.every = max(1, every)
        self.interval = interval
        self._clock = clock
        self.total: int | None = None
        self.done = 0
        self.failed = 0
        self.meetings = 0
        self.tokens = 0
        self.skipped = 0
        self._started = clock()
        self._last_draw = float("-inf")
        self._last_log_done = 0
        self._last_log_time = self._started
        self._drawn = False
        self._errors = 0

    # -- fed by the runner ---------------------------------------------------------
    def start(self, total: int | None = None, *, skipped: int = 0) -> None:
        self.total = total
        self.skipped = skipped
        self._started = self._last_log_time = self._clock()
        if skipped:
            self.info(f"resuming: {skipped} article(s) already in the output are skipped")

    def set_total(self, total: int) -> None:
        """Total articles, once known (may arrive from a counting thread)."""
        self.total = total

    def advance(self, result: ArticleExtraction) -> None:
        self.done += 1
        self.meetings += len(result.meetings)
        self.tokens += result.usage.prompt_tokens + result.usage.completion_tokens
        if result.error is not None:
            self.failed += 1
            self.error(f"{result.article_id}: {result.error.reason}: {result.error.message}")
        self.tick()

    def advance_reused(self, meetings: int) -> None:
        """A cached result reused as its stored line (no tokens, no error)."""
        self.done += 1
        self.meetings += meetings
        self.tick()

    def tick(self) -> None:
        """Redraw or log if it is time; called after each article and periodically."""
        if self.quiet:
            return
        now = self._clock()
        if self.tty:
            if now - self._last_draw >= _REDRAW_SECONDS:
                self._draw(now)
        elif self.done - self._last_log_done >= self.every or (
            now - self._last_log_time >= self.interval and self.done > self._last_log_done
        ):
            self._last_log_done, self._last_log_time = self.done, now
            self._write(f"[extract] {self.status_line(now)}\n")

    def finish(self) -> None:
        """Leave the terminal on a clean line (and log the final count)."""
        if self.quiet:
            return
        if self.tty:
            self._draw(self._clock())
            self._write("\n")
            self._drawn = False
        elif self.done != self._last_log_done:
            self._last_log_done = self.done
            self._write(f"[extract] {self.status_line(self._clock())}\n")

    # -- messages ------------------------------------------------------------------
    def info(self, message: str) -> None:
        if not self.quiet:
            self._line(message)

    def error(self, message: str) -> None:
        """Errors are always shown, but capped so a bad batch cannot flood the terminal."""
        self._errors += 1
        if self._errors <= _MAX_ERROR_LINES:
            self._line(f"error: {_one_line(message)}")
        elif self._errors == _MAX_ERROR_LINES + 1:
            self._line("error: further failures are not shown; they are recorded in the output")

    # -- formatting ----------------------------------------------------------------
    def status_line(self, now: float | None = None) -> str:
        now = self._clock() if now is None else now
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed * 60
        position = self.skipped + self.done  # resumed articles count as done
        parts = [f"{position}/{self.total}" if self.total else f"{position}"]
        if self.total:
            parts[0] += f" ({min(self._fraction(), 1.0):.0%})"
        parts += [
            f"{self.failed} failed",
            f"{self.meetings} meetings",
            f"{_human(self.tokens)} tokens",
            f"{rate:.1f}/min",
        ]
        remaining = (self.total - self.skipped - self.done) if self.total else None
        if remaining is not None and self.done and remaining > 0:
            parts.append(f"ETA {_duration(remaining / (self.done / elapsed))}")
        return " | ".join(parts)

    def _fraction(self) -> float:
        if not self.total:
            return 0.0
        return (self.skipped + self.done) / self.total

    def _draw(self, now: float) -> None:
        self._last_draw = now
        width = shutil.get_terminal_size((100, 20)).columns
        line = self.status_line(now)
        bar_width = min(30, width - 1 - len(line) - 3)
        if self.total and bar_width >= 10:  # the bar only when the numbers fit beside it
            filled = int(min(self._fraction(), 1.0) * bar_width)
            line = f"[{'#' * filled}{'.' * (bar_width - filled)}] {line}"
        self._write("\r" + line[: max(width - 1, 10)] + "\x1b[K")
        self._drawn = True

    def _line(self, message: str) -> None:
        if self.tty and self._drawn:
            self._write("\r\x1b[K")  # clear the bar; the next tick redraws it
            self._drawn = False
            self._last_draw = float("-inf")
        self._write(message + "\n")

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            pass  # a closed or broken stderr must not stop the batch


def _one_line(message: str, limit: int = 300) -> str:
    """The first line of a message, clipped: the full text is in the output file."""
    first = message.strip().splitlines()[0] if message.strip() else message
    clipped = first if len(first) <= limit else first[: limit - 1] + "…"
    return clipped + (" […]" if clipped != message.strip() else "")


def _human(count: int) -> str:
    for limit, suffix in ((1_000_000_000, "G"), (1_000_000, "M"), (1_000, "k")):
        if count >= limit:
            return f"{count / limit:.1f}{suffix}"
    return str(count)


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    if minutes:
        return f"{minutes}m{secs:02d}s"
    return f"{secs}s"
