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
from tests.support.scripted import extract, meeting

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
