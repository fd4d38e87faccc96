""" "Called on" as a courtesy call ("called on Prime Minister X in Thimphu") and not as
an appeal ("called on X to withdraw"). Rules written before held-out round 16.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`): the model finds nothing, so the meetings come from the
wording rules alone.
"""

from __future__ import annotations

from tests.support.scripted import extract, people_met

VISIT = (
    "THIMPHU, May 6 (Wire) -- Nepal's Water Secretary Bina Karki called on Prime Minister "
    "Tshering Wangdi in Thimphu on Tuesday and briefed him on the flood-warning network.\n\n"
    "Later the same day Karki calls on the home minister, Dasho Pema Gyeltshen, who tells "
    "her the border posts will stay open.\n\n"
    "Opposition leader Kezang Dorji called on Prime Minister Tshering Wangdi to publish the "
    "network's budget. Karki called on Monday for more gauges on the rivers."
)


def test_a_courtesy_call_is_a_meeting_and_an_appeal_is_not() -> None:
    met = people_met(VISIT, {}, "2026-05-06")
    assert met == [
        ("Bina Karki", "Dasho Pema Gyeltshen"),
        ("Bina Karki", "Tshering Wangdi"),
    ]
    result = extract(VISIT, {}, "2026-05-06")
    call = next(m for m in result.meetings if "Tshering Wangdi" in {p.name for p in m.participants})
    assert (str(call.date), call.kind.value, call.status.value) == (
        "2026-05-05",
        "in_person",
        "held",
    )
