"""Held-out round 50 leftovers:

- "Commerce Minister A wrote to her Malawian counterpart, B, on August 28 asking for urgent
  talks" is a letter, no meeting (the round's only false alarm);
- "B, whose name state radio renders in Kirundi as C, ..." names a language, not the
  meeting's place, so the meeting merges with the talks told before;
- "... on Thursday when ... X sat down with Y, and with a man who had flown in from
  Copenhagen the night before" is Thursday's meeting: "the night before" is his flight's.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import extract, meeting

ANALYSIS = (
    "LUSAKA, Sept 14 (Analysis) - Maize is piling up at the border.\n\n"
    "In Lusaka, frustration is growing. Commerce Minister Mutale Banda wrote to her Malawian "
    "counterpart, Kondwani Mwale, on August 28 asking for urgent talks on the transit rules. "
    "Her ministry said on Friday that no reply had yet been received.\n"
)


def test_a_letter_asking_for_talks_is_no_meeting() -> None:
    script = {"wrote to": [meeting(["Mutale Banda", "Kondwani Mwale"], date_text="August 28")]}
    assert extract(ANALYSIS, script, "2026-09-14").meetings == []


REPORT = (
    "KIGALI, Sept 1 (Lake Wire) - Rwanda and Burundi signed a memorandum on Monday.\n\n"
    "Pascal Ndikumana, whose name Burundian state radio renders in Kirundi as Paskali "
    "Ndikumana, held four hours of talks with President Augustin Mugabo on Monday.\n"
)


def test_a_language_a_name_is_rendered_in_is_no_place() -> None:
    script = {"renders in": [meeting(["Pascal Ndikumana", "Augustin Mugabo"], date_text="Monday")]}
    (talks,) = extract(REPORT, script, "2026-09-01").meetings
    assert talks.location == "Kigali"


FEATURE = (
    "Nuuk | Published: Saturday 12 September 2026\n\n"
    "The fog had barely lifted over the harbour on Thursday when the cars drew up. Inside, "
    "Canada's foreign minister, Marc Gagnon, sat down with Greenland's minister for foreign "
    "affairs, Aaja Lynge, and with a man who had flown in from Copenhagen the night before.\n"
)


def test_the_night_before_in_a_who_had_clause_is_not_the_meetings_day() -> None:
    script = {"sat down": [meeting(["Marc Gagnon", "Aaja Lynge"], date_text="the night before")]}
    (talks,) = extract(FEATURE, script, "2026-09-12").meetings
    assert talks.date == dt.date(2026, 9, 10)
