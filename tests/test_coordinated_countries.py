"""An official named second in a pair on one side ("Indonesian Foreign Minister Sugiono
and Defence Minister Sjafrie") shares the first's country; two holders of the same office,
or a pair "between" whom a meeting is held, are two sides.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._coordinated_countries import coordinated_countries
from tests.support.scripted import extract, meeting

GHANA = ("Ghana", "GH")


def test_the_second_of_a_pair_takes_the_firsts_country() -> None:
    text = "Ghanaian Foreign Minister Kofi Mensah and Defence Minister Ama Boateng arrived."
    groups = [["Kofi Mensah", "Mensah"], ["Ama Boateng", "Boateng"]]
    assert coordinated_countries(text, groups, [GHANA, None]) == [GHANA, GHANA]


def test_a_country_of_its_own_two_counterparts_or_two_sides_give_none() -> None:
    groups = [["Kofi Mensah"], ["Ama Boateng"]]
    for text in (
        "Foreign Minister Kofi Mensah and Togolese Defence Minister Ama Boateng met.",
        "President Kofi Mensah and President Ama Boateng signed a communique.",
        "A call between President Kofi Mensah and Deputy President Ama Boateng was held.",
        "Kofi Mensah and Ama Boateng held talks.",  # no office: nothing says one side
    ):
        assert coordinated_countries(text, groups, [GHANA, None]) == [GHANA, None], text


TWO_PLUS_TWO = (
    "JAKARTA, March 11, 2027 - Australian Foreign Minister Jane Holt and Deputy Prime "
    "Minister and Defence Minister Richard Hale held talks with Indonesian Foreign Minister "
    "Budi Santoso and Defence Minister Agus Wiranto on Wednesday."
)


def test_each_side_of_a_two_plus_two_keeps_its_flag() -> None:
    drafted = meeting(["Jane Holt", "Richard Hale", "Budi Santoso", "Agus Wiranto"])
    (talks,) = extract(TWO_PLUS_TWO, {"held talks": [drafted]}, "2027-03-11").meetings
    assert {p.name: p.country for p in talks.participants} == {
        "Jane Holt": "Australia",
        "Richard Hale": "Australia",
        "Budi Santoso": "Indonesia",
        "Agus Wiranto": "Indonesia",
    }
