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


READOUT = (
    "Amman, 19 May 2026\n\n"
    "Foreign Minister Dr. Khaled Hamdan held a phone call on Monday with Foreign Minister "
    "Rashid Salem of Bahrain.\n\n"
    "During the call, the two ministers discussed ways to expand cooperation, in "
    "implementation of the directives of His Majesty King Abdullah II and his brother His "
    "Majesty King Hamad bin Isa Al Khalifa."
)


def test_a_readout_call_and_the_kings_whose_directives_it_follows() -> None:
    result = extract(
        READOUT,
        {"During the call": [meeting(["King Abdullah II", "King Hamad bin Isa Al Khalifa"])]},
        "2026-05-19",
    )
    (call,) = result.meetings  # the plain wording's call; the kings took no part
    assert {p.name for p in call.participants} == {"Khaled Hamdan", "Rashid Salem"}
    assert (call.kind.value, str(call.date)) == ("call", "2026-05-18")


def test_two_ministers_who_said_they_would_meet_again_on_a_given_day() -> None:
    text = (
        "LOME, March 12 (AFP) - Togo and Benin signed a border memorandum on Thursday.\n\n"
        "Foreign ministers Kodjo Amegan and Paul Dossou said they would meet again in Cotonou "
        "on March 26 to review it."
    )
    (plan,) = extract(text, {}, "2026-03-12").meetings
    assert {p.name for p in plan.participants} == {"Kodjo Amegan", "Paul Dossou"}
    assert (plan.status.value, str(plan.date), plan.location) == (
        "planned",
        "2026-03-26",
        "Cotonou",
    )


def test_a_quoted_sat_down_with_is_the_speakers_meeting() -> None:
    text = (
        "KOROR, Oct 27 (Wire) - The hospital wing will open in 2028.\n\n"
        '"When I sat down with Deputy Minister Lin in Koror last Friday, we agreed on the '
        'date," President Kione Remeliik told reporters on Monday.\n\n'
        "Taiwan's Deputy Foreign Minister Lin Wei was in Palau from Wednesday to Saturday."
    )
    result = extract(text, {"When I sat down": [meeting(["When I", "Lin"])]}, "2026-10-27")
    (met,) = result.meetings
    names = sorted(p.name for p in met.participants)
    assert names[0] == "Kione Remeliik"  # the speaker, not "When I"
    assert names[1].startswith("Lin")
    assert str(met.date) == "2026-10-23"


def test_a_hope_in_another_clause_does_not_hedge_the_plan() -> None:
    text = (
        "LOME, March 12 (AFP) - Togo and Benin signed a border memorandum on Thursday. The "
        "document was signed in the Togolese capital by Foreign Minister Kodjo Amegan and his "
        "Beninese counterpart Paul Dossou.\n\n"
        "Amegan and Dossou said they would meet again in Cotonou on March 26, and to prepare a "
        "summit that both men said they hoped could take place before the rainy season."
    )
    result = extract(
        text,
        {
            "document was signed": [meeting(["Kodjo Amegan", "Paul Dossou"], agreements=[
                {"what": "signed in the Togolese capital", "type": "signed_document"}])],
            "meet again": [meeting(["Amegan", "Dossou"], status="planned", date_text="March 26")],
        },
        "2026-03-12",
    )  # fmt: skip
    held, plan = sorted(result.meetings, key=lambda m: m.status.value)
    assert held.agreements == []  # "signed in the Togolese capital" says where, not what
    assert (plan.status.value, str(plan.date), plan.location) == (
        "planned",
        "2026-03-26",
        "Cotonou",
    )
