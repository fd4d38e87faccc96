"""A signing told in the meeting's own clause ("A and B met at the hotel and signed a
memorandum on ..."), and a call "took part on Sunday in" that the preparations for an
upcoming meeting do not turn into a plan. Rules written before held-out round 19's first
score was read.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._agreed_clauses import joint_agreement_in
from extract._cues import status_from
from tests.support.scripted import extract, meeting

SIGNING = (
    "LILONGWE, 6 May 2026\n\n"
    "On Tuesday, Malawi's Foreign Minister Grace Banda and Tanzania's Minister of Energy, "
    "Juma Said, met at the Capital Hotel and signed a memorandum of understanding on "
    "cross-border power lines."
)


def test_met_and_signed_gives_the_meeting_a_signed_document() -> None:
    result = extract(SIGNING, {"met at the Capital": [meeting(["Grace Banda", "Juma Said"])]})
    [found] = result.meetings
    assert [(a.type.value, a.summary) for a in found.agreements] == [
        ("signed_document", "Signed a memorandum of understanding on cross-border power lines")
    ]


def test_a_signature_after_the_meeting_in_another_sentence_is_not_joint() -> None:
    # One side's signing, told on its own, is not what the meeting agreed.
    assert joint_agreement_in("Banda met Said on Tuesday.") is None
    assert joint_agreement_in("Banda later signed a visitors' book.") is None


def test_a_call_taken_part_in_on_a_named_day_was_held() -> None:
    sentence = (
        "Separately, Grace Banda took part on Sunday in a video conference with Kenya's Foreign "
        "Minister Ruth Otieno, which addressed the preparations for the upcoming meeting of "
        "the regional council of ministers."
    )
    # Before these rules: "planned" (the upcoming meeting's word, and no held verb).
    assert status_from(sentence, "planned") == "held"
    result = extract(
        "LILONGWE, 6 May 2026\n\n" + sentence,
        {"took part on Sunday": [meeting(["Grace Banda", "Ruth Otieno"], status="planned")]},
    )
    [call] = result.meetings
    assert call.status.value == "held"
    assert str(call.date) == "2026-05-03"
