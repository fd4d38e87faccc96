"""Held-out round 45 (a radio transcript) leftovers:

- speaker labels in capitals with accents ("ÓLAFSSON:", "ÞORSTEINSDÓTTIR:") are turns;
- "I'll sit down with X" in the guest's turn is a plan of the guest's, placed where the
  presenter's question before it says she is going ("You're going to Nuuk.");
- the presenter ("Presenter: Gunnar Ólafsson") is no side of the meetings he asks about;
- "So you haven't spoken to her?" then "We had a video call yesterday morning" is a call
  with the one person the answer before named;
- "There are reports you'll meet X at the summit" is hearsay, no plan.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short transcript written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

TRANSCRIPT = (
    "WEEKEND POLITICS - English transcript\n"
    "Broadcast Sunday 14 June 2026, Reykjavík\n"
    "Presenter: Gunnar Ólafsson\n"
    "Guest: Sólveig Þorsteinsdóttir, Minister for Foreign Affairs\n\n"
    "ÓLAFSSON: The Norwegians were supposed to be in Tórshavn too.\n\n"
    "ÞORSTEINSDÓTTIR: Yes. The plan was that Kari Nordby would fly in on Friday. She had "
    "to stay in Oslo for a vote.\n\n"
    "ÓLAFSSON: So you haven't spoken to her?\n\n"
    "ÞORSTEINSDÓTTIR: We had a video call yesterday morning. Nothing was agreed.\n\n"
    "ÓLAFSSON: Greenland. You're going to Nuuk.\n\n"
    "ÞORSTEINSDÓTTIR: On the 24th. I'll sit down with Aqqalu Lynge, Greenland's minister "
    "for foreign affairs, on search and rescue.\n\n"
    "ÓLAFSSON: There are reports you'll meet the Foreign Secretary, Helen Marsh, at the "
    "summit next month.\n\n"
    "ÞORSTEINSDÓTTIR: If there's a window, good."
)


def _script() -> dict:
    # As a small model answers: the presenter as a side of the call; the hearsay as a plan;
    # nothing for the Nuuk answer.
    return {
        "spoken to her": [
            meeting(["ÓLAFSSON", "ÞORSTEINSDÓTTIR"], kind="virtual", date_text="yesterday morning")
        ],
        "There are reports": [meeting(["Helen Marsh"], status="planned")],
    }


def test_the_guests_plan_is_placed_where_the_question_says_she_is_going() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-06-14"))
    plan = people[("Aqqalu Lynge", "Sólveig Þorsteinsdóttir")]
    assert (plan.status.value, plan.date, plan.location) == (
        "planned",
        dt.date(2026, 6, 24),
        "Nuuk",
    )


def test_the_call_is_with_the_one_asked_about_not_the_presenter() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-06-14"))
    call = people[("Kari Nordby", "Sólveig Þorsteinsdóttir")]
    assert (call.kind.value, call.date) == ("virtual", dt.date(2026, 6, 13))
    assert not any("Gunnar Ólafsson" in names for names in people)


def test_reports_of_a_meeting_are_no_plan() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-06-14"))
    assert not any("Helen Marsh" in names for names in people)
