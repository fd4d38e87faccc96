"""Days told relative to another meeting: "later that day", "the following day", "the
same evening" (the meeting reported just before), "came a day after X" and "two days
before the signing" (counted from the story's main event). `anchored_words` notes the
shift while a candidate is built; `resolve_anchored` applies it once all are read."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ._dates import find_date_mentions
from ._passages import MEETING_CUES, sentences

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
# A relative clause telling what someone had done: its day is not the meeting's.
_SOMEONE_ELSES_DAY = re.compile(r"\b(?:who|which)[ \t]+had[ \t][^,;:]{0,60}$")
# "The two presidents had cleared the way two days before the signing, in a telephone
# conversation": counted back from the story's main event.
_DAYS_BEFORE = re.compile(
    r"\b(?P<n>a|one|two|three)[ \t]+days?[ \t]+(?:before|ahead[ \t]+of)[ \t]+the[ \t]+"
    r"(?:[A-Z][\w'’-]+[ \t]+)?(?:signing|talks|meeting|summit|visit|session)\b",  # "Batumi talks"
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
    if offset == candidate.sentence.start and _SOMEONE_ELSES_DAY.search(
        candidate.sentence.text, 0, match.start()
    ):
        return  # "with a man who had flown in from Copenhagen the night before": his day
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
    elif not days and (day := _day_told_just_before(candidate, published, tense)):
        candidate.date = day + dt.timedelta(days=candidate.anchor_shift)


def _day_told_just_before(
    candidate: Candidate, published: dt.date | None, tense: str
) -> dt.date | None:
    """ "X lands on the 14th. He and I will have talks that afternoon": the day the
    sentence just before names, when it tells no meeting of its own."""
    told = [s for s in sentences(candidate.passage) if s.end <= candidate.sentence.start]
    if not told or MEETING_CUES.search(told[-1].text):
        return None
    days = [m for m in find_date_mentions(told[-1].text, published, tense=tense) if m.precise]
    return days[-1].date if days else None


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
