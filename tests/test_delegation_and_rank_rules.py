"""Held-out round 31 leftovers: a translated defence-ministry item (military ranks between
office and name, a slash dateline, "the delegation headed by X", a report in the present
tense) and a joint release's documents.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._published import detect_published
from tests.support.scripted import agreed, extract, meeting

DEFENCE_VISIT = (
    "Minister receives delegation of Armenia\n\n"
    "Tbilisi / 9 June 2027 / (translated from Georgian)\n\n"
    "Minister of Defence of Georgia Major General Levan Beridze receives the delegation "
    "headed by Deputy Minister of Defence of Armenia Aram Hakobyan, which is on an official "
    "visit to our country, on the 8th of this month.\n\n"
    "At the end of the meeting, Minister Beridze and Deputy Minister Hakobyan sign the Plan "
    "of Bilateral Military Cooperation for the year 2028.\n\n"
    "On the 9th of this month, the delegation holds a meeting with Chief of General Staff "
    "Lieutenant General Nika Gelashvili."
)


def _defence_visit() -> list[tuple[dt.date | None, dict[str, str | None], list[str]]]:
    result = extract(
        DEFENCE_VISIT,
        {
            "receives the delegation": [meeting([{"name": "Levan Beridze"}])],
            "sign the Plan": [
                meeting(
                    ["Minister Beridze", "Deputy Minister Hakobyan"],
                    agreements=[agreed("signed the Plan of Bilateral Military Cooperation")],
                )
            ],
            "holds a meeting": [meeting(["Nika Gelashvili"], date_text="On the 9th")],
        },
        None,
    )
    return [
        (
            m.date,
            {p.name: p.title for p in m.participants},
            [a.type.value for a in m.agreements],
        )
        for m in result.meetings
    ]


def test_a_slash_dateline_gives_the_story_its_day() -> None:
    assert detect_published(DEFENCE_VISIT) == (dt.date(2027, 6, 9), "dateline")


def test_a_military_rank_between_office_and_name_is_no_part_of_the_office() -> None:
    titles = {
        name: title for _day, people, _a in _defence_visit() for name, title in people.items()
    }
    assert titles["Levan Beridze"] == "Minister of Defence of Georgia"
    assert titles["Nika Gelashvili"] == "Chief of General Staff"


def test_the_head_of_the_delegation_is_the_other_side_of_its_meetings() -> None:
    meetings = {day: sorted(people) for day, people, _a in _defence_visit()}
    assert meetings == {
        dt.date(2027, 6, 8): ["Aram Hakobyan", "Levan Beridze"],
        dt.date(2027, 6, 9): ["Aram Hakobyan", "Nika Gelashvili"],
    }


def test_a_plan_of_cooperation_signed_in_the_present_tense_is_a_signed_document() -> None:
    types = {day: kinds for day, _people, kinds in _defence_visit()}
    assert types[dt.date(2027, 6, 8)] == ["signed_document"]


def test_agreeing_to_sign_a_programme_later_is_not_signing_it() -> None:
    text = (
        "Ministers meet in Quito\n\n"
        "Ecuador's Foreign Minister Rosa Andrade met her Uruguayan counterpart Pablo Sosa in "
        "Quito on Monday. They agreed to sign a programme of cultural cooperation at their "
        "next meeting."
    )
    drafted = meeting(
        ["Rosa Andrade", "Pablo Sosa"],
        agreements=[agreed("Agreed to sign a programme of cultural cooperation")],
    )
    [talks] = extract(text, {"met her": [drafted]}, "2027-02-10").meetings
    assert [a.type.value for a in talks.agreements] == ["commitment"]
