"""Explicit wording in the reporting sentence settles kind, status and agreement type."""

from __future__ import annotations

import pytest

from extract._cues import agreement_type_from, is_joint, kind_from, status_from


@pytest.mark.parametrize(
    ("sentence", "model_kind", "expected"),
    [
        ("Lee spoke by phone with Trump.", "in_person", "call"),
        ("Lee telephoned Ishiba on Monday.", "in_person", "call"),
        ("Lee held a 30-minute call with Ishiba.", "in_person", "call"),
        ("The two leaders will hold a call on Friday.", "in_person", "call"),
        ("The leaders held a video conference on trade.", "call", "virtual"),
        ("The ministers met virtually on Monday.", "in_person", "virtual"),
        # No phone or video wording: the model's "call" is a guess and loses.
        ("Lee held talks with Ishiba in Tokyo.", "call", "in_person"),
        ("Lee held talks with Ishiba in Tokyo.", "virtual", "in_person"),
        # "phone" inside another word is not phone wording.
        ("They discussed smartphone exports.", "call", "in_person"),
    ],
)
def test_kind_follows_phone_and_video_wording(
    sentence: str, model_kind: str, expected: str
) -> None:
    assert kind_from(sentence, model_kind) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The summit was postponed.", "cancelled"),
        ("The talks were called off at short notice.", "cancelled"),
        ("The meeting will not take place.", "cancelled"),
        ("Lee will meet Xi next week.", "planned"),
        ("Lee is expected to visit Hanoi.", "planned"),
        ("Lee is scheduled to hold talks with Xi.", "planned"),
        ("Lee met Xi on Monday.", "held"),
        ("Lee and Xi talked for an hour.", "held"),
    ],
)
def test_status_follows_explicit_wording_whatever_the_model_said(
    sentence: str, expected: str
) -> None:
    for model_status in ("held", "planned", "cancelled"):
        assert status_from(sentence, model_status) == expected


def test_status_keeps_the_models_choice_when_wording_points_both_ways() -> None:
    sentence = "Lee met Xi and will meet Modi next week."
    assert status_from(sentence, "held") == "held"
    assert status_from(sentence, "planned") == "planned"


@pytest.mark.parametrize(
    ("sentence", "summary", "model_type", "expected"),
    [
        (
            "They signed a memorandum of understanding on energy.",
            "memorandum of understanding on energy",
            "commitment",
            "signed_document",
        ),
        ("The leaders inked a trade deal.", "a trade deal", "other", "signed_document"),
        (
            "The two sides agreed to meet again next year.",
            "meet again next year",
            "commitment",
            "intent_to_meet",
        ),
        (
            "They agreed to keep close communication.",
            "keep close communication",
            "commitment",
            "intent_to_meet",
        ),
        # A body or a gathering of the same sides, convened again: a follow-up meeting.
        (
            "They agreed to hold the next session of the joint commission in Hanoi.",
            "hold the next session of the joint commission in Hanoi",
            "commitment",
            "intent_to_meet",
        ),
        (
            "They agreed to convene the CEPA Joint Committee in New Delhi in September.",
            "convene the CEPA Joint Committee in New Delhi in September",
            "commitment",
            "intent_to_meet",
        ),
        (
            "They agreed to make the defence ministers' meeting an annual event.",
            "make the defence ministers' meeting an annual event",
            "commitment",
            "intent_to_meet",
        ),
        (
            "The two ministers signed a joint statement on digital cooperation.",
            "a joint statement on digital cooperation",
            "commitment",
            "signed_document",
        ),
        ("They agreed to expand trade.", "expand trade", "commitment", "commitment"),
        ("They agreed to expand trade.", "expand trade", "other", "other"),
        # The model may not claim a signing or a follow-up meeting the words do not state.
        ("They agreed to expand trade.", "expand trade", "signed_document", "commitment"),
        ("They agreed to expand trade.", "expand trade", "intent_to_meet", "commitment"),
    ],
)
def test_agreement_type_follows_the_wording(
    sentence: str, summary: str, model_type: str, expected: str
) -> None:
    assert agreement_type_from(sentence, summary, model_type) == expected


def test_a_pledge_next_to_a_signing_is_typed_by_its_own_words() -> None:
    # One sentence reports a signed MoU and a pledge to keep talking: the pledge is not
    # itself a signed document.
    sentence = "They signed an MoU on fisheries and agreed to keep close communication."
    assert agreement_type_from(sentence, "MoU on fisheries", "commitment") == "signed_document"
    assert (
        agreement_type_from(sentence, "keep close communication", "commitment") == "intent_to_meet"
    )


@pytest.mark.parametrize(
    ("sentence", "joint"),
    [
        ("The two sides agreed to expand trade.", True),
        ("They reached a consensus on tariffs.", True),
        ("The ministers signed a fisheries pact.", True),
        ("Wang said China hoped Japan would lift the ban.", False),
        ("Lee urged Xi to do more on North Korea.", False),
    ],
)
def test_only_joint_wording_can_carry_an_agreement(sentence: str, joint: bool) -> None:
    assert is_joint(sentence) is joint


@pytest.mark.parametrize(
    "summary",
    [
        "Agreed to reconvene the joint committee in Riyadh before the end of the year",
        "Agreed that the Intergovernmental Consultations will be convened in Lviv in autumn",
        "Agreed that the next session of the Council would be held in Athens next year",
        "Agreed that the next summit will take place in Cork in the autumn",
    ],
)
def test_a_next_session_convened_or_held_is_an_intent_to_meet(summary: str) -> None:
    assert agreement_type_from(summary, summary, "commitment") == "intent_to_meet"
