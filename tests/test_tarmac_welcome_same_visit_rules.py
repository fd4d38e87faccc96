"""Round 54 leftover (`g348`, a live blog told newest first).

- "... was met on the tarmac by VP A and the Governor of Oshakati": "Oshakati", written only
  after "of", "in" or "an", is a place, not a person.
- "Presidente Bento" is President Bento: "Presidente" is an office's word, so the welcome
  and the summit of the same two on the same day are one meeting.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a blog written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

BLOG = (
    "LIVE: Zambia–Malawi summit in Chipata\n"
    "The Eastern Courier live desk | Thursday, 19 August 2027\n"
    "Newest updates first.\n\n"
    "16:30\n"
    "It's signed. President Daniel Chikwanje Banda and Vice President Ruth Mwale have put "
    "their names to the Luangwa Bridge Agreement, which clears the way for construction of the "
    "bridge to start next year.\n\n"
    "12:00\n"
    "The plenary is under way in the Chipata civic centre, an Eastern Province landmark.\n\n"
    "09:30\n"
    'Wheels down at Mfuwe. "Presidente Banda" (as the banners put it) was met on the tarmac '
    "by VP Mwale and the Governor of Luangwa before the motorcade left for Chipata. The "
    "reception is in the Luangwa valley.\n"
)


def test_the_welcome_and_the_summit_are_one_meeting_without_the_governors_province() -> None:
    script = {
        "It's signed": [meeting(["Daniel Chikwanje Banda", "Ruth Mwale"], date_text="next year")],
        "tarmac": [
            meeting(["Presidente Banda", "VP Mwale", "Governor of Luangwa"], date_text="09:30")
        ],
    }
    people = by_people(extract(BLOG, script, "2027-08-19"))
    assert list(people) == [("Daniel Chikwanje Banda", "Ruth Mwale")]
    summit = people[("Daniel Chikwanje Banda", "Ruth Mwale")]
    assert (summit.status.value, summit.date) == ("held", dt.date(2027, 8, 19))
