"""Held-out rounds 25-28 leftovers: days, sides and places a lead or a nearby sentence
gives a meeting that does not state them itself.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import extract, meeting


def test_a_lead_arrival_for_a_visit_dates_the_talks_told_after_it() -> None:
    text = (
        "BRIDGETOWN - Crowds lined the harbour yesterday as Grenada's Prime Minister Keron "
        "Alleyne stepped off a coastguard cutter for his first official visit to Barbados.\n\n"
        "Alleyne held talks with Prime Minister Danielle Forde at Government House, and the "
        "two signed a memorandum on inter-island ferries."
    )
    drafted = meeting(["Keron Alleyne", "Danielle Forde"])
    [talks] = extract(text, {"held talks": [drafted]}, "2027-09-17").meetings
    assert talks.date == dt.date(2027, 9, 16)


def test_the_first_day_of_a_longer_visit_does_not_date_its_talks() -> None:
    text = (
        "BRIDGETOWN - Grenada's Prime Minister Keron Alleyne arrived yesterday for a "
        "three-day state visit to Barbados.\n\n"
        "Alleyne held talks with Prime Minister Danielle Forde at Government House, and the "
        "two signed a memorandum on inter-island ferries."
    )
    drafted = meeting(["Keron Alleyne", "Danielle Forde"])
    [talks] = extract(text, {"held talks": [drafted]}, "2027-09-17").meetings
    assert talks.date is None


def test_the_next_leg_of_a_tour_is_a_meeting_with_its_own_day_and_host() -> None:
    text = (
        "Prime Minister Faleolo Tapu's tour is not over. He left for Pohnpei on Thursday "
        "and is due to hold talks in Palikir on Tuesday with the President of the "
        "Federated States of Micronesia, Joakim Hadley, on fisheries access."
    )
    drafted = meeting(["Faleolo Tapu"], status="planned", date_text="on Thursday")
    [talks] = extract(text, {"hold talks": [drafted]}, "2027-06-18").meetings
    assert [p.name for p in talks.participants] == ["Faleolo Tapu", "Joakim Hadley"]
    assert talks.status == "planned"
    assert talks.date == dt.date(2027, 6, 22)  # the talks' Tuesday, not the flight's Thursday


def test_an_organizations_office_before_the_name_gives_the_organization() -> None:
    text = (
        "Andorra's Minister of Foreign Affairs, Núria Pujol, was due to meet the EU's chief "
        "negotiator, Henrik Lindqvist, in Brussels on 21 October. The meeting was postponed."
    )
    drafted = meeting(["Núria Pujol", "Henrik Lindqvist"], status="cancelled")
    [talks] = extract(text, {"due to meet": [drafted]}, "2027-11-08").meetings
    assert [p.country for p in talks.participants] == ["Andorra", "European Union"]
