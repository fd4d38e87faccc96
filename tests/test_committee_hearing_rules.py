"""Held-out round 49 leftovers (a parliamentary committee's hearing of a minister):

- a speaker label of five words ("MINISTER MARÍA FERNANDA CÓRDOVA SALAZAR:") is a turn,
  its speaker the surname the article writes in ordinary case ("Minister Córdova"), even
  the first of a double surname;
- "..., so the Undersecretary of Ports, X, attended in his place" and "On the Peruvian
  side, the Minister of Production, Y, joined the second half of the meeting" are sides;
- "On Monday I held a video call with the Foreign Minister of Colombia, Z" is the
  speaker's call.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short hearing written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

HEARING = (
    "NATIONAL ASSEMBLY\n"
    "Commission on Sovereignty - Session No. 12 - Wednesday, 12 August 2026\n\n"
    "CHAIR (Assemblywoman Rosa Vera): Minister, welcome. Begin with your trip to Peru.\n\n"
    "MINISTER ANA LUCÍA BENÍTEZ ARANDA: Thank you, Madam Chair. Last Friday, in Tumbes, I "
    "met the Minister of Foreign Affairs of Peru, Jorge Salas Ugarte. Our Minister of "
    "Transport, Diego Paz, had to stay in Quito, so the Undersecretary of Ports, Elena "
    "Mora, attended in his place. On the Peruvian side, the Minister of Production, Hugo "
    "Rivas Tello, joined the second half of the meeting.\n\n"
    "CHAIR: And Colombia?\n\n"
    "MINISTER BENÍTEZ: Yes. On Monday I held a video call with the Foreign Minister of "
    "Colombia, Andrés Gómez Uribe.\n\n"
    "CHAIR: Thank you, Minister Benítez.\n"
)


def _script() -> dict:
    # As a small model answers: the speaker's label, as written, for her; nothing for the
    # call.
    return {
        "in Tumbes": [
            meeting(
                ["MINISTER ANA LUCÍA BENÍTEZ ARANDA", "Jorge Salas Ugarte"], date_text="Last Friday"
            )
        ],
    }


def test_a_long_label_is_the_speaker_who_met_with_those_who_attended_or_joined() -> None:
    people = by_people(extract(HEARING, _script(), "2026-08-12"))
    talks = people[
        ("Ana Lucía Benítez Aranda", "Elena Mora", "Hugo Rivas Tello", "Jorge Salas Ugarte")
    ]
    assert (talks.status.value, talks.date, talks.location) == (
        "held",
        dt.date(2026, 8, 7),
        "Tumbes",
    )


def test_i_held_a_video_call_with_is_the_speakers_call() -> None:
    people = by_people(extract(HEARING, _script(), "2026-08-12"))
    call = people[("Ana Lucía Benítez Aranda", "Andrés Gómez Uribe")]
    assert (call.kind.value, call.date) == ("virtual", dt.date(2026, 8, 10))
