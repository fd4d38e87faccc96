"""A report with a byline block: "crossed the bridge to meet his counterpart" states a
meeting, and the lead's day is read from the story's first paragraph, not from the
"By ... / Published ..." lines above it: rules written after the held-out round 14
(g105-g110), checked on the whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short report written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._passages import lead_passage
from tests.support.scripted import by_people, extract, meeting

REPORT = (
    "Costa Rica and Panama agree to reopen the Paso Canoas border market\n\n"
    "By Carolina Peralta Jiménez | San José, Costa Rica\n"
    "Published Oct. 7, 2027 | Updated Oct. 8, 2027\n\n"
    "Costa Rica and Panama agreed on Tuesday to reopen the Paso Canoas market, after a "
    "meeting of their foreign ministers on the border.\n\n"
    "Costa Rican Foreign Minister Luis Mora crossed the bridge to meet his Panamanian "
    "counterpart, Elena Vargas, in the customs building at Paso Canoas."
)


def test_the_lead_is_the_first_paragraph_of_the_story_not_the_byline() -> None:
    lead = lead_passage(REPORT)
    assert lead is not None
    assert "Costa Rica and Panama agreed on Tuesday" in lead.text


def test_crossing_over_to_meet_a_counterpart_is_a_meeting_on_the_leads_day() -> None:
    result = extract(
        REPORT,
        {"crossed the bridge": [meeting(["Luis Mora", "Elena Vargas"])]},
        "2027-10-07",
    )
    talks = by_people(result)[("Elena Vargas", "Luis Mora")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2027, 10, 5))
