"""Held-out round 39 leftovers: a regional council's session told over two paragraphs (the
day in the lead, "The one-day session was chaired by A, and brought together, among
others, B, C and D" next), a side meeting "during a break in the session", a minister
"staying on ... for bilateral talks" on a later day, a byline's place in capitals, and a
release whose dateline stands under "Press Release No. 45/2026"; and, from round 41, what
"the two ministers signed:" in a dashed list.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import extract, meeting

COUNCIL = (
    "Lake Region Weekly | Regional\n"
    "Friday, 9 October 2026\n\n"
    "Ministers close Lilongwe session with seed bank pledge\n\n"
    "By a Staff Correspondent, LILONGWE\n\n"
    "Foreign ministers of the Lake Region Community wound up a special session of the "
    "Community's Council in the Malawian capital on Thursday, agreeing to set up a regional "
    "seed bank.\n\n"
    "The one-day session was chaired by Malawi's Minister of Foreign Affairs, Chikondi Banda, and "
    "brought together, among others, Zambia's Foreign Minister Mwila Phiri, "
    "Tanzania's Foreign Minister Neema Mushi and Mozambique's Foreign Minister, "
    "Rui Tembe.\n\n"
    "On Thursday, during a break in the session, Phiri and Mushi signed a memorandum of "
    "understanding on fertiliser trade.\n\n"
    "Tembe was staying on in Lilongwe for bilateral talks with Banda on Saturday, a ministry "
    "spokesperson said."
)


def _council() -> list[tuple[tuple[str, ...], str, dt.date | None, str | None]]:
    result = extract(
        COUNCIL,
        {
            "during a break": [meeting(["Phiri", "Mushi"], date_text="On Thursday")],
            "staying on": [meeting(["Tembe", "Banda"], status="planned", date_text="Saturday")],
        },
        "2026-10-09",
    )
    return sorted(
        (tuple(p.name for p in m.participants), m.status.value, m.date, m.location)
        for m in result.meetings
    )


def test_a_session_brought_together_in_one_paragraph_and_dated_in_the_one_before() -> None:
    session = (
        ("Chikondi Banda", "Mwila Phiri", "Neema Mushi", "Rui Tembe"),
        "held",
        dt.date(2026, 10, 8),
        "Lilongwe",  # the byline's "LILONGWE"
    )
    assert session in _council()


def test_a_side_meeting_in_a_break_and_one_staying_on_for_talks_are_meetings_apart() -> None:
    meetings = _council()
    assert (("Mwila Phiri", "Neema Mushi"), "held", dt.date(2026, 10, 8), "Lilongwe") in meetings
    assert (("Rui Tembe", "Chikondi Banda"), "planned", dt.date(2026, 10, 10), "Lilongwe") in (
        meetings
    )
    assert len(meetings) == 3


RELEASE = (
    "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ECUADOR\n"
    "Press Release No. 45/2026\n"
    "Quito, 3 June 2026\n\n"
    "The Minister of Foreign Affairs, Gabriela Andrade Vela, yesterday received at the Palacio "
    "de Najas her counterpart from Kenya, Foreign Minister Joseph Kamau, for talks on "
    "South-South cooperation."
)


def test_a_venue_takes_the_city_of_a_dateline_under_a_release_number() -> None:
    result = extract(
        RELEASE,
        {
            "received": [
                meeting(
                    ["Gabriela Andrade Vela", "Joseph Kamau"],
                    date_text="yesterday",
                    location="Palacio de Najas",
                )
            ]
        },
        "2026-06-03",
    )
    (talks,) = result.meetings
    assert (talks.date, talks.location) == (dt.date(2026, 6, 2), "Palacio de Najas, Quito")


SIGNED_LIST = (
    "ASTANA, 17 March 2026 (Kazinform) - Foreign Minister Daniyar Sarsenbayev held talks with "
    "Uzbekistan's Foreign Minister Bakhtiyor Saidov.\n\n"
    "Following the negotiations, the two ministers signed:\n"
    "– a Programme of Cooperation between the two foreign ministries for 2026–2028;\n"
    "– a Protocol on the border crossing procedure for residents of border regions."
)


def test_what_the_ministers_signed_in_a_dashed_list_are_signed_documents() -> None:
    result = extract(
        SIGNED_LIST,
        {"held talks": [meeting(["Daniyar Sarsenbayev", "Bakhtiyor Saidov"])]},
        "2026-03-17",
    )
    (talks,) = result.meetings
    assert [(a.summary, a.type.value) for a in talks.agreements] == [
        (
            "Signed a Programme of Cooperation between the two foreign ministries for 2026–2028",
            "signed_document",
        ),
        (
            "Signed a Protocol on the border crossing procedure for residents of border regions",
            "signed_document",
        ),
    ]
