"""Outcomes told apart from their meeting's sentence: a lead that names the countries
("Belgium, the Netherlands and Luxembourg signed ... on Thursday") and a later paragraph
that names no one ("The two leaders agreed ...")."""

from __future__ import annotations

import datetime as dt
import re

from . import _agreements, _cues, _meeting_days
from ._candidates import Candidate
from ._countries_agreed import countries_agreed
from ._drafts import DraftMeeting, PassageDraft
from ._passages import Span, lead_passage

_NOTHING = PassageDraft(meetings=[])


def lead_outcome(
    text: str,
    answered: dict[Span, PassageDraft],
    candidates: list[Candidate],
    pub: dt.date | None,
) -> None:
    """ "Belgium, the Netherlands and Luxembourg signed a memorandum ... on Thursday": the
    lead's outcome belongs to the first meeting of two or more sides held after it."""
    lead = lead_passage(text)
    if lead is None:
        return
    # Not asked (no meeting word): "The foreign ministers of A and B agreed on Monday to ..."
    draft = answered.get(lead, _NOTHING)
    items = [a for m in draft.meetings for a in countries_agreed(lead, m)]
    if not items and not draft.meetings:
        nobody = DraftMeeting(participants=[], kind="in_person", status="held", agreements=[])
        items = countries_agreed(lead, nobody)
    held = [c for c in candidates if c.status == "held" and len(c.participants) > 1]
    if not items or not held:
        return
    first = min(held, key=lambda c: c.sentence.start)
    if first.date is None and first.date_text is None:
        # "The foreign ministers of A and B agreed on Monday to ...", then "A and B held the
        # talks by video link": the day the lead gives its outcome is the meeting's.
        _meeting_days.date_from_sentence(first, items[0].sentence, pub)
    for item in items:
        # The lead sums up what later paragraphs detail: it only adds a kind of outcome
        # the meeting lacks, or the content of a bare "signed the memorandum".
        same = [a for a in first.agreements if a.type == item.type]
        bare = [a for a in same if _agreements.names_no_content(a.summary)]
        if same and len(bare) < len(same):
            continue
        if bare:  # in its place: items stay in the order the article tells them
            first.agreements[first.agreements.index(bare[0])] = item
            first.agreements = [a for a in first.agreements if a not in bare[1:]]
        else:
            first.agreements.append(item)


def follow_up(
    passage: Span,
    draft: DraftMeeting,
    candidates: list[Candidate],
    pub: dt.date | None,
) -> None:
    """A draft naming no one we could ground ("The two leaders agreed ..."): its agreements
    go to the last meeting told that took place, not to one planned or called off in
    between ("the gathering planned for Saturday was postponed")."""
    held = [c for c in candidates if c.status == "held"]
    if not held:
        return
    # "The two Presidents recalled their telephone conversation of 12 May": a call told in
    # passing; what they agreed after it is the visit's
    last = ([c for c in held if not _cues.RECALLED_THEIR.search(c.sentence.text)] or held)[-1]
    known = {a.sentence for a in last.agreements}  # one sentence may add two items
    last.agreements.extend(
        a
        for a in _agreements.follow_up_agreements(
            passage, draft, [p.name for p in last.participants]
        )
        if a.sentence not in known and not _in_a_past_year(a.sentence.text, pub)
    )


def _in_a_past_year(sentence: str, pub: dt.date | None) -> bool:
    """ "Ethiopia and Djibouti signed the first corridor agreement in 2002, and trade between
    the two countries has since grown": history, not what the meeting just told agreed."""
    act = _SIGNED_IN_YEAR.search(sentence) or _OPENS_IN_YEAR.match(sentence)
    return pub is not None and act is not None and int(act["year"]) < pub.year


# "In April 2024, during a visit to Baghdad by the Turkish president, the two governments
# signed a framework agreement": told as history from its first words
_OPENS_IN_YEAR = re.compile(r"In[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?P<year>(?:19|20)\d\d)\b")
# The year in the clause of the verb itself, not a detail after a comma ("the committee,
# which has not convened since 2023").
_SIGNED_IN_YEAR = re.compile(
    r"\b(?:signed|signing|signature|agreed|concluded|adopted|inked)\b[^,;.]*?[ \t]in[ \t]+"
    r"(?P<year>(?:19|20)\d\d)\b"
)
