"""Round 56 (after its recording at 4b3b175): a wire report (`g357`).

"The visit follows a video conference on Oct. 9 in which Echeverría and Benítez spoke with
Argentine President Facundo Lértora": all three took part; the pair is the subject of a
"which" clause, not of the sentence.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a report written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

WIRE = (
    "Benelux leaders sign rail pact\n"
    "LUXEMBOURG, Friday 16 October 2026\n\n"
    "Luxembourg's Prime Minister Luc Frieden and Belgian Prime Minister Bart De Wever signed a "
    "rail agreement in Luxembourg on Thursday.\n\n"
    "The visit follows a video conference on Oct. 9 in which Frieden and De Wever spoke with "
    "Dutch Prime Minister Anna de Boer about tolls on the Moselle.\n"
)


def test_a_pair_that_spoke_with_a_third_in_a_which_clause() -> None:
    script = {"rail agreement": [meeting(["Luc Frieden", "Bart De Wever"], date_text="Thursday")]}
    people = by_people(extract(WIRE, script, "2026-10-16"))
    call = people[("Anna de Boer", "Bart De Wever", "Luc Frieden")]
    assert (call.kind.value, call.date) == ("virtual", dt.date(2026, 10, 9))
