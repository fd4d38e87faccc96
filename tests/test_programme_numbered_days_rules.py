"""Round 55 (after its recording at 878d315): a state visit's programme (`g356`).

- "MONDAY 11", "TUESDAY 12" headings: the 11th near the story's day that is a Monday (a
  story of Sunday 10 January: 11 January, not 11 December), and the items under them are
  plans for that day, told as they will happen ("16:00 - Tête-à-tête between President A
  and President B at the Palais").
- "WEDNESDAY 13 ¶ An audience with Prime Minister A, which appeared in earlier drafts of the
  programme for Wednesday morning, has been dropped": the visitor's audience with A, called
  off, on that day.
- "... at the Ministry of African Integration and Foreign Affairs, co-chaired by Senegal's
  Minister, A, and B": a passive "co-chaired by", not a pair of names before "co-chaired".

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a programme written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

PROGRAMME = (
    "THE KAMPALA WEEKLY - THE WEEK AHEAD\n"
    "President Okello's state visit to Kenya: the programme\n"
    "Sunday, 10 January 2027\n\n"
    "President Samuel Okello leaves for Nairobi tomorrow on a three-day state visit. Below is "
    "the programme as released by State House on Saturday.\n\n"
    "MONDAY 11\n"
    "10:00 - Departure from Entebbe.\n"
    "16:00 - Tête-à-tête between President Okello and President Wanjiru Kamau at State "
    "House, Nairobi, followed by expanded talks between the two delegations.\n\n"
    "TUESDAY 12\n"
    "09:30 - Session of the joint follow-up committee at the Ministry of East African "
    "Integration and Foreign Affairs, co-chaired by Kenya's Minister, Peter Otieno, and "
    "Grace Nabirye, Permanent Secretary of the Ugandan Ministry of Foreign Affairs.\n\n"
    "WEDNESDAY 13\n"
    "An audience with Prime Minister Joseph Mwangi, which appeared in earlier drafts of the "
    "programme for Wednesday morning, has been dropped; the Prime Minister will be abroad.\n"
)

# The model's draft of the tête-à-tête; the rest is plain wording.
SCRIPT = {
    "Tête-à-tête": [
        meeting(
            ["President Okello", "President Wanjiru Kamau"], status="planned", date_text="16:00"
        )
    ]
}


def test_items_under_numbered_weekday_headings_are_plans_for_those_days() -> None:
    people = by_people(extract(PROGRAMME, SCRIPT, "2027-01-10"))
    talks = people[("Samuel Okello", "Wanjiru Kamau")]
    assert (talks.status.value, talks.date) == ("planned", dt.date(2027, 1, 11))
    committee = people[("Grace Nabirye", "Peter Otieno")]
    assert (committee.status.value, committee.date) == ("planned", dt.date(2027, 1, 12))


def test_an_audience_dropped_from_the_programme() -> None:
    people = by_people(extract(PROGRAMME, SCRIPT, "2027-01-10"))
    audience = people[("Joseph Mwangi", "Samuel Okello")]
    assert (audience.status.value, audience.date) == ("cancelled", dt.date(2027, 1, 13))
