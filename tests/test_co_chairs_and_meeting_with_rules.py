"""Round 46 leftovers (a feature, g299, after round 46 was scored):

- "A meeting with Serbia's foreign minister, X, that had been pencilled in for the same
  Friday, was called off": X is its object, not its subject, so the article's main actor
  is the other side.
- "Its next session, originally scheduled for 23 June in Zagreb, was pushed back at
  Thursday's meeting to 7 July and moved to Podgorica, where the commission's co-chairs,
  Ambassador A for Montenegro and Assistant Minister B for Croatia, are to resume work": a
  plan of A and B, on the new day.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a feature written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

FEATURE = (
    "Kovač and Horvat patch up after a frosty month\n\n"
    "DUBROVNIK, June 20, 2026\n\n"
    "Foreign Minister Ana Kovač and her Slovenian counterpart Marko Horvat agreed on "
    "Thursday to revive the commission on the Piran bay. Its next session, originally "
    "scheduled for 23 June in Ljubljana, was pushed back at Thursday's meeting to 7 July, "
    "where the commission's co-chairs, Ambassador Petar Ilić for Croatia and Assistant "
    "Minister Maja Zupan for Slovenia, are to resume work on the draft.\n\n"
    "Kovač stayed on in Dubrovnik on Friday for the forum, where she held a bilateral "
    "meeting with Austrian Foreign Minister Lena Gruber.\n\n"
    "A meeting with Serbia's foreign minister, Goran Petrović, that had been pencilled in for "
    "the same Friday, was called off after Belgrade sent a state secretary instead.\n"
)


def _script() -> dict:
    # As a small model answers: the two sides of the talks, the forum's bilateral, the
    # called-off meeting with its one named side.
    return {
        "revive the commission": [meeting(["Ana Kovač", "Marko Horvat"], date_text="Thursday")],
        "bilateral": [meeting(["Kovač", "Austrian Foreign Minister Lena Gruber"])],
        "pencilled": [meeting(["Goran Petrović"], status="cancelled")],
    }


def test_a_meeting_with_x_called_off_is_the_main_actors() -> None:
    people = by_people(extract(FEATURE, _script(), "2026-06-20"))
    off = people[("Ana Kovač", "Goran Petrović")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2026, 6, 19))


def test_co_chairs_in_apposition_resume_on_the_new_day() -> None:
    people = by_people(extract(FEATURE, _script(), "2026-06-20"))
    session = people[("Maja Zupan", "Petar Ilić")]
    assert (session.status.value, session.date) == ("planned", dt.date(2026, 7, 7))
