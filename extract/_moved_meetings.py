"""A plan the article says was moved: "The 11th meeting ... has been moved to the central
city of Da Nang on May 6", then "The meeting, which A and B will co-chair, was originally
scheduled for April 28 in the Vietnamese capital". The meeting is on the new day, in the
new city; the old ones are history."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._article_place import PLACE_NAME
from ._cues import ORIGINALLY
from ._meeting_days import set_date
from ._other_event_days import meeting_mentions
from ._passages import Span
from ._stated_place import is_place

if TYPE_CHECKING:
    from ._candidates import Candidate

# "Mr X was supposed to be in Vientiane on Thursday", "had been due to host Y in Kingston on
# Friday": the old plan, like "originally"
_SUPPOSED = re.compile(
    r"\b(?:was|were)[ \t]+supposed[ \t]+to\b|\bhad[ \t]+been[ \t]+(?:due|scheduled|set)[ \t]+to\b"
)
# "has been moved to the central city of Da Nang on May 6", "was put back to Friday"
_MOVED = re.compile(
    # "has been moved to", "after the meeting was postponed to April 2"
    r"\b(?:(?:has|have|had|was|were)[ \t]+(?:now[ \t]+)?been|was|were)[ \t]+"
    r"(?:moved|shifted|relocated|rescheduled|postponed|put[ \t]+back|pushed[ \t]+back|"
    r"brought[ \t]+forward)[ \t]+"
    r"(?:to|until)\b[^.;]*|"
    # "both sides put the visit off to 9 July"
    r"\bput[ \t]+(?:the|their|it|this)(?:[ \t]+\w+)?[ \t]+off[ \t]+(?:to|until)\b[^.;]*"
)
_NEW_CITY = re.compile(
    rf"\b(?:to|in)[ \t]+(?:the[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?:city|town|port)[ \t]+of[ \t]+)?"
    rf"({PLACE_NAME})"
)
# How far back the news of the move may be told: the paragraph before, not the article.
_WINDOW = 800


def date_moved_plans(candidates: Sequence[Candidate], text: str, published: dt.date | None) -> None:
    """A plan told as "originally scheduled for April 28" after the news that it "has been
    moved to ... Da Nang on May 6" takes the new day and city."""
    for cand in candidates:
        told = cand.sentence.text
        if cand.status != "planned" or not (ORIGINALLY.search(told) or _SUPPOSED.search(told)):
            continue
        start = max(0, cand.sentence.start - _WINDOW)
        moves = [*_MOVED.finditer(text, start, cand.sentence.start)]
        # ... or the news right after it: "... on Thursday. Both sides put the visit off to"
        found = moves[-1] if moves else _MOVED.search(text, cand.sentence.end, cand.passage.end)
        if found is None:
            continue
        moved = Span(found.start(), found.end(), found.group())
        days = [m for m in meeting_mentions(moved.text, published, "future") if m.precise]
        if not days:
            continue
        set_date(cand, moved, days[0])
        city = _NEW_CITY.search(moved.text, 0, days[0].start)
        if city and is_place(city.group(1)):
            cand.location = city.group(1)
