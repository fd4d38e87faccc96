"""Held-out round 47 leftovers (a summit live blog):

- "In our 14:10 post we reported that A had held a sideline meeting with B. That was
  wrong: ... A's office tells us the two presidents will now meet in Pretoria on Monday":
  the meeting is the plan, not the retracted report;
- "A and Botswana's President B put pen to paper on a memorandum" is a meeting;
- "... for Botswana cargo - a point on which A made no comment": Botswana is not A's
  country (the article's "Namibia's A" is).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short live blog written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

LIVE_BLOG = (
    "LIVE: Regional summit on food security in Lusaka - as it happened\n\n"
    "The Daily Ledger live desk | Saturday 4 July 2026\n\n"
    "17:55 - CORRECTION\n"
    "In our 14:10 post we reported that President Mwila had held a sideline meeting with "
    "Angolan President Domingos Kiala. That was wrong: President Kiala did not travel to "
    "Lusaka and the meeting did not take place. Mwila's office tells us the two presidents "
    "will now meet in Luanda on Monday.\n\n"
    "16:30\n"
    "A signing on the margins. Mwila and Botswana's President Kagiso Tau put pen to paper "
    "on a memorandum on a rail corridor this afternoon. Tau said Botswana still wanted "
    "lower port fees for Botswana cargo - a point on which Mwila made no comment.\n\n"
    "10:30\n"
    "The closed session is under way, chaired by Zambia's Mwila.\n"
)


def _script() -> dict:
    # As a small model answers: the retracted meeting as held (dated from the post's day);
    # the signing's host given the other president's country.
    return {
        "sideline meeting": [
            meeting(["President Mwila", "Angolan President Domingos Kiala"], date_text="Monday")
        ],
        "put pen to paper": [
            meeting(
                [
                    {"name": "Mwila", "title": "President", "country": "Botswana"},
                    {"name": "Kagiso Tau", "title": "President", "country": "Botswana"},
                ],
                date_text="this afternoon",
            )
        ],
    }


def test_a_retracted_report_gives_way_to_the_plan_told_after_it() -> None:
    people = by_people(extract(LIVE_BLOG, _script(), "2026-07-04"))
    plan = people[("Domingos Kiala", "Mwila")]
    assert (plan.status.value, plan.date, plan.location) == (
        "planned",
        dt.date(2026, 7, 6),
        "Luanda",
    )


def test_putting_pen_to_paper_is_a_meeting_and_the_hosts_country_is_his_own() -> None:
    result = extract(LIVE_BLOG, _script(), "2026-07-04")
    signing = by_people(result)[("Kagiso Tau", "Mwila")]
    assert (signing.status.value, signing.date) == ("held", dt.date(2026, 7, 4))
    countries = {p.name: p.country for p in signing.participants}
    assert countries == {"Mwila": "Zambia", "Kagiso Tau": "Botswana"}
