"""Wording from held-out round 22: "talks with him", "her Belizean opposite number", an
office named before its holder's name, a counterpart left unnamed, a group met, a past
year's signing, a relative clause's day or place, a cut office, a postponement reported
in the next sentence, a newspaper's name over its dateline, officials named after a
plural office, a two-country story, "a day after" another signing, and "X led the
delegation". Rules written after round 22 was recorded (its first score does not include
them).

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._article_place import article_place
from extract._countries import normalize_country
from tests.support.scripted import extract, meeting


def test_talks_with_him_are_with_the_one_the_sentence_before_names() -> None:
    text = (
        "Foreign Minister Ana Ruiz spoke with Foreign Minister Rosa Peña on Monday.\n\n"
        "Ruiz's Caribbean tour continues later this month. Haiti's Foreign Minister, Jean "
        "Pierre Blanc, is booked into Lima on the 22nd for talks with him, his ministry said."
    )
    script = {
        "spoke with": [meeting(["Ana Ruiz", "Rosa Peña"], kind="call", date_text="on Monday")],
        "booked": [meeting(["Jean Pierre Blanc"], status="planned", date_text="22nd")],
    }
    _call, visit = extract(text, script, "2026-06-12").meetings
    assert {p.name for p in visit.participants} == {"Ana Ruiz", "Jean Pierre Blanc"}
    assert (visit.status.value, str(visit.date)) == ("planned", "2026-06-22")


def test_a_session_two_were_due_to_co_chair_that_was_pushed_back_was_called_off() -> None:
    text = (
        "The Cuba-Belize commission, which Elena Soto and her Belizean opposite number Omar "
        "Castillo were due to co-chair in Belmopan next Thursday, has been pushed back."
    )
    [session] = extract(text, {}, "2026-06-12").meetings  # no meeting word: not asked
    assert {p.name for p in session.participants} == {"Elena Soto", "Omar Castillo"}
    assert (session.status.value, str(session.date), session.location) == (
        "cancelled",
        "2026-06-18",
        "Belmopan",
    )


def test_short_names_of_two_island_states_are_their_countries() -> None:
    assert normalize_country("Trinidad") == ("Trinidad and Tobago", "TT")
    assert normalize_country("Antigua") == ("Antigua and Barbuda", "AG")


def test_an_office_the_model_names_is_the_person_named_after_it() -> None:
    text = (
        "ADDIS ABABA - The talks came a day after Minister Dawit received Djibouti's "
        "Ambassador to Ethiopia, Fatouma Ahmed Said, at his office."
    )
    drafted = meeting(["Minister Dawit", "Djibouti's Ambassador to Ethiopia"])
    [call] = extract(text, {"received": [drafted]}, "2026-05-20").meetings
    assert {p.name for p in call.participants} == {"Dawit", "Fatouma Ahmed Said"}


def test_a_signing_in_a_past_year_is_history_not_the_meetings_outcome() -> None:
    text = (
        "Minister Abebe Tola held talks with Minister Omar Farah on Tuesday.\n\n"
        "Ethiopia and Djibouti signed the first corridor agreement in 2002, and trade "
        "between the two countries has since grown."
    )
    script = {"held talks": [meeting(["Abebe Tola", "Omar Farah"], date_text="on Tuesday")]}
    [talks] = extract(text, script, "2026-05-20").meetings
    assert talks.agreements == []


def test_a_return_visit_to_her_counterpart_and_a_community_meeting_are_told_apart() -> None:
    text = (
        "Minister Jelena Vuković today received Minister Ana Petrova, who is on a visit.\n\n"
        "Minister Vuković will pay a return visit to Skopje on 16 June, when she will hold "
        "talks with her Macedonian counterpart.\n\n"
        "Minister Petrova will continue her visit tomorrow in Kotor, where she will meet "
        "representatives of the Macedonian community."
    )
    script = {
        "today received": [meeting(["Jelena Vuković", "Ana Petrova"], date_text="today")],
        "return visit": [meeting(["Vuković"], status="planned", date_text="16 June")],
        "Kotor": [meeting(["Petrova"], status="planned", date_text="tomorrow")],
    }
    meetings = extract(text, script, "2026-05-26").meetings
    assert [(m.status.value, str(m.date), {p.name for p in m.participants}) for m in meetings] == [
        ("held", "2026-05-26", {"Jelena Vuković", "Ana Petrova"}),
        ("planned", "2026-06-16", {"Jelena Vuković", "Ana Petrova"}),
    ]


def test_a_clause_about_trade_or_an_absent_leader_neither_dates_nor_places_the_talks() -> None:
    text = (
        "PODGORICA, 26 May 2026 - Minister Jelena Vuković today received Minister Ana "
        "Petrova.\n\n"
        "The Prime Minister, who is attending the European Council in Brussels, could not "
        "receive the guest. Minister Petrova was received by Deputy Prime Minister Dragana "
        "Kovač, with whom she discussed trade, which exceeded 90 million euros last year."
    )
    script = {
        "today received": [meeting(["Jelena Vuković", "Ana Petrova"], date_text="today")],
        "European Council": [meeting(["Ana Petrova", "Dragana Kovač"], location="Brussels")],
    }
    _first, second = extract(text, script, "2026-05-26").meetings
    assert (str(second.date), second.location) == ("2026-05-26", "Podgorica")


def test_an_office_the_model_cut_short_still_finds_its_holder() -> None:
    text = (
        "On Monday, Minister Jelena Vuković held a video call with the Federal Minister for "
        "European and International Affairs of the Republic of Austria, Katharina Berger."
    )
    drafted = meeting(
        ["Minister Vuković", "Federal Minister for European and International Affairs of"],
        kind="virtual",
    )
    [call] = extract(text, {"video call": [drafted]}, "2026-05-26").meetings
    assert {p.name for p in call.participants} == {"Jelena Vuković", "Katharina Berger"}


def test_a_postponement_reported_in_the_next_sentence_calls_this_fridays_meeting_off() -> None:
    text = (
        "Tanzania's Minister of Transport, Makame Juma, and Rwanda's Minister of "
        "Infrastructure, Josiane Ingabire, had been due to meet in Bukoba this Friday. On "
        "Tuesday the ministry said the meeting had been postponed. No new date was given."
    )
    drafted = meeting(["Makame Juma", "Josiane Ingabire"], date_text="this Friday")
    [meeting_off] = extract(text, {"had been due": [drafted]}, "2026-06-03").meetings
    assert (meeting_off.status.value, str(meeting_off.date)) == ("cancelled", "2026-06-05")


def test_a_visit_postponed_to_a_later_month_is_still_planned() -> None:
    text = (
        "Mr Kalu had been due to fly to Honiara next week for talks with Mr Rore. But his "
        "office said the trip had been postponed to November."
    )
    drafted = meeting(["Kalu", "Rore"], status="planned")
    [trip] = extract(text, {"had been due": [drafted]}, "2026-09-24").meetings
    assert trip.status.value == "planned"


def test_a_newspapers_name_above_its_date_line_is_no_place() -> None:
    text = "THE LAKESIDE CHRONICLE\nMwanza | Wednesday, June 3, 2026\n\nTraders cheered."
    assert article_place(text) is None


def test_officials_named_after_a_plural_office_met_long_ago_and_lend_no_place() -> None:
    text = (
        "KIGOMA - Regional Commissioner Hamisi Tembo met Rwandan Governor Aimable Kayitare on "
        "Monday at the border post.\n\n"
        "When the two countries' then transport chiefs, Abdallah Mussa of Tanzania and "
        "Claudine Ineza of Rwanda, met in Kigali in March 2018, they signed an agreement.\n\n"
        "Tanzania and Rwanda share the Kagera river."
    )
    script = {"KIGOMA": [meeting(["Hamisi Tembo", "Aimable Kayitare"], date_text="on Monday")]}
    border, past = extract(text, script, "2026-06-03").meetings
    assert {p.name for p in past.participants} == {"Abdallah Mussa", "Claudine Ineza"}
    assert (past.date, past.date_text, past.location) == (None, "in March 2018", "Kigali")
    assert border.location == "Kigoma"  # the dateline's, not Kigali
    countries = {p.name: p.country for p in border.participants}  # a two-country story
    assert countries == {"Hamisi Tembo": "Tanzania", "Aimable Kayitare": "Rwanda"}


def test_a_leads_talks_with_a_counterpart_are_the_pair_named_next_not_the_day_befores() -> None:
    text = (
        "GABORONE, May 14 - Botswana's Foreign Minister Tshiamo Sebe said on Thursday after "
        "talks with his Namibian counterpart, a day after the two countries and Angola signed "
        "a protocol on the river, that the border would stay open at night.\n\n"
        "Sebe and Tangeni Amutenya met at the foreign ministry in Gaborone."
    )
    script = {
        "GABORONE": [meeting(["Tshiamo Sebe"], date_text="on Thursday")],
        "foreign ministry": [meeting(["Sebe", "Tangeni Amutenya"])],
    }
    [talks] = extract(text, script, "2026-05-14").meetings
    assert {p.name for p in talks.participants} == {"Tshiamo Sebe", "Tangeni Amutenya"}
    assert str(talks.date) == "2026-05-14"
    assert all("protocol" not in a.summary for a in talks.agreements)


def test_one_who_led_the_delegation_in_a_ministers_place_is_a_side() -> None:
    text = (
        "In Maun on Wednesday, Minister Onke Ramo hosted Minister Ndapewa Shiko and an "
        "Angolan delegation. Angola's minister stayed in Luanda; Secretary of State Luzia "
        "Mendes led the delegation in his place."
    )
    drafted = meeting(["Onke Ramo", "Ndapewa Shiko"], date_text="on Wednesday")
    [maun] = extract(text, {"Maun": [drafted]}, "2026-05-14").meetings
    assert [p.name for p in maun.participants] == ["Onke Ramo", "Ndapewa Shiko", "Luzia Mendes"]
