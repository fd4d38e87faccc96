"""A live blog's call and called-off bilateral on its day, "A and B did speak by
telephone", and a briefing's "our two Presidents, A of X and B of Y, will meet at Z on
the second of April": rules written after the held-out round 13 (g99-g104).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import find_date_mentions
from extract._models import ArticleExtraction
from tests.support.scripted import by_people, extract, meeting

BLOG = (
    "LIVE: Danube leaders gather in Vidin\n\n"
    "River Daily | Live blog | Thursday 10 June 2027\n\n"
    "15:30\n"
    "Prime Minister Petrova has just spoken by phone with Moldovan Prime Minister Ion "
    "Caraman, who stayed in Chisinau.\n\n"
    "12:10\n"
    "Confirmed: the bilateral between Romanian President Mihai Dobre and Serbian President "
    "Goran Ilic, arranged for lunchtime, will not take place.\n\n"
    "09:00\n"
    "Good morning from Vidin, where Bulgaria's Prime Minister Elena Petrova hosts the leaders "
    "of the Danube states."
)

BRIEFING = (
    "Transcript of the press briefing, Friday 7 May 2027\n\n"
    "Foreign ministers Abel Okello and Ruth Wanjiru did speak by telephone last month, the "
    "ministry said before the briefing.\n\n"
    "MINISTER OKELLO: Our neighbours are our priority.\n\n"
    "MINISTER WANJIRU: I should add that our two Presidents, His Excellency President Samuel "
    "Kato of Uganda and His Excellency President Grace Mutua of Kenya, will meet at Busia on "
    "the second of June to open the new bridge."
)


def _blog() -> ArticleExtraction:
    # The model reports the call without a day and misses the called-off bilateral.
    return extract(
        BLOG,
        {"spoken by phone": [meeting(["Prime Minister Petrova", "Ion Caraman"], kind="call")]},
        "2027-06-10",
    )


def _briefing() -> ArticleExtraction:
    return extract(BRIEFING, {}, "2027-05-07")  # the model finds nothing in either turn


def test_a_live_blogs_call_and_called_off_bilateral_are_on_its_day() -> None:
    by = by_people(_blog())
    call = by[("Elena Petrova", "Ion Caraman")]
    assert (call.kind.value, call.date) == ("call", dt.date(2027, 6, 10))
    off = by[("Goran Ilic", "Mihai Dobre")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2027, 6, 10))


def test_did_speak_by_telephone_is_a_call_of_the_two() -> None:
    call = by_people(_briefing())[("Abel Okello", "Ruth Wanjiru")]
    assert (call.kind.value, call.status.value, call.date) == ("call", "held", None)  # last month


def test_two_presidents_named_in_apposition_will_meet_there_that_day() -> None:
    planned = by_people(_briefing())[("Grace Mutua", "Samuel Kato")]
    assert (planned.status.value, planned.date, planned.location) == (
        "planned",
        dt.date(2027, 6, 2),
        "Busia",
    )
    assert {p.name: (p.title, p.country) for p in planned.participants} == {
        "Samuel Kato": ("President", "Uganda"),
        "Grace Mutua": ("President", "Kenya"),
    }


def test_a_spelled_ordinal_day_of_a_month_is_a_date() -> None:
    mentions = find_date_mentions("on the twenty-first of May", dt.date(2027, 5, 7), tense="future")
    assert [m.date for m in mentions] == [dt.date(2027, 5, 21)]
    assert find_date_mentions("the second of the three rounds", dt.date(2027, 5, 7)) == []
