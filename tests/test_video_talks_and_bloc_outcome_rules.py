"""Held-out round 35 leftovers: a video conference reported the day after (its day from
the lead's "agreed on Tuesday", not the statement's "on Wednesday"; an ambassador who
"joined the call"; "He will hold talks with X in <town>" after "travel to <country>"), an
analysis piece where a minister "had not yet met" a commissioner, a postponed summit
beside the last one ("last met ... last year, when they signed") and what "would" have
been signed, a bloc's ministers who "signed" in the lead with a stand-in "represented by"
an office and name, and a tour where "They agreed ..." comes before "Later that day".

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import ArticleExtraction, Meeting
from extract._no_meeting import tells_no_meeting
from tests.support.scripted import agreed, extract, meeting


def _with(result: ArticleExtraction, *names: str) -> Meeting:
    (found,) = [m for m in result.meetings if set(names) <= {p.name for p in m.participants}]
    return found


VIDEO = (
    "Kenya, Denmark agree to set up expert group on drought\n\n"
    "NAIROBI, Sept 10 (Reuters) - Kenya and Denmark agreed on Tuesday to set up a joint "
    "expert group on drought early warning.\n\n"
    "Kenyan Minister of Water Joseph Kiprono Mutai and Danish Minister for Development "
    "Søren Holm Kjær reached the agreement during a video conference, Kenya's water "
    "ministry said in a statement on Wednesday.\n\n"
    "The Danish ambassador to Kenya, Mette Lund, joined the call from Nairobi alongside "
    "Mutai, the ministry said.\n\n"
    "Kjær is scheduled to travel to Kenya next month. He will hold talks with Mutai in the "
    "lakeside city of Kisumu on Oct. 14, the ministry said."
)


def _video() -> ArticleExtraction:
    return extract(
        VIDEO,
        {
            "reached the agreement": [
                meeting(
                    ["Joseph Kiprono Mutai", "Søren Holm Kjær"],
                    kind="virtual",
                    date_text="Wednesday",
                )
            ],
            "joined the call": [meeting(["Mette Lund", "Mutai"])],
            "scheduled to travel": [
                meeting(["Kjær"], status="planned", date_text="Oct. 14", location="Kenya"),
                meeting(["Mutai"], status="planned"),
            ],
        },
        dt.date(2026, 9, 10),
    )


def test_a_video_conference_told_after_the_lead_has_the_leads_day_and_joiner() -> None:
    (call,) = [m for m in _video().meetings if m.status.value == "held"]
    assert call.date == dt.date(2026, 9, 8)  # "agreed on Tuesday", not the statement's day
    assert call.kind.value == "virtual"
    # "joined the call": a third side of the same call, not a meeting of her own
    assert {p.name for p in call.participants} == {
        "Joseph Kiprono Mutai",
        "Søren Holm Kjær",
        "Mette Lund",
    }


def test_he_will_hold_talks_in_a_town_after_a_trip_to_its_country() -> None:
    (visit,) = [m for m in _video().meetings if m.status.value == "planned"]
    assert {p.name for p in visit.participants} == {"Søren Holm Kjær", "Joseph Kiprono Mutai"}
    assert visit.date == dt.date(2026, 10, 14)
    assert visit.location == "Kisumu"


def test_a_minister_who_had_not_yet_met_the_commissioner_is_no_meeting() -> None:
    text = (
        "ANALYSIS-Fish quarrel strains ties\n\n"
        "OSLO, May 21 (Reuters) - Norway's fisheries minister Kari Nesheim said she had not "
        "yet met EU Fisheries Commissioner Tomas Varga in person, but had written to him in "
        "March proposing talks at ministerial level."
    )
    result = extract(text, {"had not yet met": [meeting(["Kari Nesheim", "Tomas Varga"])]}, None)
    assert result.meetings == []


POSTPONED = (
    "Uruguay, Paraguay postpone summit\n\n"
    "MONTEVIDEO, Feb 27 (Reuters) - A summit between Uruguayan President Sergio Cabral Ruiz "
    "and Paraguayan President Lidia Benítez Sosa that had been scheduled for next Tuesday "
    "in Salto has been postponed because of floods, both governments said on Friday.\n\n"
    "Cabral and Benítez last met in Asunción on Nov. 14 last year, when they signed a joint "
    "declaration committing both countries to dredge the Uruguay river.\n\n"
    "Officials had said the two presidents would sign a protocol on river ports in Salto.\n\n"
    '"The postponement of the summit is understandable," said Julio Ferreira, head of the '
    'Salto chamber of commerce. "We hope the presidents meet before winter."'
)


def test_the_last_meeting_keeps_what_was_signed_and_not_what_would_have_been() -> None:
    result = extract(
        POSTPONED,
        {
            "last met in": [
                meeting(
                    ["Cabral", "Benítez"],
                    date_text="last year",
                    agreements=[
                        agreed(
                            "signed a joint declaration committing both countries to dredge "
                            "the Uruguay river",
                            "signed_document",
                        )
                    ],
                )
            ],
            "would sign": [
                meeting(
                    ["Officials"],
                    agreements=[agreed("sign a protocol on river ports", "signed_document")],
                )
            ],
            "postponement of the summit": [meeting(["Julio Ferreira"], status="cancelled")],
        },
        None,
    )
    (last,) = [m for m in result.meetings if m.status.value == "held"]
    assert {p.name for p in last.participants} == {"Sergio Cabral Ruiz", "Lidia Benítez Sosa"}
    assert [a.type.value for a in last.agreements] == ["signed_document"]  # not "would sign"
    assert "dredge" in last.agreements[0].summary
    # The chamber head's words about the postponement are no meeting of his.
    assert all("Julio Ferreira" not in {p.name for p in m.participants} for m in result.meetings)


FORUM = (
    "Caribbean ministers sign coastguard pact\n\n"
    "CASTRIES, June 10 (AFP) - Caribbean Community foreign ministers signed a memorandum "
    "of understanding on Tuesday to pool coastguard patrols.\n\n"
    "The meeting, chaired by Saint Lucia's Foreign Minister Alva Baptiste Joseph, brought "
    "together Jamaica's Foreign Minister Kamina Reid Brown and Guyana's Foreign Minister "
    "Hugh Persaud Todd.\n\n"
    "Haiti's Foreign Minister Jean Baptiste Dorval, who stayed in Port-au-Prince, was "
    "represented by Vice-Minister for Foreign Affairs Marie Claire Noel.\n\n"
    "The agreement will be presented to leaders at their summit in Georgetown in July."
)


def test_a_blocs_ministers_signed_in_the_lead_and_a_stand_in_named_after_her_office() -> None:
    result = extract(FORUM, {"signed a memorandum": [], "chaired by": []}, None)
    (forum,) = result.meetings
    assert {p.name for p in forum.participants} == {
        "Alva Baptiste Joseph",
        "Kamina Reid Brown",
        "Hugh Persaud Todd",
        "Marie Claire Noel",
    }
    assert [a.type.value for a in forum.agreements] == ["signed_document"]
    assert forum.location == "Castries"  # not the leaders' summit "in Georgetown in July"


def test_what_they_agreed_before_later_that_day_is_not_the_courtesy_calls() -> None:
    text = (
        "ACCRA, April 16 (Reuters) - On Tuesday Brazil's Foreign Minister Paulo Ramos Lima "
        "held talks with Ghanaian Foreign Minister Ama Sarpong. They agreed to convene the "
        "joint commission in Brasilia before the end of the year. Later that day, Ramos Lima "
        "paid a courtesy call on Ghanaian Vice President Kofi Boakye."
    )
    result = extract(
        text,
        {
            "held talks": [
                meeting(
                    ["Paulo Ramos Lima", "Ama Sarpong"],
                    date_text="On Tuesday",
                    agreements=[agreed("agreed to convene the joint commission", "intent_to_meet")],
                ),
                meeting(
                    ["Ramos Lima", "Kofi Boakye"],
                    agreements=[agreed("agreed to convene the joint commission", "intent_to_meet")],
                ),
            ]
        },
        None,
    )
    assert len(_with(result, "Paulo Ramos Lima", "Ama Sarpong").agreements) == 1
    assert _with(result, "Paulo Ramos Lima", "Kofi Boakye").agreements == []


def test_a_committee_that_has_not_met_since_is_not_a_meeting_denied() -> None:
    assert tells_no_meeting("She said she had not yet met the commissioner in person.")
    assert not tells_no_meeting(
        "Lagos and Villca had agreed to reactivate the consular committee, which has not met "
        "since 2019."
    )
    assert not tells_no_meeting("The two had never met before Tuesday's talks in Lima.")


def test_a_statements_day_is_the_calls_when_it_came_earlier_that_evening() -> None:
    text = (
        "ABUJA, Nov. 5, 2026 (NAN) - The presidency's spokesman, Mr Sunday Ade, said in a "
        "statement on Wednesday night that President Bola Adeyemi and President Joseph Boakai "
        "Kollie spoke by telephone earlier in the evening."
    )
    result = extract(
        text,
        {
            "spoke by telephone": [
                meeting(
                    ["Bola Adeyemi", "Joseph Boakai Kollie"], kind="call", date_text="Wednesday"
                )
            ]
        },
        None,
    )
    (call,) = result.meetings
    assert call.date == dt.date(2026, 11, 4)


def test_a_surname_that_is_a_building_word_after_an_office_is_a_person() -> None:
    text = (
        "KINGSTON, June 6 (Island Wire) - Jamaica's Foreign Minister Andrea Campbell Hall held "
        "talks with Belize's Foreign Minister Marco Ayuso Park on Friday, before they laid a "
        "wreath at the President Norman Manley Memorial Hall."
    )
    result = extract(
        text,
        {
            "held talks": [
                meeting(
                    ["Andrea Campbell Hall", "Marco Ayuso Park", "Norman Manley Memorial Hall"],
                    date_text="on Friday",
                )
            ]
        },
        None,
    )
    (talks,) = result.meetings
    assert {p.name for p in talks.participants} == {"Andrea Campbell Hall", "Marco Ayuso Park"}
