"""Held-out round 50 leftovers (a foreign minister's press-conference transcript):

- "Last Friday in Arica I met X. ... I was accompanied by our Undersecretary for ..., A. On
  the Bolivian side, Vice Minister of Foreign Trade B came on behalf of the Minister ..., C"
  adds A and B (not C) to the speaker's meeting;
- "Were you on that call?" / "No, I was not. President D telephoned President E ...": the
  speaker is no side of the call, though the model drafts him in it;
- "the border committee meeting scheduled for tomorrow in Iquique, which F was to co-chair
  with Bolivia's Vice Minister of the Interior, G, has been suspended" is called off
  tomorrow (not "suspended since 2024", which says nothing of a meeting).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short transcript written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

TRANSCRIPT = (
    "MINISTRY OF FOREIGN AFFAIRS\n"
    "Transcript: press conference by Foreign Minister Tomás Rojas\n"
    "Santiago, Monday 7 September 2026\n\n"
    "MODERATOR (Paula Soto): Good morning.\n\n"
    "MINISTER ROJAS: Thank you. Last Friday in Arica I met the Foreign Minister of Bolivia, "
    "Elena Mamani Cruz. It was the first meeting at this level in years. I was accompanied "
    "by our Undersecretary for Economic Relations, Diego Pardo. On the Bolivian side, Vice "
    "Minister of Foreign Trade Hugo Quispe came on behalf of the Minister of Development, "
    "Raúl Apaza, who was unable to travel.\n\n"
    "JOURNALIST (Radio Sur): President Vidal spoke with President Choque on Saturday. Were "
    "you on that call?\n\n"
    "ROJAS: No, I was not. President Vidal telephoned President Choque on Saturday afternoon "
    "and they spoke for twenty minutes.\n\n"
    "JOURNALIST (La Hora): What else?\n\n"
    "ROJAS: The border committee meeting scheduled for tomorrow in Iquique, which "
    "Undersecretary Marta Olmos was to co-chair with Bolivia's Vice Minister of the "
    "Interior, Edwin Tola, has been suspended at the request of the Bolivian side.\n"
)


def _script() -> dict:
    # As a small model answers: the meeting without those who came along; the speaker on
    # the presidents' call; nothing for the suspended committee.
    return {
        "in Arica": [meeting(["Tomás Rojas", "Elena Mamani Cruz"], date_text="Last Friday")],
        "No, I was not": [
            meeting(
                ["Rojas", "President Vidal", "President Choque"],
                kind="call",
                date_text="Saturday afternoon",
            )
        ],
    }


def test_those_who_came_along_or_on_behalf_of_a_minister_are_sides() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-09-07"))
    assert ("Diego Pardo", "Elena Mamani Cruz", "Hugo Quispe", "Tomás Rojas") in people


def test_the_speaker_who_says_he_was_not_on_the_call_is_no_side() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-09-07"))
    call = people[("Choque", "Vidal")]
    assert (call.kind.value, call.date) == ("call", dt.date(2026, 9, 5))


def test_a_committee_meeting_suspended_is_called_off_on_its_day() -> None:
    people = by_people(extract(TRANSCRIPT, _script(), "2026-09-07"))
    off = people[("Edwin Tola", "Marta Olmos")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2026, 9, 8))
