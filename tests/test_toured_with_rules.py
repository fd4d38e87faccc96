"""Round 54 (after its recording at 9faaf14): a photo gallery's caption.

"Kearney toured the fish auction with Iceland's Minister of Fisheries and Agriculture, B,
and the pair agreed that ...": a meeting of Kearney and B, from the caption's plain wording
(no word in it sends it to the model).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a gallery written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract

GALLERY = (
    "IN PICTURES: The Taoiseach in Norway\n"
    "Saturday 14 August 2027\n\n"
    "7/9 - Ireland's marine portfolio was represented at the harbour in Bergen yesterday by "
    "Minister of State Niamh Kearney. Kearney toured the fish auction with Norway's Minister "
    "of Fisheries and Oceans, Marianne Sivertsen Næss, and the pair agreed that the two "
    "marine institutes would share survey data.\n"
)


def test_toured_a_place_with_a_minister() -> None:
    people = by_people(extract(GALLERY, {}, "2027-08-14"))
    tour = people[("Marianne Sivertsen Næss", "Niamh Kearney")]
    assert (tour.status.value, tour.date) == ("held", dt.date(2027, 8, 13))
