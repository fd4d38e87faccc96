"""Wording from held-out round 23: a newspaper named as a side, "the two Heads of State"
as a name, "the postponement of the session, which was to have been held on 14 July",
"recalled their first encounter, in Lilongwe in 2019", "was supposed to be in Riyadh ...
for talks with", "is due in Beirut on Monday", and a month taken for a place. Rules
written after round 23 was recorded (its first score does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import period_of
from tests.support.scripted import extract, meeting


def test_a_newspaper_is_not_a_side_of_the_talks_it_reported() -> None:
    text = (
        "Tonga's Daily Post reported last week that talks between you and Mr Fifita had "
        "been pencilled in for December. Is that right?\n\nNo. Nothing has been agreed."
    )
    drafted = meeting(["Tonga's Daily Post", "Mr Fifita"], status="planned")
    assert extract(text, {"pencilled": [drafted]}, "2026-11-18").meetings == []


def test_the_heads_of_state_are_no_one_and_their_past_encounter_is_a_meeting() -> None:
    text = (
        "MAPUTO - President Alberto Mavie yesterday received his Malawian counterpart, Dr "
        "Ellard Banda, at the Palace.\n\n"
        "The two Heads of State first held a tête-à-tête.\n\n"
        "During the dinner, the two Heads of State recalled their first encounter, in "
        "Lilongwe in 2019, when both were ministers."
    )
    script = {
        "received": [meeting(["Alberto Mavie", "Dr Ellard Banda"], date_text="yesterday")],
        "tête-à-tête": [meeting(["The two Heads of State"])],
    }
    visit, past = extract(text, script, "2026-07-22").meetings
    assert str(visit.date) == "2026-07-21"
    assert {p.name for p in past.participants} == {"Alberto Mavie", "Ellard Banda"}
    assert (past.date, past.date_text, past.location) == (None, "in 2019", "Lilongwe")


def test_a_session_whose_postponement_was_noted_was_called_off() -> None:
    text = (
        "The Heads of State took note of the postponement of the ninth session of the Joint "
        "Commission, which was to have been held in Quelimane on 14 July under the "
        "co-chairmanship of the Minister of Foreign Affairs, Helena Matola, and the Minister "
        "of Foreign Affairs of Malawi, Grace Mhango."
    )
    drafted = meeting(["Helena Matola", "Grace Mhango"], date_text="14 July")
    [session] = extract(text, {"postponement": [drafted]}, "2026-07-22").meetings
    assert (session.status.value, str(session.date), session.location) == (
        "cancelled",
        "2026-07-14",
        "Quelimane",
    )


def test_a_trip_one_was_supposed_to_make_for_talks_then_postponed_was_called_off() -> None:
    text = (
        "Lebanese Prime Minister Walid Saab was supposed to be in Riyadh on Thursday for talks "
        "with Prince Nawaf. The trip was postponed on Tuesday night."
    )
    [trip] = extract(text, {}, "2027-02-20").meetings  # no meeting word: not asked
    assert {p.name for p in trip.participants} == {"Walid Saab", "Nawaf"}
    assert (trip.status.value, str(trip.date), trip.location) == (
        "cancelled",
        "2027-02-18",
        "Riyadh",
    )


def test_one_due_in_a_capital_on_monday_for_talks_is_planned_and_a_month_is_no_place() -> None:
    text = (
        "Al-Obeidi is due in Beirut on Monday for talks with Khoury, the ministry said. The "
        "two ministers last met in May 2025 on the sidelines of the summit in Baghdad."
    )
    drafted = meeting(["Al-Obeidi", "Khoury"], date_text="on Monday")
    visit, past = extract(text, {"due in": [drafted]}, "2027-02-20").meetings
    assert (visit.status.value, str(visit.date), visit.location) == (
        "planned",
        "2027-02-22",
        "Beirut",
    )
    assert (past.date_text, past.location) == ("in May 2025", "Baghdad")


def test_a_year_with_no_day_is_a_period() -> None:
    assert period_of("in 2019", dt.date(2026, 7, 22)) == (
        dt.date(2019, 1, 1),
        dt.date(2019, 12, 31),
    )


def test_a_sentence_telling_on_a_video_call_is_that_call_not_the_leads_meeting() -> None:
    text = (
        "REYKJAVIK, 4 March 2027 - Minister Sigrún Einars today signed a memorandum with "
        "Permanent Secretary Lene Bach.\n\n"
        "Earlier in the week, on Tuesday, Minister Sigrún held a video conference with Claude "
        "Weber, Luxembourg's foreign minister.\n\n"
        "Mr Weber also briefed the Minister on Luxembourg's priorities."
    )
    script = {
        "today signed": [meeting(["Sigrún Einars", "Lene Bach"], date_text="today")],
        "video conference": [
            meeting(["Sigrún", "Claude Weber"], kind="virtual", date_text="on Tuesday")
        ],
    }  # "Mr Weber also briefed the Minister": plain wording, not asked
    meetings = extract(text, script, "2027-03-04").meetings
    assert [(m.kind.value, str(m.date)) for m in meetings] == [
        ("in_person", "2027-03-04"),
        ("virtual", "2027-03-02"),
    ]


def test_the_day_someone_flew_in_is_not_the_day_of_the_talks_the_day_they_phoned_is() -> None:
    flew = (
        "KUALA BELAIT, May 12 - Malaysia and Brunei signed an agreement on Monday.\n\n"
        "Foreign Minister Hafiz Ismail, who flew in from Kuching on Sunday evening, held talks "
        "with Second Minister Rosli Mahmud at the ministry."
    )
    drafted = meeting(["Hafiz Ismail", "Rosli Mahmud"], date_text="Sunday evening")
    [talks] = extract(flew, {"held talks": [drafted]}, "2026-05-12").meetings
    assert str(talks.date) == "2026-05-11"
    phoned = (
        "President of the European Council Ana Costa, who phoned the Armenian Prime Minister "
        "Nikol Pashin on Tuesday, welcomed the progress in the talks."
    )
    drafted = meeting(["Ana Costa", "Nikol Pashin"], kind="call", date_text="Tuesday")
    [call] = extract(phoned, {"phoned": [drafted]}, "2026-02-19").meetings
    assert str(call.date) == "2026-02-17"


def test_a_host_who_opened_the_session_and_stayed_on_is_a_side() -> None:
    text = (
        "Ana Ruiz and Rui Semedo talked for two hours at the regional Presidency. Fernando "
        "Cabrera, President of the Canary Islands, opened the session as host and stayed on "
        "for the part of the talks devoted to migration."
    )
    drafted = meeting(["Ana Ruiz", "Rui Semedo"])
    [talks] = extract(text, {"talked": [drafted]}, "2026-10-09").meetings
    assert [p.name for p in talks.participants] == ["Ana Ruiz", "Rui Semedo", "Fernando Cabrera"]


def test_a_trip_due_on_the_14th_and_postponed_is_the_14th_nearest_the_story() -> None:
    text = (
        "Yesterday's meeting had been billed in Praia as the curtain-raiser for a visit to "
        "Madrid by Cape Verde's Prime Minister, Adelino Fontes, who was due to meet his Spanish "
        "counterpart, Álvaro Mena, at the Moncloa on the 14th. On Wednesday the government "
        "confirmed that the trip had been postponed."
    )
    drafted = meeting(["Adelino Fontes", "Álvaro Mena"], status="planned", date_text="Yesterday")
    [trip] = extract(text, {"curtain-raiser": [drafted]}, "2026-10-09").meetings
    assert (trip.status.value, str(trip.date)) == ("cancelled", "2026-10-14")
