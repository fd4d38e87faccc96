"""Held-out round 50 leftovers (a prime minister's office readout):

- "The Prime Ministers were joined by the Minister for Home Affairs, A, and by the
  Undersecretary ..., B, who attended on behalf of C" adds A and B, not C;
- "In the presence of the two Prime Ministers, Minister A and Undersecretary B signed a
  Memorandum" is the prime ministers' meeting, not one of A and B alone;
- "Auberge de Castille" is a building: the meeting is in Valletta.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short readout written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

READOUT = (
    "OFFICE OF THE PRIME MINISTER\nPRESS RELEASE\n\nValletta, Thursday 3 September 2026\n\n"
    "Prime Minister Daniel Borg today welcomed Italian Prime Minister Lorenzo Ferri to "
    "Auberge de Castille for talks on migration and energy.\n\n"
    "The Prime Ministers were joined by the Minister for Home Affairs, Clayton Vella, and by "
    "the Undersecretary of State at the Italian Ministry of the Interior, Marta Conti, who "
    "attended on behalf of Interior Minister Stefano Galli.\n\n"
    "In the presence of the two Prime Ministers, Minister Vella and Undersecretary Conti "
    "signed a Memorandum of Understanding on search and rescue coordination.\n"
)


def _script() -> dict:
    # As a small model answers: the talks at the venue; the signing as the signers' meeting.
    return {
        "today welcomed": [
            meeting(
                ["Daniel Borg", "Lorenzo Ferri"], date_text="today", location="Auberge de Castille"
            )
        ],
        "In the presence": [meeting(["Minister Vella", "Undersecretary Conti"], date_text="today")],
    }


def test_the_ministers_who_joined_and_signed_are_sides_of_the_leaders_talks() -> None:
    people = by_people(extract(READOUT, _script(), "2026-09-03"))
    assert list(people) == [("Clayton Vella", "Daniel Borg", "Lorenzo Ferri", "Marta Conti")]
    talks = people[("Clayton Vella", "Daniel Borg", "Lorenzo Ferri", "Marta Conti")]
    assert talks.date == dt.date(2026, 9, 3)
    assert "Valletta" in (talks.location or "")
