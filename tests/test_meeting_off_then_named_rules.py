"""Round 53 (after its recording at b3eeac8): a newsletter's item.

"The meeting between the President of the Marshall Islands and Nauru's head of state,
planned for Friday in Majuro, did not take place after a cyclone closed the airport. The
Marshall Islands' President, A, had hoped to discuss deep-sea mining with President B": a
meeting of A and B, called off; "had hoped to" is no plan given up silently here.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on an item written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

ITEM = (
    "PACIFIC WEEK - Monday 7 June 2027\n\n"
    "CYCLONE CALLS OFF KOROR TALKS\n"
    "The meeting between the President of Palau and the Federated States of Micronesia's "
    "head of state, planned for Friday in Koror, did not take place after Tropical Cyclone "
    "Mina closed the airport. Palau's President, Surangel Remengesau, had hoped to discuss "
    "a joint approach to fisheries patrols with President Wesley Simina. No new date has "
    "been set.\n"
)


def test_a_meeting_off_then_its_people_named() -> None:
    script = {
        "Tropical Cyclone": [
            meeting(["Surangel Remengesau", "Wesley Simina"], status="planned", date_text="Friday")
        ]
    }
    people = by_people(extract(ITEM, script, "2027-06-07"))
    off = people[("Surangel Remengesau", "Wesley Simina")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2027, 6, 4))
