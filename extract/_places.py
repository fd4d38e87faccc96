"""Where meetings took place, when the reporting sentence does not say.

Meetings at one gathering share its place; a venue ("Wawel Royal Castle") gets its city;
with no place stated anywhere, the article's event or dateline city stands in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._candidates import Candidate
from ._countries import is_organization
from ._cues import PLANNED, occasion_in
from ._passages import lead_passage

_EVENT_PLACE = re.compile(
    r"\b(?:summit|meeting|meetings|talks|conference|forum|gathering|session|dialogue)\s+"
    r"(?:in|at)[ \t]+((?:[A-Z][\w'’-]+)(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
# "KRAKÓW --", "SÃO PAULO, May 3": capitals, accented ones included (checked by isupper).
_DATELINE = re.compile(
    r"^([^\W\d_][^\W\d_'’. -]{1,30}?(?:[ ][^\W\d_][^\W\d_'’. -]{1,30}?){0,2})"
    r"(?:,|\s+[-–—]{1,2}|\s+\()",
    re.MULTILINE,
)


_EVENT_MENTION = re.compile(r"\b(?:summit|forum|conference|sidelines|gathering)\b", re.IGNORECASE)


def article_place(text: str) -> str | None:
    """Where the article's events happen: "the summit in Miami", else the dateline city."""
    for event in _EVENT_PLACE.finditer(text):
        place = event.group(1)
        sentence_head = re.split(r"[.!?]\s", text[max(0, event.start() - 200) : event.start()])[-1]
        if PLANNED.search(sentence_head + event.group(0)):
            continue  # "is expected to ... at a summit in Brussels next month": later
        if not is_organization(place):  # "meetings at G20" names no place
            return place
    dateline = next((d for d in _DATELINE.finditer(text[:400]) if d.group(1).isupper()), None)
    if dateline:
        return dateline.group(1).strip().title()
    return None


def inherit_locations(meetings: list[Candidate], text: str) -> None:
    """Meetings at one gathering share its place when only some sentences state it.

    A meeting held in person without a place takes the one place of the other meetings
    held that day, else the one place of all meetings held, else (none has a place) the
    article's place: its event or dateline. Planned and cancelled meetings elsewhere
    ("then fly to Buenos Aires") do not count.
    """
    held = [m for m in meetings if m.status == "held" and m.kind == "in_person"]
    places = _places(held)
    if len(_places(meetings)) <= 1:
        event = occasion_in(text)
        for m in meetings:
            # "on the first day of the summit": the article's named event.
            if m.occasion is None and event and _EVENT_MENTION.search(m.passage.text):
                m.occasion = event
    if len(places) == 1:
        fallback: str | None = next(iter(places.values()))
    else:
        fallback = article_place(text) if not places else None
    for m in held:
        if m.location is not None:
            continue
        same_day = _places([o for o in held if m.date is not None and o.date == m.date])
        if len(same_day) == 1:
            m.location = next(iter(same_day.values()))
        elif fallback is not None:
            m.location = fallback


def _places(meetings: Sequence[Candidate]) -> dict[str, str]:
    return {m.location.casefold(): m.location for m in meetings if m.location}


# A building or site, not a city: "the Wawel Royal Castle", "State House".
_VENUE = re.compile(
    r"\b(?:Castle|Palace|Palacio|Palais|Building|House|Hall|Department|Ministry|Office|"
    r"Headquarters|Hotel|Cent(?:re|er)|Bridge|Residence|Villa|Torre|Chancellery|Embassy|"
    r"Mansion|Pavilion|Compound|Guesthouse|Kremlin|Parliament|Capitol)\b"
)
_IN_PLACE = re.compile(r"\b(?:in|at)[ \t]+((?:[A-Z][\w'’-]+)(?:[ \t]+[A-Z][\w'’-]+){0,2})")


def add_cities(meetings: list[Candidate], text: str) -> None:
    """A venue gets its city ("Wawel Royal Castle" → "Wawel Royal Castle, Kraków"): from
    the meeting's passage, else the lead, else the article's place (event or dateline)."""
    leads = [lead] if (lead := lead_passage(text)) else []
    for m in meetings:
        if not m.location or not _VENUE.search(m.location):
            continue
        found = (_city_in(m.passage.text), *(_city_in(p.text) for p in leads), article_place(text))
        city = next((c for c in found if c and not _VENUE.search(c)), None)
        if city and city.casefold() not in m.location.casefold():
            m.location = f"{m.location}, {city}"


def _city_in(passage_text: str) -> str | None:
    for match in _IN_PLACE.finditer(passage_text):
        place = match.group(1)
        if not _VENUE.search(place) and not is_organization(place):
            return place
    return None
