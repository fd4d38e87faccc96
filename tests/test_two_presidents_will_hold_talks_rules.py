"""Round 55 (after its recording at 878d315): a TV transcript (`g353`).

"President A spoke with the Maldivian President, B, by telephone last night. During that
call His Excellency invited President B to visit Colombo, and President B accepted. The
visit will take place on the eighth of next month, and the two presidents will hold talks at
the Presidential Secretariat": the call, and a plan of the same two, on a day written in
words ("the eighth of next month").

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a transcript written for them; and the day in words.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import find_date_mentions
from tests.support.scripted import extract, meeting

TRANSCRIPT = (
    "THE NIGHTLY REVIEW\nBroadcast: Thursday, 24 September 2026, 21:00\n\n"
    "PRESENTER: There is also news from the President's office tonight.\n\n"
    "MINISTER: Yes. President Kamal Perera spoke with the Bhutanese Prime Minister, Sonam "
    "Tobgay, by telephone last night. During that call the President invited Prime Minister "
    "Tobgay to visit Colombo, and the Prime Minister accepted. The visit will take place on the "
    "eighth of next month, and the two leaders will hold talks at the Presidential "
    "Secretariat.\n"
)


def test_the_two_will_hold_talks_on_a_day_in_words() -> None:
    script = {"by telephone": [meeting(["Kamal Perera", "Sonam Tobgay"], kind="call")]}
    result = extract(TRANSCRIPT, script, "2026-09-24")
    pair = sorted(
        (m.status.value, m.kind.value, m.date)
        for m in result.meetings
        if {p.name for p in m.participants} == {"Kamal Perera", "Sonam Tobgay"}
    )
    assert pair == [
        ("held", "call", dt.date(2026, 9, 23)),
        ("planned", "in_person", dt.date(2026, 10, 8)),
    ]


def test_days_of_the_month_in_words_only_with_their_month() -> None:
    published = dt.date(2026, 9, 24)
    found = find_date_mentions("on the twenty-first of this month", published, tense="past")
    assert [(m.date, m.precise) for m in found] == [(dt.date(2026, 9, 21), True)]
    assert find_date_mentions("on the first day of talks", published, tense="past") == []
