"""Days of meetings whose own sentence does not give one.

Two cases, both resolved in code after every passage has been read:
- "later that day", "the following day", "the same evening": the day of the meeting
  reported just before (`_anchored_days`);
- a meeting elaborated on after the lead ("The ministers met in Kraków on Tuesday. ...
  Sikorski hosted Barrot and Wadephul at the castle."): the day the lead gives, when
  the lead gives exactly one (`inherit_lead_day`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from . import _cues
from ._dates import DateMention, find_date_mentions
from ._grounding import find_first
from ._lead_day import story_start
from ._other_event_days import JOURNEY, clause_or_statement_day, meeting_mentions, possessive
from ._passages import MEETING_CUES, Span, has_meeting_cue, passages, sentences
from ._published import a_date_line, dateline_end

if TYPE_CHECKING:
    from ._candidates import Candidate


def resolve_date(
    candidate: Candidate,
    text: str,
    passage: Span,
    date_text: str | None,
    published: dt.date | None,
    called_off: Span | None = None,
) -> None:
    """The candidate's day (see `_resolve_date`); a called-off meeting's bare weekday or
    "the 14th" is the one nearest the story's date."""
    _resolve_date(candidate, text, passage, date_text, published, called_off)
    day, words = candidate.date, (candidate.date_text or "").strip()
    if candidate.status != "cancelled" or day is None or published is None:
        return
    # A call-off is news near the day it spoils, whether that day has just passed or is
    # just ahead: "which was to take place on Saturday, had been called off", "was due to
    # meet him at the Moncloa on the 14th. ... the trip had been postponed".
    if _BARE_WEEKDAY.fullmatch(words) and not _HOURS_BEFORE.search(candidate.sentence.text):
        week = dt.timedelta(days=7)
        options = [day - week, day, day + week]
    elif _BARE_DAY_OF_MONTH.fullmatch(words):
        options = [d for shift in (-1, 0, 1) if (d := _same_day_in(day, shift)) is not None]
    else:
        return
    candidate.date = min(options, key=lambda d: abs((d - published).days))


# The model's words "Monday's meeting": a day written as an event's
_OWNED = re.compile(r"(?:\w+[ \t]+)?\w+['’]s[ \t]+(?:meeting|talks|session|call|visit|summit)\b")
_BARE_DAY_OF_MONTH = re.compile(r"(?:on[ \t]+)?the[ \t]+[0-3]?[0-9](?:st|nd|rd|th)", re.IGNORECASE)


def _same_day_in(day: dt.date, months: int) -> dt.date | None:
    """The same day of the month `months` away, if that month has it."""
    index = day.year * 12 + day.month - 1 + months
    try:
        return day.replace(year=index // 12, month=index % 12 + 1)
    except ValueError:  # the 31st of a 30-day month
        return None


# Words around a weekday that change its day: "this coming Monday", "Monday the 14th".
_CUE_BEFORE = re.compile(r"\b(?:this|next|last|coming|past)[ \t]+$", re.IGNORECASE)
_DAY_AFTER = re.compile(r",?[ \t]+the[ \t]+[0-3]?[0-9]")


# "was called off hours before it was due to start": on its day, which the past reading has.
_HOURS_BEFORE = re.compile(r"\b(?:hours|minutes)[ \t]+before\b")
_BARE_WEEKDAY = re.compile(
    r"(?:on[ \t]+|this[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _resolve_date(
    candidate: Candidate,
    text: str,
    passage: Span,
    date_text: str | None,
    published: dt.date | None,
    called_off: Span | None = None,
) -> None:
    """Date from the model's copied words where they stand in the reporting sentence, else
    the sentence's own date words, else the model's words elsewhere in the passage, else
    the day of the sentence calling it off ("The meeting, scheduled for Wednesday, May 20,
    has been called off")."""
    held = candidate.status == "held"
    tense = "past" if held else "future"
    if candidate.status == "cancelled" and _WAS_PLANNED.search(candidate.sentence.text):
        # "had been pencilled in for Monday", "scheduled for Friday, was called off": a day
        # already gone; but "has been postponed" is news of a day still ahead.
        tense = "future" if _NOW_OFF.search(candidate.sentence.text) else "past"
    sentence = candidate.sentence
    cut = story_start(sentence.text)
    if cut:  # "SEOUL, June 26, 2025 (Yonhap) --" dates the story, not the meeting
        sentence = Span(sentence.start + cut, sentence.end, sentence.text[cut:])
    copied: Span | None = None
    if date_text:
        where = find_first(passage.text, date_text)
        # Words copied from the dateline ("NAIROBI, March 3, 2026 --") date the story.
        if (
            where
            and where[0] >= dateline_end(passage.text)
            and not a_date_line(passage.text, where)
        ):
            # The model's "Monday" inside "this coming Monday": the whole expression.
            if _BARE_WEEKDAY.fullmatch(date_text.strip()) and (
                _CUE_BEFORE.search(passage.text, max(0, where[0] - 20), where[0])
                or _DAY_AFTER.match(passage.text, where[1])
            ):
                left = max(0, where[0] - 30)  # a window, not the passage: this runs often
                window = passage.text[left : where[1] + 20]
                around = [
                    (left + m.start, left + m.end)
                    for m in find_date_mentions(window, published, tense=tense)
                    if left + m.start <= where[0] and where[1] <= left + m.end
                ]
                where = around[0] if around else where
            start, end = passage.start + where[0], passage.start + where[1]
            copied = Span(start, end, text[start:end])
    if copied is not None and (
        clause_or_statement_day(text, copied.start)
        or JOURNEY.search(text, max(0, copied.start - 60), copied.start)
    ):
        # The model's "Tuesday" of "a joint statement issued late Tuesday", of "X, who flew
        # in from Kuching on Sunday evening, held talks", of "left for Pohnpei on Thursday
        # and is due to hold talks in Palikir on Tuesday".
        copied = None
    if copied is not None and (possessive(text, copied.end) or _OWNED.match(copied.text)):
        copied = None  # "Yesterday's meeting": the sentence's days decide (see above)
    in_sentence = copied is not None and sentence.start <= copied.start < sentence.end
    # Words the model took from another sentence of the passage ("...postponed. They are
    # now expected to meet next week.") may date another meeting: the last resort.
    scopes = [copied, sentence] if in_sentence else [sentence, copied]
    sentence_days: list[DateMention] | None = None
    if in_sentence and _CLAUSE.search(sentence.text):
        sentence_days = meeting_mentions(sentence.text, published, tense, held=held)
        if sum(m.precise for m in sentence_days) > 1:
            # "flew in last Wednesday, and last Thursday he sat down with X": the day of
            # the clause naming the people, whichever the model copied.
            scopes = [sentence]

    def days_in(scope: Span) -> list[DateMention]:
        if scope is sentence and sentence_days is not None:
            return sentence_days  # found above: not searched twice
        return meeting_mentions(scope.text, published, tense, held=held)

    if candidate.status == "planned" and (moved := _cues.MOVED_TO.search(sentence.text)):
        # "which were due to take place this Friday, have been put back to Tuesday, March
        # 2nd": the new day
        later = [
            m
            for m in meeting_mentions(sentence.text, published, "future")
            if m.precise and m.start >= moved.start()
        ]
        if later:
            set_date(candidate, sentence, later[0])
            return
    found_in = [(s, days_in(s)) for s in scopes if s is not None]
    # Vague words the model copied ("this year") yield to a day the sentence names.
    named_days = [(s, f) for s, f in found_in if any(m.precise for m in f)]
    for scope, found in named_days or found_in:
        if found:
            set_date(candidate, scope, _in_clause_of_last_named(scope, found, candidate))
            return
    if called_off is not None:
        days = [m for m in meeting_mentions(called_off.text, published, "future") if m.precise]
        if days:
            set_date(candidate, called_off, days[0])
            return
    # Else the passage, when it names exactly one day ("...on Thursday. The talks covered...").
    cut = dateline_end(passage.text)
    rest = Span(passage.start + cut, passage.end, passage.text[cut:])
    precise = [
        m
        for m in meeting_mentions(rest.text, published, tense, held=held)
        if m.precise and not a_date_line(rest.text, (m.start, m.end))
    ]
    # One day, maybe written twice: '"last Thursday" (February 5)'.
    if len({m.text for m in precise}) == 1 or (precise and len({m.date for m in precise}) == 1):
        set_date(candidate, rest, precise[0])
        return
    if _DURING_IT.match(candidate.sentence.text) or _THAT_MEETING.match(candidate.sentence.text):
        # "On the 6th, the delegation paid a call on X. [...] During the meeting, X and Y
        # signed ...": the meeting told in the paragraph before, and its one day; not the
        # day it was reported ("due on Thursday has been postponed, the ministry said on
        # Tuesday").
        before = [p for p in passages(text) if p.end <= passage.start][-1:]
        told = [s for p in before for s in sentences(p) if has_meeting_cue(s)]
        for scope in told[-1:]:
            if cut := story_start(scope.text):  # "BANGKOK, May 19 (Mekong Daily) - A meeting"
                scope = Span(scope.start + cut, scope.end, scope.text[cut:])
            # (not a day it was said on: `meeting_mentions` leaves those out)
            precise = [m for m in meeting_mentions(scope.text, published, tense) if m.precise]
            if len({m.text for m in precise}) > 1 and (during := _DURING_IT.match(sentence.text)):
                # "... a week that began with a telephone call to X last Thursday. ¶ During
                # the call, ...": the day written with the call
                precise = _told_with(scope.text, during["noun"], precise)
            if len({m.text for m in precise}) == 1:
                set_date(candidate, scope, precise[0])


def _told_with(text: str, noun: str, days: list[DateMention]) -> list[DateMention]:
    """The days written within one clause after a mention of `noun` ("call")."""
    return [
        d
        for found in re.finditer(rf"\b{noun}\b", text)
        for d in days
        if 0 < d.start - found.end() <= 80 and not re.search(r"[.;]", text[found.end() : d.start])
    ]


_DURING_IT = re.compile(
    # "At the end of the meeting, A and B signed ..."
    r"(?:During|At(?:[ \t]+the[ \t]+(?:end|close|conclusion)[ \t]+of)?|"
    r"In[ \t]+the[ \t]+course[ \t]+of)[ \t]+(?:the|this|that)[ \t]+"
    r"(?P<noun>meeting|talks|call|visit|audience|conversation)\b"
)


# "The committee meeting was to have been co-chaired by A and B": the one told before.
_THAT_MEETING = re.compile(
    r"The[ \t]+(?:[a-z]+[ \t]+)?(?:meeting|talks|session|visit)[ \t]+(?:was|were)[ \t]+to[ \t]+"
    r"have[ \t]+been\b"
)
_WAS_PLANNED = re.compile(
    r"\bhad[ \t]+been\b|\b(?:was|were)[ \t]+(?:abruptly[ \t]+)?(?:called[ \t]+off|cancell?ed|"
    r"postponed|scrapped)\b",
    re.IGNORECASE,
)
_NOW_OFF = re.compile(
    r"\b(?:has|have)[ \t]+been[ \t]+(?:\w+[ \t]+)?(?:called[ \t]+off|cancell?ed|postponed|"
    r"scrapped|put[ \t]+off)\b",
    re.IGNORECASE,
)


def _in_clause_of_last_named(
    scope: Span, found: list[DateMention], candidate: Candidate
) -> DateMention:
    """With several days in a sentence, the one in the clause that names the last of the
    participants ("meet de Freitas on Thursday, ..., where a meeting with Milei is
    scheduled for Friday"); else the first."""
    inside = [p.span[0] - scope.start for p in candidate.participants]
    inside = [i for i in inside if 0 <= i < len(scope.text)]
    if len(found) < 2 or not inside:
        return found[0]
    last = max(inside)
    bounds = [0, *(m.end() for m in _CLAUSE.finditer(scope.text)), len(scope.text)]
    clauses = list(itertools.pairwise(bounds))
    clause = next((a, b) for a, b in clauses if a <= last < b)
    if not MEETING_CUES.search(scope.text, *clause):
        # "X arrived on the 7th, and on the 8th I sat down with him": the clause that
        # tells the meeting, when the one naming X does not.
        told = [c for c in clauses if MEETING_CUES.search(scope.text, *c)]
        clause = told[0] if len(told) == 1 else clause
    in_clause = [m for m in found if clause[0] <= m.start < clause[1]]
    # "..., and the session followed on Wednesday, co-chaired by A, and B": a clause that
    # only goes on naming people takes the day of the clause it continues.
    before = [m for m in found if m.start < clause[0]]
    return in_clause[0] if in_clause else before[-1] if before else found[0]


_CLAUSE = re.compile(r",\s+(?=(?:where|before|after|while|when|which|whereas|and)\b)|;")


def date_from_sentence(candidate: Candidate, sentence: Span, published: dt.date | None) -> None:
    """The one past day `sentence` names for its outcome, given to `candidate`."""
    mentions = meeting_mentions(sentence.text, published, "past")
    if len(mentions) == 1 and mentions[0].precise and mentions[0].date is not None:
        set_date(candidate, sentence, mentions[0])


def set_date(candidate: Candidate, scope: Span, mention: DateMention) -> None:
    candidate.date = mention.date if mention.precise else None
    candidate.date_text = mention.text
    start = scope.start + mention.start
    candidate.date_span = (start, start + len(mention.text))
