"""Held-out round 44 leftovers: a ministry release of a council's video session that the
model reads as its chair's alone. "Taking part in the session were the Minister of X, A;
the Minister of Foreign Affairs and Y of Z, B; and the Vice Minister ..., C, who
represented D" lists three more sides (an office may hold an "and"; the one represented is
not one). An observer who "attended the session", the secretary-general who "presented
the report", and "the participants adopted a Joint Declaration" (a signed text) complete
it; a regional bloc ("the Andean Community") is what its secretary-general stands for.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._agreed_clauses import joint_agreement_in
from extract._countries import normalize_country
from extract._cues import agreement_type_from
from tests.support.scripted import extract, meeting

SESSION = (
    "Mercosur ministers agree customs roadmap in virtual session\n\n"
    "Montevideo, 12 May 2026\n\n"
    "The Council of Foreign Ministers held an extraordinary session by videoconference on "
    "Monday, chaired by the Minister of Foreign Affairs of Uruguay, Ana Lucia Ferreira Costa.\n\n"
    "Taking part in the session were the Minister of Foreign Affairs of Paraguay, Diego "
    "Benitez Rojas; the Minister of Foreign Affairs and Worship of Argentina, Julia Mendez "
    "Paz; and the Vice Minister of Foreign Affairs of Brazil, Marcos Lima Souza, who "
    "represented Foreign Minister Paulo Andrade Neto. The Secretary-General of the Andean "
    "Community, Jorge Vera Quiroga, presented the report of the secretariat.\n\n"
    "The Deputy Foreign Minister of Bolivia, Rosa Quispe Mamani, attended the session as an "
    "observer and did not take the floor.\n\n"
    "At the close of the session, the participants adopted a Joint Declaration on Customs "
    "Integration."
)


def test_those_taking_part_in_a_session_told_next_are_its_sides() -> None:
    result = extract(
        SESSION,
        {
            "extraordinary session": [
                meeting(["Ana Lucia Ferreira Costa"], kind="virtual", date_text="on Monday")
            ]
        },
        "2026-05-12",
    )
    (session,) = result.meetings
    assert {p.name for p in session.participants} == {
        "Ana Lucia Ferreira Costa",
        "Diego Benitez Rojas",
        "Julia Mendez Paz",
        "Marcos Lima Souza",
        "Jorge Vera Quiroga",
        "Rosa Quispe Mamani",
    }
    assert [(a.type, a.summary[:40]) for a in session.agreements] == [
        ("signed_document", "Adopted a Joint Declaration on Customs I")
    ]
    countries = {p.name: p.country for p in session.participants}
    assert countries["Jorge Vera Quiroga"] == "Andean Community"


def test_a_joint_declaration_adopted_is_a_signed_text() -> None:
    told = joint_agreement_in("At the close, the participants adopted a Joint Declaration on X.")
    assert told is not None
    summary = "adopted a Joint Declaration on X"
    assert agreement_type_from(summary, summary, "commitment") == "signed_document"
    assert joint_agreement_in("The Council adopted the agenda.") is None


def test_regional_blocs_are_organizations() -> None:
    assert normalize_country("Andean Community") == ("Andean Community", None)
    assert normalize_country("IGAD") == ("IGAD", None)
    assert normalize_country("East African Community") == ("East African Community", None)


EXPANDED = (
    "Tunis, 30 June 2026\n\n"
    "The Minister of Foreign Affairs, Mr. Hedi Ben Salem, held on Monday 29 June 2026 a "
    "working session with Mr. Omar Al-Khatib, Minister of Foreign Affairs of Libya.\n\n"
    "The session was held in an expanded format. It was attended on the Tunisian side by the "
    "Minister of the Interior, Mr. Karim Jaziri, and by Ms. Salma Bchir, Director-General of "
    "Land Transport."
)


def test_those_who_attended_an_expanded_session_on_one_side_join_it() -> None:
    # Held-out round 47: "It was attended on the Tunisian side by A, and by B".
    drafted = meeting(["Hedi Ben Salem", "Omar Al-Khatib"], date_text="Monday 29 June 2026")
    result = extract(EXPANDED, {"working session": [drafted]}, "2026-06-30")
    (session,) = result.meetings
    assert {p.name for p in session.participants} == {
        "Hedi Ben Salem",
        "Omar Al-Khatib",
        "Karim Jaziri",
        "Salma Bchir",
    }


RELEASE = (
    "PRIME MINISTER'S OFFICE\nPress release 418/2026\n6.8.2026 15.45\n\n"
    "Prime Minister Mikko Laine met Prime Minister of Estonia Tõnu Kask in Helsinki today, "
    "Thursday 6 August.\n\n"
    "Also taking part in the talks were Minister of Economic Affairs Sanna Virta and, for "
    "Estonia, Secretary General Ahti Mets of the Ministry of Economic Affairs and "
    "Communications, who represented Minister of Economic Affairs and Infrastructure Kadri "
    "Vaher.\n"
)


def test_also_taking_part_lists_two_sides_joined_by_and_not_the_one_represented() -> None:
    # Held-out round 49: "Also taking part in the talks were A and, for Estonia, B, who
    # represented C", which a small model drafts as a meeting of A and B.
    script = {
        "met Prime Minister": [meeting(["Mikko Laine", "Tõnu Kask"], date_text="today")],
        "Also taking part": [meeting(["Sanna Virta", "Ahti Mets"])],
    }
    (talks,) = extract(RELEASE, script, "2026-08-06").meetings
    assert {p.name for p in talks.participants} == {
        "Mikko Laine",
        "Tõnu Kask",
        "Sanna Virta",
        "Ahti Mets",
    }
