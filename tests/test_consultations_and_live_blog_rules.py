"""Held-out round 34 leftovers: a foreign ministry's readout of consultations "between the
Ministry of Foreign Affairs of A and the Ministry of Foreign Affairs of B" whose heads are
named in the next paragraph, a live blog (a meeting walked out of, one called off with
"the envoy", a video call "at midday with" an office and name, an outcome the envoy
quotes), a state visit ("greeted his guest", talks "with the participation of" four
ministers) and an envoy sent in a president's stead.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import ArticleExtraction
from tests.support.scripted import agreed, by_people, extract, meeting

READOUT = (
    "Republic of Estonia\nMinistry of Foreign Affairs\nPress release\n\n"
    "Tallinn, 12 May 2027\n\n"
    "The second round of political consultations between the Ministry of Foreign Affairs "
    "of the Republic of Estonia and the Ministry of Foreign Affairs of the Republic of "
    "Paraguay was held at the Ministry in Tallinn on Tuesday.\n\n"
    "The Estonian side was headed by H.E. Mr. Karl Tammsaar, Undersecretary for Political "
    "Affairs, while the Paraguayan delegation was led by H.E. Dr. Julio Benítez Ocampo, "
    "Deputy Minister of Foreign Affairs. The consultations were also attended by H.E. Ms. "
    "Sofía Acosta Rey, Ambassador of Paraguay to Estonia, resident in Berlin.\n\n"
    "At the outset, Mr. Tammsaar welcomed Dr. Benítez Ocampo and his delegation. He recalled "
    "the meeting between the two foreign ministers on the sidelines of the OSCE council in "
    "Vienna last month, which had paved the way for today's consultations.\n\n"
    "The two sides agreed to hold the third round of consultations in Asunción in 2028."
)


def _readout() -> ArticleExtraction:
    return extract(
        READOUT,
        {
            "second round of political consultations": [
                meeting(
                    [
                        "Ministry of Foreign Affairs of the Republic of Estonia",
                        "Ministry of Foreign Affairs of the Republic of Paraguay",
                    ],
                    date_text="on Tuesday",
                    location="Tallinn",
                )
            ],
            "At the outset": [meeting(["Mr. Tammsaar", "Dr. Benítez Ocampo"], location="Vienna")],
        },
        None,
    )


def test_consultations_between_two_ministries_are_a_meeting_of_the_heads_named_next() -> None:
    (talks,) = _readout().meetings
    assert {p.name for p in talks.participants} == {
        "Karl Tammsaar",
        "Julio Benítez Ocampo",
        "Sofía Acosta Rey",  # "were also attended by"
    }
    assert talks.date == dt.date(2027, 5, 11)
    assert talks.location == "Tallinn"


def test_the_outset_of_the_talks_and_a_recalled_meeting_of_others_add_no_meeting() -> None:
    # "At the outset, X welcomed Y" is the consultations again; "the meeting between the two
    # foreign ministers ... in Vienna last month" is a meeting of others, and not its place.
    (talks,) = _readout().meetings
    assert talks.location != "Vienna"
    assert [a.type.value for a in talks.agreements] == ["intent_to_meet"]


LIVE = (
    "LIVE: Mediation in Lomé\n\n"
    "Friday 6 November 2026\n\n"
    "17:20 - The presidency has confirmed that the meeting between President Komla Adjavon "
    "and the AU envoy, which was due to start at 17:00 at the palace, has been called off.\n\n"
    "15:05 - Opposition leader Essowè Bagna has just walked out of his meeting with "
    "Mamadou Sissoko, which began at 14:40 at the Hotel Sarakawa.\n\n"
    "13:10 - Elsewhere, Benin's Foreign Minister Aurélie Dossou held a video call at midday "
    "with AU Commission Chairperson Tendai Mukwena, the ministry said.\n\n"
    "11:30 - After his talks this morning, the envoy told journalists that he and Prime "
    'Minister Yao Kpodar had "agreed that a joint committee would meet next week" on the '
    "electoral calendar.\n\n"
    "08:00 - The African Union envoy, Mamadou Sissoko, landed in Lomé late last night."
)


def _live() -> ArticleExtraction:
    return extract(
        LIVE,
        {
            "has just walked out": [meeting(["Mamadou Sissoko"])],
            "video call at midday": [meeting(["Benin's Foreign Minister Aurélie Dossou"])],
            "After his talks": [
                meeting(
                    ["envoy", "Prime Minister Yao Kpodar"],
                    date_text="this morning",
                    agreements=[agreed("agreed that a joint committee would meet next week")],
                )
            ],
        },
        None,
    )


def _sides(result: ArticleExtraction) -> list[tuple[set[str], str]]:
    return [({p.name for p in m.participants}, m.status.value) for m in result.meetings]


def test_a_meeting_walked_out_of_is_a_meeting_of_the_one_who_left() -> None:
    assert ({"Essowè Bagna", "Mamadou Sissoko"}, "held") in _sides(_live())


def test_a_meeting_called_off_between_a_president_and_the_envoy() -> None:
    assert ({"Komla Adjavon", "Mamadou Sissoko"}, "cancelled") in _sides(_live())


def test_a_video_call_at_midday_with_an_office_and_name_has_both_sides() -> None:
    assert ({"Aurélie Dossou", "Tendai Mukwena"}, "held") in _sides(_live())


def test_an_outcome_the_sides_word_in_quotes_is_still_their_agreement() -> None:
    (talks,) = [m for m in _live().meetings if "Yao Kpodar" in {p.name for p in m.participants}]
    assert [a.summary for a in talks.agreements] == [
        "Agreed that a joint committee would meet next week"
    ]


STATE_VISIT = (
    "Uzbekistan and Vietnam sign strategic partnership\n\n"
    "TASHKENT, 20 May 2027 - Vietnamese President Tran Duc Hoang was welcomed at the "
    "Kuksaroy residence on Wednesday, at the start of a state visit.\n\n"
    "Uzbek President Rustam Aliyev greeted his guest on the steps before the anthems were "
    "played.\n\n"
    "The talks then continued in an expanded format with the participation of the two "
    "delegations, including Uzbek Foreign Minister Nodira Karimova, her Vietnamese "
    "counterpart Le Thi Mai and Uzbekistan's Minister of Energy Bekzod Tursunov.\n\n"
    "Aliyev and Tran agreed to raise bilateral trade to $2 billion by 2030. Karimova and "
    "Le Thi Mai then signed a programme of cultural cooperation."
)


def test_a_guest_greeted_and_the_delegations_taking_part_make_one_meeting() -> None:
    result = extract(
        STATE_VISIT,
        {
            "was welcomed": [meeting(["Tran Duc Hoang"], date_text="on Wednesday")],
            "agreed to raise": [
                meeting(
                    ["Aliyev", "Tran"],
                    agreements=[agreed("agreed to raise bilateral trade to $2 billion by 2030")],
                ),
                meeting(
                    ["Karimova", "Le Thi Mai"],
                    agreements=[
                        agreed("signed a programme of cultural cooperation", "signed_document")
                    ],
                ),
            ],
        },
        None,
    )
    (visit,) = result.meetings  # "bilateral trade" is no one-on-one that keeps talks apart
    assert {p.name for p in visit.participants} == {
        "Tran Duc Hoang",
        "Rustam Aliyev",
        "Nodira Karimova",
        "Le Thi Mai",
        "Bekzod Tursunov",
    }
    assert visit.date == dt.date(2027, 5, 19)
    assert len(visit.agreements) == 2


ENVOY = (
    "Peru's president sends envoy to Quito\n\n"
    "QUITO, March 4, 2027 - Peru's President Martín Salas Huamán sent a personal envoy to "
    "Quito this week with a letter for his Ecuadorian counterpart, in the latest sign of a "
    "thaw between the two neighbours.\n\n"
    "The envoy, former minister Rosa Quispe Lima, was received on Monday by Ecuador's "
    "Foreign Minister Diego Carrión Vela.\n\n"
    "Monday's meeting built on a telephone conversation between Salas and Ecuador's "
    "President Inés Mora Aguirre last month, in which the two leaders agreed to instruct "
    'their ministries to "intensify contacts".'
)


def test_a_president_who_sends_an_envoy_and_a_call_last_month() -> None:
    result = extract(
        ENVOY,
        {
            "sent a personal envoy": [meeting(["Martín Salas Huamán"], date_text="this week")],
            "was received on Monday": [
                meeting(["Rosa Quispe Lima", "Diego Carrión Vela"], date_text="Monday")
            ],
            "telephone conversation": [
                meeting(
                    ["Salas", "Inés Mora Aguirre"],
                    kind="call",
                    date_text="Monday's meeting",
                    agreements=[agreed("intensify contacts")],
                )
            ],
        },
        None,
    )
    found = by_people(result)
    assert set(found) == {
        ("Diego Carrión Vela", "Rosa Quispe Lima"),
        ("Inés Mora Aguirre", "Martín Salas Huamán"),
    }  # the one who sent an envoy did not meet him
    call = found[("Inés Mora Aguirre", "Martín Salas Huamán")]
    assert call.date is None  # "last month", not "Monday's meeting"
    assert [a.summary for a in call.agreements] == [
        "Agreed to instruct their ministries to intensify contacts"
    ]
