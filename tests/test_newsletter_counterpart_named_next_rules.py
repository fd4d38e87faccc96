"""Round 55 (after its recording at 878d315): a weekly newsletter (`g354`).

- "Finnish President A telephoned his Estonian counterpart on Wednesday. B, Estonia's head of
  state since October, discussed ... with him": the unnamed counterpart is B, the person
  the next sentence gives that country.
- "Estonian Prime Minister A crossed to Helsinki on Monday for talks with Finland's Prime
  Minister, B": a journey made for talks, held, even when the model called it a plan.
- "In Ulaanbaatar she held talks with Mongolia's Minister of Foreign Affairs, B": "she" met
  B, in Ulaanbaatar.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a newsletter written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

NEWSLETTER = (
    "BALTIC BRIEFING\nWeekly newsletter - Issue 40\nFriday, 14 May 2027\n\n"
    "1. Prime ministers in Vilnius\n"
    "Latvian Prime Minister Ivars Ozols crossed to Vilnius on Monday for talks with "
    "Lithuania's Prime Minister, Rasa Petraitė, at the government palace.\n\n"
    "2. Presidents on the phone\n"
    "Latvian President Edgars Liepa telephoned his Lithuanian counterpart on Wednesday. Jonas "
    "Kazlauskas, Lithuania's head of state since October, discussed cable security with him, "
    "according to his office.\n\n"
    "3. Foreign minister in Mongolia\n"
    "Latvian Foreign Minister Daina Zariņa spent last week in Mongolia. In Ulaanbaatar she held "
    "talks with Mongolia's Minister of Foreign Affairs, Battulga Enkhjin.\n"
)


def test_an_unnamed_counterpart_named_in_the_next_sentence() -> None:
    script = {"telephoned": [meeting(["Edgars Liepa", "Lithuanian counterpart"], kind="call")]}
    people = by_people(extract(NEWSLETTER, script, "2027-05-14"))
    call = people[("Edgars Liepa", "Jonas Kazlauskas")]
    assert (call.kind.value, call.date) == ("call", dt.date(2027, 5, 12))


def test_a_journey_for_talks_is_held_though_drafted_as_a_plan() -> None:
    script = {
        "crossed": [
            meeting(
                ["Latvian Prime Minister Ivars Ozols", "Lithuania's Prime Minister Rasa Petraitė"],
                status="planned",
                date_text="Monday",
            )
        ]
    }
    people = by_people(extract(NEWSLETTER, script, "2027-05-14"))
    talks = people[("Ivars Ozols", "Rasa Petraitė")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2027, 5, 10))


def test_she_held_talks_after_a_place() -> None:
    script = {"Ulaanbaatar": [meeting(["Daina Zariņa"], date_text="last week")]}
    people = by_people(extract(NEWSLETTER, script, "2027-05-14"))
    talks = people[("Battulga Enkhjin", "Daina Zariņa")]
    assert talks.location == "Ulaanbaatar"
