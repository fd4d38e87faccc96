"""A meeting the next sentence calls off: "That meeting was called off", "..., and the
Puno meeting was called off" (when this sentence names Puno), or, for a broadcaster's
one-sentence paragraphs, the next paragraph ("That meeting was postponed as the hurricane
approached."). "Postponed to November" moves it: still planned."""

from __future__ import annotations

import re

from . import _cues
from ._passages import Span, passages, sentences


def called_off_by(text: str, passage: Span, parts: list[Span], sentence: Span) -> Span | None:
    """The sentence after `sentence` that calls its meeting off, if any; or the one before
    it, for "It has been suspended. It was scheduled for tomorrow ..., between A and B"."""
    before = [s for s in parts if s.end <= sentence.start][-1:]
    if before and _IT_WAS_DUE.match(sentence.text) and _IT_IS_OFF.match(before[0].text):
        return before[0]
    if before and hoped_for_one_called_off(sentence.text, before[0].text):
        # "The meeting between the two presidents ... did not take place after ... X had
        # hoped to discuss ... with Y": the meeting the sentence before calls off
        return before[0]
    following = [s for s in parts if s.start >= sentence.end][:1] or _next_paragraph(
        text, passage, sentence
    )
    return following[0] if following and calls_off(following[0].text, sentence.text) else None


# "It was scheduled for tomorrow ...": the meeting the sentence before spoke of.
_IT_WAS_DUE = re.compile(
    r"(?:[A-ZÀ-Ý][\w. ]{0,40}:[ \t]+)?(?:It|That[ \t]+one)[ \t]+(?:was|had[ \t]+been)[ \t]+"
    r"(?:originally[ \t]+)?(?:scheduled|planned|set|due)\b"
)
_HAD_HOPED = re.compile(r"\bhad[ \t]+(?:hoped|planned|intended|wanted)[ \t]+to\b")
_THE_MEETING_OFF = re.compile(
    r"(?:^|\n)(?:The|That|This)[ \t]+(?:meeting|talks|visit|summit)\b[^.;]{0,200}?"
    r"(?:did[ \t]+not[ \t]+(?:take[ \t]+place|go[ \t]+ahead|happen)|was[ \t]+(?:called[ \t]+off|"
    r"cancell?ed|postponed))"
)


def hoped_for_one_called_off(sentence: str, before: str) -> bool:
    """Does `sentence` tell what someone "had hoped to" do at the meeting the sentence
    `before` calls off ("The meeting between ... did not take place ... A had hoped to
    discuss ... with B")?"""
    return bool(_HAD_HOPED.search(sentence) and _THE_MEETING_OFF.search(before))


_IT_IS_OFF = re.compile(
    r"(?:[A-ZÀ-Ý][\w. ]{0,40}:[ \t]+)?(?:It|That[ \t]+meeting|The[ \t]+meeting)[ \t]+"
    r"(?:(?:has[ \t]+been|was|had[ \t]+been)[ \t]+(?:\w+[ \t]+)?)?" + _cues.CANCELLED.pattern
)


_CALLED_OFF = re.compile(
    r"(?:\b(?:That|The|This)[ \t]+(?:(?P<which>[A-Z][\w'’-]+)[ \t]+)?"
    r"(?:meeting|visit|trip|talks|summit|call)"
    r"(?:,[^;]{0,120}?,)?"  # "The meeting, scheduled for Wednesday, May 20, has been"
    # "... a courtesy call on X tomorrow and a visit to the port. Both have been cancelled"
    r"|\b(?:Both|All[ \t]+three|Each)(?:[ \t]+of[ \t]+them)?)[ \t]+"
    r"(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:\w+[ \t]+)?"
    + _cues.CANCELLED.pattern,
    re.IGNORECASE,
)


_IT_OFF = re.compile(
    r"\bcall(?:ed|ing)?[ \t]+it[ \t]+off\b|\b(?:cancell?(?:ed|ing)?|scrap(?:ped|ping)?)[ \t]+it\b"
)


def _next_paragraph(text: str, passage: Span, sentence: Span) -> list[Span]:
    """The first sentence of the next paragraph, when `sentence` ends its paragraph."""
    if passage.text[sentence.end - passage.start :].strip():
        return []
    after = next((p for p in passages(text) if p.start >= passage.end), None)
    return sentences(after)[:1] if after is not None else []


def calls_off(following: str, sentence: str) -> bool:
    """Does the next sentence call this meeting off: "That meeting was called off", "...,
    and the Puno meeting was called off" (when this sentence names Puno)?"""
    if _IT_OFF.search(following):
        return True  # "On Monday his office asked to call it off": the one just told
    if _HAD_BEEN_DUE.search(sentence) and (
        # "X had been due to receive Y on Wednesday afternoon. On Wednesday morning his
        # office said he would not attend because ...": called off by one side; "A and B had
        # been due to open talks at X. Both withdrew early in the week": by both
        _WOULD_NOT_ATTEND.search(following) or _BOTH_WITHDREW.match(following)
    ):
        return True
    found = _CALLED_OFF.search(following)
    if found is None:
        return False
    if found["which"]:
        return found["which"] in sentence
    if re.match(r"[ \t]+(?:to|until)[ \t]", following[found.end() :]):
        return False  # "postponed to November": moved, still planned
    # "That meeting was called off"; "On Tuesday the ministry said the meeting had been
    # postponed": reported, as news.
    return found.start() == 0 or bool(_SAID.search(following, 0, found.start()))


_SAID = re.compile(r"\b(?:said|announced|confirmed|reported)(?:[ \t]+that)?[ \t]+$")
_HAD_BEEN_DUE = re.compile(
    r"\bhad[ \t]+been[ \t]+(?:due|scheduled|expected|set)[ \t]+to[ \t]+"
    r"(?:meet|receive|host|hold|see|visit|open|attend|co-chair|chair|join)\b"
)
_BOTH_WITHDREW = re.compile(
    r"(?:Both|The[ \t]+two(?:[ \t]+\w+)?)[ \t]+(?:later[ \t]+)?"
    r"(?:withdrew|pulled[ \t]+out|backed[ \t]+out)\b"
)
_WOULD_NOT_ATTEND = re.compile(
    # "Baku informed the Georgian side late on Tuesday that the minister would not travel"
    r"\b(?:said|announced|confirmed|informed[ \t][^.;]{0,60}?)[ \t]+(?:that[ \t]+)?"
    r"(?:he|she|they|the[ \t]+(?:minister|president|prime[ \t]+minister|delegation))[ \t]+"
    r"(?:would|could)[ \t]+(?:not|no[ \t]+longer)[ \t]+"
    r"(?:attend|come|go|travel|take[ \t]+part|be[ \t]+able[ \t]+to)\b"
)
