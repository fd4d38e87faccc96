"""A fisheries wire: "The Tromsø talks" names a place, not a person; "a video conference
on Thursday with the Faroese fisheries minister, Høgni Joensen"; "a three-way meeting
between A, B and Britain's fisheries minister, C, ... was called off"; and Icelandic
letters folded so "Thordis Gudmundsdottir" is "Þórdís Guðmundsdóttir": rules written
after the held-out round 14 (g105-g110), checked on the whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short wire written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import ArticleExtraction
from extract._people import same_person
from tests.support.scripted import by_people, extract, meeting

WIRE = (
    "Herring talks end without a quota deal\n\n"
    "REYKJAVIK, March 2 (Northern Wire) - Iceland's fisheries minister, Ásgeir Þórðarson, and "
    "Norwegian Fisheries Minister Lars Berge met on Monday at the Harbour Centre in "
    "Reykjavik.\n\n"
    "The Reykjavik talks came days after Berge held a video conference on Thursday with the "
    "Faroese fisheries minister, Jógvan Dam.\n\n"
    "A three-way meeting between Þórðarson, Berge and Britain's fisheries minister, Ian Reid, "
    "which had been set for February 10 in Edinburgh, was called off at short notice."
)


def _wire() -> ArticleExtraction:
    return extract(
        WIRE,
        {
            "met on Monday": [meeting(["Ásgeir Þórðarson", "Lars Berge"])],
            # The model takes the place for the other side.
            "video conference": [meeting(["Reykjavik", "Berge"], kind="virtual")],
        },
        "2027-03-02",
    )


def test_the_place_of_the_talks_is_no_person_and_the_minister_named_after_it_is() -> None:
    call = by_people(_wire())[("Jógvan Dam", "Lars Berge")]
    assert (call.kind.value, call.date) == ("virtual", dt.date(2027, 2, 25))


def test_a_called_off_meeting_between_three_named_people() -> None:
    off = by_people(_wire())[("Ian Reid", "Lars Berge", "Ásgeir Þórðarson")]
    assert (off.status.value, off.date, off.location) == (
        "cancelled",
        dt.date(2027, 2, 10),
        "Edinburgh",
    )


def test_icelandic_letters_fold_to_their_plain_spelling() -> None:
    assert same_person("Thordis Gudmundsdottir", "Þórdís Guðmundsdóttir")
    assert not same_person("Thordis Gudmundsdottir", "Þórdís Jónsdóttir")


def test_an_office_in_lower_case_before_a_comma_is_the_persons_title() -> None:
    titles = {p.name: p.title for m in _wire().meetings for p in m.participants}
    assert titles["Ásgeir Þórðarson"] == "fisheries minister"
    assert titles["Jógvan Dam"] == "fisheries minister"


def test_a_pair_whose_second_side_is_named_in_apposition_met_and_agreed() -> None:
    text = (
        "Neighbours agree on border lists\n\n"
        "KUWAIT CITY, Dec 2 (Gulf Wire) - Kuwaiti Foreign Minister Sheikh Fahad Al-Ahmad and "
        "his Iraqi counterpart, Hamid al-Rawi, agreed on Tuesday to exchange lists of missing "
        "persons before the end of January."
    )
    talks = by_people(extract(text, {}, "2027-12-02"))[("Fahad Al-Ahmad", "Hamid al-Rawi")]
    assert talks.date == dt.date(2027, 11, 30)
    assert [a.summary for a in talks.agreements] == [
        "Agreed on Tuesday to exchange lists of missing persons before the end of January"
    ]
