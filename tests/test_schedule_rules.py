"""A minister's published schedule: day headings written "MONDAY 13.9.", time-stamped
entries with no subject ("10:00 Telephone call with X"), "meets" in the present, and
entries on or after the publication day as plans: rules written after the held-out round
15 (g111-g116), checked on the whole gold set.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short schedule written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import find_date_mentions
from extract._models import ArticleExtraction
from tests.support.scripted import by_people, extract, meeting

SCHEDULE = (
    "Ministry for Foreign Affairs of Norway\n"
    "PUBLIC SCHEDULE: Minister of Foreign Affairs Ingrid Solheim, week 37\n"
    "Published Monday 13 September 2027.\n\n"
    "MONDAY 13.9.\n"
    "11:30 Minister Solheim meets Danish Minister of Foreign Affairs Lars Holm, Oslo.\n\n"
    "TUESDAY 14.9.\n"
    "10:00 Telephone call with Swedish Minister for Foreign Affairs Karin Berg.\n\n"
    "LAST WEEK IN BRIEF\n"
    "On Wednesday 8 September, Minister Solheim met Finnish Foreign Minister Aino Koski in "
    "Helsinki."
)


def _schedule() -> ArticleExtraction:
    return extract(
        SCHEDULE,
        {
            "meets Danish": [meeting(["Minister Solheim", "Lars Holm"])],
            # The model names only the other side of a subjectless entry.
            "Telephone call with": [meeting(["Karin Berg"], kind="call")],
            "LAST WEEK": [meeting(["Solheim", "Aino Koski"])],
        },
        "2027-09-13",
    )


def test_a_day_heading_with_dots_and_no_year_is_a_date() -> None:
    # The weekday alone would say Friday the 17th; the heading says the week after.
    (mention,) = find_date_mentions("FRIDAY 24.9.", dt.date(2027, 9, 13), tense="future")
    assert mention.date == dt.date(2027, 9, 24)
    assert find_date_mentions("it costs 2.5. more", dt.date(2027, 9, 13)) == []


def test_schedule_entries_are_plans_on_their_headings_day() -> None:
    by = by_people(_schedule())
    talks = by[("Ingrid Solheim", "Lars Holm")]
    call = by[("Ingrid Solheim", "Karin Berg")]  # the diary's owner is the other side
    assert (talks.status.value, talks.date) == ("planned", dt.date(2027, 9, 13))
    assert (call.status.value, call.kind.value, call.date) == (
        "planned",
        "call",
        dt.date(2027, 9, 14),
    )


def test_last_weeks_meeting_in_the_same_schedule_stays_held() -> None:
    held = by_people(_schedule())[("Aino Koski", "Ingrid Solheim")]
    assert (held.status.value, held.date) == ("held", dt.date(2027, 9, 8))
