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


_INTERVIEW = (
    'RADIO TONGA - "PACIFIC HOUR"\n'
    "Broadcast: Thursday, 17 February 2028\n"
    "Guest: Sione Vea, Minister of Foreign Affairs\n\n"
    "HOST: Welcome, Minister. What came of last week's visit?\n\n"
    "VEA: The Grand Chancellor of the Order of Malta, Amara Okafor, arrived on the 7th, "
    "and on the 8th I sat down with him at the Government Offices. We signed a framework "
    "agreement on health.\n\n"
    "HOST: And next month?\n\n"
    "VEA: Next month the Secretary General of the Pacific Islands Forum, Mele Tuilagi, "
    "is coming to Nuku'alofa. She has accepted our invitation, and I will host her."
)


def test_an_interviewees_meetings_told_in_the_first_person_are_their_own() -> None:
    script = {
        "sat down with": [meeting(["Amara Okafor"], date_text="on the 7th")],
        "is coming to": [meeting(["Mele Tuilagi"], status="planned", date_text="Next month")],
    }
    visit, planned = extract(_INTERVIEW, script, "2028-02-17").meetings
    assert [p.name for p in visit.participants] == ["Sione Vea", "Amara Okafor"]
    assert visit.date == dt.date(2028, 2, 8)  # the day of "I sat down", not of "arrived"
    assert [p.name for p in planned.participants] == ["Sione Vea", "Mele Tuilagi"]
    assert planned.status == "planned"


def test_organizations_without_territory_and_portfolios_named_for_one() -> None:
    chancellor = {"name": "Amara Okafor", "title": "Grand Chancellor of the Order of Malta"}
    [visit, _] = extract(
        _INTERVIEW,
        {
            "sat down with": [meeting([chancellor], date_text="on the 7th")],
            "is coming to": [meeting(["Mele Tuilagi"], status="planned")],
        },
        "2028-02-17",
    ).meetings
    assert visit.participants[1].country == "Sovereign Order of Malta"  # not Malta
    text = (
        "Colombia's Foreign Minister, Andrés Quintero, spoke by telephone on Wednesday with "
        "Trinidad and Tobago's Minister of Foreign and CARICOM Affairs, Keisha Ramlal."
    )
    drafted = meeting(["Andrés Quintero", "Keisha Ramlal"], kind="call", date_text="on Wednesday")
    [call] = extract(text, {"spoke by telephone": [drafted]}, "2026-06-12").meetings
    assert call.participants[1].country == "Trinidad and Tobago"  # not CARICOM


def test_a_held_meetings_later_this_year_is_another_events_and_the_call_is_told_on() -> None:
    text = (
        "The minister, Aung Kyaw Lin, spoke by telephone on Tuesday with ASEAN "
        "Secretary-General Ratna Sari.\n\n"
        "Aung Kyaw Lin briefed the Secretary-General on preparations for by-elections "
        "planned for later this year and asked ASEAN to send observers. The secretariat's "
        "own readout of the call did not mention the request."
    )
    script = {
        "spoke by telephone": [
            meeting(["Aung Kyaw Lin", "Ratna Sari"], kind="call", date_text="on Tuesday")
        ],
        "briefed": [meeting(["Aung Kyaw Lin", "Ratna Sari"], date_text="later this year")],
    }
    [call] = extract(text, script, "2028-05-10").meetings
    assert call.kind == "call"
    assert call.date == dt.date(2028, 5, 9)


def test_a_minister_welcoming_a_vote_in_a_statement_met_no_one() -> None:
    text = (
        "Tonga's parliament voted on Tuesday to ratify the boundary treaty with Fiji after "
        "years of talks between technical teams.\n\n"
        "Foreign Minister Semisi Taufa, who steered the bill through the chamber, called the "
        'vote "a mature act of diplomacy".\n\n'
        "In Suva, Fiji's Minister for Foreign Affairs, Josefa Rabuka, welcomed the Tongan "
        "vote in a written statement.\n\n"
        "Asked whether he would travel to Fiji to mark the occasion, Taufa said he "
        '"will consider meeting" his Fijian counterpart once both parliaments '
        "have ratified the treaty."
    )
    script = {
        "called the": [meeting(["Semisi Taufa"])],
        "welcomed the Tongan": [meeting(["Josefa Rabuka"])],
        "consider meeting": [meeting(["Taufa"], status="planned")],
    }
    assert extract(text, script, "2026-07-22").meetings == []


def test_talks_moved_to_another_city_and_day_are_dated_and_placed_by_the_held_clause() -> None:
    text = (
        "BLANTYRE - Ministerial talks between Malawi and Zambia, which had been due to take "
        "place in Lusaka on Tuesday, were finally held in Blantyre on Friday.\n\n"
        "The Zambian delegation was led by the Principal Secretary in the Ministry of "
        "Foreign Affairs and International Cooperation, Mwila Chanda, who attended on the "
        "minister's behalf.\n\n"
        "Chisomo Phiri and Chanda reviewed trade and labour migration. At the end of the "
        "session, the two officials signed a memorandum of understanding on tourism."
    )
    drafted = meeting(
        ["Chisomo Phiri", "Chanda"],
        agreements=[
            {"what": "signed a memorandum of understanding on tourism", "type": "signed_document"}
        ],
    )
    [talks] = extract(text, {"reviewed trade": [drafted]}, "2026-06-13").meetings
    assert talks.date == dt.date(2026, 6, 12)
    assert talks.location == "Blantyre"
    assert talks.participants[1].title == (
        "Principal Secretary in the Ministry of Foreign Affairs and International Cooperation"
    )


def test_a_committee_chairs_courtesy_call_and_the_member_who_asked_questions() -> None:
    text = (
        "Reykjavík, 11 February 2026\n\n"
        "Asked by committee member Ólafur Gunnlaugsson whether she had discussed the "
        "candidacy with Nordic colleagues, Foreign Minister Sigrún Jónsdóttir said she had "
        "raised it at every meeting.\n\n"
        "On Monday, the committee chair, Bjarni Þórðarson, received a courtesy call from "
        "Uruguay's ambassador to Iceland, Carolina Etcheverry, who is resident in Oslo."
    )
    script = {
        "every meeting": [meeting(["Ólafur Gunnlaugsson"])],
        "courtesy call": [meeting(["Thorðarson", "Carolina Etcheverry"], kind="call")],
    }
    [call] = extract(text, script, "2026-02-11").meetings
    assert [p.name for p in call.participants] == ["Bjarni Þórðarson", "Carolina Etcheverry"]
    assert call.kind == "in_person"  # a courtesy call is a visit
    assert call.location != "Oslo"  # where the ambassador lives
    assert call.participants[1].title == "ambassador to Iceland"
    assert call.participants[1].country == "Uruguay"


def test_one_day_written_two_ways_dates_a_call_told_in_quotes() -> None:
    text = (
        "She also pointed to her telephone conversation with Greenland's Minister for "
        'Foreign Affairs, Aviaja Kleist, "last Thursday" (February 5), in which the two '
        'discussed fisheries. "Minister Kleist and I agreed to hold a joint exercise of our '
        'coast guards this summer," Sigrún Jónsdóttir said.'
    )
    drafted = meeting(
        ["Sigrún Jónsdóttir", "Aviaja Kleist"], kind="call", date_text="last Thursday (February 5)"
    )
    [call] = extract(text, {"telephone conversation": [drafted]}, "2026-02-11").meetings
    assert call.date == dt.date(2026, 2, 5)


def test_a_chief_executive_officers_office_and_an_agreements_relative_clause() -> None:
    text = (
        "On Tuesday, Vice Minister of Foreign Affairs Gantulga Bat held a video conference "
        "with Tonga's Chief Executive Officer for Foreign Affairs, Losaline Fifita Taufa. "
        "The two agreed to set up a joint working group on climate resilience, which is to "
        "hold its first session before the end of the year."
    )
    drafted = meeting(
        ["Vice Minister of Foreign Affairs Gantulga Bat"],
        kind="virtual",
        date_text="On Tuesday",
        agreements=[
            {"what": "set up a joint working group on climate resilience", "type": "commitment"},
            {
                "what": "which is to hold its first session before the end of the year",
                "type": "commitment",
            },
        ],
    )
    [call] = extract(text, {"video conference": [drafted]}, "2026-03-27").meetings
    taufa = call.participants[1]
    assert (taufa.name, taufa.title) == (
        "Losaline Fifita Taufa",
        "Chief Executive Officer for Foreign Affairs",
    )
    assert call.participants[0].country != "Tonga"  # the other's office, not his
    assert [a.summary for a in call.agreements] == [
        "Agreed to set up a joint working group on climate resilience"
    ]


def test_an_office_named_with_a_country_but_no_name_places_its_one_holder() -> None:
    text = (
        "PARAMARIBO - Suriname will host Cabo Verde's prime minister next month for the "
        "first bilateral summit between the two countries.\n\n"
        "President Ravi Mangal is scheduled to receive Prime Minister Ana Lopes Tavares in "
        "Paramaribo on April 16 for talks. Officials said a visa waiver arrangement could be "
        "ready for signature at the summit, but none has yet been agreed.\n\n"
        "The Cabo Verdean leader last visited South America in 2019. Suriname has no "
        "embassy in Praia, and Suriname's opposition has questioned the cost."
    )
    drafted = meeting(
        ["Ravi Mangal", "Ana Lopes Tavares"],
        status="planned",
        date_text="on April 16",
        agreements=[{"what": "a visa waiver arrangement", "type": "commitment"}],
    )
    [summit] = extract(text, {"scheduled to receive": [drafted]}, "2026-03-11").meetings
    assert [p.country for p in summit.participants] == ["Suriname", "Cape Verde"]
    assert summit.agreements == []  # "none has yet been agreed"


def test_a_stand_in_hosting_a_luncheon_while_the_minister_is_abroad() -> None:
    text = (
        "The following day, Foreign Minister Andrea Bacchus held talks at the foreign "
        "ministry in Mbabane. Her counterpart, Lomakhosi Dube, was attending a ministerial "
        "conference abroad, and Principal Secretary Mandla Zwane took part in place of the "
        "minister, hosting a luncheon for Bacchus and senior officials. Bacchus and Zwane "
        "agreed to begin negotiations on a visa waiver."
    )
    drafted = meeting(["Andrea Bacchus", "Lomakhosi Dube", "Principal Secretary Mandla Zwane"])
    [talks] = extract(text, {"held talks": [drafted]}, "2027-11-16").meetings
    assert [p.name for p in talks.participants] == ["Andrea Bacchus", "Mandla Zwane"]


def test_a_release_naming_its_visitor_by_office_of_the_country() -> None:
    text = (
        "The Minister of Foreign Affairs of the Slovak Republic, Tomas Hradil, today "
        "received in Bratislava the Minister of Foreign Affairs of the Hellenic Republic, "
        "Nikos Varda, for talks.\n\n"
        "In the afternoon, on behalf of the Speaker of the National Council, Lubo Kral, who "
        "is on an official visit abroad, the Greek minister was received in the Parliament "
        "by Deputy Speaker Marek Ondra.\n\n"
        "The visit of the Greek minister followed a video conference that Hradil held on "
        "Monday with the Head of the Federal Department of Foreign Affairs, Federal "
        "Councillor Regula Zbind."
    )
    script = {
        "for talks": [meeting(["Tomas Hradil", "Nikos Varda"], date_text="today")],
        "was received in the Parliament": [meeting(["Lubo Kral", "Greek minister"])],
        "video conference": [
            meeting(["Greek minister", "Hradil"], kind="virtual", date_text="Monday")
        ],
    }
    _talks, parliament, video = extract(text, script, "2026-06-09").meetings
    assert [p.name for p in parliament.participants] == ["Nikos Varda", "Marek Ondra"]
    assert [p.name for p in video.participants] == ["Tomas Hradil", "Regula Zbind"]


def test_a_plan_the_article_then_tells_held_with_a_stand_in_is_not_a_meeting_of_its_own() -> None:
    text = (
        "LILONGWE - Ministerial talks between Malawi and Zambia were finally held in "
        "Lilongwe on Friday.\n\n"
        "The meeting of the commission had originally been planned as a meeting between "
        "Malawi's Minister of Foreign Affairs, Tadala Banda, and her Zambian counterpart, "
        "Mutale Phiri. It was postponed on Monday evening.\n\n"
        "The Zambian delegation was instead led by Principal Secretary Mwila Chanda, who "
        "attended on the minister's behalf. Banda and Chanda held talks on trade."
    )
    script = {
        "originally been planned": [
            meeting(["Tadala Banda", "Mutale Phiri"], status="planned", date_text="Monday evening")
        ],
        "held talks": [meeting(["Banda", "Mwila Chanda"])],
    }
    [talks] = extract(text, script, "2026-06-13").meetings
    assert [p.name for p in talks.participants] == ["Tadala Banda", "Mwila Chanda"]
    assert talks.status == "held"


def test_an_office_whose_portfolios_are_listed_with_commas() -> None:
    text = (
        "Suriname's Minister of Foreign Affairs, International Business and International "
        "Cooperation, Sharmila Ramdin, and Cabo Verde's Minister of Foreign Affairs, Rui "
        "Lopes, are due to hold a video call later this month."
    )
    drafted = meeting(["Sharmila Ramdin", "Rui Lopes"], kind="virtual", status="planned")
    [call] = extract(text, {"video call": [drafted]}, "2026-03-11").meetings
    assert call.participants[0].title == (
        "Minister of Foreign Affairs, International Business and International Cooperation"
    )


def test_a_meeting_told_in_another_month_lends_no_place_to_this_weeks() -> None:
    text = (
        "Reykjavík, 11 February 2026\n\n"
        "\"When I sat down with Moldova's foreign minister, Ion Rusu, in Chișinău in "
        'January, we went through the energy file," Foreign Minister Sigrún Jónsdóttir said.'
        "\n\nOn Monday, the committee chair, Bjarni Jónsson, received a courtesy call from "
        "Uruguay's ambassador, Carolina Etcheverry."
    )
    script = {
        "sat down with": [meeting(["Sigrún Jónsdóttir", "Ion Rusu"], date_text="in January")],
        "courtesy call": [
            meeting(["Bjarni Jónsson", "Carolina Etcheverry"], date_text="On Monday")
        ],
    }
    january, monday = extract(text, script, "2026-02-11").meetings
    assert january.location == "Chișinău"
    assert monday.location == "Reykjavík"  # the dateline's, not January's city


def test_a_delegations_talks_attended_by_an_ambassador_and_signed_at_the_end() -> None:
    text = (
        "KEETMANSHOOP - A delegation from Armenia led by that country's Deputy Minister of "
        "Economy, Narek Sargsyan, was in town yesterday for talks with //Kharas Governor "
        "Johanna Shilongo on training in diamond cutting.\n\n"
        "The meeting, held at the Regional Council offices on Tuesday morning, was also "
        "attended by Armenia's ambassador to South Africa, Ani Petrosyan.\n\n"
        "At the end of the meeting, Governor Shilongo and Deputy Minister Sargsyan signed a "
        "letter of intent on a training centre."
    )
    script = {
        "for talks": [meeting(["Narek Sargsyan"], date_text="yesterday")],
        "also attended": [meeting(["Ani Petrosyan"], date_text="on Tuesday morning")],
        "signed a letter": [
            meeting(
                ["Shilongo", "Sargsyan"],
                agreements=[
                    {
                        "what": "signed a letter of intent on a training centre",
                        "type": "signed_document",
                    }
                ],
            )
        ],
    }
    [talks] = extract(text, script, "2026-06-17").meetings
    assert sorted(p.name for p in talks.participants) == [
        "Ani Petrosyan",
        "Johanna Shilongo",
        "Narek Sargsyan",
    ]
    assert talks.date == dt.date(2026, 6, 16)
    assert [a.type for a in talks.agreements] == ["signed_document"]


def test_a_visits_programme_of_calls_is_planned() -> None:
    text = (
        "Kathmandu, 30 April 2026\n\n"
        "In the afternoon of Monday 4 May, President Mojca Vidmar will pay a courtesy call "
        "on Prime Minister Keshav Dhungana at his office.\n\n"
        "On Tuesday 5 May, President Vidmar will call on President Bishnu Thapa at "
        "Sheetal Niwas."
    )
    script = {
        "courtesy call": [meeting(["Mojca Vidmar", "Keshav Dhungana"], date_text="Monday 4 May")],
        "will call on": [meeting(["Vidmar", "Bishnu Thapa"], date_text="On Tuesday 5 May")],
    }
    monday, tuesday = extract(text, script, "2026-04-30").meetings
    assert (monday.status, tuesday.status) == ("planned", "planned")
    assert [p.name for p in tuesday.participants] == ["Mojca Vidmar", "Bishnu Thapa"]
    assert tuesday.date == dt.date(2026, 5, 5)


def test_a_visit_programmes_call_that_both_sides_cancelled() -> None:
    text = (
        "DILI - Talks between the two prime ministers, due this morning, were called off.\n\n"
        "Tuilevuka's programme had also included a courtesy call on President Domingos "
        "Sarmento tomorrow morning and a visit to the port. Both have been cancelled, the "
        "spokesman said. Mr Tuilevuka flew back to Suva late last night."
    )
    [call] = extract(text, {}, "2026-02-18").meetings  # no draft: the wording alone
    assert [p.name for p in call.participants] == ["Tuilevuka", "Domingos Sarmento"]
    assert call.status == "cancelled"
    assert call.date == dt.date(2026, 2, 19)


def test_a_secretary_generals_diary_of_subjectless_items() -> None:
    text = (
        "The Secretary-General's week: 9 to 13 March 2026\n\n"
        "Commonwealth Secretary-General Rosalind Templeton had a busy week at Marlborough "
        "House in London ahead of the trade ministers' meeting in May. Her engagements this "
        "week included:\n\n"
        "- Monday: Met the High Commissioner of Botswana, Mr Lesego Dintwe, at Marlborough "
        "House.\n\n"
        "- Tuesday: Held a telephone call with Zambia's Minister of Foreign Affairs, Hon. "
        "Chanda Phiri, on climate finance."
    )
    script = {
        "busy week": [meeting(["Rosalind Templeton"], date_text="13 March 2026")],
        "Monday: Met": [meeting(["Lesego Dintwe"], date_text="Monday")],
        "Tuesday: Held": [meeting(["Chanda Phiri"], kind="call", date_text="Tuesday")],
    }
    monday, tuesday = extract(text, script, "2026-03-13").meetings
    assert [p.name for p in monday.participants] == ["Rosalind Templeton", "Lesego Dintwe"]
    assert [p.name for p in tuesday.participants] == ["Rosalind Templeton", "Chanda Phiri"]
    assert monday.participants[0].country == "Commonwealth"
    assert "week" not in (monday.location or "")  # the heading is no dateline


def test_a_candidates_planned_trip_to_two_capitals_is_no_meeting_with_a_rival() -> None:
    text = (
        "In the Croat race, Mario Juric of the largest Croat party faces Ivana Peric.\n\n"
        "Juric plans to visit Zagreb and Budapest soon after the vote and wants closer energy "
        'links with Croatia. Peric says she has "spoken to many European ambassadors" and '
        "would seek a regional summit."
    )
    drafted = meeting(["Juric", "Peric"], status="planned")
    assert extract(text, {"plans to visit": [drafted]}, "2026-08-13").meetings == []


def test_two_presidents_joined_by_a_third_for_a_trilateral_summit() -> None:
    text = (
        "The two leaders first met on Monday in Gaborone, where Ana Shilongo and Kago "
        "Mmolawa held talks on energy.\n\n"
        "Two days later the two leaders travelled north to Kasane, where they were joined "
        "by Zambian President Mwansa Chikwanda for trilateral talks.\n\n"
        'Chikwanda called the Kazungula meeting "a practical summit for practical problems".'
    )
    script = {
        "held talks": [meeting(["Ana Shilongo", "Kago Mmolawa"], date_text="on Monday")],
        "were joined": [meeting(["Joe Biden", "Donald Trump"])],  # a small model's invention
        "called the Kazungula": [meeting(["Chikwanda"])],
    }
    _bilateral, trilateral = extract(text, script, "2026-06-11").meetings
    assert sorted(p.name for p in trilateral.participants) == [
        "Ana Shilongo",
        "Kago Mmolawa",
        "Mwansa Chikwanda",
    ]


def test_a_spokespersons_briefing_a_plan_told_by_pronoun_and_a_rumour() -> None:
    text = (
        "A: Minister Yerlan Sadvakov will pay an official visit to the State of Qatar on 25 "
        "March. In Doha he will hold talks with the Minister of State for Foreign Affairs of "
        "Qatar, Khalid Al-Suwaidi.\n\n"
        "Q (Interfax): Several Telegram channels claim that Minister Sadvakov met the "
        "Armenian foreign minister, Levon Harutyunyan, in Vienna last week. Can you confirm?"
    )
    script = {
        "official visit": [meeting(["Minister Sadvakov"], status="planned", date_text="25 March")],
        "channels claim": [meeting(["Sadvakov", "Levon Harutyunyan"], date_text="last week")],
    }
    [visit] = extract(text, script, "2026-03-17").meetings
    assert [p.name for p in visit.participants] == ["Yerlan Sadvakov", "Khalid Al-Suwaidi"]
    assert (visit.status, visit.date) == ("planned", dt.date(2026, 3, 25))


def test_an_appended_correction_moves_the_meeting_to_the_corrected_day() -> None:
    text = (
        "VILNIUS - Foreign Minister Ruta Kazlaus and her Uzbek counterpart, Dilshod Nurmat, "
        "held talks at the Foreign Ministry on Tuesday morning.\n\n"
        "Correction: An earlier version of this article said the talks between Ms Kazlaus and "
        "Mr Nurmat took place on Tuesday. They took place on Monday."
    )
    drafted = meeting(["Ruta Kazlaus", "Dilshod Nurmat"], date_text="on Tuesday morning")
    [talks] = extract(text, {"held talks": [drafted]}, "2026-05-07").meetings
    assert talks.date == dt.date(2026, 5, 4)
