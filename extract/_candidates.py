"""One passage's draft meetings → grounded candidates, checked against the text.

Everything the model said is verified here: names must stand in the article (`_persons`),
stand-ins and countries are dropped, dates are resolved by `_dates` (never by the
model), kind/status follow explicit wording, and agreements must come from a
sentence that states a joint decision.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from . import _cues
from ._agreements import AgreementCandidate, agreements_in, with_told_agreements
from ._anchored_days import anchored_words
from ._called_off import called_off_by
from ._countries import normalize_country
from ._dates import find_date_mentions
from ._drafts import DraftMeeting, DraftPerson
from ._held_before import date_from_paragraph_after, date_from_paragraph_before
from ._later_sides import joined_the_two
from ._meeting_days import resolve_date
from ._meeting_objects import dashed_counterpart, objects_of
from ._meeting_sentence import (
    STATES_A_MEETING,
    between_bodies,
    heads_delegations,
    named_in,
    only_quoted,
    only_reported,
    plan_told_next,
    reporting_sentence,
    told_after_retraction,
    told_nearby,
)
from ._mentions import person_draft
from ._no_meeting import tells_no_meeting
from ._offices_named_next import bare_offices, holders_named_next
from ._other_sides import (
    delegation_heads,
    joined_by,
    listed_with,
    meeting_of_others,
    pair_subject,
)
from ._passages import Span, trusted_sentences
from ._people import same_person
from ._persons import Person, ground_person, surname_in
from ._stated_place import stated_place
from ._timeline_days import agenda_day, heading_day
from ._wording import meets_others, pair_clauses, subjects_of


@dataclass
class Candidate:
    passage: Span
    sentence: Span
    participants: list[Person]
    kind: str
    status: str
    date: dt.date | None = None
    date_text: str | None = None
    date_span: tuple[int, int] | None = None
    location: str | None = None
    occasion: str | None = None
    topics: list[str] = field(default_factory=list)
    agreements: list[AgreementCandidate] = field(default_factory=list)
    extra_evidence: list[Span] = field(default_factory=list)
    variants: list[Person] = field(default_factory=list)  # other forms, from merged repeats
    anchor_shift: int | None = None  # days from the previous meeting ("the following day")
    anchor_lead: bool = False  # "The summit followed a dinner the day before": from the lead
    anchor_told: bool = False  # "Following the talks, ...": the talks just told, not the lead


def build(
    text: str,
    passage: Span,
    draft: DraftMeeting,
    published: dt.date | None,
) -> Candidate | None:
    """Ground one draft meeting; None when nothing in it can be trusted."""
    people: list[Person] = []
    for draft_person in draft.participants:
        add_grounded(text, passage, draft_person, people)
    parts = trusted_sentences(passage)
    people = [p for p in people if any(named_in(p, s) for s in parts)]
    # With no one named: "Consultations between the Ministry of Foreign Affairs of A and
    # that of B were held", two bodies whose heads are named next (`add_delegation_heads`).
    sentence = (
        reporting_sentence(parts, people)
        if people
        else between_bodies(parts, [d.name for d in draft.participants])
    )
    if not people and (named := holders_named_next(parts, bare_offices(draft.participants))):
        # "the Libyan Minister was received ... by the Head of Government. Mr. A conveyed
        # to Mr. B a written message": the offices' holders, named next
        sentence, holders = named
        for holder in holders:
            add_grounded(text, passage, person_draft(holder), people)
    if sentence is not None:
        sentence = told_after_retraction(parts, sentence)  # "... That was wrong: ..."
    if people and sentence is not None and not STATES_A_MEETING.search(sentence.text):
        if heads_delegations(sentence.text):
            # "X will lead our delegation, and her counterpart is Y": the two heads, not
            # the speaker who announces them
            people = [p for p in people if named_in(p, sentence)] or people
        sentence = told_nearby(parts, sentence)
    elif sentence is not None and draft.status == "planned":
        # "X will pay an official visit to Qatar on 25 March. In Doha he will hold talks
        # with Y": the plan the next sentence tells of the same person.
        sentence = plan_told_next(parts, sentence) or sentence
    if sentence is None:
        return None  # no sentence that names these people says they met
    if len(people) == 1 and (
        only_quoted(sentence, people[0].span[0]) or only_reported(sentence, people[0].span[0])
    ):
        return None  # '"The postponement is understandable," said X': X's words, no meeting
    if _AWAY_ON_A_VISIT.search(sentence.text) and not STATES_A_MEETING.search(
        _AWAY_ON_A_VISIT.sub("", sentence.text)
    ):
        return None  # "X, who is on a working visit to Sabah, said in a statement": no talks
    if tells_no_meeting(sentence.text):
        return None  # "denied a report that X had held a secret meeting with Y"
    if (trip := _TRIP_TO_PLACES.search(sentence.text)) and all(
        normalize_country(place) for place in re.split(r",[ \t]*|[ \t]+and[ \t]+", trip["to"])
    ):
        # "X plans to visit Zagreb and Budapest": a trip to places; whoever the next
        # sentence names ("Y says she has spoken to ambassadors") is not on it.
        people = [p for p in people if named_in(p, sentence)]
    if len(people) == 2 and (companion := _ACCOMPANIED.search(sentence.text)):
        # "Balakrishnan, who accompanied Mr Wong throughout the trip, held talks with his
        # Philippine counterpart": one side, not a meeting of the two.
        people = [p for p in people if not same_person(p.name, companion["b"])]
    if people:
        # The model may have missed a side the sentence names ("to meet X"; with two
        # sides named already, only the object of their own verb).
        after = None if len(people) == 1 else [p.name.split()[-1] for p in people]
        for other in objects_of(sentence.text, after=after):
            add_grounded(text, passage, person_draft(other), people)
        if len(people) > 2 and (rest := meeting_of_others(sentence.text)) is not None:
            # The visitor, or the one who comments, is not in the meeting told after.
            people = [p for p in people if surname_in(p.name, rest)] or people
        if len(people) == 1:  # "X will travel to Y on October 4 to meet Benjamin": X too
            for other in subjects_of(sentence.text, people[0].name):
                add_grounded(text, passage, person_draft(other), people)
        if (pair := pair_subject(sentence.text)) and (
            len(people) == 1 or any(surname_in(p.name, " ".join(pair)) for p in people)
        ):
            # "Giménez and Mamani agreed to ...", the model naming one of them; "in which A
            # and B spoke with C", the model naming B and C
            for other in pair:
                add_grounded(text, passage, person_draft(other), people)
        clauses = pair_clauses(sentence.text)
        if clauses:
            # "A met B, C sat down with D, ...": the meeting of the first person's clause.
            people = _of_one_clause(people, clauses)
        # "A, B, C and D signed ...": the model named some of a list's people.
        for other in [] if clauses else listed_with(sentence.text, [p.name for p in people]):
            add_grounded(text, passage, person_draft(other), people)
        # "The meeting was attended by A and B. The Algerian delegation was led by C.",
        # "held talks with the Emirati delegation, led by C".
        after_it = [s for s in parts if s.start >= sentence.start]
        for later in after_it[:3]:
            if later is not after_it[0] and meets_others(later.text, [p.name for p in people]):
                break  # "... with X. Y stays to co-chair the Commission with Z. W is
                # represented by V": V is at Y's meeting, not this one
            for head in delegation_heads(later, ahead=draft.status == "planned"):
                add_grounded(text, passage, head, people)
        for later in after_it[:4]:  # "I was accompanied by X. On the Bolivian side, Y came"
            for joiner in joined_the_two(later.text):
                add_grounded(text, passage, person_draft(joiner), people)
    for joiner in joined_by(sentence.text):  # "were joined for the afternoon by X"
        add_grounded(text, passage, person_draft(joiner), people)
    if counterpart := dashed_counterpart(sentence.text):
        add_grounded(text, passage, person_draft(counterpart), people)
    status = _cues.status_from(sentence.text, draft.status)
    if (
        status == "held"
        and (agreed := _AGREED_THAT.search(sentence.text))
        and people
        and all(p.span[0] >= sentence.start + agreed.end() for p in people)
    ):
        status = "planned"  # "The ministers also agreed that Presidents A and B will meet"
        # agreed in a call: the plan's own manner ("will travel to Suva for talks")
        agreed_kind: str | None = _cues.kind_from(sentence.text[agreed.end() :], "in_person")
    else:
        agreed_kind = None
    called_off = called_off_by(text, passage, parts, sentence)
    if called_off is not None:
        status = "cancelled"  # "X had been scheduled to meet Y ... That meeting was called off"
    # Only the clause of the plan: not "..., and to prepare a summit they hoped could ..."
    if status == "planned" and _HEDGED.search(
        re.split(r",\s+(?:and|but|while)\s+|;", sentence.text)[0]
    ):
        return None  # "potential opportunities for a summit between Lee and Trump": no plan
    # A timeline's item under a day gone by, not what someone said of it
    heading = None if _SAYS.search(sentence.text) else heading_day(text, sentence.start, published)
    # An agenda's item under a day still ahead ("MONDAY 11 ¶ 16:00 - Tête-à-tête between A
    # and B"): a plan for that day, told as it will happen
    agenda = agenda_day(text, sentence.start, published)
    if status == "planned" and not _cues.states_a_plan(sentence.text) and not agenda:
        if not (
            _TALKS_TOLD.search(sentence.text)
            or _WENT_FOR_TALKS.search(sentence.text)
            or _dated_before(sentence, published)
            or heading
        ):
            return None  # no plan stated
        # A caption's "A and B during their talks on Monday morning", a timeline's "April
        # 12 - A and B speak by telephone", "A crossed to Helsinki on Monday for talks with
        # B": no plan, but talks on a day gone by.
        status = "held"
    if status == "planned" and not _cues.PLANNED.search(sentence.text):
        told = " ".join(p.text for p in parts if p.start >= sentence.start)[:400]
        if _cues.INVITED.search(sentence.text) and not _ACCEPTED.search(told):
            return None  # "invited Mr Aoun to visit Cairo" (thanked, no reply): no plan yet
    candidate = Candidate(
        passage=passage,
        sentence=sentence,
        participants=people,
        kind=agreed_kind or _kind(parts, sentence, people, draft.kind),
        status=status,
        location=stated_place(text, passage, sentence, draft.location, planned=status == "planned")
        # "... The meeting, scheduled for Wednesday in this town, was called off": there.
        or (stated_place(text, passage, called_off, None) if called_off else None),
        occasion=_cues.occasion_in(sentence.text) or _cues.occasion_in(passage.text),
        topics=_cues.topics_in(passage.text),
    )
    # "The day before" / "later that day" in a report count from the previous meeting.
    anchored_words(candidate, text, published)
    if candidate.anchor_shift is None:
        resolve_date(candidate, text, passage, draft.date_text, published, called_off)
    if candidate.status != "cancelled" and agenda and not heading:
        # An agenda's "THURSDAY, 4 MARCH ¶ 10:30 — Video conference between ...": a plan
        # for that day, told in the present tense
        candidate.status, candidate.date_span = "planned", None
        candidate.date, candidate.date_text = agenda
    if (
        heading
        and candidate.status == "held"
        and (
            candidate.date is None
            or (candidate.date_text or "").casefold() == heading[1].casefold()
        )
    ):
        candidate.date, candidate.date_text = heading  # a timeline's "TUESDAY" item
        candidate.date_span = None
    # "... a meeting held on Saturday in Gaya. ¶ The meeting was attended by A; B; C"
    date_from_paragraph_before(candidate, text, published)
    date_from_paragraph_after(candidate, text, published)
    candidate.agreements = agreements_in(
        parts, with_told_agreements(draft, parts, sentence), sentence
    )
    return candidate


_SEPARATE = re.compile(
    r"\bseparate(?:ly)?[ \t]+(?:\w+[ \t]+)?(?:meetings|talks|calls|conversations|bilaterals)\b|"
    r"\b(?:met|spoke)[ \t]+separately\b",
    re.IGNORECASE,
)


def _of_one_clause(people: list[Person], clauses: list[list[str]]) -> list[Person]:
    """The people in the clause of the first one a clause names."""

    def clause_of(person: Person) -> int | None:
        return next(
            (
                i
                for i, names in enumerate(clauses)
                if any(same_person(person.name, n) for n in names)
            ),
            None,
        )

    first = next((i for p in people if (i := clause_of(p)) is not None), None)
    if first is None:
        return people
    return [p for p in people if clause_of(p) in (first, None)]


def add_grounded(text: str, passage: Span, draft: DraftPerson, people: list[Person]) -> bool:
    """Ground `draft` and add them to `people` unless they are there already."""
    person = ground_person(text, passage, draft)
    if person is None or any(same_person(person.name, p.name) for p in people):
        return False
    people.append(person)
    return True


def split_separate(candidate: Candidate) -> list[Candidate]:
    """ "Albusaidi held separate meetings with Araghchi and Witkoff": one meeting per
    other side, each with the person named first (agreements stay with the first)."""
    people = candidate.participants
    if len(people) < 3 or not _SEPARATE.search(candidate.sentence.text):
        return [candidate]
    host = min(people, key=lambda p: p.span[0])
    return [
        dataclasses.replace(
            candidate,
            participants=[host, other],
            agreements=list(candidate.agreements) if i == 0 else [],
            topics=list(candidate.topics),
            extra_evidence=[],
            variants=[],
        )
        for i, other in enumerate(p for p in people if p is not host)
    ]


# A meeting only hoped for or speculated about is not a planned one. Lower case only:
# "May 5" is a day, "may meet" a hedge.
_HEDGED = re.compile(
    r"\b(?:potential|possible|possibility|opportunit(?:y|ies)|could|might|may|hopes?\s+to|"
    r"calls?\s+(?:have\s+grown\s+)?for|urged?|"
    # "There are reports you'll meet the Foreign Secretary at the summit": hearsay
    r"[Tt]here\s+(?:are|have\s+been)\s+reports|reportedly|rumou?rs?|"
    # "the mayor, who had planned to welcome the minister": a plan given up
    r"had\s+(?:planned|hoped|intended|wanted)\s+to)\b"
)


def _dated_before(sentence: Span, published: dt.date | None) -> bool:
    """Does the sentence name a day before the story's, by date ("April 12 - ...")?"""
    if published is None:
        return False
    days = find_date_mentions(sentence.text, published, tense="future")
    return any(m.precise and m.date is not None and m.date < published for m in days)


# "agreed that Presidents A and B will meet", "agreed that A will travel to Suva on the 21st
# for talks with B"
_AGREED_THAT = re.compile(
    r"\bagreed[ \t]+that\b(?=[^.;]*\b(?:will|would)[ \t]+(?:meet\b|hold[ \t]+talks\b|"
    r"(?:travel|fly|go)[ \t]+to\b[^.;]{0,60}?\b(?:for[ \t]+talks|to[ \t]+meet)\b))"
)
_SAYS = re.compile(r"\b(?:said|says|told|tells)\b")
# Talks told as a fact without a finite verb, as captions do: "A and B during their talks".
_TALKS_TOLD = re.compile(
    # "..., after a closed-door meeting that ran two hours over"
    r"\b(?:during|after)[ \t]+(?:their|the|an?)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:talks|meeting)\b"
)
# "crossed to Helsinki on Monday for talks with": a journey made for talks
_WENT_FOR_TALKS = re.compile(
    r"\b(?:crossed|travell?ed|flew|drove|went|came)\b[^.;]{0,60}?[ \t]for[ \t]+talks[ \t]+with\b"
)
_THE_TWO = re.compile(r"\b(?:the two|both)\b", re.IGNORECASE)
_TRIP_TO_PLACES = re.compile(
    r"\b(?:plans?|intends?|hopes?|wants?|expects?)[ \t]+to[ \t]+(?:visit|travel[ \t]+to)[ \t]+"
    r"(?P<to>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?(?:(?:,[ \t]*|[ \t]+and[ \t]+)"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*)"
)
_AWAY_ON_A_VISIT = re.compile(
    r",[ \t]+who[ \t]+(?:is|was)[ \t]+on[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}visit[ \t]+"
    r"to[ \t]+[^,]+,"
)
# An invitation becomes a plan once taken up: "accepted the invitation", "both agreed".
_ACCEPTED = re.compile(r"\baccept(?:s|ed)\b|\bagreed\b", re.IGNORECASE)
_ACCOMPANIED = re.compile(
    r"\b(?:who[ \t]+(?:has[ \t]+|had[ \t]+)?accompanied|accompanying|"
    r"(?:who[ \t]+travell?ed|travell?ing)[ \t]+with)[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
    r"(?P<b>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
)
# "He did not elaborate on the content of the telephone call": the encounter just told.
_THE_CALL = re.compile(r"\bthe[ \t]+(?:tele)?phone[ \t]+(?:call|conversation)\b", re.IGNORECASE)


def _kind(parts: list[Span], sentence: Span, people: list[Person], model_kind: str) -> str:
    """How they met: as the reporting sentence says ("telephoned"), else as it and a
    neighbour about the same encounter say. A neighbour's "their scheduled virtual
    session next week" is another event's manner, not that of a call told before."""
    own = _cues.kind_from(_own_part(sentence), model_kind)
    if own != "in_person":
        return own
    return _cues.kind_from(_kind_window(parts, sentence, people), model_kind)


def _own_part(sentence: Span) -> str:
    # "The video talks came a day after X met Y in Port Moresby": the manner of the talks
    # named first is not that of the meeting after "after".
    came = _CAME_AFTER.search(sentence.text)
    return sentence.text[came.end() :] if came else sentence.text


def _kind_window(parts: list[Span], sentence: Span, people: list[Person]) -> str:
    """The reporting sentence plus a neighbour that is about the same encounter
    ("...spoke by telephone with Tinubu", "...during a telephone call between the two")."""
    texts = [_own_part(sentence)]
    index = next((i for i, s in enumerate(parts) if s == sentence), None)
    if index is not None:
        for near in (index - 1, index + 1):
            if 0 <= near < len(parts):
                other = parts[near]
                if _EARLIER_ENCOUNTER.search(other.text):
                    continue  # "The message follows up on the telephone conversation ..."
                if (
                    _THE_TWO.search(other.text)
                    or any(named_in(p, other) for p in people)
                    or (near > index and _THE_CALL.search(other.text))
                ):
                    texts.append(other.text)
    return " ".join(texts)


# A neighbour about an encounter before this one: "The message follows up on the telephone
# conversation between the two leaders on the 9th", "The two Presidents recalled their call"
_EARLIER_ENCOUNTER = re.compile(
    rf"\bfollow(?:s|ed)?[ \t]+up[ \t]+on\b|{_cues.RECALLED_THEIR.pattern}"
)
_CAME_AFTER = re.compile(
    r"\b(?:came|come|comes|took[ \t]+place|followed)[ \t]+(?:just[ \t]+)?(?:a|one|two|three|"
    r"\w+)[ \t]+(?:day|days|hours?|weeks?)[ \t]+(?:after|before)\b"
)
