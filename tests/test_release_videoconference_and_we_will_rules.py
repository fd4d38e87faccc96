"""Held-out round 48 leftovers (a ministry release and a radio transcript):

- "The working session was also attended by the Secretary of State ..., A, and, on the
  Cabo Verdean side, by the Secretary of State for Finance, B, who represented ...": A and
  B join the session told before;
- "Minister C and Minister D will take part, on Wednesday, 22 July, in a videoconference
  with the Minister of Foreign Affairs of São Tomé and Príncipe, E": a planned
  videoconference of C, D and E;
- a guest's "The External Affairs Minister, Dr F, arrives on the 5th of August. We will
  hold our talks the following day": a plan of the guest and F on 6 August.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import agreed, by_people, extract, meeting

RELEASE = (
    "MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\n\nLisbon, 17 July 2026\n\n"
    "The Minister of Foreign Affairs, Rui Pacheco Lobo, received today the Minister of "
    "Foreign Affairs, Cooperation and Regional Integration of the Republic of Cabo Verde, "
    "Dina Tavares, who is paying an official visit to Portugal.\n\n"
    "The working session was also attended by the Secretary of State for Cooperation, "
    "Marta Seixas, and, on the Cabo Verdean side, by the Secretary of State for Finance, "
    "Joana Brito, who represented the Minister of Finance.\n\n"
    "Minister Pacheco Lobo and Minister Tavares will take part, on Wednesday, 22 July, in "
    "a videoconference with the Minister of Foreign Affairs of São Tomé and Príncipe, "
    "Aurélio Trovoada, to prepare the next CPLP meeting.\n"
)


def test_both_who_also_attended_the_session_are_sides() -> None:
    script = {"received today": [meeting(["Rui Pacheco Lobo", "Dina Tavares"], date_text="today")]}
    people = by_people(extract(RELEASE, script, "2026-07-17"))
    session = people[("Dina Tavares", "Joana Brito", "Marta Seixas", "Rui Pacheco Lobo")]
    assert session.date == dt.date(2026, 7, 17)


def test_will_take_part_in_a_videoconference_with_a_third_minister_is_a_plan() -> None:
    script = {"received today": [meeting(["Rui Pacheco Lobo", "Dina Tavares"], date_text="today")]}
    people = by_people(extract(RELEASE, script, "2026-07-17"))
    call = people[("Aurélio Trovoada", "Dina Tavares", "Rui Pacheco Lobo")]
    assert (call.status.value, call.date) == ("planned", dt.date(2026, 7, 22))


TRANSCRIPT = (
    "MORNING LINE - transcript\nWednesday 22 July 2026\n\n"
    "Host Oyun Bayar speaks with Foreign Minister Tsetsegmaa Dorj.\n\n"
    "BAYAR: And India? There were reports of a visit.\n\n"
    "DORJ: The External Affairs Minister, Dr Arjun Rao, arrives on the 5th of August. We "
    "will hold our talks the following day at the ministry here in Ulaanbaatar.\n"
)


def test_we_will_hold_our_talks_the_following_day_is_the_guests_plan() -> None:
    script = {
        "arrives on": [meeting(["Dr Arjun Rao"], status="planned", date_text="5th of August")]
    }
    people = by_people(extract(TRANSCRIPT, script, "2026-07-22"))
    plan = people[("Arjun Rao", "Tsetsegmaa Dorj")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2026, 8, 6))


def test_a_side_named_after_a_person_is_not_theirs_and_a_programme_is_signed() -> None:
    signing = RELEASE.replace(
        "to prepare the next CPLP meeting.\n",
        "to prepare the next CPLP meeting.\n\nAt the end of the session, the two Ministers "
        "signed the Strategic Cooperation Programme 2026-2030.\n",
    )
    script = {
        "received today": [meeting(["Rui Pacheco Lobo", "Dina Tavares"], date_text="today")],
        "Strategic Cooperation": [
            meeting(
                ["Pacheco Lobo", "Tavares"],
                agreements=[agreed("The Strategic Cooperation Programme 2026-2030")],
            )
        ],
    }
    people = by_people(extract(signing, script, "2026-07-17"))
    session = people[("Dina Tavares", "Joana Brito", "Marta Seixas", "Rui Pacheco Lobo")]
    countries = {p.name: p.country for p in session.participants}
    assert countries["Marta Seixas"] != "Cape Verde"
    assert [a.type.value for a in session.agreements] == ["signed_document"]
