"""Who took part, what was agreed, when and where: rules written after the held-out
articles g33-g38 showed where the code-side rules failed.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._article_place import article_place
from extract._cues import agreement_type_from
from extract._dates import period_of
from extract._published import detect_published
from tests.support.scripted import (
    agreed,
    by_people,
    extract,
    meeting,
    only_meeting,
    people_met,
)

# --- who took part ---------------------------------------------------------------------


def test_a_spokesperson_is_a_source_and_the_two_leaders_agreement_joins_the_call() -> None:
    text = (
        "President Ana Ruiz held phone talks with Chancellor Erik Lund on Monday.\n\n"
        "During the call, the two leaders also agreed to expand hydrogen cooperation, "
        "presidential spokesperson Marta Gil said."
    )
    m = only_meeting(
        text,
        {
            "Ruiz held": [meeting(["Ana Ruiz", "Erik Lund"], kind="call")],
            "During the call": [meeting([{"name": "Marta Gil", "title": "spokesperson"}])],
        },
        "2026-07-07",
    )
    assert [p.name for p in m.participants] == ["Ana Ruiz", "Erik Lund"]
    assert [a.summary for a in m.agreements] == ["Agreed to expand hydrogen cooperation"]


def test_a_building_named_after_a_person_is_not_a_participant() -> None:
    text = (
        "Foreign Minister Lena Berg met President Tran Van Minh in Hanoi on Monday.\n\n"
        "Before leaving Hanoi on Tuesday afternoon, Berg laid a wreath at the President Ho "
        "Chi Minh Mausoleum and talked with students at the academy."
    )
    assert people_met(
        text,
        {
            "Berg met": [meeting(["Lena Berg", "Tran Van Minh"])],
            "laid a wreath": [meeting(["Lena Berg", "President Ho Chi Minh Mausoleum"])],
        },
        "2026-03-11",
    ) == [("Lena Berg", "Tran Van Minh")]


def test_an_official_s_own_talks_with_unnamed_counterparts_are_no_meeting() -> None:
    text = (
        "Prime Minister Omar Haddad met President Lucia Ferro in Rome on Friday. Haddad also "
        "met Chancellor Ines Vogel on Saturday.\n\n"
        "Separately, National Security Adviser Karim Sayed will travel to Oslo later this "
        "week for talks with his Norwegian counterpart."
    )
    assert people_met(
        text,
        {
            "Haddad met": [
                meeting(["Omar Haddad", "Lucia Ferro"]),
                meeting(["Haddad", "Ines Vogel"]),
            ],
            "Karim Sayed": [meeting(["Karim Sayed"], status="planned")],
        },
        "2026-05-18",
    ) == [
        ("Ines Vogel", "Omar Haddad"),
        ("Lucia Ferro", "Omar Haddad"),
    ]


def test_the_main_actor_joins_when_the_passage_refers_to_the_unnamed_side() -> None:
    text = (
        "Prime Minister Omar Haddad met President Lucia Ferro on Friday. Haddad later met "
        "Chancellor Ines Vogel.\n\n"
        "On Thursday he sat down with his Canadian counterpart, and the two agreed to set up "
        "a working group. Canadian Prime Minister Mark Dunn said the talks were useful."
    )
    result = extract(
        text,
        {
            "Haddad met": [
                meeting(["Omar Haddad", "Lucia Ferro"]),
                meeting(["Haddad", "Ines Vogel"]),
            ],
            "sat down": [meeting(["Mark Dunn"])],
        },
        published="2026-11-14",
    )
    assert ("Mark Dunn", "Omar Haddad") in by_people(result)


def test_received_the_visiting_minister_and_a_brief_conversation_are_meetings() -> None:
    text = (
        "Foreign Minister Lena Berg met Minister Pham Duc Anh in Hanoi on Monday.\n\n"
        "Later on Monday, Deputy Prime Minister Vo Thanh Long received the visiting "
        "minister.\n\n"
        "Berg also had what her office called a brief pull-aside conversation with "
        "President Tran Van Minh on Tuesday."
    )
    result = extract(
        text,
        {"Berg met": [meeting(["Lena Berg", "Pham Duc Anh"])]},
        published="2026-03-11",
    )
    met = by_people(result)
    assert set(met) == {
        ("Lena Berg", "Pham Duc Anh"),
        ("Lena Berg", "Vo Thanh Long"),
        ("Lena Berg", "Tran Van Minh"),
    }
    assert met[("Lena Berg", "Vo Thanh Long")].date == dt.date(2026, 3, 9)
    assert met[("Lena Berg", "Tran Van Minh")].date == dt.date(2026, 3, 10)


def test_separate_meetings_with_two_people_are_two_meetings() -> None:
    text = (
        "On Saturday in Muscat, Foreign Minister Said Hamad held separate meetings with "
        "Foreign Minister Reza Karimi and envoy John Hale."
    )
    assert people_met(
        text,
        {"separate meetings": [meeting(["Said Hamad", "Reza Karimi", "John Hale"])]},
        "2026-12-07",
    ) == [("John Hale", "Said Hamad"), ("Reza Karimi", "Said Hamad")]


# --- what was agreed -------------------------------------------------------------------


def test_agreement_sentences_join_the_meeting_just_told() -> None:
    text = (
        "On Monday, Foreign Minister Lena Berg met Minister Pham Duc Anh in Hanoi.\n\n"
        "According to the ministry, Pham and Berg agreed to speed up the trade strategy. "
        "They also agreed to hold the next ministers' meeting in Oslo in 2027."
    )
    m = only_meeting(
        text,
        {
            "Berg met": [meeting(["Lena Berg", "Pham Duc Anh"])],
            "According to": [
                meeting(["Pham", "Berg"], agreements=[agreed("speed up the trade strategy")])
            ],
        },
        "2026-03-11",
    )
    assert m.location == "Hanoi"  # not Oslo, the place of what was agreed
    assert [(a.summary, a.type) for a in m.agreements] == [
        ("Speed up the trade strategy", "commitment"),
        ("Agreed to hold the next ministers' meeting in Oslo in 2027", "intent_to_meet"),
    ]


def test_one_sided_and_quoted_items_are_not_agreements() -> None:
    text = (
        "President Ana Ruiz met Chancellor Erik Lund in Madrid on Monday. President Ruiz "
        "welcomed the plan, and the two leaders agreed to meet again in June.\n\n"
        '"The fact that they keep agreeing to meet is the news," said an analyst.'
    )
    m = only_meeting(
        text,
        {
            "Ruiz met": [
                meeting(
                    ["Ana Ruiz", "Erik Lund"],
                    agreements=[
                        agreed("President Ruiz welcomed the plan", "other"),
                        agreed("meet again in June", "intent_to_meet"),
                    ],
                )
            ],
            "said an analyst": [
                meeting(
                    [],
                    agreements=[
                        agreed("The fact that they keep agreeing to meet is the news", "other")
                    ],
                )
            ],
        },
        "2026-04-14",
    )
    assert [a.summary for a in m.agreements] == ["Meet again in June"]


def test_each_memorandum_signed_in_one_sentence_is_a_signed_document() -> None:
    text = (
        "Foreign Minister Lena Berg met Minister Pham Duc Anh in Hanoi on Monday. The two "
        "ministers witnessed the signing of an MoU on clean energy and another on training "
        "diplomats."
    )
    m = only_meeting(
        text,
        {
            "Berg met": [
                meeting(
                    ["Lena Berg", "Pham Duc Anh"],
                    agreements=[
                        agreed("an MoU on clean energy"),
                        agreed("another on training diplomats"),
                    ],
                )
            ]
        },
        "2026-03-11",
    )
    assert [a.type for a in m.agreements] == ["signed_document", "signed_document"]


# --- when, where, how ------------------------------------------------------------------


def test_a_held_meeting_last_month_is_not_the_call_of_monday() -> None:
    text = (
        "President Ana Ruiz held phone talks with Chancellor Erik Lund on Monday.\n\n"
        "The call came after Ruiz and Lund held summit talks last month in Evian, where the "
        "two leaders agreed to start talks on a minerals partnership."
    )
    result = extract(
        text,
        {
            "held phone talks": [meeting(["Ana Ruiz", "Erik Lund"], kind="call")],
            "The call came": [
                meeting(
                    ["Ruiz", "Lund"],
                    date_text="last month",
                    agreements=[agreed("start talks on a minerals partnership")],
                )
            ],
        },
        published="2026-07-07",
    )
    call, summit = result.meetings
    assert (call.kind, call.date, call.location, call.agreements) == (
        "call",
        dt.date(2026, 7, 6),
        None,
        [],
    )
    assert (summit.kind, summit.date, summit.date_text) == ("in_person", None, "last month")
    assert [a.summary for a in summit.agreements] == ["Start talks on a minerals partnership"]


def test_period_of_names_the_days_it_covers_and_nothing_else() -> None:
    published = dt.date(2026, 1, 15)
    assert period_of("last month", published) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert period_of("next week", published) == (dt.date(2026, 1, 19), dt.date(2026, 1, 25))
    assert period_of("on Monday", published) is None
    assert period_of("last month", None) is None


def test_a_meeting_called_off_in_the_next_sentence_is_cancelled() -> None:
    text = (
        "BERLIN -- President Ivan Koval had been scheduled to meet Chancellor Erik Lund at the "
        "chancellery on Wednesday afternoon. That meeting was called off early in the morning, "
        "a spokesman said."
    )
    m = only_meeting(
        text,
        {"Koval had been": [meeting(["Ivan Koval", "Erik Lund"], date_text="on Wednesday")]},
        "2026-05-13",
    )
    assert (m.status, m.date) == ("cancelled", dt.date(2026, 5, 13))


def test_a_leading_after_clause_gives_the_meeting_day() -> None:
    text = (
        "Earlier in the week, shortly after landing on Wednesday, Prime Minister Omar Haddad "
        "met President Lucia Ferro, whose country chairs the bloc this year."
    )
    m = only_meeting(
        text,
        {"Haddad met": [meeting(["Omar Haddad", "Lucia Ferro"], date_text="this year")]},
        "2026-11-14",
    )
    assert m.date == dt.date(2026, 11, 11)


def test_places_that_are_phrases_or_seas_are_not_meeting_places() -> None:
    text = (
        "President Ana Ruiz met President Tomas Cruz on Wednesday at the president's request. "
        "They agreed to expand patrols in the South China Sea."
    )
    m = only_meeting(
        text,
        {"Ruiz met": [meeting(["Ana Ruiz", "Tomas Cruz"], location="South China Sea")]},
        "2026-11-14",
    )
    assert m.location is None


def test_the_article_place_is_its_dateline_not_a_later_summit() -> None:
    text = (
        "HÀ NỘI — The minister met the president.\n\n"
        "The chancellor is expected to meet EU leaders at a summit in Brussels next month."
    )
    assert article_place(text) == "Hà Nội"
    assert article_place("NEW DELHI (Reuters) - The talks began.") == "New Delhi"


def test_a_headline_list_gives_no_title_and_the_model_s_country_needs_the_article() -> None:
    text = (
        "Ruiz, German Chancellor Lund agree on energy dialogue\n\n"
        "MADRID, July 7 -- President Ana Ruiz held phone talks with German Chancellor Erik "
        "Lund on Monday, Spain's government said."
    )
    result = extract(
        text,
        {
            "held phone talks": [
                meeting(
                    [
                        {"name": "Ana Ruiz", "title": "President of Spain"},
                        {"name": "Erik Lund", "title": "Chancellor of Austria"},
                    ],
                    kind="call",
                )
            ]
        },
        published="2026-07-07",
    )
    people = {o.name: (o.title, o.country) for o in result.officials}
    assert people["Ana Ruiz"] == ("President", "Spain")
    assert people["Erik Lund"] == ("Chancellor", "Germany")


def test_both_named_sides_agreeing_in_the_reporting_sentence_give_each_item() -> None:
    text = (
        "President Ana Ruiz met President Tomas Cruz in Lima on Monday. Ruiz and Cruz also "
        "agreed to fast-track the coastal road, and to set up a joint border committee, "
        "according to a joint communique."
    )
    m = only_meeting(text, {"Ruiz met": [meeting(["Ana Ruiz", "Tomas Cruz"])]}, "2026-03-03")
    assert [a.summary for a in m.agreements] == [
        "Agreed to fast-track the coastal road",
        "To set up a joint border committee",
    ]


def test_a_weekday_the_model_took_for_a_person_is_dropped() -> None:
    text = "Foreign Minister Lena Berg met Vice Minister Sun Wei in Manila on Friday."
    assert people_met(
        text, {"Berg met": [meeting(["Lena Berg", "Sun Wei", "Friday"])]}, "2026-07-11"
    ) == [("Lena Berg", "Sun Wei")]


def test_a_byline_with_a_dotted_date_and_a_deck_date_the_lead() -> None:
    text = (
        "Minister hosts two counterparts in Ankara\n\n"
        "Ankara and Baku sign protocol; energy memorandum due next month\n\n"
        "Ayse Demir | 17.03.2026 - Update : 17.03.2026\n\n"
        "ANKARA\n\n"
        "Foreign Minister Hakan Demir on Tuesday received his Azerbaijani counterpart in the "
        "capital, and later held a separate meeting with Syria's foreign minister.\n\n"
        "In the afternoon, Demir hosted Syrian Foreign Minister Omar Rahal at the ministry."
    )
    assert detect_published(text) == (dt.date(2026, 3, 17), "header")
    result = extract(text, {"Demir hosted": [meeting(["Demir", "Omar Rahal"])]})
    (m,) = result.meetings
    assert (result.published, m.date) == (dt.date(2026, 3, 17), dt.date(2026, 3, 17))


def test_another_meeting_s_postponement_does_not_cancel_the_call() -> None:
    text = (
        "Foreign Minister Ken Mori and his counterpart Park Min-ho agreed in phone talks "
        "Tuesday to keep working together, after the gathering set for this weekend in Tokyo "
        "was postponed."
    )
    m = only_meeting(
        text,
        {"phone talks": [meeting(["Ken Mori", "Park Min-ho"], kind="call", status="held")]},
        "2026-10-20",
    )
    assert (m.kind, m.status, m.date) == ("call", "held", dt.date(2026, 10, 20))


def test_an_invitation_to_visit_is_a_planned_meeting_placed_where_the_visit_goes() -> None:
    text = (
        "President Ama Boateng met President Moussa Ndiaye in Addis Ababa on Saturday.\n\n"
        "President Ndiaye invited President Boateng to undertake a State Visit to Dakar early "
        "next year, and both leaders agreed that the dates would be fixed later."
    )
    result = extract(
        text,
        {
            "Boateng met": [meeting(["Ama Boateng", "Moussa Ndiaye"])],
            "invited": [meeting(["Ndiaye", "Boateng"], status="held", location="Dakar")],
        },
        published="2026-02-15",
    )
    held, planned = result.meetings
    assert (held.status, held.location) == ("held", "Addis Ababa")
    assert (planned.status, planned.date, planned.location) == ("planned", None, "Dakar")


def test_a_venue_takes_the_dateline_city_not_a_later_or_foreign_place() -> None:
    text = (
        "BISHKEK -- Minister Ravi Menon met Foreign Minister Aibek Osmonov at the Ala-Archa "
        "State Residence on Tuesday. They agreed to hold the next commission session in New "
        "Delhi, and discussed the war in Ukraine."
    )
    m = only_meeting(
        text,
        {
            "Menon met": [
                meeting(["Ravi Menon", "Aibek Osmonov"], location="Ala-Archa State Residence")
            ]
        },
        "2026-07-15",
    )
    assert m.location == "Ala-Archa State Residence, Bishkek"


def test_agreeing_to_sign_later_is_not_a_signed_document() -> None:
    assert (
        agreement_type_from(
            "They agreed to sign a memorandum on gas supply next month.",
            "agreed to sign a memorandum on gas supply next month",
            "commitment",
        )
        == "commitment"
    )


def test_a_call_on_a_leader_the_next_day_and_a_brief_exchange_that_evening() -> None:
    text = (
        "NEW YORK -- Foreign Minister Ken Mori began on Sept. 21 with a call on "
        "Secretary-General Ana Lund at the headquarters.\n\n"
        "The following day, Mori sat down with Foreign Minister Raj Mehta for about an hour.\n\n"
        "That evening, Mori and Foreign Minister Li Wen spoke briefly while attending a "
        "reception."
    )
    result = extract(
        text,
        {
            "a call on": [meeting(["Mori", "Ana Lund"], kind="call")],
            "sat down": [meeting(["Mori", "Raj Mehta"])],
        },
        published="2026-09-25",
    )
    met = by_people(result)
    assert met[("Ana Lund", "Ken Mori")].kind == "in_person"  # a call on someone is a visit
    assert met[("Ana Lund", "Ken Mori")].date == dt.date(2026, 9, 21)
    assert met[("Ken Mori", "Raj Mehta")].date == dt.date(2026, 9, 22)
    assert met[("Ken Mori", "Li Wen")].date == dt.date(2026, 9, 22)
    (li,) = [o for o in result.officials if o.name == "Li Wen"]
    assert li.title == "Foreign Minister"


def test_the_next_morning_counts_from_the_meeting_before() -> None:
    text = (
        "Prime Minister Omar Haddad held talks with Prime Minister Sok Dara on March 23.\n\n"
        "The next morning, before leaving for Manila, Haddad paid a courtesy call on Senate "
        "President Sok Chan."
    )
    result = extract(
        text,
        {
            "held talks": [meeting(["Omar Haddad", "Sok Dara"])],
            "courtesy call": [meeting(["Haddad", "Sok Chan"])],
        },
        published="2026-03-25",
    )
    assert by_people(result)[("Omar Haddad", "Sok Chan")].date == dt.date(2026, 3, 24)


def test_greetings_from_a_leader_do_not_make_him_a_participant() -> None:
    text = (
        "Crown Prince Khalid Hamad received Minister Ravi Menon yesterday. Menon conveyed "
        "greetings from Prime Minister Arun Das."
    )
    assert people_met(
        text, {"received": [meeting(["Khalid Hamad", "Ravi Menon", "Arun Das"])]}, "2026-04-23"
    ) == [("Khalid Hamad", "Ravi Menon")]


def test_will_be_received_is_a_plan_and_a_lone_pledge_is_no_agreement() -> None:
    text = (
        "Foreign Minister Paul Roy will be received by Crown Prince Khalid Hamad on Monday, "
        "April 27.\n\n"
        "Minister Ken Mori met Secretary-General Ana Lund on Monday. Mori pledged $20 million "
        "for relief, while Lund thanked Tokyo."
    )
    result = extract(
        text,
        {
            "will be received": [meeting(["Paul Roy", "Khalid Hamad"])],
            "Mori met": [
                meeting(
                    ["Ken Mori", "Ana Lund"], agreements=[agreed("pledged $20 million for relief")]
                )
            ],
        },
        published="2026-04-23",
    )
    met = by_people(result)
    assert (met[("Khalid Hamad", "Paul Roy")].status, met[("Khalid Hamad", "Paul Roy")].date) == (
        "planned",
        dt.date(2026, 4, 27),
    )
    assert met[("Ana Lund", "Ken Mori")].agreements == []


def test_what_is_agreed_with_a_planned_visit_belongs_to_the_meeting_just_held() -> None:
    text = (
        "President Ama Boateng met President Moussa Ndiaye in Addis Ababa on Saturday.\n\n"
        "President Ndiaye invited President Boateng to undertake a State Visit to Dakar early "
        "next year, and both leaders agreed that the dates would be fixed later."
    )
    result = extract(
        text,
        {
            "Boateng met": [meeting(["Ama Boateng", "Moussa Ndiaye"])],
            "invited": [
                meeting(
                    ["Ndiaye", "Boateng"],
                    status="planned",
                    agreements=[agreed("the dates would be fixed later", "other")],
                )
            ],
        },
        published="2026-02-15",
    )
    held, planned = result.meetings
    assert [a.summary for a in held.agreements] == ["The dates would be fixed later"]
    assert (planned.status, planned.agreements) == ("planned", [])


def test_the_reporter_in_a_byline_is_not_a_participant_and_an_emir_is_named_after_a_comma() -> None:
    text = (
        "Congo talks advance in Doha\n\n"
        "Amina Yusuf  |05.06.2026 - Update : 05.06.2026\n\n"
        "ISTANBUL\n\n"
        "Separately, President Felix Mandu spoke on Thursday by phone with the Emir of Qatar, "
        "Sheikh Tamim Hamad, about the talks."
    )
    m = only_meeting(
        text, {"spoke on Thursday": [meeting(["Amina Yusuf", "Felix Mandu"])]}, "2026-06-05"
    )
    assert [p.name for p in m.participants] == ["Felix Mandu", "Tamim Hamad"]
    assert (m.kind, m.date) == ("call", dt.date(2026, 6, 4))


def test_sat_down_with_his_named_counterpart_after_a_comma() -> None:
    text = (
        "President Marcos Vela met President Ana Ruiz on Thursday morning.\n\n"
        "On Thursday afternoon, Vela handed the presidency to Uruguay and then sat down with "
        "his Uruguayan counterpart, Tomas Oria. The two presidents signed a memorandum on "
        "river dredging."
    )
    met = people_met(
        text,
        {
            "Vela met": [meeting(["Marcos Vela", "Ana Ruiz"])],
            "sat down": [meeting(["Vela"])],
        },
        "2026-07-03",
    )
    assert ("Marcos Vela", "Tomas Oria") in met
