"""A readiness to meet that is no meeting, a courtesy call that "did not go ahead", a
signed list with lettered items, the same meeting told again in other words, an office
named two ways, and a "He" whose antecedent the sentence before names. Rules written
after held-out round 20 was recorded (its first score does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._agreed_lists import listed_items
from extract._cues import status_from
from extract._passages import Span
from tests.support.scripted import extract, meeting


def test_a_readiness_to_meet_nobody_proposed_is_no_meeting() -> None:
    text = (
        "COLOMBO - Chief Whip Ruwan Silva said the President was ready to meet Prime "
        "Minister Rakesh Rao at any time, but no such meeting had been proposed."
    )
    result = extract(text, {"ready to meet": [meeting(["Ruwan Silva", "Rakesh Rao"])]})
    assert result.meetings == []


def test_a_plan_agreed_after_the_talks_were_held_leaves_the_talks_held() -> None:
    sentence = (
        "The two prime ministers have agreed to reconvene the border committee, after the "
        "two leaders held talks by video link on Wednesday."
    )
    assert status_from(sentence, "planned") == "held"


def test_a_call_that_did_not_go_ahead_was_called_off() -> None:
    text = (
        "PORT MORESBY, 24 September 2026\n\n"
        "The embassy said Mr Hua had also been scheduled to call on Prime Minister Thomas "
        "Kaluwin on Wednesday, but the meeting did not go ahead."
    )
    result = extract(text, {"had also been": []}, "2026-09-24")
    [call] = result.meetings
    assert {p.name for p in call.participants} == {"Hua", "Thomas Kaluwin"}
    assert (call.status.value, str(call.date)) == ("cancelled", "2026-09-23")


def test_the_items_of_a_lettered_signed_list_are_signed_documents() -> None:
    text = (
        "In the presence of the two Ministers, the following instruments were signed:\n"
        "a. Memorandum of Understanding on Renewable Energy;\n"
        "b. Cultural Exchange Programme for 2027-2030.\n"
        "The Nepali side requested more flights."
    )
    items = listed_items(text, Span(0, len(text), text))
    assert [(a.type, a.summary) for a in items] == [
        ("signed_document", "Signed Memorandum of Understanding on Renewable Energy"),
        ("signed_document", "Signed Cultural Exchange Programme for 2027-2030"),
    ]
    assert all(text[a.sentence.start : a.sentence.end] == a.sentence.text for a in items)


TOLD_AGAIN = (
    "PORT MORESBY, 24 September 2026\n\n"
    "The video talks came a day after Foreign Affairs Minister Joseph Pundi met China's "
    "Vice Foreign Minister Hua Zhen in Port Moresby.\n\n"
    "A statement issued after Tuesday's meeting referred to him as Vice Minister Zhen Hua.\n\n"
    '"The Foreign Minister met the vice minister, and that is the right level," the Prime '
    "Minister said."
)


def test_one_meeting_told_three_ways_is_one_meeting_in_person() -> None:
    result = extract(
        TOLD_AGAIN,
        {
            "came a day after": [meeting(["Joseph Pundi", "Hua Zhen"], kind="virtual")],
            "Tuesday's meeting": [meeting(["Vice Minister Zhen Hua"])],
            "right level": [meeting(["Foreign Minister", "vice minister"])],
        },
        "2026-09-24",
    )
    [met] = result.meetings
    assert {p.name for p in met.participants} == {"Joseph Pundi", "Hua Zhen"}
    # "The video talks" are the other meeting's manner, not this one's.
    assert (met.kind.value, met.location) == ("in_person", "Port Moresby")


def test_he_is_the_one_person_the_sentence_before_names() -> None:
    text = (
        "RAROTONGA, 3 June 2026\n\n"
        "Foreign Minister Winston Peters met Prime Minister Mark Brown on Tuesday. Brown "
        "praised the visit. Brown also met the Speaker.\n\n"
        "The second leg of Peters' trip has fallen through. He had been due to fly on to "
        "Niue on Wednesday for talks with Premier Dalton Tagelagi, but that visit was called "
        "off."
    )
    result = extract(
        text,
        {
            "met Prime Minister": [meeting(["Winston Peters", "Mark Brown"])],
            "fly on to Niue": [meeting(["Dalton Tagelagi"], status="cancelled")],
        },
        "2026-06-03",
    )
    called_off = next(m for m in result.meetings if m.status.value == "cancelled")
    assert {p.name for p in called_off.participants} == {"Winston Peters", "Dalton Tagelagi"}
    assert called_off.location == "Niue"


def test_a_place_named_before_a_possessive_is_no_person() -> None:
    text = "THIMPHU - New Delhi's top diplomat came to town on a visit that did not happen."
    result = extract(text, {"top diplomat": [meeting(["New Delhi's top diplomat"])]})
    assert result.meetings == []
