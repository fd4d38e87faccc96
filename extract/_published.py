"""The publication date: parse one given by the user, or detect it in the article.

Also where the story starts (`dateline_end`): a headline, a date line and a dateline
above the first sentence date the article, never a meeting.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ._dates import DATE_FLAGS, FULL_DATE, explicit_date, has_no_year
from ._exceptions import InputError


def parse_published(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """Turn a publication date given by the user into a `date`.

    Accepts dates, datetimes, ISO strings (with or without time and zone),
    "March 3, 2026", "3 March 2026", "2026/03/03" (optionally with a weekday or a
    trailing time). None or a blank string means "not given" and returns None.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(
            f"published date must be a string or a date, got {type(value).__name__}; "
            "pass an ISO date such as 2026-03-03"
        )
    raw = value.strip()
    if not raw:
        return None
    for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
        try:
            parsed = parse(raw.replace("Z", "+00:00") if raw.endswith("Z") else raw)
        except ValueError:
            continue
        return parsed.date() if isinstance(parsed, dt.datetime) else parsed
    match = re.fullmatch(rf"\s*{FULL_DATE}(?P<rest>.*)", raw, DATE_FLAGS | re.DOTALL)
    if match and _is_time_tail(match.group("rest")):
        if has_no_year(match):
            raise InputError(
                f"published date {value!r} has no year; give the full date, e.g. 2026-03-03"
            )
        found = explicit_date(match, None, "past")
        if found is not None:
            return found
        raise InputError(
            f"published date {value!r} is not a real calendar date; "
            "check the day and month, e.g. 2026-03-03"
        )
    raise InputError(
        f"published date {value!r} is not a date this tool understands; "
        "use ISO form (2026-03-03) or e.g. 'March 3, 2026'"
    )


_TIME_TAIL_RE = re.compile(
    r"\s*(?:[,|·•/-]\s*)?(?:(?:at\s+)?[0-9]{1,2}(?:[:.][0-9]{2}){0,2}\s*(?:[ap]\.?m\.?)?"
    r"|T[0-9:.]+)?\s*(?:Z|[A-Z]{2,5}|(?:UTC|GMT)?\s*[+-][0-9]{1,2}(?::?[0-9]{2})?)?\s*"
    # "Friday 10 July 2026, 07:00 - Transcript": a broadcast's header
    r"(?:[-–—|]\s*(?:transcript|live|audio|video|bulletin|podcast|broadcast)\s*)?",
    DATE_FLAGS | re.IGNORECASE,
)


def _is_time_tail(rest: str) -> bool:
    return _TIME_TAIL_RE.fullmatch(rest) is not None


# --- publication date in the article ------------------------------------------------

_HEAD_CHARS = 600
_PUBLISHED_LABEL_RE = re.compile(
    rf"(?<!\w)(?P<label>First\s+published|Published|Posted|Last\s+updated|Updated|Modified|"
    r"Broadcast|Aired)"
    rf"(?:\s+(?:on|at))?\s*[:\-–]?\s*{FULL_DATE}",
    DATE_FLAGS | re.IGNORECASE,
)
_PLACE_WORD = r"[^\W\d_][\w.'’\-]*"
# Spelled out: the date patterns are ASCII-only ("TROMSØ, Sept. 10, 2026").
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ.'’\-]*"
_DATELINE_RE = re.compile(
    rf"^[ \t]*(?:{_LATIN_WORD}[ \t]+){{0,3}}{_LATIN_WORD}"  # capitalized place words
    rf"(?:,\s*{_LATIN_WORD}(?:[ \t]+{_LATIN_WORD}){{0,2}})?\s*"
    rf"(?:\([^()\n]{{1,40}}\)\s*)?[,:/\-–—]?\s*{FULL_DATE}\s*(?:\([^()\n]{{1,40}}\)\s*)?"
    # or a line of its own: "Caracas, 14 May 2027"; "Baku / 15 October 2026 / (translated)"
    r"(?:--|[-–—:/]|(?<=\d)[ \t]*$)",
    DATE_FLAGS | re.MULTILINE,
)
# "By Jane Doe | June 25, 2025", "Burak Demirtaş | 17.03.2026 - Update : 17.03.2026".
_BYLINE_RE = re.compile(
    rf"^[ \t]*(?:By\s[^\n]{{1,80}}?(?:[|·•,—–]|\s-)|[^\n|·•]{{1,60}}?\s[|·•])\s*{FULL_DATE}",
    DATE_FLAGS | re.MULTILINE,
)
_HEADER_RE = re.compile(
    rf"^[ \t]*(?:(?:Date|Time)\s*:?\s*)?{FULL_DATE}(?P<rest>[^\n]*)$", DATE_FLAGS | re.MULTILINE
)


def a_date_line(text: str, where: tuple[int, int]) -> bool:
    """Are the words at `where` a publication line ("5:12 pm on 3 June 2026", "Updated
    on 3 June 2026" under the byline), not a diary's heading ("Wednesday, 7 October")?"""
    start = text.rfind("\n", 0, where[0]) + 1
    end = text.find("\n", where[1])
    if end < 0:
        return False  # the passage's last line: a sentence, not a header
    rest = (text[start : where[0]] + text[where[1] : end]).strip()
    if not rest:  # the words are the whole line: a stamp if they hold a clock time
        return _CLOCK.search(text, where[0], where[1]) is not None
    return _STAMP.fullmatch(rest) is not None


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}[ \t]*(?:am|pm|AM|PM)\b")
# What stands beside the date on a publication line: "5:12 pm", "Updated", "|".
_STAMP = re.compile(
    r"(?:(?:\d{1,2}[:.]\d{2}[ \t]*(?:am|pm|AM|PM)?|Updated|Published|Posted)[ \t|,-]*)+"
    r"(?:on|at)?"
)


def dateline_end(text: str) -> int:
    """Offset just past a leading dateline ("SEOUL, June 26, 2025 (Yonhap) --",
    "BRASÍLIA, Nov 5 --", "JERUSALEM --"), else 0.

    A headline and a date line under it ("Oct 14, 2026, 07:30 am") above the dateline
    are skipped with it: none of them dates the meeting.
    """
    match = _dateline(text)
    return match.end() if match else 0


def dateline_place(text: str) -> str | None:
    """The city of a leading dateline ("Asunción, 3 Jul 2026 (EFE).-", "KRAKÓW --"), else
    None."""
    match = _dateline(text)
    if match is None:
        return None
    return re.split(r"[,.](?:\s|$)", match["place"])[0].strip()  # "ASTANA. KAZINFORM" → ASTANA


def _dateline(text: str) -> re.Match[str] | None:
    """A leading dateline that carries a date or an agency, or is in capitals."""
    return _dateline_in(text[:_HEADLINE_CHARS])


@lru_cache(maxsize=256)  # the rules ask it of the same passage and sentence several times
def _dateline_in(head: str) -> re.Match[str] | None:
    for match in _STORY_START_RE.finditer(head):
        before = head[: match.start()]
        if before and not (before.endswith("\n") and not _SENTENCE_END.search(before)):
            return None
        if match["place"].split(",")[0].strip().casefold() in NOT_PLACES:
            continue  # "Friday, 19 March 2027": a date line, not a dateline
        if _NOT_A_TOWN.search(match["place"]):
            continue  # "The Secretary-General's week: 9 to 13 March 2026": a heading
        if match["date"] or match["agency"] or match["place"].isupper():
            return match
    return None


_STORY_START_RE = re.compile(
    rf"^[ \t]*(?P<place>(?:{_PLACE_WORD}[ \t]+){{0,3}}{_PLACE_WORD}"
    rf"(?:,[ \t]*{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})?)[ \t]*"
    rf"(?P<agency>\([^()\n]{{1,40}}\)[ \t]*)?(?:(?:[,:]|[ \t]/)?[ \t]*(?P<date>{FULL_DATE}))?[ \t]*"
    # "SEOUL, June 26, 2025 (Yonhap) --"; EFE's "Asunción, 3 Jul 2026 (EFE).-".
    # AKP's "Phnom Penh, September 16, 2027 AKP --": an agency after the date, unbracketed.
    rf"(?:\([^()\n]{{1,40}}\)[ \t]*|(?<=\d[ \t])[A-Z]{{2,8}}[ \t]*)?"
    r"(?:--|[–—]|(?<=[ \t])-(?=[ \t])|(?<=\))\.-"
    # A press release's own line: "Caracas, 14 May 2027" (ends with the date's year).
    r"|(?<=\d)(?=[ \t]*\n)"
    r"|(?<=\d)[ \t]*/(?=[ \t]))",  # "Baku / 15 October 2026 / (translated from ...)"
    re.MULTILINE,  # not ASCII-only: "BRASÍLIA", "KRAKÓW"
)
_HEADLINE_CHARS = 300
# A possessive, or a lower-case word that is no particle of a town's name ("week").
_NOT_A_TOWN = re.compile(
    r"['’]s\b|(?<![\w'’-])(?!(?:de|del|da|do|dos|das|di|la|le|les|el|al|am|an|of|the|en|sur|"
    r"upon|on)\b)[a-z][\w'’-]*"
)
NOT_PLACES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday updated published posted date "
    # a heading's label: "TRANSCRIPT — NATIONAL TELEVISION NEWS", "ANCHOR (ZAINAB YUSUF):"
    "transcript live update breaking exclusive analysis opinion editorial feature interview "
    "comment profile explainer factbox correction refile wrapup anchor correspondent reporter "
    "host presenter moderator broadcast aired filed".split()
)
# A sentence ending in a headline; "U.S." and "E.U." are not one.
# Not an initial, nor a release's "Press Release No. 112/2026".
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bNo)(?<!\bNr)[.!?](?:\s|$)")


def story_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a dated dateline gives the story ("Belgrade, February 23 (MTI) -", a day
    before publication): what its "today" and "on Friday" count from. Else `published`."""
    if published is None:
        return None
    match = _DATELINE_RE.search(text[:_HEAD_CHARS])
    day = explicit_date(match, published, "past") if match else None
    return day if day is not None and 0 < (published - day).days <= 3 else published


def detect_published(text: str) -> tuple[dt.date, str] | None:
    """Find the publication date near the top of an article.

    Looks at the first ~600 characters for, in order of trust: a "Published ..." /
    "Posted ..." line, a wire dateline ("SEOUL, March 3, 2026 (Yonhap) --"), a
    date line under the headline ("Jun 25, 2025, 08:52 am") or a byline carrying a
    date, then an "Updated ..." line. Returns (date, source) with source
    "published_line", "dateline" or "header", or None. Only dates with a year count.
    """
    head = text[:_HEAD_CHARS]
    updated: dt.date | None = None
    for match in _PUBLISHED_LABEL_RE.finditer(head):
        found = explicit_date(match, None, "past")
        if found is None:
            continue
        if match.group("label").lower().split()[-1] in {"published", "posted"}:
            return found, "published_line"
        updated = updated or found
    for match in _DATELINE_RE.finditer(head):
        found = explicit_date(match, None, "past")
        if found is not None:
            return found, "dateline"
    for match in _HEADER_RE.finditer(head):
        rest = match.group("rest")
        if _is_time_tail(rest) or re.match(r"\s*[|·•]", rest):
            found = explicit_date(match, None, "past")
            if found is not None:
                return found, "header"
    for match in _BYLINE_RE.finditer(head):  # "By Jane Doe | June 25, 2025"
        found = explicit_date(match, None, "past")
        if found is not None:
            return found, "header"
    if updated is not None:
        return updated, "published_line"
    return None
