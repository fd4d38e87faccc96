"""A vice president who "sat in on the closed-door session" a few paragraphs after the
talks, the country of one who attended on behalf of their president, the country of the
one whose "Kenyan counterpart" signed with them, and a lead where two countries
"yesterday signed". Rules written after held-out round 21 was recorded (its first score
does not include them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from tests.support.scripted import extract, meeting

_ARTICLE = (
    "By Amina Njeri in Mwanza\n\n"
    "Tanzania and Burundi yesterday signed a memorandum of understanding on joint patrols "
    "on Lake Tanganyika.\n\n"
    "The agreement was signed in Mwanza by the Minister of Foreign Affairs, Ms Neema "
    "Mushi, and her Burundian counterpart, Mr Eloi Ndayishimiye, after a day of talks.\n\n"
    "Under the deal, marine police from both countries will patrol the lake together.\n\n"
    "The ministers also said fishermen would no longer be prosecuted abroad.\n\n"
    "Vice President Halima Said, who attended on behalf of President Juma Mwakyusa of "
    "Tanzania, opened the talks and sat in on the closed-door session between the two "
    "delegations.\n\n"
    "Burundi and Tanzania share the lake with Zambia and the Congo."
)


def _talks() -> list[object]:
    script = {
        "was signed in Mwanza": [meeting(["Neema Mushi", "Eloi Ndayishimiye"])],
        "sat in on": [meeting(["Halima Said", "Neema Mushi"])],
    }
    return list(extract(_ARTICLE, script, "2026-11-17").meetings)


def test_one_who_sat_in_on_the_session_later_is_a_side_of_those_talks() -> None:
    [talks] = _talks()
    assert [p.name for p in talks.participants] == [
        "Neema Mushi",
        "Eloi Ndayishimiye",
        "Halima Said",
    ]


def test_a_stand_in_serves_the_country_of_the_one_they_stood_in_for() -> None:
    [talks] = _talks()
    said = next(p for p in talks.participants if p.name == "Halima Said")
    assert said.country == "Tanzania"


def test_the_one_whose_counterpart_is_burundian_serves_the_other_country() -> None:
    [talks] = _talks()
    countries = {p.name: p.country for p in talks.participants}
    assert (countries["Neema Mushi"], countries["Eloi Ndayishimiye"]) == ("Tanzania", "Burundi")


def test_two_countries_that_yesterday_signed_give_the_talks_what_they_signed() -> None:
    [talks] = _talks()
    assert [(a.type.value, a.summary) for a in talks.agreements] == [
        (
            "signed_document",
            "Signed a memorandum of understanding on joint patrols on Lake Tanganyika",
        )
    ]
