"""Meetings a small model leaves out or mislabels, recovered from the article's wording.

Unit tests of the code-side rules with scripted drafts (hand-built stand-ins for a
model's answer, see `tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extract._published import dateline_end
from tests.support.scripted import by_people, extract, meeting


def test_a_date_line_and_a_bare_dateline_above_the_lead_date_the_story() -> None:
    text = "Envoy ends tour\n\nOct 14, 2026, 07:30 am\n\nOSLO -- The envoy met the king."
    assert text[dateline_end(text) :] == " The envoy met the king."
    result = extract(
        "Oct 14, 2026, 07:30 am\n\nOSLO -- Envoy Tom Hale met Prime Minister Jonas Store "
        "in Oslo on Tuesday.",
        {"Hale met": [meeting(["Tom Hale", "Jonas Store"], date_text="Oct 14, 2026")]},
    )
    (m,) = result.meetings
    assert (m.date, m.date_text) == (dt.date(2026, 10, 13), "on Tuesday")


TOUR = (
    "Envoy Tom Hale began his trip in Cairo on Sunday, where he was received by President "
    "Omar Farid. The envoy also held separate talks with Egyptian intelligence chief Hani "
    "Saleh.\n\n"
    "A meeting with Foreign Minister Ayla Demir, which had been pencilled in for Monday "
    "evening in Doha, was postponed. Demir and Hale are now expected to meet in Washington "
    "next week.\n\n"
    "Hale is scheduled to brief President Dana Cole at the White House on Thursday."
)


def test_a_tour_is_recovered_where_the_model_named_one_side_or_nothing() -> None:
    result = extract(
        TOUR,
        {
            "began his trip": [meeting(["Tom Hale"])],
            "pencilled": [
                meeting(
                    ["Ayla Demir"], status="planned", date_text="next week", location="Washington"
                )
            ],
        },
        published="2026-10-14",  # a Wednesday
    )
    found = sorted(
        (sorted(p.name for p in m.participants), m.status.value, m.date, m.location)
        for m in result.meetings
    )
    assert found == [
        # "had been pencilled in for Monday evening in Doha": a day already gone, its place.
        (["Ayla Demir", "Tom Hale"], "cancelled", dt.date(2026, 10, 12), "Doha"),
        # "Demir and Hale are now expected to meet in Washington next week".
        (["Ayla Demir", "Tom Hale"], "planned", None, "Washington"),
        # The briefing's paragraph has no meeting word: never sent to the model.
        (["Dana Cole", "Tom Hale"], "planned", dt.date(2026, 10, 15), None),
        # "The envoy also held separate talks with Egyptian intelligence chief Hani Saleh".
        (["Hani Saleh", "Tom Hale"], "held", dt.date(2026, 10, 11), "Cairo"),
        # "he was received by President Omar Farid".
        (["Omar Farid", "Tom Hale"], "held", dt.date(2026, 10, 11), "Cairo"),
    ]


def test_each_meeting_of_a_sentence_takes_the_day_of_its_own_clause() -> None:
    text = (
        "Prime Minister Modi met President Lula on Wednesday.\n\n"
        "On Thursday, Modi is to meet the governor of Parana state, Rui Costa, before flying "
        "to Lima, where a meeting with President Ana Rojas is scheduled for Friday."
    )
    result = extract(
        text,
        {
            "Parana": [
                meeting(["Modi", "Lula"]),
                meeting(["Modi", "Rui Costa"], status="planned"),
            ]
        },
        published="2026-11-04",  # a Wednesday
    )
    days = {tuple(sorted(p.name for p in m.participants)): m.date for m in result.meetings}
    assert days == {
        ("Lula", "Modi"): dt.date(2026, 11, 4),
        ("Modi", "Rui Costa"): dt.date(2026, 11, 5),
        # One named side: the article's main actor (in two meetings already) is the other.
        ("Ana Rojas", "Modi"): dt.date(2026, 11, 6),
    }


def test_the_two_leaders_speaking_again_is_another_meeting() -> None:
    text = (
        "A planned stop in Jakarta, where Prime Minister Aiko Mori was to meet President Budi "
        "Santoso on Thursday, has been postponed. The two leaders spoke by telephone on "
        "Monday instead."
    )
    result = extract(
        text,
        {"Jakarta": [meeting(["Aiko Mori", "Budi Santoso"], status="cancelled")]},
        published="2026-06-10",  # a Wednesday
    )
    found = sorted((m.status.value, m.kind.value, m.date) for m in result.meetings)
    assert found == [
        ("cancelled", "call", dt.date(2026, 6, 11)),
        ("held", "call", dt.date(2026, 6, 8)),
    ]


def test_a_meeting_later_that_day_with_one_more_side_is_not_folded_into_the_first() -> None:
    text = (
        "On Wednesday, Cho sat down with Foreign Minister Ken Ito in New York.\n\n"
        "Later that day, Rubio joined Cho and Ito for a trilateral meeting."
    )
    result = extract(
        text,
        {
            "sat down": [meeting(["Cho", "Ken Ito"])],
            "trilateral": [meeting(["Rubio", "Cho", "Ito"])],
        },
        published="2026-09-18",
    )
    meetings = by_people(result)
    assert set(meetings) == {("Cho", "Ken Ito"), ("Cho", "Ken Ito", "Rubio")}
    assert {m.date for m in meetings.values()} == {dt.date(2026, 9, 16)}
    # Held the same day without a place of its own: the place of that day's meeting.
    assert meetings["Cho", "Ken Ito", "Rubio"].location == "New York"


def test_places_of_other_events_are_not_the_meetings_place() -> None:
    text = (
        "On Wednesday, Cho met Foreign Minister Ken Ito for an hour. Ito invited Cho to "
        "visit Tokyo.\n\n"
        "Cho is due to meet President Lee Min before travelling to Busan."
    )
    result = extract(
        text,
        {
            "for an hour": [meeting(["Cho", "Ken Ito"], location="Tokyo")],
            "due to meet": [meeting(["Cho", "Lee Min"], status="planned", location="Busan")],
        },
        published="2026-09-18",
    )
    assert {m.location for m in result.meetings} == {None}


def test_every_side_a_host_received_is_a_participant() -> None:
    text = (
        "Poland's Anna Nowak hosted France's Luc Martin and Germany's Jan Weber at the castle "
        "on Tuesday."
    )
    result = extract(text, {"hosted": [meeting(["Anna Nowak", "France", "Germany"])]})
    (m,) = result.meetings
    assert [p.name for p in m.participants] == ["Anna Nowak", "Luc Martin", "Jan Weber"]
    assert [p.country for p in m.participants] == ["Poland", "France", "Germany"]


def test_a_name_after_an_office_and_a_comma_is_the_participant() -> None:
    text = (
        "Later on Wednesday, Sugiono held talks with Singapore's Minister for Foreign Affairs, "
        "Vivian Balakrishnan, at the ministry. Balakrishnan is scheduled to call on President "
        "Prabowo Subianto on Thursday."
    )
    result = extract(
        text,
        {"held talks": [meeting(["Sugiono", "Singapore's Minister for Foreign Affairs"])]},
        published="2026-03-25",
    )
    assert set(by_people(result)) == {
        ("Sugiono", "Vivian Balakrishnan"),
        ("Prabowo Subianto", "Vivian Balakrishnan"),
    }


def test_an_organization_is_not_a_participant() -> None:
    text = "Minister Ana Lima received a delegation from the Brazil-India Business Council."
    result = extract(text, {"received": [meeting(["Ana Lima", "Brazil-India Business Council"])]})
    assert result.meetings == []


def test_a_person_s_own_trip_is_not_a_meeting_with_the_main_actor() -> None:
    text = (
        "Foreign Minister Hakan Oz met Foreign Minister Ivan Koval in Ankara on Tuesday. "
        "Oz and Koval agreed to draw up proposals for an exchange of prisoners.\n\n"
        "Koval travels to Bucharest on Wednesday for a meeting of Black Sea foreign ministers."
    )
    result = extract(
        text,
        {
            "met Foreign": [meeting(["Hakan Oz", "Ivan Koval"])],
            "Bucharest": [meeting(["Koval"], status="planned")],
        },
        published="2026-04-22",
    )
    assert [sorted(p.name for p in m.participants) for m in result.meetings] == [
        ["Hakan Oz", "Ivan Koval"]
    ]


def test_what_the_sides_agreed_stays_with_their_meeting_even_with_a_later_date_in_it() -> None:
    text = (
        "Egyptian Foreign Minister Omar Nabil held talks with Jordanian Foreign Minister Sami "
        "Haddad in Amman on Tuesday.\n\n"
        "Nabil and Haddad agreed to form a joint technical team and to present a common "
        "position at next month's Arab League meeting.\n\n"
        "Minister Haddad will travel to Cairo next month to continue the discussions with Nabil."
    )
    result = extract(
        text,
        {
            "held talks": [meeting(["Omar Nabil", "Sami Haddad"])],
            "agreed": [
                meeting(
                    ["Nabil", "Haddad"],
                    status="planned",
                    agreements=[{"what": "form a joint technical team", "type": "commitment"}],
                )
            ],
        },
        published="2026-05-06",
    )
    found = sorted(
        (m.status.value, m.location, [a.summary for a in m.agreements]) for m in result.meetings
    )
    assert found == [
        # The model listed one item; the sentence's wording adds the other.
        (
            "held",
            "Amman",
            [
                "Form a joint technical team",
                "To present a common position at next month's Arab League meeting",
            ],
        ),
        ("planned", "Cairo", []),  # never sent to the model: no meeting word in it
    ]


def test_a_meeting_only_hoped_for_is_not_a_planned_meeting() -> None:
    text = (
        "President Mira Holm met Chancellor Tom Berg in Oslo on Monday.\n\n"
        "Observers say the autumn summits still offer several potential opportunities for a "
        "bilateral summit between Holm and President Dan Reyes."
    )
    result = extract(
        text,
        {
            "met Chancellor": [meeting(["Mira Holm", "Tom Berg"])],
            "opportunities": [meeting(["Holm", "Dan Reyes"], status="planned")],
        },
        published="2026-06-10",
    )
    assert [sorted(p.name for p in m.participants) for m in result.meetings] == [
        ["Mira Holm", "Tom Berg"]
    ]


def test_a_title_does_not_reach_back_into_the_previous_sentence() -> None:
    text = (
        "Holm spoke with Secretary-General Mark Rutte. President Dan Reyes met Holm in "
        "Oslo on Monday."
    )
    result = extract(
        text,
        {"Rutte": [meeting(["Holm", "Mark Rutte"]), meeting(["Dan Reyes", "Holm"])]},
        published="2026-06-10",
    )
    titles = {o.name: o.title for o in result.officials}
    assert titles["Dan Reyes"] == "President"
    assert titles["Mark Rutte"] == "Secretary-General"


def test_a_meeting_planned_for_a_day_in_may_is_kept() -> None:
    text = "President Mira Holm will meet President Dan Reyes in Oslo on May 5."
    result = extract(
        text,
        {"will meet": [meeting(["Mira Holm", "Dan Reyes"], status="planned")]},
        published="2026-04-20",
    )
    (m,) = result.meetings
    assert (m.status.value, m.date) == ("planned", dt.date(2026, 5, 5))


@pytest.mark.parametrize(
    ("sentence", "kind", "status"),
    [
        ("Foreign Minister Ana Ruiz telephoned President Jonas Berg on Monday.", "call", "held"),
        ("Ana Ruiz received a phone call from Jonas Berg on Monday.", "call", "held"),
        ("Ana Ruiz met separately with Jonas Berg on Monday.", "in_person", "held"),
        ("Ana Ruiz conferred with Jonas Berg in Lisbon on Monday.", "in_person", "held"),
        ("Ana Ruiz held consultations with Jonas Berg on Monday.", "in_person", "held"),
        ("Ana Ruiz held a working lunch with Jonas Berg on Monday.", "in_person", "held"),
        ("Ana Ruiz had an audience with King Jonas Berg on Monday.", "in_person", "held"),
        ("Ana Ruiz and Jonas Berg co-chaired the joint commission on Monday.", "in_person", "held"),
        ("President Jonas Berg welcomed Ana Ruiz to Oslo on Monday.", "in_person", "held"),
        ("Ana Ruiz will travel to Oslo next week to meet Jonas Berg.", "in_person", "planned"),
    ],
)
def test_more_ways_of_saying_two_people_met(sentence: str, kind: str, status: str) -> None:
    # The model found nothing in the passage: its wording alone states the meeting.
    result = extract(f"Ruiz in talks\n\n{sentence}", {}, "2026-03-12")
    (m,) = result.meetings
    assert {p.name for p in m.participants} == {"Ana Ruiz", "Jonas Berg"}
    assert (m.kind.value, m.status.value) == (kind, status)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Jonas Berg welcomed Ana Ruiz's proposal on Monday.",
        "Ana Ruiz welcomed European Union sanctions at once.",
        "Ana Ruiz and Jonas Berg discussed the plan in separate interviews.",
    ],
)
def test_a_welcome_of_someone_s_words_is_not_a_meeting(sentence: str) -> None:
    assert extract(f"Ruiz in talks\n\n{sentence}", {}, "2026-03-12").meetings == []
