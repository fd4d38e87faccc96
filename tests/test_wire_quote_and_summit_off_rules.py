"""Rules written from held-out round 17 (ordinary wire and newspaper reports): a dated
dateline is the story's "today", a quotation's "I spoke with X" is its speaker's call, a
summit "between A and his Chilean counterpart B" called off "for the 9th", and "The two
presidents spoke by telephone and agreed to postpone" the summit (the call was held).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from tests.support.scripted import by_people, extract, meeting

WIRE = (
    "Croatia, Slovenia sign rail agreement\n\n"
    "Zagreb, March 9 (HINA) - Croatia and Slovenia signed a rail agreement in Zagreb today, "
    "Foreign Minister Gordan Radman said.\n\n"
    "Talks were held between Radman and Slovenian Infrastructure Minister Alenka Bratuz at "
    "the government headquarters, after which the two ministers signed the agreement.\n\n"
    '"I spoke with Robert on Friday, and he assured me Slovenia will fund its half," Radman '
    "said, referring to Slovenian Prime Minister Robert Golob. He did not elaborate on the "
    "telephone call."
)


def test_a_dated_dateline_is_today_and_a_quoted_call_is_the_speakers() -> None:
    result = extract(
        WIRE,
        {"Talks were held": [meeting(["Radman", "Alenka Bratuz"])]},
        "2026-03-10",  # published the day after the dateline
    )
    met = by_people(result)
    talks = met[("Alenka Bratuz", "Gordan Radman")]
    assert str(talks.date) == "2026-03-09"  # "today" of "Zagreb, March 9"
    assert str(result.published) == "2026-03-10"  # the article's own date is kept
    call = met[("Gordan Radman", "Robert")]
    assert (call.kind.value, str(call.date), call.location) == ("call", "2026-03-06", None)


SUMMIT_OFF = (
    "Santiago Times - Monday, June 1\n\n"
    "The first bilateral summit between President Ana Rojas and her Peruvian counterpart "
    "Luis Vega, which had been scheduled for the 9th in Arica, has been called off. No new "
    "date has been set.\n\n"
    "The two presidents spoke by telephone on Saturday and agreed to postpone the meeting "
    "after Vega decided to stay in Lima, a spokesman said."
)


def test_a_summit_called_off_and_the_call_that_put_it_off() -> None:
    result = extract(SUMMIT_OFF, {}, "2026-06-01")  # the model found nothing
    off, call = sorted(result.meetings, key=lambda m: m.kind.value == "call")
    assert {p.name for p in off.participants} == {"Ana Rojas", "Luis Vega"}
    assert (off.status.value, str(off.date), off.location) == ("cancelled", "2026-06-09", "Arica")
    assert {p.name for p in call.participants} == {"Ana Rojas", "Luis Vega"}
    assert (call.status.value, call.kind.value, str(call.date)) == ("held", "call", "2026-05-30")


def test_honourable_and_ambassador_abbreviations_do_not_end_a_sentence() -> None:
    from extract._passages import Span, sentences

    text = (
        "Talks were held between Hon. Mulenga Banda, MP, and his counterpart, Amb. Rudo "
        "Moyo, at the State Lodge. The two signed a memorandum."
    )
    assert [s.text[:12] for s in sentences(Span(0, len(text), text))] == [
        "Talks were h",
        "The two sign",
    ]


TWO_PLUS_TWO = (
    "WELLINGTON, May 7 (Wire) - New Zealand and Fiji have agreed to step up joint patrols.\n\n"
    "Foreign Minister Rose Hale and Defence Minister Tom Reid held the so-called 2+2 talks "
    "with Fijian Foreign Minister Sitiveni Rabu and Defence Minister Pio Tikoduadua on "
    "Wednesday in Suva.\n\n"
    "The day before the talks, Mr Reid called on Prime Minister Ratu Naiqama at his office.\n\n"
    "Naiqama told Mr Reid in their meeting that Fiji would stay non-aligned."
)


def test_both_sides_of_a_two_plus_two_and_a_call_told_on() -> None:
    result = extract(
        TWO_PLUS_TWO,
        {
            "2+2 talks": [meeting(["Rose Hale", "Tom Reid"])],
            "The day before": [meeting(["Mr Reid", "Prime Minister Ratu Naiqama"])],
            "told Mr Reid": [meeting(["Naiqama", "Mr Reid"])],
        },
        "2026-05-07",
    )  # fmt: skip
    met = by_people(result)
    assert set(met) == {
        ("Pio Tikoduadua", "Rose Hale", "Sitiveni Rabu", "Tom Reid"),
        ("Ratu Naiqama", "Tom Reid"),  # one courtesy call, not two meetings
    }
    assert len(result.meetings) == 2
    assert str(met[("Ratu Naiqama", "Tom Reid")].date) == "2026-05-05"


def test_took_part_in_a_video_conference_with_an_office_named_by_country() -> None:
    text = (
        "Warsaw, 9 April 2026\n\n"
        "On 8 April, Minister Jan Nowak hosted the Minister of Foreign Affairs of Ukraine, "
        "Olena Koval, in Warsaw.\n\n"
        "The day before the visit, Minister Nowak and Minister Koval took part in a video "
        "conference of the Lublin Triangle together with the Minister of Foreign Affairs of "
        "Lithuania, Rasa Jonaitis."
    )
    result = extract(
        text,
        {
            "hosted": [meeting(["Jan Nowak", "Olena Koval"])],
            "video conference": [
                meeting(["Minister Nowak", "Minister Koval",
                         "Minister of Foreign Affairs of Lithuania"],
                        kind="virtual", status="planned", date_text="the day before the visit")
            ],
        },
    )  # fmt: skip
    video = by_people(result)[("Jan Nowak", "Olena Koval", "Rasa Jonaitis")]
    assert (video.status.value, video.kind.value, str(video.date)) == (
        "held",
        "virtual",
        "2026-04-07",
    )


def test_a_sentence_listing_three_pairs_of_ministers_gives_three_meetings() -> None:
    text = (
        "EVIAN, June 16 (Wire) - Ministers were busy on the sidelines.\n\n"
        "On Monday evening, Canadian Foreign Minister Mia Roy met South Korea's Han Jun, "
        "Brazil's foreign minister Rui Lopes sat down with his Nigerian counterpart Ade Bello, "
        "and Italy's Gino Rossi held talks with Kenyan Prime Cabinet Secretary Tom Otieno.\n\n"
        "Ms. Roy and Mr. Han signed a memorandum of understanding on consular cooperation. "
        "Mr. Rossi, for his part, announced that Italy would open a trade office in Nairobi; "
        "the Kenyan readout of his meeting with Mr. Otieno did not mention the plan."
    )
    result = extract(
        text,
        {
            "Monday evening": [meeting(["Mia Roy", "Han Jun", "Rui Lopes"])],  # one lumped draft
            "for his part": [meeting(["Ms. Roy", "Mr. Han"]), meeting(["Mr. Otieno"])],
        },
        "2026-06-16",
    )
    assert set(by_people(result)) == {
        ("Han Jun", "Mia Roy"),
        ("Ade Bello", "Rui Lopes"),
        ("Gino Rossi", "Tom Otieno"),
    }
    assert all(str(m.date) == "2026-06-15" for m in result.meetings)
    assert {m.location for m in result.meetings} == {"Evian"}  # not Nairobi: a plan's place


def test_a_topic_discussed_is_not_an_agreement() -> None:
    text = (
        "NOUAKCHOTT, 16 April 2026 - Energy ministers Lotfi Haddad and Cheikh Sidi held a working "
        "session on Monday evening. The two men agreed to commission a joint study on linking "
        "their grids, and discussed possible participation in exploration blocks."
    )
    result = extract(
        text,
        {"working session": [meeting(["Lotfi Haddad", "Cheikh Sidi"], agreements=[
            {"what": "agreed to commission a joint study on linking their grids",
             "type": "commitment"},
            {"what": "discussed possible participation in exploration blocks",
             "type": "commitment"},
        ])]},
        "2026-04-16",
    )  # fmt: skip
    (met,) = result.meetings
    assert [a.summary for a in met.agreements] == [
        "Agreed to commission a joint study on linking their grids"
    ]
