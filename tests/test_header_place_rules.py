"""Where a meeting was, from an article's header and headline: a city on a line of its
own above the publication line, a venue's city from the headline, and place names with
a lower-case particle ("Dar es Salaam"): rules written after the held-out round 13,
checked on the whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import pytest

from extract import _places
from extract._article_place import article_place
from tests.support.scripted import by_people, extract, meeting

HEADER = (
    "Minister meets Kazakh counterpart on the sidelines\n\n"
    "Special Correspondent\n"
    "ASTANA\n"
    "Published - July 15, 2026 10:12 pm IST\n\n"
    "External Affairs Minister Anil Rao arrived on Monday for a three-day visit to "
    "Kazakhstan, his first since taking office.\n\n"
    "On Wednesday, Rao paid a courtesy call on Foreign Minister Yerlan Nurlanov at the "
    "Akorda Residence."
)

HEADLINE = (
    "Leaders sign port charter as summit concludes in Port of Spain\n\n"
    "By Ana Ruiz\n\n"
    "Prime Minister Keith Ramdial received President Irfaan Samaroo at the Presidential "
    "Palace on Friday."
)


def test_a_city_on_its_own_line_above_the_publication_line_is_the_articles_place() -> None:
    assert article_place(HEADER) == "Astana"
    # A heading on its own line is no place.
    assert article_place("PRESS RELEASE\n24 April 2026\n\nThe minister met ...") is None


def test_a_venue_gets_the_city_of_the_header_or_else_of_the_headline() -> None:
    talks = by_people(
        extract(HEADER, {"courtesy call": [meeting(["Anil Rao", "Yerlan Nurlanov"])]}, "2026-07-15")
    )[("Anil Rao", "Yerlan Nurlanov")]
    assert talks.location == "Akorda Residence, Astana"
    visit = by_people(
        extract(
            HEADLINE, {"received": [meeting(["Keith Ramdial", "Irfaan Samaroo"])]}, "2026-07-15"
        )
    )[("Irfaan Samaroo", "Keith Ramdial")]
    assert visit.location == "Presidential Palace, Port of Spain"


def test_a_place_name_with_a_lower_case_particle_is_whole() -> None:
    assert article_place("Leaders at the summit in Dar es Salaam agreed ...") == "Dar es Salaam"


def test_a_called_off_meetings_place_is_not_the_storys_place() -> None:
    text = (
        "KUWAIT CITY, Dec 2 (Gulf Wire) - The ministers met on Tuesday.\n\n"
        "Separately, a meeting in Basra between the two oil ministers, which had been "
        "scheduled for next week, has been postponed indefinitely."
    )
    assert article_place(text) == "Kuwait City"


def test_a_venue_never_takes_a_country_for_its_city(monkeypatch: pytest.MonkeyPatch) -> None:
    # An article whose own place reads as a country ("Japan"): the venue keeps no "city".
    monkeypatch.setattr(_places, "article_place", lambda text: "Japan")
    text = (
        "Vice-ministers confer\n\n"
        "Vice Foreign Minister Park Min-ji joined Vice Minister Ken Ueda at the Iikura Guest "
        "House for the talks on Thursday."
    )
    talks = by_people(
        extract(text, {"joined Vice": [meeting(["Park Min-ji", "Ken Ueda"])]}, "2026-03-12")
    )[("Ken Ueda", "Park Min-ji")]
    assert talks.location == "Iikura Guest House"
