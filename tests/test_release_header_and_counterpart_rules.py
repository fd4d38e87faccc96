"""Held-out round 45 (a foreign-ministry press release) leftovers:

- the release's capitals-only header ("PRESS RELEASE // BENIN AND NIGER SIGN ...") is no
  lead; the first paragraph is, and its "wishes to inform the general public that the
  Republic of Benin and the Republic of Niger on Wednesday, 10th June 2026, signed a
  Memorandum ..." gives the talks their day and their signed document;
- "The MoU was signed for the Government of Benin by ..." says who signed, not what;
- "agreed to reactivate the committee ..., and to task it with reviewing ..." is one item;
- "the 5th Session of the Joint Commission shall be held in Niamey" is an intent to meet;
- "Hon. Sossa held a telephone conversation with her Nigerien counterpart" is a call with
  the one Nigerien the release names.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a short release written for them.
"""

from __future__ import annotations

import datetime as dt

from extract._passages import lead_passage
from tests.support.scripted import agreed, by_people, extract, meeting

RELEASE = (
    "REPUBLIC OF BENIN\n"
    "MINISTRY OF FOREIGN AFFAIRS\n\n"
    "PRESS RELEASE\n\n"
    "BENIN AND NIGER SIGN MEMORANDUM ON BORDER TRADE\n\n"
    "The Ministry of Foreign Affairs wishes to inform the general public that the Republic "
    "of Benin and the Republic of Niger on Wednesday, 10th June 2026, signed a Memorandum "
    "of Understanding on Border Trade at the Ministry's headquarters in Cotonou.\n\n"
    "The MoU was signed for the Government of Benin by the Deputy Minister, Hon. Paul "
    "Hounkpe, and for the Republic of Niger by H.E. Moussa Garba Issoufou, Minister of "
    "Foreign Affairs, who is in Benin on a working visit.\n\n"
    "The two sides agreed to reactivate the Joint Border Committee, which has not sat "
    "since 2023, and to task it with reviewing checkpoints on both sides of the border. "
    "They further agreed that the 5th Session of the Joint Commission shall be held in "
    "Niamey before the end of the year.\n\n"
    "Ahead of the talks, Hon. Awa Sossa held a telephone conversation with her Nigerien "
    "counterpart on Tuesday evening to apologise for her absence."
)


def _script() -> dict:
    # As a small model answers: who signed for whom, listed as agreements.
    return {
        "The MoU was signed": [
            meeting(
                ["Paul Hounkpe", "Moussa Garba Issoufou"],
                agreements=[
                    agreed("Signed for the Government of Benin", "signed_document"),
                    agreed("Signed for the Republic of Niger", "signed_document"),
                ],
            )
        ],
        "telephone conversation": [meeting(["Awa Sossa"], kind="call", date_text="Tuesday")],
    }


def test_a_capitals_only_header_is_no_lead() -> None:
    lead = lead_passage(RELEASE)
    assert lead is not None
    assert "wishes to inform the general public" in lead.text


def test_the_talks_take_the_leads_day_and_signed_memorandum() -> None:
    people = by_people(extract(RELEASE, _script(), "2026-06-11"))
    talks = people[("Moussa Garba Issoufou", "Paul Hounkpe")]
    assert talks.date == dt.date(2026, 6, 10)
    kinds = [(a.type.value, a.summary.split()[:3]) for a in talks.agreements]
    assert ("signed_document", ["Signed", "a", "Memorandum"]) in kinds
    assert not any(a.summary.startswith("Signed for") for a in talks.agreements)
    # One item for the committee and its task; the commission's next session is a meeting.
    assert sum("Joint Border Committee" in a.summary for a in talks.agreements) == 1
    assert not any(a.summary.startswith("To task it") for a in talks.agreements)
    session = next(a for a in talks.agreements if "5th Session" in a.summary)
    assert session.type.value == "intent_to_meet"


def test_her_counterpart_of_a_named_country_is_the_one_of_that_country() -> None:
    people = by_people(extract(RELEASE, _script(), "2026-06-11"))
    call = people[("Awa Sossa", "Moussa Garba Issoufou")]
    assert (call.kind.value, call.date) == ("call", dt.date(2026, 6, 9))
