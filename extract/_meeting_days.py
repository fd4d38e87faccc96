"""Days of meetings whose own sentence does not give one.

Two cases, both resolved in code after every passage has been read:
- "later that day", "the following day", "the same evening": the day of the meeting
  reported just before (`anchored_words`, then `resolve_anchored`);
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
from ._published import dateline_end

if TYPE_CHECKING:
    from ._candidates import Candidate

_ANCHORED = re.compile(
    r"\b(?:(?:later|earlier) (?:that|the same|in the) day|the same day|(?:that|the same) (?:same )?"
    r"(?:morning|afternoon|evening|night)|(?:on )?the (?:following|next) "
    r"(?:day|morning|afternoon|evening)|the day after|(?:on )?the (?:previous|preceding) "
    r"(?:day|morning|afternoon|evening|night)|"
    # not "the day before she flew to Greenland": a day before an undated event
    r"the (?:day|night) before(?![ \t]+(?:he|she|they|it|we|I)[ \t]+[a-z])|"
    r"^(?:later )?in the (?:morning|afternoon|evening)|"
    r"(?:on )?the eve of the (?:meeting|talks|summit|session|conference)|"  # the day before
    r"^on the sidelines(?! of))\b",  # beside the session told just before: its day
    re.IGNORECASE,
)
# "The Riga talks came a day after Lepik discussed the plans in a call with Kivelä".
_CAME_AFTER = re.compile(
    r"\b(?:came|comes|followed|took[ \t]+place)[ \t]+(?P<n>a|one|two|three)[ \t]+days?[ \t]+"
    r"after\b",
    re.IGNORECASE,
)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3}
# "The two presidents had cleared the way two days before the signing, in a telephone
# conversation": counted back from the story's main event.
_DAYS_BEFORE = re.compile(
    r"\b(?P<n>a|one|two|three)[ \t]+days?[ \t]+(?:before|ahead[ \t]+of)[ \t]+the[ \t]+"
    r"(?:signing|talks|meeting|summit|visit|session)\b",
    re.IGNORECASE,
)
# "Following the talks, X and Y signed ...": the talks just told, so their day.
_AFTER_THE_TALKS = re.compile(
    r"(?:Following|After)[ \t]+(?:the|their|these)[ \t]+"
    r"(?:talks|meeting|negotiations|consultations|discussions)\b(?![ \t]+(?:on|in|of)\b)|"
    # "At the outset, A welcomed B": the opening of the talks just told
    r"At[ \t]+the[ \t]+(?:outset|start|beginning|opening)\b(?![ \t]+of[ \t]+(?:his|her|the[ \t]+"
    r"(?:visit|year|week|month|trip|tour)))"
)
# "The summit followed a bilateral dinner the day before": a day counted from the
# story's main event, not from the meeting told just before.
_THE_EVENT_FOLLOWED = re.compile(
    r"^(?:The|This|That)[ \t]+(?:summit|talks|meeting|visit|session|conference|signing)[ \t]+"
    r"(?:followed|came[ \t]+after|was[ \t]+preceded[ \t]+by)\b"
)
# Word starts: "following", "preceding"; but "after" is not "afternoon".
_SHIFT = {r"\bfollow": 1, r"\bnext\b": 1, r"\bafter\b": 1, r"\bprevious\b": -1,
          r"\bpreced": -1, r"\bbefore\b": -1, r"\beve\b": -1}  # fmt: skip


def anchored_words(candidate: Candidate, text: str, published: dt.date | None) -> None:
    """Remember "later that day" / "the following day": resolved against the previous
    meeting, or against a day the sentence names before them ("arrived on Thursday and
    held talks that evening")."""
    match = (
        _CAME_AFTER.search(candidate.sentence.text)
        or _DAYS_BEFORE.search(candidate.sentence.text)
        or _AFTER_THE_TALKS.match(candidate.sentence.text)
        or _ANCHORED.search(candidate.sentence.text)
    )
    offset = candidate.sentence.start
    if match is None and (lead_in := _lead_in(text, candidate.sentence.start)):
        # "The talks widened the following day. [...] A, B and C sat down with D": the
        # short sentence just before dates the meeting it introduces.
        offset, match = lead_in
    if match is None:
        return
    if match.group().lower().startswith("on the sidelines"):
        told = candidate.passage.text[: max(0, candidate.sentence.start - candidate.passage.start)]
        if find_date_mentions(told, published):
            return  # "attended the forum on Wednesday. On the sidelines, ...": that day
    words = match.group().lower()
    if match.re is _CAME_AFTER:  # the meeting told last was N days after this one
        candidate.anchor_shift = -_COUNT[match["n"].lower()]
    elif match.re is _DAYS_BEFORE:
        candidate.anchor_shift, candidate.anchor_lead = -_COUNT[match["n"].lower()], True
    elif match.re is _AFTER_THE_TALKS:
        candidate.anchor_shift, candidate.anchor_told = 0, True
    else:
        candidate.anchor_shift = next((d for k, d in _SHIFT.items() if re.search(k, words)), 0)
        candidate.anchor_lead = _THE_EVENT_FOLLOWED.match(candidate.sentence.text) is not None
    start = offset + match.start()
    candidate.date_text = text[start : start + len(match.group())]
    candidate.date_span = (start, start + len(match.group()))
    if offset != candidate.sentence.start:
        return
    tense = "past" if candidate.status == "held" else "future"
    before = find_date_mentions(candidate.sentence.text[: match.start()], published, tense=tense)
    days = [m for m in before if m.precise and m.date is not None]
    if days and re.fullmatch(
        r"[ \t]*[,–—-][ \t]*", candidate.sentence.text[days[-1].end : match.start()]
    ):
        # "on Monday evening, the day before the ministers signed": the same day, told again.
        candidate.anchor_shift = 0
        start = candidate.sentence.start + days[-1].start
        candidate.date_text = text[start : start + len(days[-1].text)]
        candidate.date_span = (start, start + len(days[-1].text))
    if days and days[-1].date is not None:
        candidate.date = days[-1].date + dt.timedelta(days=candidate.anchor_shift)


def _lead_in(text: str, start: int) -> tuple[int, re.Match[str]] | None:
    """A sentence shortly before `start` that only says the talks went on a day relative
    to the last ("The talks widened the following day."), with no meeting told between."""
    window_start = max(0, start - 700)
    window = text[window_start:start]
    pieces = list(re.finditer(r"[^\s][^.!?\n]*[.!?]?", window))
    for piece in reversed(pieces[-4:]):
        sentence = piece.group().strip()
        if _TALKS_WENT_ON.fullmatch(sentence):
            match = _ANCHORED.search(sentence)
            return (window_start + piece.start(), match) if match else None
        if MEETING_CUES.search(sentence):
            return None
    return None


_TALKS_WENT_ON = re.compile(
    r"The[ \t]+(?:talks|meeting|meetings|session|negotiations|consultations|discussions)[ \t]+"
    r"(?:\w+[ \t]+){1,3}?(?:the[ \t]+(?:following|next)[ \t]+(?:day|morning|afternoon)|"
    r"later[ \t]+that[ \t]+day)\.?"
)


def resolve_anchored(candidates: list[Candidate]) -> None:
    """Give "later that day" meetings the date of the meeting reported just before them."""
    previous: dt.date | None = None
    lead: dt.date | None = None
    for cand in sorted(candidates, key=lambda c: c.sentence.start):
        since = lead if cand.anchor_lead else previous
        if cand.date is None and cand.anchor_shift is not None and since is not None:
            cand.date = since + dt.timedelta(days=cand.anchor_shift)
        lead = lead or cand.date
        if cand.date is not None:
            previous = cand.date


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


def _a_date_line(text: str, where: tuple[int, int]) -> bool:
    """Are the words at `where` a publication line ("5:12 pm on 3 June 2026", "Updated
    on 3 June 2026" under the byline), not a diary's heading ("Wednesday, 7 October")?"""
    start = text.rfind("\n", 0, where[0]) + 1
    end = text.find("\n", where[1])
    if end < 0:
        return False  # the passage's last line: a sentence, not a header
    rest = (text[start : where[0]] + text[where[1] : end]).strip()
    if not rest:  # the words are the whole line: a stamp if they hold a clock time
        return _CLOCK.search(text, where[0], where[1]) is not None
    return _STAMP.fullmatch(rest) is not None


_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}[ \t]*(?:am|pm|AM|PM)\b")
# What stands beside the date on a publication line: "5:12 pm", "Updated", "|".
_STAMP = re.compile(
    r"(?:(?:\d{1,2}[:.]\d{2}[ \t]*(?:am|pm|AM|PM)?|Updated|Published|Posted)[ \t|,-]*)+"
    r"(?:on|at)?"
)


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
            and not _a_date_line(passage.text, where)
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
        if m.precise and not _a_date_line(rest.text, (m.start, m.end))
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
    return next((m for m in found if clause[0] <= m.start < clause[1]), found[0])


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
