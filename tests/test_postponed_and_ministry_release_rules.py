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
