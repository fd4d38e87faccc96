"""Rules written from held-out round 16 (a committee's minutes, a TV bulletin's script, a
prefectural release, a bilingual report, a Q&A explainer): "the Minister" of a ministry's
own record, offices named with a comma ("Latvia's Minister of Defence, X"), "Monday the
14th", "a week from tomorrow", a meeting agreed for a given day, "During the meeting" after
the paragraph that dated it, the same day told twice, the place of what was agreed, and
an official who "had been expected ... but stayed" at home.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import find_date_mentions
from extract._stand_ins import is_stand_in
from tests.support.scripted import by_people, extract, meeting

MINUTES = (
    "FOREIGN AFFAIRS COMMITTEE\n"
    "Summary record of meeting 2026/4\n"
    "Record approved and published: 17 June 2026\n\n"
    "Present: the Chair and eleven members. From the Government: Minister for Foreign Affairs "
    "Liv Aasen, accompanied by officials.\n\n"
    "(a) Visit to Tallinn. The Minister travelled to Tallinn on Monday the 8th and held talks "
    "with the Estonian Minister of Foreign Affairs, Kertu Saar. The two ministers signed a "
    "memorandum of understanding on consular cooperation.\n\n"
    "(b) Call with Latvia. Last Thursday the Minister held a video conference with Latvia's "
    "Minister of Foreign Affairs, Juris Ozols. Minister Saar was not present.\n\n"
    "A member (SD) asked whether the Minister had discussed the request in talks with Ozols."
)


def test_the_minister_of_a_ministry_record_and_offices_named_after_a_comma() -> None:
    result = extract(
        MINUTES,
        {
            "Visit to Tallinn": [
                meeting(["Minister", "Estonian Minister of Foreign Affairs"],
                        agreements=[{"what": "signed a memorandum", "type": "signed_document"}])
            ],
            "Call with Latvia": [
                meeting(["Minister", "Latvia's Minister of Foreign Affairs"], kind="virtual")
            ],
            "A member (SD)": [meeting(["SD", "Minister"])],
        },
    )  # fmt: skip
    met = by_people(result)
    assert set(met) == {("Kertu Saar", "Liv Aasen"), ("Juris Ozols", "Liv Aasen")}
    visit = met[("Kertu Saar", "Liv Aasen")]
    assert (str(visit.date), visit.location) == ("2026-06-08", "Tallinn")  # "Monday the 8th"
    assert str(met[("Juris Ozols", "Liv Aasen")].date) == "2026-06-11"  # last Thursday


def test_a_weekday_with_its_day_of_month_and_a_week_from_tomorrow() -> None:
    published = dt.date(2026, 7, 9)
    (monday,) = find_date_mentions("She arrived on Monday the 13th.", published, tense="future")
    assert (monday.text, monday.date) == ("on Monday the 13th", dt.date(2026, 7, 13))
    found = find_date_mentions(
        "a week from tomorrow, on Friday the 17th", published, tense="future"
    )
    assert [m.date for m in found] == [dt.date(2026, 7, 17), dt.date(2026, 7, 17)]


BULLETIN = (
    "EVENING NEWS - SCRIPT\n"
    "AIR DATE: Thursday, 9 July 2026\n\n"
    "REPORTER: This afternoon, President Aldo Reyes spoke by phone with Belize's Prime "
    "Minister, Marta Cal.\n\n"
    "REPORTER (VO): The two leaders agreed to meet in person in Benque Viejo a week from "
    "tomorrow, on Friday the 17th, to open the new crossing together."
)


def test_a_meeting_agreed_for_a_given_day_is_a_planned_meeting() -> None:
    result = extract(
        BULLETIN,
        {"spoke by phone": [meeting(["President Aldo Reyes", "Marta Cal"], kind="call",
                                    date_text="This afternoon")]},
    )  # fmt: skip
    call, plan = sorted(result.meetings, key=lambda m: m.status.value)
    assert (call.status.value, call.kind.value, str(call.date)) == ("held", "call", "2026-07-09")
    assert (plan.status.value, str(plan.date), plan.location) == (
        "planned",
        "2026-07-17",
        "Benque Viejo",
    )
    assert {p.name for p in plan.participants} == {"Aldo Reyes", "Marta Cal"}
    countries = {p.name: p.country for p in call.participants}
    assert countries == {"Aldo Reyes": None, "Marta Cal": "Belize"}  # "Belize's" is hers


RELEASE = (
    "PREFECTURAL GOVERNMENT\n"
    "Press Release, 8 October 2026\n\n"
    "A delegation from Bhutan led by Minister of Agriculture Karma Wangdi visited the "
    "prefecture from 5 to 8 October. On the 6th, the delegation paid a call on Governor Aiko "
    "Mori at the Prefectural Office in Kanazawa.\n\n"
    "During the meeting, Governor Mori and Minister Wangdi signed a memorandum on rice "
    "research. The Governor of Paro Province, Tashi Dorji, joined the delegation later."
)


def test_during_the_meeting_takes_the_day_and_place_of_the_paragraph_before() -> None:
    result = extract(
        RELEASE,
        {
            "During the meeting": [
                meeting(["Governor Mori", "Minister Wangdi", "Paro Province"],
                        agreements=[{"what": "signed a memorandum", "type": "signed_document"}])
            ]
        },
    )  # fmt: skip
    (met,) = result.meetings
    assert {p.name for p in met.participants} == {"Aiko Mori", "Karma Wangdi"}  # no province
    assert (str(met.date), met.location) == ("2026-10-06", "Kanazawa")


REPORT = (
    "NOUAKCHOTT, 16 April 2026 - Senegal and Mauritania on Tuesday signed a fisheries pact.\n\n"
    "The pact was signed by Senegalese Foreign Minister Awa Ndiaye and her host, Mohamed Ould "
    "Sidi, at the end of morning talks. The two parties agreed to hold the next session of "
    "their joint commission in Dakar in the second half of 2026.\n\n"
    "The visit had been prepared by the fisheries ministers. Senegal's fisheries minister, "
    "Moussa Fall, had been expected in Nouakchott but stayed in Dakar for a budget vote. "
    "Deputy Minister Aminata Sow, who travelled with the delegation, held a working session "
    "with Mauritania's fisheries minister, Cheikh Ould Bah, on Monday evening, the day before "
    "the foreign ministers signed."
)


def test_the_same_day_told_twice_the_agreed_place_and_an_absent_minister() -> None:
    result = extract(
        REPORT,
        {
            "pact was signed": [meeting(["Awa Ndiaye", "Mohamed Ould Sidi"])],
            "working session": [meeting(["Moussa Fall", "Aminata Sow", "Cheikh Ould Bah"])],
        },
        "2026-04-16",
    )
    met = by_people(result)
    assert set(met) == {("Awa Ndiaye", "Mohamed Ould Sidi"), ("Aminata Sow", "Cheikh Ould Bah")}
    talks = met[("Awa Ndiaye", "Mohamed Ould Sidi")]
    assert talks.location == "Nouakchott"  # not Dakar, where the next session will be
    session = met[("Aminata Sow", "Cheikh Ould Bah")]
    assert str(session.date) == "2026-04-13"  # Monday, not the day before Monday


def test_an_official_who_had_gone_home_or_stayed_away_is_not_at_the_meeting() -> None:
    passage = (
        "The next day the delegation travelled to Obihiro (Ambassador Saruul had returned to "
        "Tokyo after the meeting in Sapporo), where it was joined by Governor Enkhtuya. "
        "Energy Minister Elnur Hasanov had been expected in Obihiro but stayed in Baku."
    )
    assert is_stand_in("Saruul", passage)
    assert is_stand_in("Elnur Hasanov", passage)
    assert not is_stand_in("Enkhtuya", passage)


COMMISSION = (
    "REPORTER (VO): But not every meeting is going ahead. The Belize-Guatemala Joint "
    "Commission, which was due to sit in Belmopan this coming Monday, has been postponed. The "
    "two foreign ministers, Belize's Ana Lopez and Guatemala's Luis Arana, were to have "
    "co-chaired the session."
)


def test_ministers_who_were_to_have_co_chaired_a_postponed_session() -> None:
    result = extract(COMMISSION, {}, "2026-07-09")  # the model found nothing: the rules do
    (off,) = result.meetings
    assert {p.name for p in off.participants} == {"Ana Lopez", "Luis Arana"}
    assert (off.status.value, str(off.date)) == ("cancelled", "2026-07-13")
    # The model's "Monday" is read with the words around it: "this coming Monday".
    drafted = extract(
        COMMISSION,
        {"Joint Commission": [meeting(["Ana Lopez", "Luis Arana"], status="cancelled",
                                      date_text="Monday")]},
        "2026-07-09",
    )  # fmt: skip
    assert str(drafted.meetings[0].date) == "2026-07-13"


def test_a_called_off_meeting_told_in_the_past_keeps_its_day_ahead() -> None:
    text = (
        "CAIRO, Oct 15 (Wire) - A meeting of the foreign ministers of Chad and Niger that had "
        "been due to take place in N'Djamena this coming Tuesday will not go ahead. Moussa Kane "
        "and Aissa Bako were both expected to attend, but the meeting had been postponed."
    )
    result = extract(
        text,
        {"had been due": [meeting(["Moussa Kane", "Aissa Bako"], status="cancelled",
                                  date_text="Tuesday")]},
        "2026-10-15",
    )  # fmt: skip
    (off,) = result.meetings
    assert (off.status.value, str(off.date)) == ("cancelled", "2026-10-20")  # not the 13th


def test_a_body_set_up_is_a_commitment_and_talks_continued_in_person_a_meeting_agreed() -> None:
    from extract._cues import agreement_type_from

    working_group = (
        "Agreed to set up a joint working group on the seabed route, to hold its first session"
    )
    assert agreement_type_from(working_group, working_group, "intent_to_meet") == "commitment"
    in_person = (
        "They agreed to continue the discussion in person in Riga before the end of the year"
    )
    assert agreement_type_from(in_person, in_person, "commitment") == "intent_to_meet"
    again = "Agreed to hold the next session in Harare in 2027"
    assert agreement_type_from(again, again, "commitment") == "intent_to_meet"
