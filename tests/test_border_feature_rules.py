"""Held-out round 48 leftovers (a magazine feature from a border town):

- "A and her Z counterpart, B, spent the morning at the joint border post ... before
  sitting down for talks with Z's trade minister, C" is a meeting of A, B and C;
- "Y's commerce minister, D, did not make the trip; his chief of staff, E, represented
  him": E is a side, D is not;
- "A told reporters she had spoken by telephone with B on Sunday evening" is a call;
- "The Presidential Council, which was to bring Presidents F and G together in Banjul on
  30 July, has been postponed" is called off (no new date).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short feature written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

FEATURE = (
    "FEATURE | Saturday 25 July 2026\n\n"
    "At Kidira, a border that never sleeps\n\n"
    "KIDIRA, Senegal — The lorries queue past the last fuel station from noon.\n\n"
    "That queue is what brought two foreign ministers to this town on Thursday. Senegal's "
    "Awa Diop Faye and her Malian counterpart, Oumar Keita, spent the morning at the joint "
    "border post, walking the inspection bays before sitting down for talks with Mali's "
    "trade minister, Fanta Coulibaly. Senegal's commerce minister, Ibrahima Sow, did not "
    "make the trip; his chief of staff, Mariama Ba, represented him.\n\n"
    "Faye told reporters she had spoken by telephone with Keita on Sunday evening about "
    "the wording.\n\n"
    "The Senegalo-Malian Presidential Council, which was to bring Presidents Alioune Ndoye "
    "and Moussa Traore together in Bamako on 30 July, has been postponed, both governments "
    "said on Friday.\n"
)


def _script() -> dict:
    # As a small model answers: the ministers' day as a plan; nothing for the call and
    # the council.
    return {
        "brought two foreign ministers": [
            meeting(["Awa Diop Faye", "Oumar Keita"], status="planned", date_text="Thursday")
        ],
    }


def test_a_day_at_the_post_before_talks_with_a_third_minister_is_one_meeting() -> None:
    people = by_people(extract(FEATURE, _script(), "2026-07-25"))
    day = people[("Awa Diop Faye", "Fanta Coulibaly", "Mariama Ba", "Oumar Keita")]
    assert (day.status.value, day.date) == ("held", dt.date(2026, 7, 23))


def test_told_reporters_she_had_spoken_by_telephone_is_her_call() -> None:
    people = by_people(extract(FEATURE, _script(), "2026-07-25"))
    call = people[("Awa Diop Faye", "Oumar Keita")]
    assert (call.status.value, call.date) == ("held", dt.date(2026, 7, 19))


def test_a_council_that_was_to_bring_two_presidents_together_is_called_off() -> None:
    people = by_people(extract(FEATURE, _script(), "2026-07-25"))
    council = people[("Alioune Ndoye", "Moussa Traore")]
    assert (council.status.value, council.date, council.location) == (
        "cancelled",
        dt.date(2026, 7, 30),
        "Bamako",
    )
