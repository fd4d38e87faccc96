"""Sides a sentence leaves unnamed: "He also met X" (the article's main actor or the one
the sentence before names), "talks with him", "with her Macedonian counterpart", and "the
two Presidents were joined by Y" (the sides of the meeting told before, and Y)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ._candidates import Candidate
from ._described_sides import (
    UNNAMED_COUNTERPART,
    delegation_head,
    described_side,
    whose_counterpart,
)
from ._drafts import DraftPerson
from ._grounding import find_all
from ._lead_day import TIME_STAMP
from ._meeting_phrases import VERBLESS_TALKS
from ._meeting_sentence import told_of_them
from ._name_patterns import NAME, UPPER
from ._passages import Span
from ._people import same_person
from ._persons import Person, ground_person, surname_in
from ._timeline_days import is_timeline


def add_missing_subjects(candidates: list[Candidate], text: str) -> None:
    """A one-person candidate ("He also met X") gets the article's main actor.

    The main actor is the person in the most candidates (ties: the one named first);
    they are added when they appear in at least two, so a lone mention never becomes a
    participant, or when the sentence's own "he"/"she" stands for them and they are the
    first person the meetings name ("he was received by ..." after "Sugiono held talks").
    """
    counts: Counter[str] = Counter()
    names: dict[str, Person] = {}
    for cand in candidates:
        for person in cand.participants:
            key = next((k for k in names if same_person(k, person.name)), person.name)
            names.setdefault(key, person)
            counts[key] += 1
    if not counts:
        return
    first = min(names, key=lambda k: _first_mention(text, names[k]))
    main = max(counts, key=lambda k: (counts[k], k == first))
    # whom a day-by-day account follows: theirs are the items with no subject
    items = {id(c) for c in candidates if _TIMELINE_ITEM.match(c.sentence.text)}
    timeline = is_timeline(text)
    followed = _in_headline(text, names) if items or timeline else None
    if followed is not None and timeline:
        main = next(k for k, p in names.items() if p is followed)
        counts[main] = max(counts[main], 2)
    for cand in candidates:
        if len(cand.participants) == 1 and (
            other := _named_reporter(cand, names)
            or _object_antecedent(cand, names, text)
            or _counterpart_met(cand, candidates)
            or described_side(cand, names, text)
            or whose_counterpart(cand, names, text)
            or delegation_head(cand, names, text)
            or _antecedent(cand, names, text)  # "He will hold talks with Long": the one before
            or _reported_subject(cand, text)
            or _the_minister(cand, names, text)
        ):
            # "... is booked into Bogotá for talks with him", "will hold talks with her
            # Macedonian counterpart": whoever the pronoun or the counterpart stands for.
            cand.participants.insert(0, other)
            continue
        if (
            len(cand.participants) > 1
            and followed is not None
            and id(cand) in items
            and not any(same_person(followed.name, p.name) for p in cand.participants)
        ):
            # "Kaupa in Honiara: the visit, day by day" ... "TUESDAY\nFormal talks with X"
            cand.participants.insert(0, followed)
            continue
        if any(same_person(main, p.name) for p in cand.participants):
            continue
        if len(cand.participants) > 1:
            # "On Tuesday, he joined a video conference with X and Y": he is a side too.
            if (
                (counts[main] > 1 or main == first)
                and _PRONOUN_SUBJECT.match(cand.sentence.text)
                # "Earlier this year he hosted X" with "he" already drafted from the
                # sentence before: a side named outside the sentence is the pronoun's.
                and all(
                    cand.sentence.start <= p.span[0] < cand.sentence.end for p in cand.participants
                )
            ):
                cand.participants.insert(0, names[main])
            continue
        if counts[main] < 2 and not (main == first and _pronoun_meets(cand)):
            continue
        if _is_subject(cand.participants[0], cand.sentence) and not _OTHER_SIDE.search(
            cand.passage.text
        ):
            continue  # "Sybiha travels to Bucharest for a meeting ...": their own plans
        if _MEETS_A_GROUP.search(cand.sentence.text):
            continue  # "will continue her visit in Kotor, where she will meet representatives"
        # "Tajani ...; the readout of his meeting with Mudavadi": the side the sentence
        # names who met them before, else the article's main actor.
        cand.participants.insert(
            0,
            _named_other_side(cand, candidates) or _antecedent(cand, names, text) or names[main],
        )


def _the_minister(cand: Candidate, names: dict[str, Person], text: str) -> Person | None:
    """ "On arrival, the Minister was received ... by the Minister in charge of that
    portfolio, Prof. X": in a release about one minister's visit, the bare "the Minister"
    is the one the release names most, when that is clear."""
    if not _BARE_MINISTER.search(cand.sentence.text) or _FOR_THE_MINISTER.search(
        cand.sentence.text
    ):
        return None  # not "Secretary General X represented the Minister at the meeting"
    (person,) = cand.participants
    counts = sorted(
        (
            (len(find_all(text, p.name.split()[-1])), key)
            for key, p in names.items()
            if not same_person(key, person.name)
        ),
        reverse=True,
    )
    if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[1][0] * 2 > counts[0][0]):
        return None
    return names[counts[0][1]]


_FOR_THE_MINISTER = re.compile(r"\brepresent|\bbehalf\b|\bin[ \t]+place[ \t]+of\b")
_BARE_MINISTER = re.compile(r"\b[Tt]he[ \t]+Minister\b(?![ \t]+(?:of|for|in|to)\b)")


def _antecedent(cand: Candidate, names: dict[str, Person], text: str) -> Person | None:
    """ "The second leg of Peters' trip has fallen through. He had been due to fly on to
    Niue for talks with X": the one person the sentence before names, for its "He"."""
    if not _OPENING_PRONOUN.match(cand.sentence.text):
        return None
    return _one_named_before(cand, names, text, _last_word_in)


# "He ...", "Earlier today, the minister received X": whom the sentence before names.
_OPENING_PRONOUN = re.compile(
    r"^(?:[A-Z][^,.;]{0,30},[ \t]+)?(?:He|She|[Tt]he[ \t]+(?:minister|envoy|president|premier|"
    r"chancellor|secretary|ambassador|(?:Deputy|Vice)[ \t]+Minister))\b"
)


def _named_reporter(cand: Candidate, names: dict[str, Person]) -> Person | None:
    """ "Bwalya told reporters that he had discussed ... by telephone with X": the one the
    sentence itself names as its "he", when the meetings name them."""
    opener = _NAMED_SAYS_PRONOUN.match(cand.sentence.text)
    if opener is None or same_person(opener["n"], cand.participants[0].name):
        return None
    return next((p for k, p in names.items() if same_person(k, opener["n"])), None)


_NAMED_SAYS_PRONOUN = re.compile(
    rf"^(?P<n>{NAME})[ \t]+(?:said|says|added|told[ \t]+(?:reporters|journalists|the[ \t]+press))"
    r"[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]"
)


def _reported_subject(cand: Candidate, text: str) -> Person | None:
    """ "Villagra's attention was on Buenos Aires. The Paraguayan presidency said he spoke
    by telephone on Monday night with X", "Đức did find time for Bangkok. On Wednesday he
    held a video call with X": the one the sentence before opens with, for the sentence's
    "he", named as the article names them in full."""
    if not _SAID_PRONOUN.match(cand.sentence.text):
        return None
    start = cand.sentence.start
    before = text[max(0, start - 300) : start].rstrip()
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    opener = _OPENER.match(before)
    if opener is None or same_person(opener["n"], cand.participants[0].name):
        return None
    fullest = max(
        (
            m["n"]
            for m in _FULL_NAME.finditer(text)
            if opener["n"] in m["n"].split() and len(m["n"].split()) <= 5
        ),
        key=len,
        default=opener["n"],
    )
    return ground_person(text, Span(0, len(text), text), DraftPerson(name=fullest))


_SAID_PRONOUN = re.compile(
    r"^[A-Z][^,.;]{0,60}?\b(?:said|says|added|reported)[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]|"
    # "Đức did find time for Bangkok. On Wednesday he held a video call with X"
    + told_of_them(r"[Hh]e|[Ss]he", 30)
    + r"(?:also[ \t]+)?(?:held|met|spoke|hosted|received|called|phoned|telephoned)\b"
)
_OPENER = re.compile(
    rf"(?P<n>[{UPPER}][\w'’-]+)(?:['’]s\b|[ \t]+(?:was|had|has|is|did|does|also|then)\b)"
)
_FULL_NAME = re.compile(rf"(?P<n>{NAME})")


def _last_word_in(name: str, text: str) -> bool:
    return bool(find_all(text, name.split()[-1]))


def _object_antecedent(cand: Candidate, names: dict[str, Person], text: str) -> Person | None:
    """ "Quintero's Caribbean push continues. Barbados' minister X is booked into Bogotá
    for talks with him": the one person the sentence before names, for its "him"."""
    (person,) = cand.participants
    pronoun = _WITH_PRONOUN.search(cand.sentence.text)
    if pronoun is None or cand.sentence.start + pronoun.start() < person.span[1]:
        return None
    return _one_named_before(cand, names, text, surname_in)


def _one_named_before(
    cand: Candidate,
    names: dict[str, Person],
    text: str,
    named_in: Callable[[str, str], object],
) -> Person | None:
    """The one person other than the candidate's own whom the sentence before names."""
    (person,) = cand.participants
    start = cand.sentence.start
    before = text[max(0, start - 300) : start].rstrip()
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    named = [
        p for key, p in names.items() if not same_person(key, person.name) and named_in(key, before)
    ]
    return named[0] if len(named) == 1 else None


_WITH_PRONOUN = re.compile(
    r"\b(?:talks|meeting|meet|meets|a[ \t]+call|lunch|dinner)[ \t]+with[ \t]+(?:him|her)\b|"
    r"\b(?:to|will)[ \t]+(?:meet|receive|host|visit|call[ \t]+on)[ \t]+(?:him|her)\b"
)


def _named_other_side(cand: Candidate, candidates: list[Candidate]) -> Person | None:
    """The person a one-person candidate's sentence names who met that person in another
    candidate ("Mr. Tajani ... his meeting with Mr. Mudavadi"), if any."""
    (person,) = cand.participants
    for other in candidates:
        if other is cand or not any(same_person(person.name, p.name) for p in other.participants):
            continue
        for side in other.participants:
            surname = side.name.split()[-1]
            if not same_person(side.name, person.name) and find_all(cand.sentence.text, surname):
                return side
    # "A statement issued after Tuesday's meeting referred to the visiting official as ...":
    # the meeting just told with that person.
    if _BACK_TO_MEETING.search(cand.sentence.text):
        before = [
            c for c in _pairs_with(cand, candidates) if c.sentence.start < cand.sentence.start
        ]
        if before:
            return _other_of(max(before, key=lambda c: c.sentence.start), person)
    return None


def _pairs_with(cand: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The other two-person meetings of a one-person candidate's person."""
    (person,) = cand.participants
    return [
        c
        for c in candidates
        if c is not cand
        and len(c.participants) == 2
        and any(same_person(person.name, p.name) for p in c.participants)
    ]


def _other_of(pair: Candidate, person: Person) -> Person:
    return next(p for p in pair.participants if not same_person(p.name, person.name))


def _counterpart_met(cand: Candidate, candidates: list[Candidate]) -> Person | None:
    """ "will hold talks with her Macedonian counterpart" (no name after): the other side
    of the last two-person meeting told before with that person."""
    if not UNNAMED_COUNTERPART.search(cand.sentence.text):
        return None
    pairs = _pairs_with(cand, candidates)
    before = [c for c in pairs if c.sentence.start < cand.sentence.start]
    # A lead's "said after talks with his Namibian counterpart": the pair named next.
    after = [c for c in pairs if 0 < c.sentence.start - cand.sentence.end < _NEXT_PARAGRAPH]
    if not before and not after:
        return None
    pair = max(before, key=lambda c: c.sentence.start) if before else after[0]
    return _other_of(pair, cand.participants[0])


_NEXT_PARAGRAPH = 400  # characters

# "where she will meet representatives of the community": a group, not the other side.
_MEETS_A_GROUP = re.compile(
    r"\b(?:meet|meets|met|meeting)[ \t]+(?:with[ \t]+)?(?:\w+[ \t]+)?(?:representatives|members|"
    r"leaders|officials|students|businesspeople|entrepreneurs|investors|residents|community)\b"
)
_BACK_TO_MEETING = re.compile(
    r"\b(?:after|following|at|during)[ \t]+(?:the|that|this|\w+day['’]s)[ \t]+(?:meeting|talks)\b"
)


def join_the_sides_told_before(candidates: list[Candidate]) -> None:
    """ "This morning, the two Presidents were joined by X": X and the sides of the
    meeting told before."""
    held = [c for c in candidates if c.status == "held" and len(c.participants) > 1]
    for cand in list(candidates):
        if not (joined := _SIDES_JOINED.search(cand.sentence.text)):
            continue
        if joined["sat_in"]:
            # "Dr X sat in for the ministry": X joins those talks; this is no meeting of its own
            talks = [c for c in held if c.sentence.start < cand.sentence.start and c is not cand]
            if talks and cand.date in (None, talks[-1].date):
                for person in cand.participants:
                    if not any(same_person(person.name, p.name) for p in talks[-1].participants):
                        talks[-1].participants.append(person)
                candidates.remove(cand)
            continue
        # "the two Presidents": the last meeting of presidents, not the ministers' session.
        who = (
            joined["who"] or joined["whom"] or joined["whose"] or joined["present"]
            or joined["met"] or "side"
        )  # fmt: skip
        office = who.casefold().removesuffix("s")
        before = [
            c
            for c in held
            if c.sentence.start < cand.sentence.start
            and (office in ("leader", "side") or office in c.sentence.text.casefold())
        ]
        if before:
            # "expected to join the pair": the two who met, not whoever joined them
            sides = before[-1].participants[:2] if joined["pair"] else before[-1].participants
            if not joined["whose"]:  # not "travelled to X, where they were joined by"
                cand.location = cand.location or before[-1].location  # where they met
            for person in sides:
                if not any(same_person(person.name, p.name) for p in cand.participants):
                    cand.participants.insert(0, person)


_SIDES_JOINED = re.compile(
    # "This morning, the two ...", "Later on Thursday the two presidents were joined by X"
    r"^(?:[^,]{0,40},[ \t]+|(?:Later|Earlier|Afterwards|Then)(?:[ \t]+(?:on|that|in|the)[ \t]+\w+)?"
    r"[ \t]+)?(?:[Tt]he[ \t]+two|[Bb]oth)[ \t]+(?P<who>\w+)[ \t]+"
    r"(?:were|was)[ \t]+joined\b"
    # "Italian Prime Minister X joined the two leaders by video link"
    r"|\b(?:joined|join)[ \t]+the[ \t]+(?:two[ \t]+(?P<whom>\w+)|(?P<pair>pair))\b"
    # "The Dutch ambassador, X, joined the call from Hanoi": the call told before
    r"|\bjoined[ \t]+the[ \t]+(?:video[ \t]+|phone[ \t]+)?"
    r"(?:call|talks|conference|videoconference)\b"
    # "the two presidents travelled north to Kasane, ..., where they were joined by X"
    r"|\b[Tt]he[ \t]+two[ \t]+(?P<whose>\w+)\b[^.;]{0,160}?\bwhere[ \t]+they[ \t]+were[ \t]+"
    r"joined\b"
    # "The meeting, held at the Regional Council on Tuesday, was also attended by X"
    r"|^(?:The|This)[ \t]+(?:meeting|talks)\b[^.;]{0,80}?\b(?:was|were)[ \t]+(?:also[ \t]+)?"
    r"attended[ \t]+by\b"
    # "her chief executive, Dr X, sat in for the ministry": at the talks told before
    # "In the presence of the two Prime Ministers, A and B signed a memorandum"
    r"|^In[ \t]+the[ \t]+presence[ \t]+of[ \t]+the[ \t]+two[ \t]+(?:\w+[ \t]+)?(?P<present>\w+)\b"
    # "Archbishop X will travel to Juba on 3 March to meet both men": the two told before
    r"|\bto[ \t]+meet[ \t]+(?:both[ \t]+(?:men|women|leaders|sides)|"
    r"the[ \t]+two[ \t]+(?P<met>\w+))\b"
    r"|\b(?P<sat_in>sat[ \t]+in[ \t]+for)[ \t]+"
    r"(?:him|her|them|the[ \t]+(?:ministry|department|government))\b"
)


def _first_mention(text: str, person: Person) -> int:
    found = find_all(text, person.name)
    return min(found[0][0], person.span[0]) if found else person.span[0]


_TIMELINE_ITEM = re.compile(VERBLESS_TALKS + r"[ \t]+(?:at|in|with)\b")


def _in_headline(text: str, names: dict[str, Person]) -> Person | None:
    """The one person the article's first lines name ("Kaupa in Honiara: the visit, day
    by day"): whom a timeline follows."""
    head = text[: max(0, text.find("\n\n", 1)) or 200][:300]
    found = [p for key, p in names.items() if re.search(rf"\b{re.escape(key.split()[-1])}\b", head)]
    return found[0] if len({p.name for p in found}) == 1 else None


# "he", "she", "the Egyptian minister": a side the sentence does not name.
_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]he[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:minister|envoy|president|premier|"
    r"chancellor|secretary|diplomat|visitor|guest))\b"
)
_PRONOUN_SUBJECT = re.compile(
    # "On Monday afternoon he held talks ... with X and Y", "In Doha, she met ..."
    told_of_them(r"[Hh]e|[Ss]he", 40) + r"(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
    r"(?:met|joined|held|hosted|received|welcomed|spoke|sat|paid|had|talked)\b"
)


def _pronoun_meets(cand: Candidate) -> bool:
    """ "he was received by X": a "he"/"she" before the one named person, who is the
    object, not the subject ("Carney has said he would like to visit")."""
    person, sentence = cand.participants[0], cand.sentence
    if _NO_SUBJECT.match(sentence.text):
        return True  # a schedule's "10:00 Telephone call with X": the diary's owner's
    pronoun = _PRONOUN.search(sentence.text)
    return (
        pronoun is not None
        and sentence.start + pronoun.start() < person.span[0]
        and not _is_subject(person, sentence)
    )


# A time-stamped entry that names no subject: "10:00 Telephone call with X", "14:00 Video
# conference with Y".
_NO_SUBJECT = re.compile(
    rf"{TIME_STAMP}[ \t]+(?:(?:Telephone|Phone|Video)[ \t]+call|"
    r"Video[ \t]?conference|(?:Bilateral[ \t]+)?[Mm]eeting|Talks|Call|"
    r"Working[ \t]+(?:lunch|dinner|breakfast))[ \t]+with\b|"
    # A diary's list: "- Monday: Met the High Commissioner of Botswana, Mr X"
    r"(?:[-•*▪][ \t]*)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[ \t]+(?:morning|afternoon|"
    r"evening))?[ \t]*[:–-][ \t]+(?:Met|Held|Had|Received|Welcomed|Hosted|Spoke|Jointly|Signed|"
    r"Called|Paid|Chaired|Co-chaired)\b"
)


# The passage refers to a side it does not name: "he sat down with his Canadian
# counterpart", "the two agreed", "received the visiting minister".
_OTHER_SIDE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]he two|[Bb]oth|[Tt]he visiting|(?:his|her) (?:guest|visitor))\b"
)


def _is_subject(person: Person, sentence: Span) -> bool:
    """Is the person named first in the sentence (before its verb), not its object?"""
    offset = person.span[0] - sentence.start
    head = sentence.text[: max(0, offset)]
    head = head[head.rfind("\n") + 1 :]  # past a heading merged into the sentence
    # "On Wednesday, X met ...", not "A meeting with Serbia's foreign minister, X, ..."
    head = re.sub(r"^(?![^,]*\bwith\b)[^,]{0,40},\s*", "", head)
    # A lower-case word before the name ("the envoy met X", "talks with X") makes it an
    # object; capitalized title words ("National Security Adviser X") do not.
    return 0 <= offset < len(sentence.text) and not re.search(r"(?<![\w'’-])[a-z]{3,}", head)
