"""Article → `ArticleExtraction`: passages, one small model call each, then code.

1. Split the article into paragraph-sized passages; skip those with no meeting wording.
2. Ask the model, passage by passage, for `PassageDraft` (copied names, enums, date words),
   with the article's opening as read-only context. Article text is fenced as data.
3. Ground every draft in the text, resolve dates against the publication date,
   merge repeats, build one official per person (`_candidates`, `_assemble`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from . import (
    _agreement_owners,
    _agreements,
    _anchored_days,
    _assemble,
    _candidates,
    _corrections,
    _lead_day,
    _missing_sides,
    _officials,
    _places,
    _same_sides,
    _schedules,
    _told_outcomes,
    _wording,
)
from ._agreed_clauses import joint_agreement_in, joint_agreements
from ._agreed_lists import listed_items
from ._agreed_summits import add_agreed_summits
from ._drafts import DraftMeeting, PassageDraft
from ._exceptions import InputError
from ._expanded_talks import add_participants
from ._grounding import overlap
from ._interview_turns import (
    add_the_one_asked_about,
    add_the_speaker,
    drop_the_absent_speaker,
    drop_the_interviewer,
    place_asked_about,
    speaker_meetings,
)
from ._models import ArticleExtraction, Usage
from ._moved_meetings import date_moved_plans
from ._office_named_next import add_office_holders_named_next
from ._passages import Span, has_meeting_cue, is_headline, passages, sentences
from ._people import same_person
from ._persons import surname_in
from ._published import detect_published, parse_published, story_day
from ._resources import prompt, prompt_version
from ._talks_joiners import add_delegation_heads

log = logging.getLogger("extract")

PIPELINE_VERSION = "9"
PASSAGE_MAX_TOKENS = 900

# (messages, response model, max_tokens) → (draft, usage); `_provider.ModelClient.complete`.
Complete = Callable[
    [list[dict[str, str]], type[PassageDraft], int], Awaitable[tuple[PassageDraft, Usage]]
]


@functools.cache
def version() -> str:
    """Changes whenever prompts, the draft schema or this pipeline change (a cache key part)."""
    schema = json.dumps(PassageDraft.model_json_schema(), sort_keys=True)
    basis = f"{prompt_version()}|{PIPELINE_VERSION}|{schema}"
    return hashlib.sha256(basis.encode()).hexdigest()[:12]


def resolve_published(
    text: str, published: dt.date | dt.datetime | str | None
) -> tuple[dt.date | None, str | None]:
    if published is not None and published != "":
        return parse_published(published), "given"
    found = detect_published(text)
    return found if found else (None, None)


def _fence(text: str) -> str:
    # Article text is data: it must not be able to close our delimiters.
    return re.sub(r"<{3,}|>{3,}", lambda m: " ".join(m.group()), text)


def _covers(known: _candidates.Candidate, new: _candidates.Candidate) -> bool:
    """Does a meeting from the model's drafts already report this plain-wording one?"""
    return known.sentence == new.sentence and _covers_people(known, new)


def _misnamed(drafted: _candidates.Candidate, plain: _candidates.Candidate) -> bool:
    """Is `drafted` the plain-wording meeting's sentence with a side it does not name?"""
    sentence = plain.sentence
    return (
        drafted.sentence == sentence
        and any(not surname_in(p.name, sentence.text) for p in drafted.participants)
        and any(
            same_person(p.name, q.name) for p in drafted.participants for q in plain.participants
        )
    )


def _covers_people(known: _candidates.Candidate, new: _candidates.Candidate) -> bool:
    return all(
        any(same_person(p.name, q.name) for q in known.participants) for p in new.participants
    )


def messages_for(passage: Span) -> list[dict[str, str]]:
    # No article context: a small model copies people from it into the passage's meetings.
    # Names are tied together across passages in code (`_people`).
    user = prompt("passage_user").format(passage=_fence(passage.text))
    return [
        {"role": "system", "content": prompt("passage_system")},
        {"role": "user", "content": user},
    ]


async def run(
    text: str,
    *,
    complete: Complete,
    published: dt.date | dt.datetime | str | None = None,
    article_id: str = "",
    model: str = "",
    sequential: bool = True,
) -> ArticleExtraction:
    """Ask the model about each passage with a meeting word, then apply the code-side
    rules (`assemble`)."""
    if not isinstance(text, str):
        raise InputError(f"article text must be a str, got {type(text).__name__}")
    if not text.strip():
        raise InputError("the article is empty; pass the article's text", reason="empty_input")
    pub, pub_source = resolve_published(text, published)
    asked = [
        p for i, p in enumerate(passages(text)) if has_meeting_cue(p) and not is_headline(p, i)
    ]

    async def ask(passage: Span) -> tuple[PassageDraft, Usage]:
        return await complete(messages_for(passage), PassageDraft, PASSAGE_MAX_TOKENS)

    if sequential:
        answers = [await ask(p) for p in asked]
    else:
        answers = list(await asyncio.gather(*(ask(p) for p in asked)))
    usage = sum((spent for _draft, spent in answers), Usage())
    drafts = tuple(draft for draft, _spent in answers)
    return assemble(Answers(text, tuple(asked), drafts, pub, pub_source, article_id, model, usage))


@dataclass(frozen=True)
class Answers:
    """An article and the model's answers about it: all `assemble` needs."""

    text: str
    asked: tuple[Span, ...]
    drafts: tuple[PassageDraft, ...]
    published: dt.date | None
    published_source: str | None
    article_id: str
    model: str
    usage: Usage


def assemble(found: Answers) -> ArticleExtraction:
    """The code-side rules: ground the drafts, add what plain wording states, resolve
    days, merge repeats, fill places, titles and countries. Pure CPU, no model."""
    text, article_id = found.text, found.article_id
    pub = story_day(text, found.published)  # what the story's "today" means
    candidates: list[_candidates.Candidate] = []
    answered = dict(zip(found.asked, found.drafts, strict=True))
    for i, passage in enumerate(passages(text)):
        add_delegation_heads(text, passage, candidates)
        if passage not in answered:
            # Not sent (no meeting word): plain wording may still state one ("is
            # scheduled to brief President X on Thursday") or what the sides just
            # reported agreed ("Both ministers agreed to ..."), at no model cost.
            if not is_headline(passage, i):
                candidates.extend(_from_draft(text, passage, _NOTHING_ASKED, pub, candidates))
            continue
        candidates.extend(_from_draft(text, passage, answered[passage], pub, candidates))
    drop_the_interviewer(candidates, text)  # "Presenter: X" asks, X meets no one
    drop_the_absent_speaker(candidates, text)  # "No, I was not. A telephoned B ..."
    # Talks between two ministries whose heads no paragraph named: no one to report.
    candidates = [c for c in candidates if c.participants]

    _told_outcomes.lead_outcome(text, answered, candidates, pub)
    _lead_day.inherit_lead_day(candidates, text, pub)
    _anchored_days.resolve_anchored(candidates)
    _schedules.date_entries(candidates, text, pub)
    _missing_sides.join_the_sides_told_before(candidates)
    _missing_sides.add_missing_subjects(candidates, text)
    add_office_holders_named_next(candidates, text)  # "by the Speaker ... The Speaker, Mr. Y"
    add_the_one_asked_about(candidates, text)  # "So you haven't spoken to her?"
    add_participants(candidates, text)
    _agreement_owners.move_to_their_meeting(candidates, text)
    _corrections.apply_corrections(candidates, text, pub)
    date_moved_plans(candidates, text, pub)
    merged = _assemble.merge(candidates, pub)
    add_agreed_summits(merged, text, pub)
    place_asked_about(merged, text)  # "Q: You went to Santo Domingo ... A: When I met X"
    _places.inherit_locations(merged, text, pub)
    _places.add_cities(merged, text)
    registry = _officials.officials(text, merged)
    meetings = [_assemble.to_meeting(text, c, registry, article_id) for c in merged]
    people = list({id(o): o for o in registry.values()}.values())
    return ArticleExtraction(
        article_id=article_id,
        published=found.published,
        published_source=found.published_source,
        meetings=meetings,
        officials=people,
        model=found.model,
        prompt_version=version(),
        usage=found.usage,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
    )


_NOTHING_ASKED = PassageDraft(meetings=[])


def _later_plan(
    text: str,
    passage: Span,
    meeting: DraftMeeting,
    pub: dt.date | None,
    covering: list[_candidates.Candidate],
) -> _candidates.Candidate | None:
    """A plain-worded plan of people the model's held meetings have, told in a sentence of
    its own with a day of its own: another meeting, not theirs again."""
    # From the plan's sentence on: not the call before it that names the same two ("The
    # visit follows the telephone conversation between A and B ... The joint session will
    # take place in Zagreb on 14 April, co-chaired by A and B")
    told = next((s for s in sentences(passage) if _PLANS.search(s.text)), None)
    if told is None:
        return None  # the common case: no plan in the passage at all
    rest = Span(told.start, passage.end, text[told.start : passage.end])
    plan = _candidates.build(text, rest, meeting, pub)
    if plan is None or plan.status != "planned" or plan.date is None:
        return None
    if any(c.status != "held" or c.sentence == plan.sentence for c in covering):
        return None
    return plan


# "will meet again in Iqaluit on October 6", "the joint session will take place in Zagreb on
# 14 April, co-chaired by A and B"
_PLANS = re.compile(r"\bwill[ \t]+(?:also[ \t]+)?(?:meet|take[ \t]+place|be[ \t]+held)\b")


def _from_draft(
    text: str,
    passage: Span,
    draft: PassageDraft,
    pub: dt.date | None,
    earlier: list[_candidates.Candidate],
) -> list[_candidates.Candidate]:
    """The meetings of one answered passage."""
    if log.isEnabledFor(logging.DEBUG):  # the dump costs more than the check
        log.debug("passage %d-%d draft: %s", passage.start, passage.end, draft.model_dump_json())
    # A passage the model found empty may still state a meeting in plain words,
    # or what the sides of the meeting just reported agreed ("They agreed to ...").
    found = draft.meetings or speaker_meetings(passage, text) or _wording.meetings_in(passage)
    if not found and (agreed := joint_agreements(passage)):
        found = [DraftMeeting(participants=[], kind="in_person", status="held", agreements=agreed)]
    built: list[_candidates.Candidate] = []
    orphans: list[DraftMeeting] = []
    for meeting in found:
        cand = _candidates.build(text, passage, meeting, pub)
        if cand is None:
            orphans.append(meeting)  # its agreements may be the meeting's told before
            continue
        held = [
            c
            for c in (*earlier, *built)
            if cand.participants and _covers_people(c, cand) and c.status == "held"
        ]
        joins = bool(held) and (cand.status != "held" or cand.date is None)
        agrees_only = _agreements.only_agrees(cand.sentence.text)
        if joins and (agrees_only or cand.status == "planned"):
            # "Abdelatty and Safadi agreed to ... at next month's meeting", "Trung and Wong
            # agreed to ...": the agreements of the meeting just told. So are those told
            # with a planned visit of the same sides ("invited Boateng to visit ..., and
            # both agreed that ...").
            _assemble.absorb_agreements(held[-1], cand)
            if agrees_only and (clause := joint_agreement_in(cand.sentence.text)):
                # "Morikawa and Hai further agreed to hold the first two-plus-two in Hanoi in
                # the autumn": drafted as a meeting, it is what the held one agreed
                agreed_here = DraftMeeting(
                    participants=[], kind="in_person", status="held", agreements=[clause]
                )
                cand.agreements = _agreements.agreements_in([cand.sentence], agreed_here)
                _assemble.absorb_agreements(held[-1], cand)
            cand.agreements = []
        if not (joins and agrees_only):
            built.extend(_candidates.split_separate(cand))
    add_the_speaker(built, passage, text)  # "DEIYE: ... on the 8th I sat down with him"
    if draft.meetings:
        # Sentences the model's drafts left out, stated in plain words ("The envoy
        # also held separate talks with ..."): a small model often reports one
        # meeting per passage.
        for meeting in [*_wording.meetings_in(passage), *speaker_meetings(passage, text)]:
            covering = [
                c
                for c in built
                if all(any(same_person(d.name, p.name) for p in c.participants)
                       for d in meeting.participants)
            ]  # fmt: skip
            if covering and (plan := _later_plan(text, passage, meeting, pub, covering)):
                # "Gauthier had been received by Berthelsen. He brought with him Kilabuk.
                # Berthelsen and Kilabuk will meet again in Iqaluit on October 6"
                built.append(plan)
                continue
            if covering:  # the model's drafts have these people already; maybe not all
                told = [a.summary for a in covering[0].agreements]
                if any(all(overlap(a.what, t) <= 0.6 for t in told) for a in meeting.agreements):
                    plain = _candidates.build(text, passage, meeting, pub)  # agreed more
                    if plain is not None:
                        _assemble.absorb_agreements(covering[0], plain)
                continue
            if all(
                any(same_person(d.name, p.name) for c in built for p in c.participants)
                for d in meeting.participants
            ):
                continue  # the model's drafts have these people, in several meetings
            cand = _candidates.build(text, passage, meeting, pub)
            if cand is not None and not any(_covers(c, cand) for c in built):
                # "Van der Hoeven had telephoned Kieffer": the plain wording names both
                # sides where the model's draft of that sentence brought in someone else.
                for wrong in [c for c in built if _misnamed(c, cand)]:
                    _assemble.absorb_agreements(cand, wrong)
                    built.remove(wrong)
                # What the passage says was signed belongs to the model's meeting that has
                # it, not also to a call told after ("... signed an arrangement. The trip
                # came a week after X spoke by phone with Y").
                told = [a.summary for c in built for a in c.agreements]
                cand.agreements = [
                    a
                    for a in cand.agreements
                    if a.sentence.start >= cand.sentence.start
                    or all(overlap(a.summary, t) <= 0.6 for t in told)
                ]
                built.append(cand)
    # "The two presidents spoke by telephone on Saturday": the sides just told, again.
    for sentence in _same_sides.same_sides_again(passage):
        previous = [
            c
            for c in (*earlier, *built)
            if c.sentence.start < sentence.start and len(c.participants) > 1
        ]  # the last meeting told of two sides, not "Rožman told the Herald by telephone"
        if not previous:
            continue
        # The sides told just before; "the two presidents": the last meeting of presidents;
        # one with the people the model named in the sentence, if any has them all.
        pool = _of_office(sentence.text, previous)
        if not pool:
            continue
        on_it = [c for c in built if c.sentence == sentence]
        pool = [c for c in pool if on_it and all(_covers_people(c, d) for d in on_it)] or pool
        last = max(pool, key=lambda c: c.sentence.start)
        again = _same_sides.again(text, last, sentence, pub)
        # "the two presidents had been due to meet X": a draft of that sentence with only
        # some of its people (X and a guess) gives way to the sides just told, and X.
        if on_it and all(_covers(again, c) and len(c.participants) < len(again.participants)
                         for c in on_it):  # fmt: skip
            for lesser in on_it:
                _assemble.absorb_agreements(again, lesser)
                built.remove(lesser)
            on_it = []
        if not on_it:
            built.append(again)
    built = _assemble.pair_singles(built)
    for orphan in orphans:
        _told_outcomes.follow_up(passage, orphan, [*earlier, *built], pub)
    if listed := listed_items(text, passage):
        # "... agreed to:" or "the following instruments were signed:", one item a line:
        # the items of the last meeting held before the list.
        first = listed[0].sentence.start
        held = [c for c in (*earlier, *built) if c.status == "held" and c.sentence.start < first]
        if held:
            last = max(held, key=lambda c: c.sentence.start)
            # "Signed the instruments": a bare mention the items now spell out.
            kept = [a for a in last.agreements if not _agreements.names_no_content(a.summary)]
            kept.extend(
                a for a in listed if all(overlap(a.summary, k.summary) <= 0.6 for k in kept)
            )
            last.agreements = kept
    return built


_THE_TWO_OFFICE = re.compile(
    r"\b(?:the[ \t]+two|both)[ \t]+((?:foreign[ \t]+|prime[ \t]+|defen[cs]e[ \t]+)?"
    r"(?:president|minister|premier|chancellor|king|emir)s)\b",
    re.IGNORECASE,
)


def _of_office(sentence: str, previous: list[_candidates.Candidate]) -> list[_candidates.Candidate]:
    """The earlier meetings whose sides hold the office a sentence names them by ("the two
    presidents"), or all of them when it names none (or none fits)."""
    named = _THE_TWO_OFFICE.search(sentence)
    if named is None:
        return previous
    office = named.group(1).casefold().removesuffix("s")
    fitting = [
        c
        for c in previous
        if office in c.sentence.text.casefold()
        or all(p.title and office in p.title.casefold() for p in c.participants)
    ]
    if not fitting and len(named.group(1).split()) > 1:  # "foreign ministers", not "presidents"
        # "recalled the meeting between the two foreign ministers" after talks of their
        # deputies: a meeting of others, unnamed.
        return []
    return fitting or previous
