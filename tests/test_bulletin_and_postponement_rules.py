"""Held-out round 40 leftovers: talks "put back to" a new day (a plan on that day, not the
day they were due), a ministry's weekly bulletin whose entries stand under day lines
("Monday, 5 October") and whose next sentence says "the Minister is scheduled to meet X",
a secretary general who "represented the Minister at" a meeting, a guest "also received by
the President of the Riigikogu, X", a flight cancelled on a day that is not the talks', and
a county official "who took part in the talks".

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._cues import status_from
from extract._other_event_days import meeting_mentions
from tests.support.scripted import by_people, extract, meeting

MOVED = (
    "Oslo, Wednesday, 10 March 2027\n\n"
    "Foreign Minister Ingrid Dahl's talks with Swedish Foreign Minister Karl Lind, which were "
    "due to take place in Stockholm this Friday, have been put back to Tuesday, March 16th, "
    "the ministry said last night."
)


def test_talks_put_back_to_a_new_day_are_planned_on_that_day() -> None:
    drafted = meeting(
        ["Foreign Minister Ingrid Dahl", "Swedish Foreign Minister Karl Lind"],
        status="planned",
        date_text="Tuesday, March 16th",
    )
    (talks,) = extract(MOVED, {"put back": [drafted]}, "2027-03-10").meetings
    assert (talks.status.value, talks.date, talks.location) == (
        "planned",
        dt.date(2027, 3, 16),
        "Stockholm",
    )


def test_postponed_without_a_day_is_called_off_and_to_a_day_is_still_a_plan() -> None:
    # (whatever the model said)
    assert status_from("The summit has been postponed until next year.", "held") == "cancelled"
    assert status_from("The summit has been put back.", "held") == "cancelled"
    assert status_from("The summit has been put back to next month.", "held") == "planned"


BULLETIN = (
    "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF LATVIA\n"
    "Weekly Bulletin No. 12/2027\n"
    "Riga, 26 March 2027\n\n"
    "THE MINISTER'S WEEK, 22-26 MARCH\n\n"
    "Monday, 22 March\n"
    "The Minister of Foreign Affairs, Anna Zariņa, held a telephone conversation with the "
    "Minister for Foreign Affairs of Georgia, Levan Beridze.\n\n"
    "Wednesday, 24 March\n"
    "Minister Zariņa received the Deputy Prime Minister of the Republic of Armenia, Aram "
    "Petrosyan. During his visit, Mr Petrosyan was also received by the Speaker of the "
    "Saeima, Juris Kalniņš.\n\n"
    "Thursday, 25 March\n"
    "State Secretary Pēteris Ozols represented the Minister at the meeting of political "
    "directors in Vilnius."
)


def _bulletin() -> dict[tuple[str, ...], object]:
    result = extract(
        BULLETIN,
        {
            "telephone conversation": [
                meeting(["Anna Zariņa", "Levan Beridze"], kind="call")
            ],  # no day drafted: the line above has it
            "Armenia": [
                meeting(["Minister Zariņa", "Aram Petrosyan"], date_text="Wednesday, 24 March")
            ],
            "represented the Minister": [
                meeting(
                    ["State Secretary Pēteris Ozols", "Minister"], date_text="Thursday, 25 March"
                )
            ],
        },
        "2027-03-26",
    )
    return dict(by_people(result))


def test_an_entry_under_a_day_line_takes_that_day() -> None:
    call = _bulletin()[("Anna Zariņa", "Levan Beridze")]
    assert call.date == dt.date(2027, 3, 22)  # type: ignore[attr-defined]


def test_a_guest_received_by_an_office_and_its_holder_and_a_stand_in_with_no_one() -> None:
    meetings = _bulletin()
    assert set(meetings) == {
        ("Anna Zariņa", "Levan Beridze"),
        ("Anna Zariņa", "Aram Petrosyan"),
        # "was also received by the Speaker of the Saeima, Juris Kalniņš"
        ("Aram Petrosyan", "Juris Kalniņš"),
    }  # not "Ozols represented the Minister at the meeting": she was not there


def test_the_day_a_flight_was_cancelled_is_not_a_day_of_the_talks() -> None:
    published = dt.date(2026, 5, 19)
    flight = "Villareal cancelled his flight on Sunday night because of the typhoon."
    assert meeting_mentions(flight, published, "past") == []
    spoke = "Villareal spoke to Azman by phone on Sunday night because of the typhoon."
    assert [m.date for m in meeting_mentions(spoke, published, "past")] == [dt.date(2026, 5, 17)]


COMING_WEEK = (
    "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF LATVIA\n"
    "Riga, 26 March 2027\n\n"
    "THE COMING WEEK\n\n"
    "Monday, 29 March\n"
    "Minister Zariņa will take part in the meeting of the Foreign Affairs Council of the "
    "European Union in Brussels. On the margins of the Council, the Minister is scheduled to "
    "meet the Minister of Foreign Affairs of Ireland, Siobhán Keane."
)


def test_the_minister_a_bulletin_is_about_is_scheduled_to_meet_x_in_the_next_sentence() -> None:
    drafted = meeting(
        ["Minister Zariņa"], status="planned", date_text="Monday, 29 March", location="Brussels"
    )
    (plan,) = extract(COMING_WEEK, {"take part": [drafted]}, "2027-03-26").meetings
    assert [p.name for p in plan.participants] == ["Zariņa", "Siobhán Keane"]
    assert (plan.status.value, plan.date, plan.location) == (
        "planned",
        dt.date(2027, 3, 29),
        "Brussels",
    )


DONATION = (
    "KISII, Friday, November 20, 2026 - Kisii Governor Paul Nyamweya yesterday hosted "
    "Korea's Ambassador to Kenya, Lee Min-jun, for talks at the county headquarters.\n\n"
    "After the talks, Governor Nyamweya and Ambassador Lee signed a memorandum of "
    "understanding on maternal health. The county executive for health, Dr Mary Kerubo, who "
    "took part in the talks ahead of the signing, said the first nurses would train in March."
)


def test_one_who_took_part_in_the_talks_is_a_side_of_them() -> None:
    result = extract(
        DONATION,
        {
            "hosted": [meeting(["Paul Nyamweya", "Lee Min-jun"], date_text="yesterday")],
            "signed": [meeting(["Governor Nyamweya", "Ambassador Lee"])],
        },
        "2026-11-20",
    )
    (talks,) = result.meetings
    assert [p.name for p in talks.participants] == ["Paul Nyamweya", "Lee Min-jun", "Mary Kerubo"]
