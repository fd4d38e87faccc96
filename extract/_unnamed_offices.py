"""An office the article writes with a country and no name ("Cabo Verde's prime minister")
gives its one unplaced holder that country."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._countries import normalize_country

_Country = tuple[str, str | None] | None


# An office the article gives a country but no name: "Suriname will host Cabo Verde's prime
# minister next month", then "... Prime Minister Adalberto Fonseca Tavares".
_UNNAMED_OFFICE = re.compile(
    r"(?P<country>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})['’]s[ \t]+"
    r"(?P<office>(?:[Pp]rime[ \t]+[Mm]inister|[Pp]resident|[Ff]oreign[ \t]+[Mm]inister|"
    r"[Cc]hancellor|[Pp]remier|[Kk]ing|[Ee]mir))\b(?![ \t,]+(?:[A-Z]|[a-z]+[ \t]+[A-Z]))"
)


def unnamed_offices_countries(
    text: str, titles: Sequence[str | None], countries: list[_Country]
) -> list[_Country]:
    """The one unplaced holder of an office the article writes with a country and no name
    ("Cabo Verde's prime minister") takes that country."""
    out = list(countries)
    for match in _UNNAMED_OFFICE.finditer(text):
        country = normalize_country(match["country"])
        if country is None or not country[1]:
            continue
        office = " ".join(match["office"].casefold().split())
        holders = [i for i, t in enumerate(titles) if t and t.casefold() == office]
        if len(holders) == 1 and out[holders[0]] is None:
            out[holders[0]] = country
    return out
