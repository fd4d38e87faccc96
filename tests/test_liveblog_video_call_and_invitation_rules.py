"""Round 56 (after its recording at 4b3b175): a live blog told newest first (`g360`).

- "15:40 ¶ The two presidents have just joined a video call with Juba. The South Sudanese
  leader, C, took part for about 40 minutes": the two sides told before, and C, on a video
  call: a meeting of its own, not folded into the two presidents' talks of the same day.
- "... during this morning's talks A invited B to Kampala for the Northern Corridor summit
  on 9 October, and that B accepted": a plan of the two for that day.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a blog written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import extract, meeting

BLOG = (
    "THE KAMPALA LEDGER - LIVE\n"
    "Live updates, Tuesday 18 August 2026 (latest first)\n\n"
    "16:20\n"
    "State House confirms that during this morning's talks Kamau invited Okello to Kigali for "
    "the corridor heads of state summit on 9 October, and that Okello accepted.\n\n"
    "15:40\n"
    "The two presidents have just joined a video call with Kigali. The Rwandan leader, Jean "
    "Habimana, took part for about 40 minutes.\n\n"
    "13:10\n"
    "SIGNED: Presidents Wanjiru Kamau and Samuel Okello have signed a framework agreement on "
    "the railway.\n"
)

PRESIDENTS = {"Wanjiru Kamau", "Samuel Okello"}


def test_a_third_joining_the_two_on_a_video_call_and_a_plan_accepted() -> None:
    script = {"SIGNED": [meeting(["Wanjiru Kamau", "Samuel Okello"])]}
    result = extract(BLOG, script, "2026-08-18")
    found = {
        (len(m.participants), m.kind.value, m.status.value): m.date
        for m in result.meetings
        if {p.name for p in m.participants} >= PRESIDENTS
    }
    assert sorted(found) == [
        (2, "in_person", "held"),
        (2, "in_person", "planned"),
        (3, "virtual", "held"),
    ]
    assert found[(2, "in_person", "planned")] == dt.date(2026, 10, 9)
    assert found[(3, "virtual", "held")] == dt.date(2026, 8, 18)
