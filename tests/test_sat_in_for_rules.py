"""Held-out round 46 (a border protocol) leftovers: "X had been expected in Dire Dawa but is
recovering from surgery. His secretary-general, Y, sat in for him and took part in the
technical segment of the talks": X is absent, Y a side of the talks told two paragraphs
before; and a lead's "A and B signed a protocol ..., but talks ... ended without ..." keeps
only what was signed.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short article written for them.
"""

from __future__ import annotations

from extract._stand_ins import is_stand_in
from tests.support.scripted import by_people, extract, meeting

ARTICLE = (
    "DJIBOUTI, June 17 - Ethiopia and Djibouti signed a protocol on Tuesday keeping their "
    "border crossing open at night, but talks in Dire Dawa ended without a cut in port "
    "charges.\n\n"
    "Foreign Minister Tesfaye Alemu and his Djiboutian counterpart, Ali Youssouf Omar, put "
    "their names to the document after five hours of talks.\n\n"
    "Alemu told reporters that Ethiopia needs relief this year.\n\n"
    "Djibouti's transport minister, Hassan Said Farah, had been expected in Dire Dawa but is "
    "recovering from surgery. His ministry's secretary-general, Amina Daher Aden, sat in for "
    "him and took part in the technical segment of the talks."
)


def test_one_who_sat_in_for_an_absent_minister_joins_the_talks() -> None:
    script = {
        "put their names": [meeting(["Tesfaye Alemu", "Ali Youssouf Omar"])],
        "sat in for": [meeting(["Hassan Said Farah", "Amina Daher Aden"])],
    }
    people = by_people(extract(ARTICLE, script, "2026-06-17"))
    assert set(people) == {("Ali Youssouf Omar", "Amina Daher Aden", "Tesfaye Alemu")}
    (talks,) = people.values()
    summaries = [a.summary for a in talks.agreements]
    assert summaries == ["Signed a protocol on Tuesday keeping their border crossing open at night"]


def test_one_expected_but_recovering_is_absent() -> None:
    passage = (
        "Djibouti's transport minister, Hassan Said Farah, had been expected in Dire Dawa but "
        "is recovering from surgery."
    )
    assert is_stand_in("Hassan Said Farah", passage)
