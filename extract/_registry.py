"""The registry of officials across a corpus: one entry per person, with every alias
and each title seen, with the dates of the articles that reported it.

People are matched as `_consolidate`'s docstring states.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from ._models import ArticleExtraction, Official
from ._people import canonical_name, cluster_indices

T = TypeVar("T")


class TitleSeen(BaseModel):
    """One office an official was reported holding, and when."""

    model_config = ConfigDict(extra="forbid")

    title: str
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    articles: list[str] = Field(default_factory=list)


class RegistryEntry(BaseModel):
    """One official across the corpus."""

    model_config = ConfigDict(extra="forbid")

    name: str
    aliases: list[str] = Field(default_factory=list)
    titles: list[TitleSeen] = Field(default_factory=list)
    country: str | None = None
    country_code: str | None = None
    articles: list[str] = Field(default_factory=list)


@dataclass
class Person:
    """One official as one article reports them (possibly several `Official` records)."""

    article: str
    published: dt.date | None
    records: list[Official] = field(default_factory=list)
    name: str = ""
    country: str | None = None


def article_people(
    extractions: Sequence[ArticleExtraction],
) -> tuple[list[Person], dict[tuple[str, str], int]]:
    """People per article, and (article id, official name) → index into that list."""
    people: list[Person] = []
    person_of: dict[tuple[str, str], int] = {}
    for extraction in extractions:
        records = list(extraction.officials)
        records += [p for m in extraction.meetings for p in m.participants]
        groups = cluster_indices([r.name for r in records], country_veto(records))
        for members in groups:
            mine = [records[i] for i in members]
            person = Person(
                extraction.article_id,
                extraction.published,
                mine,
                canonical_name([r.name for r in mine]),
                most_common(r.country for r in mine),
            )
            for record in mine:
                person_of.setdefault((extraction.article_id, record.name), len(people))
            people.append(person)
    return people, person_of


def country_veto(records: Sequence[Official | Person]) -> Callable[[int, int], bool]:
    def compatible(i: int, j: int) -> bool:
        return not countries_conflict(records[i].country, records[j].country)

    return compatible


def registry_clusters(people: list[Person]) -> list[list[int]]:
    return cluster_indices([p.name for p in people], country_veto(people))


def registry_entry(persons: list[Person]) -> RegistryEntry:
    records = [r for p in persons for r in p.records]
    name = canonical_name([p.name for p in persons])
    forms = [form for r in records for form in (r.name, *r.aliases)]
    titles: dict[str, TitleSeen] = {}
    for person in persons:
        for record in person.records:
            if not record.title:
                continue
            seen = titles.setdefault(text_key(record.title), TitleSeen(title=record.title))
            if person.article not in seen.articles:
                seen.articles.append(person.article)
            if person.published is not None:
                seen.first_seen = min(filter(None, (seen.first_seen, person.published)))
                seen.last_seen = max(filter(None, (seen.last_seen, person.published)))
    country = most_common(r.country for r in records)
    code = most_common(r.country_code for r in records if r.country == country)
    return RegistryEntry(
        name=name,
        aliases=[f for f in dict.fromkeys(forms) if f != name],
        titles=list(titles.values()),
        country=country,
        country_code=code,
        articles=list(dict.fromkeys(p.article for p in persons)),
    )


def countries_conflict(a: str | None, b: str | None) -> bool:
    return bool(a and b and text_key(a) != text_key(b))


@lru_cache(maxsize=65536)
def text_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def most_common(values: Iterable[T | None]) -> T | None:
    """The most frequent non-null value; ties go to the first seen."""
    counts = Counter(v for v in values if v is not None)
    return max(counts, key=lambda v: counts[v]) if counts else None  # stable: first max
