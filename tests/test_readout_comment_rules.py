"""Held-out round 37 leftovers: a presidency's call readout that also "welcomed the talks
held in Paris between" two ministers (the president comments on those talks, and what "the
two Presidents agreed" later is the call's), and an agreement whose relative clauses the
model split off as items of their own ("co-chaired by ...", "will hold its first session").

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short readout written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import agreed, by_people, extract, meeting

READOUT = (
    "Telephone conversation with the President of Ghana\n\n"
    "Élysée Palace, Paris — 14 September 2026\n\n"
    "The President of the Republic, Laurent Favre, spoke by telephone this Monday with the "
    "President of the Republic of Ghana, Kwame Asare.\n\n"
    "The President of the Republic welcomed the talks held in Paris on 9 September between "
    "the Minister for Europe and Foreign Affairs, Jean-Paul Mercier, and the Ghanaian "
    "Minister of Foreign Affairs, Efua Boateng, which prepared the next strategic dialogue.\n\n"
    "The two Heads of State devoted much of their exchange to the energy transition. To this "
    "end, the two Presidents agreed to set up a working group on critical minerals, "
    "co-chaired by the two economy ministries, which will hold its first session in Accra "
    "before the end of the year."
)


def test_a_president_who_welcomed_the_ministers_talks_is_not_in_them() -> None:
    result = extract(
        READOUT,
        {
            "spoke by telephone": [
                meeting(["Laurent Favre", "Kwame Asare"], kind="call", date_text="this Monday")
            ],
            "welcomed the talks": [
                meeting(
                    ["President of the Republic", "Jean-Paul Mercier", "Efua Boateng"],
                    date_text="9 September",
                )
            ],
            "devoted much": [
                meeting(
                    ["Jean-Paul Mercier", "Efua Boateng"],
                    agreements=[
                        agreed("set up a working group on critical minerals"),
                        agreed("co-chaired by the two economy ministries"),
                        agreed("will hold its first session in Accra before the end of the year"),
                    ],
                )
            ],
        },
        None,
    )
    found = by_people(result)
    assert set(found) == {
        ("Kwame Asare", "Laurent Favre"),
        ("Efua Boateng", "Jean-Paul Mercier"),
    }
    talks = found[("Efua Boateng", "Jean-Paul Mercier")]
    call = found[("Kwame Asare", "Laurent Favre")]
    assert talks.date == dt.date(2026, 9, 9)
    assert talks.agreements == []  # "the two Presidents agreed": the call's
    (group,) = call.agreements  # one item, not its relative clauses as three
    assert "working group on critical minerals" in group.summary


def test_a_meeting_where_the_sides_agreed_a_committee_would_meet_later_was_held() -> None:
    text = (
        "ADDIS ABABA, Feb 15 (Reuters) - Nigeria's Vice President Ibrahim Danjuma met "
        "Algerian President Rachid Benmansour on Saturday evening at the Algerian delegation's "
        "hotel, where the two sides agreed that the steering committee of the gas pipeline "
        "would meet in Abuja in April."
    )
    result = extract(
        text,
        {
            "met Algerian President": [
                meeting(
                    ["Ibrahim Danjuma", "Rachid Benmansour"],
                    status="planned",
                    date_text="Saturday evening",
                    location="Abuja",
                )
            ]
        },
        dt.date(2027, 2, 15),
    )
    (talks,) = result.meetings
    assert talks.status.value == "held"  # "met ... on Saturday"; the committee meets later
    assert talks.date == dt.date(2027, 2, 13)
    assert talks.location != "Abuja"


def test_a_final_acts_resolutions_after_resolved_to_and_em_dashes() -> None:
    text = (
        "MACARÁ, Ecuador, November 20, 2026 — The session of the binational border committee, "
        "held in Macará on Thursday, was co-chaired by the Governor of Loja, Ximena Paredes "
        "Ordóñez, and the Vice Governor of Piura, Hernán Chumacero Zapata.\n\n"
        "According to the final act, the two delegations resolved to:\n\n"
        "— open the border post on the Macará bridge 24 hours a day from January 1;\n"
        "— carry out a joint vaccination campaign in the border districts;\n"
        "— hold the next session of the committee in Piura in 2027."
    )
    result = extract(
        text,
        {
            "co-chaired": [
                meeting(
                    ["Ximena Paredes Ordóñez", "Hernán Chumacero Zapata"], date_text="on Thursday"
                )
            ]
        },
        None,
    )
    (session,) = result.meetings
    assert [a.summary for a in session.agreements] == [
        "Agreed to open the border post on the Macará bridge 24 hours a day from January 1",
        "Agreed to carry out a joint vaccination campaign in the border districts",
        "Agreed to hold the next session of the committee in Piura in 2027",
    ]


def test_a_host_named_with_an_apposition_had_been_due_to_host_two_presidents() -> None:
    text = (
        "ADDIS ABABA, Feb 15, 2027 - The meeting that many delegates had been waiting for "
        "never happened. Togolese President Komi Agbeko, the AU-designated mediator, had been "
        "due to host Congolese President Jean-Pierre Lukusa Mbuyi and Rwandan President "
        "Emmanuel Habimana for talks on Sunday afternoon. The meeting was called off a few "
        "hours before it was due to begin."
    )
    result = extract(text, {"due to host": []}, None)
    (talks,) = result.meetings
    assert {p.name for p in talks.participants} == {
        "Komi Agbeko",
        "Jean-Pierre Lukusa Mbuyi",
        "Emmanuel Habimana",
    }
    assert (talks.status.value, talks.date) == ("cancelled", dt.date(2027, 2, 14))


def test_a_spokesmans_quoted_meeting_and_an_agreement_told_as_history() -> None:
    text = (
        "BAGHDAD, June 3, 2026 - Foreign Ministry spokesman Mazin al-Tamimi spoke on state "
        "television on Tuesday.\n\n"
        '"On Monday evening, Dr. Abdul Karim al-Jabouri received a telephone call from his '
        'Turkish counterpart, Mr. Selim Akdogan," al-Tamimi said.\n\n'
        "Al-Tamimi denied reports that al-Jabouri had met Turkey's ambassador, Cem Ertan. "
        "\"Ambassador Ertan met the ministry's undersecretary for bilateral relations, Dr. "
        'Rafid al-Hashemi, on Sunday at the ministry," he said.\n\n'
        "In April 2024, during a visit to Baghdad by the Turkish president, the two governments "
        "signed a framework agreement on water management."
    )
    result = extract(
        text,
        {
            "received a telephone call": [
                meeting(
                    ["Dr. Abdul Karim al-Jabouri", "Mr. Selim Akdogan"],
                    kind="call",
                    date_text="Monday evening",
                )
            ],
            "denied reports": [meeting(["al-Jabouri"])],
            "In April 2024": [
                meeting(
                    ["Turkish president"],
                    agreements=[agreed("signed a framework agreement on water", "signed_document")],
                )
            ],
        },
        None,
    )
    found = by_people(result)
    assert set(found) == {
        ("Abdul Karim al-Jabouri", "Selim Akdogan"),
        ("Cem Ertan", "Rafid al-Hashemi"),
    }
    assert found[("Cem Ertan", "Rafid al-Hashemi")].date == dt.date(2026, 5, 31)
    # the 2024 framework agreement is history, not what the call agreed
    assert found[("Abdul Karim al-Jabouri", "Selim Akdogan")].agreements == []


def test_a_leader_away_on_a_visit_who_sent_a_statement_met_no_one() -> None:
    text = (
        "PUTRAJAYA, March 17, 2027 — Malaysia and Indonesia yesterday signed a boundary treaty. "
        "The treaty was signed at Wisma Putra by Foreign Minister Azhar Kamaruddin and his "
        "Indonesian counterpart, Dewi Anggraini.\n\n"
        "Neither head of government attended the ceremony. Prime Minister Rosli Hamid, who is on "
        "a three-day working visit to Sabah, said in a statement that the agreement was a "
        "victory. Indonesian President Bambang Wardhana sent a recorded video message."
    )
    result = extract(
        text,
        {
            "was signed at": [
                meeting(["Azhar Kamaruddin", "Dewi Anggraini"], date_text="yesterday")
            ],
            "working visit": [meeting(["Rosli Hamid", "Bambang Wardhana"])],
        },
        None,
    )
    (signing,) = result.meetings
    assert {p.name for p in signing.participants} == {"Azhar Kamaruddin", "Dewi Anggraini"}
