"""Round 51 leftovers (a ministry's press release, after round 51 was scored):

- A release opens with short header lines ("PRESS RELEASE", "Valletta, Monday 5 April
  2027", a title) and no sentence; its lead is the first paragraph after them, whose
  "held talks today" dates the talks the next paragraph tells by name.
- A lead that tells "a series of bilateral meetings" on the margins of a gathering "which
  concluded on Wednesday" gives no one day to the meetings told after it.
- "The Minister of Agriculture, ... and Forests, Mr. A, will receive the Ruritanian
  Minister of Fisheries and Maritime Economy, Mr. B, in Town on 20 April": a plan of A and
  B, when the model returns nothing for the paragraph; "was received in Sliema by" is the
  passive of the same verb.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

RELEASE = (
    "REPUBLIC OF MALTA\n"
    "Ministry for Foreign and European Affairs and Trade, Directorate of Communications\n\n"
    "PRESS RELEASE\n\n"
    "Valletta, Monday 5 April 2027\n\n"
    "Malta and Tunisia hold political consultations in Valletta\n\n"
    "The Minister for Foreign Affairs and Trade held talks today in Valletta with the "
    "Minister of Foreign Affairs of the Republic of Tunisia, within the framework of the "
    "annual consultations.\n\n"
    "Mr. Joseph Camilleri and his counterpart, Mr. Hedi Ben Salem, were joined at the talks "
    "by the Tunisian Minister of Transport, Mr. Walid Gharbi.\n\n"
    "The Minister of Agriculture, Fisheries and Animal Rights, Mr. Paul Azzopardi, will "
    "receive the Tunisian Minister of Fisheries and Maritime Economy, Mr. Sami Trabelsi, in "
    "Marsaxlokk on 20 April, to review cooperation on bluefin tuna quotas.\n"
)


def _release_script() -> dict:
    # As a small model answers: the lead by office only and the names with no day. The
    # paragraph of the planned reception has no word that sends it to the model.
    return {
        "held talks today": [
            meeting(
                ["Minister for Foreign Affairs and Trade", "Minister of Foreign Affairs"],
                date_text="today",
            )
        ],
        "were joined at": [
            meeting(["Mr. Joseph Camilleri", "Mr. Hedi Ben Salem", "Mr. Walid Gharbi"])
        ],
    }


def test_a_release_lead_after_its_header_lines_dates_the_talks() -> None:
    people = by_people(extract(RELEASE, _release_script(), "2027-04-05"))
    talks = people[("Hedi Ben Salem", "Joseph Camilleri", "Walid Gharbi")]
    assert (talks.status.value, talks.date) == ("held", dt.date(2027, 4, 5))


def test_a_styled_name_after_a_long_portfolio_will_receive() -> None:
    people = by_people(extract(RELEASE, _release_script(), "2027-04-05"))
    plan = people[("Paul Azzopardi", "Sami Trabelsi")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2027, 4, 20))
    assert plan.location == "Marsaxlokk"


WIRE = (
    "Camilleri holds talks on the margins of Union for the Mediterranean meeting\n\n"
    "By Staff Reporter\n"
    "VALLETTA\n"
    "Published - April 8, 2027\n\n"
    "Foreign Minister Joseph Camilleri held a series of bilateral meetings in Barcelona on "
    "the margins of the two-day Union for the Mediterranean ministerial, which concluded on "
    "Wednesday.\n\n"
    "Mr. Camilleri met Greek Foreign Minister Eleni Vlachou at the conference centre.\n"
)


def test_a_series_of_meetings_gives_no_one_day() -> None:
    script = {"conference centre": [meeting(["Joseph Camilleri", "Eleni Vlachou"])]}
    people = by_people(extract(WIRE, script, "2027-04-08"))
    assert people[("Eleni Vlachou", "Joseph Camilleri")].date is None


PASSIVE = (
    "Valletta, 6 April 2027\n\n"
    "The Tunisian Foreign Minister, Mr. Hedi Ben Salem, ended his visit to Malta today. On "
    "Tuesday morning, Mr. Hedi Ben Salem was received in Sliema by the Prime Minister, "
    "Mr. Mark Grech, and conveyed the greetings of the Tunisian President.\n"
)


def test_received_in_a_town_by() -> None:
    people = by_people(extract(PASSIVE, {"conveyed": []}, "2027-04-06"))
    call = people[("Hedi Ben Salem", "Mark Grech")]
    assert (call.status.value, call.date) == ("held", dt.date(2027, 4, 6))
