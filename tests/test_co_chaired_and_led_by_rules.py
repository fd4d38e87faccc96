"""Held-out round 49 leftovers (a wire report of a state visit):

- "X stayed in Colombo for a parliamentary vote ... and was represented by Deputy Trade
  Minister A, who co-chaired the session with B" is a meeting of A and B, not in Colombo;
- "Consultations that were to have been held in Colombo on Thursday, led by Sri Lanka's
  Foreign Secretary C and his Maldivian counterpart D, have been postponed": a called-off
  meeting of C and D.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short report written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract

REPORT = (
    "MALÉ, Aug 4, 2026 (Island Wire) - Sri Lanka and the Maldives signed a memorandum on "
    "Monday.\n\n"
    "The visit was preceded on Sunday by a session of the Joint Trade Committee in Malé. "
    "Sri Lanka's Trade Minister Nimal Perera stayed in Colombo for a parliamentary vote and "
    "was represented by Deputy Trade Minister Kasun Silva, who co-chaired the session with "
    "Maldivian Economic Development Minister Aishath Nadha.\n\n"
    "Foreign secretary-level consultations that were to have been held in Colombo on "
    "Thursday, led by Sri Lanka's Foreign Secretary Ruwan Fernando and his Maldivian "
    "counterpart Mariyam Saeed, have been postponed, officials said. No new date has been "
    "set.\n"
)


def test_a_stand_in_who_co_chaired_the_session_with_b_met_b_not_where_the_absent_was() -> None:
    people = by_people(extract(REPORT, {}, "2026-08-04"))
    session = people[("Aishath Nadha", "Kasun Silva")]
    assert (session.status.value, session.date) == ("held", dt.date(2026, 8, 2))
    assert session.location != "Colombo"


def test_consultations_led_by_a_and_his_counterpart_b_were_called_off() -> None:
    people = by_people(extract(REPORT, {}, "2026-08-04"))
    off = people[("Mariyam Saeed", "Ruwan Fernando")]
    assert (off.status.value, off.date, off.location) == (
        "cancelled",
        dt.date(2026, 8, 6),
        "Colombo",
    )
