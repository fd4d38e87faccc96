"""Days a sentence names for another event than its meeting: a journey ("returned on
Sunday", "left for Pohnpei on Thursday"), a later gathering ("before EU leaders meet next
week"), a deadline ("by 31 December"), a statement's ("issued late Tuesday"), or someone's
clause ("X, who flew in on Sunday, ...")."""

from __future__ import annotations

import datetime as dt
import re

from ._dates import CLAUSE_ABOUT_ELSE, DateMention, find_date_mentions, outside_period, period_of

# "before returning home on Saturday", "after landing in Seoul on Monday": the day of
# another event than the meeting.
_LATER = r"(?:before|after|until|ahead of)\s+\w+ing"
LATER_TRIP = re.compile(rf"\b{_LATER}\b[^,;]*$", re.IGNORECASE)
# "returned on Sunday from a trip ..., where he and X signed": the day of the journey home;
# "left for Pohnpei on Thursday and is due to hold talks in Palikir on Tuesday": of the leg.
_HOMEWARD = (
    r"returned|flew[ \t]+(?:back|home)|came[ \t]+back|got[ \t]+back|departed|left[ \t]+for|"
    # "Villareal cancelled his flight on Sunday night": a journey not taken
    r"cancell?ed[ \t]+(?:his|her|their)[ \t]+(?:flight|trip|travel)"
)
# "before EU leaders meet in Brussels next week": a later gathering of others.
_OTHERS_MEET = r"(?:before|ahead[ \t]+of|until)[ \t]+[^,;]{0,40}?\b(?:meet|meets|gather|convene)"
JOURNEY = re.compile(rf"\b(?:{_HOMEWARD})\b[^,;]*$", re.IGNORECASE)
OTHER_EVENT = re.compile(
    rf"\b(?:{_LATER}|invit(?:ed|es|ing)|{_HOMEWARD}|{_OTHERS_MEET})\b[^,;]*$", re.IGNORECASE
)


def meeting_mentions(
    text: str, published: dt.date | None, tense: str, *, held: bool = True
) -> list[DateMention]:
    """Date mentions in `text`, less those of another event than the meeting, and, for a
    meeting held, days after publication ("ahead of the June 25-26 summit"); a called-off
    meeting read in the past ("had been due ... this coming Sunday") keeps them."""
    found = [
        m
        for m in find_date_mentions(text, published, tense=tense)
        if not of_other_event(text, m)
        and not (held and tense == "past" and published and m.date and m.date > published)
    ]
    # "Yesterday's meeting had been billed as the curtain-raiser for a visit ... on the
    # 14th": a day named as another event's, when the sentence gives one of its own.
    owned = [m for m in found if m.precise and possessive(text, m.end)]
    if owned and (
        sum(m.precise for m in found) > len(owned)
        # "Monday's meeting built on a telephone conversation ... last month": a period
        # of the sentence's own that the owned day falls outside
        or any(outside_period(o.date, period_of(m.text, published)) for m in found for o in owned)
    ):
        found = [m for m in found if m not in owned]
    return found


# "harmonise fees by 31 December", "keep the post open from 1 August": a deadline or the
# start of what was agreed, not the day the sides met ("from 3 to 5 March" is a stay); a
# "since January" is how long something has gone on.
# A lower-case "by" only: "By Thursday afternoon he was back and on a call" tells when.
_DEADLINE = re.compile(r"(?:by|(?i:since)|(?i:until|till|from)(?![^,;]*?(?:\bto\b|[-–])))\s")
_SINCE = re.compile(r"\b(?:by|(?i:since|until|till|before))\s+$")


_ISSUED = re.compile(
    r"\b(?:statement|communiqu[eé]|readout|release|report)[ \t]+(?:was[ \t]+)?"
    r"(?:issued|released|published|sent|posted)[ \t]+"
    # "a joint communique released in Nairobi on Wednesday evening"
    r"(?:in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+)?"
    r"(?:late[ \t]+|early[ \t]+|on[ \t]+)?$",
    re.IGNORECASE,
)
# "..., the ministry said in a statement on Wednesday"; not "said in a statement on
# Wednesday night that A and B spoke by telephone earlier in the evening"
_SAID_IN_STATEMENT = re.compile(
    r"\bsaid[ \t]+in[ \t]+(?:a|an|its)[ \t]+(?:[\w-]+[ \t]+)?(?:statement|communiqu[eé]|readout|"
    r"release)[ \t]+(?:late[ \t]+|early[ \t]+|on[ \t]+)?$",
    re.IGNORECASE,
)
# "..., the Peruvian Foreign Ministry said on Thursday", "officials said Monday": the day
# it was said
_SAID_ON = re.compile(
    r"\b(?:said|announced|confirmed|reported)[ \t]+(?:late[ \t]+|early[ \t]+)?(?:on[ \t]+)?$"
)
_SAID_AFTER = re.compile(
    r"(?:on[ \t]+)?\w+[ \t]+(?:after|following|at[ \t]+the[ \t]+end[ \t]+of)\b"
)
_EARLIER_THAT_DAY = re.compile(
    r"\bearlier[ \t]+(?:in[ \t]+the|that|on|this)[ \t]+(?:day|evening|morning|afternoon)\b|"
    r"\bearlier[ \t]+(?:today|tonight)\b"
)


def possessive(text: str, end: int) -> bool:
    """Is the day at `end` written as an event's ("Friday's session")?"""
    return text.startswith(("'s", "’s"), end)


_POSSESSIVE_OF = re.compile(r"\b(?:from|of|after|since)[ \t]+$")


def clause_or_statement_day(text: str, at: int) -> bool:
    """Is the day written at `at` a who/which clause's ("Radman, who opened the forum on
    Friday, will hold talks") or a statement's ("In a joint statement issued late Tuesday")?"""
    return bool(
        CLAUSE_ABOUT_ELSE.search(text, max(0, at - 80), at)
        or _ISSUED.search(text, max(0, at - 40), at)
        or (
            _SAID_ON.search(text, max(0, at - 20), at) is not None
            # "Sebego said on Thursday after talks with his Namibian counterpart": theirs
            and not _SAID_AFTER.match(text, at)
        )
        or (
            _SAID_IN_STATEMENT.search(text, max(0, at - 60), at) is not None
            and not _EARLIER_THAT_DAY.search(text[at : at + 240].split(". ")[0])
        )
    )


def of_other_event(text: str, mention: DateMention) -> bool:
    if _DEADLINE.match(mention.text) or _SINCE.search(
        text[max(0, mention.start - 7) : mention.start]
    ):
        return True
    if clause_or_statement_day(text, mention.start):
        return True
    if _POSSESSIVE_OF.search(text, max(0, mention.start - 6), mention.start) and possessive(
        text, mention.end
    ):
        return True  # "The recommendations from Friday's session will be presented to ..."
    event = OTHER_EVENT.search(text[max(0, mention.start - 60) : mention.start])
    if event is None:
        return False
    # "Shortly after landing on Wednesday, Albanese met ...": a leading "after" clause
    # gives the day of the meeting that follows it.
    leading = text[mention.end :].lstrip().startswith(",")
    return not (leading and event.group(0).lower().startswith("after"))
