"""Round 52 (after its recording at 00f4d06): a feature, a brief and a ministry's weekly
agenda.

- "On May 4, Qatar's Minister of State for Energy sat down with Bahrain's oil minister, B.
  The Qatari minister, A, had spent weeks preparing for the session": the model drafts A
  alone and the plain wording gives B alone, on the same day: one meeting of A and B.
- "Bahrain's finance minister ... stayed at home; the ministry's undersecretary, C,
  attended on his behalf": C joins the talks told in the paragraph before.
- "agreed to convene the joint committee in Manama on June 9, with both ministers
  co-chairing": a plan of the call's two sides.
- "A tour of the plant by A and B, planned for last Thursday, was postponed": theirs.
- "agreed that X will travel to Apia on the 21st for talks with Y": a plan, in person, on
  the 21st ahead, not a day of the call.
- An agenda's "THURSDAY, 4 MARCH" heading makes its present-tense items plans for that
  day; "X represents Minister Y at the meeting" keeps Y out; "will hold a bilateral
  meeting with the Minister for ... of Albania, Z" names Z; "co-chaired by A and the First
  Deputy Prime Minister of North Macedonia, B" is no meeting of North Macedonia.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

FEATURE = (
    "At Ras Laffan, a plant built on patience\n\n"
    "By Omar Saleh\n"
    "Sunday, 16 May 2027\n\n"
    "RAS LAFFAN, Qatar - The buses at shift change carry Qatari and Bahraini engineers.\n\n"
    "The latest chapter was written in Doha this month. On May 4, Qatar's Minister of State "
    "for Energy sat down with Bahrain's oil minister, Salman Al-Khalifa, at the ministry's "
    "offices. The Qatari minister, Saad Al-Kaabi, had spent weeks preparing for the "
    "session, aides say.\n\n"
    "The two men signed a supply agreement that fixes a minimum monthly volume of gas for "
    "the plant through 2030. Bahrain's finance minister, who had been expected to join, "
    "stayed at home for budget hearings; the ministry's undersecretary, Noora Al-Sayed, "
    "attended on his behalf.\n\n"
    "On Tuesday, Bahrain's foreign minister, Abdullatif Al-Zayani, and Qatar's foreign "
    "minister, Mohammed Al-Khulaifi, held a video call in which they agreed to convene the "
    "joint committee in Manama on June 9, with both ministers co-chairing.\n\n"
    "A tour of the plant's new liquefaction train by Al-Kaabi and Al-Khalifa, planned for "
    "last Thursday, was postponed after a sandstorm. Neither ministry has set a new date.\n"
)


def _feature_script() -> dict:
    # As a small model answers: the energy minister alone, the stand-in alone, the call.
    return {
        "sat down": [meeting(["Saad Al-Kaabi"], kind="call", date_text="May 4")],
        "supply agreement": [meeting(["Bahraini finance minister", "Noora Al-Sayed"])],
        "video call": [
            meeting(
                ["Abdullatif Al-Zayani", "Mohammed Al-Khulaifi"],
                kind="virtual",
                date_text="Tuesday",
            )
        ],
    }


def test_two_single_drafts_of_one_day_are_one_meeting_with_its_stand_in() -> None:
    people = by_people(extract(FEATURE, _feature_script(), "2027-05-16"))
    talks = people[("Noora Al-Sayed", "Saad Al-Kaabi", "Salman Al-Khalifa")]
    assert (talks.status.value, talks.date, talks.kind.value) == (
        "held",
        dt.date(2027, 5, 4),
        "in_person",
    )


def test_a_committee_convened_with_both_co_chairing_and_a_tour_postponed() -> None:
    found = extract(FEATURE, _feature_script(), "2027-05-16")
    dated = {
        (m.status.value, m.date)
        for m in found.meetings
        if {p.name for p in m.participants} == {"Abdullatif Al-Zayani", "Mohammed Al-Khulaifi"}
    }
    assert dated == {("held", dt.date(2027, 5, 11)), ("planned", dt.date(2027, 6, 9))}
    tour = by_people(found)[("Saad Al-Kaabi", "Salman Al-Khalifa")]
    assert (tour.status.value, tour.date) == ("cancelled", dt.date(2027, 5, 13))


BRIEF = (
    "PACIFIC IN BRIEF\n\n"
    "APIA, 12 January 2027 - Samoa's Prime Minister, Tuala Iosefo, and his Niuean "
    "counterpart, Dalton Tagelagi, agreed in a telephone call on Sunday to restore the "
    "weekly flight between Apia and Alofi, the Samoan Prime Minister's Office said today.\n\n"
    "During the call, the two leaders also agreed that Tagelagi will travel to Apia on the "
    "21st for talks with Iosefo on labour mobility.\n"
)


def test_agreed_that_one_will_travel_for_talks_is_a_plan_ahead() -> None:
    script = {
        "During the call": [
            meeting(["Tagelagi", "Iosefo"], kind="call", date_text="on the 21st", location="Apia")
        ]
    }
    found = extract(BRIEF, script, "2027-01-12")
    plans = [m for m in found.meetings if m.status.value == "planned"]
    assert [(m.date, m.kind.value, m.location) for m in plans] == [
        (dt.date(2027, 1, 21), "in_person", "Apia")
    ]


AGENDA = (
    "MINISTRY OF FOREIGN AFFAIRS\n"
    "WEEKLY DIPLOMATIC AGENDA\n"
    "Issued: Monday, 1 March 2027\n\n"
    "THURSDAY, 4 MARCH\n"
    "10:30 - Video conference between Minister Rositsa Dimitrova and the Minister of "
    "Foreign Affairs of Romania, Ioana Marinescu, on the Danube bridge.\n\n"
    "PLEASE NOTE: The session, to be co-chaired by Deputy Prime Minister Stefan Yordanov and "
    "the First Deputy Prime Minister of North Macedonia, Blerim Sejdiu, has been postponed "
    "by mutual consent.\n\n"
    "FRIDAY, 5 MARCH\n"
    "Deputy Minister Petar Kostadinov represents Minister Dimitrova at the meeting of "
    "regional foreign ministers in Tirana. On the margins of the meeting, Deputy Minister "
    "Kostadinov will hold a bilateral meeting with the Minister for Europe and Foreign "
    "Affairs of Albania, Elona Hoxha.\n"
)


def _agenda_script() -> dict:
    # As a small model answers: the call, the session by its co-chair and a country, and
    # the side meeting with the stand-in's principal.
    return {
        "Video conference": [
            meeting(
                ["Minister Dimitrova", "Ioana Marinescu"],
                kind="virtual",
                date_text="Thursday, 4 March",
            )
        ],
        "co-chaired": [meeting(["Stefan Yordanov", "North Macedonia"], status="cancelled")],
        "represents": [meeting(["Petar Kostadinov", "Dimitrova"], date_text="Friday, 5 March")],
    }


def test_an_agendas_dated_headings_make_its_items_plans() -> None:
    people = by_people(extract(AGENDA, _agenda_script(), "2027-03-01"))
    call = people[("Ioana Marinescu", "Rositsa Dimitrova")]
    assert (call.status.value, call.date) == ("planned", dt.date(2027, 3, 4))
    assert people[("Blerim Sejdiu", "Stefan Yordanov")].status.value == "cancelled"
    side = people[("Elona Hoxha", "Petar Kostadinov")]
    assert (side.status.value, side.date) == ("planned", dt.date(2027, 3, 5))


UPDATE = AGENDA + (
    "\nUPDATE ON LAST WEEK'S AGENDA\n"
    "The meeting between Minister Dimitrova and the Minister of Foreign Affairs of the "
    "Hellenic Republic, Kostas Mavridis, announced for Thursday in Thessaloniki, was held by "
    "telephone after flight cancellations.\n"
)


def test_an_update_on_last_weeks_agenda_is_no_item_of_the_last_day() -> None:
    people = by_people(extract(UPDATE, _agenda_script(), "2027-03-01"))
    update = people[("Kostas Mavridis", "Rositsa Dimitrova")]
    assert (update.status.value, update.kind.value) == ("held", "call")
    assert update.date == dt.date(2027, 2, 25)  # last Thursday, not the FRIDAY heading above
