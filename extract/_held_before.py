"""The day and place of "The meeting was attended by A; B; and C" from the paragraph
before it: "... a tripartite cross-border meeting held on Saturday in Gaya." A report may
tell when and where in one paragraph and who in the next; the model, reading one
paragraph at a time, sees the day without the people and the people without the day."""

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
# "a tripartite cross-border meeting held on Saturday in Gaya", "wound up an extraordinary
# session of the Council in the Botswana capital on Wednesday"
_HELD_ON = re.compile(
    r"\b(?:meeting|talks|session|summit|consultations)\b[^.;]{0,80}?[ \t]"
    r"(?P<day>on[ \t]+(?:[A-Z][a-z]+day|[A-Z][a-z]+[ \t]+[0-3]?[0-9]|[0-3]?[0-9][ \t]+[A-Z][a-z]+))"
    r"(?:[ \t]+(?:in|at)[ \t]+(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}))?"
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
