"""The day and place of "The meeting was attended by A; B; and C" from the paragraph
before it: "... a tripartite cross-border meeting held on Saturday in Gaya." A report may
tell when and where in one paragraph and who in the next; the model, reading one
paragraph at a time, sees the day without the people and the people without the day.
And the other way round: "A meeting at which A and B were to sign ... has been postponed.
¶ The meeting ... had been scheduled for Friday in ... Tacna" (`date_from_paragraph_after`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._meeting_days import resolve_date
from ._passages import Span, passages, sentences
from ._stated_place import stated_place

if TYPE_CHECKING:
    from ._candidates import Candidate


@dataclass(frozen=True)
class HeldBefore:
    passage: Span  # the paragraph before, where the day is written
    sentence: Span
    day: str  # "on Saturday"
    place: str | None  # "Gaya"


# "The meeting was attended by", "The talks were chaired by": a meeting told before.
_THE_MEETING = re.compile(
    r"(?:The|This)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:meeting|talks|session|summit|consultations)"
    r"[ \t]+(?:was|were)[ \t]+(?:attended|chaired|co-chaired|led)[ \t]+by\b"
)
# A day as these sentences write it ("Saturday", "June 12", "12 June") and a place's name.
_DAY = r"(?:[A-Z][a-z]+day|[A-Z][a-z]+[ \t]+[0-3]?[0-9]|[0-3]?[0-9][ \t]+[A-Z][a-z]+)"
_PLACE = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
# "a tripartite cross-border meeting held on Saturday in Gaya", "wound up an extraordinary
# session of the Council in the Botswana capital on Wednesday"
_HELD_ON = re.compile(
    r"\b(?:meeting|talks|session|summit|consultations)\b[^.;]{0,80}?[ \t]"
    rf"(?P<day>on[ \t]+{_DAY})(?:[ \t]+(?:in|at)[ \t]+(?P<place>{_PLACE}))?"
)


def date_from_paragraph_before(candidate: Candidate, text: str, published: dt.date | None) -> None:
    """An undated meeting's day and place, from the paragraph before that tells them."""
    if candidate.date is not None:
        return
    before = held_before(text, candidate.passage, candidate.sentence)
    if before is None:
        return
    resolve_date(candidate, text, before.passage, before.day, published)
    candidate.location = candidate.location or stated_place(
        text, before.passage, before.sentence, before.place
    )


def held_before(text: str, passage: Span, sentence: Span) -> HeldBefore | None:
    """The day (and place) the paragraph before gives the meeting `sentence` opens on."""
    if sentence.start != passage.start or not _THE_MEETING.match(sentence.text):
        return None
    before = [p for p in passages(text) if p.end <= passage.start]
    if not before:
        return None
    for told in reversed(sentences(before[-1])):
        if found := _HELD_ON.search(told.text):
            return HeldBefore(before[-1], told, found["day"], found["place"])
    return None


# "The meeting, the first of its kind in three years, had been scheduled for Friday in the
# southern Peruvian city of Tacna": the day and place of the meeting told just before.
_THE_MEETING_SET = re.compile(
    r"(?:The|This)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:meeting|talks|session|summit|visit|consultations)"
    r"(?:,[^.;]{0,80},)?[ \t]+(?:was|were|had[ \t]+been|is|are)[ \t]+(?:also[ \t]+)?"
    rf"(?:held|scheduled|due|set|planned)[ \t]+(?:for|on)[ \t]+(?P<day>{_DAY})"
    r"(?:[ \t]+(?:in|at)[ \t]+(?:the[ \t]+(?:[\w-]+[ \t]+){0,3}(?:city|town|port)[ \t]+of[ \t]+)?"
    rf"(?P<place>{_PLACE}))?"
)


def date_from_paragraph_after(candidate: Candidate, text: str, published: dt.date | None) -> None:
    """An undated meeting's day and place, from a next paragraph that opens on them."""
    if candidate.date is not None:
        return
    after = [p for p in passages(text) if p.start >= candidate.passage.end]
    if not after or not (opening := sentences(after[0])):
        return
    found = _THE_MEETING_SET.match(opening[0].text)
    if found is None:
        return
    resolve_date(candidate, text, after[0], found["day"], published)
    candidate.location = candidate.location or found["place"]
