"""Round 15 leftover (a minister's public schedule, g114, after that round was scored):

"CANCELLED: 09:30 Meeting with Canadian Minister of Foreign Affairs X, Helsinki." under a
day's heading is a meeting of X and the one whose schedule it is, called off, even when
the model returns nothing for it.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a schedule written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

SCHEDULE = (
    "Ministry for Foreign Affairs of Sweden\n"
    "PUBLIC SCHEDULE: Minister for Foreign Affairs Karin Lund, week 37\n"
    "Published Monday 13 September 2027.\n\n"
    "MONDAY 13.9.\n"
    "11:30 Minister Lund meets Danish Minister of Foreign Affairs Lars Holm, Arvfurstens "
    "palats, Stockholm.\n\n"
    "TUESDAY 14.9.\n"
    "10:00 Minister Lund holds a video conference with Norwegian Minister of Foreign Affairs "
    "Eirik Berg.\n\n"
    "WEDNESDAY 15.9.\n"
    "CANCELLED: 09:30 Meeting with Canadian Minister of Foreign Affairs Nathalie Roy, "
    "Stockholm. Minister Roy's visit to Sweden has been postponed; a new date will be "
    "announced later.\n"
)


def test_a_cancelled_schedule_item_is_the_schedules_owners_meeting() -> None:
    script = {
        "meets Danish": [
            meeting(["Minister Lund", "Danish Minister of Foreign Affairs Lars Holm"])
        ],
        "video conference": [meeting(["Minister Lund", "Eirik Berg"], kind="virtual")],
        "CANCELLED": [],
    }
    people = by_people(extract(SCHEDULE, script, "2027-09-13"))
    assert ("Karin Lund", "Lars Holm") in people
    off = people[("Karin Lund", "Nathalie Roy")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2027, 9, 15))
