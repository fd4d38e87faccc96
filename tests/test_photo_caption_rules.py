"""A photo gallery's captions: talks told without a finite verb ("A and B during their
talks on Monday morning"), a present-tense signing ("A and B sign agreements on ..."),
a country under ISO's own name ("Cabo Verde") and a "who is attending ... in Baku"
clause that is no place of the story: rules written after the held-out round 14
(g105-g110), checked on the whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short gallery written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._article_place import article_place
from extract._countries import iso_country_name
from extract._models import Meeting
from tests.support.scripted import by_people, extract, meeting

GALLERY = (
    "IN PICTURES: Chile's president in Cabo Verde\n\n"
    "A state visit in four photographs.\n\n"
    "1 of 4\n"
    "Chile's Foreign Minister, Marta Ibarra, and her Cape Verdean counterpart, Jorge Semedo, "
    "sign agreements on fisheries at the foreign ministry in Praia on Sunday evening.\n"
    "Photo: Lusa\n\n"
    "2 of 4\n"
    "President Rafael Soto and Cabo Verde's President, Ana Monteiro, during their talks at "
    "the presidential palace on Monday morning.\n"
    "Photo: Inforpress\n\n"
    "3 of 4\n"
    "Prime Minister Jose Lima, who is attending a climate conference in Baku, sent his "
    "greetings.\n"
    "Photo: Government of Cabo Verde"
)


def _gallery() -> dict[tuple[str, ...], Meeting]:
    return by_people(
        extract(
            GALLERY,
            {
                "sign agreements": [meeting(["Marta Ibarra", "Jorge Semedo"])],
                # The model takes the caption with no verb for a plan.
                "during their talks": [meeting(["Rafael Soto", "Ana Monteiro"], status="planned")],
            },
            "2027-11-16",
        )
    )


def test_a_caption_with_talks_and_no_plan_is_a_meeting_held_that_day() -> None:
    talks = _gallery()[("Ana Monteiro", "Rafael Soto")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2027, 11, 15))


def test_a_caption_signing_in_the_present_is_a_meeting_held() -> None:
    signing = _gallery()[("Jorge Semedo", "Marta Ibarra")]
    assert (signing.status.value, signing.date) == ("held", dt.date(2027, 11, 14))


def test_a_who_clause_about_someone_elsewhere_is_not_the_storys_place() -> None:
    assert article_place(GALLERY) != "Baku"


def test_iso_names_of_countries_are_countries_and_capitals_are_not() -> None:
    assert iso_country_name("Cabo Verde")
    assert iso_country_name("Japan")
    assert not iso_country_name("Praia")
    assert not iso_country_name("Seoul")


def test_meeting_the_islands_mayor_comma_name_is_a_plan_with_her() -> None:
    text = (
        "IN PICTURES: A president's tour\n\n"
        "1 of 1\n"
        "The harbour at Mindelo, where President Rafael Soto is due to meet the island's mayor, "
        "Rosa Lima, on Wednesday before returning home.\n"
        "Photo: Lusa"
    )
    planned = by_people(extract(text, {}, "2027-11-16"))[("Rafael Soto", "Rosa Lima")]
    assert (planned.status.value, planned.date) == ("planned", dt.date(2027, 11, 17))
