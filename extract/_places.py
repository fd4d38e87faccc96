"""Where meetings took place: the place the reporting sentence states, else (when it
states none) one inherited from the article.

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
    MONTH_NAME,
    PLACE_NAME,
    WHO_ELSEWHERE,
    article_place,
    sentence_head,
)
from ._countries import is_organization, iso_country_name, normalize_country
from ._cues import PLANNED, occasion_in
from ._dates import period_of
from ._grounding import find_all
from ._other_event_days import LATER_TRIP, OTHER_EVENT
from ._passages import Span, lead_passage, passages, sentences

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
    if len(_SECTION.findall(text)) > 1:  # a roundup: "PARAMARIBO - Presidents ..."
        for m in meetings:
            if m.location is None and m.kind == "in_person":
                m.location = _section_place(text, m.sentence.start)
    for m in held:
        if m.location is not None:
            continue
        if m.date_span and not m.passage.start <= m.date_span[0] < m.passage.end:
            # Dated by the paragraph before ("On the 6th, ... paid a call on X at the
            # Government Office in Sapporo. // During the meeting, ..."): its place too.
            told = [p for p in passages(text) if p.start <= m.date_span[0] < p.end]
            # The city written just before the day ("..., were finally held in Lilongwe on
            # Friday", not "due to take place in Maseru on Tuesday"), else the first.
            if told and (
                city := next(_last_city_before(told[0].text, m.date_span[0] - told[0].start))
                or _city_in(told[0].text)
            ):
                m.location = city
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


def _section_place(text: str, at: int) -> str | None:
    label = _SECTION.match(text, text.rfind("\n", 0, at) + 1)
    if label is None or set(label[1].split()) & _NOT_SECTION_PLACE:
        return None
    # As the article writes it elsewhere ("Port of Spain"), else in title case.
    mentions = re.finditer(rf"\b{re.escape(label[1])}\b", text, re.IGNORECASE)
    name = next((m.group() for m in mentions if not m.group().isupper()), label[1].title())
    return name if _is_place(name) else None


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


# A building or site, not a city: "the Wawel Royal Castle", "State House".
_VENUE = re.compile(
    r"\b(?:Castle|Palace|Pal[aá]cio|Palais|Buildings?|House|Hall|Department|Ministry|Office|"
    r"Headquarters|Hotel|Cent(?:re|er)|Bridge|Residence|Villa|Vila|Torre|Chancellery|Embassy|"
    r"Mansion|Pavilion|Compound|Guesthouse|Kremlin|Parliament|Capitol|Casa)\b"
)
_IN_PLACE = re.compile(rf"\b(?:in|at)[ \t]+({PLACE_NAME})")


def add_cities(meetings: list[Candidate], text: str) -> None:
    """A venue gets its city ("Wawel Royal Castle" → "Wawel Royal Castle, Kraków"): from
    the meeting's passage, else the article's place (event or dateline), else the lead."""
    article_wide: tuple[str | None, ...] | None = None  # the same for every meeting
    for m in meetings:
        if not m.location or not _VENUE.search(m.location):
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
        city = next((c for c in found if c and not _VENUE.search(c) and not _is_country(c)), None)
        if city and city.casefold() not in m.location.casefold():
            m.location = f"{m.location}, {city}"


def _last_city_before(text: str, end: int) -> Iterator[str | None]:
    yield next(reversed([*_cities_in(text[:end])]), None)


def _city_in(passage_text: str) -> str | None:
    return next(_cities_in(passage_text), None)


def _cities_in(passage_text: str) -> Iterator[str]:
    for match in _IN_PLACE.finditer(passage_text):
        place = match.group(1)
        if _VENUE.search(place) or is_organization(place) or _is_country(place):
            continue  # "in Ukraine": a country, not the venue's city
        if not _is_place(place):
            continue  # "at Halifax's container piers": a phrase, not a city
        if _NOUN_AFTER.match(passage_text, match.end(1)) and normalize_country(place):
            continue  # "in Moroccan waters": a country's adjective, not a city
        head = sentence_head(passage_text, match.start())
        if PLANNED.search(head) or AGREED_TO.search(head):
            continue  # "hold the next session in New Delhi": a later meeting's city
        if WHO_ELSEWHERE.search(head):
            continue  # "X, who is attending a conference in Baku, ...": where X is instead
        yield place


# A lower-case noun right after: "Moroccan waters" (not "Abidjan on Monday", "Rabat and").
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:on|in|at|for|to|and|or|of|last|this|next|with|from|before|after|during|"
    r"since|until|by|the|a|an|where|which|who|when|while|but|as|is|was|were|are)\b)[a-z]"
)


def _is_country(place: str) -> bool:
    found = normalize_country(place)
    # "Cabo Verde" is Cape Verde: ISO's own name for a country counts too (not a capital).
    return found is not None and (
        found[0].casefold() == place.casefold() or iso_country_name(place)
    )


# --- the place a reporting sentence states ------------------------------------------


def _grounded_place(
    text: str, passage: Span, phrase: str | None, other_event: re.Pattern[str]
) -> str | None:
    if not phrase:
        return None
    # "in the Hague" → "the Hague", but "The Hague" keeps its capitalized article.
    cleaned = re.sub(r"^(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|the)\s+", "", phrase.strip(" .,;"))
    return _place_in(text, passage, cleaned, other_event) if cleaned else None


_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|inside|near|visited|visiting|visit|arrived in)\s+(?:the\s+)?|"
    r"\b(?:city|town|capital|port|province|island|resort) of\s+)$",
    re.IGNORECASE,
)


_ELSEWHERE = re.compile(
    r"\b(?:remained|remains|stayed|stays|was[ \t]+still|is[ \t]+still)(?:[ \t]+behind)?"
    r"[ \t]+in[ \t]+$|"
    # "had flown in from Funafuti the day before": where the visitor came from
    r"\b(?:flew|flown|flying|travell?ed|arrived|came|coming|returned)(?:[ \t]+in)?[ \t]+from[ \t]+$"
)
# A clause about someone being elsewhere: "X, who is attending the European Council in ".
_AWAY_CLAUSE = re.compile(
    r",[ \t]+who[ \t]+(?:is|was|had[ \t]+been)[ \t]+(?:attending|on[ \t]+a|travelling|"
    r"visiting|away)\b[^,;.]*$"
)
_EVENT_WORD = re.compile(r"\b(?:summit|meeting|talks|conference|forum|session|sidelines)\b", re.I)


def stated_place(
    text: str, passage: Span, sentence: Span, phrase: str | None, *, planned: bool = False
) -> str | None:
    """The model's place where the reporting sentence names it, else where the passage
    does, unless the sentence names a place of its own ("in Doha" beats a "Washington"
    the model took from the next sentence)."""
    # A plan's place may follow an invitation ("invited Boateng to visit Dakar"); a held
    # meeting's never does ("met him in Seoul and invited him to visit Tokyo").
    other_event = LATER_TRIP if planned else OTHER_EVENT
    in_sentence = _grounded_place(text, sentence, phrase, other_event)
    if in_sentence:
        return in_sentence
    for match in _SENTENCE_PLACE.finditer(sentence.text):
        head = sentence.text[: match.start()]
        if _is_place(match.group(1)) and not (
            OTHER_EVENT.search(head[-60:] + " ")
            or _LATER_WHERE.search(head)
            or (not planned and _AGREED_CLAUSE.search(head))  # "agreed to hold the next ... in X"
            or (not planned and _WOULD_CLAUSE.search(head))  # "Italy would open an office in X"
            or _TOPIC_IN.search(head)  # "talks that covered the war in Sudan"
            or _RESIDENT.search(head)  # "the ambassador, who is resident in Oslo"
        ):
            return match.group(1)  # the sentence's own place
    if _THIS_TOWN.search(sentence.text):  # "in this pilgrimage town": the dateline's
        return article_place(text)
    if phrase:
        return _grounded_place(text, passage, phrase, other_event)
    if planned:  # "accepted an invitation to pay a state visit to La Paz"
        visit = _VISIT_TO.search(sentence.text)
        return visit.group(1) if visit and _is_place(visit.group(1)) else None
    venue = _AT_VENUE.search(sentence.text)  # "at the Palacio de López"
    if venue is None and _THERE.match(sentence.text):
        return _place_before(passage, sentence)
    return venue.group(1) if venue else None


_RESIDENT = re.compile(
    r",[ \t]+who[ \t]+(?:is|was|are|were)[ \t]+(?:resident|based|posted|accredited|stationed)"
    r"\b[^,;]*$"
)


# "in this colonial pilgrimage town a few kilometres from the frontier": where the
# reporter files from.
_THIS_TOWN = re.compile(
    r"\b(?:in|at)[ \t]+this[ \t]+(?:[\w-]+[ \t]+){0,3}(?:town|city|capital|port|village)\b"
)
# "...opened the forum in Abu Dhabi. On the sidelines, X met Y": the place just told.
_THERE = re.compile(r"(?:On|On[ \t]+the)[ \t]+(?:sidelines|margins)\b|There,", re.IGNORECASE)


def _place_before(passage: Span, sentence: Span) -> str | None:
    before = [s for s in sentences(passage) if s.end <= sentence.start]
    if not before:
        return None
    for match in _SENTENCE_PLACE.finditer(before[-1].text):
        if _is_place(match.group(1)):
            return match.group(1)
    return None


_AT_VENUE = re.compile(
    r"\bat[ \t]+the[ \t]+((?:[A-Z][\w'’-]+[ \t]+){0,3}(?:Castle|Palace|Palacio|Palais|House|"
    r"Hall|Chancellery|Kremlin|Residence|Villa|Guest[ \t]?[Hh]ouse|Pavilion)"
    r"(?:[ \t]+(?:de|of|del)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)?)"
)
# A town's name of up to three words, "St. George's" too.
_TOWN = r"(?:St\.[ \t]+)?(?:[A-Z][\w'’-]+)(?:[ \t]+[A-Z][\w'’-]+){0,2}"
_VISIT_TO = re.compile(rf"\b(?:visit|trip)[ \t]+to[ \t]+({_TOWN})")
# "... before leaving for The Bahamas, where she is to hold talks ... in Nassau": the place
# of the later trip.
_LATER_WHERE = re.compile(r"\b(?:before|after)[ \t]+\w+ing\b[^.;]*,[ \t]+where\b")
# A subject of the talks, not where they were: "the war in Sudan", "the situation in Gaza".
_TOPIC_IN = re.compile(
    r"\b(?:war|conflict|crisis|situation|fighting|violence|unrest|elections?|tensions|"
    r"developments|peace[ \t]+process|ceasefire|humanitarian[ \t]+\w+|investments?|projects?)"
    r"[ \t]+$"
)
_SENTENCE_PLACE = re.compile(
    # "in the Peruvian lakeside city of Puno"
    r"\b(?:(?:in|at)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}(?:city|town|capital|port|village|resort)"
    r"[ \t]+of|in|(?:travel|travels|travell?ed|fly|flies|flew|go|goes|went|headed)"
    r"(?:[ \t]+on)?[ \t]+to|"  # "had been due to fly on to Niue"
    r"(?:fly|flies|flew)[ \t]+into|(?:meet|meets|met)[ \t]+at)[ \t]+"  # "will meet at Mchinji"
    rf"({_TOWN})"
)


def _is_place(found: str) -> bool:
    """A city or country, not an event ("G20 summit"), an organization ("G20", "NATO"),
    a body of water ("the South China Sea") or a phrase ("German side's request")."""
    words = found.split()
    if not any(w[:1].isupper() for w in words) or _EVENT_WORD.search(found):
        return False
    if _SAINTS_TOWN.fullmatch(found):
        return True  # "St. John's", "St. George's": a town named for a saint, not a possessive
    if _NOT_A_PLACE.search(found) or any(w[:1].islower() and w not in _PLACE_GLUE for w in words):
        return False
    return not is_organization(found)


_SAINTS_TOWN = re.compile(r"(?:St\.?|Saint)[ \t]+[A-Z][a-z]+['’]s")
_NOT_A_PLACE = re.compile(
    r"['’]s?\b|\b(?:Sea|Ocean|Strait|Straits|Gulf|Channel)$|"
    rf"^{MONTH_NAME}"  # "last met in May 2025": a month, not a place
)
_PLACE_GLUE = frozenset("of the de del da do dos das di la le les el al am an der den".split())
# "agreed to expand patrols in the South China Sea", "agreed to hold the next meeting in
# Canberra": the place of what was agreed, not of the meeting.
# Not "agreed in Bratislava on Wednesday to ...": there the place is the meeting's.
_AGREED_CLAUSE = re.compile(r"\b(?:agreed|agree|decided|pledged)[ \t]+(?:to|that)\b[^.;]*$", re.I)
_WOULD_CLAUSE = re.compile(r"\b(?:would|will)[ \t]+[a-z]+\b[^.;,]*$")


_SOURCE = re.compile(
    r"\b(?:statement|readout|communiqu[eé]|release|according[ \t]+to|sources?)[ \t]+"
    r"(?:(?:issued|released)[ \t]+)?(?:from|by|of|at|in|to)?[ \t]*(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _place_in(text: str, passage: Span, phrase: str, other_event: re.Pattern[str]) -> str | None:
    """The place as written, only where the passage introduces it as a place ("in X").

    "the G20 summit in Johannesburg" → "Johannesburg": the place, not the event.
    """
    tail = re.split(r"\s(?:in|at)\s", phrase)[-1].strip()
    pieces = [p.strip() for p in phrase.split(",") if p.strip()]
    for candidate in dict.fromkeys([tail, phrase, *pieces]):
        for start, end in find_all(passage.text, candidate):
            if other_event.search(passage.text[max(0, start - 60) : start]):
                continue  # "before travelling to Ho Chi Minh City"
            if other_event is OTHER_EVENT and AGREED_TO.search(sentence_head(passage.text, start)):
                continue  # a held meeting's sentence: the place of what was agreed
            if _SOURCE.search(passage.text[max(0, start - 40) : start]):
                continue  # "a statement from the Casa Rosada": who reported it
            if _ELSEWHERE.search(passage.text[max(0, start - 30) : start]):
                continue  # "Jankauskas remained in Brussels": where the absent one was
            if _AWAY_CLAUSE.search(passage.text[max(0, start - 80) : start]):
                continue  # "The Prime Minister, who is attending the Council in Brussels,"
            if _LOCATIVE.search(passage.text[max(0, start - 20) : start]):
                found = text[passage.start + start : passage.start + end]
                if _is_place(found):
                    return found
    return None
