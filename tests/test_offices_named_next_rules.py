"""Held-out round 47 leftover (a ministry's press release):

"This morning, Tuesday, the Omani Minister was received at the Government Palace in the
Medina by the Head of Government, in the presence of Mr. C. Mr. A conveyed to Mr. B a
written message ...": the two offices are the two people the next sentence names, and the
one "in the presence of" whom they met is a side too. "the Medina" is the venue's quarter,
not its city: the release's own city stands.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short release written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

RELEASE = (
    "REPUBLIC OF TUNISIA\n"
    "Ministry of Foreign Affairs\n\n"
    "Tunis, 30 June 2026\n\n"
    "The Minister of Foreign Affairs, Mr. Karim Saidi, held on Monday 29 June 2026 a working "
    "session with Mr. Badr Al-Harthy, Minister of Foreign Affairs of the Sultanate of Oman, "
    "who is paying an official visit to Tunisia.\n\n"
    "This morning, Tuesday, the Omani Minister was received at the Government Palace in the "
    "Medina by the Head of Government, in the presence of Mr. Karim Saidi. Mr. Badr Al-Harthy "
    "conveyed to Mr. Anis Ferchichi a written message from the Sultan.\n"
)


def _script() -> dict:
    # As a small model answers: the reception's two sides by office only.
    return {
        "working session": [meeting(["Mr. Karim Saidi", "Mr. Badr Al-Harthy"])],
        "This morning": [
            meeting(
                ["Omani Minister", "Head of Government"],
                date_text="Tuesday",
                location="Government Palace in the Medina",
            )
        ],
    }


def test_offices_are_the_people_the_next_sentence_names() -> None:
    people = by_people(extract(RELEASE, _script(), "2026-06-30"))
    reception = people[("Anis Ferchichi", "Badr Al-Harthy", "Karim Saidi")]
    assert (reception.status.value, reception.date) == ("held", dt.date(2026, 6, 30))


def test_a_venues_quarter_is_not_the_meetings_city() -> None:
    people = by_people(extract(RELEASE, _script(), "2026-06-30"))
    assert "Medina" not in (people[("Badr Al-Harthy", "Karim Saidi")].location or "")
    assert "Medina" not in (
        people[("Anis Ferchichi", "Badr Al-Harthy", "Karim Saidi")].location or ""
    )
