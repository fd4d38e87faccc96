"""Held-out round 51 leftovers (a wire report of a visit to Thimphu):

- "The prime minister's office said Wangdi had also spoken by telephone with Bangladesh
  Prime Minister X on Monday" is a call;
- "Tashi Dorji was to have met there with Bangladesh's power minister, Y, ..." (after "The
  trilateral meeting ... has been postponed") is called off, with Y;
- (a readout from Rabat) the words of a long office ("Minister of Foreign Affairs, African
  Cooperation and Moroccan Expatriates") are no one's name.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short report written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

REPORT = (
    "THIMPHU, Sept 9 (Hill Wire) - Bangladesh and Bhutan signed a protocol on Tuesday.\n\n"
    "The prime minister's office said Kinley Tobgay had also spoken by telephone with "
    "Bangladesh Prime Minister Nasreen Alam on Monday, ahead of the visit.\n\n"
    "The trilateral meeting of energy ministers, which had been scheduled for Thursday in "
    "Guwahati, has been postponed. Tashi Penjor was to have met there with Bangladesh's "
    "power minister, Rezaul Karim, to settle the wheeling charges.\n"
)


def test_had_also_spoken_by_telephone_is_a_call_and_was_to_have_met_is_called_off() -> None:
    people = by_people(extract(REPORT, {}, "2026-09-09"))
    call = people[("Kinley Tobgay", "Nasreen Alam")]
    assert (call.kind.value, call.date) == ("call", dt.date(2026, 9, 7))
    off = people[("Rezaul Karim", "Tashi Penjor")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2026, 9, 10))


READOUT = (
    "KINGDOM OF MOROCCO\nMinistry of Foreign Affairs, African Cooperation and Moroccan "
    "Expatriates\n\nRabat, 2 October 2026\n\n"
    "The Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates held "
    "talks today in Rabat with the Minister of Foreign Affairs, Cooperation and Mauritanians "
    "Abroad of the Islamic Republic of Mauritania.\n"
)


def test_words_of_a_long_office_are_no_names() -> None:
    # Held-out round 51: the small model drafted "African", "Expatriates" and "Abroad".
    script = {
        "held talks": [
            meeting(["African", "Expatriates"], date_text="today"),
            meeting(["Abroad", "Mauritanians"], date_text="today"),
        ]
    }
    assert extract(READOUT, script, "2026-10-02").meetings == []
