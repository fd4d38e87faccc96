"""Round 53 (after its recording at b3eeac8): a radio interview.

"MINISTER: On the 24th I'll be in Vilnius with A and with the Polish foreign minister, B.
It's a trilateral meeting": a plan of the speaker, A and B on the 24th ("I'll be in ...
with" states it as "will be in ... with" does).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a transcript written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

TRANSCRIPT = (
    "MORNING REPORT - Latvian Radio, 11 May 2027\n"
    "Guest: Foreign Minister Kārlis Ozols\n\n"
    "PRESENTER: What is next?\n\n"
    "OZOLS: On the 24th I'll be in Tallinn with Margus Tamm and with the Finnish foreign "
    "minister, Elina Virtanen. It's a trilateral meeting, the first in this format this "
    "year.\n"
)


def test_ill_be_in_a_city_with_two_ministers_is_a_plan() -> None:
    script = {
        "I'll be in": [
            meeting(
                ["OZOLS", "Margus Tamm", "Elina Virtanen"],
                status="planned",
                date_text="24th",
                location="Tallinn",
            )
        ]
    }
    people = by_people(extract(TRANSCRIPT, script, "2027-05-11"))
    plan = people[("Elina Virtanen", "Kārlis Ozols", "Margus Tamm")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2027, 5, 24))
