"""What the sides agreed, told in paragraphs of their own: rules written after the whole
gold set showed agreements the model never saw (a paragraph with no meeting word is not
sent to it) or that were dropped on the way.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import pytest

from extract._agreements import _split_compound
from tests.support.scripted import by_people, extract, meeting

CALL = (
    "Foreign Minister Elin Dahl held a phone call with her Chilean counterpart Tomás Rivera "
    "on Tuesday, the ministry said.\n\n"
    "Dahl raised the delays in lithium export permits, a complaint Rivera said Santiago "
    "would look into.\n\n"
    "Despite the friction, both ministers agreed to review the permit rules by June and to "
    "set up a joint desk for exporters' complaints. They also agreed to open a consulate in "
    "Antofagasta, according to the readout."
)


def test_a_paragraph_of_agreements_alone_belongs_to_the_meeting_told_before() -> None:
    # The last paragraph has no meeting word, so the model is never asked about it.
    result = extract(
        CALL, {"phone call": [meeting(["Elin Dahl", "Tomás Rivera"], kind="call")]}, "2026-03-05"
    )
    (call,) = result.meetings
    assert [a.summary for a in call.agreements] == [
        "Agreed to review the permit rules by June",
        "To set up a joint desk for exporters' complaints",
        "Agreed to open a consulate in Antofagasta",
    ]
    quotes = [e.quote for a in call.agreements for e in a.evidence]
    assert all(CALL[e.start : e.end] == e.quote for a in call.agreements for e in a.evidence)
    assert quotes
    assert all("agreed" in q for q in quotes)
    assert str(call.date) == "2026-03-03"


def test_no_agreement_is_taken_from_a_paragraph_of_one_side_s_complaints() -> None:
    text = CALL.split("\n\nDespite")[0]
    result = extract(
        text, {"phone call": [meeting(["Elin Dahl", "Tomás Rivera"], kind="call")]}, "2026-03-05"
    )
    assert [m.agreements for m in result.meetings] == [[]]


def test_staying_in_touch_is_not_split_from_what_it_serves() -> None:
    assert _split_compound(
        "agreed to stay in close contact and to aim for an in-person summit this year"
    ) == ["agreed to stay in close contact and to aim for an in-person summit this year"]
    assert _split_compound(
        "agreed to maintain close communication and to prepare a new round of talks"
    ) == ["agreed to maintain close communication and to prepare a new round of talks"]
    assert _split_compound("agreed to cut tariffs on steel and to open a joint fund") == [
        "agreed to cut tariffs on steel",
        "to open a joint fund",
    ]


def test_agreements_alone_after_two_meetings_go_to_the_later_one() -> None:
    text = (
        "President Ana Ruiz received Prime Minister Jonas Berg in Lisbon on Monday.\n\n"
        "On Tuesday Ruiz met Foreign Minister Karim Haddad.\n\n"
        "The two agreed to hold annual consultations."
    )
    result = extract(
        text,
        {
            "Berg": [meeting(["Ana Ruiz", "Jonas Berg"])],
            "Haddad": [meeting(["Ana Ruiz", "Karim Haddad"])],
        },
        "2026-03-05",
    )
    met = by_people(result)
    assert met[("Ana Ruiz", "Jonas Berg")].agreements == []
    assert [a.type.value for a in met[("Ana Ruiz", "Karim Haddad")].agreements] == [
        "intent_to_meet"
    ]


MET = "Foreign Minister Ana Ruiz met her Norwegian counterpart Jonas Berg in Lisbon on Monday.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "agreements"),
    [
        (
            "Ruiz and Berg also agreed to set up a fisheries commission, the ministry said.",
            [("commitment", "Agreed to set up a fisheries commission")],
        ),
        (
            "Ruiz and Berg signed an MoU on tourism.",
            [("signed_document", "Signed an MoU on tourism")],
        ),
        (
            "Three memoranda, on fisheries, health and tourism, were signed during the visit.",
            [
                (
                    "signed_document",
                    "Three memoranda, on fisheries, health and tourism, were signed during the "
                    "visit",
                )
            ],
        ),
        (
            "They reached agreement on a new fisheries quota.",
            [("commitment", "Reached agreement on a new fisheries quota")],
        ),
        (
            "Both sides committed to doubling trade by 2030.",
            [("commitment", "Committed to doubling trade by 2030")],
        ),
        # Not this meeting's, or not an agreement at all.
        ("The 1995 treaty was signed by both countries in Madrid.", []),
        ("Ruiz and Berg signed the guest book.", []),
        ("Putin and Xi agreed to expand gas deliveries last year.", []),
        ("Both sides committed serious errors in the past, Ruiz said.", []),
    ],
)
def test_what_the_sides_of_the_meeting_told_before_agreed_or_signed(
    paragraph: str, agreements: list[tuple[str, str]]
) -> None:
    result = extract(MET + paragraph, {"Ruiz met": [meeting(["Ana Ruiz", "Jonas Berg"])]})
    (m,) = result.meetings
    assert [(a.type.value, a.summary) for a in m.agreements] == agreements
