"""Round 56 (after its recording at 4b3b175): a parliament's question time (`g359`).

- "As for your second question: the Prime Minister, Pavel Novotný, spoke by telephone
  yesterday with the head of the Slovak government, Marek Kováč": a call of the two, told
  with its day between the verb and "with", each named after an office.
- A guard: "MINISTER MWALE: ... I spoke by telephone yesterday with my Zimbabwean
  counterpart, Minister X": the speaker's call with X, once (not also X alone, given
  someone else).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on records written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

RECORD = (
    "CHAMBER OF DEPUTIES\nStenographic record (unofficial translation)\n"
    "Thursday, 11 February 2027\n\n"
    "Minister of Foreign Affairs Jana Horáková: Thank you, Madam Speaker. On Monday I was in "
    "Bratislava, where I held talks with the Slovak Minister of Foreign Affairs, Peter Hudák.\n\n"
    "As for your second question: the Prime Minister, Pavel Novotný, spoke by telephone "
    "yesterday with the head of the Slovak government, Marek Kováč.\n"
)


def test_a_call_of_two_named_after_their_offices_with_its_day_before_with() -> None:
    people = by_people(extract(RECORD, {}, "2027-02-11"))
    call = people[("Marek Kováč", "Pavel Novotný")]
    assert (call.kind.value, call.date) == ("call", dt.date(2027, 2, 10))


BRIEFING = (
    "PRESS BRIEFING - TRANSCRIPT\nFriday 19 March 2027\n\n"
    "PRESENTER: With us is Zambia's Minister of Foreign Affairs, Kelvin Mwale.\n\n"
    "Q: Minister, have you spoken to Harare?\n\n"
    "MINISTER MWALE: Yes. I spoke by telephone yesterday with my Zimbabwean counterpart, "
    "Minister Tafadzwa Moyo, before flying here.\n"
)


def test_the_speakers_call_is_told_once() -> None:
    script = {"spoke by telephone": [meeting(["Minister MWALE"], status="planned")]}
    people = by_people(extract(BRIEFING, script, "2027-03-19"))
    assert [key for key in people if "Tafadzwa Moyo" in key] == [("Kelvin Mwale", "Tafadzwa Moyo")]
