"""One `Official` per person across an article: name variants grouped, the fullest
written name, and the title and country from wherever the article states them
("Foreign Minister Cho", "his Japanese counterpart Iwaya", "X, the permanent secretary").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ._candidates import Candidate
from ._coordinated_countries import coordinated_countries
from ._countries import as_meant_in, find_countries, normalize_country
from ._grounding import evidence, find_all
from ._models import Official
from ._near_titles import HONORIFIC_NEXT, MILITARY_RANK, TITLE_ANY_CASE, fuller_forms
from ._official_countries import (
    counterparts_countries,
    country_in_first_mention,
    home_countries,
    model_country,
    possessive_country,
    sentence_start,
)
from ._people import (
    canonical_name,
    cluster_names,
)
from ._persons import Person
from ._stand_in_countries import principals_countries, stand_ins_countries
from ._unnamed_offices import unnamed_offices_countries

_POSTED_TO = re.compile(r"\bto[ \t]+(?:[Tt]he[ \t]+)?$")  # "ambassador to The Bahamas"
_PORTFOLIO = re.compile(r"[ \t]+Affairs\b")
_COUNTERPART = re.compile(r"\bcounterparts?\b|^(?:his|her|their)\b", re.IGNORECASE)


def officials(text: str, meetings: Sequence[Candidate]) -> dict[str, Official]:
    """One `Official` per person across the article, keyed by every variant name."""
    people = [p for m in meetings for p in (*m.participants, *m.variants)]
    found: list[_Found] = []
    members_of: list[list[Person]] = []
    for group in cluster_names([p.name for p in people]):
        members = [p for p in people if p.name in group]
        # The model's "Minister of ... of Equatorial Guinea" for X, where the article writes
        # it before another's name (", His Excellency Mr. Y"): Y's office, not X's.
        members = [
            replace(p, title=None) if p.title and _others_office(text, p.title, members) else p
            for p in members
        ]
        fuller, near_titles = fuller_forms(text, group)
        name = canonical_name([*group, *fuller])
        title, country = _title_and_country(text, members, near_titles)
        found.append((group, name, title, country))
        members_of.append(members)
    found = [_counterpart(text, found, i) for i in range(len(found))]
    taken = {c[0] for *_, c in found if c}
    stated = [
        country or possessive_country(text, [name, *group]) for group, name, _t, country in found
    ]
    countries = [
        country or country_in_first_mention(text, name, taken) or model_country(text, members)
        for (_group, name, _title, _c), country, members in zip(
            found, stated, members_of, strict=True
        )
    ]
    countries = unnamed_offices_countries(text, [f[2] for f in found], countries)
    countries = principals_countries(text, [f[0] for f in found], stated, countries)
    countries = counterparts_countries(text, meetings, [f[0] for f in found], countries)
    countries = home_countries(text, meetings, [f[0] for f in found], countries)
    countries = stand_ins_countries(text, [f[0] for f in found], countries)
    countries = coordinated_countries(text, [f[0] for f in found], countries)
    countries = [as_meant_in(text, c) for c in countries]
    registry: dict[str, Official] = {}
    for (group, name, title, _), country in zip(found, countries, strict=True):
        spans = sorted({p.span for p in people if p.name in group})
        official = Official(
            name=name,
            aliases=sorted({v for v in group if v != name}),
            title=title,
            country=country[0] if country else None,
            country_code=country[1] if country else None,
            evidence=[evidence(text, s, e) for s, e in spans[:3]],
        )
        for variant in group:
            registry[variant] = official
    return registry


_Found = tuple[list[str], str, str | None, tuple[str, str | None] | None]


def _counterpart(text: str, found: list[_Found], index: int) -> _Found:
    """ "his Japanese counterpart Iwaya": Japan, and the same office as the person he met."""
    group, name, title, country = found[index]
    for variant in group:
        for start, _end in find_all(text, variant)[:4]:
            match = _COUNTERPART_OF.search(text[max(0, start - 60) : start])
            if match is None:
                continue
            if country is None and not match["several"]:
                country = normalize_country(match.group(1))
            if title is None:
                at = start - 60 + match.start()
                title = _office_of_host(text, found, index, at, country)
            return group, name, title, country
    return found[index]


def _office_of_host(
    text: str,
    found: list[_Found],
    index: int,
    at: int,
    country: tuple[str, str | None] | None,
) -> str | None:
    """ "Foreign Minister A met his Japanese counterpart B": B holds the same ministry, and
    a President's or Prime Minister's counterpart the same office, bar a Chancellor's."""
    before = text[sentence_start(text, at) : at]
    nearest: tuple[int, str | None] = (-1, None)
    for i, (group, _name, title, _country) in enumerate(found):
        if i == index or title is None:
            continue
        where = max((before.rfind(v) for v in group), default=-1)
        if where > nearest[0]:
            nearest = (where, title)
    title = nearest[1]
    if title is None or _MINISTRY.fullmatch(title):
        return title
    if _HEAD.fullmatch(title) and not (country and _CHANCELLOR_COUNTRY.fullmatch(country[0])):
        return title
    return None


_MINISTRY = re.compile(  # "Foreign Minister", "Minister of Trade": not "Prime Minister"
    r"(?:[A-Z][\w'’-]*[ \t]+)?(?!Prime\b)[A-Z]\w+[ \t]+Minister|Minister[ \t]+of[ \t]+[\w ,]+"
)


_HEAD = re.compile(r"President|Prime[ \t]+Minister")
# Where the head of government is a Chancellor, not a President or Prime Minister.
_CHANCELLOR_COUNTRY = re.compile(r"Germany|Austria")


_COUNTERPART_OF = re.compile(
    r"\b(?:his|her|their)\s+([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+counterparts?,?\s*"
    r"(?:(?:President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary|Mr\.?|Ms\.?|Mrs\.?|"
    r"Dr\.?|Prof\.?|H\.\s?E\.)\s+){0,2}$"
    # "her Finnish and Swedish counterparts, Elina Halonen and ": the office, not the country.
    r"|\b(?:his|her|their)\s+[A-Z][\w'’-]+(?P<several>\s+and\s+)[A-Z][\w'’-]+\s+counterparts,?\s*"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:and\s+)?$"
)  # "his Japanese counterpart Iwaya", "her Peruvian counterpart, President Luis Vega",
# "his Ivorian counterpart, H.E. Mr. Serge Kouadio N'Guessan", "his South Sudanese counterpart"


def _title_and_country(
    text: str, members: Sequence[Person], near_titles: Sequence[str]
) -> tuple[str | None, tuple[str, str | None] | None]:
    # The title written next to the name outranks the model's, which may come from
    # anywhere in the text ("Prime Minister" for "Philippine President Marcos").
    raw_titles = list(near_titles)
    raw_titles += [p.title for p in members if p.title and find_all(text, p.title)]
    title = next((t for t in (_clean_title(r) for r in raw_titles) if t), None)
    country = None
    # The article's words ("Uruguayan President") outrank the model's country.
    for raw in raw_titles:
        # "High Commissioner to Malta" is posted there, not Maltese.
        # "Minister of Foreign and CARICOM Affairs" holds a portfolio, not a country.
        hits = [
            h
            for h in find_countries(raw)
            if h[0] and not _POSTED_TO.search(raw, 0, h[2]) and not _PORTFOLIO.match(raw, h[3])
        ]
        if hits:
            country = (hits[0][0], hits[0][1])
            break
    if country is None:
        for person in members:
            if (
                person.country_text
                and (found := normalize_country(person.country_text))
                and _written_before(text, person.name, person.country_text)
            ):
                country = found
                break
    return title, country


def _others_office(text: str, title: str, members: Sequence[Person]) -> bool:
    """Is the office written somewhere right before another person's honorific and name?"""
    for _start, end in find_all(text, title):
        after = HONORIFIC_NEXT.match(text, end)
        following = text[after.end() : after.end() + 60] if after else ""
        if following and not any(p.name.split()[-1] in following for p in members):
            return True
    return False


_ONLY_AN_OFFICE = re.compile(r"(?:['’]s?)?(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|the))*[ \t]*")


def _written_before(text: str, name: str, country: str) -> bool:
    """The model's country for a person, where the article writes it just before them
    ("Tajik President Emomali Rahmon"), not with someone else ("Mr Tokayev, Mr Mirziyoyev
    and Tajik President Emomali Rahmon" gives Tokayev no country)."""
    key = country.casefold()
    for start, _end in find_all(text, name)[:6]:
        before = text[max(0, start - 60) : start]
        at = before.casefold().rfind(key)
        # only an office between: not "... for Botswana cargo - a point on which Shikongo"
        if at != -1 and _ONLY_AN_OFFICE.fullmatch(before[at + len(key) :]):
            return True
    return False


def _clean_title(raw: str) -> str | None:
    """Drop a leading country word: "U.S. Secretary of State" → "Secretary of State"."""
    title = re.sub(r"^(?:the|his|her|their)\s+", "", raw.strip(" ,.;"), flags=re.IGNORECASE)
    title = re.sub(rf"(?:\s+{MILITARY_RANK})+$", "", title)  # "... Colonel General": a rank
    # "Defence Minister General X": a bare rank; not "Secretary General", "Attorney General".
    title = re.sub(
        r"\b(Minister|Defen[cs]e|Affairs|Staff|Forces)\s+(?:General|Admiral|Colonel|Marshal)$",
        r"\1",
        title,
    )
    for name, _code, start, end in find_countries(title):
        if start == 0 and name:
            title = re.sub(r"^(?:'s|’s)?\s*", "", title[end:]).strip()
            break
    # "... of the State of" once the country ("Libya") is taken off the end.
    title = re.sub(r"(?:\s+of\s+the\s+(?:State|Republic|Kingdom))?\s+of$", "", title)
    if not title or _COUNTERPART.search(title) or not TITLE_ANY_CASE.search(title):
        return None
    if re.search(r"\s(?:to|with|and|of|for|the|by)$", title):
        return None  # "Prime Minister Narendra Modi to [Sheikh Khaled]": a clause, no office
    return title
