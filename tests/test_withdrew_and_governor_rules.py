"""Held-out round 45 (a border meeting the ministers left to their deputies) leftovers:

- "A and B had been due to open a new phase of talks at X. Both withdrew early in the
  week": called off;
- "A and B settled the change in a telephone call on Monday, agreeing to postpone their
  own meeting": that call was held, on the Monday before;
- "the Governor of East Nusa Tenggara, Y" drafted as "Governor of East Nusa Tenggara" is
  Y, and "East Nusa Tenggara" itself is a province, not a person;
- a name the model cut after a comma with no space ("... and Cooperation,Ad") is finished
  as the passage writes it.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short article written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._cues import status_from
from extract._drafts import NAME_LIMIT, DraftPerson
from extract._passages import Span
from extract._persons import ground_person
from tests.support.scripted import by_people, extract, meeting

ARTICLE = (
    "KUPANG, Friday, 3 July 2026 - The meeting that East Nusa Tenggara had spent a month "
    "preparing went ahead on Thursday without the two ministers.\n\n"
    "Indonesia's Foreign Minister Sari Wulandari and Timor-Leste's Minister of Foreign "
    "Affairs and Cooperation, Adelino Mendes Belo, had been due to open a new phase of "
    "border talks at Motaain. Both withdrew early in the week.\n\n"
    "According to the ministry, Wulandari and Belo settled the change in a telephone call "
    "on Monday, agreeing to postpone their own meeting.\n\n"
    "On Wednesday Vice-Minister Domingos Lemos called on the Governor of East Nusa Tenggara, "
    "Yohanes "
    "Bria Manek, in Kupang."
)

# As a small model answers: the cut name, and the office for the governor.
CUT = "Timor-Leste's Minister of Foreign Affairs and Cooperation,Adelino Mendes Belo"[
    : NAME_LIMIT - 1
]


def _script() -> dict:
    return {
        "went ahead": [meeting(["East Nusa Tenggara", "Kupang"], date_text="on Thursday")],
        "had been due": [meeting(["Sari Wulandari", CUT], status="planned")],
        "telephone call": [meeting(["Wulandari", "Belo"], kind="call", date_text="Monday")],
        "Governor of": [
            meeting(["Domingos Lemos", "Governor of East Nusa Tenggara"], date_text="Wednesday")
        ],
    }


def test_a_meeting_both_sides_withdrew_from_is_called_off_and_their_call_held() -> None:
    result = extract(ARTICLE, _script(), "2026-07-03")
    ministers = [
        m for m in result.meetings if {p.name for p in m.participants} == {
            "Sari Wulandari", "Adelino Mendes Belo"
        }
    ]  # fmt: skip
    assert sorted((m.status.value, m.kind.value) for m in ministers) == [
        ("cancelled", "in_person"),
        ("held", "call"),
    ]
    call = next(m for m in ministers if m.kind.value == "call")
    assert call.date == dt.date(2026, 6, 29)


def test_agreeing_to_postpone_in_a_call_leaves_the_call_held() -> None:
    sentence = "A and B settled it in a telephone call on Monday, agreeing to postpone the talks."
    assert status_from(sentence, "held") == "held"
    assert status_from("The talks were postponed on Monday.", "held") == "cancelled"


def test_an_office_followed_by_its_holder_is_the_holder_and_its_province_no_one() -> None:
    people = by_people(extract(ARTICLE, _script(), "2026-07-03"))
    assert ("Domingos Lemos", "Yohanes Bria Manek") in people
    assert not any("East Nusa Tenggara" in names for names in people)


def test_a_governor_named_right_after_the_office_stays_a_person() -> None:
    text = "He met the Governor of Lagos State Babajide Sanwo-Olu, who hosted a dinner."
    whole = Span(0, len(text), text)
    found = ground_person(text, whole, DraftPerson(name="Babajide Sanwo-Olu"))
    assert found is not None
    assert found.name == "Babajide Sanwo-Olu"
    text = "He met the Governor of East Nusa Tenggara, Yohanes Bria, in Kupang."
    whole = Span(0, len(text), text)
    assert ground_person(text, whole, DraftPerson(name="East Nusa Tenggara")) is None


def test_words_the_article_writes_in_lower_case_are_no_name() -> None:
    # Round 47: the model's "Executive Programme on Border Crossings" as a side; the
    # article writes "border crossings" only in lower case.
    text = "Tunis - An executive programme on border crossings was signed by Ana Lima."
    whole = Span(0, len(text), text)
    assert ground_person(text, whole, DraftPerson(name="Border Crossings")) is None
    assert ground_person(text, whole, DraftPerson(name="Ana Lima")) is not None
