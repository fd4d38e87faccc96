"""Grounded candidates of one article → merged `Meeting`s.

Passages repeat a meeting ("met Rubio" in the caption, the lead and the body);
candidates with the same participants, status and compatible dates become one
record. Sides a sentence leaves unnamed ("He also met X", "the two Presidents were
joined by Y") are filled in first. One `Official` per person: `_officials`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from ._candidates import Candidate
from ._dates import period_of
from ._grounding import find_all, overlap, span_evidence
from ._lead_day import TIME_STAMP
from ._models import Agreement, AgreementType, Meeting, MeetingKind, MeetingStatus, Official
from ._passages import Span
from ._people import (
    same_person,
)
from ._persons import Person


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
    for cand in candidates:
        if any(same_person(main, p.name) for p in cand.participants):
            continue
        if len(cand.participants) > 1:
            # "On Tuesday, he joined a video conference with X and Y": he is a side too.
            if (counts[main] > 1 or main == first) and _PRONOUN_SUBJECT.match(cand.sentence.text):
                cand.participants.insert(0, names[main])
            continue
        if counts[main] < 2 and not (main == first and _pronoun_meets(cand)):
            continue
        if _is_subject(cand.participants[0], cand.sentence) and not _OTHER_SIDE.search(
            cand.passage.text
        ):
            continue  # "Sybiha travels to Bucharest for a meeting ...": their own plans
        # "Tajani ...; the readout of his meeting with Mudavadi": the side the sentence
        # names who met them before, else the article's main actor.
        cand.participants.insert(
            0,
            _named_other_side(cand, candidates) or _antecedent(cand, names, text) or names[main],
        )


def _antecedent(cand: Candidate, names: dict[str, Person], text: str) -> Person | None:
    """ "The second leg of Peters' trip has fallen through. He had been due to fly on to
    Niue for talks with X": the one person the sentence before names, for its "He"."""
    if not _OPENING_PRONOUN.match(cand.sentence.text):
        return None
    start = cand.sentence.start
    before = text[max(0, start - 300) : start].rstrip()
    before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
    (person,) = cand.participants
    named = [
        p
        for key, p in names.items()
        if not same_person(key, person.name) and find_all(before, key.split()[-1])
    ]
    return named[0] if len(named) == 1 else None


_OPENING_PRONOUN = re.compile(r"^(?:He|She)\b")


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
            c
            for c in candidates
            if c is not cand
            and len(c.participants) == 2
            and c.sentence.start < cand.sentence.start
            and any(same_person(person.name, p.name) for p in c.participants)
        ]
        if before:
            last = max(before, key=lambda c: c.sentence.start)
            return next(p for p in last.participants if not same_person(p.name, person.name))
    return None


_BACK_TO_MEETING = re.compile(
    r"\b(?:after|following|at|during)[ \t]+(?:the|that|this|\w+day['’]s)[ \t]+(?:meeting|talks)\b"
)


def join_the_sides_told_before(candidates: list[Candidate]) -> None:
    """ "This morning, the two Presidents were joined by X": X and the sides of the
    meeting told before."""
    held = [c for c in candidates if c.status == "held" and len(c.participants) > 1]
    for cand in candidates:
        if not (joined := _SIDES_JOINED.search(cand.sentence.text)):
            continue
        # "the two Presidents": the last meeting of presidents, not the ministers' session.
        office = (joined["who"] or joined["whom"]).casefold().removesuffix("s")
        before = [
            c
            for c in held
            if c.sentence.start < cand.sentence.start
            and (office in ("leader", "side") or office in c.sentence.text.casefold())
        ]
        if before:
            for person in before[-1].participants:
                if not any(same_person(person.name, p.name) for p in cand.participants):
                    cand.participants.insert(0, person)


_SIDES_JOINED = re.compile(
    # "This morning, the two ...", "Later on Thursday the two presidents were joined by X"
    r"^(?:[^,]{0,40},[ \t]+|(?:Later|Earlier|Afterwards|Then)(?:[ \t]+(?:on|that|in|the)[ \t]+\w+)?"
    r"[ \t]+)?(?:[Tt]he[ \t]+two|[Bb]oth)[ \t]+(?P<who>\w+)[ \t]+"
    r"(?:were|was)[ \t]+joined\b"
    # "Italian Prime Minister X joined the two leaders by video link"
    r"|\bjoined[ \t]+the[ \t]+two[ \t]+(?P<whom>\w+)\b"
)


def _first_mention(text: str, person: Person) -> int:
    found = find_all(text, person.name)
    return min(found[0][0], person.span[0]) if found else person.span[0]


# "he", "she", "the Egyptian minister": a side the sentence does not name.
_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]he[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:minister|envoy|president|premier|"
    r"chancellor|secretary|diplomat|visitor|guest))\b"
)
_PRONOUN_SUBJECT = re.compile(
    r"^(?:[^,]{0,40},[ \t]+)?(?:He|She|he|she)[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
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
    r"Working[ \t]+(?:lunch|dinner|breakfast))[ \t]+with\b"
)


# The passage refers to a side it does not name: "he sat down with his Canadian
# counterpart", "the two agreed", "received the visiting minister".
_OTHER_SIDE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]he two|[Bb]oth|[Tt]he visiting)\b")


def _is_subject(person: Person, sentence: Span) -> bool:
    """Is the person named first in the sentence (before its verb), not its object?"""
    offset = person.span[0] - sentence.start
    head = sentence.text[: max(0, offset)]
    head = head[head.rfind("\n") + 1 :]  # past a heading merged into the sentence
    head = re.sub(r"^[^,]{0,40},\s*", "", head)  # "On Wednesday, X met ..."
    # A lower-case word before the name ("the envoy met X", "talks with X") makes it an
    # object; capitalized title words ("National Security Adviser X") do not.
    return 0 <= offset < len(sentence.text) and not re.search(r"(?<![\w'’-])[a-z]{3,}", head)


def merge(candidates: Sequence[Candidate], published: dt.date | None = None) -> list[Candidate]:
    """Fold candidates that report the same meeting into the first of them."""
    merged: list[Candidate] = []
    for cand in candidates:
        if len(cand.participants) < 2:
            # "Lee ... they agreed to ...": the one named person's meeting just reported
            # takes the agreements; the lone person is not a meeting by themselves.
            if merged and cand.agreements and _shares_person(cand, merged[-1]):
                absorb_agreements(merged[-1], cand)
            continue
        twin = next((m for m in merged if _same_meeting(m, cand, published)), None)
        if twin is None:
            merged.append(cand)
        else:
            _absorb(twin, cand)
    return merged


def _same_meeting(a: Candidate, b: Candidate, published: dt.date | None = None) -> bool:
    shared = sum(
        1 for p in a.participants if any(same_person(p.name, q.name) for q in b.participants)
    )
    if shared < min(2, len(a.participants), len(b.participants)):
        return False
    if a.status != b.status:
        return False
    same_people = shared == len(a.participants) == len(b.participants)
    if same_people and a.date is not None and a.date == b.date:
        return True  # the same people on the same day: "a day after X met Y", "Tuesday's meeting"
    if same_people and a.kind == b.kind and (a.date_text is None) != (b.date_text is None):
        return True  # told again with no time words: "The Foreign Minister met the vice minister"
    if (
        (a.anchor_shift is not None or b.anchor_shift is not None)
        and a.sentence != b.sentence
        and not _told_on(a, b)
    ):
        return False  # "Later that day, Rubio joined Cho and Motegi": another meeting
    if (
        len(a.participants) != len(b.participants)
        and a.sentence != b.sentence
        and any(_ANOTHER_SITTING.search(x.sentence.text) for x in (a, b))
    ):
        return False  # "Later on Wednesday, the two leaders were joined by X": a third side
    if (
        a.kind != b.kind
        and a.sentence != b.sentence
        and any(x.kind == "in_person" and _IN_PERSON.search(x.sentence.text) for x in (a, b))
    ):
        return False  # "spoke by video link on Thursday" is not "last met in person, in Zagreb"
    smaller = min((a, b), key=lambda x: len(x.participants))
    if len(a.participants) != len(b.participants) and _ONE_ON_ONE.search(smaller.sentence.text):
        return False  # "Between sessions, the host and X held one-on-one talks"
    if a.sentence == b.sentence and a.date_span == b.date_span:
        return True  # one sentence, the same day words: "the day before" read twice
    if a.date and b.date:
        return a.date == b.date
    # "held summit talks last month" is not the call of "Monday".
    return not any(_outside(x.date, _period(y, published)) for x, y in ((a, b), (b, a)))


def _told_on(a: Candidate, b: Candidate) -> bool:
    """Is the later of two candidates, with no day words of its own, the earlier one told
    on ("The day before, Marles called on Prabowo. [...] Prabowo told Marles that ...")?"""
    first, later = sorted((a, b), key=lambda c: c.sentence.start)
    return (
        later.anchor_shift is None
        and later.date is None
        and later.date_text is None
        and later.sentence.start - first.sentence.end < 400
    )


_ONE_ON_ONE = re.compile(
    r"\b(?:one-on-one|one-to-one|bilateral|t[eê]te-[aà]-t[eê]te|separate(?:ly)?|pull-aside)\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(r"\b(?:in[ \t]+person|face[ \t-]+to[ \t-]+face)\b", re.IGNORECASE)
_ANOTHER_SITTING = re.compile(r"\b(?:were|was)[ \t]+joined\b|\bjoined[ \t]+the[ \t]+two\b|^Later\b")


def _period(cand: Candidate, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The period a held meeting's "last month" or a plan's "next week" names. A held
    meeting's "next month" is what was agreed ("agreed to meet again next month")."""
    text = (cand.date_text or "").casefold()
    if ("next" in text and cand.status == "held") or ("last" in text and cand.status != "held"):
        return None
    return period_of(cand.date_text, published)


def _outside(day: dt.date | None, period: tuple[dt.date, dt.date] | None) -> bool:
    return day is not None and period is not None and not period[0] <= day <= period[1]


def _shares_person(a: Candidate, b: Candidate) -> bool:
    return any(same_person(p.name, q.name) for p in a.participants for q in b.participants)


def absorb_agreements(into: Candidate, other: Candidate) -> None:
    """Add the agreements of `other` that `into` does not already hold."""
    for item in other.agreements:
        if not any(overlap(a.summary, item.summary) > 0.6 for a in into.agreements):
            into.agreements.append(item)


def _absorb(into: Candidate, other: Candidate) -> None:
    for person in other.participants:
        if any(same_person(person.name, p.name) for p in into.participants):
            into.variants.append(person)
        else:
            into.participants.append(person)
    into.variants.extend(other.variants)
    for attr in ("date", "date_text", "date_span", "location", "occasion"):
        if getattr(into, attr) is None and getattr(other, attr) is not None:
            setattr(into, attr, getattr(other, attr))
    if into.kind == "in_person" and other.kind != "in_person":
        into.kind = other.kind
    into.extra_evidence.append(other.sentence)
    absorb_agreements(into, other)
    into.topics.extend(t for t in other.topics if t not in into.topics)


def to_meeting(
    text: str, cand: Candidate, registry: dict[str, Official], article_id: str
) -> Meeting:
    participants: list[Official] = []
    for person in cand.participants:
        official = registry[person.name]
        if official not in participants:
            participants.append(official)
    spans = _unique_spans([cand.sentence, *cand.extra_evidence])
    agreements = [
        Agreement(
            summary=item.summary,
            type=AgreementType(item.type),
            parties=[p.name for p in participants],
            evidence=[span_evidence(text, item.sentence)],
        )
        for item in cand.agreements
    ]
    meeting = Meeting(
        participants=participants,
        date=cand.date,
        date_text=cand.date_text,
        # A call or video link has no one place (gold and users alike leave it empty).
        location=cand.location if cand.kind == "in_person" else None,
        occasion=cand.occasion,
        kind=MeetingKind(cand.kind),
        status=MeetingStatus(cand.status),
        topics=cand.topics[:5],
        agreements=agreements,
        evidence=[span_evidence(text, s) for s in spans],
        sources=[article_id],
    )
    return meeting.with_id()


def _unique_spans(spans: Sequence[Span]) -> list[Span]:
    seen: dict[tuple[int, int], Span] = {}
    for span in spans:
        seen.setdefault((span.start, span.end), span)
    return sorted(seen.values(), key=lambda s: s.start)
