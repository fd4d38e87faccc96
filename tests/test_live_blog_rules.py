"""A live blog and a summit's list of leaders: rules written after the held-out round 8
(g69-g74) showed where the code-side rules failed.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short article written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import DateMention
from extract._lead_day import live_blog_day
from extract._models import ArticleExtraction
from extract._other_event_days import of_other_event
from tests.support.scripted import agreed, by_people, extract, meeting

BLOG = (
    "LIVE: Lake Corridor summit in Kisumu\n\n"
    "Friday 12 June 2026 | Last updated 17:40 EAT\n\n"
    "17:40 - Charter signed\n\n"
    "President Ruth Wanjala, Zambia's President Émile Banda, Malawi's President Joyce Phiri "
    "and Rwanda's Prime Minister Eric Mugisha signed the Lake Corridor Charter. The four also "
    "agreed to align port fees by 31 December.\n\n"
    "15:10 - Wanjala and Banda meet\n\n"
    "Between sessions, Wanjala and Banda held one-on-one talks and agreed to open the border "
    "post around the clock from 1 August.\n\n"
    "12:30 - A call\n\n"
    "State House says President Tom Kagiso telephoned President Wanjala the day before to "
    "send his apologies.\n\n"
    "09:00 - What's next\n\n"
    "President Banda will travel to Mpulungu tomorrow to inspect the new jetty. President "
    "Wanjala and President Phiri will meet again next month in Lilongwe."
)


def _blog() -> ArticleExtraction:
    return extract(
        BLOG,
        {
            "Charter signed": [meeting(["Ruth Wanjala", "Eric Mugisha"])],
            "one-on-one": [meeting(["Wanjala", "Banda"], agreements=[OPEN_POST])],
            "telephoned": [meeting(["Tom Kagiso"], kind="call")],
            "Mpulungu": [
                meeting(["President Banda"], status="planned", date_text="tomorrow"),
                meeting(["Wanjala", "Phiri"], status="planned", date_text="next month"),
            ],
        },
    )


OPEN_POST = agreed("agreed to open the border post around the clock from 1 August")
SUMMIT = ("Eric Mugisha", "Joyce Phiri", "Ruth Wanjala", "Émile Banda")
BILATERAL = ("Ruth Wanjala", "Émile Banda")


def test_a_live_blog_s_meetings_are_on_its_day_not_on_a_deadline_s() -> None:
    met = by_people(_blog())
    assert [met[SUMMIT].date, met[BILATERAL].date] == [dt.date(2026, 6, 12)] * 2


def test_every_leader_of_the_signing_list_is_a_participant() -> None:
    # The model named two of the four; the list names them all, one with an accented capital.
    assert SUMMIT in by_people(_blog())


def test_one_on_one_talks_between_two_summit_leaders_are_a_meeting_of_their_own() -> None:
    bilateral = by_people(_blog())[BILATERAL]
    assert [a.summary for a in bilateral.agreements] == [
        "Agreed to open the border post around the clock from 1 August"
    ]


def test_a_call_read_by_the_model_and_by_its_wording_is_one_call() -> None:
    calls = [m for m in _blog().meetings if m.kind.value == "call"]
    assert [sorted(p.name for p in m.participants) for m in calls] == [
        ["Ruth Wanjala", "Tom Kagiso"]
    ]
    assert calls[0].date == dt.date(2026, 6, 11)


def test_a_leader_s_own_trip_under_a_heading_is_not_a_meeting() -> None:
    # "09:00 - What's next" above "President Banda will travel to ...": Banda is still
    # the sentence's subject, so the blog's main actor is not added to his trip.
    planned = [m for m in _blog().meetings if m.status.value == "planned"]
    assert [sorted(p.name for p in m.participants) for m in planned] == [
        ["Joyce Phiri", "Ruth Wanjala"]
    ]


def test_only_an_article_of_time_stamped_entries_is_a_live_blog() -> None:
    friday = dt.date(2026, 6, 12)
    assert live_blog_day(BLOG, friday) == (friday, (BLOG.index("Friday"), BLOG.index(" | Last")))
    plain = "Friday 12 June 2026\n\nPresident Wanjala met President Banda at 17:40 in Kisumu."
    assert live_blog_day(plain, friday) is None


def test_deadlines_and_starting_days_are_not_meeting_days() -> None:
    for words in ("by 31 December", "from 1 August", "until June 5"):
        mention = DateMention(words, 0, len(words), dt.date(2026, 8, 1), True)
        assert of_other_event(words, mention)
    stay = "from 3 to 5 March"
    assert not of_other_event(stay, DateMention(stay, 0, len(stay), dt.date(2026, 3, 3), True))
