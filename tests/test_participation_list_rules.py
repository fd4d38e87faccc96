"""Round 50 leftover (a prime minister's readout, after round 50 was scored):

"The trilateral meeting of the Foreign Ministers of A, B and C, which was to be held in
Tripoli on 10 September with the participation of Dr X, Minister Y and Libyan Foreign
Minister Z, has been postponed": a meeting of X, Y and Z called off, listed with a title
or honorific before a surname alone; its people are not added to the ministers' call told
before it.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a readout written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

READOUT = (
    "Valletta, 4 June 2027\n\n"
    "On Monday, the Minister for Foreign Affairs, Dr Miriam Borg, held a videoconference "
    "with the Greek Minister of Foreign Affairs, Nikos Petridis.\n\n"
    "The trilateral meeting of the Foreign Ministers of Malta, Greece and Cyprus, which was "
    "to be held in Nicosia on 15 June with the participation of Dr Borg, Minister Petridis "
    "and Cypriot Foreign Minister Andreas Kyprianou, has been postponed. A new date will be "
    "set through diplomatic channels.\n"
)


def _script() -> dict:
    # As a small model answers: the call by name, the trilateral by country only.
    return {
        "videoconference": [
            meeting(["Dr Miriam Borg", "Nikos Petridis"], kind="virtual", date_text="Monday")
        ],
        "trilateral": [meeting(["Malta", "Greece", "Cyprus"], status="cancelled")],
    }


def test_the_participation_list_is_the_postponed_meetings_people() -> None:
    people = by_people(extract(READOUT, _script(), "2027-06-04"))
    trilateral = people[("Andreas Kyprianou", "Miriam Borg", "Nikos Petridis")]
    assert (trilateral.status.value, trilateral.date) == ("cancelled", dt.date(2027, 6, 15))
    assert trilateral.location == "Nicosia"


def test_the_call_before_keeps_its_two_sides() -> None:
    people = by_people(extract(READOUT, _script(), "2027-06-04"))
    call = people[("Miriam Borg", "Nikos Petridis")]
    assert (call.kind.value, call.date) == ("virtual", dt.date(2027, 5, 31))
