"""Round 53 leftovers (`g342`, a weekly newsletter's items).

- "The first round of talks ..., due to open in Oranjestad on Wednesday, has been put back
  to the 14th. Curaçao's Minister ..., A, will lead his country's side. Aruba's Minister ...,
  B, will be at a conference in Lisbon, and Aruba will be represented by the ministry's
  Secretary, C": a planned meeting of A and C (B is away).
- "The trip came a week after X spoke by phone on the 27th of last month with Y": a call,
  dated, told in a passage whose visit the model drafted; it does not take the visit's
  signed arrangement.
- A guard: "will be represented at the meeting by Z" names a stand-in for a meeting still
  to come, not a joiner of the held one told before.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on items written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import agreed, by_people, extract, meeting

SHIPPING = (
    "ISLANDS DIGEST\nMonday, 7 June 2027\n\n"
    "3. FERRY TALKS PUT BACK\n"
    "The first round of talks on a shared ferry service between Aruba and Curaçao, due to "
    "open in Oranjestad on Wednesday, has been put back to the 14th after a dry-dock delay. "
    "Curaçao's Minister for Transport, Jan Kooiman, will lead his country's side. Aruba's "
    "Minister of Infrastructure, Ryan Croes, will be at a conference in Lisbon, and Aruba "
    "will be represented by the ministry's Secretary, Mirna Tromp.\n"
)


def test_side_leader_and_the_ministrys_stand_in_join_the_talks_put_back() -> None:
    script = {
        "Kooiman": [meeting(["Jan Kooiman", "Ryan Croes"], status="planned", date_text="Wednesday")]
    }
    people = by_people(extract(SHIPPING, script, "2027-06-07"))
    assert list(people) == [("Jan Kooiman", "Mirna Tromp")]
    talks = people[("Jan Kooiman", "Mirna Tromp")]
    assert (talks.status.value, talks.date) == ("planned", dt.date(2027, 6, 14))


VISIT = (
    "ISLANDS DIGEST\nMonday, 7 June 2027\n\n"
    "1. ARUBA AND CURAÇAO SIGN COAST GUARD ARRANGEMENT\n"
    "Aruba's Prime Minister, Evelyn Wever-Croes, hosted Curaçao's Prime Minister, Gilmar "
    "Pisas, in Oranjestad last Thursday. The two leaders signed an arrangement on joint coast "
    "guard patrols. The trip came a week after Pisas spoke by phone on the 27th of last month "
    "with Bonaire's Governor, Edison Rijna, about sharing radar data.\n"
)


def test_a_call_on_a_day_of_last_month_told_after_a_visit() -> None:
    script = {
        "hosted": [
            meeting(
                ["Evelyn Wever-Croes", "Gilmar Pisas"],
                date_text="last Thursday",
                agreements=[agreed("an arrangement on coast guard patrols", "signed_document")],
            )
        ]
    }
    people = by_people(extract(VISIT, script, "2027-06-07"))
    call = people[("Edison Rijna", "Gilmar Pisas")]
    assert (call.kind.value, call.status.value) == ("call", "held")
    assert call.date == dt.date(2027, 5, 27)
    assert call.agreements == []
    visit = people[("Evelyn Wever-Croes", "Gilmar Pisas")]
    assert [a.type.value for a in visit.agreements] == ["signed_document"]


BRIEFING = (
    "MINISTRY BRIEFING\nFriday, 21 May 2027\n\n"
    "The Prime Minister, Ana Villalba, received the visiting Deputy Foreign Minister of Chile, "
    "Tomás Rojas, yesterday. The regional ministerial meeting will be held in Lima on 27 May. "
    "The Foreign Minister will be represented at the meeting by the Minister of State, "
    "Laura Pinto.\n"
)


def test_a_stand_in_for_a_meeting_ahead_does_not_join_the_held_one() -> None:
    script = {"received": [meeting(["Ana Villalba", "Tomás Rojas"], date_text="yesterday")]}
    people = by_people(extract(BRIEFING, script, "2027-05-21"))
    assert ("Ana Villalba", "Tomás Rojas") in people
    assert all("Laura Pinto" not in key for key in people)
