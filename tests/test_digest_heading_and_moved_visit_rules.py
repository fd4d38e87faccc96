"""Held-out round 48 leftovers (a weekly digest) and an older miss (`g215`):

- a digest's item under "ROSEAU: FERRY DEAL, BUT NO PRIME MINISTER" was held in Roseau;
- "signed a memorandum ..., with Dominica's energy minister, C, at the table" adds C;
- "A had been due to host B in Castries on Friday ... The visit has been pushed back to
  Tuesday, 4 August" is a plan on the new day;
- "... after the meeting was postponed to April 2" (told before "had been due to meet")
  moves the plan too;
- "Ministry spokesman X told reporters that the two ministers spoke by telephone on
  Monday. 'Minister A explained ..., and Minister B was very understanding.'" is a call
  of A and B.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

DIGEST = (
    "THE EASTERN CARIBBEAN DIGEST\n"
    "Issue 40 | Published: Sunday, 19 July 2026\n\n"
    "ROSEAU: FERRY DEAL, BUT NO PRIME MINISTER\n"
    "Dominica's Prime Minister Curtis Lestrade hosted a Grenadian delegation on Monday. "
    "Lestrade and Grenada's Foreign Minister Nia Mitchell signed a memorandum on a ferry "
    "service, with Dominica's energy minister, Kelvin Joseph, at the table.\n\n"
    "CASTRIES TALKS SLIP TO AUGUST\n"
    "Saint Lucia's Foreign Minister Alva Baptiste had been due to host Barbados' Foreign "
    "Minister Kerrie Symmonds in Castries on Friday for talks on fisheries. The visit has "
    "been pushed back to Tuesday, 4 August, the ministry confirmed.\n\n"
    "OCEAN FUND: SECRETARIATS COMPARE NOTES\n"
    "Officials of the two secretariats held a video conference on Thursday. Roseau was not "
    "represented.\n"
)


def _digest_script() -> dict:
    # As a small model answers: the host and the delegation's head; the moved visit as
    # held on the old day.
    return {
        "ferry service": [
            meeting(["Curtis Lestrade", "Nia Mitchell"], date_text="on Monday", location=None)
        ],
        "pushed back": [
            meeting(["Alva Baptiste", "Kerrie Symmonds"], status="held", date_text="Friday")
        ],
    }


def test_a_digest_items_heading_names_its_place_and_who_was_at_the_table() -> None:
    people = by_people(extract(DIGEST, _digest_script(), "2026-07-19"))
    deal = people[("Curtis Lestrade", "Kelvin Joseph", "Nia Mitchell")]
    assert (deal.date, deal.location) == (dt.date(2026, 7, 13), "Roseau")


def test_a_visit_that_had_been_due_and_was_pushed_back_is_planned_on_the_new_day() -> None:
    people = by_people(extract(DIGEST, _digest_script(), "2026-07-19"))
    visit = people[("Alva Baptiste", "Kerrie Symmonds")]
    assert (visit.status.value, visit.date) == ("planned", dt.date(2026, 8, 4))


REPORT = (
    "AMMAN, March 17, 2026 — Jordan's Foreign Minister Omar Khalaf will not travel to "
    "Warsaw this week for talks with his Polish counterpart, the ministry said on Tuesday, "
    "after the meeting was postponed to April 2.\n\n"
    "Khalaf had been due to meet Polish Foreign Minister Anna Wrona in Warsaw on Thursday.\n\n"
    "Ministry spokesman Fadi Nasser told reporters that the two ministers spoke by "
    'telephone on Monday. "Minister Khalaf explained the circumstances, and Minister Wrona '
    'was very understanding," Nasser said.\n'
)


def _report_script() -> dict:
    # As a small model answers: the plan as held on the old day; the spokesman in the call.
    return {
        "had been due": [meeting(["Khalaf", "Anna Wrona"], status="planned", date_text="Thursday")],
        "spoke by": [meeting(["Fadi Nasser", "Khalaf", "Wrona"], kind="call", date_text="Monday")],
    }


def test_a_plan_postponed_in_the_lead_is_planned_on_the_new_day() -> None:
    meetings = extract(REPORT, _report_script(), "2026-03-17").meetings
    plans = [m for m in meetings if m.status.value == "planned"]
    assert [(sorted(p.name for p in m.participants), m.date) for m in plans] == [
        (["Anna Wrona", "Omar Khalaf"], dt.date(2026, 4, 2))
    ]


def test_a_spokesman_telling_that_the_two_ministers_spoke_gives_their_call() -> None:
    meetings = extract(REPORT, _report_script(), "2026-03-17").meetings
    calls = [m for m in meetings if m.kind.value == "call"]
    assert [(sorted(p.name for p in m.participants), m.date) for m in calls] == [
        (["Anna Wrona", "Omar Khalaf"], dt.date(2026, 3, 16))
    ]
