"""Held-out round 49 leftovers (a short news brief):

- "A meeting between A and Brunei's Minister of Primary Resources and Tourism, B, set for
  this morning, was called off" is a called-off meeting of A and B;
- "The secretary flies to Kota Kinabalu this afternoon and is scheduled to meet Malaysian
  Foreign Minister C there on Wednesday" is a plan of the secretary (the article's A);
- a headline's "PH, Brunei sign ..." is no dateline: the meetings are where the dateline
  ("BANDAR SERI BEGAWAN, Tuesday, ...") says.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short brief written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

BRIEF = (
    "PH, Brunei sign fisheries pact; DFA chief heads to Sabah\n\n"
    "BANDAR SERI BEGAWAN, Tuesday, 18 August 2026 - The Philippines and Brunei signed a "
    "memorandum on fisheries on Monday, during talks between Foreign Affairs Secretary "
    "Marites Dela Paz and Brunei's Foreign Minister Haji Osman Rahim.\n\n"
    "A meeting between Dela Paz and Brunei's Minister of Primary Resources and Tourism, "
    "Haji Karim Salleh, set for this morning, was called off because of a scheduling "
    "conflict, the Department of Foreign Affairs said.\n\n"
    "The secretary flies to Kota Kinabalu this afternoon and is scheduled to meet "
    "Malaysian Foreign Minister Aziz Harun there on Wednesday.\n"
)


def _script() -> dict:
    # As a small model answers: the talks; nothing for the called-off meeting or the trip.
    return {
        "during talks": [meeting(["Marites Dela Paz", "Haji Osman Rahim"], date_text="on Monday")],
    }


def test_a_meeting_between_a_and_a_long_office_holder_called_off() -> None:
    people = by_people(extract(BRIEF, _script(), "2026-08-18"))
    off = people[("Haji Karim Salleh", "Marites Dela Paz")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2026, 8, 18))


def test_the_secretary_flies_to_a_city_and_is_scheduled_to_meet_there() -> None:
    people = by_people(extract(BRIEF, _script(), "2026-08-18"))
    plan = people[("Aziz Harun", "Marites Dela Paz")]
    assert (plan.status.value, plan.location) == ("planned", "Kota Kinabalu")


def test_a_headlines_country_code_is_no_dateline() -> None:
    people = by_people(extract(BRIEF, _script(), "2026-08-18"))
    assert people[("Haji Osman Rahim", "Marites Dela Paz")].location == "Bandar Seri Begawan"
