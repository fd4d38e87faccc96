"""Round 49 and 51 leftovers (a timeline and a release, after those rounds were scored):

- "Y stays behind in Honiara to co-chair the Joint Ministerial Commission with Z. The
  commerce minister, who is at a trade fair, is represented by his permanent secretary,
  V": a meeting of Y and Z, joined by V; V is not at the meeting told before them.
- "The Minister of ..., Mr. A, being abroad on official mission, was represented at the
  talks by the Secretary-General of his ministry, Mr. B": B joins the talks; "abroad"
  in lower case is no word of a name, so "... and Nationals Abroad" stays an office.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on articles written for them.
"""

from __future__ import annotations

from tests.support.scripted import by_people, extract, meeting

TIMELINE = (
    "VANUATU-FIJI WEEK: DAY BY DAY\n\n"
    "Fiji's Prime Minister Josefa Bainimarama hosts Vanuatu's Prime Minister Charlot "
    "Natapei and Foreign Minister Ralph Kalsakau in Suva this week.\n\n"
    "WEDNESDAY\n"
    "Natapei flies to Luganville for talks with Sanma Province President Jimmy Tari on "
    "copra prices. Kalsakau stays behind in Port Vila to co-chair the Joint Trade Commission "
    "with Bainimarama. Fiji's trade minister, Sefo Vula, who is attending a fair in Auckland, "
    "is represented by his permanent secretary, Litia Rokovunisei.\n"
)


def test_a_stand_in_joins_the_co_chaired_commission_only() -> None:
    script = {"copra": [meeting(["Natapei", "Sanma Province President Jimmy Tari"])]}
    people = by_people(extract(TIMELINE, script, "2027-03-12"))
    assert set(people) == {
        ("Josefa Bainimarama", "Litia Rokovunisei", "Ralph Kalsakau"),
        ("Charlot Natapei", "Jimmy Tari"),
    }


RELEASE = (
    "Windhoek, 3 March 2027\n\n"
    "The Minister of International Relations and Cooperation held talks today in Windhoek "
    "with the Minister of Foreign Affairs and Nationals Abroad of the Republic of Angola.\n\n"
    "Mr. Peya Shikongo and his counterpart, Mr. Tete Manuel, were joined by the Angolan "
    "Minister of Transport, Mr. Ricardo Neto. The Namibian Minister of Works, Mr. Elias "
    "Haufiku, being abroad on official mission, was represented at the talks by the "
    "Permanent Secretary of his ministry, Mr. Johannes Nghipangelwa.\n"
)


def test_represented_at_the_talks_by_an_office_of_his_ministry() -> None:
    script = {
        "held talks today": [
            meeting(
                [
                    "Minister of International Relations and Cooperation",
                    "Minister of Foreign Affairs and Nationals Abroad",
                ],
                date_text="today",
            )
        ],
        "were joined by": [meeting(["Mr. Peya Shikongo", "Mr. Tete Manuel", "Mr. Ricardo Neto"])],
    }
    people = by_people(extract(RELEASE, script, "2027-03-03"))
    assert list(people) == [
        ("Johannes Nghipangelwa", "Peya Shikongo", "Ricardo Neto", "Tete Manuel")
    ]
