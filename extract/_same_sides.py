"""The sides just named, meeting again: the sentences that tell it without their names
("The two leaders spoke by telephone on Monday instead", "The meeting followed a video
conference between the two ministers on 14 January", "..., and the two presidents will
hold talks at the Presidential Secretariat"), and the meeting each one tells (`again`)."""

from __future__ import annotations

import datetime as dt
import re

from . import _cues
from ._called_off import calls_off
from ._candidates import Candidate, add_grounded
from ._meeting_days import resolve_date
from ._meeting_objects import objects_of
from ._mentions import person_draft
from ._name_patterns import NAME
from ._other_sides import joined_by
from ._passages import Span, sentences
from ._stated_place import stated_place

# "The two leaders spoke by telephone on Monday instead": the sides just named, again.
_SAME_SIDES = re.compile(
    r"^(?:[0-2]?[0-9][:.][0-5][0-9]\s+)?"  # a live blog's "15:40" above its entry
    r"(?:[A-Z]\w*(?:[ \t]+\w+)?,[ \t]+)?"
    # "According to a statement from State House Entebbe, the two presidents spoke ...",
    # "Later on Thursday the two presidents ...": a time phrase with no comma
    r"(?:(?:(?:(?:According[ \t]+to|In)[ \t][^,;]{3,80},[ \t]+|"
    r"(?:Later|Earlier|Afterwards|Then)(?:[ \t]+(?:on|that|in|the)[ \t]+\w+)?[ \t]+)t|T)"
    r"he[ \t]+(?:pair|two(?:[ \t]+(?:leaders|ministers|sides|men|women|presidents|premiers|"
    r"prime[ \t]+ministers|foreign[ \t]+ministers|heads[ \t]+of[ \t]+state|chancellors))?)|"
    r"They|Both(?:[ \t]+(?:leaders|ministers|sides))?)[ \t]+"
    r"(?:also[ \t]+|later[ \t]+|then[ \t]+|last[ \t]+|first[ \t]+)?"
    # (not "agreed to meet again": an intent; "were joined by X": `join_the_sides_told_before`)
    r"(?:spoke|talked|met|held|"
    # "The two presidents have just joined a video call with Juba"
    r"(?:have[ \t]+)?(?:just[ \t]+)?joined[ \t]+an?[ \t]+(?:video[ \t]+call|call|"
    r"video[ \t]?conference)|"
    # "The two presidents had been due to meet Ecuador's President X in Puno on May 3"
    r"(?:had[ \t]+been|were)[ \t]+(?:due|scheduled|expected|set)[ \t]+to[ \t]+meet)\b"
)
# "The meeting followed a video conference between the two ministers on 14 January"
_BETWEEN_THE_TWO = re.compile(
    r"\b(?:a|an|the)[ \t]+(?:(?:video|phone|telephone)[ \t]+call|video[ \t]?conference|"
    r"(?:phone|telephone)[ \t]+conversation|meeting)[ \t]+between[ \t]+the[ \t]+two\b"
)


# "the last meeting of the two leaders took place in Tashkent in November 2026"
_LAST_MEETING = re.compile(
    r"\b(?:last|previous|first)[ \t]+(?:meeting|talks|summit)[ \t]+(?:of|between)[ \t]+"
    r"the[ \t]+two\b[^.;]{0,40}?\b(?:took[ \t]+place|was[ \t]+held|were[ \t]+held)\b|"
    # "the two Heads of State recalled their first encounter, in Lilongwe in 2019", "The two
    # Presidents recalled their telephone conversation of 12 May 2027"
    r"\b[Tt]he[ \t]+two\b[^.;]{0,40}?\brecalled[ \t]+their[ \t]+"
    r"(?:(?:first|last|previous)[ \t]+(?:meeting|encounter)|"
    r"(?:(?:first|last|previous|recent)[ \t]+)?(?:telephone|phone|video)[ \t]+"
    r"(?:conversation|call))\b"
)


# "The arrangement dates from November, when the two ministers last met in person".
_WHEN_THE_TWO = re.compile(
    r",[ \t]+when[ \t]+the[ \t]+two(?:[ \t]+(?:leaders|ministers|sides|presidents|premiers|"
    r"prime[ \t]+ministers|foreign[ \t]+ministers))?[ \t]+(?:last[ \t]+|first[ \t]+)?"
    r"(?:met|spoke|talked|held[ \t]+talks)\b"
)


def same_sides_again(passage: Span) -> list[Span]:
    """Sentences that report the sides just named meeting again, without their names."""
    return [
        s
        for s in sentences(passage)
        if _SAME_SIDES.match(s.text)
        or (" between the two" in s.text and _BETWEEN_THE_TWO.search(s.text))
        or (" when the two" in s.text and _WHEN_THE_TWO.search(s.text))
        or ("he two" in s.text and _LAST_MEETING.search(s.text))
        or (" the two" in s.text and _TWO_WILL_MEET.search(s.text))
    ]


# "The visit will take place on the eighth of next month, and the two presidents will hold
# talks at the Presidential Secretariat": the sides just told, at a plan
_TWO_WILL_MEET = re.compile(
    r",[ \t]+and[ \t]+the[ \t]+two[ \t]+(?:leaders|ministers|presidents|premiers|"
    r"prime[ \t]+ministers|foreign[ \t]+ministers)[ \t]+will[ \t]+(?:also[ \t]+)?"
    r"(?:meet|hold[ \t]+talks)\b"
)


_PAST_YEAR = re.compile(r"\bin[ \t]+(?P<year>(?:19|20)\d\d)\b")
_APPOSED_TOOK_PART = re.compile(rf"^[^,.;]{{3,60}},[ \t]+(?P<b>{NAME}),[ \t]+took[ \t]+part\b")


def again(text: str, previous: Candidate, sentence: Span, published: dt.date | None) -> Candidate:
    """Another meeting of the same sides, told without their names ("The two leaders
    spoke by telephone on Monday instead"): kind, status, day and place from `sentence`."""
    people = list(previous.participants)
    for other in objects_of(sentence.text):  # "... had been due to meet Ecuador's President X"
        add_grounded(text, sentence, person_draft(other), people)
    for joiner in joined_by(sentence.text):  # "The two leaders met ..., joined by X and Y"
        add_grounded(text, sentence, person_draft(joiner), people)
    after = text[sentence.end : sentence.end + 400]
    start = sentence.end + len(after) - len(after.lstrip())  # where the next sentence opens
    following = after.lstrip().split(". ")[0]
    if (third := _APPOSED_TOOK_PART.search(following)) is not None:
        # "The two presidents have just joined a video call with Juba. The South Sudanese
        # leader, Deng Akol Manyang, took part for about 40 minutes"
        told = Span(start, start + len(following), following)
        add_grounded(text, told, person_draft(third["b"]), people)
    status = _cues.status_from(sentence.text, "held")
    if calls_off(following, sentence.text):
        status = "cancelled"  # "..., and the Puno meeting was called off"
    candidate = Candidate(
        passage=previous.passage,
        sentence=sentence,
        participants=people,
        kind=_cues.kind_from(sentence.text, "in_person"),
        status=status,
        location=stated_place(text, previous.passage, sentence, None),
    )
    told_in = previous.passage  # a later paragraph's own days, not the previous one's
    if not told_in.start <= sentence.start < told_in.end:
        told_in = sentence
    resolve_date(candidate, text, told_in, None, published)
    year = _PAST_YEAR.search(sentence.text) if candidate.date_text is None else None
    if year and published is not None and int(year["year"]) < published.year:
        # "recalled their first encounter, in Lilongwe in 2019": a time of its own, no day
        candidate.date_text = year.group()
        start = sentence.start + year.start()
        candidate.date_span = (start, start + len(year.group()))
    return candidate
