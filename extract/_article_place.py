"""The article's own place: the place of its event ("the summit in Miami"), else its
dateline, a header's place line or a byline's "in X"."""

from __future__ import annotations

import functools
import re

from ._countries import is_organization, normalize_country
from ._cues import CANCELLED, PLANNED
from ._published import NOT_PLACES, dateline_place

# A place's name: "Pretoria", "Dar es Salaam", "Port of Spain".
PLACE_NAME = (  # "St. George's" too
    r"(?:St\.[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+(?:(?:es|de|del|da|do|la|of)[ \t]+)?[A-Z][\w'’-]+){0,2}"
)
# A building or site, not a city: "the Wawel Royal Castle", "State House".
VENUE = re.compile(
    r"\b(?:Castle|Palace|Pal[aá]cio|Palais|Buildings?|House|Hall|Department|Ministry|Office|"
    r"Headquarters|Hotel|Cent(?:re|er)|Bridge|Residence|Villa|Vila|Torre|Chancellery|Embassy|"
    r"Mansion|Pavilion|Compound|Guesthouse|Kremlin|Parliament|Capitol|Casa|Assembly|Auberge)\b"
)
_EVENT_PLACE = re.compile(
    r"\b(?:summit|meeting|meetings|talks|conference|forum|gathering|session|dialogue|meet)\s+"
    rf"(?:in|at)[ \t]+({PLACE_NAME})"
)
# "KRAKÓW --", "SÃO PAULO, May 3": capitals, accented ones included (checked by isupper).
_DATELINE = re.compile(
    r"^([^\W\d_][^\W\d_'’. -]{1,30}?(?:[ ][^\W\d_][^\W\d_'’. -]{1,30}?){0,2})"
    r"(?:,|\s+[-–—]{1,2}|\s+\()",
    re.MULTILINE,
)


@functools.lru_cache(maxsize=64)  # asked by inherit_locations and add_cities per article
def article_place(text: str) -> str | None:
    """Where the article's events happen: "the summit in Miami", else the dateline city."""
    for event in _EVENT_PLACE.finditer(text):
        place = event.group(1)
        head = sentence_head(text, event.start())
        if PLANNED.search(head + event.group(0)) or AGREED_TO.search(head):
            continue  # "is expected to ... at a summit in Brussels next month": later
        tail = text[event.end() : event.end() + 200].split(". ")[0]
        if CANCELLED.search(tail) or PLANNED.search(tail):
            continue  # "a meeting in Basra ..., scheduled for next week, has been postponed"
        if WHO_ELSEWHERE.search(head):
            continue  # "X, who is attending a climate conference in Baku": not the story's
        if _IN_A_YEAR.match(text, event.end()):
            continue  # "the two first met at a WTO conference in Geneva in 2019": long ago
        if _NEXT_ONE.search(head):
            continue  # "to hold the council's next ordinary meeting in Quito": a later one
        if _INVITED_TO.search(head) or _LATER_ON.match(text, event.end()):
            continue  # "an invitation ... to attend a conference in New Delhi early next year"
        if _MONTH.match(place):
            continue  # "the Forum leaders' meeting in September": a time, not a place
        if VENUE.search(place):
            continue  # "talks at Parliament House": a building; its city comes later
        if not is_organization(place):  # "meetings at G20" names no place
            return place
    if (visit := _VISIT_TO.search(text)) and not PLANNED.search(sentence_head(text, visit.start())):
        # A release from home: "Tashkent, 23 April ... On 20-22 April, Deputy Minister X
        # paid a working visit to Berlin": the programme's meetings were in Berlin.
        place = visit.group(1)
        country = normalize_country(place)  # a capital gives its country; a country itself
        if (country is None or country[0] != place) and not is_organization(place):
            return place
    dateline = next(
        (
            d
            for d in _DATELINE.finditer(text[:400])
            if d.group(1).isupper()
            and d.group(1).casefold() not in NOT_PLACES
            and len(d.group(1)) > 2  # "PH, Brunei sign ...": a headline's country code
        ),
        None,
    )
    if dateline:
        return dateline.group(1).strip().title()
    dated = dateline_place(text)  # "Asunción, 3 Jul 2026 (EFE).-"
    if dated is None and (own_line := _PLACE_LINE.search(text[:400])):
        return own_line.group(1).strip().title()
    if dated is None and (under := _UNDER_MASTHEAD.match(text)):
        return under.group(1)  # "THE HARBOUR COURIER\nHalifax, Nova Scotia"
    if dated is None and (byline := _BYLINE_PLACE.search(text[:600])):
        # "By Mariela Cruz, in Esquipulas", "By a Staff Correspondent, GABORONE"
        place = byline.group(1) or byline.group(2).title()
        return None if place.casefold() in NOT_PLACES else place
    header = _HEADER_PLACE.search(text[:400]) if dated is None else None
    if header and normalize_country(header.group(1)) is not None:  # a known city, not "News"
        return header.group(1)  # "KTV News | Port Moresby | Thursday 24 September 2026"
    return dated.title() if dated and dated.isupper() else dated


_VISIT_TO = re.compile(
    r"\b(?:paid|made)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,2}visit[ \t]+to[ \t]+"
    rf"({PLACE_NAME})"
)


# A header's place on a line of its own, above the publication line: "BISHKEK\nPublished -
# July 15, 2026".
_PLACE_LINE = re.compile(
    r"^(?!.*\b(?:PRESS|RELEASE|STATEMENT|MINISTRY|NEWS|LIVE|UPDATE|BULLETIN|TRANSCRIPT|"
    r"REPORT|OFFICE|DEPARTMENT|EMBASSY|ANALYSIS|OPINION|EDITORIAL|FEATURE|END|"
    # a newspaper's name: "THE KAGERA CHRONICLE"
    r"CHRONICLE|TIMES|HERALD|POST|GAZETTE|TRIBUNE|JOURNAL|COURIER|OBSERVER|DAILY|WEEKLY|"
    r"EXPRESS|MONITOR|GUARDIAN|STANDARD|MIRROR|STAR|SUN|BRIEF|DIGEST|REVIEW)\b)"
    r"([A-Z][A-Z'’.-]{2,30}(?:[ ][A-Z][A-Z'’.-]{1,30}){0,2})[ \t]*\n"
    r"(?=(?:Published|Updated|Posted|UPDATED|PUBLISHED)\b|[^\n]{0,40}\b(?:19|20)\d\d\b)",
    re.MULTILINE,
)


# A paper's place on the line under its name: "THE HARBOUR COURIER\nHalifax, Nova Scotia".
_UNDER_MASTHEAD = re.compile(
    r"\A[ \t]*[A-Z][A-Z'’. &-]{2,40}[ \t]*\n[ \t]*([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?),"
    r"[ \t]+[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?[ \t]*\n"
)
_HEADER_PLACE = re.compile(
    r"^[^\n|]{2,40}\|[ \t]*([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2})[ \t]*\|[^\n]*"
    r"\b(?:19|20)\d\d\b",
    re.MULTILINE,
)
_BYLINE_PLACE = re.compile(
    r"^By[ \t][^\n,]{3,60},[ \t]+(?:in[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)|"
    r"([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?))[ \t]*$",
    re.MULTILINE,
)


# A month's name: a time, never a place ("the leaders' meeting in September").
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
_MONTH = re.compile(MONTH_NAME)
# "in Geneva in 2019", "their summit in Palau in September": another time's event
_IN_A_YEAR = re.compile(rf"[ \t]+in[ \t]+(?:(?:19|20)\d\d\b|{MONTH_NAME})")
_NEXT_ONE = re.compile(r"\b(?:next|upcoming|future)(?:[ \t]+[\w'’-]+){0,2}[ \t]*$", re.I)
_INVITED_TO = re.compile(r"\binvit(?:ation|ations|ed|es|ing)\b[^.;]*\bto[ \t]+\w+[^.;]*$")
_LATER_ON = re.compile(
    r"[ \t]+(?:(?:(?:early|late|later)[ \t]+)?next|later[ \t]+this)[ \t]+"
    r"(?:year|month|spring|summer|autumn|fall|winter)\b"
)
WHO_ELSEWHERE = re.compile(r",[ \t]+who[ \t][^,;]*$")
AGREED_TO = re.compile(
    r"\b(?:agreed|agree|agreeing|pledged|committed|decided|vowed|promised)\b[^.;]*$", re.I
)


def sentence_head(passage_text: str, start: int) -> str:
    """The words of the sentence before `start`."""
    return re.split(r"[.!?](?:\s|$)", passage_text[max(0, start - 200) : start])[-1]
