"""Round 54 leftover (`g345`, a photo gallery's captions).

"Ghana's Minister for Foreign Affairs and Regional Integration, A, who travelled with the
President, and Togo's Foreign Minister, B, sign a youth mobility agreement ...": a meeting of
A and B, each named after their country's office, the first with a who-clause; the
caption's present-tense "sign" is its verb. "X's Minister of Trade, A, and Y's Minister of
Commerce, B, met in Lomé" is the same shape in the past.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on captions written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

GALLERY = (
    "IN PICTURES: The President in Lomé\n"
    "Saturday 14 August 2027\n\n"
    "5/9 - Ghana's Minister for Foreign Affairs and Regional Integration, Abena Owusu, who "
    "travelled with the President, and Togo's Foreign Minister, Komla Adjavon, sign a youth "
    "mobility agreement at the foreign ministry in Lomé on Thursday afternoon.\n"
)


def test_a_captions_pair_named_after_their_offices_sign_an_agreement() -> None:
    script = {"youth": [meeting(["Abena Owusu", "President"], date_text="Thursday afternoon")]}
    people = by_people(extract(GALLERY, script, "2027-08-14"))
    signing = people[("Abena Owusu", "Komla Adjavon")]
    assert (signing.status.value, signing.date) == ("held", dt.date(2027, 8, 12))


BRIEF = (
    "Trade talks\nMonday 16 August 2027\n\n"
    "Ghana's Minister of Trade, Kofi Mensah, and Togo's Minister of Commerce, Ama Kossi, "
    "met in Lomé on Monday.\n"
)


def test_a_pair_named_after_their_offices_met() -> None:
    people = by_people(extract(BRIEF, {}, "2027-08-16"))
    assert list(people) == [("Ama Kossi", "Kofi Mensah")]
