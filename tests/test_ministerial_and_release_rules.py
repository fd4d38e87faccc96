"""Held-out round 45 (a river-states ministerial) leftovers, each a wording the small model
left without a meeting:

- "Ministers and envoys from the four countries of the basin signed a declaration ...": the
  lead's outcome, for the ministerial told next;
- "Kenya's ambassador, X, took his seat", "Brazil's minister, Y, joined by video link":
  sides of that ministerial; "stayed in Buenos Aires" is where the absent one was;
- "Mora had breakfast with Vidal": a meeting (no article before the meal);
- "Torres's attention was elsewhere. The presidency said he spoke by telephone on Monday
  night with X": "he" is the one the sentence before opens with;
- "A state visit to Lima by X, who had been due to be received by Torres on July 24, has
  been postponed": called off, on the day it was due, in the city visited.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short article written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._passages import Span
from extract._wording import meetings_in
from tests.support.scripted import by_people, extract, meeting

ARTICLE = (
    "Basin states sign Lima declaration on shared dams\n\n"
    "LIMA, July 15 - Ministers and envoys from the four countries of the Andean river basin "
    "signed a declaration in the Peruvian capital on Tuesday committing them to a joint dam "
    "safety agency.\n\n"
    "Peruvian Foreign Minister Lucia Vidal Paredes hosted the meeting at the Torre Tagle "
    "Palace, with Chile's foreign minister, Tomas Mora Lagos, at the table. Bolivia's "
    "foreign minister, Juan Paz Soria, stayed in La Paz for a budget vote; the Bolivian "
    "ambassador in Lima, Diego Arce Luna, took his seat. Ecuador's foreign minister, Ana "
    "Salas Vera, joined by video link from Quito.\n\n"
    "On Wednesday morning, before flying home, Mora had breakfast with Vidal at her "
    "residence.\n\n"
    "A state visit to Lima by Chilean President Pablo Rios Vial, who had been due to be "
    "received by Torres on July 24, has been postponed, the two governments said on "
    "Wednesday.\n\n"
    "Torres's attention was in any case on Quito. The Peruvian presidency said he spoke by "
    "telephone on Monday night with Ecuadorian President Marco Leon Ruiz. President Raul "
    "Torres Mejia wants a new border crossing."
)


def _script() -> dict:
    # As a small model answers: the ministerial with the host and one guest; no one named
    # in the lead; nothing for the last three paragraphs.
    return {
        "hosted the meeting": [
            meeting(
                ["Lucia Vidal Paredes", "Tomas Mora Lagos"],
                date_text="on Tuesday",
                location="Torre Tagle Palace",
            )
        ]
    }


def test_the_ministerial_has_its_stand_in_and_its_video_guest_and_the_leads_outcome() -> None:
    result = extract(ARTICLE, _script(), "2026-07-15")
    people = by_people(result)
    ministerial = people[
        ("Ana Salas Vera", "Diego Arce Luna", "Lucia Vidal Paredes", "Tomas Mora Lagos")
    ]
    assert ministerial.date == dt.date(2026, 7, 14)
    # The palace is in Lima, the dateline's city, not in La Paz where one minister stayed.
    assert ministerial.location == "Torre Tagle Palace, Lima"
    assert [a.type.value for a in ministerial.agreements] == ["signed_document"]
    assert "dam safety agency" in ministerial.agreements[0].summary


def test_breakfast_a_reported_call_and_a_postponed_visit_are_meetings() -> None:
    people = by_people(extract(ARTICLE, _script(), "2026-07-15"))
    breakfast = people[("Lucia Vidal Paredes", "Tomas Mora Lagos")]
    assert breakfast.date == dt.date(2026, 7, 15)
    call = people[("Marco Leon Ruiz", "Raul Torres Mejia")]
    assert (call.kind.value, call.date) == ("call", dt.date(2026, 7, 13))
    visit = people[("Pablo Rios Vial", "Raul Torres Mejia")]
    assert (visit.status.value, visit.date, visit.location) == (
        "cancelled",
        dt.date(2026, 7, 24),
        "Lima",
    )


def test_had_breakfast_with_needs_no_article() -> None:
    text = "Mora had breakfast with Vidal at her residence."
    (found,) = meetings_in(Span(0, len(text), text))
    assert [p.name for p in found.participants] == ["Mora", "Vidal"]
