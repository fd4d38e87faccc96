"""Sentences that name people and a meeting word but tell of no meeting between them: a
denied report or a report's claim, a signing done apart, a readiness to meet that nobody
has taken up."""

from __future__ import annotations

import re

_DENIED = re.compile(
    # also a report's claim: "The report claimed that X and Y held talks in a third country"
    r"\b(?:denied|denies|denying|dismissed|dismissing|rejected|rejecting|claimed|claims|claim|"
    r"claiming|alleged|alleges|allege|alleging)\b[^.;]{0,120}?"
    r"\bthat\b[^.;]{0,200}?"
    r"\b(?:met|meet|meeting|talks)\b",
    re.IGNORECASE,
)
# A readiness to meet, a meeting nobody proposed or one that could happen: "said the President
# was ready to meet Prime Minister Varma at any time, but no such meeting had been proposed".
_WILLING = re.compile(
    r"\b(?:ready|willing|prepared|open|happy)[ \t]+to[ \t]+(?:meet|talk|hold[ \t]+talks)\b"
    r"|\bno[ \t]+such[ \t]+(?:meeting|talks|call|visit)\b"
    # a meeting that could happen: "could meet his Turkish counterpart ... if the
    # conditions are right"
    r"|\b(?:could|might)[ \t]+(?:meet|hold[ \t]+talks)\b"
    # a request not (yet) granted: "had formally requested a meeting with X"
    r"|\b(?:requested|requesting|asked[ \t]+for|sought|seeking)[ \t]+(?:a|an)[ \t]+(?:\w+[ \t]+)?"
    r"(?:meeting|talks|audience|call)[ \t]+with\b"
    r"(?![^.;]*\b(?:took[ \t]+place|was[ \t]+held|was[ \t]+granted|granted|accepted)\b)"
    # a letter: "wrote to her Malawian counterpart, X, on August 28 asking for urgent talks"
    r"|\bwrote[ \t]+to\b[^.;]{0,100}?\b(?:asking|requesting|to[ \t]+ask|to[ \t]+request)[ \t]+"
    r"(?:for[ \t]+)?(?:an?[ \t]+)?(?:\w+[ \t]+)?(?:meeting|talks|audience|call)\b",
    re.IGNORECASE,
)
_MET_FIRST = re.compile(r"\b(?:met|held[ \t]+talks|spoke|talked|received|hosted|welcomed)\b")


def _only_willing(sentence: str) -> bool:
    """Is a readiness to meet all the sentence says (no meeting told before it)?"""
    willing = _WILLING.search(sentence)
    return willing is not None and not _MET_FIRST.search(sentence, 0, willing.start())


# Each side acted in its own place: a signing, but no meeting.
_APART = re.compile(
    r"\b(?:in|at)[ \t]+separate[ \t]+(?:ceremonies|locations|places|capitals|events|rooms)\b"
    r"|\b(?:exchanged|sent|delivered)[ \t]+(?:\w+[ \t]+){0,2}by[ \t]+(?:courier|post|mail)\b"
    r"|\beach[ \t]+in[ \t]+(?:their|his|her|its)[ \t]+own[ \t]+capital\b",
    re.IGNORECASE,
)


def tells_no_meeting(sentence: str) -> bool:
    """ "denied a report that X had held a secret meeting with Y"; "signed in separate
    ceremonies: by A in Suva and by B in Nuku'alofa"; "ready to meet X at any time"."""
    return bool(
        _DENIED.search(sentence)
        or _APART.search(sentence)
        or _only_willing(sentence)
        or ("met" in sentence and _NOT_MET.search(sentence))
        or _EXPECTED_BUT.search(sentence) is not None
        or _WROTE_PROPOSING.search(sentence) is not None
    )


# "In September, A wrote to B, proposing an extraordinary session of the commission, which
# has not met since 2024": a letter asking for a meeting, not one held
_WROTE_PROPOSING = re.compile(
    r"\b(?:wrote|has[ \t]+written|had[ \t]+written|sent[ \t]+a[ \t]+letter)[ \t]+to\b[^.;]{3,120}?,"
    r"[ \t]+(?:proposing|suggesting|asking|requesting|calling[ \t]+for)\b"
)


# "X had been expected to join the video conference but was held up at a hearing": one who
# was not there.
_EXPECTED_BUT = re.compile(
    r"\b(?:had[ \t]+been|was|were)[ \t]+(?:expected|due|scheduled)[ \t]+to[ \t]+(?:join|attend|"
    r"take[ \t]+part[ \t]+in)\b[^.;]{0,80}?\bbut[ \t]+(?:was|were|had|could[ \t]+not|did[ \t]+not|"
    r"couldn['’]t|didn['’]t|stayed|remained)\b"
)


# "said she had not yet met Commissioner X in person, but had written to him"; not "the
# two had never met before Tuesday's talks".
_NOT_MET = re.compile(
    r"(?<!which )(?<!that )\b(?:had|has|have)[ \t]+(?:not|never)[ \t]+(?:yet[ \t]+)?met\b"
    r"(?![^.;]*\b(?:before|until|prior|since)\b)"  # "a committee, which has not met since 2019"
)
