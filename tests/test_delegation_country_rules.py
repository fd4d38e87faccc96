"""Countries written around a name rather than before it: a delegation "of X headed by"
the person, a lower-case office after a possessive ("Haiti's interior minister, ..."),
and the Taliban's officials (Afghanistan). Rules written before held-out round 16.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._countries import normalize_country
from tests.support.scripted import extract, meeting

DELEGATION = (
    "PORT LOUIS, 4 March 2026\n\n"
    "The Mauritian Minister of Foreign Affairs, Amelie Ramdass, received today a delegation "
    "of the Republic of Seychelles headed by the "
    "Minister of Fisheries and the Blue Economy, Joachim Hoareau. The Samoan delegation, led "
    "by Deputy Prime Minister Tuala Iosefo, joined the talks with Mauritius in the afternoon.\n\n"
    "Trade with Seychelles was on the agenda, and Mauritius's tourism minister, Kavi "
    "Jugnauth, also took part."
)


def test_a_delegation_of_a_country_gives_its_head_that_country() -> None:
    result = extract(
        DELEGATION,
        {
            "received today": [
                meeting(["Amelie Ramdass", "Joachim Hoareau", "Tuala Iosefo", "Kavi Jugnauth"])
            ]
        },
        "2026-03-04",
    )
    people = {p.name: p.country for m in result.meetings for p in m.participants}
    assert people["Joachim Hoareau"] == "Seychelles"
    assert people["Tuala Iosefo"] == "Samoa"  # "The Samoan delegation, led by ..."
    assert people["Kavi Jugnauth"] == "Mauritius"  # a lower-case office after "'s"


def test_the_taliban_stands_for_afghanistan() -> None:
    assert normalize_country("Taliban") == ("Afghanistan", "AF")
