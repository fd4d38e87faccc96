"""Meetings stated in plain wording, for passages where the model found none.

A small model sometimes returns nothing for a passage that plainly says
"Albanese sat down with Indonesian President Prabowo Subianto". This recovers
such sentences conservatively: a named (or pronoun) subject, a meeting verb, and
a named object, all taken verbatim from the text.
"""

from __future__ import annotations

import re

from ._drafts import DraftAgreement, DraftMeeting, DraftPerson
from ._passages import Span, sentences

_NAME = r"(?:[A-Z][\w'’.-]*)(?:[ \t]+(?:[A-Z][\w'’.-]*|bin|al|de|van|von|der|di)){0,5}"
_VERB = (
    r"(?:(?:also|then|later|separately|subsequently|afterwards)[ \t]+)?"
    r"(?:met(?:[ \t]+with)?|sat[ \t]+down[ \t]+with|"
    r"paid[ \t]+(?:a[ \t]+)?(?:courtesy[ \t]+)?(?:call|visit)[ \t]+(?:on|to)|"
    r"held[ \t]+(?:bilateral[ \t]+)?"
    r"(?:talks|a[ \t]+(?:bilateral[ \t]+)?meeting|"
    r"a[ \t]+(?:phone[ \t]+|telephone[ \t]+|video[ \t]+)?call)"
    r"[ \t]+with|spoke[ \t]+(?:by[ \t]+(?:phone|telephone)[ \t]+)?with|hosted|received)"
)
_PATTERN = re.compile(
    rf"(?P<a>{_NAME}|He|She)[ \t]+{_VERB}[ \t]+(?:(?:his|her|the)[ \t]+)?"
    rf"(?:(?:[a-z]+[ \t]+)?counterpart,?[ \t]+)?(?P<b>{_NAME})"
)


# "Abdelatty was received by King Abdullah II": the same meeting, in the passive.
_PASSIVE = re.compile(
    rf"(?P<b>{_NAME})[ \t]+was[ \t]+(?:also[ \t]+)?(?:received|welcomed|hosted)[ \t]+by[ \t]+"
    rf"(?P<a>{_NAME})"
)


_JOINT = re.compile(
    r"\b(?:they|the two(?: \w+)?|both(?: \w+)?|the (?:leaders|ministers|sides))[ \t]+"
    r"(?:also[ \t]+)?(?P<what>(?:agreed|pledged|signed|decided)\b[^.;]*)",
    re.IGNORECASE,
)


def joint_agreements(passage: Span) -> list[DraftAgreement]:
    """ "They agreed to ..." clauses: what both sides agreed, in the passage's words."""
    return [
        DraftAgreement(what=m["what"][:200], type="commitment")
        for m in (_JOINT.search(s.text) for s in sentences(passage))
        if m
    ]


_OBJECT = re.compile(
    r"\b(?:(?:meet|meets|meeting|met|visit|visits|visited|host|hosts|hosted|receive|received|"
    r"welcome|welcomed|call|called|phoned)(?:[ \t]+with)?|"
    r"(?:spoke|talked|held[ \t]+talks)[ \t]+with)[ \t]+(?:(?:his|her|their|the)[ \t]+)?"
    r"(?:(?:[a-z]+[ \t]+)?counterpart,?[ \t]+)?"
    rf"(?P<b>{_NAME})"
)


# Lower-case plurals naming a group; never part of one person's name.
GROUP = re.compile(
    r"\b(?:states|officials|leaders|ministers|delegations|delegates|countries|nations|members|"
    r"sides|governments|counterparts|diplomats|representatives|envoys|authorities)\b"
)


def objects_of(sentence: str) -> list[str]:
    """Named people a sentence says someone meets ("to meet Prime Minister Mark Carney"),
    not groups ("met Baltic officials")."""
    return [
        m["b"].rstrip(".,")
        for m in _OBJECT.finditer(sentence)
        if not GROUP.match(sentence[m.end() :].lstrip())
    ]


def meetings_in(passage: Span) -> list[DraftMeeting]:
    """Drafts for sentences that state a meeting between named people."""
    drafts: list[DraftMeeting] = []
    parts = sentences(passage)
    agreed = joint_agreements(passage)
    for sentence in parts:
        match = _PATTERN.search(sentence.text) or _PASSIVE.search(sentence.text)
        if match is None:
            continue
        people = [DraftPerson(name=match["b"].rstrip(".,"))]
        if match["a"] not in ("He", "She"):
            people.insert(0, DraftPerson(name=match["a"].rstrip(".,")))
        drafts.append(
            DraftMeeting(
                participants=people, kind="in_person", status="held", date_text=None,
                location=None, agreements=agreed[:3] if not drafts else [],
            )
        )  # fmt: skip
    return drafts
