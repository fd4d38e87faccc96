"""A meeting a ministry denies took place, a speaker's "When I" that is no one's name,
and a sum with a decimal point inside what the sides agreed. Rules written after held-out
round 18 was recorded (its first score does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._agreed_clauses import joint_agreement_in
from tests.support.scripted import extract, meeting

DENIAL = (
    "VICTORIA, Nov 4 (Wire) - Comoros's foreign ministry denied a report that Foreign "
    "Minister Said Ahmed had held a secret meeting with Anne Hoareau in Port Louis last "
    'weekend. "Minister Ahmed did not meet any Seychellois official," a spokeswoman said.'
)


def test_a_meeting_the_ministry_denies_is_no_meeting() -> None:
    result = extract(
        DENIAL, {"denied a report": [meeting(["Said Ahmed", "Anne Hoareau"])]}, "2026-11-04"
    )
    assert result.meetings == []


def test_when_i_is_no_participant() -> None:
    text = (
        "KOROR, Oct 25 (Wire) - President Kione Remeliik met Taiwan's envoy Lin Wei on "
        'Thursday. "When I met the ambassador, we agreed on the hospital," Remeliik said.'
    )
    result = extract(
        text,
        {"met Taiwan": [meeting(["Kione Remeliik", "Lin Wei"]), meeting(["When I", "Lin Wei"])]},
        "2026-10-25",
    )
    names = {p.name for m in result.meetings for p in m.participants}
    assert names == {"Kione Remeliik", "Lin Wei"}


def test_a_decimal_point_does_not_end_what_was_agreed() -> None:
    item = joint_agreement_in(
        "The two ministers agreed to split the EUR 4.2 million annual cost equally."
    )
    assert item is not None
    assert item.what == "agreed to split the EUR 4.2 million annual cost equally"
