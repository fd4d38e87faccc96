"""Held-out round 48 leftovers (a wire report of presidential talks):

- "The two leaders met for nearly three hours at the palace, joined by A's foreign
  minister, X, and B's minister of public works, Y" adds X and Y to the leaders' talks;
- "the session, which was to bring X together with her counterpart, Z, and C's foreign
  minister, W, had been postponed ... because of scheduling problems in Buenos Aires" is a
  called-off meeting of X, Z and W, not placed where the problems were;
- "Z and V agreed to reactivate the commission", drafted with Z alone, is Z's meeting
  with V (not with whoever the article names most).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short report written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

REPORT = (
    "ASUNCIÓN, July 14 (River Wire) — Uruguay and Paraguay signed a memorandum on Monday "
    "after talks in Asunción between Presidents Andrés Rivero and Hugo Cardozo.\n\n"
    "The two leaders met for nearly three hours at the presidential palace, joined by "
    "Uruguay's foreign minister, Sofía Larrañaga, and Paraguay's minister of public works, "
    "Diego Acosta.\n\n"
    "A meeting of waterway foreign ministers that had been set for Wednesday in Encarnación "
    "will not go ahead. Paraguay's foreign ministry said the session, which was to bring "
    "Larrañaga together with her Paraguayan counterpart, Ramón Ayala Britez, and "
    "Argentina's foreign minister, Julio Ferrer, had been postponed because of scheduling "
    "problems in Buenos Aires.\n\n"
    "Ayala Britez did not attend Monday's presidential talks. He was in Tarija, where he "
    "met Bolivian Foreign Minister Elena Choque. Ayala "
    "and Choque agreed to reactivate the Pilcomayo commission, a Paraguayan statement said.\n"
)


def _script() -> dict:
    # As a small model answers: the leaders alone; nothing for the called-off session;
    # the Tarija talks with one side.
    return {
        "between Presidents": [
            meeting(["Andrés Rivero", "Hugo Cardozo"], date_text="Monday", location="Asunción")
        ],
        "Tarija": [meeting(["Ayala Britez"], date_text=None)],
    }


def test_ministers_who_joined_the_leaders_are_sides_of_their_talks() -> None:
    people = by_people(extract(REPORT, _script(), "2026-07-14"))
    talks = people[("Andrés Rivero", "Diego Acosta", "Hugo Cardozo", "Sofía Larrañaga")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2026, 7, 13))


def test_a_session_that_was_to_bring_three_ministers_together_is_called_off() -> None:
    people = by_people(extract(REPORT, _script(), "2026-07-14"))
    session = people[("Julio Ferrer", "Ramón Ayala Britez", "Sofía Larrañaga")]
    assert (session.status.value, session.date) == ("cancelled", dt.date(2026, 7, 15))
    assert session.location != "Buenos Aires"


def test_two_subjects_of_agreed_are_the_two_sides() -> None:
    people = by_people(extract(REPORT, _script(), "2026-07-14"))
    assert ("Elena Choque", "Ramón Ayala Britez") in people
    assert not any(
        "Ramón Ayala Britez" in names and "Sofía Larrañaga" in names and len(names) == 2
        for names in people
    )
