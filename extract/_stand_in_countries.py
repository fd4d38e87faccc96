"""Countries through a stand-in: "X, who represented Prime Minister Y" (Y serves X's
country) and "X, who attended on behalf of President Y" (X serves Y's)."""

from __future__ import annotations

import re

from ._countries import find_countries
from ._grounding import find_all
from ._official_countries import sentence_start

_Country = tuple[str, str | None] | None

# "Joost Brinkman, who represented Prime Minister Annemarie van der Hoeven": the
# principal serves the stand-in's country.
_REPRESENTED = re.compile(
    r"\b(?:represented|stood[ \t]+in[ \t]+for|standing[ \t]+in[ \t]+for|on[ \t]+behalf[ \t]+of)"
    r"[ \t]+(?:(?:instead[ \t]+)?by[ \t]+)?(?:(?:the|his|her|their)[ \t]+)?"
    r"(?:[A-Z][\w.-]*[ \t]+){0,5}$"
)
_REPRESENTED_BY = re.compile(r"\brepresented[ \t]+by\b")


# "Vice President X, who attended on behalf of President Y": the stand-in serves Y's country.
_ON_BEHALF_AFTER = re.compile(
    r",?[ \t]+(?:who[ \t]+)?(?:attended|was[ \t]+there|stood[ \t]+in|came)?[ \t]*"
    r"(?:on[ \t]+behalf[ \t]+of|in[ \t]+place[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"(?P<principal>[^,.;]{3,80})"
)


def stand_ins_countries(
    text: str, groups: list[list[str]], countries: list[_Country]
) -> list[_Country]:
    """A person with no country who attended on behalf of someone with one serves theirs."""
    out = list(countries)
    if "behalf" not in text and "in place of" not in text:
        return out
    for i, group in enumerate(groups):
        if out[i] is not None:
            continue
        for variant in group:
            for _start, end in find_all(text, variant)[:3]:
                said = _ON_BEHALF_AFTER.match(text, end, end + 160)
                if said is None:
                    continue
                principal = said["principal"]
                owner = next(
                    (j for j, other in enumerate(groups)
                     if j != i and countries[j] and any(v in principal for v in other)),
                    None,
                )  # fmt: skip
                if owner is not None:
                    out[i] = countries[owner]
                    break
                named = {(n, c) for n, c, *_ in find_countries(principal) if c}
                if len(named) == 1:  # "on behalf of President Y of Tanzania"
                    out[i] = next(iter(named))
                    break
            if out[i] is not None:
                break
    return out


def principals_countries(
    text: str, groups: list[list[str]], stated: list[_Country], countries: list[_Country]
) -> list[_Country]:
    """A person the article only names as represented by someone ("X, who represented
    Prime Minister Y", "Italy was represented by Y") serves X's country, unless the article
    states their own."""
    out = list(countries)
    if not any(w in text for w in ("represented", "stood in", "standing in", "behalf")):
        return out
    for i, group in enumerate(groups):
        if stated[i] is not None:
            continue
        for variant in group:
            for start, _end in find_all(text, variant)[:3]:
                verb = _REPRESENTED.search(text, max(0, start - 60), start)
                if verb is None:
                    continue
                before = text[max(0, verb.start() - 120) : verb.start()]
                if _REPRESENTED_BY.search(text, verb.start(), start):
                    # "Angola's President X skipped the summit ... and was represented by
                    # Vice-President Y": the one country the sentence names before.
                    head = before[sentence_start(before, len(before)) :]
                    named = {(n, c) for n, c, *_ in find_countries(head) if c}
                    if len(named) == 1:
                        out[i] = next(iter(named))
                        break
                    continue
                near = [
                    (before.rfind(v), j)
                    for j, other in enumerate(groups)
                    if j != i and countries[j] is not None
                    for v in other
                    if v in before
                ]
                if near:
                    out[i] = countries[max(near)[1]]
                    break
            else:
                continue
            break
    return out
