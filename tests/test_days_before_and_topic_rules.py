"""Held-out round 45 (a water deal told over a week) leftovers: "The two presidents had
cleared the way two days before the signing, in a telephone conversation" is dated two days
before the story's signing; what a call "covered" ("the seasonal water regime and
preparations for the next council") is its topic, not an agreement, while what the sides
"discussed ... and agreed to" stays one.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short article written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._agreements import _a_topic
from tests.support.scripted import agreed, by_people, extract, meeting

ARTICLE = (
    "ALMATY, May 28 - The protocol was signed in Bishkek on Wednesday by the two foreign "
    "ministers, Arman Nurlanov of Kazakhstan and Azamat Bekov of Kyrgyzstan.\n\n"
    "Later on Wednesday Nurlanov was received by President Bakyt Osmonov, who was handed a "
    "message from Kazakhstan's president, Daulet Serikov.\n\n"
    "The two presidents had cleared the way two days before the signing, in a telephone "
    "conversation that Osmonov's press service said covered the seasonal water regime and "
    "preparations for the next session of the intergovernmental council. The Kazakh "
    "presidency said only that Serikov had stressed predictability for farmers."
)


def _script() -> dict:
    return {
        "protocol was signed": [meeting(["Arman Nurlanov", "Azamat Bekov"], date_text="Wednesday")],
        "Later on Wednesday": [meeting(["Nurlanov", "Bakyt Osmonov"])],
        "cleared the way": [
            meeting(
                ["Osmonov", "Daulet Serikov"],
                kind="call",
                agreements=[
                    agreed("Preparations for the next session of the intergovernmental council")
                ],
            )
        ],
    }


def test_two_days_before_the_signing_counts_back_from_it() -> None:
    people = by_people(extract(ARTICLE, _script(), "2026-05-28"))
    assert people[("Arman Nurlanov", "Azamat Bekov")].date == dt.date(2026, 5, 27)
    assert people[("Bakyt Osmonov", "Daulet Serikov")].date == dt.date(2026, 5, 25)


def test_what_a_call_covered_is_no_agreement() -> None:
    call = by_people(extract(ARTICLE, _script(), "2026-05-28"))[("Bakyt Osmonov", "Daulet Serikov")]
    assert call.agreements == []
    # What the sides "discussed ... and agreed to" is still agreed.
    said = "The presidents discussed energy and agreed to meet in June."
    assert not _a_topic(said, "Agreed to meet in June")
    assert _a_topic(
        "A call that covered trade and preparations for the council.",
        "preparations for the council",
    )
