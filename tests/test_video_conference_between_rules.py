"""Round 54 (after its recording at 9faaf14): a parliamentary committee's summary.

"A video conference between the Deputy Minister for European Affairs, Ms A, and the
Lebanese Minister of Economy and Trade, Mr B, which had been scheduled for yesterday, was
called off": A and B's call, called off ("video conference" between two offices, one with
its country's adjective before it).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a summary written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract

SUMMARY = (
    "HOUSE STANDING COMMITTEE ON FOREIGN AFFAIRS\n"
    "Summary of the meeting of Tuesday, 5 October 2027\n\n"
    "3.2 A video conference between the Deputy Minister for European Affairs, Ms Anna "
    "Petrou, and the Jordanian Minister of Economy and Trade, Mr Omar Khasawneh, which had "
    "been scheduled for yesterday, was called off after the Jordanian cabinet was summoned "
    "to an emergency session. No new date has been set.\n"
)


def test_a_video_conference_between_two_offices_called_off() -> None:
    people = by_people(extract(SUMMARY, {"video conference": []}, "2027-10-05"))
    off = people[("Anna Petrou", "Omar Khasawneh")]
    assert (off.status.value, off.kind.value, off.date) == (
        "cancelled",
        "virtual",
        dt.date(2027, 10, 4),
    )
