"""Held-out round 49 leftovers (a day-by-day timeline of a visit, told in the present):

- items under a heading for a day gone by ("TUESDAY") happened, on that day, though the
  model drafts them as plans;
- "TUESDAY / Formal talks at the Office of the Prime Minister with X." is a meeting of X
  with the one the timeline follows (its headline's "Kaupa in Honiara"), and "A and B sit
  in." adds A and B;
- "Kaupa flies to Gizo for talks with Y" and "X speaks by telephone with Z" are meetings;
- what an analyst "said" under a heading is no meeting;
- "NEXT WEEK" items are plans, not the heading day's.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short timeline written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

TIMELINE = (
    "REGIONAL DESK\n"
    "Tau in Apia: the visit, day by day\n"
    "Published: Saturday, 15 August 2026\n\n"
    "MONDAY\n"
    "Tonga's Prime Minister Siaosi Tau lands at Faleolo airport to a guard of honour.\n\n"
    "TUESDAY\n"
    "Formal talks at the Office of the Prime Minister with Samoa's Prime Minister Luamanu "
    "Fiame. Tonga's Foreign Minister Sione Vea and Samoa's Foreign Minister Ana Leota sit "
    "in.\n\n"
    "WEDNESDAY\n"
    "Tau flies to Salelologa for talks with district chief Malo Toleafoa. "
    '"The talks were overdue," said Dr Rita Lemalu, an analyst who followed the talks from '
    "campus.\n\n"
    "THURSDAY\n"
    "A courtesy call on Governor-General Tupua Malietoa at Government House is called off at "
    "short notice.\n\n"
    "FRIDAY\n"
    "In Apia, Fiame speaks by telephone with Fiji Prime Minister Josaia Ratu about the "
    "summit.\n\n"
    "NEXT WEEK\n"
    "Leota is due in Nuku'alofa on Wednesday for follow-up talks with Vea.\n"
)


def _script() -> dict:
    # As a small model answers present-tense items: plans; the talks without their host.
    return {
        "Formal talks": [
            meeting(["Sione Vea", "Ana Leota"], status="planned", date_text="TUESDAY")
        ],
        "flies to": [
            meeting(["Tau", "Malo Toleafoa"], status="planned", date_text="WEDNESDAY"),
            meeting(["Dr Rita Lemalu"], status="planned", date_text="WEDNESDAY"),
        ],
        "follow-up": [meeting(["Leota", "Vea"], status="planned", date_text="Wednesday")],
    }


def test_a_verbless_item_is_the_followed_ones_meeting_on_the_heading_day() -> None:
    people = by_people(extract(TIMELINE, _script(), "2026-08-15"))
    talks = people[("Ana Leota", "Luamanu Fiame", "Siaosi Tau", "Sione Vea")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2026, 8, 11))


def test_present_tense_items_under_past_days_were_held() -> None:
    people = by_people(extract(TIMELINE, _script(), "2026-08-15"))
    assert people[("Malo Toleafoa", "Siaosi Tau")].date == dt.date(2026, 8, 12)
    call = people[("Josaia Ratu", "Luamanu Fiame")]
    assert (call.status.value, call.kind.value, call.date) == ("held", "call", dt.date(2026, 8, 14))


def test_an_analysts_words_and_next_weeks_items_are_not_the_days_meetings() -> None:
    people = by_people(extract(TIMELINE, _script(), "2026-08-15"))
    assert not any("Rita Lemalu" in names for names in people)
    plan = people[("Ana Leota", "Sione Vea")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2026, 8, 19))


def test_a_courtesy_call_called_off_is_the_followed_ones() -> None:
    people = by_people(extract(TIMELINE, _script(), "2026-08-15"))
    off = people[("Siaosi Tau", "Tupua Malietoa")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2026, 8, 13))
