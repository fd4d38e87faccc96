"""Held-out round 38 leftovers: a sports story whose stadium district the model took for a
person ("Kasarani"), a region's name ("Kebbi State") and an air force as sides, a release
with "Prime Minister the Hon. Dr. X" and a later tour by "the Minister", an arrival
airport as the talks' place, governors' communiqué lists ("the parties resolved:" then
"- that ..."), a meeting told in two paragraphs (day and place, then "The meeting was
attended by"), and a session "on the eve of the meeting".

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._models import Meeting
from extract._people import split_title
from tests.support.scripted import agreed, by_people, extract, meeting

STADIUM = (
    "Mbagathi clears final inspection before the regional games\n\n"
    "KISUMU, Friday, 14 May 2027 - The Jomo Kenyatta Sports Complex, Mamboleo, has passed "
    "its last inspection, Sports Secretary Achieng Wafula-Otieno said on Thursday.\n\n"
    "Clubs say they have been pushed out of Mamboleo for most of the season.\n\n"
    "Mamboleo last hosted a big event when Kenya co-hosted the East African Youth "
    "Championship with its two neighbours in 2024."
)


def test_a_stadium_district_the_model_took_for_a_person_makes_no_meeting() -> None:
    result = extract(
        STADIUM,
        {"last hosted": [meeting(["Mamboleo", "East African Youth Championship"])]},
        "2027-05-14",
    )
    assert result.meetings == []


def test_a_surname_alone_that_acts_is_still_a_person() -> None:
    # A paragraph fed alone: no first name or office anywhere, but "Odhiambo met".
    text = "Odhiambo met Museveni in Kampala on Tuesday to discuss the joint stadium project."
    result = extract(text, {"Odhiambo met": [meeting(["Odhiambo", "Museveni"])]}, "2027-05-14")
    assert list(by_people(result)) == [("Museveni", "Odhiambo")]


GOVERNORS = (
    "Border governors agree joint patrols\n\n"
    "By a correspondent, Sokoto\n\n"
    "Tuesday, November 10, 2026\n\n"
    "Officials of Nigeria's Sokoto State and Niger's Tahoua Region have resolved to launch "
    "joint patrols along their border.\n\n"
    "The resolutions were contained in a communique issued after a cross-border meeting held "
    "on Saturday in Konni, the Nigerien town opposite Illela in Sokoto State.\n\n"
    "The meeting was attended by the Governor of Sokoto State, Dr. Bello Aminu Dange; and the "
    "Governor of Tahoua Region, Colonel Issa Maman Sani.\n\n"
    "In the communique, the parties resolved:\n\n"
    "- that security agencies of the two countries would patrol the border jointly;\n"
    "- that the Illela-Konni market would reopen on Saturday, November 21; and\n"
    "- that the next cross-border meeting would hold in Sokoto in February 2027.\n\n"
    "Our correspondent gathered that on the eve of the meeting, Governor Dange crossed into "
    "Niger and held a closed-door session with Col. Sani at the Konni prefecture."
)


def _governors() -> list[Meeting]:
    result = extract(
        GOVERNORS,
        {
            "meeting held": [meeting(["Konni", "Sokoto"], date_text="Saturday")],
            "attended by": [meeting(["Dr. Bello Aminu Dange", "Colonel Issa Maman Sani"])],
            "closed-door": [
                meeting(["Governor Dange", "Col. Sani"], date_text="on the eve of the meeting")
            ],
        },
        "2026-11-10",
    )
    return sorted(result.meetings, key=lambda m: m.date or dt.date.min)


def test_the_attendance_paragraph_takes_the_day_and_place_told_before_it() -> None:
    eve, main = _governors()
    # "Sokoto" is a state's name ("Sokoto State"), not a governor.
    assert [p.name for p in main.participants] == ["Bello Aminu Dange", "Issa Maman Sani"]
    # "a cross-border meeting held on Saturday in Konni, the Nigerien town opposite ...".
    assert (main.date, main.location) == (dt.date(2026, 11, 7), "Konni")
    # "on the eve of the meeting": the day before, a meeting of its own.
    assert [p.name for p in eve.participants] == ["Bello Aminu Dange", "Issa Maman Sani"]
    assert eve.date == dt.date(2026, 11, 6)


def test_what_the_parties_resolved_in_a_list_of_that_clauses_are_agreements() -> None:
    _eve, main = _governors()
    assert [(a.summary, a.type.value) for a in main.agreements] == [
        (
            "Agreed that security agencies of the two countries would patrol the border jointly",
            "commitment",
        ),
        ("Agreed that the Illela-Konni market would reopen on Saturday, November 21", "commitment"),
        # "would hold in Sokoto": a meeting agreed, in Nigerian English
        (
            "Agreed that the next cross-border meeting would hold in Sokoto in February 2027",
            "intent_to_meet",
        ),
    ]


RELEASE = (
    "Government of Grenada\n\nPRESS RELEASE\n\n"
    "St. George's, Thursday 8 April 2027 - Ireland's Minister of State for Overseas "
    "Development, the Honourable Aoife Brannigan, is in Grenada this week.\n\n"
    "Minister Brannigan, who arrived at Maurice Bishop International Airport on Tuesday "
    "evening, was received on Wednesday morning by Prime Minister the Hon. Dr. Keron Mitchell "
    "at the Ministerial Complex in St. George's.\n\n"
    "On Thursday, the Minister toured the General Hospital in Grenville, where she was "
    "welcomed by members of the hospital's board."
)


def test_a_styled_prime_minister_is_a_side_and_the_minister_who_tours_is_not_him() -> None:
    result = extract(
        RELEASE,
        {
            "was received": [
                meeting(
                    ["Minister Brannigan", "Prime Minister the Hon. Dr. Keron Mitchell"],
                    date_text="Wednesday morning",
                    location="Maurice Bishop International Airport",
                )
            ],
            "toured": [meeting(["Minister"], date_text="On Thursday", location="Grenville")],
        },
        "2027-04-08",
    )
    (visit,) = result.meetings
    assert [p.name for p in visit.participants] == ["Aoife Brannigan", "Keron Mitchell"]
    assert visit.participants[1].title == "Prime Minister"
    # Where she landed the evening before is not where they met.
    assert (visit.date, visit.location) == (dt.date(2027, 4, 7), "St. George's")


def test_a_style_between_an_office_and_a_name_belongs_to_neither() -> None:
    assert split_title("Prime Minister the Hon. Dr. Keron Mitchell") == (
        "Prime Minister",
        "Keron Mitchell",
    )
    assert split_title("Senator the Hon. Mary Joseph") == ("Senator", "Mary Joseph")


CYCLONE_CALL = (
    "NUKU'ALOFA, Thursday 4 March 2027 - The two leaders spoke by telephone on Wednesday "
    "night, after Prime Minister Siaosi Fifita briefed Foreign Minister Rachel Tamihana on "
    "the evacuations.\n\n"
    "During the call, the two agreed that a Royal New Zealand Air Force surveillance aircraft "
    "would fly over the outer islands as soon as conditions allow. They also agreed that the "
    "visit would be rescheduled once recovery work is under way."
)


def test_an_air_force_is_no_side_and_the_calls_agreements_stay_with_the_call() -> None:
    result = extract(
        CYCLONE_CALL,
        {
            "spoke by telephone": [
                meeting(["Siaosi Fifita", "Rachel Tamihana"], kind="call", date_text="Wednesday")
            ],
            "During the call": [
                meeting(
                    ["Royal New Zealand Air Force", "They"],
                    kind="call",
                    status="planned",
                    agreements=[agreed("surveillance flights over the outer islands")],
                )
            ],
        },
        "2027-03-04",
    )
    (call,) = result.meetings
    assert [p.name for p in call.participants] == ["Siaosi Fifita", "Rachel Tamihana"]
    assert len(call.agreements) == 2


def test_a_region_named_with_its_convention_centre_is_no_one_to_visit() -> None:
    text = (
        "KOTA BELUD, 19 May 2026 - President Ramon Villareal took part in the summit at the "
        "Labuan International Convention Centre by video link.\n\n"
        "Villareal is expected to visit Labuan later in the year, an embassy spokesman said."
    )
    drafted = meeting(["Villareal", "Labuan"], status="planned")
    assert extract(text, {"expected to visit": [drafted]}, "2026-05-19").meetings == []
