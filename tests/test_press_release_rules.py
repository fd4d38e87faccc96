"""A ministry press release: long portfolio titles joined by "and", a surname that opens
with a particle ("Minister da Costa Soares"), "the Timorese minister" for the one
official the release gives that country's ministry, and "a video conference between the
two ministers" told after their meeting: rules written after the held-out round 13
(g99-g104).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short release written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import ArticleExtraction, MeetingKind
from extract._people import split_title
from tests.support.scripted import by_people, extract, meeting

RELEASE = (
    "MINISTRY OF FOREIGN AFFAIRS\n"
    "Republic of Palau\n\n"
    "PRESS RELEASE\n"
    "10 May 2027\n\n"
    "Palau and Samoa Agree on Ocean Data Exchange\n\n"
    "Minister of State Rosa Tellei-Ngiraked received Samoa's Minister of Sea and "
    "Fisheries Joaquim da Lomba Tavares at the Ministry in Ngerulmud yesterday.\n\n"
    "The meeting followed a video conference between the two ministers on 12 April 2027.\n\n"
    "Earlier yesterday, Minister da Lomba Tavares paid a courtesy call on Minister of "
    "Natural Resources and Environment Hadley Rengulbai.\n\n"
    "The Samoan minister is scheduled to meet Senator Ilebrang Sadang on Tuesday."
)


def _release() -> ArticleExtraction:
    return extract(
        RELEASE,
        {
            "received Samoa's": [
                meeting(["Minister of State Rosa Tellei-Ngiraked", "Joaquim da Lomba Tavares"])
            ],
            # The model names one side by an office it made up and leaves the other out.
            "video conference": [meeting(["Minister"], kind="virtual")],
            "courtesy call": [
                meeting(["Minister da Lomba Tavares", "Environment Hadley Rengulbai"])
            ],
            "is scheduled to meet": [
                meeting(["Samoan minister", "Senator Ilebrang Sadang"], status="planned")
            ],
        },
        "2027-05-10",
    )


def test_a_portfolio_joined_by_and_is_part_of_the_office_not_the_name() -> None:
    assert split_title("Minister of Natural Resources and Environment Hadley Rengulbai") == (
        "Minister of Natural Resources and Environment",
        "Hadley Rengulbai",
    )
    # An office alone, not a person called "Management".
    assert split_title("Minister of Disaster Risk Reduction and Management")[1] == ""


def test_a_surname_opening_with_a_particle_is_the_same_official() -> None:
    call = by_people(_release())[("Hadley Rengulbai", "Joaquim da Lomba Tavares")]
    assert call.date == dt.date(2027, 5, 9)
    assert {p.title for p in call.participants} == {
        "Minister of Natural Resources and Environment",
        "Minister of Sea and Fisheries",
    }


def test_the_video_conference_between_the_two_ministers_is_their_own_meeting() -> None:
    meetings = [
        m
        for m in _release().meetings
        if {p.name for p in m.participants} == {"Rosa Tellei-Ngiraked", "Joaquim da Lomba Tavares"}
    ]
    assert sorted((m.date, m.kind) for m in meetings) == [
        (dt.date(2027, 4, 12), MeetingKind.VIRTUAL),
        (dt.date(2027, 5, 9), MeetingKind.IN_PERSON),
    ]


def test_the_countrys_minister_is_the_one_official_given_that_countrys_ministry() -> None:
    planned = by_people(_release())[("Ilebrang Sadang", "Joaquim da Lomba Tavares")]
    assert planned.date == dt.date(2027, 5, 11)
    assert planned.status.value == "planned"
