"""What "the Presidents instructed" belongs to when another pair's meeting was just told,
"the Heads of State reaffirmed" in a paragraph of its own, "the last meeting of the two
leaders took place in X in November", and a past call "in March" kept apart from this
week's meeting of the same two. Rules written after held-out round 21 was recorded (its
first score does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import period_of
from tests.support.scripted import agreed, extract, meeting

_CALL = (
    "Today, President of Tajikistan Rustam Nazarov held a telephone conversation with "
    "President of Kazakhstan Erlan Sadykov.\n\n"
    "The sides noted the agreements reached during the videoconference between Prime "
    "Minister Kokhir Rasulov and Prime Minister Askar Beketov held on January 28. In "
    "particular, the Presidents instructed their governments to finish the study of the "
    "joint power line by June.\n\n"
)


def test_the_presidents_instructions_belong_to_the_presidents_call() -> None:
    script = {
        "Today,": [meeting(["Rustam Nazarov", "Erlan Sadykov"], kind="call")],
        "videoconference": [
            meeting(
                ["Kokhir Rasulov", "Askar Beketov"], kind="virtual", date_text="on January 28",
                agreements=[agreed("the Presidents instructed their governments to finish "
                                   "the study of the joint power line by June")],
            )
        ],
    }  # fmt: skip
    call, video = extract(_CALL, script, "2027-02-03").meetings
    assert [p.name for p in call.participants] == ["Rustam Nazarov", "Erlan Sadykov"]
    assert len(call.agreements) == 1
    assert "study of the joint power line" in call.agreements[0].summary
    assert video.agreements == []


def test_the_heads_of_state_in_a_paragraph_of_their_own_agreed_on_the_call() -> None:
    text = (
        _CALL + "Special attention was paid to the railway. The Heads of State reaffirmed "
        "their commitment to the timely completion of the railway."
    )
    script = {
        "Today,": [meeting(["Rustam Nazarov", "Erlan Sadykov"], kind="call")],
        "videoconference": [
            meeting(["Kokhir Rasulov", "Askar Beketov"], kind="virtual", date_text="on January 28")
        ],
    }
    call, video = extract(text, script, "2027-02-03").meetings
    assert [a.summary for a in call.agreements] == [
        "Instructed their governments to finish the study of the joint power line by June",
        "Reaffirmed their commitment to the timely completion of the railway",
    ]
    assert video.agreements == []


def test_the_last_meeting_of_the_two_leaders_is_a_meeting_of_the_pair_named_in_it() -> None:
    text = (
        "Today, President Rustam Nazarov held a telephone conversation with President Erlan "
        "Sadykov.\n\n"
        "The sides praised the videoconference between Prime Minister Kokhir Rasulov and "
        "Prime Minister Askar Beketov held on January 28.\n\n"
        "It should be recalled that the last meeting of the two leaders took place in "
        "Astana in November 2026, during the state visit of President Nazarov."
    )
    script = {
        "Today,": [meeting(["Rustam Nazarov", "Erlan Sadykov"], kind="call")],
        "videoconference": [
            meeting(["Kokhir Rasulov", "Askar Beketov"], kind="virtual", date_text="on January 28")
        ],
        "last meeting": [meeting(["President Nazarov"])],
    }
    meetings = extract(text, script, "2027-02-03").meetings
    last = meetings[-1]
    assert {p.name for p in last.participants} == {"Rustam Nazarov", "Erlan Sadykov"}
    assert (last.date, last.date_text, last.location) == (None, "in November 2026", "Astana")


def test_a_call_in_march_is_not_this_weeks_meeting_of_the_same_two() -> None:
    text = (
        "KASANI - President Ana Rojas met President Luis Vera on Tuesday at the border "
        "bridge.\n\n"
        "After a closed-door meeting, Vera and Rojas walked across the bridge together.\n\n"
        "The two presidents last spoke by telephone in March, when Vera offered "
        "condolences after the floods."
    )
    script = {
        "KASANI": [meeting(["Ana Rojas", "Luis Vera"], date_text="on Tuesday")],
        "closed-door": [meeting(["Vera", "Rojas"])],
    }
    meetings = extract(text, script, "2026-05-13").meetings
    assert [(m.kind.value, str(m.date), m.date_text) for m in meetings] == [
        ("in_person", "2026-05-12", "on Tuesday"),
        ("call", "None", "in March"),
    ]


def test_a_month_with_no_day_is_a_period_that_rules_days_out() -> None:
    published = dt.date(2026, 5, 13)
    assert period_of("in March", published) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert period_of("late December", published) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert period_of("in November 2026", published) == (
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
    )
    assert period_of("on Tuesday", published) is None
