"""Round 50 and 51 leftovers (a feature and an analysis, after those rounds were scored):

- "X had been received by Greenland's premier, A. He brought with him B ... A and B will
  meet again in Iqaluit on October 6": a plan of A and B of its own, though the reception
  told before has them both.
- "A meeting in Maracaibo between Colombia's mines and energy minister, A, and
  Venezuela's oil minister, B, set for yesterday, was called off on Monday night": a
  meeting of A and B called off (a place before "between", an office before each name).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

FEATURE = (
    "Reykjavik, 14 September 2027\n\n"
    "On Wednesday, Karlsson had been received in Tórshavn by the Faroese premier, Jógvan "
    "Dahl. He brought with him Shetland's council leader, Moira Tulloch, whose islands share "
    "fishing grounds with the Faroes. Dahl and Tulloch will meet again in Lerwick on "
    "October 6, their offices said.\n"
)


def test_a_plan_of_two_from_the_reception_told_before() -> None:
    script = {
        "received": [meeting(["Karlsson", "Jógvan Dahl", "Moira Tulloch"], date_text="Wednesday")]
    }
    people = by_people(extract(FEATURE, script, "2027-09-14"))
    assert ("Jógvan Dahl", "Karlsson", "Moira Tulloch") in people
    plan = people[("Jógvan Dahl", "Moira Tulloch")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2027, 10, 6))
    assert plan.location == "Lerwick"


ANALYSIS = (
    "Energy is where the thaw has stalled. Published 14 October 2027.\n\n"
    "A meeting in Ruse between Bulgaria's energy and water minister, Petar Kolev, and "
    "Romania's oil minister, Ioana Marin, set for yesterday, was called off on Monday night. "
    "Neither ministry offered a reason or a new date.\n"
)


def test_a_meeting_in_a_town_between_two_offices_called_off() -> None:
    people = by_people(extract(ANALYSIS, {"called off": []}, "2027-10-14"))
    off = people[("Ioana Marin", "Petar Kolev")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2027, 10, 13))
