"""Wording from held-out round 24: "spent two days denying a newspaper's report that X had
met Y", a first name that is a weekday ("Mr Sunday Adejumo said on Wednesday night"), a
lead that announces news "after a video call with his counterpart", and "is now expected
in X on Thursday for talks with Y". Rules written after round 24 was recorded (its first
score does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import find_date_mentions
from tests.support.scripted import extract, meeting


def test_a_ministry_denying_a_report_that_two_ministers_met_reports_no_meeting() -> None:
    text = (
        "Last week the ministry spent two days denying a Sunday newspaper's report that the "
        "minister, Teboho Lesia, had met Nomvula Khoza privately in Johannesburg."
    )
    drafted = meeting(["Teboho Lesia", "Nomvula Khoza"])
    assert extract(text, {"denying": [drafted]}, "2026-09-15").meetings == []


def test_a_first_name_that_is_a_weekday_is_no_day() -> None:
    text = "Mr Sunday Adejumo said on Wednesday night that the two spoke. On Monday Ruto met him."
    days = [(m.text, str(m.date)) for m in find_date_mentions(text, dt.date(2026, 11, 5))]
    assert days == [("on Wednesday night", "2026-11-04"), ("On Monday", "2026-11-02")]


def test_a_video_call_a_lead_announces_after_is_dated_by_the_lead() -> None:
    text = (
        "NASSAU - Flights will resume, Prime Minister Dwayne Rolle announced this afternoon "
        "after a video call with his Haitian counterpart.\n\n"
        "Rolle and Haitian Prime Minister Jean Lafon spoke for close to an hour by video link."
    )
    drafted = meeting(["Rolle", "Haitian Prime Minister Jean Lafon"], kind="virtual")
    [call] = extract(text, {"video link": [drafted]}, "2027-01-19").meetings
    assert (call.kind.value, str(call.date)) == ("virtual", "2027-01-19")


def test_one_now_expected_in_a_capital_for_talks_is_a_planned_meeting() -> None:
    text = (
        "Foreign Affairs Minister Latoya Ferguson is now expected in Port-au-Prince on "
        "Thursday for follow-up talks with Haitian Foreign Minister Rose Désir."
    )
    drafted = meeting(["Latoya Ferguson", "Rose Désir"], status="planned", date_text="Thursday")
    [visit] = extract(text, {"expected": [drafted]}, "2027-01-19").meetings
    assert (visit.status.value, str(visit.date)) == ("planned", "2027-01-21")


def test_a_lead_before_sitting_down_dates_the_talks_and_a_first_meeting_long_ago_is_apart() -> None:
    text = (
        "HALIFAX - Singapore's trade minister toured Halifax's container piers yesterday before "
        "sitting down with Canada's trade minister for talks.\n\n"
        "In the afternoon Loh Wei Jie met Geneviève Tremblay at the Westin for two hours.\n\n"
        "According to her office, the two first met at a WTO conference in Geneva in 2019."
    )
    script = {"In the afternoon": [meeting(["Loh Wei Jie", "Geneviève Tremblay"])]}
    talks, first = extract(text, script, "2026-05-22").meetings
    assert (str(talks.date), talks.location) == ("2026-05-21", "Halifax")
    assert (first.date, first.date_text, first.location) == (None, "in 2019", "Geneva")
