"""Round 37's programme for next week's visit (g245): the day of the talks is in the
sentence that names the counterpart as met, not in the arrival sentence before it ("He
will arrive on Sunday evening. On Monday morning he will lay a wreath ... before holding
official talks with Minister X"), and an office that runs on past "of the municipal
People's Committee" still reaches its holder.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import extract, meeting

PROGRAMME = (
    "LIMA, June 4, 2027 (Andina) - Peruvian Foreign Minister Rosa Quispe Huamán will pay an "
    "official visit to Laos from June 7 to 10.\n\n"
    "According to the programme, Minister Quispe will arrive in Vientiane on Sunday evening. "
    "On Monday morning she will lay a wreath at the Patuxai monument before holding official "
    "talks with Minister Somsack Vongsa at the Foreign Ministry.\n\n"
    "Quispe will then travel to Luang Prabang, where on Thursday she will meet Chairman of "
    "the provincial People's Committee Khamphanh Sisouk and attend a coffee trade fair."
)


def test_the_talks_take_the_day_of_the_sentence_that_names_the_one_met() -> None:
    result = extract(
        PROGRAMME,
        {
            "According to the programme": [
                meeting(
                    ["Minister Quispe", "Minister Somsack Vongsa"],
                    status="planned",
                    date_text="On Monday morning",
                )
            ],
            "Luang Prabang": [
                meeting(["Quispe", "Luang Prabang"], status="planned", date_text="Thursday")
            ],
        },
        "2027-06-04",
    )
    found = {
        tuple(p.name for p in m.participants): (m.status.value, m.date) for m in result.meetings
    }
    assert found[("Rosa Quispe Huamán", "Somsack Vongsa")] == ("planned", dt.date(2027, 6, 7))
    # "Chairman of the provincial People's Committee X": X, the one she will meet
    assert found[("Rosa Quispe Huamán", "Khamphanh Sisouk")] == ("planned", dt.date(2027, 6, 10))
