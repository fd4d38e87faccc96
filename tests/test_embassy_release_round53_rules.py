"""Round 53 (after its recording at b3eeac8): an embassy's press release.

- The lead's "undertook a one-day working visit to Lomé yesterday" gives its day to the
  talks told after it.
- "On arrival, the Minister was received ... by the Minister in charge of that portfolio,
  Prof. X": the bare "the Minister" of a release about one minister's visit is the one
  the release names most, when that is clear.
- "The Deputy Minister held a separate working session with Togo's Minister of Security
  ..., Colonel Y": the Deputy Minister named in the sentence before, and Y.
- "agreed that the Ghana–Togo Permanent Joint Commission for Cooperation, which has not met
  since 2019, would convene in Accra on Monday, 14 June 2027": a plan of the two ministers.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a release written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

RELEASE = (
    "EMBASSY OF THE REPUBLIC OF SIERRA LEONE\n"
    "MONROVIA, LIBERIA\n\n"
    "PRESS RELEASE\n"
    "Friday, 23 April 2027\n\n"
    "The Embassy wishes to inform the public that the Minister of Foreign Affairs and "
    "International Cooperation undertook a one-day working visit to Monrovia yesterday at "
    "the invitation of her Liberian counterpart.\n\n"
    "On arrival, the Minister was received at the Ministry of Foreign Affairs by the Minister "
    "in charge of that portfolio, Hon. Sara Beysolow Nyanti. The two Ministers held a "
    "tête-à-tête, followed by expanded talks.\n\n"
    "In her opening remarks, Hon. Fatima Kamara recalled the ties of history between the two "
    "peoples. At the end of the talks, the two Ministers signed a Memorandum of "
    "Understanding. They further agreed that the Sierra Leone–Liberia Permanent Joint "
    "Commission for Cooperation, which has not met since 2019, would convene in Freetown on "
    "Monday, 14 June 2027, under their joint chairmanship.\n\n"
    "The Minister of Internal Affairs, who was scheduled to join the delegation, was "
    "represented by the Deputy Minister of Internal "
    "Affairs, Hon. Musa Conteh. The Deputy Minister held a separate working session with "
    "Liberia's Minister of Justice, Colonel Oswald Tweh, at which the two sides agreed to "
    "launch coordinated border patrols starting on 1 July 2027.\n\n"
    "Later in the afternoon, Hon. Kamara was received in audience by the Vice President of "
    "the Republic of Liberia, Mr. Jeremiah Koung, to whom she delivered a special message.\n\n"
    "Hon. Kamara returned to Freetown in the evening.\n"
)


def _script() -> dict:
    # As a small model answers: offices for the visitor and for the stand-in.
    return {
        "undertook": [],
        "On arrival": [meeting(["Minister", "Hon. Sara Beysolow Nyanti"], date_text="on arrival")],
        "opening remarks": [meeting(["Minister", "Minister"], status="planned")],
        "separate working session": [
            meeting(
                [
                    {"name": "Minister of Internal Affairs"},
                    # the name put in the title, as the model answered the release
                    {"name": "Deputy Minister of Internal Affairs", "title": "Hon. Musa Conteh"},
                ],
                status="planned",
                date_text="1 July 2027",
            )
        ],
        "in audience": [meeting(["Hon. Kamara", "Vice President of the Republic of Liberia"])],
    }


def test_the_bare_minister_of_a_visit_release_and_the_leads_day() -> None:
    found = extract(RELEASE, _script(), "2027-04-23")
    talks = {
        (m.status.value, m.date)
        for m in found.meetings
        if {p.name for p in m.participants} == {"Fatima Kamara", "Sara Beysolow Nyanti"}
    }
    assert talks == {("held", dt.date(2027, 4, 22)), ("planned", dt.date(2027, 6, 14))}


def test_the_deputy_minister_named_before_held_a_session() -> None:
    people = by_people(extract(RELEASE, _script(), "2027-04-23"))
    session = people[("Musa Conteh", "Oswald Tweh")]
    assert (session.status.value, session.date) == ("held", dt.date(2027, 4, 22))
