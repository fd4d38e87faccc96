"""A called-off meeting's weekday nearest the story's date, "foreign ministers A and B"
in lower case, and an official's own country from the people they met when most of
those are placed: rules written after the held-out round 13 (g99-g104), checked on the
whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import ArticleExtraction
from tests.support.scripted import by_people, extract, meeting

# Published on Friday 20 November 2026.
CALLED_OFF = (
    "Border talks called off\n\n"
    "Talks between Ghana's Interior Minister Kofi Mensah and Togo's Interior Minister Yawa "
    "Agbeko, which Benin had arranged for Saturday, were called off on Thursday.\n\n"
    "A meeting between Ghana's Trade Minister Ama Owusu and Togo's Trade Minister Kodjo "
    "Lawson, scheduled for Tuesday in Lome, was called off when the border closed."
)

DINNER = (
    "Aegean dinner\n\n"
    "On Tuesday, foreign ministers Nikos Andreou and Mehmet Kaya met for a working dinner "
    "in Athens."
)

# The article never says whose minister Haddad is; most of the people he met are placed,
# and the one country named most besides theirs is his.
TOUR = (
    "Lebanon's envoy tours the Gulf\n\n"
    "BEIRUT - Lebanon is pressing its neighbours for investment. Minister Karim Haddad met "
    "Qatar's Foreign Minister Salem Al-Kuwari in Doha on Monday and Kuwait's Foreign Minister "
    "Fahad Al-Sabah in Kuwait City on Tuesday.\n\nOn Wednesday Haddad met the banker "
    "Nawaf Al-Omar. Lebanon hopes they will fund its power grid."
)


def test_a_called_off_meetings_weekday_is_the_one_nearest_the_story() -> None:
    by = by_people(
        extract(
            CALLED_OFF,
            {
                "Talks between": [meeting(["Kofi Mensah", "Yawa Agbeko"], status="cancelled")],
                "A meeting between": [meeting(["Ama Owusu", "Kodjo Lawson"], status="cancelled")],
            },
            "2026-11-20",
        )
    )
    assert by[("Kofi Mensah", "Yawa Agbeko")].date == dt.date(2026, 11, 21)  # tomorrow
    assert by[("Ama Owusu", "Kodjo Lawson")].date == dt.date(2026, 11, 17)  # three days ago


def test_foreign_ministers_before_two_names_is_each_ones_title() -> None:
    result: ArticleExtraction = extract(
        DINNER, {"working dinner": [meeting(["Nikos Andreou", "Mehmet Kaya"])]}, "2026-06-18"
    )
    dinner = by_people(result)[("Mehmet Kaya", "Nikos Andreou")]
    assert {p.title for p in dinner.participants} == {"Foreign Minister"}


def test_an_unplaced_official_serves_the_country_named_most_besides_those_he_met() -> None:
    result = extract(
        TOUR,
        {
            "Minister Karim Haddad met": [
                meeting(["Minister Karim Haddad", "Salem Al-Kuwari"]),
                meeting(["Minister Karim Haddad", "Fahad Al-Sabah"]),
            ],
            "Haddad met the banker": [meeting(["Karim Haddad", "Nawaf Al-Omar"])],
        },
        "2026-03-04",
    )
    countries = {p.name: p.country for m in result.meetings for p in m.participants}
    assert countries["Karim Haddad"] == "Lebanon"


COUNTERPARTS = (
    "Ministers meet in Lima\n\n"
    "Peruvian Foreign Minister Elena Rios met her Chilean counterpart Tomas Vidal in Lima on "
    "Monday.\n\n"
    "On Tuesday, Peruvian President Jorge Salas received his Bolivian counterpart Luis Arce "
    "Mamani at the palace.\n\n"
    "On Wednesday, Prime Minister Ana Duarte of Portugal met her Croatian counterpart Ivo "
    "Baric.\n\n"
    "Danish Prime Minister Karen Holm met her German counterpart, Jonas Weber, on Thursday."
)


def test_a_counterpart_holds_the_same_office_bar_a_chancellors() -> None:
    result = extract(
        COUNTERPARTS,
        {
            "her Chilean counterpart": [meeting(["Elena Rios", "Tomas Vidal"])],
            "his Bolivian counterpart": [meeting(["Jorge Salas", "Luis Arce Mamani"])],
            "her Croatian": [meeting(["Ana Duarte", "Ivo Baric"])],
            "her German": [meeting(["Karen Holm", "Jonas Weber"])],
        },
        "2026-06-03",
    )
    titles = {p.name: p.title for m in result.meetings for p in m.participants}
    assert titles["Tomas Vidal"] == "Foreign Minister"
    assert titles["Luis Arce Mamani"] == "President"
    assert titles["Ivo Baric"] == "Prime Minister"
    # Germany's head of government is its Chancellor.
    assert titles["Jonas Weber"] is None
