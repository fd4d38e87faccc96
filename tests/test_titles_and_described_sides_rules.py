"""Titles, sides told by description and stand-ins, from round 24's leftovers: a long
office before the name outranks a clause after it ("X, today received in Y the ..."),
"Fathi al-" before "Mabrouk", "the Liberian minister had earlier paid a courtesy call
on X", "on behalf of the Speaker of ..., X, who is abroad", "a video conference that X
held on Monday with the Head of ..., Federal Councillor Y", "Cuba's ambassador to The
Bahamas, Y" drafted as a name, "Earlier today, the minister received ...", and a call
"earlier this month" that is not today's.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._dates import period_of
from extract._models import Meeting
from extract._people import split_title
from tests.support.scripted import extract, meeting


def _sides(found: Meeting) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.country) for p in found.participants]


def test_a_long_office_before_the_name_outranks_a_clause_after_it() -> None:
    text = (
        "The Minister of Foreign and European Affairs of the Republic of Slovenia, Mateja "
        "Vrhovnik, today received in Ljubljana the Minister of Foreign Affairs of the "
        "Portuguese Republic, Duarte Veloso, for talks."
    )
    drafted = meeting(["Mateja Vrhovnik", "Duarte Veloso"], date_text="today")
    [talks] = extract(text, {"for talks": [drafted]}, "2027-02-03").meetings
    assert talks.participants[0].title == (
        "Minister of Foreign and European Affairs of the Republic of Slovenia"
    )


def test_a_family_name_with_al_keeps_its_given_name_and_a_former_post_is_no_title() -> None:
    text = (
        "Yemeni Foreign Minister Nabil al-Haddad flew to Muscat on Monday and held talks "
        "with Oman's foreign minister, Salim Al Harthy.\n\n"
        "Haddad, a former central bank official appointed foreign minister in 2024, said "
        "the talks went well."
    )
    drafted = meeting(["Haddad", "Salim Al Harthy"], date_text="on Monday")
    [talks] = extract(text, {"held talks": [drafted]}, "2027-02-03").meetings
    assert _sides(talks)[0] == ("Nabil al-Haddad", "Foreign Minister", "Yemen")


def test_a_minister_standing_in_for_a_named_principal_gives_the_principal_a_country() -> None:
    text = (
        "Chadian Foreign Minister Abakar Djidda flew in overnight from N'Djamena, while "
        "Mali was represented by Awa Keita, secretary-general of its foreign ministry, "
        "standing in for Foreign Minister Oumar Ba Traoré, who stayed in Bamako.\n\n"
        "Djidda and Keita signed the declaration at a hotel on Thursday.\n\n"
        "Traoré spoke by telephone with Guinea's foreign minister, Ibrahima Camara, on Monday."
    )
    script = {
        "signed the declaration": [meeting(["Abakar Djidda", "Awa Keita"])],
        "by telephone": [meeting(["Traoré", "Ibrahima Camara"], kind="call")],
    }
    _signing, call = extract(text, script, "2027-02-05").meetings
    assert _sides(call)[0][2] == "Mali"


def test_the_minister_told_by_country_is_the_one_of_that_country() -> None:
    text = (
        "ACCRA - Ghana's foreign minister, Kofi Mensah, on Tuesday received his Gabonese "
        "counterpart, Mrs Régine Ndong, at the ministry.\n\n"
        "The Gabonese minister had earlier on Tuesday paid a courtesy call on Vice-President "
        "Ama Boateng at the Jubilee House."
    )
    script = {
        "received his": [meeting(["Kofi Mensah", "Régine Ndong"], date_text="on Tuesday")],
        "courtesy call": [meeting(["Ama Boateng"], date_text="on Tuesday")],
    }
    _talks, call = extract(text, script, "2027-02-04").meetings
    assert [p.name for p in call.participants] == ["Régine Ndong", "Ama Boateng"]
    assert call.participants[1].country == "Ghana"


def test_an_ambassadors_honorific_and_a_letter_between_presidents() -> None:
    text = (
        "The Minister of Foreign Affairs, Amb. Kwame Asante, received Mrs Ndong on Tuesday "
        "for talks. She delivered a letter from President Jean Mba to President Yaw Darko."
    )
    script = {"for talks": [meeting(["Kwame Asante", "Ndong"], date_text="on Tuesday")]}
    [talks] = extract(text, script, "2027-02-04").meetings
    assert talks.participants[0].title == "Minister of Foreign Affairs"


def test_a_president_a_letter_is_addressed_to_has_his_own_title() -> None:
    text = (
        "Mrs Ndong delivered a letter from President Jean Mba to President Yaw Darko.\n\n"
        "Darko and Mba spoke by telephone on Wednesday evening."
    )
    script = {"spoke by telephone": [meeting(["Darko", "Mba"], kind="call")]}
    [call] = extract(text, script, "2027-02-04").meetings
    assert [p.title for p in call.participants] == ["President", "President"]


def test_an_office_holder_named_on_whose_behalf_someone_received_a_guest_is_absent() -> None:
    text = (
        "Minister Mateja Vrhovnik today received the Portuguese foreign minister, Duarte "
        "Veloso, in Ljubljana for talks.\n\n"
        "In the afternoon, on behalf of the Speaker of the National Assembly of Slovenia, "
        "Jure Brglez, who is on an official visit abroad, the Portuguese minister was "
        "received in Parliament by Deputy Speaker Nina Kos.\n\n"
        "On Monday Vrhovnik held a video call with Swiss Federal Councillor Anna Rüegg."
    )
    script = {
        "for talks": [meeting(["Mateja Vrhovnik", "Duarte Veloso"], date_text="today")],
        "received in Parliament": [meeting(["Jure Brglez"], date_text="In the afternoon")],
        "video call": [meeting(["Vrhovnik", "Anna Rüegg"], kind="virtual")],
    }
    found = extract(text, script, "2027-02-03").meetings
    assert all("Jure Brglez" not in [p.name for p in m.participants] for m in found)


def test_a_video_conference_held_with_an_office_then_its_holder() -> None:
    text = (
        "The visit followed a video conference that Minister Vrhovnik held on Monday with "
        "the Head of the Federal Department of Foreign Affairs of the Swiss Confederation, "
        "Federal Councillor Anna Rüegg."
    )
    drafted = meeting(["Vrhovnik"], kind="virtual", date_text="on Monday")
    [call] = extract(text, {"video conference": [drafted]}, "2027-02-03").meetings
    assert _sides(call)[1] == ("Anna Rüegg", "Federal Councillor", "Switzerland")
    assert str(call.date) == "2027-02-01"


def test_an_ambassador_drafted_by_office_and_the_minister_told_before() -> None:
    text = (
        "Foreign Minister Carla Bent will travel to Kingston on Thursday for talks with "
        "Jamaican officials. It will be Bent's first trip there.\n\n"
        "Earlier today, the minister received Cuba's ambassador to Saint Lucia, Marta Ruiz "
        "Peña, at the ministry."
    )
    drafted = meeting(
        ["Minister", {"name": "Cuba's Ambassador to Saint Lucia", "country": "Cuba"}],
        date_text="Earlier today",
    )
    [visit] = extract(text, {"Earlier today": [drafted]}, "2027-02-03").meetings
    assert [p.name for p in visit.participants] == ["Carla Bent", "Marta Ruiz Peña"]
    assert visit.participants[1].country == "Cuba"


def test_a_call_earlier_this_month_is_not_todays_call() -> None:
    text = (
        "Prime Minister Ray Hodge spoke with Dominica's Prime Minister Paul Lestrade by video "
        "link this afternoon, his office said.\n\n"
        "It was their second conversation in weeks. They first spoke by telephone earlier "
        "this month, after a ferry sank."
    )
    script = {
        "video link": [meeting(["Ray Hodge", "Paul Lestrade"], kind="virtual")],
        "first spoke": [
            meeting(["Hodge", "Lestrade"], kind="call", date_text="earlier this month")
        ],
    }
    today, first = extract(text, script, "2027-02-19").meetings
    assert (str(today.date), first.date) == ("2027-02-19", None)
    assert first.date_text == "earlier this month"


def test_earlier_this_month_ends_before_the_story_and_later_this_week_starts_after() -> None:
    day = dt.date(2027, 2, 19)
    assert period_of("earlier this month", day) == (dt.date(2027, 2, 1), dt.date(2027, 2, 18))
    assert period_of("later this week", day) == (dt.date(2027, 2, 20), dt.date(2027, 2, 21))
    assert period_of("this month", day) == (dt.date(2027, 2, 1), dt.date(2027, 2, 28))


def test_a_papers_place_line_under_its_name_places_a_meeting_at_a_hotel() -> None:
    text = (
        "THE VALLEY GAZETTE\n"
        "Moncton, New Brunswick\n\n"
        "Trade minister meets Chilean envoy\n\n"
        "In the afternoon Chile's trade minister, Rosa Pinto, met Canada's Minister of "
        "International Trade, Paul Leblanc, at the Delta Beauséjour hotel."
    )
    drafted = meeting(["Rosa Pinto", "Paul Leblanc"], date_text="In the afternoon")
    [talks] = extract(text, {"Delta": [drafted]}, "2027-05-22").meetings
    assert talks.location == "Moncton"


def test_a_trip_called_off_to_hold_talks_with_an_office_of_a_two_word_country() -> None:
    text = (
        "Meanwhile, the ministry said Okafor's trip to Ouagadougou on Friday, where he was to "
        "hold talks with Burkina Faso's Minister of Foreign Affairs and Regional Cooperation, "
        "Alhaji Issa Ouédraogo, had been postponed indefinitely."
    )
    drafted = meeting(["Okafor"], status="cancelled")
    [trip] = extract(text, {"postponed": [drafted]}, "2027-03-03").meetings
    assert trip.status.value == "cancelled"
    assert _sides(trip)[1] == (
        "Issa Ouédraogo",
        "Minister of Foreign Affairs and Regional Cooperation",
        "Burkina Faso",
    )


def test_one_expected_to_join_the_two_ministers_but_called_off_is_a_cancelled_meeting() -> None:
    text = (
        "In the afternoon Chile's trade minister, Rosa Pinto, met Paul Leblanc, Canada's "
        "Minister of International Trade, at a hotel in Moncton.\n\n"
        "The visit was meant to be bigger. Peru's Minister of Foreign Trade, Luis Quispe "
        "Mamani, had been expected to join the two ministers for a three-way session, but "
        "his office called off the trip last week."
    )
    script = {"In the afternoon": [meeting(["Rosa Pinto", "Paul Leblanc"])]}
    _held, called_off = extract(text, script, "2027-05-22").meetings
    assert called_off.status.value == "cancelled"
    assert sorted(p.name for p in called_off.participants) == [
        "Luis Quispe Mamani",
        "Paul Leblanc",
        "Rosa Pinto",
    ]


def test_a_two_word_countrys_office_is_no_name_nor_a_capitals_top_diplomat() -> None:
    assert split_title("Burkina Faso's Prime Minister") == ("Burkina Faso's Prime Minister", "")
    assert split_title("New Delhi's top diplomat") == ("Delhi's top diplomat", "New")


def test_hours_spent_with_someone_in_one_city_and_a_wider_session_in_another_are_two() -> None:
    text = (
        "Yemeni Foreign Minister Nabil al-Haddad arrived in Muscat on Wednesday and spent more "
        "than four hours with Oman's Salim Al Harthy at the foreign ministry. The two agreed "
        "that their deputies would meet monthly.\n\n"
        "The talks widened the following day.\n\n"
        "Al Harthy, Haddad and Eritrea's Osman Saleh sat down with Djibouti's Ali Youssouf "
        "at a hotel in Barka and signed a declaration on shipping."
    )
    script = {
        "four hours": [meeting(["Nabil al-Haddad", "Salim Al Harthy"], date_text="on Wednesday")],
        "sat down": [meeting(["Al Harthy", "Haddad", "Osman Saleh", "Ali Youssouf"])],
    }
    pair, four = extract(text, script, "2027-03-18").meetings
    assert (str(pair.date), pair.location) == ("2027-03-17", "Muscat")
    assert (len(four.participants), four.location) == (4, "Barka")


def test_two_who_discussed_on_the_sidelines_met_apart_and_one_expected_later_is_a_plan() -> None:
    text = (
        "Al Harthy, Haddad and Eritrea's Osman Saleh sat down with Djibouti's Ali Youssouf "
        "at a hotel in Barka and signed a declaration on shipping.\n\n"
        "On the sidelines, Al Harthy and Saleh discussed resuming direct flights, but reached "
        "no agreement, a diplomat said.\n\n"
        "Haddad said he had invited Saleh to Aden and expected him on the 29th for talks on "
        "the Red Sea."
    )
    script = {
        "sat down": [meeting(["Al Harthy", "Haddad", "Osman Saleh", "Ali Youssouf"])],
        "for talks": [meeting(["Haddad"], status="planned", date_text="on the 29th")],
    }
    four, aside, plan = extract(text, script, "2027-03-18").meetings
    assert len(four.participants) == 4
    assert [p.name for p in aside.participants] == ["Al Harthy", "Osman Saleh"]
    assert (plan.status.value, str(plan.date)) == ("planned", "2027-03-29")
    assert sorted(p.name for p in plan.participants) == ["Haddad", "Osman Saleh"]


def test_the_talks_widening_the_following_day_date_the_wider_session_and_its_sidelines() -> None:
    text = (
        "Yemeni Foreign Minister Nabil al-Haddad arrived in Muscat on Wednesday and spent more "
        "than four hours with Oman's Salim Al Harthy at the foreign ministry. The two agreed "
        "that their deputies would meet monthly.\n\n"
        "The talks widened the following day. Eritrea's Osman Saleh flew in overnight from "
        "Asmara.\n\n"
        "Al Harthy, Haddad and Saleh sat down with Djibouti's Ali Youssouf at a hotel in Barka "
        "and signed a declaration on shipping.\n\n"
        "On the sidelines, Al Harthy and Saleh discussed resuming direct flights."
    )
    script = {
        "four hours": [meeting(["Nabil al-Haddad", "Salim Al Harthy"], date_text="on Wednesday")],
        "sat down": [meeting(["Al Harthy", "Haddad", "Saleh", "Ali Youssouf"])],
    }
    pair, four, aside = extract(text, script, "2027-03-19").meetings
    assert [str(m.date) for m in (pair, four, aside)] == ["2027-03-17", "2027-03-18", "2027-03-18"]
    assert aside.location == "Barka"


def test_sidelines_of_a_forum_dated_in_the_sentence_before_keep_that_day() -> None:
    text = (
        "Kuwait's oil minister, Nasser Al-Hajri, opened a forum in Abu Dhabi on Wednesday. "
        "On the sidelines, Al-Hajri met UAE Energy Minister Hamad Al Kaabi."
    )
    drafted = meeting(["Al-Hajri", "Hamad Al Kaabi"])
    [talks] = extract(text, {"On the sidelines": [drafted]}, "2026-06-05").meetings
    assert str(talks.date) == "2026-06-03"


def test_an_office_before_another_excellencys_name_is_theirs_and_names_between_offices() -> None:
    text = (
        "At the invitation of the Minister of Foreign Affairs, Her Excellency Mrs. Ana Lima "
        "Sousa, the Minister of Foreign Affairs and Cooperation of the Republic of Equatorial "
        "Guinea, His Excellency Mr. Pedro Obama Nguema, is paying an official visit to São "
        "Tomé and Príncipe.\n\n"
        "At the end of the talks in São Tomé, Minister Lima Sousa and Minister Obama Nguema "
        "signed a memorandum on visas for Equatorial Guinea's diplomats."
    )
    drafted = meeting(
        [
            {
                "name": "Ana Lima Sousa",
                "title": "Minister of Foreign Affairs and Cooperation of the Republic of "
                "Equatorial Guinea",
            },
            "Pedro Obama Nguema",
        ]
    )
    [talks] = extract(text, {"At the end": [drafted]}, "2027-02-12").meetings
    assert _sides(talks) == [
        ("Ana Lima Sousa", "Minister of Foreign Affairs", "Sao Tome and Principe"),
        (
            "Pedro Obama Nguema",
            "Minister of Foreign Affairs and Cooperation of the Republic of Equatorial Guinea",
            "Equatorial Guinea",
        ),
    ]


def test_a_ministry_of_defence_and_internal_order_is_an_office_not_a_name() -> None:
    office = "Secretary-General of the Ministry of National Defence and Internal Order"
    assert split_title(office) == (office, "")


def test_a_meeting_called_off_in_the_next_one_line_paragraph_agreed_nothing() -> None:
    text = (
        "Antigua's Foreign Minister, Dr. Colin Joseph, had been due to host Nevis Premier Ian "
        "Liburd in St. John's last Friday, September 10, to sign an agreement on ferry fares.\n\n"
        "That meeting was postponed as the storm approached.\n\n"
        "No new date has been set, the ministry said on Tuesday."
    )
    drafted = meeting(
        ["Colin Joseph", "Ian Liburd"],
        date_text="last Friday, September 10",
        agreements=[{"what": "an agreement on ferry fares", "type": "signed_document"}],
    )
    [due] = extract(text, {"due to host": [drafted]}, "2027-09-15").meetings
    assert (due.status.value, str(due.date), due.agreements) == ("cancelled", "2027-09-10", [])


def test_a_leads_office_goes_to_the_name_opening_the_next_line_and_dominican_is_dominica() -> None:
    text = (
        "Saint Vincent's Prime Minister says the ferry to Roseau must run again by October.\n\n"
        "Ralph Kingsley spoke by phone yesterday with his Dominican counterpart, Marie "
        "Charles-Roy.\n\n"
        "The storm wrecked the jetty in Roseau, Dominica's capital."
    )
    drafted = meeting(["Ralph Kingsley", "Marie Charles-Roy"], kind="call", date_text="yesterday")
    [call] = extract(text, {"spoke by phone": [drafted]}, "2027-09-15").meetings
    assert _sides(call)[0] == (
        "Ralph Kingsley",
        "Prime Minister",
        "Saint Vincent and the Grenadines",
    )
    assert call.participants[1].country == "Dominica"


def test_an_office_in_the_sentence_before_a_name_a_flight_from_and_a_month_are_no_place() -> None:
    text = (
        "THE KORO SUN\n"
        "Monday, June 21, 2027\n\n"
        "The motorcade of Nauru's President splashed past the seawall on Monday morning. "
        "Lionel Aingimea did not need a briefing.\n\n"
        "Aingimea had flown in from Yaren the day before. He spent two hours that morning in "
        "talks with Kiribati's President Taneti Maamau, ahead of the Forum leaders' meeting in "
        "September."
    )
    drafted = meeting(["Aingimea", "Taneti Maamau"], date_text="that morning")
    [talks] = extract(text, {"in talks": [drafted]}, "2027-06-21").meetings
    assert _sides(talks)[0] == ("Lionel Aingimea", "President", "Nauru")
    assert talks.location not in ("Yaren", "September")


def test_a_reports_claim_that_two_ministers_held_talks_is_no_meeting() -> None:
    text = (
        "The report, published on Monday by an exile-run news site, claimed that Yemeni "
        "Foreign Minister Amal Saleh and her Eritrean counterpart, Osman Idris, held "
        '"several hours of talks" in a third country in March.'
    )
    drafted = meeting(["Amal Saleh", "Osman Idris"])
    assert extract(text, {"held": [drafted]}, "2028-04-12").meetings == []


def test_a_two_letter_surname_an_excellencys_stand_in_and_a_clause_after_a_name() -> None:
    text = (
        "In the evening, H.E. Mrs. Nadia Said Ali, Minister Delegate, on behalf of H.E. Mr. "
        "Omar Bacar, Minister of Foreign Affairs, who is on mission abroad, hosted a working "
        "dinner for H.E. Mrs. Fátima Djaló Có.\n\n"
        "The republic's Secretary of State, Giulia Berardi, was due to meet the EU's chief "
        "negotiator, Henrik Aalto, in Brussels on 21 October. The meeting was postponed "
        "indefinitely."
    )
    script = {
        "working dinner": [meeting(["Nadia Said Ali", "Omar Bacar", "Fátima Djaló Có"])],
        "due to meet": [meeting(["Giulia Berardi"], status="planned", date_text="21 October")],
    }
    dinner, due = extract(text, script, "2027-10-29").meetings
    assert [p.name for p in dinner.participants] == ["Nadia Said Ali", "Fátima Djaló Có"]
    assert [p.name for p in due.participants] == ["Giulia Berardi", "Henrik Aalto"]
    assert (due.status.value, str(due.date)) == ("cancelled", "2027-10-21")
    assert due.participants[0].title == "Secretary of State"


def test_a_live_blogs_chair_its_committed_list_and_a_call_in_the_lunch_break() -> None:
    text = (
        "14:35\n"
        "President Garang used the lunch break to speak by phone with African Union Commission "
        "Chairperson Amina Diallo, his spokesman says.\n\n"
        "11:40\n"
        "Garang and Machar are now sitting across from each other at the Casina Pio IV for "
        "talks. "
        "Archbishop Paul Gallagher, the Secretary for Relations with States, is chairing.\n\n"
        "17:05\n"
        "It's signed. Garang and Machar have put their names to the declaration. According to "
        "the text, the two sides commit to:\n"
        "- extend the ceasefire by six months;\n"
        '- reconvene "at the highest level" within 60 days.\n'
    )
    script = {
        "speak by phone": [
            meeting(["President Garang", "Amina Diallo"], kind="call", status="planned")
        ],
        "sitting across": [meeting(["Garang", "Machar"])],
        "put their names": [meeting(["Garang", "Machar"])],
    }
    call, talks = extract(text, script, "2028-02-10").meetings
    assert (call.status.value, call.kind.value) == ("held", "call")
    assert _sides(talks)[2] == ("Paul Gallagher", "Secretary for Relations with States", None)
    assert [(a.summary, a.type.value) for a in talks.agreements] == [
        ("Agreed to extend the ceasefire by six months", "commitment"),
        ('Agreed to reconvene "at the highest level" within 60 days', "intent_to_meet"),
    ]


def test_one_who_will_travel_to_st_georges_to_meet_the_drafted_side_is_a_side_too() -> None:
    text = (
        "Mitchell's office confirmed that Dr. Keith Charles will travel to St. George's on "
        "October 4 to meet Mitchell again and review the ferry contract."
    )
    drafted = meeting(["Mitchell"], status="planned", date_text="October 4")
    [visit] = extract(text, {"travel to": [drafted]}, "2027-09-17").meetings
    assert sorted(p.name for p in visit.participants) == ["Keith Charles", "Mitchell"]
    assert (visit.location, str(visit.date)) == ("St. George's", "2027-10-04")


def test_a_counterpart_of_a_two_word_country_holds_the_hosts_office() -> None:
    text = (
        "Eritrean Foreign Minister Osman Saleh hosted his South Sudanese counterpart, Deng "
        "Mayen, for three hours of talks at the foreign ministry on Wednesday."
    )
    drafted = meeting(["Osman Saleh", "Deng Mayen"], date_text="on Wednesday")
    [talks] = extract(text, {"hosted": [drafted]}, "2027-03-11").meetings
    assert _sides(talks)[1] == ("Deng Mayen", "Foreign Minister", "South Sudan")


def test_a_lead_gives_the_content_of_a_memorandum_signed_at_the_end_of_the_session() -> None:
    text = (
        "ASMARA, March 10, 2027 (Horn Africa Press) - Yemen and Eritrea on Wednesday signed a "
        "memorandum of understanding on a ferry link between Aden and Assab, after the two "
        "countries' foreign ministers held talks.\n\n"
        "Eritrean Foreign Minister Osman Saleh hosted his Yemeni counterpart, Amal Haddad, for "
        "three hours. The two ministers signed the memorandum at the end of the session."
    )
    drafted = meeting(
        ["Osman Saleh", "Amal Haddad"],
        agreements=[
            {"what": "signed the memorandum at the end of the session", "type": "signed_document"}
        ],
    )
    [talks] = extract(text, {"hosted": [drafted]}, "2027-03-10").meetings
    assert [a.summary for a in talks.agreements] == [
        "Signed a memorandum of understanding on a ferry link between Aden and Assab, after the "
        "two countries' foreign ministers held talks"
    ]


def test_the_next_sentences_she_held_a_video_conference_is_the_named_persons_meeting() -> None:
    text = (
        "Berardi, who remains in office in a caretaker capacity, has not been idle. Earlier this "
        "month she held a video conference with Andorra's Foreign Minister, Laia Serra, in which "
        "the two agreed to coordinate their positions."
    )
    drafted = meeting(["Berardi"], kind="virtual", date_text="Earlier this month")
    [call] = extract(text, {"video conference": [drafted]}, "2027-10-29").meetings
    assert [p.name for p in call.participants] == ["Berardi", "Laia Serra"]
    assert call.kind.value == "virtual"


def test_a_pronoun_sentence_that_does_not_tell_a_meeting_adds_none() -> None:
    text = (
        "Prime Minister Abel Tesfaye, who opened the dam last year, wrote on X on Wednesday that "
        "the door to dialogue is open. He did not mention Thursday's meeting in Cairo."
    )
    drafted = meeting(["Abel Tesfaye"])
    assert extract(text, {"meeting in Cairo": [drafted]}, "2026-10-16").meetings == []


def test_a_counterpart_named_in_the_lead_is_the_other_side_of_later_talks_with_him() -> None:
    text = (
        "KINGSTOWN - Prime Minister Dr Carl Ollivierre arrived back on Sunday from a visit "
        "that centred on last Friday's signing of a memorandum with his Swazi counterpart, "
        "Sibusiso Dlamini.\n\n"
        "Ollivierre is expected to report on the visit to Cabinet on Wednesday.\n\n"
        "Friday's formal talks with Dlamini lasted nearly two hours before the signing."
    )
    script = {
        "expected to report": [meeting(["Ollivierre"], status="planned")],
        "formal talks": [meeting(["Dlamini"])],
    }
    [talks] = extract(text, script, "2027-11-16").meetings
    assert [p.name for p in talks.participants] == ["Carl Ollivierre", "Sibusiso Dlamini"]


def test_a_capital_spelled_another_way_and_an_associations_nations_are_no_people() -> None:
    assert split_title("Secretary-General of the Association of Southeast Asian Nations") == (
        "Secretary-General of the Association of Southeast Asian Nations",
        "",
    )
    office = "Executive Director of the Green Climate Fund"
    assert split_title(office) == (office, "")
    text = (
        "Foreign Minister U Than Htike spoke by telephone on Tuesday with the Secretary-General "
        "of the Association of Southeast Asian Nations, Dian Kusuma. They agreed that she "
        "would visit Naypyitaw at an early date."
    )
    drafted = meeting(["U Than Htike", "Dian Kusuma"], kind="call", date_text="on Tuesday")
    visit = meeting(["Dian Kusuma", "Naypyitaw"], status="planned")
    found = extract(text, {"by telephone": [drafted, visit]}, "2028-05-10").meetings
    assert all("Naypyitaw" not in [p.name for p in m.participants] for m in found)
