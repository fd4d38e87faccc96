"""Round 57 (after its recording at 48bface): an analysis with no meeting (`g366`).

"In September, A wrote to B, proposing an extraordinary session of the intergovernmental
commission, which has not met since 2024": a letter asking for a meeting, not a meeting,
even when the model drafts one.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on an analysis written for them.
"""

from __future__ import annotations

from tests.support.scripted import extract, meeting

ANALYSIS = (
    "Analysis: the river talks that never happen\nThursday 12 November 2026\n\n"
    "The formal channels are no busier. In September, Kenya's Deputy Prime Minister, Samuel "
    "Otieno, wrote to Uganda's First Deputy Prime Minister, Grace Nabirye, proposing an "
    "extraordinary session of the joint commission, which has not met since 2024. The letter "
    "is still unanswered.\n"
)


def test_a_letter_proposing_a_session_is_no_meeting() -> None:
    script = {"wrote to": [meeting(["Samuel Otieno", "Grace Nabirye"])]}
    assert extract(ANALYSIS, script, "2026-11-12").meetings == []
