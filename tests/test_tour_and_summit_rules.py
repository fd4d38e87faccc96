"""Who met whom on a tour or at a summit, where, and for which country: rules written
after the held-out articles g51-g56 showed where the code-side rules failed.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

from extract._mentions import person_draft
from extract._people import split_title
from tests.support.scripted import by_people, extract, meeting

GULF_TOUR = (
    "Foreign Minister Budi Karya returned to Jakarta on Friday from a five-day trip to the "
    "Gulf.\n\n"
    "In Riyadh on Monday, Budi Karya held talks with Saudi Foreign Minister Prince Faisal bin "
    "Farhan Al Saud. The two signed a memorandum on political consultations.\n\n"
    "He then flew to Doha, where on Thursday he was received by Qatari Prime Minister and "
    "Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani. The two sides agreed to study "
    "a joint investment fund."
)


def test_he_was_received_by_names_the_tour_s_traveller_and_the_host() -> None:
    # The model found nothing in the Doha paragraph; its wording says who met whom.
    result = extract(
        GULF_TOUR, {"In Riyadh": [meeting(["Budi Karya"], location="Riyadh")]}, "2026-05-22"
    )
    met = by_people(result)
    doha = met[("Budi Karya", "Mohammed bin Abdulrahman Al Thani")]
    assert (str(doha.date), doha.location) == ("2026-05-21", "Doha")
    assert [a.summary for a in doha.agreements] == ["Agreed to study a joint investment fund"]
    riyadh = met[("Budi Karya", "Faisal bin Farhan Al Saud")]  # a ten-word mention, whole
    assert [a.type.value for a in riyadh.agreements] == ["signed_document"]


def test_a_pronoun_does_not_pull_the_first_person_into_someone_else_s_plans() -> None:
    text = (
        "Foreign Minister Anna Lind met Indian Foreign Minister S. Jaishankar in Ottawa on "
        "Wednesday.\n\n"
        "Prime Minister Mark Carney has said he would like to visit India, but his office said "
        "no trip was being planned."
    )
    result = extract(
        text,
        {
            "Lind met": [meeting(["Anna Lind", "S. Jaishankar"])],
            "Carney": [meeting(["Mark Carney"], status="planned")],
        },
        "2026-04-08",
    )
    assert list(by_people(result)) == [("Anna Lind", "S. Jaishankar")]


SUMMIT = (
    "Andean leaders close Quito summit without Boric\n\n"
    "Quito, 3 Jul 2026 (EFE).- The Andean summit ended on Thursday with a string of side "
    "meetings but without Chilean President Gabriel Boric, who stayed home.\n\n"
    "Chile was represented instead by Foreign Minister Alberto van Klaveren, who held a "
    "30-minute meeting with Peruvian President Dina Boluarte at the Carondelet Palace before "
    "the plenary. No common position came out of it.\n\n"
    "On the sidelines of Thursday's summit, Boluarte also met Ecuadorian President Daniel "
    "Noboa. According to a statement from the Casa de Nariño, the two leaders agreed to set up "
    "a border working group."
)


def test_a_summit_s_side_meetings_take_its_day_its_venue_and_its_city() -> None:
    result = extract(
        SUMMIT,
        {
            "On the sidelines": [
                meeting(
                    ["Boluarte", "Ecuadorian President Daniel Noboa"], location="Casa de Nariño"
                )
            ]
        },
        "2026-07-03",
    )
    met = by_people(result)
    # "X, who held a 30-minute meeting with Y": found without the model; the lead's day.
    stand_in = met[("Alberto van Klaveren", "Dina Boluarte")]
    assert str(stand_in.date) == "2026-07-02"
    assert stand_in.location == "Carondelet Palace, Quito"  # the EFE dateline's city
    # The palace a statement came from is its source, not where the leaders met.
    sidelines = met[("Daniel Noboa", "Dina Boluarte")]
    assert "Nariño" not in (sidelines.location or "")
    assert result.meetings[0].participants[0].country == "Chile"


def test_the_article_s_own_country_for_an_official_it_never_qualifies() -> None:
    text = (
        "SEOUL, Sept. 18 (Wire) -- Foreign Minister Cho Hyun held talks with U.S. Secretary of "
        "State Marco Rubio in New York on Tuesday, Seoul's foreign ministry said, as South Korea "
        "works to keep its alliance on track."
    )
    (found,) = extract(
        text, {"Cho Hyun": [meeting(["Cho Hyun", "U.S. Secretary of State Marco Rubio"])]},
        "2026-09-18",
    ).meetings  # fmt: skip
    assert {p.name: p.country for p in found.participants} == {
        "Cho Hyun": "South Korea",
        "Marco Rubio": "United States",
    }


def test_no_country_is_guessed_when_another_stands_as_high() -> None:
    text = (
        "Foreign Minister Ana Costa met French Foreign Minister Luc Moreau in Geneva on Monday. "
        "Germany and Spain sent observers; Germany and Spain also issued statements."
    )
    (found,) = extract(
        text, {"Costa met": [meeting(["Ana Costa", "French Foreign Minister Luc Moreau"])]},
        "2026-03-10",
    ).meetings  # fmt: skip
    assert {p.name: p.country for p in found.participants} == {
        "Ana Costa": None,
        "Luc Moreau": "France",
    }


def test_a_capital_between_an_office_and_a_surname_is_a_given_name() -> None:
    assert split_title("Paraguayan President Santiago Peña") == (
        "Paraguayan President",
        "Santiago Peña",
    )
    assert split_title("Defense Minister Israel Katz") == ("Defense Minister", "Israel Katz")
    assert split_title("Prime Minister of Israel") == ("Prime Minister of Israel", "")


def test_an_office_starts_after_the_words_that_lead_to_it() -> None:
    text = (
        "Foreign Minister Budi Karya met Saudi Crown Prince Mohammed bin Salman in Riyadh on "
        "Monday to court Gulf money for President Prabowo Subianto's programs. Budi Karya "
        "later met President Prabowo Subianto in Jakarta on Wednesday to report."
    )
    result = extract(
        text,
        {"Budi Karya met": [meeting(["Budi Karya", "Crown Prince Mohammed bin Salman"])]},
        "2026-05-22",
    )
    titles = {p.name: p.title for m in result.meetings for p in m.participants}
    assert titles.get("Prabowo Subianto") == "President"


def test_an_overlong_mention_keeps_its_name_for_the_draft() -> None:
    long = "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani"
    draft = person_draft(long)
    assert draft.name == "Mohammed bin Abdulrahman Al Thani"
    assert draft.title is not None
    assert draft.title == "Qatari Prime Minister and Foreign Minister"  # "Sheikh" is the name's
    assert person_draft("Marco Rubio").name == "Marco Rubio"


MEDIATION = (
    "Government and rebel delegations agreed on a detainee exchange during mediated talks in "
    "Geneva, the Swiss foreign ministry said on Friday.\n\n"
    "The talks, held on 3 June, were chaired by Switzerland's State Secretary for Foreign "
    "Affairs Anna Keller Brun, the ministry said in a statement.\n\n"
    "The government team was headed by Jean Kabila Mutombo, while the rebel delegation was "
    "led by the movement's secretary general, Paul Mwamba.\n\n"
    "The parties also agreed to reconvene in Geneva on 24 June for a new round. Keller Brun "
    "will again chair the round, and Mwamba told reporters by phone that he would lead the "
    "rebel team."
)


def test_talks_between_delegations_are_their_chair_and_their_heads() -> None:
    result = extract(
        MEDIATION,
        {"reconvene": [meeting(["Keller Brun", "Mwamba"], status="planned", location="Geneva")]},
        "2026-06-05",
    )
    met = by_people(result)
    talks = met[("Anna Keller Brun", "Jean Kabila Mutombo", "Paul Mwamba")]
    assert (talks.status.value, str(talks.date)) == ("held", "2026-06-03")
    # The next round: told by "The parties", its people named in the sentence after; a
    # source speaking "by phone" does not make the round a call.
    again = met[("Anna Keller Brun", "Paul Mwamba")]
    assert (again.status.value, str(again.date), again.kind.value, again.location) == (
        "planned",
        "2026-06-24",
        "in_person",
        "Geneva",
    )


def test_a_delegation_head_of_another_paragraph_is_not_added_to_a_bilateral() -> None:
    text = (
        "On Friday morning, Cho met Japanese Foreign Minister Toshimitsu Motegi in Manila.\n\n"
        "China's delegation was led by Vice Foreign Minister Sun Weidong, who attended on "
        "behalf of Foreign Minister Wang Yi."
    )
    result = extract(
        text, {"Cho met": [meeting(["Cho", "Japanese Foreign Minister Toshimitsu Motegi"])]},
        "2026-07-11",
    )  # fmt: skip
    assert list(by_people(result)) == [("Cho", "Toshimitsu Motegi")]


def test_park_is_a_surname_not_a_park() -> None:
    text = (
        "The night before the talks, Park and Sato held a working dinner at a restaurant in "
        "central Tokyo. Over the dinner, the two vice ministers agreed to share more "
        "information on ship-to-ship transfers."
    )
    (found,) = extract(
        text, {"Park and Sato": [meeting(["Park", "Sato"])]}, "2026-03-12"
    ).meetings  # fmt: skip
    assert [p.name for p in found.participants] == ["Park", "Sato"]


def test_the_next_summit_agreed_for_a_day_is_a_planned_meeting_of_the_same_leaders() -> None:
    text = (
        "On Tuesday, Prime Minister Clara Ricci spoke by phone with Turkish President Kemal "
        "Aydin, her office said. The two leaders agreed to hold the next Italy-Turkey "
        "intergovernmental summit in Rome on Oct. 14, where ministers are expected to sign "
        "energy deals."
    )
    result = extract(
        text,
        {"Ricci spoke": [meeting(["Clara Ricci", "Turkish President Kemal Aydin"], kind="call")]},
        "2026-09-10",
    )
    call, summit = result.meetings
    assert (call.status.value, call.kind.value, str(call.date)) == ("held", "call", "2026-09-08")
    assert (summit.status.value, summit.kind.value, str(summit.date), summit.location) == (
        "planned",
        "in_person",
        "2026-10-14",
        "Rome",
    )
    assert [p.name for p in summit.participants] == ["Clara Ricci", "Kemal Aydin"]
    # A summit agreed for no given day stays an agreement of the call.
    vague = text.replace("on Oct. 14", "next year")
    assert len(extract(vague, {"Ricci spoke": [meeting(["Clara Ricci", "Kemal Aydin"])]},
                       "2026-09-10").meetings) == 1  # fmt: skip


def test_an_office_that_goes_on_past_of_still_names_its_holder() -> None:
    text = (
        "Defense Minister Kim Do-hyun had a busy week.\n\n"
        "On Tuesday, he joined a trilateral video conference with US Secretary of War Pete "
        "Hegseth and Japanese Defense Minister Shinjiro Koizumi. The three agreed to hold a "
        "joint exercise in September.\n\n"
        "On Thursday, Kim met Australian Defence Minister Richard Marles in Seoul."
    )
    result = extract(
        text,
        {"Kim met": [meeting(["Kim", "Australian Defence Minister Richard Marles"])]},
        "2026-06-12",
    )
    video = by_people(result)[("Kim Do-hyun", "Pete Hegseth", "Shinjiro Koizumi")]
    assert (video.kind.value, str(video.date)) == ("virtual", "2026-06-09")


def test_whoever_accompanied_the_leader_did_not_meet_him() -> None:
    text = (
        "Prime Minister Lawrence Wong met President Ferdinand Marcos Jr. in Manila on "
        "Wednesday.\n\n"
        "Foreign Minister Vivian Balakrishnan, who accompanied Mr Wong throughout the trip, "
        "held separate talks with his Philippine counterpart, the ministry said."
    )
    result = extract(
        text,
        {
            "Wong met": [meeting(["Lawrence Wong", "Ferdinand Marcos Jr."])],
            "Balakrishnan": [meeting(["Vivian Balakrishnan", "Mr Wong"])],
        },
        "2026-03-26",
    )
    assert list(by_people(result)) == [("Ferdinand Marcos Jr", "Lawrence Wong")]


def test_an_accepted_invitation_is_a_planned_visit_with_its_place() -> None:
    text = (
        "On the sidelines of the summit, Boluarte also met Ecuadorian President Daniel Noboa "
        "in Quito on Thursday.\n\n"
        "Noboa accepted an invitation from Boluarte to pay a state visit to Lima, though no "
        "date was set, officials said."
    )
    result = extract(
        text,
        {"Boluarte also met": [meeting(["Boluarte", "Ecuadorian President Daniel Noboa"])]},
        "2026-07-03",
    )
    held, visit = result.meetings
    assert (held.status.value, str(held.date)) == ("held", "2026-07-02")
    assert (visit.status.value, visit.date, visit.location) == ("planned", None, "Lima")
    assert sorted(p.name for p in visit.participants) == ["Boluarte", "Daniel Noboa"]


def test_the_country_a_stand_in_represents_is_theirs() -> None:
    text = (
        "Brazil was represented instead by Vice President Geraldo Alckmin, who held a meeting "
        "with Argentine President Javier Milei at the Palacio de López in Asunción on Thursday."
    )
    (found,) = extract(text, {}, "2026-07-03").meetings
    assert {p.name: p.country for p in found.participants} == {
        "Geraldo Alckmin": "Brazil",
        "Javier Milei": "Argentina",
    }


def test_a_capital_before_a_surname_is_a_given_name_but_an_abbreviation_is_not() -> None:
    assert split_title("Santiago Peña") == (None, "Santiago Peña")
    assert split_title("U.S. Rubio") == ("U.S.", "Rubio")
    assert split_title("Chilean Boric") == ("Chilean", "Boric")
