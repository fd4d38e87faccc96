"""Meetings an interviewee tells in the first person, in a transcript's turn.

"LAMIN CEESAY: ... Yesterday I spent the whole day in Dakar with my Senegalese
counterpart, Minister Cheikh N'Diaye." The speaker label says who "I" is; the name
is taken as the article writes it elsewhere ("Lamin Kebba Ceesay"), never invented.
"""

from __future__ import annotations

import re

from ._cues import CALL
from ._drafts import DraftMeeting, DraftPerson
from ._name_patterns import NAME as _NAME
from ._passages import Span, sentences
from ._people import split_title

# "LAMIN KEBBA CEESAY:", "CEESAY:", "MOLEFHE (clip):" at the start of a turn.
_SPEAKER = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})[ \t]*"
                      r"(?:\([^()\n]{1,30}\))?:[ \t]")  # fmt: skip
# A passage that opens with a quotation and says whose it is: '"I spoke with ...," X said'.
_QUOTED = re.compile(
    r'^[ \t]*["“](?P<quote>[^"“”\n]{10,600}?)[,.]?["”],?[ \t]+'
    rf"(?P<who>{_NAME})[ \t]+(?:said|says|told|added)\b",
    re.MULTILINE,  # a paragraph's start: short paragraphs are joined into one passage
)
_I_MET = re.compile(
    r"\bI[ \t]+(?:also[ \t]+|then[ \t]+)?"
    r"(?:met(?:[ \t]+with)?|held[ \t]+talks[ \t]+with|sat[ \t]+down[ \t]+with|"
    r"spoke[ \t]+(?:by[ \t]+(?:tele)?phone[ \t]+)?(?:(?:yesterday|today|on[ \t]+\w+)[ \t]+)?with|"
    r"spent[ \t][^.;]{0,80}?[ \t]with)[ \t]+"
    r"(?:my[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?counterpart,?[ \t]+)?"
    r"(?:(?:Minister|President|Prime[ \t]+Minister|Foreign[ \t]+Minister|Mr\.?|Ms\.?)[ \t]+)?"
    rf"(?P<b>{_NAME})"
)


def speaker_meetings(passage: Span, text: str) -> list[DraftMeeting]:
    """Drafts for "I met X" in one speaker's turn, the speaker named from their label, or
    in a quotation the passage opens with ('"I spoke with Viktor on Friday, ..." Vučić
    said')."""
    if "I " not in passage.text:
        return []
    label = _SPEAKER.match(passage.text)
    quoted = None if label else _QUOTED.search(passage.text)
    if label is not None:
        # "MINISTER ZULU:": the name as written, else the name without the office.
        speaker = _as_written(label["label"], text) or _as_written(
            split_title(label["label"])[1] or label["label"], text
        )
        told = sentences(passage)
    elif quoted is not None:
        speaker = quoted["who"]
        start = passage.start + quoted.start("quote")
        told = [Span(start, start + len(quoted["quote"]), quoted["quote"])]
    else:
        return []
    if speaker is None:
        return []
    drafts = []
    for sentence in told:
        if met := _I_MET.search(sentence.text):
            people = [DraftPerson(name=speaker), DraftPerson(name=met["b"].rstrip(".,"))]
            # "I spoke with Viktor on Friday" ... "the telephone call": a call
            by_phone = "phone" in met.group() or CALL.search(passage.text) is not None
            kind = "call" if by_phone and "spoke" in met.group() else "in_person"
            drafts.append(
                DraftMeeting(participants=people, kind=kind, status="held", agreements=[])
            )
    return drafts


def _as_written(label: str, text: str) -> str | None:
    """The label's name as the article writes it in ordinary case ("Lamin Kebba Ceesay"
    for "LAMIN KEBBA CEESAY", the fullest form for "CEESAY")."""
    words = r"[ \t]+".join(re.escape(w) for w in label.split())
    pattern = rf"(?-i:(?:[A-Z][\w'’-]*[ \t]+){{0,2}})\b{words}\b"
    found = [m.group() for m in re.finditer(pattern, text, re.IGNORECASE)]
    written = [f for f in found if not f.isupper() and f.split()[-1][:1].isupper()]
    return max(written, key=len) if written else None
