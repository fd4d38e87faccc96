"""Held-out round 43 leftovers: a meeting that "could" happen ("could meet his Turkish
counterpart ... if the conditions are right"), and a Q&A whose introduction names the
interviewee after his office ("Minister of Foreign Affairs and Foreign Trade Dorian
Fairclough has spent ...") so that "A: When I met President X in March" is his meeting,
held where the question before says he went ("Q: You went to Santo Domingo in March"),
a meeting one side "had been due to" hold when "his office said he would not attend", and
a UN agency's head ("UNICEF Executive Director X") who stands for the agency, and "During
the call, ..." after a lead that names two days, one of them the call's, and a press
release's "The Uzbek delegation held a meeting with State Secretary at the Federal Ministry
for Economic Affairs and Energy X", and a declaration "which commits the secretariat to"
do what the model reported as the agreement.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._no_meeting import tells_no_meeting
from tests.support.scripted import agreed, by_people, extract, meeting


def test_a_meeting_that_could_happen_is_none() -> None:
    assert tells_no_meeting(
        "A spokesman said Foreign Minister Omar Saleh could meet his Turkish counterpart, "
        "Mehmet Aydin, in Jeddah next month if the conditions are right."
    )
    assert tells_no_meeting("The two leaders might hold talks on the sidelines, aides said.")
    assert not tells_no_meeting("Omar Saleh met Mehmet Aydin in Jeddah on Monday.")


COULD = (
    "BAGHDAD, March 11, 2027 - Foreign ministry spokesman Ali Kareem said Foreign Minister "
    "Omar Saleh could meet his Turkish counterpart, Mehmet Aydin, on the sidelines of next "
    "month's meeting in Jeddah if the conditions are right."
)


def test_no_meeting_is_reported_for_one_that_could_happen() -> None:
    # As a small model answers: the spokesman and the minister, the rest as an "agreement".
    drafted = meeting(
        ["Foreign ministry spokesman Ali Kareem", "Foreign Minister Omar Saleh"],
        status="planned",
        location="Jeddah",
        agreements=[agreed("could meet his Turkish counterpart, Mehmet Aydin", "intent_to_meet")],
    )
    assert extract(COULD, {"could meet": [drafted]}, "2027-03-11").meetings == []


INTERVIEW = (
    "INTERVIEW: 'We cannot sit out' - Foreign Minister Dorian Blake\n\n"
    "KINGSTON, Sunday, March 7, 2027 - A year into the job, Minister of Foreign Affairs and "
    "Foreign Trade Dorian Blake has spent more time on aeroplanes than in his office. He sat "
    "down with us to talk about security.\n\n"
    "Q: You went to Santo Domingo in February. What came out of it?\n\n"
    "A: When I met President Esteban Rojas in February, we spent two hours on maritime "
    "security.\n\n"
    "Q: Where does Mexico fit in?\n\n"
    "A: On March 19 I will be in Mexico City to meet the Secretary of Foreign Affairs, Lucia "
    "Arriaga."
)


def test_the_interviewee_named_after_his_office_is_the_i_of_the_answers() -> None:
    # The model named no one in the first answer, and only the host in the second: the
    # turns and the introduction say who "I" is.
    host = meeting(["Lucia Arriaga"], status="planned", date_text="On March 19")
    result = extract(INTERVIEW, {"Mexico City": [host]}, "2027-03-07")
    people = by_people(result)
    assert ("Dorian Blake", "Esteban Rojas") in people
    plan = people[("Dorian Blake", "Lucia Arriaga")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2027, 3, 19))


def test_a_meeting_told_in_an_answer_takes_the_place_its_question_names() -> None:
    # "Q: You went to Santo Domingo in February. ... A: When I met President X": there, not
    # at the Kingston dateline; the answer that names its own place keeps it.
    host = meeting(["Lucia Arriaga"], status="planned", date_text="On March 19")
    people = by_people(extract(INTERVIEW, {"Mexico City": [host]}, "2027-03-07"))
    assert people[("Dorian Blake", "Esteban Rojas")].location == "Santo Domingo"
    assert people[("Dorian Blake", "Lucia Arriaga")].location == "Mexico City"


PULLED_OUT = (
    "HELSINKI, March 11, 2027 (Nordic News Service) - UNICEF Executive Director Rosa Vermeer "
    "held talks with a senior Finnish official on Wednesday.\n\n"
    "Minister for Development Ville Koski had been due to receive Vermeer at the ministry on "
    "Wednesday afternoon. On Wednesday morning his office said he would not attend because "
    "of budget talks.\n\n"
    "State Secretary Hanna Laine met Vermeer in his place."
)


def test_a_meeting_one_side_said_he_would_not_attend_is_called_off() -> None:
    due = meeting(["Minister for Development Ville Koski", "Vermeer"], date_text="Wednesday")
    held = meeting(["State Secretary Hanna Laine", "Vermeer"])
    result = extract(PULLED_OUT, {"due to receive": [due], "in his place": [held]}, "2027-03-11")
    people = by_people(result)
    called_off = people[("Rosa Vermeer", "Ville Koski")]
    assert (called_off.status.value, called_off.date) == ("cancelled", dt.date(2027, 3, 10))
    # A UN agency's head stands for the agency, so the Finns keep Finland.
    stand_in = people[("Hanna Laine", "Rosa Vermeer")]
    assert {p.name: p.country for p in stand_in.participants} == {
        "Hanna Laine": "Finland",
        "Rosa Vermeer": "UNICEF",
    }


BORDER_WEEK = (
    "QUITO, March 15 - Ecuadorean President Rafael Mena received Peru's defence minister on "
    "Saturday, capping a week that began with a telephone call to Colombian President Marta "
    "Ruiz last Thursday.\n\n"
    "During the call, Mena and Ruiz discussed attacks along the river, where nine soldiers "
    "have been killed since January."
)


def test_during_the_call_takes_the_day_written_with_the_call_told_before() -> None:
    drafted = meeting(["Mena", "Ruiz"], date_text="since January")
    result = extract(BORDER_WEEK, {"During the call": [drafted]}, "2027-03-15")
    call = by_people(result)[("Marta Ruiz", "Rafael Mena")]
    # "since January" is how long the attacks have gone on; the call was "last Thursday".
    assert (call.date, call.kind.value, call.location) == (dt.date(2027, 3, 11), "call", None)


PROGRAMME = (
    "Ministry of Foreign Affairs of the Republic of Uzbekistan\n\n"
    "Tashkent, 11 March 2027\n\n"
    "On 8-10 March 2027, Deputy Minister of Foreign Affairs of the Republic of Uzbekistan "
    "Jasur Aliev paid a working visit to Berlin.\n\n"
    "8 March\n\n"
    "Deputy Minister Aliev held talks with Minister of State Katrin Vogel.\n\n"
    "10 March\n\n"
    "The Uzbek delegation held a meeting with State Secretary at the Federal Ministry for "
    "Economic Affairs and Energy Tobias Roth. The parties discussed trade."
)


def test_a_delegation_meets_a_holder_of_a_long_office() -> None:
    visit = meeting(["Jasur Aliev"], date_text="8-10 March 2027", location="Berlin")
    talks = meeting(["Deputy Minister Aliev", "Minister of State Katrin Vogel"])
    # The model's answer for the last entry: no one it could name.
    lost = meeting(["Uzbek delegation", "State Secretary"], location="Tobias Roth")
    script = {"working visit": [visit], "Vogel": [talks], "delegation": [lost]}
    result = extract(PROGRAMME, script, "2027-03-11")
    people = by_people(result)
    assert people[("Jasur Aliev", "Tobias Roth")].date == dt.date(2027, 3, 10)
    # A ten-word office before the name, "Deputy" and all.
    (aliev,) = [
        p for p in people[("Jasur Aliev", "Katrin Vogel")].participants if "Aliev" in p.name
    ]
    assert (aliev.title or "").startswith("Deputy Minister of Foreign Affairs")


def test_a_release_from_home_places_the_visits_meetings_where_the_visit_was() -> None:
    talks = meeting(["Deputy Minister Aliev", "Minister of State Katrin Vogel"])
    (held,) = extract(PROGRAMME, {"Vogel": [talks]}, "2027-03-11").meetings
    assert held.location == "Berlin"  # not the release's "Tashkent"


DECLARATION = (
    "VIENTIANE, March 11, 2027 - Lao Minister Khamla Vong, Cambodia's Minister Sok Dara, "
    "Thailand's Minister Chai Wong and Vietnam's Deputy Minister Tran Hau met on Thursday.\n\n"
    "The four signed the Vientiane Declaration on Flood Warning, which commits the "
    "commission's secretariat to issue shared seasonal forecasts and to publish river-level "
    "alerts in all four national languages."
)


def test_what_a_signed_declaration_commits_others_to_is_the_signing() -> None:
    four = ["Khamla Vong", "Sok Dara", "Chai Wong", "Tran Hau"]
    held = meeting(four)
    # The model reports the declaration's content as the agreement.
    content = meeting(
        ["Commission's secretariat"],
        agreements=[
            agreed(
                "commitment to issue shared seasonal forecasts and to publish river-level alerts"
            )
        ],
    )
    result = extract(
        DECLARATION, {"met on": [held], "Vientiane Declaration": [content]}, "2027-03-11"
    )
    (talks,) = result.meetings
    assert [(a.summary, a.type.value) for a in talks.agreements] == [
        ("Signed the Vientiane Declaration on Flood Warning", "signed_document")
    ]
