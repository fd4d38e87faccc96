"""Round 55 (after its recording at 878d315): a wire report (`g351`).

"Bwalya told reporters that he had discussed the Nacala corridor by telephone with
Mozambican President Armando Cossa last week": a call of Bwalya (the sentence's own "he",
not the visitor the report follows) and Cossa, with no day ("last week").

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a report written for them.
"""

from __future__ import annotations

from tests.support.scripted import by_people, extract, meeting

WIRE = (
    "Kenya, Uganda sign rail pact during Okello visit\n"
    "NAIROBI, Thursday 12 November 2026\n\n"
    "Ugandan President Samuel Okello held talks at State House on Wednesday with his host, "
    "President Daniel Kiprono.\n\n"
    "Okello also met the Speaker of the National Assembly, Jane Wambui, on Wednesday.\n\n"
    "Kiprono told reporters that he had discussed the Lamu corridor by telephone with "
    "Tanzanian President Neema Mushi last week, and that Dodoma was on board.\n"
)


def test_a_call_the_speaker_says_he_had() -> None:
    script = {
        "held talks": [meeting(["Samuel Okello", "Daniel Kiprono"], date_text="on Wednesday")],
        "Speaker": [meeting(["Samuel Okello", "Jane Wambui"], date_text="on Wednesday")],
    }
    people = by_people(extract(WIRE, script, "2026-11-12"))
    call = people[("Daniel Kiprono", "Neema Mushi")]
    assert (call.kind.value, call.status.value, call.date) == ("call", "held", None)
