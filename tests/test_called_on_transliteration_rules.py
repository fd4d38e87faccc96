"""Gold leftover (g03, a wire report): "Later on Wednesday, Wong called on Party General
Secretary Tô Lâm (To Lam) at the Party Central Committee headquarters" is a courtesy call:
the transliteration "(To Lam)" is no "called on X to do ..." (a demand), which the
case-blind reading took it for.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a report written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

REPORT = (
    "HANOI -- Prime Minister Pham Minh Chinh held talks with Malaysian Prime Minister Anwar "
    "Ibrahim at the Government Office in Hanoi on Wednesday.\n\n"
    "Later on Wednesday, Anwar called on Party General Secretary Tô Lâm (To Lam) at the "
    "Party Central Committee headquarters. General Secretary Lam welcomed the visit.\n"
)


def test_a_courtesy_call_on_a_transliterated_name() -> None:
    script = {
        "held talks": [meeting(["Pham Minh Chinh", "Anwar Ibrahim"], date_text="Wednesday")],
        "called on": [meeting(["Anwar", "Party General Secretary Tô Lâm"])],
    }
    people = by_people(extract(REPORT, script, "2026-01-08"))
    call = people[("Anwar Ibrahim", "Tô Lâm")]
    assert (call.status.value, call.date) == ("held", dt.date(2026, 1, 7))
