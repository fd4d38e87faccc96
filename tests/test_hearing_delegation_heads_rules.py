"""Round 49 and 50 leftovers (a hearing's and a press conference's answers, after those
rounds were scored):

- "It has been suspended. It was scheduled for tomorrow in Iquitos, between our Vice
  Minister ..., A, and Peru's Vice Minister ..., B": a meeting of A and B, called off by
  the sentence before.
- "President A will attend, and President B will host it": a plan of the two.
- "The Mechanism will meet in La Paz on the 29th. X will lead our delegation, and her
  counterpart is Vice Minister Y": a plan of X and Y on the 29th, not of the speaker who
  announces it.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a transcript written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

HEARING = (
    "Foreign Relations Committee - hearing of 12 May 2027\n\n"
    "DEPUTY ROJAS: What happened to the consular meeting in Tacna?\n\n"
    "MINISTER ARIAS: It has been suspended. It was scheduled for tomorrow in Tacna, between "
    "our Vice Minister of Foreign Affairs, Tomás Ibarra, and Peru's Vice Minister of Foreign "
    "Affairs, Elena Paredes Quispe. The Peruvian side asked for more time.\n\n"
    "DEPUTY ROJAS: And the binational cabinet?\n\n"
    "MINISTER ARIAS: The cabinet is confirmed for Friday, 28 May, in Arica. President Julio "
    "Montalvo will attend, and President Carmen Salas Rivero will host it.\n\n"
    "DEPUTY ROJAS: What are the next steps on water?\n\n"
    "MINISTER ARIAS: The Water Mechanism will meet in Puno on the 25th. Undersecretary "
    "Daniela Soto will lead our delegation, and her counterpart is Vice Minister of "
    "Environment Raúl Mamani.\n"
)


def _script() -> dict:
    # As a small model answers: nothing for the called-off meeting or the cabinet; the
    # speaker put in with the two heads of delegation.
    return {
        "consular meeting": [],
        "binational cabinet": [],
        "Water Mechanism": [
            meeting(
                ["Minister Arias", "Daniela Soto", "Raúl Mamani"],
                status="planned",
                date_text="the 25th",
                location="Puno",
            )
        ],
    }


def test_it_was_scheduled_between_and_suspended_before() -> None:
    people = by_people(extract(HEARING, _script(), "2027-05-12"))
    call = people[("Elena Paredes Quispe", "Tomás Ibarra")]
    assert (call.status.value, call.date) == ("cancelled", dt.date(2027, 5, 13))


def test_one_attends_the_other_hosts() -> None:
    people = by_people(extract(HEARING, _script(), "2027-05-12"))
    cabinet = people[("Carmen Salas Rivero", "Julio Montalvo")]
    assert (cabinet.status.value, cabinet.date) == ("planned", dt.date(2027, 5, 28))


def test_heads_of_delegation_named_after_the_meeting() -> None:
    people = by_people(extract(HEARING, _script(), "2027-05-12"))
    talks = people[("Daniela Soto", "Raúl Mamani")]
    assert (talks.status.value, talks.date) == ("planned", dt.date(2027, 5, 25))
    assert not any("Arias" in name for key in people for name in key)
