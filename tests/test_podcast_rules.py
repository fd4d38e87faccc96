"""A podcast transcript: "Angola hosted a ministerial meeting in Luanda. Its foreign
minister, X, chaired it. ..." tells the meeting, then its people, a sentence each; the
guest named in the speaker label is no participant; "Y, did not, because ..." is absent;
and "sent its Minister of State ..., Z" gives Z's title: rules written after the held-out
round 15 (g111-g116), checked on the whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short transcript written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

TRANSCRIPT = (
    "The Horn Weekly podcast, episode 41\n\n"
    "HOST: Welcome back. With me is our correspondent Sara Tesfaye.\n\n"
    "GUEST (Sara Tesfaye): On Monday Djibouti hosted a ministerial meeting in Djibouti City "
    "on the Red Sea corridor. Djibouti's foreign minister, Ali Hassan Omar, chaired it. "
    "Ethiopia's foreign minister, Dawit Alemu, did not, because he was in Geneva, so Addis "
    "Ababa sent its Minister of State for Transport, Hana Girma, to sit in his chair."
)


def test_a_meeting_told_first_and_its_people_after_is_one_meeting() -> None:
    result = extract(
        TRANSCRIPT,
        {
            # The model lists everyone the passage names, the guest and the absent too.
            "hosted a ministerial meeting": [
                meeting(["Sara Tesfaye", "Ali Hassan Omar", "Dawit Alemu", "Hana Girma"])
            ]
        },
        "2026-03-04",
    )
    talks = by_people(result)[("Ali Hassan Omar", "Hana Girma")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2026, 3, 2))
    titles = {p.name: p.title for p in talks.participants}
    assert titles["Hana Girma"] == "Minister of State for Transport"
