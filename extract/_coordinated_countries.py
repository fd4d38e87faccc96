"""The country of an official written as the second of a pair on one side: "Indonesian
Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin", "Foreign Minister Penny
Wong and Deputy Prime Minister and Defence Minister Richard Marles held talks with ...".

A reporter names a second office holder's country only when it differs from the first's;
"X and Defence Minister Y" with no country of its own is X's side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._countries import find_countries
from ._grounding import find_all
from ._near_titles import TITLE_ANY_CASE

Country = tuple[str, str | None]

# "... and Deputy Prime Minister and Defence Minister ": the second holder's offices, in
# capitals, right before the name.
_AND_OFFICE = re.compile(
    r"[ \t]+and[ \t]+(?P<office>(?:(?:[A-Z][\w'’-]*|of|for|the|and)[ \t]+){1,8})$"
)


def coordinated_countries(
    text: str, groups: Sequence[Sequence[str]], countries: Sequence[Country | None]
) -> list[Country | None]:
    """`countries`, with each missing one taken from the official named just before in
    an "A and <office> B" pair."""
    out = list(countries)
    for i in range(len(groups)):
        if out[i] is not None:
            continue
        out[i] = _pairs_country(text, i, groups, countries)
    return out


def _pairs_country(
    text: str, index: int, groups: Sequence[Sequence[str]], countries: Sequence[Country | None]
) -> Country | None:
    for variant in sorted(groups[index], key=len, reverse=True):
        for start, _end in find_all(text, variant)[:6]:
            window = text[max(0, start - 120) : start]
            pair = _AND_OFFICE.search(window)
            if pair is None or not TITLE_ANY_CASE.search(pair["office"]):
                continue
            if find_countries(pair["office"]):
                continue  # "and Indonesian Defence Minister ...": a country of its own
            before = window[: pair.start()]
            if _TWO_SIDES.search(before):
                continue  # "talks between President A and Deputy President B"
            for j, other in enumerate(groups):
                first = next((v for v in other if before.endswith(v)), None)
                if j == index or countries[j] is None or first is None:
                    continue
                if before[: -len(first)].rstrip().endswith(pair["office"].strip()):
                    break  # "President Mahumane and President Nyirenda": two counterparts
                return countries[j]
    return None


# The pair's two names are the two sides: "a call between A and B", "co-chaired by A and B".
_TWO_SIDES = re.compile(r"\b(?:between|co-chaired[ \t]+by|co-hosted[ \t]+by)\b[^.;]*$")
