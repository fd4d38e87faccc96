"""A date line above the headline, a meeting whose sides are listed after their
countries, an honorific before a Khmer name, a pair's telephone conversation, an
agency after a dateline's date, a lead naming the ministers of two countries, a visit
"to sign" with someone, an office the model wrote without its "the", a possessive day
of another event, and "welcomed" an outcome. Rules written after held-out round 21 was
recorded (its first score does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._cues import HELD
from extract._passages import is_headline, passages
from extract._people import same_person
from extract._published import dateline_place
from tests.support.scripted import extract, meeting


def test_a_headline_under_a_date_line_is_not_asked_about() -> None:
    text = (
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ICELAND\nPress release\n"
        "04.03.2027\n\nMinister Sigrún Halldórsdóttir held talks with the Minister for "
        "Foreign Affairs of Denmark, Lars Holm\n\n"
        "On 3 March 2027, Minister Sigrún Halldórsdóttir met Foreign Minister Lars Holm in "
        "Reykjavik."
    )
    split = passages(text)
    assert split[1].text.startswith("04.03.2027\n\nMinister")  # the date line and headline
    assert [is_headline(p, i) for i, p in enumerate(split)] == [True, True, False]


def test_a_meeting_of_ministers_listed_after_their_countries_has_all_of_them() -> None:
    text = (
        "VADUZ, 9 May 2027\n\n"
        "The ministry informs that the trilateral meeting of the foreign ministers of "
        "Austria, Slovakia and Belgium, Petra Lang, Juraj Kováč and Marc Dupont, scheduled "
        "to take place in Graz on the 14th, has been postponed at the request of the "
        "Belgian side."
    )
    result = extract(text, {"trilateral": []}, "2027-05-09")
    [postponed] = result.meetings
    assert [p.name for p in postponed.participants] == ["Petra Lang", "Juraj Kováč", "Marc Dupont"]
    assert (postponed.status.value, str(postponed.date), postponed.location) == (
        "cancelled",
        "2027-05-14",
        "Graz",
    )


def test_samdech_is_an_honorific_before_a_name() -> None:
    assert same_person("Samdech Thipadei Sok Vanna", "Moha Borvor Thipadei Sok Vanna")


def test_a_pair_that_held_a_telephone_conversation_had_a_call() -> None:
    text = (
        "Earlier, Prime Minister Sok Vanna and Lao Prime Minister Khamla Vongsa held a "
        "telephone conversation, during which the two leaders agreed to open a new "
        "border crossing."
    )
    result = extract(text, {"telephone": []}, "2027-09-16")
    [call] = result.meetings
    assert {p.name for p in call.participants} == {"Sok Vanna", "Khamla Vongsa"}
    assert call.kind.value == "call"
    assert [a.summary for a in call.agreements] == ["Agreed to open a new border crossing"]


def test_an_agency_after_the_dateline_date_still_makes_it_a_dateline() -> None:
    assert dateline_place("Kampot, March 2, 2027 AKP -- The minister arrived.") == "Kampot"


def test_a_lead_naming_the_ministers_of_two_countries_dates_the_talks_and_their_outcome() -> None:
    text = (
        "SANTO DOMINGO - The foreign ministers of Haiti and the Dominican Republic agreed "
        "on Monday to reopen the Dajabón border market, the ministry said.\n\n"
        "Minister Rosa Peralta and her Haitian counterpart, Jean Baptiste Morel, held the "
        "talks by video link."
    )
    result = extract(
        text, {"video link": [meeting(["Rosa Peralta", "Jean Baptiste Morel"], kind="virtual")]},
        "2027-06-22",
    )  # fmt: skip
    [talks] = result.meetings
    assert (str(talks.date), talks.date_text) == ("2027-06-21", "on Monday")
    assert [a.summary for a in talks.agreements] == [
        "Agreed on Monday to reopen the Dajabón border market"
    ]


def test_a_trip_to_sign_a_protocol_with_someone_put_off_is_a_cancelled_meeting() -> None:
    text = (
        "Minister Rosa Peralta had been due to travel to Port-au-Prince on June 29 to sign a "
        "transport protocol with Jean Baptiste Morel, but that meeting has been postponed "
        "indefinitely."
    )
    result = extract(text, {"had been due": []}, "2027-06-22")
    [trip] = result.meetings
    assert {p.name for p in trip.participants} == {"Rosa Peralta", "Jean Baptiste Morel"}
    assert (trip.status.value, str(trip.date)) == ("cancelled", "2027-06-29")


def test_an_office_written_without_its_the_is_still_found_and_its_holder_named() -> None:
    text = (
        "The governor is due to meet the mayor of the Costa Rican canton of Upala, Ana "
        "Quesada, on Tuesday, his office said. Governor Pablo Ríos will travel alone."
    )
    drafted = meeting(["Governor Pablo Ríos", "Mayor of Costa Rican canton of Upala"])
    result = extract(text, {"due to meet": [drafted]}, "2027-03-08")
    [plan] = result.meetings
    assert {p.name for p in plan.participants} == {"Pablo Ríos", "Ana Quesada"}


def test_a_possessive_day_of_another_event_does_not_date_a_planned_summit() -> None:
    text = (
        "The recommendations from Friday's session will be presented to Presidents Ana "
        "Ruiz of Panama and Jorge Mena of Costa Rica, who are expected to meet in David in "
        "April."
    )
    drafted = meeting(["Ana Ruiz", "Jorge Mena"], status="planned", date_text="in April")
    [summit] = extract(text, {"expected to meet": [drafted]}, "2027-03-08").meetings
    assert (summit.date, summit.date_text) == (None, "in April")


def test_welcoming_an_outcome_is_no_meeting_and_welcoming_a_guest_is() -> None:
    assert not HELD.search("The chamber's president welcomed Friday's agreement but said ...")
    assert not HELD.search("She welcomed the decision to reopen the post.")
    assert HELD.search("The minister welcomed his guest at the airport.")
