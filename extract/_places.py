"""Where meetings took place when their own sentence states no place (`_stated_place`):
one inherited from the article.

Meetings at one gathering share its place; a venue ("Wawel Royal Castle") gets its city;
with no place stated anywhere, the article's event or dateline city stands in.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ._article_place import (
    AGREED_TO,
    PLACE_NAME,
    VENUE,
    WHO_ELSEWHERE,
    article_place,
    sentence_head,
)
from ._countries import is_organization, iso_country_name, normalize_country
from ._cues import PLANNED, occasion_in
from ._dates import period_of
from ._passages import lead_passage, passages
from ._stated_place import is_place

if TYPE_CHECKING:
    from ._candidates import Candidate

_EVENT_MENTION = re.compile(r"\b(?:summit|forum|conference|sidelines|gathering)\b", re.IGNORECASE)


def inherit_locations(
    meetings: list[Candidate], text: str, published: dt.date | None = None
) -> None:
    """Meetings at one gathering share its place when only some sentences state it.

    A meeting held in person without a place takes the one place of the other meetings
    held that day, else the one place of all meetings held, else (none has a place) the
    article's place: its event or dateline. Planned and cancelled meetings elsewhere
    ("then fly to Buenos Aires") do not count.
    """
    held = [m for m in meetings if m.status == "held" and m.kind == "in_person"]
    # Not a past one told as background ("met in Kigali in March 2018"): its own time.
    places = _places([m for m in held if not _long_ago(m)])
    if len(_places(meetings)) <= 1:
        event = occasion_in(text)
        for m in meetings:
            # "on the first day of the summit": the article's named event.
            if m.occasion is None and event and _EVENT_MENTION.search(m.passage.text):
                m.occasion = event
    own = article_place(text)
    if len(places) == 1:
        fallback: str | None = next(iter(places.values()))
    else:
        fallback = own if not places else None
    _cities_for_countries(meetings, own)
    # a roundup: "PARAMARIBO - Presidents ...", or a digest's "BRIDGETOWN: GAS DEAL" headings
    if len(_SECTION.findall(text)) > 1 or len(_HEADING.findall(text)) > 1:
        for m in meetings:
            if m.location is None and m.kind == "in_person":
                m.location = _section_place(text, m.sentence.start)
    for m in meetings:
        if m.location is None and m.kind == "in_person":
            m.location = _place_where_dated(m, text)
    for m in held:
        if m.location is not None:
            continue
        same_day = _places([o for o in held if m.date is not None and o.date == m.date])
        if len(same_day) == 1:
            m.location = next(iter(same_day.values()))
        elif (
            fallback is not None
            and m.date is not None
            and own
            and _told_apart(m.date, held, published)
        ):
            # Not the place of meetings told at other times only ("in Chișinău in January"
            # is no place for a courtesy call on Monday 9 February): the article's own.
            m.location = own
        elif fallback is not None:
            m.location = fallback


def _place_where_dated(m: Candidate, text: str) -> str | None:
    """The place of the paragraph before that dates the meeting ("On the 6th, ... paid a
    call on X at the Government Office in Sapporo. // During the meeting, ..."; "due to
    take place in Siem Reap on Thursday ... // The committee meeting was to have been
    co-chaired by ...")."""
    if not m.date_span or m.passage.start <= m.date_span[0] < m.passage.end:
        return None
    told = next((p for p in passages(text) if p.start <= m.date_span[0] < p.end), None)
    if told is None:
        return None
    # The city written just before the day ("..., were finally held in Lilongwe on
    # Friday", not "due to take place in Maseru on Tuesday"), else the first.
    return next(_last_city_before(told.text, m.date_span[0] - told.start)) or _city_in(told.text)


def _told_apart(day: dt.date, held: Sequence[Candidate], published: dt.date | None) -> bool:
    """Is every held meeting with a place told in a period without `day` ("in January")?
    (Those on other days of one trip or summit share its city; vague words say nothing.)"""
    placed = [o for o in held if o.location]
    for o in placed:
        period = period_of(o.date_text, published) if o.date is None and o.date_text else None
        if period is None or period[0] <= day <= period[1]:
            return False
    return bool(placed)


def _long_ago(meeting: Candidate) -> bool:
    """Told with a past year and no day ("in March 2018", "two years ago")."""
    return meeting.date is None and bool(_PAST_TIME.search(meeting.date_text or ""))


_PAST_TIME = re.compile(r"\b(?:19|20)\d\d\b|\bago\b|\blast[ \t]+year\b", re.IGNORECASE)


# A roundup's paragraphs each open with their place: "OTTAWA - Canada's Foreign Minister".
_SECTION = re.compile(
    r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})[ \t]+[-–—][ \t]", re.MULTILINE
)
_NOT_SECTION_PLACE = frozenset(
    "NEXT LAST THIS WEEK ALSO UPDATE BREAKING ANALYSIS OPINION COMMENT EDITORIAL NOTE".split()
)


# A digest's heading line before its item: "BRIDGETOWN: GAS DEAL, BUT NO PRIME MINISTER".
_HEADING = re.compile(
    r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}):[ \t]+[A-Z][A-Z0-9 ,'’.:!?-]*$",
    re.MULTILINE,
)


def _section_place(text: str, at: int) -> str | None:
    line = text.rfind("\n", 0, at) + 1
    label = _SECTION.match(text, line)
    heading = (
        None
        if label
        else _HEADING.match(text, line)
        or (_HEADING.match(text, text.rfind("\n", 0, line - 1) + 1) if line > 1 else None)
    )
    found = label or heading
    if found is None or set(found[1].split()) & _NOT_SECTION_PLACE:
        return None
    # As the article writes it elsewhere ("Port of Spain"), else in title case; a heading's
    # only when the article writes it so ("FREE MOVEMENT: ..." is a topic, not a place).
    mentions = re.finditer(rf"\b{re.escape(found[1])}\b", text, re.IGNORECASE)
    written = next((m.group() for m in mentions if not m.group().isupper()), None)
    name = written or (found[1].title() if label else None)
    return name if name and is_place(name) else None


def _cities_for_countries(meetings: Sequence[Candidate], city: str | None) -> None:
    """ "who is in Kazakhstan on a state visit": a country where the article's own city
    (its event or dateline, "ASTANA") is in it names that city."""
    home = normalize_country(city) if city else None
    if home is None:
        return
    for m in meetings:
        if m.location and _is_country(m.location) and normalize_country(m.location) == home:
            m.location = city


def _places(meetings: Sequence[Candidate]) -> dict[str, str]:
    return {m.location.casefold(): m.location for m in meetings if m.location}


_IN_PLACE = re.compile(rf"\b(?:in|at)[ \t]+({PLACE_NAME})")


def add_cities(meetings: list[Candidate], text: str) -> None:
    """A venue gets its city ("Wawel Royal Castle" → "Wawel Royal Castle, Kraków"): from
    the meeting's passage, else the article's place (event or dateline), else the lead."""
    article_wide: tuple[str | None, ...] | None = None  # the same for every meeting
    for m in meetings:
        if not m.location or not VENUE.search(m.location):
            continue
        if article_wide is None:
            lead = lead_passage(text)
            article_wide = (
                article_place(text),
                _city_in(lead.text) if lead else None,
                _city_in(text[: text.find("\n")]),  # the headline: "... concludes in Pretoria"
            )
        # The passage's own city, else the gathering's or the dateline's, else the lead's
        # first "in X" (not "stayed in Brasília" when the dateline says Asunción), else the
        # last city named before the passage: a gallery's earlier caption, a readout's
        # earlier item ("at the Iikura Guest House in Tokyo"), scanned only when needed.
        found = itertools.chain(
            (_city_in(m.passage.text),), article_wide, _last_city_before(text, m.passage.start)
        )
        # A city: not another venue, nor a country ("Iikura Guest House, Japan").
        city = next((c for c in found if c and not VENUE.search(c) and not _is_country(c)), None)
        if city and city.casefold() not in m.location.casefold():
            m.location = f"{m.location}, {city}"


def _last_city_before(text: str, end: int) -> Iterator[str | None]:
    yield next(reversed([*_cities_in(text[:end])]), None)


def _city_in(passage_text: str) -> str | None:
    return next(_cities_in(passage_text), None)


def _cities_in(passage_text: str) -> Iterator[str]:
    for match in _IN_PLACE.finditer(passage_text):
        place = match.group(1)
        if VENUE.search(place) or is_organization(place) or _is_country(place):
            continue  # "in Ukraine": a country, not the venue's city
        if not is_place(place):
            continue  # "at Halifax's container piers": a phrase, not a city
        if _NOUN_AFTER.match(passage_text, match.end(1)) and normalize_country(place):
            continue  # "in Moroccan waters": a country's adjective, not a city
        head = sentence_head(passage_text, match.start())
        if PLANNED.search(head) or AGREED_TO.search(head):
            continue  # "hold the next session in New Delhi": a later meeting's city
        if WHO_ELSEWHERE.search(head) or _STAYED.search(head):
            continue  # "X, who is attending a conference in Baku, ...": where X is instead
        yield place


# "Argentina's foreign minister stayed in Buenos Aires for a Senate hearing": away from it.
_STAYED = re.compile(r"\b(?:stayed|remained)(?:[ \t]+(?:behind|home|on))?[ \t]+$")


# A lower-case noun right after: "Moroccan waters" (not "Abidjan on Monday", "Rabat and").
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:on|in|at|for|to|and|or|of|last|this|next|with|from|before|after|during|"
    r"since|until|by|the|a|an|where|which|who|when|while|but|as|is|was|were|are)\b)[a-z]"
)


def _is_country(place: str) -> bool:
    if place.casefold() in _CITY_STATES:
        return False  # "Shangri-La Hotel, Singapore": the city too
    found = normalize_country(place)
    # "Cabo Verde" is Cape Verde: ISO's own name for a country counts too (not a capital).
    return found is not None and (
        found[0].casefold() == place.casefold() or iso_country_name(place)
    )


# --- the place a reporting sentence states ------------------------------------------


_CITY_STATES = frozenset({"singapore", "monaco", "luxembourg", "djibouti", "san marino"})
