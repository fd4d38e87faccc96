"""Held-out round 50 leftovers:

- "Commerce Minister A wrote to her Malawian counterpart, B, on August 28 asking for urgent
  talks" is a letter, no meeting (the round's only false alarm);
- "B, whose name state radio renders in Kirundi as C, ..." names a language, not the
  meeting's place, so the meeting merges with the talks told before.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

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
