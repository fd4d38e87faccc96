"""A day-by-day timeline's headings: "MONDAY", "Tuesday, 11 August" on a line of their own
above the day's items. The items are told in the present tense ("Formal talks with X",
"Kaupa flies to Gizo for talks with Y"): under a heading for a day gone by they happened,
on that day."""

from __future__ import annotations

import datetime as dt
import functools
import re

from ._dates import find_date_mentions

# A heading line: a weekday, maybe with its date ("TUESDAY", "Tuesday, 11 August").
_DAY_HEADING = re.compile(
    r"^[ \t]*(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    # "THURSDAY, 4 MARCH", "WEDNESDAY, 3 MARCH — NATIONAL DAY (Liberation of Bulgaria)"
    # "MONDAY 11": the day of the month alone
    r"(?:,?[ \t]+[0-3]?[0-9][ \t]+[A-Z][A-Za-z]+|,?[ \t]+[A-Z][A-Za-z]+[ \t]+[0-3]?[0-9]|"
    r",?[ \t]+[0-3]?[0-9])?"
    r"(?:[ \t]+[—–-][ \t]+[^\n]{1,60})?[ \t]*$",
    re.MULTILINE,
)
# Any other heading, which ends the day's items: "NEXT WEEK".
_OTHER_HEADING = re.compile(r"^[ \t]*[A-Z][A-Z '’-]{2,40}[ \t]*$", re.MULTILINE)


@functools.lru_cache(maxsize=64)
def _headings(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each day heading, when the article has two or more of them."""
    found = tuple((m.start(), m.end()) for m in _DAY_HEADING.finditer(text))
    return found if len(found) > 1 else ()


def is_timeline(text: str) -> bool:
    """Is the article told day by day under weekday headings?"""
    return bool(_headings(text))


def heading_day(text: str, at: int, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day and words of the day heading the item at `at` falls under, when it is a
    day before the story's (no other heading between)."""
    found = _heading_of(text, at, published, "past")
    if found is None or published is None or found[0] >= published:
        return None
    return found


def agenda_day(text: str, at: int, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day of an agenda's heading ("THURSDAY, 4 MARCH") the item at `at` falls under,
    when it is a day after the story's: the item is a plan for that day."""
    found = _heading_of(text, at, published, "future")
    if found is None or published is None or found[0] <= published:
        return None
    # a bare "FRIDAY" may be the story's own day, told as it ended: not a plan
    return found if re.search(r"[0-9]", found[1]) else None


def _heading_of(
    text: str, at: int, published: dt.date | None, tense: str
) -> tuple[dt.date, str] | None:
    if published is None:
        return None
    above = [h for h in _headings(text) if h[0] <= at]  # the item's sentence may start with it
    if not above:
        return None
    start, end = above[-1]
    if any(start < m.start() <= at for m in _OTHER_HEADING.finditer(text, end, at + 80)):
        return None  # "NEXT WEEK": not this day's item
    words = text[start:end].strip()
    day = re.split(r"[ \t]+[—–-][ \t]+", words)[0].title()
    if bare := _BARE_DAY_NUMBER.match(day):  # "MONDAY 11": the 11th that is a Monday
        found = _weekday_of_month(bare[1], int(bare[2]), published)
        return (found, words) if found else None
    days = [m for m in find_date_mentions(day, published, tense=tense) if m.precise]
    if not days or days[0].date is None:
        return None
    return days[0].date, words


_BARE_DAY_NUMBER = re.compile(r"^(\w+day),?[ \t]+([0-3]?[0-9])$")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_numbered(line: str, published: dt.date) -> dt.date | None:
    """The day of a "MONDAY 11" line: the 11th, near the story's day, that is a Monday."""
    bare = _BARE_DAY_NUMBER.match(line.strip().title())
    return _weekday_of_month(bare[1], int(bare[2]), published) if bare else None


def _weekday_of_month(weekday: str, number: int, published: dt.date) -> dt.date | None:
    """The day numbered `number` nearest the story's that falls on `weekday`, within two
    months either side ("TUESDAY 12" under a story of Sunday 10 January: 12 January)."""
    wanted = _WEEKDAYS.index(weekday.lower()) if weekday.lower() in _WEEKDAYS else None
    options = []
    for shift in range(-2, 3):
        index = published.year * 12 + published.month - 1 + shift
        try:
            day = dt.date(index // 12, index % 12 + 1, number)
        except ValueError:
            continue
        if day.weekday() == wanted:
            options.append(day)
    return min(options, key=lambda d: abs((d - published).days)) if options else None
