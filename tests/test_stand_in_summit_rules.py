"""A summit wire with a stand-in: "X had telephoned Y", the principal a stand-in
represented serving the stand-in's country, "a bilateral dinner the day before between
A and B" counted from the summit, "a full mandate to sign" (leave to sign, not a
signing), and a lead naming the countries that signed: rules written after the held-out
round 13 (g99-g104).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short article written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._cues import is_joint
from extract._models import ArticleExtraction
from tests.support.scripted import agreed, by_people, extract, meeting

WIRE = (
    "Nordic ministers sign ferry pact as Danish minister stays home\n\n"
    "REYKJAVIK, May 21 (Northern Wire) - On Wednesday, Icelandic Foreign Minister Sigrun "
    "Halldorsdottir hosted Norwegian Foreign Minister Erik Solbakken and Danish State "
    "Secretary Mette Riis, who represented Foreign Minister Anders Kjaergaard at the talks.\n\n"
    "Kjaergaard had telephoned Halldorsdottir on Monday to confirm that his deputy had a "
    "full mandate to sign, an Icelandic official said.\n\n"
    "The summit followed a working dinner the day before between Halldorsdottir and "
    "Solbakken at the Foreign Ministry."
)


def _wire() -> ArticleExtraction:
    return extract(
        WIRE,
        {
            "hosted Norwegian": [
                meeting(["Sigrun Halldorsdottir", "Erik Solbakken", "Mette Riis"])
            ],
            # The model puts the stand-in on the call and makes up what they agreed.
            "had telephoned": [
                meeting(
                    ["Mette Riis", "Anders Kjaergaard"],
                    kind="call",
                    agreements=[agreed("Riis and Kjaergaard agreed to sign the pact")],
                )
            ],
        },
        "2026-05-21",
    )


def test_the_sides_the_sentence_names_replace_a_side_the_model_brought_in() -> None:
    call = by_people(_wire())[("Anders Kjaergaard", "Sigrun Halldorsdottir")]
    assert (call.kind.value, call.date) == ("call", dt.date(2026, 5, 18))
    assert call.agreements == []  # "a full mandate to sign" is no signing


def test_a_principal_serves_the_country_of_the_stand_in_who_represented_them() -> None:
    call = by_people(_wire())[("Anders Kjaergaard", "Sigrun Halldorsdottir")]
    assert {p.name: p.country for p in call.participants} == {
        "Anders Kjaergaard": "Denmark",
        "Sigrun Halldorsdottir": "Iceland",
    }


def test_the_day_before_the_summit_counts_from_the_summit_not_the_last_meeting_told() -> None:
    dinner = by_people(_wire())[("Erik Solbakken", "Sigrun Halldorsdottir")]
    assert dinner.date == dt.date(2026, 5, 19)  # not the day before Monday's call
    assert dinner.date_text == "the day before"


def test_leave_to_sign_is_not_a_joint_decision() -> None:
    assert not is_joint("He confirmed that his deputy had a full mandate to sign.")
    assert is_joint("The deputy and the minister signed the pact.")


LEAD = (
    "Baltic ferry pact signed\n\n"
    "TALLINN, May 21 (Northern Wire) - Estonia, Latvia and Finland signed a memorandum of "
    "understanding on Wednesday to run a joint ferry line between Tallinn, Riga and "
    "Helsinki from 2028.\n\n"
    "Estonian Prime Minister Mart Kask hosted Latvian Prime Minister Ilze Berzina and "
    "Finnish Prime Minister Juha Nieminen for the talks. They also agreed to share the cost "
    "of new port cranes."
)


def test_a_lead_naming_the_countries_gives_the_meeting_its_signed_document() -> None:
    result = extract(
        LEAD,
        {
            # The model names the countries, which are no participants.
            "signed a memorandum": [
                meeting(
                    ["Estonia", "Latvia", "Finland"],
                    agreements=[agreed("run a joint ferry line from 2028", "signed_document")],
                )
            ],
            "hosted Latvian": [
                meeting(
                    ["Mart Kask", "Ilze Berzina", "Juha Nieminen"],
                    agreements=[agreed("agreed to share the cost of new port cranes")],
                )
            ],
        },
        "2026-05-21",
    )
    summit = by_people(result)[("Ilze Berzina", "Juha Nieminen", "Mart Kask")]
    assert sorted((a.type.value, a.summary) for a in summit.agreements) == [
        ("commitment", "Agreed to share the cost of new port cranes"),
        ("signed_document", "Run a joint ferry line from 2028"),
    ]
