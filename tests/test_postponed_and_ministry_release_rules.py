"""Held-out round 33 leftovers: a ministry's press release (a delegation "of the Ministry
... headed by" a deputy minister, "Following the talks", a background signing years ago,
an invitation to a conference abroad, a chief of staff named after his office and rank)
and a border story (a committee meeting "to have been co-chaired" by two ministers and
called off, a visit that goes ahead "despite the postponement" "on the 9th of next month").

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import find_date_mentions
from tests.support.scripted import agreed, extract, meeting

RELEASE = (
    "PRESS RELEASE\nMinistry of Defence of Latvia\n\n"
    "RIGA, 3 March 2027\n\n"
    "On Monday, Minister of Defence Ilze Ozola received the Ambassador of Chile, "
    "Mr. Rodrigo Fuentes Vidal, at the Ministry of Defence. Ambassador Fuentes Vidal "
    "conveyed an invitation for the minister to attend a naval conference in Valparaíso "
    "early next year.\n\n"
    "Today, Minister Ozola held official talks with a delegation of the Ministry of "
    "Defence of the Republic of Ghana headed by Deputy Minister of Defence, Major General "
    "Kwabena Asante, who arrived in Riga on Tuesday.\n\n"
    "Following the talks, Minister Ozola and Deputy Minister Kwabena Asante signed a "
    "Memorandum on Cooperation in Military Education.\n\n"
    "Tomorrow, the delegation will call on the Chief of the General Staff of the Armed "
    "Forces of Latvia, Major General Edgars Kalnins.\n\n"
    "Latvia and Ghana established relations in 1992. Cooperation between the two "
    "ministries has grown since the signing of the defence cooperation agreement in 2019."
)


def _release() -> list[tuple[dt.date | None, str | None, dict[str, str | None], list[str]]]:
    result = extract(
        RELEASE,
        {
            "received the Ambassador": [
                meeting(["Ilze Ozola", "Rodrigo Fuentes Vidal"], date_text="Monday")
            ],
            "held official talks": [meeting(["Minister Ozola"], date_text="Tuesday")],
            "Following the talks": [
                meeting(
                    ["Minister Ozola", "Deputy Minister Kwabena Asante"],
                    agreements=[agreed("signed a Memorandum on Cooperation", "signed_document")],
                )
            ],
            "will call on": [
                meeting(
                    ["Kwabena Asante", "Edgars Kalnins"], status="planned", date_text="Tomorrow"
                )
            ],
            "has grown since": [
                meeting(
                    [],
                    agreements=[
                        agreed(
                            "Cooperation has grown since the signing of the defence "
                            "cooperation agreement in 2019",
                            "signed_document",
                        )
                    ],
                )
            ],
        },
        None,
    )
    return [
        (
            m.date,
            m.location,
            {p.name: p.title for p in m.participants},
            [a.summary for a in m.agreements],
        )
        for m in result.meetings
    ]


def test_a_delegation_of_a_ministry_headed_by_a_ranked_deputy_is_the_other_side() -> None:
    talks = [m for m in _release() if "Kwabena Asante" in m[2] and "Ilze Ozola" in m[2]]
    assert len(talks) == 1  # the talks and the signing after them are one meeting
    assert talks[0][0] == dt.date(2027, 3, 3)  # "Today", not the lead's Monday


def test_a_signing_years_ago_is_not_what_the_talks_agreed() -> None:
    (talks,) = [m for m in _release() if "Kwabena Asante" in m[2] and "Ilze Ozola" in m[2]]
    assert len(talks[3]) == 1
    assert "Memorandum" in talks[3][0]


def test_a_conference_the_guest_is_invited_to_next_year_is_not_the_place() -> None:
    (courtesy,) = [m for m in _release() if "Rodrigo Fuentes Vidal" in m[2]]
    assert courtesy[1] is not None
    assert "Riga" in courtesy[1]
    assert "Valparaíso" not in courtesy[1]


def test_the_office_before_a_rank_and_name_is_the_title() -> None:
    (call,) = [m for m in _release() if "Edgars Kalnins" in m[2]]
    assert call[2]["Edgars Kalnins"] == "Chief of the General Staff of the Armed Forces of Latvia"


BORDER = (
    "Border talks called off; leaders' visit still on\n\n"
    "LUSAKA, May 19 (Zambezi Wire) - A meeting of the joint border commission that was due "
    "to take place in Kasane on Thursday has been postponed indefinitely, the defence "
    "ministry said on Tuesday.\n\n"
    "The commission meeting was to have been co-chaired by Zambian Defence Minister General "
    "Mwila Chanda and Botswana's Minister of Defence General Kagiso Molefe. No new date has "
    "been set.\n\n"
    "Despite the postponement, spokeswoman Chipo Mwansa said President Mutale Phiri would go "
    "ahead with a state visit to Gaborone on the 9th of next month, when he is scheduled to "
    "hold talks with President Oratile Kgosi."
)


def _border() -> list[tuple[str, dt.date | None, str | None, dict[str, str | None]]]:
    result = extract(
        BORDER,
        {
            "co-chaired": [meeting(["Mwila Chanda", "Kagiso Molefe"], status="planned")],
            "Despite the postponement": [
                meeting(
                    ["Mutale Phiri", "Oratile Kgosi"],
                    status="planned",
                    date_text="the 9th of next month",
                )
            ],
        },
        dt.date(2026, 5, 19),
    )
    return [
        (m.status.value, m.date, m.location, {p.name: p.title for p in m.participants})
        for m in result.meetings
    ]


def test_a_meeting_that_was_to_have_been_co_chaired_is_called_off_on_the_day_told_before() -> None:
    (commission,) = [m for m in _border() if "Kagiso Molefe" in m[3]]
    assert commission[:3] == ("cancelled", dt.date(2026, 5, 21), "Kasane")  # not "said on Tuesday"
    assert commission[3]["Mwila Chanda"] == "Defence Minister"  # the rank is no office


def test_a_visit_that_goes_ahead_despite_the_postponement_is_planned_for_its_day() -> None:
    (visit,) = [m for m in _border() if "Oratile Kgosi" in m[3]]
    assert visit[:2] == ("planned", dt.date(2026, 6, 9))


def test_a_day_of_next_or_last_month() -> None:
    published = dt.date(2026, 12, 19)
    found = find_date_mentions(
        "due on the 9th of next month and on the 30th of last month", published
    )
    assert [(m.text, m.date) for m in found] == [
        ("on the 9th of next month", dt.date(2027, 1, 9)),
        ("on the 30th of last month", dt.date(2026, 11, 30)),
    ]


COUNCIL = (
    "Caribbean ministers agree ferry link\n\n"
    "KINGSTON, June 6 (Island Wire) - Foreign ministers of the regional bloc agreed on Friday "
    "to open a ferry link, according to a communique issued at the close of their council "
    "meeting in the Jamaican capital.\n\n"
    "The Council of Foreign Ministers, chaired by Jamaica's Foreign Minister Andrea Campbell "
    "Reid, brought together Barbados's Foreign Minister Desmond Alleyne Clarke, Guyana's "
    "Foreign Minister Rohan Persaud Singh and Belize's Minister of State Lucia Garcia Tun, "
    "who attended on behalf of Foreign Minister Marco Ayuso Vega. The bloc's "
    "Secretary-General, Winston Bramble Hope, also took part.\n\n"
    "The ministers also agreed to hold the first Caribbean-Andean foreign ministers' "
    "strategic dialogue later this year, and to hold the council's next ordinary meeting in "
    "Georgetown in November."
)


def _council() -> list[tuple[str | None, dict[str, str | None], list[str]]]:
    result = extract(COUNCIL, {"ferry link": []}, dt.date(2026, 6, 6))
    return [
        (
            m.location,
            {p.name: p.title for p in m.participants},
            [a.type.value for a in m.agreements],
        )
        for m in result.meetings
    ]


def test_a_council_that_brought_together_named_ministers_is_a_meeting_of_them() -> None:
    (council,) = _council()
    assert set(council[1]) >= {
        "Andrea Campbell Reid",
        "Desmond Alleyne Clarke",
        "Rohan Persaud Singh",
        "Lucia Garcia Tun",
    }
    assert "Marco Ayuso Vega" not in council[1]  # represented by a stand-in


def test_the_place_of_the_next_meeting_is_not_the_place_of_this_one() -> None:
    (council,) = _council()
    assert council[0] == "Kingston"


def test_a_secretary_general_named_after_the_office_gets_it() -> None:
    (council,) = _council()
    assert council[1].get("Winston Bramble Hope") == "Secretary-General"


def test_holding_a_dialogue_with_a_long_name_is_an_agreement_to_meet() -> None:
    text = (
        "HANOI, April 24 - Foreign Minister Tran Van Long and his Korean counterpart Park "
        "Ji-hoon spoke by telephone on Thursday. They agreed to hold the first Viet Nam-Korea "
        "foreign ministers' strategic dialogue in Ha Noi later this year."
    )
    result = extract(
        text,
        {
            "spoke by telephone": [
                meeting(
                    ["Tran Van Long", "Park Ji-hoon"],
                    kind="call",
                    agreements=[
                        agreed(
                            "agreed to hold the first Viet Nam-Korea foreign ministers' "
                            "strategic dialogue in Ha Noi later this year"
                        )
                    ],
                )
            ]
        },
        dt.date(2026, 4, 24),
    )
    (call,) = result.meetings
    assert [a.type.value for a in call.agreements] == ["intent_to_meet"]
