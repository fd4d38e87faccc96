"""Held-out round 47 leftovers (a radio interview and a weekly roundup):

- "I was due to see Prime Minister X on Tuesday evening. ... We called it off." is the
  guest's called-off meeting;
- "X lands on the 14th. He and I will have talks that afternoon" is the guest's plan on
  the 14th;
- "I spoke with my Samoan counterpart on Wednesday night, on the phone - Y." names the
  counterpart after the dash;
- "Host Z speaks with ..." in the introduction: the host is no side;
- "I had about four hours with Prime Minister W" is a meeting;
- "her chief executive, Dr V, sat in for the ministry" joins the talks told before;
- "the Prime Minister received a World Bank delegation" names no person.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

TRANSCRIPT = (
    "ISLAND HOUR - transcript\n"
    "Friday 10 July 2026\n\n"
    "Host Mere Tuilagi speaks with Samoa's Minister of Foreign Affairs, Tavita Leiataua, in "
    "the studio in Apia.\n\n"
    "MERE TUILAGI: You were in Nuku'alofa this week.\n\n"
    "TAVITA LEIATAUA: On the Monday I had about three hours with Prime Minister Sione "
    "Fonua and his cabinet.\n\n"
    "TUILAGI: Was the health minister there?\n\n"
    "LEIATAUA: She was in Lae for a fisheries meeting, so her chief executive, Dr Ana Kupu, "
    "sat in for the ministry and walked us through the figures.\n\n"
    "TUILAGI: You were meant to stop in Port Vila.\n\n"
    "LEIATAUA: Yes, I was due to see Prime Minister Joel Natapei on Tuesday evening. There "
    "was a confidence vote that night. We called it off.\n\n"
    "TUILAGI: And Fiji?\n\n"
    "LEIATAUA: I spoke with my Fijian counterpart on Wednesday night, on the phone - Ratu "
    "Inoke Vuki.\n\n"
    "TUILAGI: Australia's foreign minister is coming.\n\n"
    "LEIATAUA: Claire Whitby lands on the 21st. She and I will have talks that afternoon "
    "at the ministry.\n"
)


def _script() -> dict:
    # As a small model answers: the host for the guest; the called-off and planned meetings
    # with one side only; nothing for the long Monday meeting.
    return {
        "the phone": [meeting(["TUILAGI", "LEIATAUA"], kind="call", date_text="Wednesday night")],
        "was due to see": [meeting(["Joel Natapei"], status="cancelled")],
        "lands on": [meeting(["Claire Whitby"], status="planned", date_text="the 21st")],
        "sat in for": [meeting(["Dr Ana Kupu"])],
    }


def test_the_guests_called_off_meeting_is_his() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-07-10"))
    called_off = people[("Joel Natapei", "Tavita Leiataua")]
    assert (called_off.status.value, called_off.date) == ("cancelled", dt.date(2026, 7, 7))


def test_he_and_i_will_have_talks_that_afternoon_is_a_plan_on_the_day_told_before() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-07-10"))
    plan = people[("Claire Whitby", "Tavita Leiataua")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2026, 7, 21))


def test_the_counterpart_named_after_a_dash_is_the_other_side_and_the_host_is_none() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-07-10"))
    call = people[("Ratu Inoke Vuki", "Tavita Leiataua")]
    assert (call.kind.value, call.date) == ("call", dt.date(2026, 7, 8))
    assert not any("Mere Tuilagi" in names for names in people)


def test_hours_with_a_prime_minister_is_a_meeting_and_the_stand_in_joins_it() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-07-10"))
    talks = people[("Ana Kupu", "Sione Fonua", "Tavita Leiataua")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2026, 7, 6))
    assert ("Ana Kupu", "Tavita Leiataua") not in people


ROUNDUP = (
    "ISLANDS WEEK\n"
    "Port Louis, Saturday 11 July 2026\n\n"
    "ALSO THIS WEEK\n\n"
    "- Mauritius's Foreign Minister Dev Ramgoolam held talks with Seychelles' Foreign "
    "Minister Marie Hoareau in Victoria on Tuesday. On Wednesday Ramgoolam was received by "
    "President Daniel Faure.\n"
    "- Mauritius's Prime Minister received a World Bank delegation on Thursday to discuss "
    "the drought loan. The Bank's team was not named.\n"
)


def test_a_bodys_delegation_is_no_person() -> None:
    script = {
        "held talks": [
            meeting(["Dev Ramgoolam", "Marie Hoareau"], date_text="on Tuesday"),
            meeting(["Ramgoolam", "Daniel Faure"], date_text="On Wednesday"),
        ],
        "World Bank": [
            meeting(["Mauritius", "World Bank delegation"], kind="in_person", date_text="Thursday")
        ],
    }
    people = by_people(extract(ROUNDUP, script, "2026-07-11"))
    assert sorted(people) == [("Daniel Faure", "Dev Ramgoolam"), ("Dev Ramgoolam", "Marie Hoareau")]
