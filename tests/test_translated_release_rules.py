"""A translated ministry release: "During the meeting, Canciller A and Minister B signed
..." is the outcome of the meeting just told, "was represented at the talks by the
Ambassador ..., Ms Y" and "Also taking part ... was the Minister ..., Z" join it, and
"The meeting took place one day after a telephone conversation between C and D" dates
the call: rules written after the held-out round 14 (g105-g110), checked on the whole
gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short release written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import ArticleExtraction
from tests.support.scripted import agreed, by_people, extract, meeting

RELEASE = (
    "Republic of Colombia\n"
    "Ministry of Foreign Affairs\n\n"
    "PRESS RELEASE\n"
    "Bogotá, 14 May 2027\n\n"
    "COLOMBIA AND ECUADOR SIGN MEMORANDUM ON BORDER ELECTRICITY\n\n"
    "The Minister of Foreign Affairs, Laura Restrepo Gil, received today at the San Carlos "
    "Palace a delegation of the Republic of Ecuador headed by the Minister of Energy, Pablo "
    "Andrade.\n\n"
    "The Foreign Minister of Ecuador, Mr Diego Salazar, who was unable to travel, was "
    "represented at the talks by the Ambassador of Ecuador to Colombia, Ms Carla Mena.\n\n"
    "Also taking part on the Colombian side was the Minister of Mines, Jorge Ruiz Ortega.\n\n"
    "During the meeting, Canciller Restrepo and Minister Andrade signed a Memorandum of "
    "Understanding on cross-border electricity trade.\n\n"
    "The meeting took place one day after a telephone conversation between the President of "
    "Colombia, Andrés Pardo, and the President of Ecuador, Lucía Cevallos."
)


def _release() -> ArticleExtraction:
    return extract(
        RELEASE,
        {
            "received today": [meeting(["Laura Restrepo Gil", "Pablo Andrade"])],
            "During the meeting": [
                meeting(
                    ["Canciller Restrepo", "Minister Andrade"],
                    agreements=[
                        agreed(
                            "signed a Memorandum of Understanding on cross-border electricity "
                            "trade",
                            "signed_document",
                        )
                    ],
                )
            ],
            "telephone conversation": [meeting(["Andrés Pardo", "Lucía Cevallos"], kind="call")],
        },
        "2027-05-14",
    )


def test_what_was_signed_during_the_meeting_is_that_meetings_outcome() -> None:
    held = [m for m in _release().meetings if m.kind.value == "in_person"]
    assert len(held) == 1
    assert [a.type.value for a in held[0].agreements] == ["signed_document"]


def test_a_representative_and_a_minister_also_taking_part_join_the_meeting() -> None:
    held = next(m for m in _release().meetings if m.kind.value == "in_person")
    assert {p.name for p in held.participants} == {
        "Laura Restrepo Gil",
        "Pablo Andrade",
        "Carla Mena",
        "Jorge Ruiz Ortega",
    }


def test_the_call_the_meeting_took_place_one_day_after_is_dated() -> None:
    call = by_people(_release())[("Andrés Pardo", "Lucía Cevallos")]
    assert call.date == dt.date(2027, 5, 13)


def test_an_ambassadors_office_before_ms_and_the_name_is_her_title() -> None:
    held = next(m for m in _release().meetings if m.kind.value == "in_person")
    titles = {p.name: p.title for p in held.participants}
    assert titles["Carla Mena"] == "Ambassador of Ecuador to Colombia"


READOUT = (
    "Japan-Chile Foreign Ministers' Meeting\n\n"
    "1. On October 13, Mr. SATO Ken, Minister for Foreign Affairs of Japan, held a meeting "
    "with Ms. Ana Rojas, Minister of Foreign Affairs of Chile, in Tokyo.\n\n"
    "2. In the presence of the two Ministers, Ambassador Luis Vera of Chile and a senior "
    "official of the aid agency exchanged the Exchange of Notes concerning a grant for "
    "port cranes in Valparaiso.\n\n"
    "3. The two Ministers concurred to launch a new maritime dialogue at the director-general "
    "level."
)


def test_notes_exchanged_before_the_ministers_and_what_they_concurred_in_are_outcomes() -> None:
    result = extract(
        READOUT,
        {"held a meeting": [meeting(["SATO Ken", "Ana Rojas"])]},
        "2027-10-14",
    )
    talks = by_people(result)[("Ana Rojas", "SATO Ken")]
    assert [(a.type.value, a.summary) for a in talks.agreements] == [
        (
            "signed_document",
            "Exchanged the Exchange of Notes concerning a grant for port cranes in Valparaiso",
        ),
        ("commitment", "Concurred to launch a new maritime dialogue at the director-general level"),
    ]
