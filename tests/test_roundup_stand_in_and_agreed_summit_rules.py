"""Held-out round 51 leftovers (a weekly roundup):

- "The ministers also agreed that Presidents A and B will meet in Samarkand on 2 October" is
  a plan of A and B, not a held meeting;
- "Turkey's energy minister, X, cancelled his trip to Baku ... and was represented at
  Wednesday's talks by Deputy Energy Minister Y" makes X no side, and "Y and Azerbaijan's
  energy minister, Z, met on the sidelines" is a meeting of Y and Z.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short roundup written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

ROUNDUP = (
    "EURASIA WEEK\nSunday, 20 September 2026\n\n"
    "UZBEKISTAN – TAJIKISTAN: RIVERS FIRST\n"
    "Tajik Foreign Minister Farid Nazarov received his Uzbek counterpart Jasur Rashidov in "
    "Dushanbe on Tuesday. The ministers also agreed that Presidents Akmal Tursunov and "
    "Sherali Qodirov will meet in Samarkand on 2 October.\n\n"
    "AZERBAIJAN – TURKEY: GAS\n"
    "Turkey's energy minister, Hakan Yilmaz, cancelled his trip to Baku on doctor's orders "
    "and was represented at Wednesday's talks by Deputy Energy Minister Kemal Demir. Demir "
    "and Azerbaijan's energy minister, Elnur Aliyev, met on the sidelines of a gas "
    "conference.\n"
)


def _script() -> dict:
    # As a small model answers: the agreed summit as held; the absent minister with his
    # stand-in, as cancelled.
    return {
        "received his": [
            meeting(["Farid Nazarov", "Jasur Rashidov"], date_text="on Tuesday"),
            meeting(["Akmal Tursunov", "Sherali Qodirov"], status="held", date_text=None),
        ],
        "doctor's orders": [
            meeting(["Hakan Yilmaz", "Kemal Demir"], status="cancelled", date_text="Wednesday")
        ],
    }


def test_presidents_the_ministers_agreed_will_meet_have_a_plan() -> None:
    people = by_people(extract(ROUNDUP, _script(), "2026-09-20"))
    plan = people[("Akmal Tursunov", "Sherali Qodirov")]
    assert (plan.status.value, plan.date, plan.location) == (
        "planned",
        dt.date(2026, 10, 2),
        "Samarkand",
    )


def test_the_one_represented_at_the_talks_is_no_side_and_his_stand_in_met_z() -> None:
    people = by_people(extract(ROUNDUP, _script(), "2026-09-20"))
    assert not any("Hakan Yilmaz" in names for names in people)
    talks = people[("Elnur Aliyev", "Kemal Demir")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2026, 9, 16))
