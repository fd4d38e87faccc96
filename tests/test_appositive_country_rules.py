"""Countries written in an office after the name, or after an honorific: "X, Cyprus's
Deputy Minister for Migration", "Cyprus's High Commissioner to Malta, H.E. Y", and an
envoy "to" a country who does not serve it. Rules written before held-out round 19.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._official_countries import possessive_country
from tests.support.scripted import extract, meeting

VIDEO_CALL = (
    "THE HARBOUR GAZETTE\nTuesday, 3 March 2026\n\n"
    "Fisheries Minister Tomas Ferreira held a video call on Monday with Anneli Korhonen, "
    "Finland's Deputy Minister for Fisheries and Coastal Protection, who stood in for "
    "Minister Pekka Laine.\n\n"
    "Later, Mr Ferreira received Estonia's Deputy Ambassador to Portugal, H.E. Kadri Tamm, "
    "at the ministry in Lisbon, where Portugal's fishing quotas were discussed. Portugal "
    "and Finland agreed to share patrol data."
)


def _countries(drafts: dict[str, list[object]]) -> dict[str, str | None]:
    result = extract(VIDEO_CALL, drafts, "2026-03-03")  # type: ignore[arg-type]
    return {p.name: p.country for m in result.meetings for p in m.participants}


def test_an_office_after_the_name_gives_its_country() -> None:
    people = _countries(
        {
            "held a video call": [meeting(["Tomas Ferreira", "Anneli Korhonen"], kind="call")],
            "received Estonia": [meeting(["Tomas Ferreira", "Kadri Tamm"])],
        }
    )
    # Before this rule, "Finland's Deputy Minister" read as someone else's office.
    assert people["Anneli Korhonen"] == "Finland"


def test_an_honorific_between_the_office_and_the_name_is_skipped() -> None:
    people = _countries(
        {
            "held a video call": [meeting(["Tomas Ferreira", "Anneli Korhonen"], kind="call")],
            "received Estonia": [meeting(["Tomas Ferreira", "Kadri Tamm"])],
        }
    )
    assert people["Kadri Tamm"] == "Estonia"


def test_an_envoy_to_a_country_is_not_its_national() -> None:
    people = _countries(
        {
            "held a video call": [meeting(["Tomas Ferreira", "Anneli Korhonen"], kind="call")],
            "received Estonia": [
                meeting(
                    [
                        "Tomas Ferreira",
                        {"name": "Kadri Tamm", "title": "Deputy Ambassador to Portugal"},
                    ]
                )
            ],
        }
    )
    assert people["Kadri Tamm"] == "Estonia"
    # The home official the two foreigners met takes the article's own country.
    assert people["Tomas Ferreira"] == "Portugal"


SUMMIT_LIST = (
    "ARUSHA, 9 July 2026\n\n"
    "According to the communiqué, President Grace Mwangi, Rwanda's President Émile Habimana "
    "and Uganda's President John Okello met on Thursday in Arusha, Kenya, and agreed to "
    "build a joint rail depot."
)


def test_a_list_of_officials_is_not_an_apposition() -> None:
    result = extract(
        SUMMIT_LIST,
        {"met on Thursday": [meeting(["Grace Mwangi", "Émile Habimana", "John Okello"])]},
        "2026-07-09",
    )
    people = {p.name: p.country for m in result.meetings for p in m.participants}
    assert people["Émile Habimana"] == "Rwanda"
    assert people["Grace Mwangi"] != "Rwanda"  # the next person's office, not hers


UNNAMED_COUNTERPART = (
    "SANTIAGO, 12 May 2026\n\n"
    "Foreign Minister Lucia Rojas held a video call on Monday with Peru's top diplomat, "
    "Manuel Quispe.\n\n"
    "Quispe pressed his Chilean counterpart over delays at the border crossings, and the two "
    "agreed to meet in Lima in June."
)


def test_an_unnamed_counterpart_is_the_person_met() -> None:
    result = extract(
        UNNAMED_COUNTERPART,
        {"held a video call": [meeting(["Lucia Rojas", "Manuel Quispe"], kind="call")]},
        "2026-05-12",
    )
    people = {p.name: p.country for m in result.meetings for p in m.participants}
    assert people["Manuel Quispe"] == "Peru"  # "Peru's top diplomat, Manuel Quispe"
    assert people["Lucia Rojas"] == "Chile"  # "Quispe pressed his Chilean counterpart"


REPRESENTED = (
    "GENEVA, 16 June 2026\n\n"
    "Brazil's president, Ana Ribeiro, used the forum to meet African leaders. Ghana was "
    "represented in Geneva by Vice-President Kwame Asante, and Ribeiro held talks with "
    "Asante on Monday. Ghana's Foreign Minister Ama Owusu had met Ribeiro on Sunday."
)


def test_a_country_represented_somewhere_by_a_hyphenated_office() -> None:
    result = extract(
        REPRESENTED,
        {
            "held talks with": [
                meeting(["Ana Ribeiro", "Kwame Asante"]),
                meeting(["Ama Owusu", "Ana Ribeiro"]),
            ]
        },
        "2026-06-16",
    )
    people = {p.name: p.country for m in result.meetings for p in m.participants}
    assert people == {"Ana Ribeiro": "Brazil", "Kwame Asante": "Ghana", "Ama Owusu": "Ghana"}
    # Stated where the name is written, not guessed from the sentence's only country
    # (which another Ghanaian already holds, and which fails when several are named).
    assert possessive_country(REPRESENTED, ["Kwame Asante"]) == ("Ghana", "GH")
    assert possessive_country(REPRESENTED, ["Ana Ribeiro"]) == ("Brazil", "BR")
