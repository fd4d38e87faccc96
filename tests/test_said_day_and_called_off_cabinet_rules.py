"""Held-out round 42 leftovers: a day that is a statement's ("a joint communique released
in Lusaka on Wednesday", "the ministry said on Thursday"), a summit "at which" two leaders
"were to have signed" that was postponed, its day and town told in the next paragraph, a
call whose neighbour mentions "their virtual session next week", a plan "hoped to sign",
"no new commitments were announced", an envoy "for Pacific Island Affairs, X", a
leader "accompanied by" a minister, "The United Nations Special Envoy for Yemen, X", and
a joint statement the two governments "released", "in which they undertook to" act, and
a dialogue the two "further agreed to hold", drafted as a planned meeting of the same two.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._agreed_clauses import joint_agreement_in
from extract._agreements import _split_compound
from extract._other_event_days import meeting_mentions
from tests.support.scripted import agreed, by_people, extract, meeting

PUBLISHED = dt.date(2027, 3, 11)  # a Thursday


def _days(sentence: str) -> list[str]:
    return [m.text for m in meeting_mentions(sentence, PUBLISHED, "past")]


def test_a_statements_day_is_not_the_meetings() -> None:
    assert (
        _days(
            "Mwale and Banda signed the accord at the end of the session, according to a joint "
            "communique released in Lusaka on Wednesday evening."
        )
        == []
    )
    assert _days("The talks were called off, the ministry said on Thursday.") == []
    assert _days("The talks were called off, officials said Thursday.") == []


def test_said_on_a_day_after_the_talks_is_still_the_talks_day() -> None:
    assert _days(
        "The border will stay open at night, Mwale said on Thursday after talks with Banda."
    ) == ["on Thursday"]


COMMUNIQUE = (
    "LUSAKA, March 11, 2027 (Wire) - Zambia and Malawi agreed on Tuesday to open a second "
    "border post, after Foreign Minister Chanda Mwale hosted Malawi's Foreign Minister Peter "
    "Banda for talks in Livingstone.\n\n"
    "Mwale and Banda signed a visa accord at the end of the session, according to a joint "
    "communique released in Lusaka on Wednesday evening."
)


def test_a_signing_told_with_the_communiques_day_stays_with_the_talks() -> None:
    talks = meeting(["Foreign Minister Chanda Mwale", "Foreign Minister Peter Banda"])
    signed = meeting(
        ["Chanda Mwale", "Peter Banda"],
        date_text="Wednesday evening",
        agreements=[agreed("signed a visa accord", "signed_document")],
    )
    result = extract(COMMUNIQUE, {"hosted": [talks], "communique": [signed]}, "2027-03-11")
    (only,) = result.meetings
    assert only.date == dt.date(2027, 3, 9)
    assert "signed_document" in [a.type.value for a in only.agreements]


POSTPONED = (
    "QUITO, March 11, 2027 - A binational cabinet meeting at which Ecuador's President Ana "
    "Lucia Vera and Colombia's President Julian Ospina Rey were to have signed a river "
    "accord has been postponed indefinitely, the Ecuadorean Foreign Ministry said on "
    "Thursday.\n\n"
    "The meeting, the first in four years, had been scheduled for Saturday in the northern "
    "border city of Tulcan, with ministers from both countries expected to attend."
)


def test_a_summit_at_which_two_were_to_sign_is_called_off_on_the_day_it_was_due() -> None:
    # The model found nothing in either paragraph: the plain wording names the two.
    result = extract(POSTPONED, {}, "2027-03-11")
    (summit,) = result.meetings
    assert {p.name for p in summit.participants} == {"Ana Lucia Vera", "Julian Ospina Rey"}
    assert (summit.status.value, summit.date, summit.location) == (
        "cancelled",
        dt.date(2027, 3, 13),
        "Tulcan",
    )


CALL = (
    "LIMA, March 11, 2027 - Chile's Foreign Minister Marta Soto telephoned her Peruvian "
    "counterpart, Raul Vargas, on Wednesday to explain the delay. During the call the two "
    "ministers agreed to set a new date for the binational cabinet meeting, and agreed that "
    "their technical teams would hold their scheduled virtual session next week."
)


def test_a_call_stays_a_call_when_the_next_sentence_tells_of_a_virtual_session() -> None:
    drafted = meeting(
        ["Foreign Minister Marta Soto", "Raul Vargas"],
        kind="virtual",
        date_text="on Wednesday",
        agreements=[agreed("set a new date for the binational cabinet meeting")],
    )
    (call,) = extract(CALL, {"telephoned": [drafted]}, "2027-03-11").meetings
    assert call.kind.value == "call"
    (new_date,) = [a for a in call.agreements if "new date" in a.summary]
    assert new_date.type.value == "intent_to_meet"


TRIP = (
    "LIMA, March 11, 2027 - The foreign minister, Raul Vargas, is due to travel to Brasilia "
    "next Tuesday for talks with Brazilian Foreign Minister Helena Prado. Peruvian officials "
    "said they hoped to sign an agreement on customs cooperation during the visit."
)


def test_a_signing_hoped_for_is_no_agreement_of_the_planned_talks() -> None:
    drafted = meeting(
        ["Raul Vargas", "Foreign Minister Helena Prado"],
        status="planned",
        date_text="next Tuesday",
        agreements=[agreed("signed an agreement on customs cooperation", "signed_document")],
    )
    (talks,) = extract(TRIP, {"due to travel": [drafted]}, "2027-03-11").meetings
    assert talks.status.value == "planned"
    assert talks.agreements == []


SIDELINES = (
    "APIA, March 11, 2027 - On Wednesday, Australian Prime Minister Daniel Moore, "
    "accompanied by Foreign Minister Priya Nair, held talks with Papua New Guinea Prime "
    "Minister Kila Tomu. The two leaders agreed to meet again in December, but no new "
    "commitments were announced.\n\n"
    "On Thursday, Forum Secretary General Losana Vaai met China's Special Envoy for Pacific "
    "Island Affairs, Zhou Lin, who was in Apia for the partners' dialogue."
)


def test_who_came_along_is_at_the_talks_and_no_commitment_is_no_agreement() -> None:
    # The model's draft left out the host and listed what was not agreed.
    drafted = meeting(
        ["Daniel Moore", "Foreign Minister Priya Nair"],
        date_text="On Wednesday",
        agreements=[
            agreed("agreed to meet again in December", "intent_to_meet"),
            agreed("No new commitments were announced", "other"),
        ],
    )
    result = extract(SIDELINES, {"accompanied": [drafted]}, "2027-03-11")
    talks = by_people(result)[("Daniel Moore", "Kila Tomu", "Priya Nair")]
    assert [a.type.value for a in talks.agreements] == ["intent_to_meet"]


def test_an_envoys_portfolio_is_not_a_person() -> None:
    result = extract(SIDELINES, {}, "2027-03-11")
    assert ("Losana Vaai", "Zhou Lin") in by_people(result)
    assert all(p.name != "Island Affairs" for m in result.meetings for p in m.participants)


ENVOY = (
    "MUSCAT, March 11, 2027 (Gulf Wire) - The United Nations Special Envoy for Yemen, Ingrid "
    "Solberg, met Oman's Foreign Minister Sayyid Badr bin Salim Al Harthy in Muscat on "
    "Wednesday."
)


def test_an_organisations_envoy_in_apposition_holds_its_office_and_flag() -> None:
    drafted = meeting(["Ingrid Solberg", "Sayyid Badr bin Salim Al Harthy"])
    (talks,) = extract(ENVOY, {"met": [drafted]}, "2027-03-11").meetings
    people = {p.name: p for p in talks.participants}
    assert (people["Ingrid Solberg"].title, people["Ingrid Solberg"].country) == (
        "Special Envoy for Yemen",
        "United Nations",
    )
    # "Sayyid" is how the minister is styled, not part of his office.
    (omani,) = [p for n, p in people.items() if n != "Ingrid Solberg"]
    assert (omani.title, omani.country) == ("Foreign Minister", "Oman")


VIDEO = (
    "TOKYO, March 11, 2027 - Japanese Foreign Minister Ken Ota and his Vietnamese "
    "counterpart Tran Van Minh held talks by video conference on Tuesday.\n\n"
    "Following the talks, the two governments released a joint statement on critical "
    "minerals, in which they undertook to cooperate on the processing of rare earths."
)


def test_a_joint_statement_released_after_the_talks_is_their_signed_document() -> None:
    drafted = meeting(["Foreign Minister Ken Ota", "Tran Van Minh"], kind="virtual")
    outcome = meeting(
        ["Ken Ota", "Tran Van Minh"],
        agreements=[agreed("released a joint statement on critical minerals")],
    )
    result = extract(VIDEO, {"video": [drafted], "joint statement": [outcome]}, "2027-03-11")
    (talks,) = result.meetings
    assert [a.type.value for a in talks.agreements] == ["signed_document"]


FURTHER = (
    "TOKYO, March 11, 2027 - Japanese Foreign Minister Ken Ota and his Vietnamese "
    "counterpart Tran Van Minh held talks by video conference on Tuesday.\n\n"
    'Ota and Minh further agreed to hold the first "two-plus-two" dialogue between their '
    "foreign and defence ministers in Hanoi in the autumn."
)


def test_a_meeting_the_sides_further_agreed_to_hold_is_what_the_talks_agreed() -> None:
    drafted = meeting(["Foreign Minister Ken Ota", "Tran Van Minh"], kind="virtual")
    # A small model drafts the agreed dialogue as a planned meeting of the same two.
    planned = meeting(["Ota", "Minh"], status="planned", date_text="in the autumn")
    result = extract(FURTHER, {"video": [drafted], "two-plus-two": [planned]}, "2027-03-11")
    (talks,) = result.meetings
    assert talks.status.value == "held"
    assert [a.type.value for a in talks.agreements] == ["intent_to_meet"]
    assert "two-plus-two" in talks.agreements[0].summary


def test_a_long_first_item_keeps_the_last_one_whole() -> None:
    told = joint_agreement_in(
        "The leaders also agreed to open negotiations on a bilateral arrangement for aerial "
        "and maritime surveillance patrols, with officials instructed to report back to both "
        "cabinets by the end of the year, and agreed that Ms Holloway would make a return "
        "visit to Suva in September."
    )
    assert told is not None
    assert len(told.what) <= 200
    assert _split_compound(told.what)[-1] == (
        "agreed that Ms Holloway would make a return visit to Suva in September"
    )
