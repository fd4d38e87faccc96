"""Round 57 (after its recording at 48bface): a visit programme (`g367`).

- "14:30 Working session on energy: the Minister in the Ministry of Energy, Senator A,
  representing the Minister of Energy and Energy Industries, Mr. B, will meet the Minister
  of Energy of Barbados, Mr. C": A and C; B is represented, not there.
- The model's "Prime Minister Alleyne, Ilaro Court, Bridgetown": the agenda item's place
  after the office and name is not part of the name.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a programme written for them.
"""

from __future__ import annotations

from tests.support.scripted import by_people, extract, meeting

PROGRAMME = (
    "MEDIA RELEASE\nFriday 16 April 2027\n\n"
    "PROGRAMME: OFFICIAL VISIT OF THE PRIME MINISTER TO GRENADA, 20-22 APRIL 2027\n\n"
    "WEDNESDAY 21 APRIL\n"
    "09:30  Bilateral talks between Prime Minister Ramdeen and Prime Minister Mitchell, "
    "Mount Wheldale, St George's.\n"
    "14:30  Working session on energy: the Minister in the Ministry of Energy, Senator Asha "
    "Persad, representing the Minister of Energy and Energy Industries, Mr. Vikram Singh, will "
    "meet the Minister of Infrastructure of Grenada, Mr. Dennis Cornwall.\n\n"
    "THURSDAY 22 APRIL\n"
    "11:30  Departure for Piarco International Airport.\n"
)


def test_a_stand_in_named_after_the_office_she_represents() -> None:
    script = {
        "Working session": [
            meeting(["Mr. Vikram Singh", "Senator Asha Persad", "Mr. Dennis Cornwall"])
        ]
    }
    people = by_people(extract(PROGRAMME, script, "2027-04-16"))
    assert [k for k in people if "Asha Persad" in k] == [("Asha Persad", "Dennis Cornwall")]


def test_an_agenda_items_place_is_not_part_of_a_name() -> None:
    script = {
        "Bilateral talks": [
            meeting(
                ["Prime Minister Ramdeen", "Prime Minister Mitchell, Mount Wheldale, St George's"],
                status="planned",
            )
        ]
    }
    people = by_people(extract(PROGRAMME, script, "2027-04-16"))
    assert ("Mitchell", "Ramdeen") in people
