"""Held-out round 47 leftovers (a wire report of talks in a resort town):

- "Moldova's Deputy Minister of ..., C, joined the two ministers for the second half of
  the session" adds C to the talks told just before;
- "D had been expected to join the pair on Wednesday afternoon" then "... informed the
  Romanian side ... that the minister would not travel": a called-off meeting of D and the
  pair (not their joiner), where the pair met;
- "had spoken by telephone with D two days before the Constanța talks" is dated from them;
- "the Moldovan minister ... is to be received there on Friday by the Romanian prime
  minister", who is named next ("E, who became prime minister in March"): a plan of the
  minister, not the deputy, with E.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short report written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

REPORT = (
    "BUCHAREST, May 14 (Danube Wire) - Moldova and Romania signed a memorandum on "
    "Wednesday on river freight.\n\n"
    "Moldovan Foreign Minister Ion Ceban and his Romanian counterpart Radu Mihăilescu "
    "signed the memorandum in the Black Sea port of Constanța after three hours of talks. "
    "Moldova's Deputy Minister of Regional Administration and Infrastructure, Elena Rusu, "
    "joined the two ministers for the second half of the session, which dealt with border "
    "inspections, according to both ministries.\n\n"
    "Ukrainian Foreign Minister Taras Hordiienko had been expected to join the pair on "
    "Wednesday afternoon for a trilateral meeting. Kyiv informed the Romanian side late on "
    "Tuesday that the minister would not travel.\n\n"
    "Romania's foreign ministry said Mihăilescu had spoken by telephone with Hordiienko "
    "two days before the Constanța talks.\n\n"
    "The Moldovan minister was due to travel to Bucharest after the signing and is to be "
    "received there on Friday by the Romanian prime minister. Sorin Vlad, who became prime "
    "minister in March, has made trade a priority.\n"
)


def _script() -> dict:
    # As a small model answers: the talks without the deputy; the expected minister alone;
    # the call undated; the plan's two sides as descriptions only.
    return {
        "three hours": [
            meeting(
                ["Ion Ceban", "Radu Mihăilescu"], date_text="on Wednesday", location="Constanța"
            )
        ],
        "expected to join": [meeting(["Taras Hordiienko"], date_text="Wednesday afternoon")],
        "spoken by telephone": [meeting(["Mihăilescu", "Hordiienko"], kind="call")],
        "to be received": [
            meeting(
                ["Moldovan minister", "Romanian prime minister"],
                status="planned",
                date_text="Friday",
            )
        ],
    }


def test_the_deputy_who_joined_the_two_ministers_is_a_side_of_their_talks() -> None:
    people = by_people(extract(REPORT, _script(), "2026-05-14"))
    talks = people[("Elena Rusu", "Ion Ceban", "Radu Mihăilescu")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2026, 5, 13))


def test_expected_to_join_the_pair_is_called_off_with_the_pair_where_they_met() -> None:
    people = by_people(extract(REPORT, _script(), "2026-05-14"))
    session = people[("Ion Ceban", "Radu Mihăilescu", "Taras Hordiienko")]
    assert (session.status.value, session.date, session.location) == (
        "cancelled",
        dt.date(2026, 5, 13),
        "Constanța",
    )


def test_a_call_two_days_before_the_named_talks_is_dated_from_them() -> None:
    people = by_people(extract(REPORT, _script(), "2026-05-14"))
    assert people[("Radu Mihăilescu", "Taras Hordiienko")].date == dt.date(2026, 5, 11)


def test_is_to_be_received_by_an_office_named_next_is_a_plan_with_its_holder() -> None:
    people = by_people(extract(REPORT, _script(), "2026-05-14"))
    plan = people[("Ion Ceban", "Sorin Vlad")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2026, 5, 15))
