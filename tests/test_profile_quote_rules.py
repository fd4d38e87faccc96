"""Held-out round 39 leftovers: a feature interview whose meetings are told only in the
envoy's own quoted words ('"When I met Minister X ...," she says'; '"I was supposed to be
in Z on Thursday to see Y," she says. "On Monday his office asked to call it off."'),
a minister who "had been expected to join the video conference but was held up", and an
ambassador who "said separately that the two ministers would also discuss ...".

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

PROFILE = (
    "THE LONG READ\n"
    "An envoy who counts every meeting\n\n"
    "Lusaka Weekly - Saturday, September 19, 2026\n\n"
    "Margit Lindqvist arrives for the interview with a folder of maps. Sweden's special "
    "envoy for the Great Lakes has been in the job since March.\n\n"
    "Lindqvist, a former ambassador to Uganda, says her week was meant to take in two "
    "capitals.\n\n"
    '"When I met Minister Chanda here in Lusaka on Wednesday, we agreed that our teams '
    'would map the border crossings by December," she says.\n\n'
    'Only one trip happened. "I was supposed to be in Kigali on Friday to see State '
    'Minister Eric Habimana," Lindqvist says. "On Tuesday his office asked to call it off."\n\n'
    "Lindqvist flies home on Sunday."
)


def test_a_meeting_told_in_the_profiled_persons_quoted_words_is_theirs() -> None:
    result = extract(
        PROFILE,
        {"When I met": [meeting(["Minister Chanda"], date_text="on Wednesday", location="Lusaka")]},
        "2026-09-19",
    )
    (met,) = [m for m in result.meetings if m.status.value == "held"]
    assert [p.name for p in met.participants] == ["Margit Lindqvist", "Chanda"]
    assert (met.status.value, met.date) == ("held", dt.date(2026, 9, 16))


def test_i_was_supposed_to_see_x_then_his_office_asked_to_call_it_off_is_cancelled() -> None:
    result = extract(PROFILE, {}, "2026-09-19")  # the model found nothing in either quote
    (trip,) = [m for m in result.meetings if m.status.value == "cancelled"]
    assert [p.name for p in trip.participants] == ["Margit Lindqvist", "Eric Habimana"]
    assert (trip.date, trip.location) == (dt.date(2026, 9, 18), "Kigali")


VIDEO = (
    "RABAT, 12 March 2026 - On Monday, Foreign Minister Karim Bennani spoke by telephone with "
    "Chile's Foreign Minister, Andrés Rojas.\n\n"
    "On Wednesday, Bennani held a video conference with Norway's Foreign Minister, Ingrid "
    "Solheim.\n\n"
    "Morocco's Minister of Equipment and Water, Youssef Alaoui, had been expected to join the "
    "video conference but was held up at a cabinet meeting, officials said."
)


def test_one_expected_to_join_who_was_held_up_is_not_in_a_meeting() -> None:
    result = extract(
        VIDEO,
        {
            "spoke by telephone": [
                meeting(["Karim Bennani", "Andrés Rojas"], kind="call", date_text="On Monday")
            ],
            "held a video": [
                meeting(["Bennani", "Ingrid Solheim"], kind="virtual", date_text="Wednesday")
            ],
            "had been expected": [meeting(["Youssef Alaoui"], kind="virtual")],
        },
        "2026-03-12",
    )
    assert sorted(by_people(result)) == [
        ("Andrés Rojas", "Karim Bennani"),
        ("Ingrid Solheim", "Karim Bennani"),
    ]


AMBASSADOR = (
    "LIMA, 4 May 2026 - Paraguay's Foreign Minister Lucía Benítez will hold talks with Peru's "
    "Foreign Minister Jorge Salas in Lima on May 20.\n\n"
    "Benítez met Bolivia's Foreign Minister, Rosa Quispe, in La Paz on April 28.\n\n"
    "Paraguay's ambassador in Lima, Carmen Ortiz, said separately that the two ministers "
    "would also discuss a river port project and a possible visit by Paraguay's president."
)


def test_one_who_says_what_the_two_ministers_will_discuss_is_no_side() -> None:
    result = extract(
        AMBASSADOR,
        {
            "will hold talks": [
                meeting(["Lucía Benítez", "Jorge Salas"], status="planned", date_text="May 20")
            ],
            "Benítez met": [meeting(["Benítez", "Rosa Quispe"], date_text="on April 28")],
            "said separately": [meeting(["Carmen Ortiz"])],
        },
        "2026-05-04",
    )
    assert sorted(by_people(result)) == [
        ("Jorge Salas", "Lucía Benítez"),
        ("Lucía Benítez", "Rosa Quispe"),
    ]
