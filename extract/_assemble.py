"""Grounded candidates of one article → merged `Meeting`s.

Passages repeat a meeting ("met Rubio" in the caption, the lead and the body);
candidates with the same participants, status and compatible dates become one
record. Sides a sentence leaves unnamed are filled in first (`_missing_sides`). One
`Official` per person: `_officials`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ._candidates import Candidate
from ._countries import normalize_country
from ._cues import ORIGINALLY
from ._dates import outside_period, period_of
from ._grounding import overlap, span_evidence
from ._models import Agreement, AgreementType, Meeting, MeetingKind, MeetingStatus, Official
from ._passages import Span
from ._people import (
    same_person,
)


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
    # "The session had originally been planned as a meeting between A and B. It was
    # postponed ..." when the article tells it held (with B's stand-in): the plan it was.
    return [
        m
        for m in merged
        if not (
            m.status == "planned"  # (one called off stays: "...; the summit was called off")
            and ORIGINALLY.search(m.sentence.text)
            # (not a call that reset it: "the two discussed the new arrangements by phone")
            and any(
                o.status == "held" and o.kind == m.kind and _shares_person(m, o) for o in merged
            )
        )
    ]


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
    if a.passage != b.passage and _elsewhere(_told_place(a), _told_place(b)):
        return False  # "four hours with X in Tunis" then "sat down with ... in Gammarth"
    if (
        (a.anchor_shift is not None or b.anchor_shift is not None)
        and a.sentence != b.sentence
        and not _told_on(a, b)
        and not (a.anchor_told or b.anchor_told)  # "At the outset, ...": of the talks told
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
    larger = max((a, b), key=lambda x: len(x.participants))
    if (
        a.kind != b.kind
        and len(a.participants) != len(b.participants)
        and larger.kind == "virtual"
        and _JOINED_A_CALL.search(larger.sentence.text)
    ):
        return False  # "The two presidents have just joined a video call with Juba": a third
    smaller = min((a, b), key=lambda x: len(x.participants))
    if len(a.participants) != len(b.participants) and _ONE_ON_ONE.search(smaller.sentence.text):
        return False  # "Between sessions, the host and X held one-on-one talks"
    if a.sentence == b.sentence and a.date_span == b.date_span:
        return True  # one sentence, the same day words: "the day before" read twice
    if a.date and b.date:
        return a.date == b.date
    # "held summit talks last month" is not the call of "Monday".
    return not any(outside_period(x.date, _period(y, published)) for x, y in ((a, b), (b, a)))


def _told_place(cand: Candidate) -> str | None:
    """The candidate's place where its own sentence writes it (not one from elsewhere in
    the passage: "a pipeline to Rundu")."""
    where = cand.location
    return where if where and where.split(",")[-1].strip() in cand.sentence.text else None


def _elsewhere(a: str | None, b: str | None) -> bool:
    """Two places that share no word: two cities, not "Tunis" and "foreign ministry, Tunis"."""
    if not a or not b:
        return False
    words = [{w for w in re.findall(r"\w{3,}", x.casefold())} for x in (a, b)]
    return not (words[0] & words[1])


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


_JOINED_A_CALL = re.compile(r"\bjoined[ \t]+an?[ \t]+video[ \t]?(?:call|conference|link)\b")
_ONE_ON_ONE = re.compile(
    r"\b(?:one-on-one|one-to-one|t[eê]te-[aà]-t[eê]te|separate(?:ly)?|pull-aside|"
    # "a bilateral with X", not "bilateral trade"
    r"bilateral(?![ \t]+(?:trade|relations|ties|cooperation|investment|issues|agenda))|"
    # "during a break in the session": a side meeting of two of its people
    r"on[ \t]+the[ \t]+sidelines|(?:during|in)[ \t]+a[ \t]+break[ \t]+in)\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(r"\b(?:in[ \t]+person|face[ \t-]+to[ \t-]+face)\b", re.IGNORECASE)
_ANOTHER_SITTING = re.compile(r"\b(?:were|was)[ \t]+joined\b|\bjoined[ \t]+the[ \t]+two\b|^Later\b")


def _period(cand: Candidate, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The period a held meeting's "last month" or a plan's "next week" names. A held
    meeting's "next month" or "later this year" is another event's, or what was agreed
    ("agreed to meet again next month", "briefed X on elections planned for later this
    year")."""
    text = (cand.date_text or "").casefold()
    if "last" in text and cand.status != "held":
        return None
    period = period_of(cand.date_text, published)
    if cand.status == "held" and period and published and period[0] > published:
        return None
    return period


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
    if into.location and other.location and _city_in(other.location, into.location):
        into.location = other.location  # "travel to Vietnam", then "talks ... in Can Tho"
    if into.kind == "in_person" and other.kind != "in_person":
        into.kind = other.kind
    into.extra_evidence.append(other.sentence)
    absorb_agreements(into, other)
    into.topics.extend(t for t in other.topics if t not in into.topics)


def pair_singles(built: list[Candidate]) -> list[Candidate]:
    """One passage's two held meetings of one person each, on the same day: one meeting of
    both, told where the first is ("On January 26, Oman's Minister ... sat down with
    Kuwait's oil minister, B. The Omani minister, A, had spent weeks preparing for the
    session")."""
    singles = [c for c in built if len(c.participants) == 1 and c.status == "held"]
    if len(singles) != 2 or len(built) != 2:
        return built
    first, second = sorted(singles, key=lambda c: c.sentence.start)
    if (
        first.date is None
        or first.date != second.date
        or same_person(first.participants[0].name, second.participants[0].name)
    ):
        return built
    first.participants.append(second.participants[0])
    first.extra_evidence.append(second.sentence)
    absorb_agreements(first, second)
    return [first]


def _city_in(place: str, country: str) -> bool:
    """Is `place` a town of `country` (a country's name, not a town's)?"""
    found, town = normalize_country(country), normalize_country(place)
    return found is not None and found[0] == country and (town is None or town[0] == found[0])


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
        # A meeting called off agreed nothing ("had been due to host X to sign an agreement").
        for item in (cand.agreements if cand.status != "cancelled" else [])
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
