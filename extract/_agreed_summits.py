"""The next summit a held meeting's sides agreed to hold on a day the article gives
("agreed to hold the next Italy-Turkey intergovernmental summit in Rome on Oct. 14"): a
planned meeting of the same sides."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._dates import find_date_mentions
from ._passages import Span

if TYPE_CHECKING:
    from ._candidates import Candidate


# "agreed to hold the next Italy-Turkey intergovernmental summit in Rome on Oct. 14": the
# same leaders' next summit, on a day the article gives.
_NEXT_SUMMIT = re.compile(
    r"\bagreed[ \t]+(?:to|that)[ \t]+"
    # "agreed to hold the next meeting of the Joint Commission, which the two of them
    # co-chair, in Belmopan on 14 July"
    r"(?:hold[ \t]+(?:the|their|a)[ \t]+next\b[^.;]{0,60}?\b(?:summit|meeting|session|round)\b"
    r"(?:[ \t]+of[ \t]+the[ \t]+[^,;.]{3,60}(?:,[^,;.]{3,60},)?)?|"
    # "agreed to meet in person in Nieuw Nickerie on Friday the 17th"
    r"meet(?:[ \t]+(?:again|in[ \t]+person|face[ \t]+to[ \t]+face))*\b|"
    # "agreed that the binational cabinet would meet as planned in Loja on Dec. 4"
    # "agreed that the Ghana–Togo Permanent Joint Commission for Cooperation, which has not met
    # since 2019, would convene in Accra on Monday, 14 June 2027"
    r"(?<=agreed[ \t]that[ \t])the[ \t]+(?:[\w–-]+[ \t]+){0,5}"
    r"(?:cabinet|summit|[Cc]ommission|council)"
    r"(?:[ \t]+for[ \t]+[A-Z]\w+)?(?:,[^,;.]{3,60},)?"
    r"[ \t]+would[ \t]+(?:meet|convene|be[ \t]+held|take[ \t]+place)(?:[ \t]+as[ \t]+planned)?\b|"
    # "agreed to convene the joint committee in Kuwait City on March 3, with both ministers
    # co-chairing": the two sides, again
    r"convene[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,4}(?:committee|commission|council)\b"
    r"(?=[^.;]{0,80}\bco-?chair))"
    r"(?P<rest>(?:[^.;]|\.(?=[ \t]*\d)){0,80})"  # "on Oct. 14"
)
_SOURCE = re.compile(r",?[ \t]+(?:according[ \t]+to|as[ \t]+announced|(?:it|they)[ \t]+said)\b")
_SUMMIT_PLACE = re.compile(
    r"^[ \t]+in[ \t]+(?:the[ \t]+(?:[\w-]+[ \t]+){0,2}(?:city|town|capital)[ \t]+of[ \t]+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
)


@dataclass(frozen=True)
class AgreedSummit:
    date: dt.date
    span: tuple[int, int]  # where the day is written
    place: str | None


def summit_agreed(sentence: Span, published: dt.date | None) -> AgreedSummit | None:
    """The day (and place) of the next summit a held meeting's sides agreed to hold,
    when the sentence names exactly one day for it."""
    match = _NEXT_SUMMIT.search(sentence.text)
    if match is None:
        return None
    # not the day of "..., according to a joint communique released late on Wednesday"
    rest = _SOURCE.split(match["rest"])[0]
    days = [m for m in find_date_mentions(rest, published, tense="future") if m.precise]
    # One day, though it may be written twice ("a week from tomorrow, on Friday the 17th").
    if not days or days[0].date is None or any(d.date != days[0].date for d in days):
        return None
    at = sentence.start + match.start("rest")
    place = _SUMMIT_PLACE.match(match["rest"])
    return AgreedSummit(
        days[0].date, (at + days[0].start, at + days[0].end), place["place"] if place else None
    )


def add_agreed_summits(meetings: list[Candidate], text: str, published: dt.date | None) -> None:
    """A held meeting whose sides agreed to hold their next summit on a given day has a
    planned meeting of the same sides on that day (unless one is already reported)."""
    for held in [m for m in meetings if m.status == "held" and len(m.participants) > 1]:
        for item in held.agreements:
            summit = summit_agreed(item.sentence, published)
            if summit is None or any(
                m.status == "planned" and m.date == summit.date for m in meetings
            ):
                continue
            meetings.append(
                dataclasses.replace(
                    held, sentence=item.sentence, status="planned", kind="in_person",
                    date=summit.date, date_text=text[summit.span[0] : summit.span[1]],
                    date_span=summit.span, location=summit.place, agreements=[], topics=[],
                    extra_evidence=[], variants=[], anchor_shift=None, occasion=None,
                    participants=list(held.participants),
                )
            )  # fmt: skip
