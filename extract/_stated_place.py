"""The place a meeting's own sentence states: the model's place where the sentence (else
the passage) writes it, else a place the sentence names itself ("in Doha"), a venue ("at the
Palacio de López"), or the dateline's town for "in this pilgrimage town"; never a place of
another event ("before flying on to Lima"), a topic ("the war in Sudan") or someone's home
("the ambassador, who is resident in Oslo")."""

from __future__ import annotations

import itertools
import re

from ._article_place import AGREED_TO, MONTH_NAME, article_place, sentence_head
from ._countries import is_organization, normalize_country
from ._grounding import find_all
from ._other_event_days import LATER_TRIP, OTHER_EVENT
from ._passages import Span, sentences


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
# "who arrived at Hewanorra International Airport": where the visitor landed
_LANDED_AT = re.compile(
    r"\b(?:arrived|arriving|landed|landing)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?$"
)
_AIRPORT = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+)+(?:Airport|Air[ \t]+Base|Airbase)\b")
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
    # "A state visit to Asunción by X ... has been postponed": a city visited, not a country
    visits = (v for v in _VISIT_TO.finditer(sentence.text) if not _a_country(v.group(1)))
    for match in itertools.chain(_SENTENCE_PLACE.finditer(sentence.text), visits):
        head = sentence.text[: match.start()]
        if is_place(match.group(1)) and not (
            OTHER_EVENT.search(head[-60:] + " ")
            or _LATER_WHERE.search(head)
            or (not planned and _AGREED_CLAUSE.search(head))  # "agreed to hold the next ... in X"
            or (not planned and _WOULD_CLAUSE.search(head))  # "Italy would open an office in X"
            or _TOPIC_IN.search(head)  # "talks that covered the war in Sudan"
            or _RESIDENT.search(head)  # "the ambassador, who is resident in Oslo"
            or _RECALLED.search(head)
            or _STAYED.search(head)  # "X stayed in Colombo for a vote": where the absent one was
            or _IN_A_LANGUAGE.search(head)  # "whose name state radio renders in Kirundi as"
        ):
            return match.group(1)  # the sentence's own place
    if _THIS_TOWN.search(sentence.text):  # "in this pilgrimage town": the dateline's
        return article_place(text)
    if phrase:
        return _grounded_place(text, passage, phrase, other_event)
    if planned:  # "accepted an invitation to pay a state visit to La Paz"
        visit = _VISIT_TO.search(sentence.text)
        return visit.group(1) if visit and is_place(visit.group(1)) else None
    venue = _AT_VENUE.search(sentence.text)  # "at the Palacio de López"
    if venue is None and _THERE.match(sentence.text):
        return _place_before(passage, sentence)
    return venue.group(1) if venue else None


_IN_A_LANGUAGE = re.compile(
    r"\b(?:render(?:s|ed)?|spell(?:s|ed)?|spelt|writ(?:es|ten)|transliterat\w+)"
    r"(?:[ \t]+\w+){0,2}[ \t]+$"
)
_STAYED = re.compile(r"\b(?:remained|remains|stayed|stays)(?:[ \t]+behind)?[ \t]+$")
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
        if is_place(match.group(1)):
            return match.group(1)
    return None


_AT_VENUE = re.compile(
    r"\bat[ \t]+the[ \t]+((?:[A-Z][\w'’-]+[ \t]+){0,3}(?:Castle|Palace|Palacio|Palais|House|"
    r"Hall|Chancellery|Kremlin|Residence|Villa|Guest[ \t]?[Hh]ouse|Pavilion)"
    r"(?:[ \t]+(?:de|of|del)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)?)"
)
# A town's name of up to three words, "St. George's" too.
_TOWN = (  # "Dar es Salaam"
    r"(?:St\.[ \t]+)?(?:[A-Z][\w'’-]+)(?:[ \t]+(?:[A-Z][\w'’-]+|(?:es|de|del|da|do|la|el)"
    r"(?=[ \t]+[A-Z]))){0,2}"
)
_VISIT_TO = re.compile(rf"\b(?:visit|trip)[ \t]+to[ \t]+({_TOWN})")
# "... before leaving for The Bahamas, where she is to hold talks ... in Nassau": the place
# of the later trip.
_LATER_WHERE = re.compile(r"\b(?:before|after)[ \t]+\w+ing\b[^.;]*,[ \t]+where\b")
# A subject of the talks, not where they were: "the war in Sudan", "the situation in Gaza".
_TOPIC_IN = re.compile(
    r"\b(?:war|conflict|crisis|situation|fighting|violence|unrest|elections?|tensions|"
    r"developments|peace[ \t]+process|ceasefire|humanitarian[ \t]+\w+|investments?|projects?|"
    # "on the future of the regional force in Cabo Delgado"
    r"forces?|troops|missions?|deployments?|operations?|insurgency|refugees|camps?|"
    # "postponed because of scheduling problems in Buenos Aires": the reason's place
    r"problems|difficulties|commitments)"
    r"[ \t]+$"
)
_VISIT_TO = re.compile(rf"\b(?:visit|trip)[ \t]+to[ \t]+({_TOWN})")


def _a_country(place: str) -> bool:
    """ "a working visit to Tunisia": the country, where the meeting's city is wanted."""
    found = normalize_country(place)
    return found is not None and found[0].casefold() == place.casefold()


_SENTENCE_PLACE = re.compile(
    # "in the Peruvian lakeside city of Puno"
    r"\b(?:(?:in|at)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}(?:city|town|capital|port|village|resort)"
    r"[ \t]+of|in|^In|(?:travel|travels|travell?ed|fly|flies|flew|go|goes|went|headed)"
    r"(?:[ \t]+on)?[ \t]+to|"  # "had been due to fly on to Niue"
    r"(?:fly|flies|flew)[ \t]+into|(?:meet|meets|met)[ \t]+at)[ \t]+"  # "will meet at Mchinji"
    rf"({_TOWN})"
)


def is_place(found: str) -> bool:
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
    r"['’]s?\b|\b(?:Sea|Ocean|Strait|Straits|Gulf|Channel|River|Bay|Basin|Delta|Canal)$|"
    # "the News at Nine": an hour
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Noon|Midnight)$|"
    rf"^{MONTH_NAME}"  # "last met in May 2025": a month, not a place
)
_PLACE_GLUE = frozenset("of the de del da do dos das di la le les el es al am an der den".split())
# "agreed to expand patrols in the South China Sea", "agreed to hold the next meeting in
# Canberra": the place of what was agreed, not of the meeting.
# Not "agreed in Bratislava on Wednesday to ...": there the place is the meeting's.
_AGREED_CLAUSE = re.compile(r"\b(?:agreed|agree|decided|pledged)[ \t]+(?:to|that)\b[^.;]*$", re.I)
_WOULD_CLAUSE = re.compile(r"\b(?:would|will)[ \t]+[a-z]+\b[^.;,]*$")


_RECALLED = re.compile(r"\b(?:recall(?:ed|s|ing)|recollect(?:ed|s|ing))\b[^;]*$")
_SOURCE = re.compile(
    r"\b(?:statement|readout|communiqu[eé]|release|according[ \t]+to|sources?)[ \t]+"
    r"(?:(?:issued|released)[ \t]+)?(?:from|by|of|at|in|to)?[ \t]*(?:the[ \t]+)?$",
    re.IGNORECASE,
)


_QUARTER = re.compile(r"the[ \t]+[A-Z][\w'’-]+")


def _place_in(text: str, passage: Span, phrase: str, other_event: re.Pattern[str]) -> str | None:
    """The place as written, only where the passage introduces it as a place ("in X").

    "the G20 summit in Johannesburg" → "Johannesburg": the place, not the event.
    """
    tail = re.split(r"\s(?:in|at)\s", phrase)[-1].strip()
    if tail != phrase and _QUARTER.fullmatch(tail) and normalize_country(tail[4:]) is None:
        tail = phrase  # "Government Palace in the Kasbah": a venue's quarter, not its city
    pieces = [p.strip() for p in phrase.split(",") if p.strip()]
    if re.match(r"[^,]+,[ \t]+(?:the|a|an)[ \t]", phrase):
        tail = pieces[0]  # "Gaya, the Nigerien border town opposite Kamba in ...": Gaya
    for candidate in dict.fromkeys([tail, phrase, *pieces]):
        for start, end in find_all(passage.text, candidate):
            if other_event.search(passage.text[max(0, start - 60) : start]):
                continue  # "before travelling to Ho Chi Minh City"
            if other_event is OTHER_EVENT and AGREED_TO.search(sentence_head(passage.text, start)):
                continue  # a held meeting's sentence: the place of what was agreed
            if _RECALLED.search(sentence_head(passage.text, start)):
                continue  # "recalled the meeting of the two ministers in New York last month"
            if _SOURCE.search(passage.text[max(0, start - 40) : start]):
                continue  # "a statement from the Casa Rosada": who reported it
            if _ELSEWHERE.search(passage.text[max(0, start - 30) : start]):
                continue  # "Jankauskas remained in Brussels": where the absent one was
            if _LANDED_AT.search(passage.text[max(0, start - 30) : start]) and _AIRPORT.match(
                passage.text, start, end + 30
            ):
                continue  # "who arrived at Hewanorra International Airport": not the talks'
            if _AWAY_CLAUSE.search(passage.text[max(0, start - 80) : start]):
                continue  # "The Prime Minister, who is attending the Council in Brussels,"
            if _TOPIC_IN.search(passage.text[max(0, start - 40) : start].removesuffix("in ")):
                continue  # "talks on the future of the regional force in Cabo Delgado"
            if _LOCATIVE.search(passage.text[max(0, start - 20) : start]):
                found = text[passage.start + start : passage.start + end]
                if is_place(found):
                    return found
    return None
