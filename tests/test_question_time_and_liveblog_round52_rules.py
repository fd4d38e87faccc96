"""Round 52 (after its recording at 00f4d06): a parliament's question time and a live
blog.

- "so Deputy Minister C took part in the talks on his behalf": C joins the talks.
- "Prime Minister A will come to Tbilisi on the 18th of this month for talks with our
  Prime Minister, B": a plan of A and B on the 18th.
- "The session, which was to be co-chaired by our Deputy Foreign Minister A and Armenian
  Deputy Foreign Minister B in Sadakhlo, was postponed": A and B, called off.
- "A, sat across from Panama's vice minister of public security, B, who attended on
  behalf of Minister C": A and B met, C did not.
- "which had been due to take place in David tomorrow, has been put back to the 28th":
  the new day.
- "Foreign ministers A and B sat in on the talks": both join the talks told before.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

HOUR = (
    "PARLIAMENT - Minister's Hour\n"
    "Friday, 11 December 2026\n\n"
    "MEMBER LOMIDZE: Minister, what did you get in Baku?\n\n"
    "MINISTER KAPANADZE: On Thursday of last week I held talks in Baku with Foreign Minister "
    "Elnur Mammadov. Our Minister of Economy was in Brussels that day, so Deputy Minister "
    "Ketevan Abashidze took part in the talks on his behalf.\n\n"
    "MEMBER LOMIDZE: And the prime ministers?\n\n"
    "MINISTER KAPANADZE: Prime Minister Ali Asadli will come to Tbilisi on the 18th of this "
    "month for talks with our Prime Minister, Irakli Gelashvili.\n\n"
    "MEMBER LOMIDZE: Why did the border commission not meet?\n\n"
    "MINISTER KAPANADZE: The session, which was to be co-chaired by our Deputy Foreign "
    "Minister Nino Kvaratskhelia and Azerbaijani Deputy Foreign Minister Fariz Rzayev in "
    "Lagodekhi, was postponed at the request of the Azerbaijani side.\n"
)


def test_question_time_stand_in_plan_and_postponed_session() -> None:
    script = {
        "held talks in Baku": [meeting(["Kapanadze", "Elnur Mammadov"], date_text="Thursday")],
        "will come": [],
        "co-chaired": [],
    }
    people = by_people(extract(HOUR, script, "2026-12-11"))
    assert ("Elnur Mammadov", "Kapanadze", "Ketevan Abashidze") in people
    plan = people[("Ali Asadli", "Irakli Gelashvili")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2026, 12, 18))
    assert people[("Fariz Rzayev", "Nino Kvaratskhelia")].status.value == "cancelled"


BLOG = (
    "LIVE: Guatemala-Belize border summit\n\n"
    "Friday, 20 November 2026\n\n"
    "14:50 - The meeting of the two health ministers, Ana Lucía Pérez and Marvin Usher, "
    "which had been due to take place in Melchor tomorrow, has been put back to the 28th, "
    "the health ministry says.\n\n"
    "12:10 - The security session has wrapped up. Guatemala's interior minister, Carlos "
    "Rivas Mejía, sat across from Belize's vice minister of home affairs, Dolores Chan, who "
    "attended on behalf of Minister Kareem Musa.\n\n"
    "10:15 - Presidents Ana Morales and John Briceño met behind closed doors at the customs "
    "building. Foreign ministers Pedro Solís and Francis Fonseca sat in on the talks.\n"
)


def test_a_live_blogs_moved_day_stand_in_and_sitting_in() -> None:
    script = {
        "health ministers": [
            meeting(["Ana Lucía Pérez", "Marvin Usher"], status="planned", date_text="tomorrow")
        ],
        "closed doors": [meeting(["Ana Morales", "John Briceño"])],
    }
    people = by_people(extract(BLOG, script, "2026-11-20"))
    assert people[("Ana Lucía Pérez", "Marvin Usher")].date == dt.date(2026, 11, 28)
    security = people[("Carlos Rivas Mejía", "Dolores Chan")]
    assert (security.status.value, security.date) == ("held", dt.date(2026, 11, 20))
    assert ("Ana Morales", "Francis Fonseca", "John Briceño", "Pedro Solís") in people


MOVED = (
    "LIVE: Angola-Namibia summit\n\n"
    "Thursday, 19 August 2027\n\n"
    "18:20 - Change of plan for the foreign ministers. The bilateral between Angola's "
    "Minister of External Relations, Tete António, and Namibia's Minister of International "
    "Relations, Selma Ashipala, which was due to start at 17:00, has been put back to "
    "tomorrow morning because the plenary overran.\n"
)


def test_put_back_to_tomorrow_is_still_a_plan() -> None:
    script = {"Change of plan": [meeting(["Tete António", "Selma Ashipala"], status="cancelled")]}
    people = by_people(extract(MOVED, script, "2027-08-19"))
    moved = people[("Selma Ashipala", "Tete António")]
    assert (moved.status.value, moved.date) == ("planned", dt.date(2027, 8, 20))
