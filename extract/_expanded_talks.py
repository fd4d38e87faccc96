"""People said to take part in the talks told just before, in a sentence of their own:
"The discussion then continued in an expanded format with the participation of the two
delegations, including A, her counterpart B and C"."""

from __future__ import annotations

import re

from ._candidates import Candidate, add_grounded
from ._mentions import person_draft
from ._other_sides import named_from
from ._passages import passages

_PARTICIPATION = re.compile(
    r"\bwith[ \t]+the[ \t]+participation[ \t]+of\b(?:[^.;]{0,80}?\bincluding\b)?[ \t]+"
)
_REACH = 1500  # characters from the talks' sentence: their own paragraph or the next ones


def add_participants(candidates: list[Candidate], text: str) -> None:
    """Add those listed "with the participation of" to the last talks held before them."""
    if " participation of " not in text:
        return  # the common case, at no cost
    for match in _PARTICIPATION.finditer(text):
        before = [
            c
            for c in candidates
            if c.status == "held"
            and len(c.participants) > 1
            and c.sentence.start < match.start() <= c.sentence.end + _REACH
        ]
        passage = next((p for p in passages(text) if p.start <= match.start() < p.end), None)
        if not before or passage is None:
            continue
        if any(c.sentence.start <= match.start() < c.sentence.end for c in candidates):
            continue  # "The trilateral, which was to be held ... with the participation of
            # A, B and C, has been postponed": its own meeting's people
        talks = max(before, key=lambda c: c.sentence.start)
        sentence_start = text.rfind(".", passage.start, match.start()) + 1 or passage.start
        sentence = text[sentence_start : passage.end]
        for name in named_from(sentence, match.end() - sentence_start, 8) or _sides_next(
            text, match.end(), passage.end
        ):
            add_grounded(text, passage, person_draft(name), talks.participants)


# "... with the participation of the official delegations. The Uzbek side was represented by
# A and B; the Malaysian side by C and D."
_SIDE_BY = re.compile(r"\bside[ \t]+(?:was[ \t]+(?:represented|led|headed)[ \t]+)?by[ \t]+")


def _sides_next(text: str, start: int, end: int) -> list[str]:
    """The people the sentence after `start` lists for each side."""
    rest = text[start:end]
    stop = rest.find(". ")
    following = rest[stop + 2 :] if stop >= 0 else ""
    sentence = following.split(". ")[0]
    if not sentence.startswith("The "):
        return []
    return [name for m in _SIDE_BY.finditer(sentence) for name in named_from(sentence, m.end(), 4)]
