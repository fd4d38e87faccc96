"""Dates: find date mentions in a text and resolve them against the publication date.

The model copies date words as written ("on the 25th (local time)", "last
Thursday"); this module turns them into calendar dates against the publication
date. A year is never guessed: without a publication date, an expression that
carries no year resolves to None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _cased(words: list[str]) -> str:
    # Month and weekday names count only when capitalized ("May 5", not "may"), or in
    # all caps as in datelines ("SEOUL, JUNE 25").
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return "|".join(sorted(forms, key=len, reverse=True))


_FULL_MONTHS = [m for m in _MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH = (
    rf"(?:{_cased(_FULL_MONTHS)}"  # an abbreviation may carry a period: "Sept. 3"
    rf"|(?:{_cased([m for m in _MONTHS if m not in _FULL_MONTHS])})(?:\.(?!\w))?)"
)
_WEEKDAY = rf"(?:{_cased(list(_WEEKDAYS))})"
_DAY = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])"
_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_RANGE_END = rf"(?:\s*(?:-|–|—|to|and)\s*(?:{_MONTH}\s+)?{_DAY})?"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"

_ISO = (
    rf"(?<![0-9])(?P<iy>{_YEAR})(?P<sep>[-/.])(?P<im>[0-9]{{1,2}})(?P=sep)"
    r"(?P<id>[0-9]{1,2})(?![0-9])"
)
_MDY = rf"(?P<mm>{_MONTH})\s+(?P<md>{_DAY}){_RANGE_END}(?:,?\s+(?P<my>{_YEAR}))?"
# "the second of April": a spelled ordinal, only before "of" and a month.
_SPELLED_DAYS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_SPELLED = rf"(?:(?<=the\s)(?:twenty-|thirty-)?(?:{'|'.join(_SPELLED_DAYS)})|thirtieth)(?=\s+of\s)"
_DMY = (
    rf"(?P<dd>{_DAY}|{_SPELLED}){_RANGE_END}\s+(?:of\s+)?(?P<dm>{_MONTH})"
    rf"(?:,?\s+(?P<dy>{_YEAR}))?"
)
# "17.03.2026": day.month.year with dots, as European and Turkish outlets write it (never
# with slashes, where 03/04 is ambiguous).
_DOTTED = r"(?<![0-9.])(?P<nd>[0-3]?[0-9])\.(?P<nm>[01]?[0-9])\.(?P<ny>(?:19|20)[0-9]{2})(?![0-9])"
# "MONDAY 13.9.": a schedule's day heading, day and month with dots, no year.
_WEEKDAY_DOTS = rf"{_WEEKDAY},?\s+(?P<xd>[0-3]?[0-9])\.(?P<xm>[01]?[0-9])\.(?![0-9])"
FULL_DATE = rf"(?:{_WEEKDAY_PREFIX}(?:{_ISO}|{_DOTTED}|{_MDY}|{_DMY})|{_WEEKDAY_DOTS})"
# "(local time)", "(KST)", "(Korea time)" or ", local time" after a date.
_NOTE = (
    r"(?:\s*\((?:[Ll]ocal(?: time)?|[A-Z]{2,5}(?: time)?|[A-Z][a-z]+ time)\)"
    r"|,?\s+local\s+time\b)?"
)

DATE_FLAGS = re.ASCII
_EXPLICIT_RE = re.compile(
    rf"(?<![\w-])(?:(?i:on|since|from|until|by)\s+)?(?:the\s+)?{FULL_DATE}{_NOTE}(?!\w)", DATE_FLAGS
)
# Days of the month in words, longest first ("twenty-first" before "first").
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_NUMBERS = (
    {w: i + 1 for i, w in enumerate(_ORDINALS)}
    | {
        f"{tens}-{w}": base + i + 1
        for tens, base in (("twenty", 20), ("thirty", 30))
        for i, w in enumerate(_ORDINALS[: 9 if base == 20 else 1])
    }
    | {"thirtieth": 30}
)
ORDINAL_WORDS = sorted(_ORDINAL_NUMBERS, key=len, reverse=True)
_ORDINAL_DAY_RE = re.compile(
    r"(?<![\w-])(?:(?i:on|since|by|until|from|for|to|till)\s+the\s+|the\s+(?=[0-9]{1,2}(?:st|nd|rd|th)\s*\()"
    # "the call of the 9th", "the meeting of the 14th"
    r"|(?:(?<=call )|(?<=talks )|(?<=meeting )|(?<=conversation )|(?<=visit ))of\s+the\s+"
    rf"|(?:(?i:on)\s+)?{_WEEKDAY},?\s+the\s+)"  # "on Monday the 14th"
    # "the eighth of next month": a day in words only with its month
    rf"(?:(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:{'|'.join(ORDINAL_WORDS)}))"
    r"(?=\s+of\s+(?i:next|last|this)\s+month))(?!\w)"
    r"(?:\s+of\s+(?P<of>(?i:next|last|this))\s+month)?" + _NOTE  # "the 9th of next month"
    + r"(?!\s+(?:anniversary|birthday|floor|century|round|session|edition|time|day|minute"
    r"|consecutive|straight|successive|year|annual|largest|biggest"
    r"|place|parallel|street|avenue|amendment|congress|plenary|meeting|summit"
    r"|of\s+(?!(?i:this|next|last)\s+month)))",
    DATE_FLAGS,
)  # fmt: skip
_WEEKDAY_RE = re.compile(
    r"(?<![\w-])(?:(?i:on)\s+)?"
    r"(?:(?P<cue>(?i:this\s+past|this\s+coming|last|next|this|past|coming))\s+)?"
    rf"(?P<wd>{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?{_NOTE}"
    # "on Thursday last week", "on Monday of next week": that day of a calendar week.
    r"(?:\s+(?:of\s+)?(?P<week>(?i:last|next|this))\s+week)?(?!\w)",
    DATE_FLAGS,
)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_RELATIVE_DAYS: dict[str, int] = {
    "the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
    "last night": -1, "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "earlier today": 0, "later today": 0, "tomorrow": 1,
    "the day before": -1, "the previous day": -1, "the day prior": -1,
    "a week from today": 7, "a week from tomorrow": 8,
}  # fmt: skip
_RELATIVE_WORDS = sorted(_RELATIVE_DAYS, key=len, reverse=True)
_RELATIVE_RE = re.compile(
    r"(?<![\w-])(?P<w>(?i:"
    + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _RELATIVE_WORDS)
    + r"))(?:\s+(?:morning|afternoon|evening|night))?" + _NOTE + r"(?!\w)"
    r"(?P<anchor>\s+(?:the|a|an|his|her|its|their|he|she|they|it|we)\s|\s+[A-Z])?",
    DATE_FLAGS,
)  # fmt: skip
_DAYS_AGO_RE = re.compile(
    r"(?<![\w-])(?P<n>[0-9]{1,2}|two|three|four|five|six|a\s+couple\s+of)\s+days\s+ago(?!\w)",
    DATE_FLAGS | re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"(?<![\w-])(?:(?:earlier|later)\s+(?:this|next|last)\s+(?:week|month|year)"
    r"|(?:early|late|mid-?)\s*(?:this|next|last)\s+(?:week|month|year)"
    r"|(?:this\s+past|this|last|next|the\s+previous|the\s+following|the\s+coming|the\s+past)\s+"
    r"(?:week|weekend|month|year)"
    r"|the\s+(?:next|following|same)\s+day|in\s+the\s+coming\s+(?:days|weeks|months)"
    r"|a\s+week\s+ago|(?:a\s+)?few\s+days\s+ago|recently)(?!\w)",
    DATE_FLAGS | re.IGNORECASE,
)
_MONTH_ONLY_RE = re.compile(
    r"(?<![\w-])(?:(?i:in|by|since|until|from)\s+(?:(?i:early|late|mid)[-\s])?|(?i:early|late|mid)[-\s])"
    rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?!\w)",
    DATE_FLAGS,
)
_WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text.

    `precise` says the expression names a single day; `date` is that day, or None
    when it cannot be resolved (no publication date for a year-less expression).
    Vague expressions ("last week") are found with `precise=False, date=None`.
    """

    text: str
    start: int
    end: int
    date: dt.date | None
    precise: bool


# --- mentions ------------------------------------------------------------------------


def find_date_mentions(
    text: str, published: dt.date | None, *, tense: str = "past"
) -> list[DateMention]:
    """Find date expressions in `text` and resolve them against `published`.

    `tense` ("past" for held meetings, "future" for planned ones) decides which way
    a bare weekday or day of month goes; explicit cues ("last", "next") override it.
    Overlapping expressions keep the longest; results are in text order.
    """
    if tense not in ("past", "future"):
        raise ValueError(f"tense must be 'past' or 'future', got {tense!r}")
    found: list[DateMention] = []
    for match in _EXPLICIT_RE.finditer(text):
        day = explicit_date(match, published, tense)
        if day is not None or has_no_year(match):
            found.append(_mention(match, day, precise=True))
    for match in _ORDINAL_DAY_RE.finditer(text):
        if match["of"]:
            day = _in_month_of(_day_number(match), published, match["of"].lower())
        else:
            day = _day_of_month(_day_number(match), published, tense)
        found.append(_mention(match, day, True))
    for match in _WEEKDAY_RE.finditer(text):
        if match.group() == match["wd"] and _NAME_AFTER.match(text, match.end()):
            continue  # a name, not a day: "Mr Sunday Adejumo", "the Sunday Times"
        found.append(_mention(match, _weekday(match, published, tense), precise=True))
    for match in _RELATIVE_RE.finditer(text):
        word = " ".join(match["w"].lower().split())
        if match["anchor"] and word.startswith("the day"):
            # "the day before the summit" is relative to an event, not to publication.
            end = match.start("anchor")
            found.append(DateMention(text[match.start() : end], match.start(), end, None, False))
            continue
        end = match.start("anchor") if match["anchor"] else match.end()
        day = _shift(published, _RELATIVE_DAYS[word])
        found.append(DateMention(text[match.start() : end], match.start(), end, day, True))
    for match in _DAYS_AGO_RE.finditer(text):
        count = match["n"].lower()
        days = int(count) if count.isdigit() else _WORD_NUMBERS.get(count)
        if days is None:  # "a couple of days ago"
            found.append(_mention(match, None, precise=False))
        else:
            found.append(_mention(match, _shift(published, -days), precise=True))
    for regex in (_VAGUE_RE, _MONTH_ONLY_RE):
        found.extend(_mention(match, None, precise=False) for match in regex.finditer(text))
    return _without_overlaps(found)


def _spelled_day(day: str) -> int | None:
    """ "second" → 2, "twenty-first" → 21, "thirtieth" → 30; digits → None."""
    word = day.lower()
    if word == "thirtieth":
        return 30
    tens, _, unit = word.rpartition("-")
    if unit not in _SPELLED_DAYS:
        return None
    return {"": 0, "twenty": 20, "thirty": 30}.get(tens, 0) + _SPELLED_DAYS.index(unit) + 1


def resolve_date(
    expression: str, published: dt.date | None, *, tense: str = "past"
) -> dt.date | None:
    """The date of the first precise, resolvable mention in `expression`, else None."""
    for mention in find_date_mentions(expression, published, tense=tense):
        if mention.precise and mention.date is not None:
            return mention.date
    return None


def _mention(match: re.Match[str], day: dt.date | None, precise: bool) -> DateMention:
    return DateMention(match.group(0), match.start(), match.end(), day, precise)


def _without_overlaps(found: list[DateMention]) -> list[DateMention]:
    # Longest first, then earliest; a precise reading beats a vague one of equal length.
    ranked = sorted(found, key=lambda m: (-(m.end - m.start), not m.precise, m.start))
    kept: list[DateMention] = []
    for mention in ranked:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def has_no_year(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    return not any(groups.get(g) for g in ("iy", "ny", "my", "dy"))


def explicit_date(match: re.Match[str], published: dt.date | None, tense: str) -> dt.date | None:
    """The date of an ISO / month-day / day-month match; None if invalid or year unknown."""
    groups = match.groupdict()
    if groups.get("iy"):
        return _safe_date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
    if groups.get("ny"):
        return _safe_date(int(groups["ny"]), int(groups["nm"]), int(groups["nd"]))
    if groups.get("xd"):
        if published is None:
            return None
        return _nearest_year(int(groups["xm"]), int(groups["xd"]), published, tense)
    if groups.get("mm"):
        month, day, year = groups["mm"], groups["md"], groups.get("my")
    elif groups.get("dm"):
        month, day, year = groups["dm"], groups["dd"], groups.get("dy")
    else:
        return None
    month_number = _MONTHS[month.rstrip(".").lower()]
    day_number = _spelled_day(day) or int(re.sub(r"[^0-9]", "", day))
    if year:
        return _safe_date(int(year), month_number, day_number)
    if published is None:
        return None
    return _nearest_year(month_number, day_number, published, tense)


def _nearest_year(month: int, day: int, published: dt.date, tense: str) -> dt.date | None:
    """Pick the year that puts month/day closest to publication, leaning towards `tense`.

    A day on the wrong side of publication (after it for past tense) counts double,
    so "December 30" in a June article is last December, while "June 26" in an
    article of June 25 stays in the same year (time zones, loose wording).
    """
    best: tuple[int, dt.date] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        candidate = _safe_date(year, month, day)
        if candidate is None:
            continue
        delta = (candidate - published).days
        wrong_side = delta > 0 if tense == "past" else delta < 0
        cost = abs(delta) * (2 if wrong_side else 1)
        if best is None or cost < best[0]:
            best = (cost, candidate)
    return best[1] if best else None


def _day_of_month(day: int, published: dt.date | None, tense: str) -> dt.date | None:
    """'on the 25th': that day in the publication month, else the month before/after."""
    if published is None or not 1 <= day <= 31:
        return None
    step = -1 if tense == "past" else 1
    year, month = published.year, published.month
    for _ in range(3):
        candidate = _safe_date(year, month, day)
        if candidate is not None and (
            (tense == "past" and candidate <= published)
            or (tense == "future" and candidate >= published)
        ):
            return candidate
        month += step
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
    return None


def _in_month_of(day: int, published: dt.date | None, which: str) -> dt.date | None:
    """ "the 9th of next month": that day of the month before, of or after publication."""
    if published is None:
        return None
    months = published.year * 12 + published.month - 1 + {"last": -1, "this": 0, "next": 1}[which]
    return _safe_date(months // 12, months % 12 + 1, day)


def _weekday(match: re.Match[str], published: dt.date | None, tense: str) -> dt.date | None:
    """Resolve a weekday name.

    "Thursday last week" → that day of the calendar week (Monday to Sunday) before
    publication's; "last"/"past" → strictly before publication; "next"/"coming" → strictly after;
    "this" → within the week on the `tense` side (same day included); a bare name →
    past: on or before publication, future: on or after.
    """
    if published is None:
        return None
    target = _WEEKDAYS.index(match["wd"].lower())
    if match["week"] and not match["cue"]:
        weeks = {"last": -1, "this": 0, "next": 1}[match["week"].lower()]
        return _shift(published, 7 * weeks + target - published.weekday())
    cue = " ".join((match["cue"] or "").lower().split())
    back = (published.weekday() - target) % 7  # days back to the most recent such day
    ahead = (target - published.weekday()) % 7
    if cue in ("last", "past", "this past"):
        return _shift(published, -(back or 7))
    if cue in ("next", "coming", "this coming"):
        return _shift(published, ahead or 7)
    if cue == "this":
        return _shift(published, -back if tense == "past" else ahead)
    if tense == "past":
        return _shift(published, -back)
    # "will meet on Thursday" in a Thursday article means that day, as "met on
    # Thursday" does for the past; "next Thursday" (above) is the week after.
    return _shift(published, ahead)


def _shift(published: dt.date | None, days: int) -> dt.date | None:
    if published is None:
        return None
    try:
        return published + dt.timedelta(days=days)
    except OverflowError:  # beyond year 1 or 9999
        return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_PERIOD_RE = re.compile(r"(?<![\w-])(last|this|next)\s+(week|month|year)(?!\w)", re.IGNORECASE)


def period_of(date_text: str | None, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of "last month", "next week", "this year" (against the
    publication date), or None: it rules out a day outside it, never sets one."""
    if published is None:
        return None
    match = _PERIOD_RE.search(date_text or "")
    if match is None:
        return _month_of(date_text or "", published)
    step = {"last": -1, "this": 0, "next": 1}[match[1].lower()]
    unit = match[2].lower()
    if unit == "week":
        first = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        last = first + dt.timedelta(days=6)
    elif unit == "year":
        first, last = dt.date(published.year + step, 1, 1), dt.date(published.year + step, 12, 31)
    else:
        month_index = published.year * 12 + published.month - 1 + step
        first = dt.date(month_index // 12, month_index % 12 + 1, 1)
        following = dt.date((month_index + 1) // 12, (month_index + 1) % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
    if step == 0 and (side := _BEFORE_OR_AFTER.search(date_text or "")):
        # "earlier this month" ends before the story's day, "later this week" after it
        day = dt.timedelta(days=1)
        if side[0].lower() == "earlier":
            last = min(last, published - day)
        else:
            first = max(first, published + day)
    return first, last


def outside_period(day: dt.date | None, period: tuple[dt.date, dt.date] | None) -> bool:
    """Does a known day fall outside a known period ("Monday" against "last month")?"""
    return day is not None and period is not None and not period[0] <= day <= period[1]


_BEFORE_OR_AFTER = re.compile(r"\b(?:earlier|later)\b", re.IGNORECASE)


# "in March", "in November 2026": a month with no day.
_IN_MONTH = re.compile(
    rf"^(?:(?:in|during|early|late)\s+|mid-?\s*)(?:{_cased(_FULL_MONTHS)})(?:\s+(\d{{4}}))?$",
    re.IGNORECASE,
)


_IN_YEAR = re.compile(r"^in\s+((?:19|20)\d\d)$", re.IGNORECASE)


def _month_of(date_text: str, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """ "in March": March of its year, else the March nearest the story (only to rule a
    day out, never to date a meeting)."""
    if year_only := _IN_YEAR.match(date_text.strip()):  # "in 2019": that whole year
        year = int(year_only[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    match = _IN_MONTH.match(date_text.strip())
    if match is None:
        return None
    word = re.split(r"[\s-]+", date_text.strip())[-2 if match[1] else -1]
    month = _MONTHS[word.lower()]
    if match[1]:
        years = [int(match[1])]
    else:
        years = [published.year - 1, published.year, published.year + 1]
    year = min(years, key=lambda y: abs((dt.date(y, month, 15) - published).days))
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


# A relative clause about a person or a thing: its day is of something else ("X, who
# opened the forum on Friday, ...").
CLAUSE_ABOUT_ELSE = re.compile(
    # (not "X, who phoned the Prime Minister on Tuesday, ...": that is the meeting)
    r",[ \t]+who[ \t]+(?!is|are|will|(?:was|had[ \t]+been)[ \t]+due|(?:tele)?phoned|called|met|"
    r"spoke|held|hosted|received)[^,;]*$|"
    # "the increase in trade, which exceeded 90 million euros last year": the trade's time
    r",[ \t]+which[ \t]+(?!took|was|were|is|are|will|would|had|has|lasted|began|started|ended)"
    r"(?![^,;]*\b(?:arranged|scheduled|planned|set|due|expected|fixed)\b)[^,;]*$"
)


def _day_number(match: re.Match[str]) -> int:
    """The day of an ordinal match: "9th" or "eighth"."""
    return int(match["d"]) if match["d"] else _ORDINAL_NUMBERS[match["w"].lower()]
