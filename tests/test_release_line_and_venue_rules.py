"""A press release's "City, 14 May 2027" line, and a venue's city named earlier in the
article (a gallery's previous caption, a readout's first item). Rules written before
held-out round 16.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._published import dateline_place, detect_published
from tests.support.scripted import extract, meeting, only_meeting

RELEASE = (
    "Republic of Palau\n"
    "Ministry of State\n\n"
    "PRESS RELEASE\n"
    "Koror, 12 August 2026\n\n"
    "PALAU AND THE FEDERATED STATES OF MICRONESIA SIGN FISHERIES ARRANGEMENT\n\n"
    "The Minister of State, Ilana Remengesau, received today at the Casa Olbiil a delegation "
    "headed by the Secretary of Foreign Affairs of Micronesia, Kandhi Elieisar. The two signed "
    "an arrangement on joint patrols of their shared fishing grounds."
)


def test_a_release_line_gives_the_publication_date_and_the_place() -> None:
    assert detect_published(RELEASE) == (dt.date(2026, 8, 12), "dateline")
    assert dateline_place(RELEASE) == "Koror"
    (met,) = extract(
        RELEASE, {"received today": [meeting(["Ilana Remengesau", "Kandhi Elieisar"],
                                             location="Casa Olbiil")]},
    ).meetings  # fmt: skip
    assert str(met.date) == "2026-08-12"  # "today", read against the release line
    assert met.location == "Casa Olbiil, Koror"  # the venue gets the release's city


def test_a_weekday_date_line_is_not_a_place() -> None:
    text = (
        "Transcript: joint press conference\n\n"
        "Government House, Apia\n"
        "Friday, 19 March 2027\n\n"
        "MODERATOR: Good afternoon."
    )
    assert dateline_place(text) is None


GALLERY = (
    "IN PICTURES: a state visit to the islands\n\n"
    "A three-day visit, the first by a head of state in a decade, in three photographs.\n\n"
    "1 of 3\n"
    "President Mara Solis arrives at the airport in Apia on Sunday.\n\n"
    "2 of 3\n"
    "Solis and Prime Minister Tavita Leota during their talks at the Government Building on "
    "Monday morning. The two agreed to open a consulate.\n\n"
    "3 of 3\n"
    "Solis waves from the harbour."
)


def test_a_venue_takes_the_city_of_an_earlier_caption() -> None:
    met = only_meeting(
        GALLERY,
        {"during their talks": [meeting(["Mara Solis", "Tavita Leota"],
                                        location="Government Building")]},
        "2026-07-07",
    )  # fmt: skip
    assert met.location == "Government Building, Apia"
