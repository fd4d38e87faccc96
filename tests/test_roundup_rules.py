"""A weekly roundup and a ministry readout: long portfolio titles, styles before names,
offices written before a comma, documents listed with "as well as", "the parties agreed"
on its own, and a museum on a visit's programme: rules written after the held-out round
11 (g87-g92).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import ArticleExtraction
from extract._people import split_title
from tests.support.scripted import agreed, by_people, extract, meeting

ROUNDUP = (
    "THE WEEK IN THE GULF\n"
    "Coastal Weekly - Saturday, 10 October 2026\n\n"
    "OMAN - KUWAIT: Ports talks\n"
    "Oman's Minister of Transport, Salim Nasser Al-Rawahi, opened the Muscat Logistics Week "
    "on Monday on behalf of the Sultan. On the sidelines, Al-Rawahi met Kuwaiti Minister of "
    "Electricity and Water Khalid Saad Al-Fares. The two ministers agreed to study a shared "
    "desalination plant.\n\n"
    "QATAR - IRAQ: Call\n"
    "Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Hamad bin Ali Al Thani, "
    "spoke by telephone on Tuesday with Iraqi Foreign Minister Karim Jaber.\n\n"
    "BAHRAIN - EGYPT: Visit\n"
    "Bahrain's Foreign Minister Sheikh Rashid bin Salman Al Khalifa received Egyptian Foreign "
    "Minister Tarek Mansour in Manama on Wednesday. The two foreign ministers, Bahrain's "
    "Rashid bin Salman Al Khalifa and Egypt's Tarek Mansour, also chaired a business forum."
)


def _roundup() -> ArticleExtraction:
    return extract(
        ROUNDUP,
        {
            # The model drafts the stand-in's principal and misses the one he met.
            "Al-Rawahi, opened": [
                meeting(
                    ["Salim Nasser Al-Rawahi", "the Sultan"],
                    agreements=[agreed("agreed to study a shared desalination plant")],
                )
            ],
            "spoke by telephone": [
                meeting(["Sheikh Hamad bin Ali Al Thani", "Karim Jaber"], kind="call")
            ],
            "received Egyptian": [
                meeting(["Foreign Minister Sheikh Rashid bin Salman Al Khalifa", "Tarek Mansour"])
            ],
        },
        "2026-10-10",
    )


def test_a_sidelines_meeting_the_model_missed_is_read_from_the_sentence() -> None:
    talks = by_people(_roundup())[("Khalid Saad Al-Fares", "Salim Nasser Al-Rawahi")]
    assert [a.summary for a in talks.agreements] == ["Agreed to study a shared desalination plant"]
    titles = {p.name: p.title for p in talks.participants}
    # "of Electricity and Water": the whole portfolio, not a person called "Water Khalid".
    assert titles["Khalid Saad Al-Fares"] == "Minister of Electricity and Water"
    # The office written before the comma of the full name, found through "Al-Rawahi".
    assert titles["Salim Nasser Al-Rawahi"] == "Minister of Transport"


def test_a_style_before_a_name_is_not_the_office() -> None:
    meetings = by_people(_roundup())
    call = meetings[("Hamad bin Ali Al Thani", "Karim Jaber")]
    assert {p.name: p.title for p in call.participants}["Hamad bin Ali Al Thani"] == (
        "Prime Minister and Minister of Foreign Affairs"
    )
    visit = meetings[("Rashid bin Salman Al Khalifa", "Tarek Mansour")]
    assert {p.title for p in visit.participants} == {"Foreign Minister"}
    assert split_title("Foreign Minister Sheikh Rashid")[0] == "Foreign Minister"


def test_the_two_foreign_ministers_with_their_countries_hold_that_office() -> None:
    text = (
        "Video talks on the border\n\nPublished: 4 May 2026\n\n"
        "On Monday the two foreign ministers, Chile's Ana Ríos Vega and Argentina's Tomás "
        "Iturbe Sosa, held a video conference on the mountain passes."
    )
    found = extract(text, {"video conference": [meeting(["Ana Ríos Vega", "Tomás Iturbe Sosa"])]})
    (talks,) = found.meetings
    assert {p.title for p in talks.participants} == {"Foreign Minister"}


READOUT = (
    "MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\n12 March 2026\n\n"
    "On 11 March 2026, Minister of Foreign Affairs Aigerim Saparova held talks in Astana with "
    "Minister of Foreign Affairs of Georgia Levan Abashidze.\n\n"
    "Following the talks, the two ministers signed the Memorandum of Understanding on "
    "Cooperation between the Diplomatic Training Institute of the Ministry of Foreign Affairs "
    "of Kazakhstan and the Diplomatic Training Institute of the Ministry of Foreign Affairs of "
    "Georgia, as well as the Programme of Consultations for 2026-2027.\n\n"
    "The parties agreed to hold the next session of the Joint Commission in Tbilisi in the "
    "autumn.\n\n"
    "During his stay, Minister Abashidze is scheduled to visit the National Museum of "
    "Kazakhstan and meet students of the Diplomatic Training Institute."
)


def test_listed_documents_and_the_parties_agreement_join_the_talks() -> None:
    found = extract(
        READOUT,
        {
            "held talks": [meeting(["Aigerim Saparova", "Levan Abashidze"])],
            "signed the Memorandum": [
                meeting(
                    ["Minister of Foreign Affairs of Kazakhstan", "Diplomatic Training Institute"],
                    agreements=[
                        agreed("signed the Memorandum of Understanding", "signed_document")
                    ],
                )
            ],
            # The model drafts nobody real for the paragraph on its own.
            "The parties agreed": [
                meeting(["Joint Commission", "Tbilisi"], status="planned", kind="virtual")
            ],
            # A museum on the programme is not a person met.
            "During his stay": [
                meeting(["Minister Abashidze", "National Museum of Kazakhstan"], status="planned")
            ],
        },
    )
    (talks,) = found.meetings
    summaries = {a.summary: a.type for a in talks.agreements}
    assert summaries["The Programme of Consultations for 2026-2027"] == "signed_document"
    assert any(s.startswith("Signed the Memorandum") for s in summaries)
    next_session = next(s for s in summaries if "Joint Commission" in s)
    assert summaries[next_session] == "intent_to_meet"


SECTIONS = (
    "THE WEEK IN BRIEF: Lima, Quito and a call-off in Panama\n\n"
    "Weekly Desk - Friday, 20 November 2026\n\n"
    "LIMA - Presidents Rosa Quispe of Peru and Andrés Molina of Ecuador met in the Peruvian "
    "capital on Wednesday and signed a framework agreement on a border bridge.\n\n"
    "QUITO - Ecuador's Foreign Minister Pablo Vera hosted his Colombian counterpart Laura "
    "Ortiz on Tuesday. Chile's Foreign Minister Tomás Rojas, held up in Santiago, was "
    "represented by State Secretary Inés Soto.\n\n"
    "PANAMA CITY - Talks between Costa Rica's Security Minister Diego Arce and Panama's acting "
    "Security Minister, Luis Batista, were called off on Thursday.\n\n"
    "NEXT WEEK - Leaders gather in Geneva."
)


def test_a_roundups_paragraphs_each_give_their_place_and_stand_ins_join() -> None:
    meetings = by_people(
        extract(SECTIONS, {"Presidents Rosa": [meeting(["Rosa Quispe", "Andrés Molina"])]})
    )
    lima = meetings[("Andrés Molina", "Rosa Quispe")]
    assert lima.location == "Lima"
    # "Presidents A of X and B of Y": each holds the office.
    assert {p.title for p in lima.participants} == {"President"}
    quito = meetings[("Inés Soto", "Laura Ortiz", "Pablo Vera")]  # the stand-in is a side
    assert quito.location == "Quito"
    called_off = meetings[("Diego Arce", "Luis Batista")]
    assert (called_off.status, called_off.location) == ("cancelled", "Panama City")
    assert not any("Tomás Rojas" in names for names in meetings)


STATEMENT = (
    "JOINT PRESS STATEMENT\n\nAsunción and Lima, 9 June 2027\n\n"
    "The Minister of Foreign Affairs of Paraguay, Ana Benítez, and the Minister of Foreign "
    "Affairs of Peru, Jorge Salas, held a meeting by videoconference today.\n\n"
    "The Paraguayan Minister of Public Works, Óscar Villalba, also took part. The Minister of "
    "Transport of Peru, who is travelling, was represented by the Undersecretary of Transport, "
    "Paula Ruiz."
)


def test_those_who_also_took_part_or_stood_in_join_the_meeting_told_before() -> None:
    found = extract(STATEMENT, {"videoconference": [meeting(["Ana Benítez", "Jorge Salas"])]})
    (talks,) = found.meetings
    titles = {p.name: p.title for p in talks.participants}
    assert sorted(titles) == ["Ana Benítez", "Jorge Salas", "Paula Ruiz", "Óscar Villalba"]
    assert titles["Óscar Villalba"] == "Minister of Public Works"
    assert titles["Paula Ruiz"] == "Undersecretary of Transport"
    assert talks.kind == "virtual"


def test_the_day_of_the_clause_that_names_the_people() -> None:
    text = (
        "Island neighbours\n\nPublished Monday, 14 September 2026\n\n"
        "Prime Minister Jonah Kila flew into Honiara last Wednesday on his first visit, and "
        "last Thursday he sat down with his counterpart, Prime Minister Peter Ramo."
    )
    found = extract(
        text, {"sat down": [meeting(["Jonah Kila", "Peter Ramo"], date_text="last Wednesday")]}
    )
    (talks,) = found.meetings
    assert (talks.date, talks.location) == (dt.date(2026, 9, 10), "Honiara")


def test_who_joined_the_two_leaders_and_ministers_of_their_countries() -> None:
    text = (
        "Neighbours sign a border deal\n\nPublished Monday, 14 September 2026\n\n"
        "Prime Minister Jonah Kila met his counterpart, Prime Minister Peter Ramo, in Honiara "
        "last Thursday. Mary Tok, President of the Autonomous Region of Buka, which remains part "
        "of the country, joined the two leaders for the talks on the sea border. The two prime "
        "ministers signed a border management arrangement.\n\n"
        "The following day the foreign ministers, Rachel Wambi of Papua New Guinea and Elison "
        "Kuve of Solomon Islands, met at the foreign ministry."
    )
    script = {
        "met his counterpart": [meeting(["Jonah Kila", "Peter Ramo"])],
        "The following day": [meeting(["Rachel Wambi", "Elison Kuve"])],
    }
    found = by_people(extract(text, script))
    talks = found[("Jonah Kila", "Mary Tok", "Peter Ramo")]  # "X, ..., joined the two leaders"
    assert [a.type for a in talks.agreements] == ["signed_document"]  # an "arrangement"
    ministers = found[("Elison Kuve", "Rachel Wambi")]
    countries = {p.name: p.country for p in ministers.participants}
    assert countries == {"Rachel Wambi": "Papua New Guinea", "Elison Kuve": "Solomon Islands"}
