"""Held-out round 50 leftovers (a news brief of a deputy premier's visit):

- "The signing followed talks in Vientiane attended by Lao Deputy Minister of Public Works
  and Transport X, who stood in for ..." adds X to the talks of the lead;
- "Mr Hung and Mr Bounthavy — whose name KPL spells Bounthavi — also agreed ... that the
  Committee would hold its next session in Hanoi in January" is what the talks agreed, not
  a planned meeting of the two;
- "A stop in Phnom Penh on Friday, where he was to meet Cambodian Deputy Prime Minister Y,
  has been dropped from his itinerary" is called off.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short brief written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import agreed, by_people, extract, meeting

BRIEF = (
    "IN BRIEF | ASIA\n\n"
    "VIENTIANE, Sept 9 — Vietnamese Deputy Prime Minister Nguyễn Văn Hải and Lao Foreign "
    "Minister Bounmy Sisavath signed a rail agreement on Tuesday.\n\n"
    "The signing followed talks in Vientiane attended by Lao Deputy Minister of Public Works "
    "and Transport Somphone Inthavong, who stood in for Minister Khamla Vongsa.\n\n"
    "Mr Hai and Mr Bounmy — whose name the state news agency spells Bounmi — also agreed "
    "that the Intergovernmental Committee would hold its next session in Hanoi in "
    "January.\n\n"
    "A stop in Phnom Penh on Friday, where he was to meet Cambodian Deputy Prime Minister "
    "Sok Vanna, has been dropped from his itinerary, the embassy said.\n"
)


def _script() -> dict:
    # As a small model answers: the lead's signing; the agreed session as a plan.
    return {
        "signed a rail": [meeting(["Nguyễn Văn Hải", "Bounmy Sisavath"], date_text="on Tuesday")],
        "also agreed": [
            meeting(
                ["Mr Hai", "Mr Bounmy"],
                status="planned",
                date_text="in January",
                agreements=[agreed("hold the next session in Hanoi in January", "intent_to_meet")],
            )
        ],
    }


def test_talks_attended_by_a_stand_in_and_what_they_agreed_are_one_meeting() -> None:
    people = by_people(extract(BRIEF, _script(), "2026-09-09"))
    talks = people[("Bounmy Sisavath", "Nguyễn Văn Hải", "Somphone Inthavong")]
    assert talks.date == dt.date(2026, 9, 8)
    assert not any(m.status.value == "planned" for m in people.values())


def test_a_stop_where_he_was_to_meet_y_dropped_from_the_itinerary_is_called_off() -> None:
    people = by_people(extract(BRIEF, _script(), "2026-09-09"))
    off = people[("Nguyễn Văn Hải", "Sok Vanna")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2026, 9, 11))
