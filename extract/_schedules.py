"""A published schedule or diary: time-stamped entries under day headings ("MONDAY 13.9.",
"10:00 Telephone call with X"), told in the present for days still ahead.

An entry's day is its heading's, and an entry on or after the publication day is a plan,
not a meeting held (unless it says it was called off).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ._dates import find_date_mentions
from ._lead_day import ENTRY_TIME
from ._timeline_days import weekday_numbered

if TYPE_CHECKING:
    from ._candidates import Candidate

# A line that is only a day: "MONDAY 13.9.", "Wednesday 15 September", "TUESDAY, JUNE 3".
_HEADING = re.compile(r"^[ \t]*[A-Za-z][^\n]{2,40}$", re.MULTILINE)
# "PUBLIC SCHEDULE: Minister ...", "Programme of the visit", "The week ahead".
_SCHEDULE = re.compile(r"\b(?:schedule|programme|program|week ahead|agenda|diary)\b", re.I)
# Past-tense wording: "met", "held talks" tell a meeting that took place.
_PAST = re.compile(r"\b(?:met|held|spoke|signed|agreed|received|hosted|visited)\b")


def day_headings(text: str, published: dt.date | None) -> list[tuple[int, dt.date, str]]:
    """(offset, day, as written) of each line that is a day and nothing else."""
    if published is None:
        return []
    out = []
    for line in _HEADING.finditer(text):
        if numbered := weekday_numbered(line.group(), published):  # "TUESDAY 12"
            start = line.start() + len(line.group()) - len(line.group().lstrip())
            out.append((start, numbered, line.group().strip()))
            continue
        days = find_date_mentions(line.group(), published, tense="future")
        if len(days) == 1 and days[0].date and days[0].precise:
            rest = line.group()[: days[0].start] + line.group()[days[0].end :]
            if not rest.strip(" \t.,:-"):
                start = line.start() + days[0].start
                out.append((start, days[0].date, text[start : line.start() + days[0].end]))
    return out


def date_entries(candidates: list[Candidate], text: str, published: dt.date | None) -> None:
    """Time-stamped entries, and undated ones right under a day heading, take the day of
    the heading above them; in a schedule, entries on or after the publication day are
    plans."""
    undated = [c for c in candidates if c.date is None and c.date_text is None]
    if not undated and not any(ENTRY_TIME.match(c.sentence.text) for c in candidates):
        return
    headings = day_headings(text, published)
    for cand in undated:
        # A bulletin's "Monday, 5 October" line, then "The Minister ... held a telephone
        # conversation with ...": the entry right under a day heading is of that day.
        above = _heading_above(headings, cand)
        if above and not text[above[0] + len(above[2]) : cand.sentence.start].strip():
            _take_day(cand, above)
    schedule = published is not None and _SCHEDULE.search(text[:300]) is not None
    for cand in candidates:
        if not ENTRY_TIME.match(cand.sentence.text):
            continue
        above = _heading_above(headings, cand)
        # The heading's day, unless the entry has a day of its own after the heading.
        own = cand.date_span is not None and above and cand.date_span[0] > above[0]
        if above and not own:
            _take_day(cand, above)
        if (
            schedule
            and published is not None
            and cand.status == "held"
            and cand.date is not None
            and cand.date >= published
            and not _PAST.search(cand.sentence.text)
        ):
            cand.status = "planned"


def _heading_above(
    headings: list[tuple[int, dt.date, str]], cand: Candidate
) -> tuple[int, dt.date, str] | None:
    """The last day heading before the candidate's sentence, if any."""
    above = [h for h in headings if h[0] < cand.sentence.start]
    return above[-1] if above else None


def _take_day(cand: Candidate, heading: tuple[int, dt.date, str]) -> None:
    start, day, written = heading
    cand.date, cand.date_text = day, written
    cand.date_span = (start, start + len(written))
