"""Held-out round 51 leftovers (a radio interview with a transport minister):

- "I had a phone call yesterday with X, the Finnish transport minister" is the guest's call;
- "The energy minister, A, was due to meet B, the Swedish energy ... minister, and it was
  postponed" is a called-off meeting of A and B (a name closing an office's apposition);
- "The prime minister, C, will host the Swedish prime minister, D, in Oslo on the 24th" is
  a plan of C and D.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short transcript written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract

TRANSCRIPT = (
    "NORDIC HOUR - programme transcript\n"
    "Broadcast: Friday 6 November 2026\n"
    "Presenter: Kari Holm\n"
    "Guest: Erlend Dahl, Norway's Minister of Transport\n\n"
    "KARI HOLM: You also spoke to Helsinki this week.\n\n"
    "ERLEND DAHL: Yes, I had a phone call yesterday with Timo Lahti, the Finnish transport "
    "minister.\n\n"
    "KARI HOLM: There was supposed to be an energy meeting on Monday.\n\n"
    "ERLEND DAHL: The energy minister, Tore Vik, was due to meet Ebba Lund, the Swedish "
    "energy minister, and it was postponed.\n\n"
    "KARI HOLM: Is the relationship cooling?\n\n"
    "ERLEND DAHL: Not at all. The prime minister, Henrik Moe, will host the Swedish prime "
    "minister, Elin Berg, in Oslo on the 24th.\n"
)


def test_the_guests_call_and_his_colleagues_meetings() -> None:
    people = by_people(extract(TRANSCRIPT, {}, "2026-11-06"))
    call = people[("Erlend Dahl", "Timo Lahti")]
    assert (call.kind.value, call.date) == ("call", dt.date(2026, 11, 5))
    assert people[("Ebba Lund", "Tore Vik")].status.value == "cancelled"
    plan = people[("Elin Berg", "Henrik Moe")]
    assert (plan.status.value, plan.date, plan.location) == (
        "planned",
        dt.date(2026, 11, 24),
        "Oslo",
    )
