"""Round 53 (after its recording at b3eeac8): a regional newsletter's item.

"Samoa's Prime Minister, A, hosted Te Beretitenti of Kiribati, B, in Apia last Thursday":
an office the article only writes before a country and its holder's name ("Te Beretitenti
of Kiribati, B") is B, not a person called "Te Beretitenti".

Unit tests with scripted drafts (hand-built stand-ins for a model's answer, see
`tests/support/scripted.py`), on an item written for them.
"""

from __future__ import annotations

import datetime as dt

from tests.support.scripted import by_people, extract, meeting

ITEM = (
    "PACIFIC WEEK - 7 June 2027\n\n"
    "Samoa's Prime Minister, Leota Matagi Sapolu, hosted Te Beretitenti of Kiribati, Taneti "
    "Maamau, at the Government Building in Apia last Thursday. The two leaders signed an "
    "arrangement on fisheries observers.\n"
)


def test_an_office_before_a_country_and_its_holder_is_the_holder() -> None:
    script = {
        "hosted": [meeting(["Leota Matagi Sapolu", "Te Beretitenti"], date_text="last Thursday")]
    }
    people = by_people(extract(ITEM, script, "2027-06-07"))
    assert list(people) == [("Leota Matagi Sapolu", "Taneti Maamau")]
    assert people[("Leota Matagi Sapolu", "Taneti Maamau")].date == dt.date(2027, 6, 3)
