"""Held-out round 31 leftovers: a translated defence-ministry item (military ranks between
office and name, a slash dateline, "the delegation headed by X", a report in the present
tense), summit sidelines (a stand-in "represented by", a topic's place), a speaker's visit
(countries of the guest or a topic), a joint release's lettered list of instruments, and a
tour's section headings.

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


SIDELINES = (
    "Summit sidelines\n\n"
    "WINDHOEK, Aug 17 - Southern African leaders wrapped up their summit on Sunday.\n\n"
    "Botswana's President Kabelo Seretse skipped the summit to deal with floods and was "
    "represented by Vice-President Neo Mokgosi. Mokgosi met Namibian President Helena "
    "Nangolo on Saturday evening.\n\n"
    "Executive Secretary Tshepo Molefe held talks on Saturday with Mozambican President "
    "Alberto Macuacua on the future of the regional force in Cabo Delgado.\n\n"
    "Tanzanian President Amani Mfinanga is expected to host Macuacua in Dar es Salaam next "
    "month."
)


def test_a_stand_in_serves_the_country_of_whoever_was_represented_by_them() -> None:
    result = extract(
        SIDELINES,
        {
            "Mokgosi met": [meeting(["Neo Mokgosi", "Helena Nangolo"])],
            "held talks": [meeting(["Tshepo Molefe", "Alberto Macuacua"])],
            "expected to host": [meeting(["Amani Mfinanga", "Alberto Macuacua"], status="planned")],
        },
        "2026-08-17",
    )
    countries = {p.name: p.country for m in result.meetings for p in m.participants}
    assert countries["Neo Mokgosi"] == "Botswana"
    places = {m.status.value: m.location for m in result.meetings}
    # The force's place is a topic of the talks, not where they were held.
    assert {m.location for m in result.meetings if m.status.value == "held"} == {"Windhoek"}
    assert places["planned"] == "Dar es Salaam"


def test_a_country_told_of_the_guest_or_of_a_topic_is_not_the_hosts() -> None:
    text = (
        "Speaker's visit\n\n"
        "LISBON, May 22 - On Wednesday the Estonian speaker Kadri Lepik was received at Belem "
        "Palace by President Henrique Leal.\n\n"
        "On Thursday, Lepik met the committee's chair, Mariana Teles, and they exchanged views "
        "on Russia's hybrid attacks."
    )
    result = extract(
        text,
        {
            "was received": [meeting(["Kadri Lepik", "Henrique Leal"])],
            "committee's chair": [meeting(["Kadri Lepik", "Mariana Teles"])],
        },
        "2026-05-22",
    )
    people = {p.name: p for m in result.meetings for p in m.participants}
    assert people["Henrique Leal"].country != "Estonia"
    assert people["Mariana Teles"].country != "Russia"
    assert people["Mariana Teles"].title == "chair"


RELEASE = (
    "Joint Press Release\n\n"
    "Manila, 10 March 2026\n\n"
    "1. At the invitation of Secretary of Foreign Affairs Ramon Villanueva, the Minister of "
    "Foreign Affairs of the Republic of Chile, Ximena Orellana Fuentes, is paying an official "
    "visit to the Philippines.\n\n"
    "2. Today, Secretary Villanueva and Minister Orellana held bilateral talks in Manila.\n\n"
    "3. Following the talks, the two Ministers signed, or witnessed the signing of, the "
    "following instruments:\n\n"
    "   a) Memorandum of Understanding on Cooperation in Disaster Risk Reduction;\n"
    "   b) Agreement on the Waiver of Visa Requirements for Diplomatic Passports.\n\n"
    "4. The Ministers welcomed the growth of two-way trade in fruit and electronics."
)


def test_a_lettered_list_of_instruments_is_what_the_talks_signed() -> None:
    result = extract(
        RELEASE,
        {"held bilateral talks": [meeting(["Ramon Villanueva", "Ximena Orellana Fuentes"])]},
        None,
    )
    [talks] = result.meetings
    assert sorted(a.summary for a in talks.agreements) == [
        "Signed Agreement on the Waiver of Visa Requirements for Diplomatic Passports",
        "Signed Memorandum of Understanding on Cooperation in Disaster Risk Reduction",
    ]
    # The office after "X, " with another's name after it is that other's.
    countries = {p.name: p.country for p in talks.participants}
    assert countries["Ramon Villanueva"] != "Chile"


def test_a_section_heading_is_no_sentence_an_agreement_is_traced_to() -> None:
    text = (
        "Tour wraps up\n\n"
        "TASHKENT\n\n"
        "The following day Tran Minh Khoa flew on to Tashkent, where he met Uzbek Foreign Minister "
        "Jasur Rakhimov. The two sides agreed to set up a working group on textiles and to open "
        "direct flights between Tashkent and Da Nang."
    )
    drafted = meeting(
        ["Tran Minh Khoa", "Jasur Rakhimov"],
        agreements=[
            agreed("set up a working group on textiles"),
            agreed("open direct flights between Tashkent and Da Nang"),
        ],
    )
    [talks] = extract(text, {"he met": [drafted]}, "2026-04-17").meetings
    assert len(talks.agreements) == 2


def test_a_q_and_a_answer_is_told_by_the_interviewee_the_introduction_names() -> None:
    text = (
        '"The corridor cannot wait": a foreign minister on her week\n\n'
        "LILONGWE, 22 May 2026 — Thandiwe Nyirenda Phiri became Malawi's foreign minister in "
        "February. She spoke to the Lilongwe Review in her office.\n\n"
        "Q: Who did you see this week?\n\n"
        "A: On Tuesday I hosted my Zambian counterpart, Mulenga Chanda Mwale, here. We agreed "
        "that the border post at Mchinji will open around the clock from July, and we agreed to "
        "set up a joint committee on rail freight.\n\n"
        "Q: What is next?\n\n"
        "A: On Monday I will meet the Minister of Trade of Kenya, Wanjiru Kamau, in Nairobi."
    )
    result = extract(
        text,
        {
            "I hosted": [
                meeting(
                    ["Mulenga Chanda Mwale"],
                    date_text="On Tuesday",
                    agreements=[
                        agreed(
                            "We agreed that the border post at Mchinji will open around the "
                            "clock from July, and we agreed to set up a joint committee on rail "
                            "freight"
                        )
                    ],
                )
            ],
            "I will meet": [meeting(["Wanjiru Kamau"], status="planned", date_text="On Monday")],
        },
        "2026-05-22",
    )
    met = {
        tuple(sorted(p.name for p in m.participants)): (m.status.value, len(m.agreements))
        for m in result.meetings
    }
    assert met == {
        ("Mulenga Chanda Mwale", "Thandiwe Nyirenda Phiri"): ("held", 2),
        ("Thandiwe Nyirenda Phiri", "Wanjiru Kamau"): ("planned", 0),
    }
