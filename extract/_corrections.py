"""A correction appended to the story changes what it corrects: "Correction: An earlier
version of this article said the talks between Ms X and Mr Y took place on Tuesday. They
took place on Monday." The meeting of that day moves to the corrected one."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ._dates import find_date_mentions
from ._persons import surname_in

if TYPE_CHECKING:
    from ._candidates import Candidate

_CORRECTION = re.compile(
    r"^[ \t]*(?:Correction|CORRECTION|Clarification|CLARIFICATION)\b[ \t]*[:.–-]?[ \t]*"
    r"(?P<body>[^\n]+)",
    re.MULTILINE,
)
_HAPPENED = r"(?:took[ \t]+place|was[ \t]+held|were[ \t]+held|happened|met)"
_WRONG_DAY = re.compile(
    rf"\b{_HAPPENED}[ \t]+on[ \t]+(?P<old>[^.;]+?)\.[ \t]+"
    r"(?:They|It|The[ \t]+(?:talks|meeting|signing|call))[ \t]+(?:actually[ \t]+)?"
    rf"{_HAPPENED}[ \t]+on[ \t]+(?P<new>[^.;]+?)\."
)


def apply_corrections(candidates: list[Candidate], text: str, published: dt.date | None) -> None:
    """Move the meetings a correction re-dates (of the wrong day, with someone it names)
    to the corrected day."""
    for correction in _CORRECTION.finditer(text):
        body = correction["body"]
        fix = _WRONG_DAY.search(body)
        if fix is None:
            continue
        old, new = (_one_day(fix[key], published) for key in ("old", "new"))
        if old is None or new is None:
            continue
        start = correction.start("body") + fix.start("new")
        for cand in candidates:
            named = any(surname_in(p.name, body) for p in cand.participants)
            if cand.date == old and named:
                cand.date, cand.date_text = new, fix["new"]
                cand.date_span = (start, start + len(fix["new"]))


def _one_day(words: str, published: dt.date | None) -> dt.date | None:
    found = [m for m in find_date_mentions(words, published, tense="past") if m.precise]
    return found[0].date if len(found) == 1 else None
