"""An office whose last word looks like a name ("Minister of Energy Transition, X"), a
country's adjective that is no city ("in Moroccan waters"), and a principal "represented at
the meeting by" an adviser after a clause about where he is. Rules written after held-out
round 21 was recorded (its first score does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._places import _cities_in
from tests.support.scripted import extract, meeting


def test_an_office_ending_in_a_capitalized_portfolio_word_names_its_holder() -> None:
    text = (
        "RABAT, Jan 21 (Wire) - The visit follows a phone call last week between Morocco's "
        "Minister of Energy Transition, Salma Idrissi, and her Portuguese counterpart, Duarte "
        "Quintela."
    )
    result = extract(
        text,
        {"phone call": [meeting(["Morocco's Minister of Energy Transition", "Duarte Quintela"])]},
        "2027-01-21",
    )
    [call] = result.meetings
    assert {p.name for p in call.participants} == {"Salma Idrissi", "Duarte Quintela"}


def test_a_countrys_adjective_before_a_noun_is_no_city() -> None:
    passage = (
        "Portela would raise fisheries access in Moroccan waters. He met Y in Abidjan on "
        "Monday and in Kyiv."
    )
    assert list(_cities_in(passage)) == ["Abidjan", "Kyiv"]


def test_a_principal_represented_at_the_meeting_after_a_clause_took_no_part() -> None:
    text = (
        "CHISINAU, 13 May 2027\n\n"
        "Minister Elina Harjuvaara was received at the Presidency. President Victor Ganea, who "
        "is on a working visit to Brussels, was represented at the meeting by the Presidential "
        "Adviser on Foreign Policy, Radu Zamfir."
    )
    result = extract(
        text, {"was received": [meeting(["Elina Harjuvaara", "Victor Ganea"])]}, "2027-05-13"
    )
    [received] = result.meetings
    assert {p.name for p in received.participants} == {"Elina Harjuvaara", "Radu Zamfir"}
