"""A wire report of a three-way signing, an evening's talks, a call told by a ministry and
a stop called off: rules written after the held-out round 8 (g69-g74).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._cues import status_from
from extract._models import ArticleExtraction
from tests.support.scripted import agreed, by_people, extract, meeting

WIRE = (
    "Baltic Sea ports pact signed in Gdansk\n\n"
    "GDANSK, Poland, May 8 (Balticwire) - Poland, Lithuania and Latvia signed a memorandum on "
    "Friday to share port security data.\n\n"
    "The memorandum was signed by Polish Foreign Minister Adam Nowicki, Lithuania's Foreign "
    "Minister Rasa Vaitkutė and Latvia's Foreign Minister Ilze Ozola after two hours of "
    "talks.\n\n"
    "The three ministers also agreed to hold a joint port exercise in the autumn, and said the "
    "next round of consultations would take place in Riga.\n\n"
    "Nowicki arrived in Gdansk on Thursday and held talks that evening with Mayor Ewa Lis "
    "about NATO discussions on the Arctic.\n\n"
    "The Latvian ministry said Ozola had spoken by telephone with Estonia's Foreign Minister "
    "Mart Kask the day before she flew to Poland.\n\n"
    "A stop in Vilnius, where Nowicki had been due to meet President Jonas Petraitis on "
    "Saturday, has been postponed, a spokesperson said. In previous rounds, the two sides "
    "agreed on a joint border fund."
)


def _wire() -> ArticleExtraction:
    return extract(
        WIRE,
        {
            "was signed by": [
                meeting(
                    ["Adam Nowicki", "Rasa Vaitkutė", "Ilze Ozola"],
                    agreements=[agreed("signed the memorandum", "signed_document")],
                )
            ],
            # The model named people who are not in the passage: nothing to ground.
            "three ministers": [meeting(["Marco Rubio", "Wi"], status="planned")],
            "that evening": [
                meeting(["Nowicki", "Mayor Ewa Lis", "NATO discussions on the Arctic"])
            ],
        },
        "2026-05-08",
    )


def test_what_the_three_agreed_joins_their_meeting_item_by_item() -> None:
    signing = by_people(_wire())[("Adam Nowicki", "Ilze Ozola", "Rasa Vaitkutė")]
    assert [a.summary for a in signing.agreements] == [
        # The lead says what the bare "signed the memorandum" of the draft was about.
        "Signed a memorandum on Friday to share port security data",
        "Agreed to hold a joint port exercise in the autumn",
        "Said the next round of consultations would take place in Riga",
    ]


def test_that_evening_is_the_evening_of_the_day_the_sentence_names() -> None:
    talks = by_people(_wire())[("Adam Nowicki", "Ewa Lis")]  # "the Arctic" is no one
    assert talks.date == dt.date(2026, 5, 7)


def test_a_call_a_ministry_told_of_is_a_call_and_an_undated_event_gives_no_day() -> None:
    call = by_people(_wire())[("Ilze Ozola", "Mart Kask")]
    assert (call.kind.value, call.date, call.location) == ("call", None, None)


def test_a_stop_that_had_been_due_and_is_postponed_is_a_cancelled_meeting() -> None:
    stop = by_people(_wire())[("Adam Nowicki", "Jonas Petraitis")]
    assert (stop.status.value, stop.date, stop.agreements) == (
        "cancelled",
        dt.date(2026, 5, 9),
        [],
    )  # and "in previous rounds, the two sides agreed" is nobody's agreement of today


def test_an_agreement_told_as_background_joins_no_meeting() -> None:
    summaries = [a.summary for m in _wire().meetings for a in m.agreements]
    assert not [s for s in summaries if "border fund" in s]


def test_the_foreign_ministers_named_in_a_pair_hold_that_office() -> None:
    text = (
        "The foreign ministers, Petr Novak and Jana Kovacova, held talks in Bratislava on "
        "Wednesday. Meanwhile, a meeting at which Austria's Foreign Minister Eva Gruber was "
        "to host Novak and Kovacova in Vienna on April 2 has been postponed."
    )
    result = extract(
        text, {"The foreign ministers": [meeting(["Petr Novak", "Jana Kovacova"])]}, "2026-03-19"
    )
    met = by_people(result)
    talks = met[("Jana Kovacova", "Petr Novak")]
    assert {p.title for p in talks.participants} == {"Foreign Minister"}
    vienna = met[("Eva Gruber", "Jana Kovacova", "Petr Novak")]
    assert (vienna.status.value, vienna.date) == ("cancelled", dt.date(2026, 4, 2))


def test_next_week_s_summit_is_not_a_plan_of_the_meeting_told() -> None:
    sentence = (
        "Prime Minister Ana Ruiz and her counterpart Jonas Berg agreed in Oslo on Wednesday to "
        "push for a delay at next week's European Council."
    )
    assert status_from(sentence, "planned") == "held"


FEATURE = (
    "Ruiz's Lisbon bet: wind power and a cable that still has gaps\n\n"
    "By Marta Sousa\n"
    "Sunday, June 21, 2026\n\n"
    "On Tuesday morning, Datuk Seri Ana Ruiz sat down with Prime Minister Jonas Berg in "
    "Oslo. After two hours of talks, the two prime ministers witnessed the exchange of two "
    "memoranda on wind power and fisheries.\n\n"
    "A side trip to Bergen on Thursday, where Ruiz was to have met Mayor Ola Dahl, was "
    "scrapped because of fog.\n\n"
    "By Thursday afternoon Ruiz was back in Madrid and on a video call with Ireland's "
    "Prime Minister Sean Byrne. The two agreed to study a second cable, Byrne's office said."
)


def test_a_feature_s_meetings_with_a_byline_like_opening_and_a_headline_place() -> None:
    result = extract(
        FEATURE,
        {"sat down": [meeting(["Ana Ruiz", "Prime Minister Jonas Berg"])]},
    )
    met = by_people(result)
    oslo = met[("Ana Ruiz", "Jonas Berg")]
    assert [(a.type.value, a.summary) for a in oslo.agreements] == [
        (
            "signed_document",
            "Witnessed the exchange of two memoranda on wind power and fisheries",
        )
    ]
    # "Ruiz's Lisbon bet" in the headline does not make her Portuguese.
    assert {p.name: p.country for p in oslo.participants}["Ana Ruiz"] is None
    assert met[("Ana Ruiz", "Ola Dahl")].status.value == "cancelled"
    # "By Thursday afternoon ..." opens a sentence, not a byline: Byrne is no reporter.
    call = met[("Ana Ruiz", "Sean Byrne")]
    assert (call.kind.value, call.date) == ("virtual", dt.date(2026, 6, 18))
    assert [a.summary for a in call.agreements] == ["Agreed to study a second cable"]


def test_the_head_of_a_delegation_told_after_the_meeting_is_a_participant() -> None:
    text = (
        "This morning, Rabat hosted the consultative meeting of the foreign ministers of "
        "Morocco, Mauritania and Senegal. The meeting was attended by Mr. Karim Alami and "
        "Mr. Sidi Ould Baba. The Senegalese delegation was led by Mr. Omar Diop, "
        "Secretary-General of the Ministry of Foreign Affairs, on behalf of Mr. Amadou Fall."
    )
    result = extract(
        text, {"consultative": [meeting(["Karim Alami", "Sidi Ould Baba"])]}, "2026-04-16"
    )
    (m,) = result.meetings
    # The stand-in leads the delegation; the minister he stands in for is not there.
    assert sorted(p.name for p in m.participants) == ["Karim Alami", "Omar Diop", "Sidi Ould Baba"]


def test_a_press_release_s_offices_of_a_state_give_title_and_country() -> None:
    text = (
        "The Minister of Foreign Affairs, Mr. Karim Alami, received on Wednesday the Minister "
        "of Foreign Affairs of the Government of National Unity of the State of Libya, Mr. "
        "Salem Bashir, at the ministry.\n\n"
        "On Monday, Minister Alami held a telephone conversation with the Minister of Foreign "
        "Affairs of the Italian Republic, Mr. Marco Conti.\n\n"
        "Minister Alami will travel to Algiers next week, where he will be received by his "
        "Algerian counterpart, Mr. Yacine Haddad."
    )
    result = extract(
        text,
        {
            "received on": [meeting(["Karim Alami", "Salem Bashir"])],
            "telephone": [meeting(["Alami", "Marco Conti"], kind="call")],
            "Algiers": [meeting(["Alami", "Yacine Haddad"], status="planned")],
        },
        "2026-04-16",
    )
    countries = {p.name: p.country for m in result.meetings for p in m.participants}
    assert countries == {
        "Karim Alami": None,  # no country is written for the host
        "Salem Bashir": "Libya",
        "Marco Conti": "Italy",
        "Yacine Haddad": "Algeria",
    }


def test_a_visit_that_had_been_due_for_talks_with_an_office_holder_is_called_off() -> None:
    text = (
        "Mr Hale had been due in Apia tomorrow for talks with Samoa's Prime Minister, Tui Leota, "
        "but the visit has been postponed. No new date has been set."
    )
    result = extract(text, {}, "2026-06-18")
    (m,) = result.meetings
    assert sorted(p.name for p in m.participants) == ["Hale", "Tui Leota"]
    assert (m.status.value, m.date) == ("cancelled", dt.date(2026, 6, 19))


def test_the_head_of_a_delegation_named_in_the_same_sentence_is_a_participant() -> None:
    text = (
        "Foreign Minister Ali Karimi also held talks on Wednesday evening with the Emirati "
        "delegation, led by Minister of State Omar Rashid, on behalf of Foreign Minister Zayed "
        "Hamdan, who did not attend."
    )
    result = extract(text, {"Emirati": [meeting(["Ali Karimi"])]}, "2026-09-03")
    (m,) = result.meetings
    assert sorted(p.name for p in m.participants) == ["Ali Karimi", "Omar Rashid"]
