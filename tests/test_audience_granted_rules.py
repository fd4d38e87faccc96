"""Gold leftover (g180, a live blog of talks at the Vatican):

"the audience Pope Leo XIV was due to grant President A and Dr B tomorrow morning has been
called off": a meeting of the one granting the audience and the two it was for, called
off, even when the model returns nothing for it.

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on a blog written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

BLOG = (
    "LIVE: Peace talks at the Vatican\n\n"
    "Thursday 10 February 2028\n\n"
    "18:30\n"
    "Just in: the Holy See Press Office confirms that the audience Pope Leo XIV was due to "
    "grant President Salva Mayen and Dr Riek Gatdet tomorrow morning has been called off. No "
    "new date has been set.\n\n"
    "11:00\n"
    "President Salva Mayen and Dr Riek Gatdet are now sitting across from each other at the "
    "Casina Pio IV for their first direct talks in two years.\n"
)


def test_an_audience_due_to_be_granted_is_called_off() -> None:
    script = {
        "Holy See": [],
        "direct talks": [meeting(["Salva Mayen", "Riek Gatdet"])],
    }
    people = by_people(extract(BLOG, script, "2028-02-10"))
    off = people[("Leo XIV", "Riek Gatdet", "Salva Mayen")]
    assert (off.status.value, off.date) == ("cancelled", dt.date(2028, 2, 11))


RECAP = (
    "LIVE: Peace talks at the Vatican\n\n"
    "Thursday 10 February 2028\n\n"
    "21:00\n"
    "To recap: President Salva Mayen and opposition leader Dr Riek Gatdet held their first "
    "face-to-face talks in two years and signed a declaration. The Holy See says Archbishop "
    "Piotr Nowak will travel to Juba on 3 March to meet both men and check on progress.\n"
)


def test_travel_to_meet_both_men_is_a_plan_with_the_two_told_before() -> None:
    script = {"To recap": [meeting(["Salva Mayen", "Riek Gatdet"])]}
    people = by_people(extract(RECAP, script, "2028-02-10"))
    plan = people[("Piotr Nowak", "Riek Gatdet", "Salva Mayen")]
    assert (plan.status.value, plan.date) == ("planned", dt.date(2028, 3, 3))
