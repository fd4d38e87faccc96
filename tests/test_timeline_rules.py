"""A timeline told in the present ("April 12 - A and B speak by telephone"): talks on a
day gone by are held, whatever tense the model reads into them; and a mention the model
cut at the name field's length is finished from the text: rules written after the
held-out round 14 (g105-g110), checked on the whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short timeline written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._drafts import NAME_LIMIT
from extract._models import ArticleExtraction
from tests.support.scripted import extract, meeting

TIMELINE = (
    "TIMELINE: How two capitals edged towards a river deal\n\n"
    "By Steppe Monitor staff\n\n"
    "March 3 - Kyrgyz Foreign Minister Almaz Bekov and Kazakhstan's deputy minister of water "
    "resources, Nurlan Seitkali, speak by telephone for the first time.\n\n"
    "Next week - Bekov and Seitkali are due to meet in Osh."
)
# The model copies the office too, drops the comma and is cut at the field's length.
CUT = "Kazakhstan's deputy minister of water resources Nurlan Seitkali"[:NAME_LIMIT]


def _timeline() -> ArticleExtraction:
    assert CUT.endswith(" Nurlan Seitk")
    return extract(
        TIMELINE,
        {
            # Present tense read as a plan; the second side's office copied and cut.
            "speak by telephone": [meeting(["Almaz Bekov", CUT], kind="call", status="planned")],
            "due to meet": [meeting(["Bekov", "Seitkali"], status="planned")],
        },
        "2026-05-04",
    )


def test_a_timelines_present_tense_talks_on_a_past_day_are_held() -> None:
    call = next(m for m in _timeline().meetings if m.kind.value == "call")
    assert (call.status.value, call.date) == ("held", dt.date(2026, 3, 3))
    assert {p.name for p in call.participants} == {"Almaz Bekov", "Nurlan Seitkali"}


def test_a_name_cut_at_the_fields_length_is_finished_from_the_text() -> None:
    names = {p.name for m in _timeline().meetings for p in m.participants}
    assert "Nurlan Seitkali" in names
    assert "Nurlan Seitk" not in names


def test_a_plan_stays_a_plan() -> None:
    statuses = sorted(m.status.value for m in _timeline().meetings)
    assert statuses == ["held", "planned"]
