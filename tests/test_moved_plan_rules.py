"""Held-out round 44 leftovers: a joint commission "moved to the coastal city of X on May
6", told next as "The meeting, which A and B will co-chair, was originally scheduled for
April 28 in the capital", is one plan on the new day in the new city, kept beside the call
in which the two agreed the move; "agreed to hold the 9th JCC in X on May 6" is an intent to
meet; and an official who "told reporters that a senior officials' meeting ... would also
move" reports that meeting, she is not a side of it.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._cues import agreement_type_from
from extract._meeting_sentence import only_reported
from extract._passages import Span
from tests.support.scripted import agreed, by_people, extract, meeting

MOVED = (
    "JAKARTA, March 9, 2026 - The 9th meeting of the Indonesia-Chile Joint Commission (JCC) "
    "will no longer take place in Santiago next week and has been moved to the coastal city "
    "of Valparaiso on March 25, the foreign ministry announced on Monday.\n\n"
    "The meeting, which Foreign Minister Ratna Wulandari and Chilean Foreign Minister Tomas "
    "Ibarra will co-chair, was originally scheduled for March 17 in the Chilean capital.\n\n"
    "Wulandari and Ibarra discussed the new arrangements in a telephone call on Monday. "
    "During the call, the two ministers agreed to hold the 9th JCC in Valparaiso on March 25.\n\n"
    "Assistant Secretary for Latin America Sari Kusuma told reporters that a senior "
    "officials' meeting, which had been planned for March 16, would also move to Valparaiso. "
    "She did not say who would lead the Chilean delegation."
)


def _moved(**drafts: list) -> dict:
    return {
        "originally scheduled": [
            meeting(
                ["Ratna Wulandari", "Tomas Ibarra"],
                status="planned",
                date_text="March 17",
                location="Santiago",
            )
        ],
        "telephone call": [
            meeting(
                ["Wulandari", "Ibarra"],
                kind="call",
                date_text="on Monday",
                agreements=[agreed("Agreed to hold the 9th JCC in Valparaiso on March 25")],
            )
        ],
        **drafts,
    }


def test_a_moved_commission_is_planned_on_its_new_day_in_its_new_city() -> None:
    result = extract(MOVED, _moved(), "2026-03-09")
    assert set(by_people(result)) == {("Ratna Wulandari", "Tomas Ibarra")}
    assert sorted(m.status for m in result.meetings) == ["held", "planned"]
    plan = next(m for m in result.meetings if m.status == "planned")
    assert plan.date == dt.date(2026, 3, 25)
    assert plan.location == "Valparaiso"
    call = next(m for m in result.meetings if m.kind == "call")
    assert call.date == dt.date(2026, 3, 9)


def test_agreeing_to_hold_a_commission_named_by_its_acronym_is_an_intent_to_meet() -> None:
    summary = "Agreed to hold the 9th JCC in Valparaiso on March 25"
    assert agreement_type_from(summary, summary, "commitment") == "intent_to_meet"
    result = extract(MOVED, _moved(), "2026-03-09")
    call = next(m for m in result.meetings if m.kind == "call")
    assert [a.type for a in call.agreements] == ["intent_to_meet"]


def test_the_official_who_reports_a_meeting_is_not_its_side() -> None:
    result = extract(
        MOVED,
        _moved(**{"senior officials": [meeting(["Sari Kusuma"], status="planned")]}),
        "2026-03-09",
    )
    assert all("Sari Kusuma" not in {p.name for p in m.participants} for m in result.meetings)


def test_one_who_reports_a_meeting_with_his_counterpart_is_its_side() -> None:
    text = "Ibarra told reporters that a meeting with his Peruvian counterpart was planned."
    assert not only_reported(Span(0, len(text), text), 0)
    text = "Kusuma told reporters that a senior officials' meeting would move."
    assert only_reported(Span(0, len(text), text), 0)
