"""A radio transcript, a wire brief and a regional feature: speaker labels, a signing
ceremony, a call expected "later today", a call the day before the talks, the place of
someone who stayed away, the sidelines of a forum, and a summit called off in the next
sentence: rules written after the held-out round 11 (g87-g92).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import agreed, by_people, extract, meeting

TRANSCRIPT = (
    "LAKESIDE RADIO - EVENING NEWS\n"
    "Thursday 3 September 2026, 18:00 - Transcript\n\n"
    "ANCHOR (Rosa Mbeki): Good evening. Malawi and Zambia have signed an agreement to run "
    "the Mchinji border post as a single stop. President Grace Chirwa and Zambia's President "
    "Daniel Mwale put their signatures to the deal yesterday at a ceremony in Mchinji.\n\n"
    "REPORTER (Tom Banda): The two presidents talked for an hour before the signing.\n\n"
    "ANCHOR (Rosa Mbeki): And staying with President Chirwa, her office says she is expected "
    "to speak by telephone later today with Tanzania's President Samuel Kikwete."
)


def test_a_transcript_signing_ceremony_and_a_call_expected_today() -> None:
    result = extract(
        TRANSCRIPT,
        {
            # The model puts the anchor in and lists no real item.
            "Good evening": [
                meeting(
                    ["Rosa Mbeki", "Grace Chirwa", "Daniel Mwale"],
                    kind="call",
                    agreements=[agreed("signed document", "signed_document")],
                )
            ],
        },
    )
    # The broadcast's header ("Thursday 3 September 2026, 18:00 - Transcript") dates it.
    assert (result.published, result.published_source) == (dt.date(2026, 9, 3), "header")
    meetings = by_people(result)
    assert sorted(meetings) == [
        ("Daniel Mwale", "Grace Chirwa"),
        ("Grace Chirwa", "Samuel Kikwete"),
    ]
    signing = meetings[("Daniel Mwale", "Grace Chirwa")]
    assert (signing.status, signing.kind, signing.date) == (
        "held",
        "in_person",
        dt.date(2026, 9, 2),
    )
    assert [a.summary for a in signing.agreements] == [
        "Signed an agreement to run the Mchinji border post as a single stop"
    ]  # the sentence's words, not the model's "signed document"
    call = meetings[("Grace Chirwa", "Samuel Kikwete")]
    assert (call.status, call.kind, call.date) == ("planned", "call", dt.date(2026, 9, 3))


BRIEF = (
    "Nordic ministers back a joint grid study\n\n"
    "TROMSØ, Sept. 10, 2026 (Arctic Wire) - Norway's Foreign Minister Ola Strand hosted "
    "Sweden's Foreign Minister Karin Dahl and Finland's Deputy Foreign Minister Mikko Lehto, "
    "who attended on behalf of Foreign Minister Aino Salo, on Thursday. Salo remained in "
    "Brussels for an EU meeting.\n\n"
    "The Tromsø talks came a day after Strand discussed the same plans in a telephone call "
    "with Icelandic Foreign Minister Jón Einarsson.\n\n"
    "Strand also opened the Arctic Energy Forum in Bodø on Wednesday. On the sidelines, Strand "
    "met Danish Climate Minister Lars Holm."
)


def test_a_call_the_day_before_a_place_stayed_in_and_the_sidelines_of_a_forum() -> None:
    result = extract(
        BRIEF,
        {
            "hosted Sweden": [
                meeting(
                    ["Ola Strand", "Karin Dahl", "Mikko Lehto"],
                    date_text="on Thursday",
                    location="Brussels",
                )
            ],
        },
    )
    # "TROMSØ, Sept. 10, 2026": a dateline with a letter beyond ASCII.
    assert result.published == dt.date(2026, 9, 10)
    meetings = by_people(result)
    talks = meetings[("Karin Dahl", "Mikko Lehto", "Ola Strand")]
    assert talks.date == dt.date(2026, 9, 10)
    assert talks.location != "Brussels"  # where the absent minister was
    call = meetings[("Jón Einarsson", "Ola Strand")]
    assert (call.kind, call.date) == ("call", talks.date - dt.timedelta(days=1))
    sidelines = meetings[("Lars Holm", "Ola Strand")]
    assert sidelines.location == "Bodø"


FEATURE = (
    "Valley Courier | Sunday, May 17, 2026\n\n"
    "For the farmers who wait at the Las Cruces crossing, the summit between Costa Rican "
    "President Elena Mora and Panamanian President Rubén Castillo was supposed to bring "
    "relief. The meeting, scheduled for Wednesday, May 20, in the border town, has been "
    "called off.\n\n"
    "Analysts still see potential opportunities for a summit between Mora and Colombian "
    "President Iván Duarte later in the year."
)


def test_a_summit_called_off_in_the_next_sentence_keeps_its_day() -> None:
    result = extract(FEATURE, {})
    (summit,) = result.meetings  # the hoped-for one is no meeting
    assert sorted(p.name for p in summit.participants) == ["Elena Mora", "Rubén Castillo"]
    assert (summit.status, summit.date) == ("cancelled", dt.date(2026, 5, 20))
