"""Round 53 and 54 leftovers (`g340`, an embassy release; `g350`, a joint communiqué).

- "X was received in audience by the President of the Council of Ministers of the Republic.
  ... the President of the Council, Mr. Y, thanked ...": a meeting of X and Y, in person
  (the sentence after it, "The message follows up on the telephone conversation of the 9th",
  is about another encounter).
- "Togo's Minister of Security, Colonel Y": a rank between the comma and the name still
  gives Y the country.
- "HADDAD: Yes, I was received by the Prime Minister ... PRESENTER: Prime Minister Y has
  said that before" (round 56, `g361`): "Prime Minister" opens an office too; "... received
  by the Prime Minister. Mr Y underlined ..." (round 57, `g364`): the next sentence opens
  with the host, styled.
- "The two Presidents recalled their telephone conversation of 12 May": a call of the two
  presidents of the visit; what they signed and agreed in the paragraphs after it stays
  with the visit.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on releases written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

RELEASE = (
    "EMBASSY OF THE REPUBLIC OF SENEGAL\nPRESS RELEASE\nFriday, 23 April 2027\n\n"
    "The Minister of Foreign Affairs, Hon. Awa Ndiaye, held talks in Banjul yesterday with "
    "her Gambian counterpart, Mr. Lamin Jobe.\n\n"
    "The Deputy Minister of Foreign Affairs, Mr. Ousmane Sy, held a separate working "
    "session with Gambia's Minister of Defence, Colonel Ebrima Sanneh.\n\n"
    "Later in the afternoon, Hon. Ndiaye was received in audience by the Vice President of "
    "the Republic of The Gambia, to whom she delivered a special message from President "
    "Diomaye Faye. The message follows up on the telephone conversation of the 9th "
    "of this month.\n\n"
    "Receiving the message, the Vice President, Mr. Musa Ceesay, thanked the Senegalese Head "
    "of State for his attention.\n"
)


def test_an_office_that_received_someone_is_named_in_the_next_paragraph() -> None:
    script = {
        "held talks": [meeting(["Awa Ndiaye", "Lamin Jobe"], date_text="yesterday")],
        "audience": [
            meeting(
                ["Hon. Ndiaye", "Vice President of the Republic of The Gam."],
                date_text="Later in the afternoon",
            )
        ],
    }
    people = by_people(extract(RELEASE, script, "2027-04-23"))
    audience = people[("Awa Ndiaye", "Musa Ceesay")]
    assert (audience.kind.value, audience.status.value) == ("in_person", "held")
    assert audience.date == dt.date(2027, 4, 22)


def test_a_rank_between_the_office_and_the_name_keeps_the_country() -> None:
    script = {
        "held talks": [meeting(["Awa Ndiaye", "Lamin Jobe"], date_text="yesterday")],
        "separate working": [meeting(["Ousmane Sy", "Ebrima Sanneh"])],
    }
    result = extract(RELEASE, script, "2027-04-23")
    sanneh = next(o for o in result.officials if o.name == "Ebrima Sanneh")
    assert sanneh.country == "Gambia"


COMMUNIQUE = (
    "JOINT COMMUNIQUÉ\nON THE STATE VISIT OF THE PRESIDENT OF MALAWI TO ZAMBIA\n\n"
    "Lusaka, 22 July 2027\n\n"
    "1. At the invitation of the President of the Republic of Zambia, H.E. Chanda Mwale, the "
    "President of the Republic of Malawi, H.E. Grace Banda, paid a State Visit to Zambia on "
    "21 and 22 July 2027.\n\n"
    "2. The two Presidents recalled their telephone conversation of 12 May 2027, during which "
    "the invitation for the present visit was extended.\n\n"
    "3. The two Presidents signed the Agreement on the Nacala Rail Corridor.\n\n"
    "4. The two Presidents agreed to establish a joint border market at Mchinji.\n"
)


PRESIDENTS = {"Chanda Mwale", "Grace Banda"}


def test_a_recalled_call_is_a_meeting_and_does_not_take_the_visits_agreements() -> None:
    script = {
        "paid a State Visit": [
            meeting(["Chanda Mwale", "Grace Banda"], date_text="21 and 22 July 2027")
        ],
        "recalled": [meeting(["Joe Biden", "Donald Trump"], kind="call", date_text="12 May 2027")],
        "signed the Agreement": [meeting(["Joe Biden", "Donald Trump"])],
    }
    result = extract(COMMUNIQUE, script, "2027-07-22")
    meetings = [m for m in result.meetings if {p.name for p in m.participants} == PRESIDENTS]
    assert len(meetings) == 2
    call = next(m for m in meetings if m.kind.value == "call")
    visit = next(m for m in meetings if m.kind.value == "in_person")
    assert call.date == dt.date(2027, 5, 12)
    assert call.agreements == []
    assert sorted(a.type.value for a in visit.agreements) == ["commitment", "signed_document"]


INTERVIEW = (
    "CITY RADIO - THE MORNING LINE\nInterview transcript\nSunday, 25 April 2027, 08:10\n\n"
    "PRESENTER: My guest is the Minister of Energy, Lina Haddad, just back from Baghdad.\n\n"
    "PRESENTER: I understand you also saw the Prime Minister.\n\n"
    "HADDAD: Yes, I was received by the Prime Minister at the end of the day on Thursday.\n\n"
    "PRESENTER: Prime Minister Ali Hassan Rubaie has said that before.\n"
)


def test_a_prime_minister_named_as_a_title_in_the_next_turn() -> None:
    script = {"received by the Prime Minister": [meeting(["HADDAD"], date_text="Thursday")]}
    people = by_people(extract(INTERVIEW, script, "2027-04-25"))
    assert ("Ali Hassan Rubaie", "Lina Haddad") in people


STATEMENT = (
    "MINISTRY OF FOREIGN AFFAIRS\nAthens, 15 September 2026\n\n"
    "The Minister for Europe and Foreign Affairs of Albania, Ms Elira Dervishaj, paid an "
    "official visit to Athens today.\n\n"
    "Later in the day, Ms Dervishaj was received by the Prime Minister at the Maximos Mansion. "
    "Mr Konstantinos Alexiou underlined Greece's support for Albania's European path.\n"
)


def test_a_host_named_next_by_style_and_name() -> None:
    script = {"received by the Prime Minister": [meeting(["Ms Dervishaj"])]}
    people = by_people(extract(STATEMENT, script, "2026-09-15"))
    assert ("Elira Dervishaj", "Konstantinos Alexiou") in people
