"""Held-out round 46 (a weekly digest) leftovers, and one they exposed:

- "Đức did find time for Bangkok. On Wednesday he held a video call with X": "he" is the
  one the sentence before opens with (with accented capitals);
- "Mr Chanin was supposed to be in Vientiane on Thursday for talks with Y. ... both sides
  put the visit off to 9 July": a plan, on its new day;
- "The pair spoke by phone on Thursday instead": the sides just named, by telephone;
- "5:12 pm on 3 June 2026", a publication line under the byline, dates no meeting;
- (round 47) "officials prepared the ground on Tuesday, and the session followed on
  Wednesday, co-chaired by A, and B": Wednesday.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on short articles written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

DIGEST = (
    "MEKONG WEEK - your Sunday briefing\n"
    "Issue 90 | Sunday, 28 June 2026\n\n"
    "1. CAMBODIA-VIETNAM\n\n"
    "Cambodian Foreign Minister Sok Vanna and Vietnamese Deputy Prime Minister Trần Văn Đức "
    "met in Siem Reap on Tuesday.\n\n"
    "2. THAILAND-VIETNAM\n\n"
    "Đức did find time for Bangkok. On Wednesday he held a video call with Thai Foreign "
    "Minister Chanin Sukprasert on rice prices.\n\n"
    "3. THAILAND-LAOS\n\n"
    "Mr Chanin was supposed to be in Vientiane on Thursday for talks with his Lao "
    "counterpart, Khamphao Sisavath. With the river above warning level, both sides put the "
    "visit off to 9 July. The pair spoke by phone on Thursday instead."
)


def test_a_digests_pronoun_pair_and_postponed_visit() -> None:
    script = {
        "met in Siem Reap": [meeting(["Sok Vanna", "Trần Văn Đức"], date_text="on Tuesday")],
        "Đức did find time": [meeting(["Chanin Sukprasert"], kind="virtual")],
        "supposed to be": [
            meeting(["Mr Chanin", "Khamphao Sisavath"], status="planned", date_text="9 July")
        ],
    }
    people = by_people(extract(DIGEST, script, "2026-06-28"))
    video = people[("Chanin Sukprasert", "Trần Văn Đức")]
    assert (video.kind.value, video.date) == ("virtual", dt.date(2026, 6, 24))
    laos = [m for m in extract(DIGEST, script, "2026-06-28").meetings if "Khamphao" in str(m)]
    assert sorted((m.status.value, m.kind.value, str(m.date)) for m in laos) == [
        ("held", "call", "2026-06-25"),
        ("planned", "in_person", "2026-07-09"),
    ]


BYLINE = (
    "Peters and Brown agree to consult after Rarotonga talks\n\n"
    "Tevita Lolo, Pacific Journalist\n\n"
    "5:12 pm on 3 June 2026\n\n"
    "Foreign Minister Winston Peters and Prime Minister Mark Brown have agreed to consult "
    "before new security deals, after talks in Avarua.\n\n"
    "The pair met for three hours in Avarua on Tuesday afternoon."
)


def test_a_publication_line_dates_no_meeting() -> None:
    drafted = meeting(["Winston Peters", "Mark Brown"], date_text="5:12 pm on 3 June 2026")
    result = extract(BYLINE, {"have agreed": [drafted]}, "2026-06-03")
    assert [(m.date, m.location) for m in result.meetings] == [(dt.date(2026, 6, 2), "Avarua")]


ROUNDUP = (
    "INDIAN OCEAN WEEK\n"
    "Our regional roundup | Port Louis, Saturday 11 July 2026\n\n"
    "MAURITIUS-SEYCHELLES: JOINT COMMISSION BACK\n\n"
    "The Joint Commission finally met again this week, for the first time since 2020. "
    "Senior officials prepared the ground in Victoria on Tuesday, and the ministerial session "
    "followed on Wednesday, co-chaired by Mauritius's Minister of Foreign Affairs, Ravi "
    "Ramdin, and Seychelles' Minister of Foreign Affairs, Marie Labiche.\n\n"
    "The following day, the Mauritian minister was received at State House by President "
    "Daniel Esparon."
)


def test_a_clause_that_goes_on_naming_people_takes_the_day_it_continues() -> None:
    # Held-out round 47: the session's day is Wednesday, not the officials' Tuesday, and
    # "the following day" counts from it.
    script = {
        "ministerial session": [
            meeting(["Ravi Ramdin", "Marie Labiche"], date_text="Tuesday", location="Victoria")
        ],
        "The following day": [meeting(["Ravi Ramdin", "Daniel Esparon"])],
    }
    people = by_people(extract(ROUNDUP, script, "2026-07-11"))
    assert people[("Marie Labiche", "Ravi Ramdin")].date == dt.date(2026, 7, 8)
    assert people[("Daniel Esparon", "Ravi Ramdin")].date == dt.date(2026, 7, 9)
