"""The story's own day: the one day a news lead's meeting sentence names, or a live
blog's day, which meetings told after it without a day of their own inherit.

News leads state the event and its day; later paragraphs tell who met whom there without
repeating it. A live blog's time-stamped entries ("14:10 - ...") all fall on its day.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import _cues
from ._dates import CLAUSE_ABOUT_ELSE, find_date_mentions
from ._passages import Span, has_meeting_cue, lead_passage, sentences
from ._people import same_person
from ._published import dateline_end

if TYPE_CHECKING:
    from ._candidates import Candidate


def inherit_lead_day(candidates: list[Candidate], text: str, published: dt.date | None) -> None:
    """A meeting held in person, reported after the lead with no day of its own, gets
    the one day the lead's meeting sentence names.

    News leads state the event and its day; later paragraphs tell who met whom there
    without repeating it. Calls, planned meetings and meetings with date words of their
    own ("last month", "in 2023") keep what they have.
    """
    story = lead_day(text, published)
    lead = story or live_blog_day(text, published)
    if lead is None:
        return
    blog = story is None  # a live blog's entries tell that day's calls too
    day, span = lead
    lead_sentence = _sentence_at(text, span[0])
    lead_kind = _cues.kind_from(lead_sentence, "in_person")
    for cand in candidates:
        # "In the afternoon, ...": the lead's day too; "Following the talks": the talks'.
        same_day = cand.anchor_shift == 0 and not cand.anchor_told
        if (
            cand.date is None
            and (same_day or (cand.date_text is None and cand.anchor_shift is None))
            # a live blog's "the bilateral arranged for lunchtime will not take place"
            and (cand.status == "held" or (blog and cand.status == "cancelled"))
            # a call gets it only from a lead that tells a call ("after a video call with")
            # ("reached the agreement during a video conference": the lead's agreement's)
            and (
                cand.kind in ("in_person", lead_kind)
                or blog
                or _the_leads_outcome(cand, lead_sentence)
            )
            and cand.sentence.start >= span[0]
            # "..., when the two last met in person" in "dates from November": its own time
            and (same_day or not _own_period(cand.sentence.text, published))
            # "On Tuesday, X held a video conference with Y. Y also briefed X on ...": the
            # meeting just told, told on.
            and not _told_on(cand, candidates)
        ):
            cand.date = day
            if not same_day:
                cand.date_span, cand.date_text = span, text[span[0] : span[1]]
            if not (
                blog
                or _RECEIVED.search(cand.sentence.text)
                or _REACHED_IT.search(cand.sentence.text)
            ):
                # The lead's meeting, so its manner too ("met by video conference on ..."),
                # not another one "earlier on the same day" that says how it went.
                cand.kind = _cues.kind_from(lead_sentence, cand.kind)


def _the_leads_outcome(cand: Candidate, lead_sentence: str) -> bool:
    return bool(_REACHED_IT.search(cand.sentence.text)) and "agree" in lead_sentence


_REACHED_IT = re.compile(
    r"\b(?:reached|struck|sealed|clinched)[ \t]+the[ \t]+(?:agreement|deal|accord)\b"
)


def _told_on(cand: Candidate, candidates: list[Candidate]) -> bool:
    """Does a sentence just before (this paragraph or the last) tell a dated meeting of
    these people?"""
    return any(
        0 <= cand.sentence.start - other.sentence.end < _JUST_BEFORE
        and other.date is not None
        and len(other.participants) == len(cand.participants)  # the same people, not a few
        and all(any(same_person(p.name, q.name) for q in other.participants)
                for p in cand.participants)
        for other in candidates
    )  # fmt: skip


_JUST_BEFORE = 400  # characters


def _own_period(sentence: str, published: dt.date | None) -> bool:
    """Does the sentence name a time with no day ("from November", "last year")? Not a
    day an item is due ("agreed to open the post from 1 August")."""
    return any(
        not m.precise
        and m.date is None
        # "the trade, which exceeded 90 million euros last year": the trade's time
        and not CLAUSE_ABOUT_ELSE.search(sentence, max(0, m.start - 80), m.start)
        for m in find_date_mentions(sentence, published)
    )


_RECEIVED = re.compile(r"\b(?:received|hosted|welcomed|visited|courtesy[ \t]+call)\b")


# "14:10 - Meeting called off": the time-stamped entries of a live blog.
TIME_STAMP = r"[0-2]?[0-9][:.][0-5][0-9]"  # "14:10", "9.30"
ENTRY_TIME = re.compile(rf"^{TIME_STAMP}\b", re.MULTILINE)
_HEAD = 600  # characters where a live blog gives its day


def live_blog_day(text: str, published: dt.date | None) -> tuple[dt.date, tuple[int, int]] | None:
    """A live blog's day, where its head writes the publication date: each entry tells
    what happened that day, so an entry's meeting with no day of its own was on it."""
    if published is None or len(ENTRY_TIME.findall(text)) < 3:
        return None
    head = find_date_mentions(text[:_HEAD], published)
    day = next((m for m in head if m.precise and m.date == published), None)
    return (published, (day.start, day.end)) if day else None


def _sentence_at(text: str, offset: int) -> str:
    return next(s.text for s in sentences(Span(0, len(text), text)) if s.end > offset)


# "talks, which had been due to take place in Maseru on Tuesday, were finally held in
# Lilongwe on Friday": a plan's "had", not a meeting's.
_NOT_HELD = re.compile(r"[ \t]+(?:been|not|yet|expected)\b")  # (HELD skips "had planned")
# "The Mercosur summit ended in Asunción on Thursday": the day of the lead's gathering.
_GATHERING_ENDED = re.compile(
    r"\b(?:summit|talks|meeting|conference|forum|session)\b[^.;]{0,40}?"
    r"\b(?:ended|closed|concluded|opened|wrapped[ \t]+up)\b",
    re.IGNORECASE,
)


# "..., Prime Minister X announced this afternoon after a video call with his counterpart"
_AFTER_TALKS = re.compile(
    r"\bafter[ \t]+(?:a|an|the|their|his|her)[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:call|talks|meeting|conversation)\b|"
    # "got a close look at the piers yesterday before sitting down with Canada's minister"
    r"\b(?:before|after)[ \t]+sitting[ \t]+down[ \t]+with\b"
)

# "... crowded the waterfront yesterday as Prime Minister X stepped off a launch for his
# first official visit to Nevis": a one-day visit's arrival is the day of its talks (a
# "three-day visit" may hold them on any of its days).
# "Vietnam and the Netherlands agreed on Tuesday to ...": the day of the talks told next
_AGREED_ON_DAY = re.compile(
    r"\bagreed[ \t]+(?=on[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE
)
_ARRIVED_FOR_VISIT = re.compile(
    r"\b(?:arrived|landed|stepped[ \t]+(?:off|ashore))\b[^.;]{0,80}?\bfor[ \t]+"
    r"(?:a|an|his|her|their)[ \t]+(?!(?:\w+-day|multi-day)\b)(?:[\w-]+[ \t]+){0,3}visit\b"
)


# "undertook a one-day working visit to Lomé yesterday": one day, the lead's
_MADE_A_VISIT = re.compile(
    r"\b(?:undertook|paid|made)[ \t]+(?:a|an)[ \t]+(?:one-day[ \t]+)?(?:[a-z]+[ \t]+)?visit\b"
)


def lead_day(text: str, published: dt.date | None) -> tuple[dt.date, tuple[int, int]] | None:
    """The day (and where it is written) of the lead's first meeting sentence, if it
    names exactly one."""
    if published is None:
        return None
    lead = lead_passage(text)
    if lead is None or not (has_meeting_cue(lead) or _AGREED_ON_DAY.search(lead.text)):
        return None
    for sent in sentences(lead):
        cut = story_start(sent.text)
        scope = Span(sent.start + cut, sent.end, sent.text[cut:])
        held = (
            next(
                (
                    m
                    for m in _cues.HELD.finditer(scope.text)
                    if not (m.group().lower() == "had" and _NOT_HELD.match(scope.text, m.end()))
                ),
                None,
            )
            or _GATHERING_ENDED.search(scope.text)
            or _AFTER_TALKS.search(scope.text)
            or _ARRIVED_FOR_VISIT.search(scope.text)
            or _MADE_A_VISIT.search(scope.text)
            or _AGREED_ON_DAY.search(scope.text)
        )
        if held is None:
            continue
        if _SEVERAL_MEETINGS.search(scope.text):
            return None  # "held a series of bilateral meetings ..., which concluded on Wednesday"
        mentions = [
            m  # "since January" is background, not the day of the lead's meeting
            for m in find_date_mentions(scope.text, published, tense="past")
            if not m.text.casefold().startswith(("since", "until"))
        ]
        if len(mentions) > 1:
            # "met by video conference on Thursday, replacing a summit due on Monday":
            # the day written right after the verb, when any other day is in another
            # clause ("met on Monday and again on Wednesday" names two meetings).
            verb = held
            near = [
                m
                for m in mentions
                if 0 <= m.start - verb.end() <= _NEAR_VERB
                and not _CLAUSE_BREAK.search(scope.text[verb.end() : m.start])
            ][:1]
            others = [m for m in mentions if m not in near]
            apart = all(
                _CLAUSE_BREAK.search(scope.text[min(m.end, n.end) : max(m.start, n.start)])
                for m in others
                for n in near
            )
            mentions = near if apart else []
        if len(mentions) != 1 or not mentions[0].precise or mentions[0].date is None:
            return None
        start = scope.start + mentions[0].start
        return mentions[0].date, (start, start + len(mentions[0].text))
    return None


def story_start(sentence: str) -> int:
    """Where a sentence's own words start: past a dateline, and past header lines a tiny
    paragraph merged into it ("Burak Demirtaş | 17.03.2026\n\nANKARA\n\nFidan met ...")."""
    line = sentence.rfind("\n") + 1
    return max(dateline_end(sentence), line + dateline_end(sentence[line:]))


# Meetings on several days: no one day of the lead's.
_SEVERAL_MEETINGS = re.compile(
    r"\b(?:a[ \t]+series[ \t]+of|several|a[ \t]+(?:number|round)[ \t]+of|multiple)[ \t]+"
    r"(?:[a-z-]+[ \t]+)?(?:meetings|talks|bilaterals|calls|encounters)\b"
)
_NEAR_VERB = 40  # characters: "met by video conference in Brussels on Thursday"
_CLAUSE_BREAK = re.compile(r"[,;]")


# --- the day in the reporting sentence ------------------------------------------------
