"""Held-out round 44 leftovers: talks "at Parliament House" in an article whose byline
gives the city ("By Pacific Desk | Canberra | Tuesday ...") are placed in that city, not at
a building taken for the article's place; a "National Assembly" is a building too; and "On
Monday afternoon he held talks ... with A and B" counts the visitor the article is about,
while "Earlier this month she held a video conference with X", whose "she" the draft
already names from the sentence before, gains nobody else.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._article_place import article_place
from tests.support.scripted import by_people, extract, meeting

VISIT = (
    "Tonga and New Zealand sign fisheries pact as Tupou ends Wellington visit\n\n"
    "By Island Desk | Wellington | Thursday 9 July 2026\n\n"
    "Tongan Prime Minister Viliami Tupou and New Zealand Prime Minister Claire Hadlow signed "
    "a fisheries protection pact at Parliament House on Thursday, ending a two-day visit.\n\n"
    "On Wednesday afternoon he held talks at Parliament House with the Foreign Minister, "
    "Aroha Penfold, and the Minister for Pacific Peoples, Sione Maka. Officials said the "
    "talks covered seasonal work visas."
)


def test_a_building_is_not_the_articles_place_the_byline_city_is() -> None:
    assert article_place(VISIT) == "Wellington"


def test_talks_at_a_building_are_placed_in_the_bylines_city() -> None:
    result = extract(
        VISIT,
        {
            "signed a fisheries": [
                meeting(["Viliami Tupou", "Claire Hadlow"], location="Parliament House")
            ],
            "On Wednesday afternoon": [
                meeting(["Aroha Penfold", "Sione Maka"], location="Parliament House")
            ],
        },
        "2026-07-09",
    )
    places = {m.location for m in result.meetings}
    assert places == {"Parliament House, Wellington"}


def test_he_who_held_talks_with_two_ministers_is_the_visitor() -> None:
    result = extract(
        VISIT,
        {
            "signed a fisheries": [meeting(["Viliami Tupou", "Claire Hadlow"])],
            "On Wednesday afternoon": [meeting(["Aroha Penfold", "Sione Maka"])],
        },
        "2026-07-09",
    )
    talks = by_people(result)[("Aroha Penfold", "Sione Maka", "Viliami Tupou")]
    assert talks.date == dt.date(2026, 7, 8)


def test_a_national_assembly_gets_its_city() -> None:
    text = (
        "YEREVAN, May 13, 2026. The speaker of the Moldovan parliament, Ion Rusu, ended a visit "
        "to Armenia on Wednesday.\n\n"
        "On Monday, Rusu and the President of the National Assembly, Narek Sargsyan, held "
        "talks at the National Assembly."
    )
    result = extract(
        text,
        {"held talks": [meeting(["Ion Rusu", "Narek Sargsyan"], location="National Assembly")]},
        "2026-05-13",
    )
    assert [m.location for m in result.meetings] == ["National Assembly, Yerevan"]


ROUNDUP = (
    "VADUZ, 20 October 2027 - Andorra's foreign minister, Pere Casals, met the EU commissioner "
    "Anna Lind in Brussels on 14 October and Casals later spoke to reporters.\n\n"
    "Monaco's minister, Clara Rossi, has been busy too. Earlier this month she held a video "
    "conference with Liechtenstein's foreign minister, Eva Marxer, on residence permits."
)


def test_a_pronoun_the_draft_already_named_brings_in_nobody_else() -> None:
    result = extract(
        ROUNDUP,
        {
            "met the EU commissioner": [meeting(["Pere Casals", "Anna Lind"])],
            "Earlier this month": [meeting(["Clara Rossi", "Eva Marxer"], kind="virtual")],
        },
        "2027-10-20",
    )
    assert set(by_people(result)) == {("Anna Lind", "Pere Casals"), ("Clara Rossi", "Eva Marxer")}
