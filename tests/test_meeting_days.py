"""Days and people the reporting sentence leaves to the rest of the article.

Unit tests of the code-side rules with scripted drafts (hand-built stand-ins for a
model's answer, see `tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._lead_day import lead_day
from extract._published import dateline_end
from tests.support.scripted import by_people, extract, meeting

# --- the lead's day --------------------------------------------------------------------

LEAD = (
    "ROME -- The foreign ministers of Spain and Portugal met in Rome on Thursday to prepare "
    "a joint bid for the 2034 Expo.\n\n"
    "Spain's Elena Marquez welcomed Portugal's Rui Tavares at the Villa Madama, where the "
    "two signed a letter of intent.\n\n"
    "Marquez and Italian minister Paolo Greco held a working dinner the same evening.\n\n"
    "Tavares last met Greco in Lisbon in March, the ministry said."
)


def test_a_meeting_told_after_the_lead_takes_the_one_day_the_lead_gives() -> None:
    result = extract(
        LEAD,
        {
            "Villa Madama": [meeting(["Elena Marquez", "Rui Tavares"], location="Villa Madama")],
            "working dinner": [meeting(["Marquez", "Paolo Greco"])],
            "last met": [meeting(["Tavares", "Greco"], date_text="in March")],
        },
        published="2026-05-22",  # a Friday
    )
    meetings = by_people(result)
    # The castle meeting has no day of its own: the lead's Thursday. "The same evening"
    # counts from it. The March meeting keeps its own (vague) words and no day.
    assert meetings["Elena Marquez", "Rui Tavares"].date == dt.date(2026, 5, 21)
    assert meetings["Elena Marquez", "Rui Tavares"].date_text == "on Thursday"
    assert meetings["Elena Marquez", "Paolo Greco"].date == dt.date(2026, 5, 21)
    assert meetings["Elena Marquez", "Paolo Greco"].date_text == "the same evening"
    assert meetings["Paolo Greco", "Rui Tavares"].date is None
    assert meetings["Paolo Greco", "Rui Tavares"].date_text == "in March"


def test_the_lead_day_needs_a_meeting_sentence_with_one_day() -> None:
    two_days = "The leaders met on Monday and again on Wednesday in Oslo.\n\nMore text."
    assert lead_day(two_days, dt.date(2026, 5, 22)) is None
    replaced = (
        "The leaders met by video link on Thursday, replacing a summit due in Oslo on "
        "Monday.\n\nMore text."
    )
    found = lead_day(replaced, dt.date(2026, 5, 22))
    assert found is not None
    day, (start, end) = found
    assert (day, replaced[start:end]) == (dt.date(2026, 5, 21), "on Thursday")
    assert lead_day(replaced, None) is None  # no publication date, no day


def test_a_call_or_a_planned_meeting_does_not_take_the_lead_day() -> None:
    text = (
        "BERN -- Swiss President Karin Keller-Sutter met Austrian Chancellor Christian "
        "Stocker in Bern on Tuesday.\n\n"
        "Keller-Sutter also spoke by phone with Czech Prime Minister Petr Fiala.\n\n"
        "Stocker is expected to meet Fiala in Vienna."
    )
    result = extract(
        text,
        {
            "Bern on Tuesday": [meeting(["Karin Keller-Sutter", "Christian Stocker"])],
            "by phone": [meeting(["Keller-Sutter", "Petr Fiala"], kind="call")],
            "expected to meet": [meeting(["Stocker", "Fiala"], status="planned")],
        },
        published="2026-05-22",
    )
    meetings = by_people(result)
    assert meetings["Karin Keller-Sutter", "Petr Fiala"].date is None
    planned = meetings["Christian Stocker", "Petr Fiala"]
    assert (planned.status.value, planned.date) == ("planned", None)


# --- date words that belong to another event ---------------------------------------------


def test_the_day_of_another_event_in_the_sentence_is_not_the_meetings_day() -> None:
    text = "Minister Ana Silva is also expected to meet Jon Berg before flying home on Sunday."
    result = extract(
        text,
        {"Jon Berg": [meeting(["Ana Silva", "Jon Berg"], status="planned")]},
        published="2026-05-22",
    )
    (m,) = result.meetings
    assert (m.status.value, m.date, m.date_text) == ("planned", None, None)


def test_a_dateline_under_a_headline_dates_the_story_not_the_meeting() -> None:
    text = (
        "Chile and Peru sign water pact\n\n"
        "LIMA, May 20, 2026 -- Chilean President Gabriel Boric met Peruvian President Dina "
        "Boluarte in Lima on Monday."
    )
    assert text[: dateline_end(text)].endswith("LIMA, May 20, 2026 --")
    result = extract(
        text,
        {"Boric met": [meeting(["Gabriel Boric", "Dina Boluarte"], date_text="May 20, 2026")]},
    )
    (m,) = result.meetings
    assert (m.date, m.date_text) == (dt.date(2026, 5, 18), "on Monday")


def test_earlier_in_the_day_counts_from_the_meeting_before() -> None:
    text = (
        "Foreign Minister Lars Holm held talks with Minister Eva Lind in Riga on Tuesday.\n\n"
        "Earlier in the day, Holm was received by President Edgars Rinkevics."
    )
    result = extract(
        text,
        {"held talks": [meeting(["Lars Holm", "Eva Lind"])]},  # the model missed the second
        published="2026-05-22",
    )
    meetings = by_people(result)
    assert meetings["Edgars Rinkevics", "Lars Holm"].date == dt.date(2026, 5, 19)
    assert meetings["Edgars Rinkevics", "Lars Holm"].date_text == "Earlier in the day"


# --- people the sentence names ---------------------------------------------------------


def test_an_office_with_a_country_in_front_is_resolved_to_its_holder() -> None:
    text = "Finnish President Alexander Stubb met Danish Prime Minister Mette Frederiksen."
    result = extract(text, {"Stubb met": [meeting(["Finnish President", "Danish Prime Minister"])]})
    (m,) = result.meetings
    assert sorted(p.name for p in m.participants) == ["Alexander Stubb", "Mette Frederiksen"]


def test_the_person_a_sentence_says_was_spoken_with_is_a_participant() -> None:
    text = (
        "President Ana Costa and Prime Minister Luis Montenegro spoke with Chancellor "
        "Friedrich Merz for an hour."
    )
    result = extract(text, {"spoke with": [meeting(["Ana Costa", "Luis Montenegro"])]})
    (m,) = result.meetings
    assert {p.name for p in m.participants} == {"Ana Costa", "Luis Montenegro", "Friedrich Merz"}


def test_plain_wording_the_model_missed_is_recovered() -> None:
    text = (
        "Minister Yoon then met Commerce Secretary Dan Reed at the Commerce Department.\n\n"
        "The next day, Yoon paid a courtesy call on President Maria Ortiz at the palace."
    )
    result = extract(text, {}, published="2026-05-22")
    assert set(by_people(result)) == {("Dan Reed", "Yoon"), ("Maria Ortiz", "Yoon")}


def test_a_group_is_not_a_participant() -> None:
    text = "Foreign Minister Sara Dahl met Baltic officials in Tallinn."
    result = extract(text, {"Baltic": [meeting(["Sara Dahl", "Baltic officials"])]})
    assert result.meetings == []  # one person left: no meeting between two sides


# --- places and countries ----------------------------------------------------------------


def test_a_venue_is_given_with_its_city() -> None:
    text = (
        "VILNIUS -- The Baltic foreign ministers met in Vilnius on Monday.\n\n"
        "Lithuania's Kestutis Budrys received Latvia's Baiba Braze at the Presidential "
        "Palace, the ministry said."
    )
    result = extract(
        text,
        {
            "Presidential": [
                meeting(["Kestutis Budrys", "Baiba Braze"], location="Presidential Palace")
            ]
        },
        published="2026-05-22",
    )
    (m,) = result.meetings
    assert m.location == "Presidential Palace, Vilnius"
    assert {p.name: p.country for p in m.participants} == {
        "Kestutis Budrys": "Lithuania",
        "Baiba Braze": "Latvia",
    }


def test_each_title_keeps_to_its_own_person() -> None:
    text = "Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Tacna."
    result = extract(text, {"Boric": [meeting(["Gabriel Boric", "Dina Boluarte"])]})
    assert {(o.name, o.title, o.country) for o in result.officials} == {
        ("Gabriel Boric", "President", "Chile"),
        ("Dina Boluarte", "President", "Peru"),
    }


def test_the_places_of_a_trip_are_not_the_travellers_country() -> None:
    text = (
        "Chancellor Anna Vogel will travel to Japan and South Korea this week.\n\n"
        "Vogel is scheduled to meet Prime Minister Kenji Sato in Tokyo on Thursday."
    )
    result = extract(
        text,
        {"scheduled to meet": [meeting(["Vogel", "Kenji Sato"], status="planned")]},
        published="2026-05-18",
    )
    (vogel,) = [o for o in result.officials if o.name == "Anna Vogel"]
    assert vogel.country is None  # not South Korea: the article never says whom she serves
