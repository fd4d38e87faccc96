"""Round 46 leftovers (a live blog of a ministers' council, g301, after round 46 was scored):

- "One meeting that won't happen: A and B had planned to sit down at 5pm ..., but the
  plenary overran and B left for the airport": a meeting called off, not a plan given up
  silently.
- "they had also agreed to hold the next meeting of the Joint Commission, which the two of
  them co-chair, in Belmopan on 14 July": a plan of the two on 14 July.
- "agreed to hold the next High-Level Meeting, the joint session of the two cabinets, in
  Madrid before the end of the year, according to a joint communique released late on
  Wednesday": no day for it (Wednesday is the communique's).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import agreed, by_people, extract, meeting

BLOG = (
    "LIVE: SICA foreign ministers in Tegucigalpa\n\n"
    "Thursday 25 June 2026\n\n"
    "17:45\n"
    "One meeting that won't happen: Panama's Elena Mora and Costa Rican Foreign Minister "
    "Rodrigo Arias had planned to sit down at 5pm to discuss fishing rights, but the plenary "
    "overran and Arias left for the airport.\n\n"
    "16:30\n"
    "Panama's Foreign Minister Elena Mora and Guatemala's Lucía Zelaya have just signed a "
    "memorandum on river patrols. Speaking afterwards, Mora said they had also agreed to "
    "hold the next meeting of the Panama-Guatemala Joint Commission, which the two of them "
    "co-chair, in Colón on 14 July.\n"
)


def test_a_plan_that_wont_happen_and_the_next_commission_meeting() -> None:
    script = {
        "sit down at 5pm": [meeting(["Elena Mora", "Rodrigo Arias"], status="planned")],
        "just signed": [
            meeting(
                ["Elena Mora", "Lucía Zelaya"],
                agreements=[
                    agreed(
                        "agreed to hold the next meeting of the Panama-Guatemala Joint Commission",
                        "intent_to_meet",
                    )
                ],
            )
        ],
    }
    found = extract(BLOG, script, "2026-06-25")
    off = by_people(found)[("Elena Mora", "Rodrigo Arias")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2026, 6, 25))
    pair = {
        (m.status.value, m.date, m.location)
        for m in found.meetings
        if {p.name for p in m.participants} == {"Elena Mora", "Lucía Zelaya"}
    }
    assert ("planned", dt.date(2026, 7, 14), "Colón") in pair


WIRE = (
    "RABAT, March 12, 2026 - Spain's Foreign Minister Alonso Vega and Morocco's Foreign "
    "Minister Karim Tazi held talks in Rabat on Wednesday.\n\n"
    "Vega and Tazi also agreed to hold the next Spain-Morocco High-Level Meeting, the joint "
    "session of the two cabinets, in Madrid before the end of the year, according to a joint "
    "communique released late on Wednesday. No date was given.\n"
)


def test_the_day_a_communique_came_out_is_no_day_of_the_next_meeting() -> None:
    script = {"held talks": [meeting(["Alonso Vega", "Karim Tazi"], date_text="Wednesday")]}
    found = extract(WIRE, script, "2026-03-12")
    assert [m.status.value for m in found.meetings if m.date is not None] == ["held"]
