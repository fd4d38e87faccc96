"""Round 55 (after its recording at 878d315): a ministry's press release (`g352`).

- "The visit follows the telephone conversation between Prime Minister A and Prime Minister
  B on 2 March ... The joint session will take place in Zagreb on 14 April, co-chaired by
  Prime Minister A and Prime Minister B": the call, and the session as a plan of its own
  ("will take place" is a plan; its "co-chaired by" is the plan's manner, not a meeting
  held; surnames after an office are co-chairs).
- "X was received at the Presidential Palace by the President of the Republic. President Y
  and the Croatian minister discussed ...": the office, named as a title the next sentence.
- "a reception hosted by the Croatian Embassy": an embassy is not a person.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a release written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

RELEASE = (
    "MINISTRY OF FOREIGN AFFAIRS\nPress release\nBratislava, 18 March 2027\n\n"
    "In the afternoon, Minister Horváth was received at the Presidential Palace by the "
    "President of the Republic. President Jana Kováčová and the Czech minister discussed the "
    "railway anniversary.\n\n"
    "The visit follows the telephone conversation between Prime Minister Peter Novák and Czech "
    "Prime Minister Jiří Dvořák on 2 March. The Ministry can now announce that the joint "
    "session will take place in Prague on 14 April, co-chaired by Prime Minister Novák and "
    "Prime Minister Dvořák.\n\n"
    "Minister Horváth is also expected to attend a reception hosted by the Czech Embassy this "
    "evening.\n"
)


def test_a_plan_told_after_a_call_of_the_same_two() -> None:
    script = {
        "telephone": [
            meeting(["Prime Minister Peter Novák", "Czech Prime Minister Jiří Dvořák"], kind="call")
        ]
    }
    result = extract(RELEASE, script, "2027-03-18")
    pair = [m for m in result.meetings if {p.name for p in m.participants} == PRIME_MINISTERS]
    assert sorted((m.status.value, m.date) for m in pair) == [
        ("held", dt.date(2027, 3, 2)),
        ("planned", dt.date(2027, 4, 14)),
    ]


PRIME_MINISTERS = {"Peter Novák", "Jiří Dvořák"}


def test_an_office_named_as_a_title_in_the_next_sentence() -> None:
    script = {"Presidential Palace": [meeting(["Minister Horváth"])]}
    people = by_people(extract(RELEASE, script, "2027-03-18"))
    audience = people[("Horváth", "Jana Kováčová")]
    assert (audience.status.value, audience.kind.value) == ("held", "in_person")


def test_an_embassy_hosting_a_reception_is_not_a_person() -> None:
    script = {
        "reception": [meeting(["Minister Horváth"], status="planned", date_text="this evening")]
    }
    result = extract(RELEASE, script, "2027-03-18")
    assert all(p.name != "Embassy" for m in result.meetings for p in m.participants)
