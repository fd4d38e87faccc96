"""Held-out round 36 leftovers: a presidency's release on a state visit (talks "in an
expanded format with the participation of the official delegations", each side's
ministers named in the next sentence; "Dato' Seri" styles inside a mention; "US dollars";
a governor in lower case "received by the khokim of ..., X"), a forum venue in a
city-state, and a television transcript whose labels ("TRANSCRIPT —", "ANCHOR (...)",
"Broadcast:", "the News at Nine") are no places.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`) and of the helpers, on text written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._article_place import article_place
from extract._countries import find_countries
from extract._meeting_objects import objects_of
from extract._people import split_title
from extract._stated_place import is_place
from tests.support.scripted import agreed, by_people, extract, meeting

RELEASE = (
    "PRESS SERVICE OF THE PRESIDENT OF THE KYRGYZ REPUBLIC\n\n"
    "Bishkek, 3 June 2027\n\n"
    "On 3 June, President of the Kyrgyz Republic Temir Asanaliev received Prime Minister "
    "of Brunei Pengiran Haji Omar Saifuddin at the Ala-Archa state residence.\n\n"
    "The talks continued in an expanded format with the participation of the official "
    "delegations. The Kyrgyz side was represented by Foreign Minister Aibek Moldokanov and "
    "Minister of Economy Nurlan Sadykov; the Bruneian side by Foreign Minister Dato Seri "
    "Hamid Yusof and Minister of Finance Lim Wei Jian.\n\n"
    "Following the negotiations, the leaders agreed to bring mutual trade to 300 million US "
    "dollars by 2030."
)


def test_each_sides_ministers_named_after_the_expanded_format_join_the_talks() -> None:
    result = extract(
        RELEASE,
        {
            "received Prime Minister": [
                meeting(
                    ["Temir Asanaliev", "Pengiran Haji Omar Saifuddin"],
                    date_text="On 3 June",
                )
            ],
        },
        None,
    )
    (talks,) = result.meetings
    names = {p.name for p in talks.participants}
    assert names == {
        "Temir Asanaliev",
        "Pengiran Haji Omar Saifuddin",
        "Aibek Moldokanov",
        "Nurlan Sadykov",
        "Hamid Yusof",  # the "Dato Seri" style is not part of the name
        "Lim Wei Jian",
    }
    assert talks.date == dt.date(2027, 6, 3)
    # "US dollars" is money, not a country the ministers serve
    assert all(p.country != "United States" for p in talks.participants)


def test_a_currency_is_no_country_mention() -> None:
    assert find_countries("trade reached 412 million US dollars and 3 billion Swiss francs") == []
    assert [c[0] for c in find_countries("the US delegation")] == ["United States"]


def test_styles_inside_a_mention_belong_to_neither_office_nor_name() -> None:
    assert split_title("Prime Minister of Malaysia Dato' Seri Azman Hakimi bin Yusof") == (
        "Prime Minister of Malaysia",
        "Azman Hakimi bin Yusof",
    )
    assert split_title("Foreign Minister Datuk Seri Faizal Ramli") == (
        "Foreign Minister",
        "Faizal Ramli",
    )


def test_a_host_named_after_a_lower_case_office_is_the_object_of_received_by() -> None:
    sentence = (
        "On 16 September, the guest will travel to Samarkand, where he will be received by "
        "the khokim of Samarkand region, Erkin Turdiev."
    )
    assert objects_of(sentence) == ["Erkin Turdiev"]


def test_a_venue_in_a_city_state_gets_the_city() -> None:
    text = (
        "SINGAPORE, May 30 (Reuters) - Australia's Defence Minister Callum Reid met Indonesia's "
        "Defence Minister Hendra Siregar at the Shangri-La Hotel on Saturday."
    )
    result = extract(
        text,
        {
            "met Indonesia": [
                meeting(
                    ["Callum Reid", "Hendra Siregar"],
                    date_text="on Saturday",
                    location="Shangri-La Hotel",
                )
            ]
        },
        None,
    )
    (talks,) = result.meetings
    assert talks.location == "Shangri-La Hotel, Singapore"


TRANSCRIPT = (
    "TRANSCRIPT — NATIONAL TELEVISION NEWS AT NINE\n"
    "Broadcast: Tuesday, 16 February 2027\n\n"
    "ANCHOR (ZAINAB YUSUF): Good evening, and welcome to the News at Nine. Our top story: "
    "the presidents of Nigeria and Ghana met in Abuja today."
)


def test_a_transcripts_labels_are_no_places() -> None:
    # Not "Transcript", "Broadcast" or "Anchor": no dateline at all.
    assert article_place(TRANSCRIPT) is None
    assert not is_place("Nine")  # "the News at Nine": an hour
    assert is_place("Abuja")


PROFILE = (
    "PROFILE | The quiet negotiator\n\n"
    "BRIDGETOWN, Monday March 8, 2027 - Ambassador Marcia Alleyne-Brathwaite is Barbados' "
    "chief climate negotiator.\n\n"
    "On 12 November 2024, with talks stalled, she sat down in Baku with Azerbaijan's deputy "
    "foreign minister and lead negotiator, Rauf Mammadli, for a courtesy call.\n\n"
    "In June 2025 she travelled to New Delhi, where she met India's Minister of State for "
    "External Affairs, Pranav Deshmukh. The two agreed to launch a solar training programme."
    "\n\nMs Alleyne-Brathwaite is due in London on April 14 to meet Oliver Pennington, the "
    "UK's Special Representative for Climate."
)


def test_a_profiles_she_met_x_is_a_meeting_of_the_profiled_person() -> None:
    # The model's drafts name someone else entirely; the plain wording still tells both.
    result = extract(
        PROFILE,
        {
            "sat down in Baku": [meeting(["Marco Rubio"])],
            "she met India": [meeting(["Marco Rubio"], status="planned")],
            "due in London": [
                meeting(
                    ["Ms Alleyne-Brathwaite", "Oliver Pennington"],
                    status="planned",
                    date_text="April 14",
                )
            ],
        },
        None,
    )
    found = by_people(result)
    baku = found[("Marcia Alleyne-Brathwaite", "Rauf Mammadli")]
    delhi = found[("Marcia Alleyne-Brathwaite", "Pranav Deshmukh")]
    assert (baku.date, baku.location) == (dt.date(2024, 11, 12), "Baku")
    assert delhi.location == "New Delhi"
    assert [a.type.value for a in delhi.agreements] == ["commitment"]


CALLED_OFF = (
    "LIMA, Nov. 12, 2026 - A meeting between the foreign ministers of Peru and Chile that was "
    "due to take place on Friday in the border city of Tacna has been called off, both "
    "governments said on Thursday.\n\n"
    "Peruvian Foreign Minister Rodrigo Salas and his Chilean counterpart, Gabriela Ortiz "
    "Vidal, had been scheduled to review preparations for the binational cabinet.\n\n"
    "President Javier Montero spoke by telephone on Wednesday evening with Chilean President "
    "Andrés Castro Lagos. They agreed that the binational cabinet would meet as planned in the "
    "Chilean city of Arica on Dec. 4, with both presidents attending."
)


def test_a_meeting_of_two_countries_ministers_called_off_and_a_cabinet_agreed_on() -> None:
    result = extract(
        CALLED_OFF,
        {
            "has been called off": [
                meeting(["Peru", "Chile"], status="cancelled", date_text="Friday")
            ],
            "spoke by telephone": [
                meeting(
                    ["Javier Montero", "Andrés Castro Lagos"],
                    kind="call",
                    date_text="Wednesday evening",
                    agreements=[agreed("agreed that the binational cabinet would meet as planned")],
                )
            ],
        },
        None,
    )
    found = {
        (frozenset(p.name for p in m.participants), m.status.value): m for m in result.meetings
    }
    off = found[(frozenset({"Rodrigo Salas", "Gabriela Ortiz Vidal"}), "cancelled")]
    assert (off.date, off.location) == (dt.date(2026, 11, 13), "Tacna")
    cabinet = found[(frozenset({"Javier Montero", "Andrés Castro Lagos"}), "planned")]
    assert (cabinet.date, cabinet.location) == (dt.date(2026, 12, 4), "Arica")
