"""Held-out round 46 leftovers (a live blog and an opinion column):

- "LIVE: Caribbean foreign ministers meet in Bridgetown" gives the day's meetings their
  city; "a memorandum on patrols in the Corentyne River" is no place to meet;
- "Castillo flew in from Belmopan last night and had dinner with Menjívar": a meeting;
- "A and Guyana's B have just signed a memorandum on ..." is their signed document;
- "the call of the 9th" is dated the 9th; one who "welcomed the signing" hosted no one;
- "she had formally requested a meeting with India's External Affairs Minister, X" is a
  request, no meeting (the column's false alarm).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._cues import HELD
from extract._dates import find_date_mentions
from extract._no_meeting import tells_no_meeting
from extract._stated_place import is_place
from tests.support.scripted import by_people, extract, meeting

BLOG = (
    "LIVE: Caribbean foreign ministers meet in Bridgetown - as it happened\n\n"
    "Thursday 25 June 2026 - updates in local time.\n\n"
    "10:40\n"
    "Big one. Suriname's Foreign Minister Karin Wijngaard and Guyana's Anil Persaud have "
    "just signed a memorandum on coordinated patrols in the Corentyne River.\n\n"
    "08:45\n"
    "Good morning. Some context: Persaud flew in from Georgetown last night and had dinner "
    "with Mia Clarke at the foreign ministry's residence."
)


def test_a_live_blogs_meetings_are_in_its_headline_city() -> None:
    drafted = meeting(
        ["Karin Wijngaard", "Anil Persaud"], date_text="10:40", location="Corentyne River"
    )
    people = by_people(extract(BLOG, {"just signed": [drafted]}, "2026-06-25"))
    signing = people[("Anil Persaud", "Karin Wijngaard")]
    assert signing.location == "Bridgetown"
    assert [a.type.value for a in signing.agreements] == ["signed_document"]
    dinner = people[("Anil Persaud", "Mia Clarke")]
    assert (dinner.date, dinner.location) == (dt.date(2026, 6, 24), "Bridgetown")


def test_a_river_is_no_meeting_place() -> None:
    assert not is_place("Corentyne River")
    assert is_place("Bridgetown")


COLUMN = (
    "KATHMANDU, 21 June 2026 - On Tuesday, Foreign Minister Sita Karki told parliament "
    "that she had formally requested a meeting with India's External Affairs Minister, "
    "Ravi Menon, to discuss the border. New Delhi has not replied."
)


def test_a_requested_meeting_is_none() -> None:
    assert tells_no_meeting(
        "She had formally requested a meeting with India's External Affairs Minister, X."
    )
    assert not tells_no_meeting(
        "She had requested a meeting with X, which took place on Monday in Delhi."
    )
    drafted = meeting(["Sita Karki", "Ravi Menon"], date_text="On Tuesday")
    assert extract(COLUMN, {"requested a meeting": [drafted]}, "2026-06-21").meetings == []


def test_the_call_of_the_9th_is_dated() -> None:
    found = find_date_mentions(
        "an improvement on the call of the 9th, which ended badly", dt.date(2026, 6, 20)
    )
    assert [(m.text, m.date) for m in found] == [("of the 9th", dt.date(2026, 6, 9))]
    assert find_date_mentions("the 9th of the line", dt.date(2026, 6, 20)) == []


def test_welcoming_a_signing_is_no_meeting() -> None:
    # A committee chair "welcomed the signing of the Agreement": a reaction, not a host.
    assert HELD.search("The Chair, Ina Kalna, welcomed the signing of the Agreement.") is None
    assert HELD.search("The President welcomed Ina Kalna to Riga.") is not None
