"""Cross-article consolidation: one record per meeting, one registry entry per official.

Matching rules
--------------
People. Within an article, officials whose names match (`same_person`, no
conflicting countries) are one person. Across articles, full names that are
equal up to spelling join; a shorter form ("Rubio") joins a full name only when
exactly one registry person can own it and the countries do not conflict.

Meetings. Two meeting records from different articles are the same meeting when
  * they are of the same kind (in person / call / virtual);
  * they share at least 2 participants (same registry person, or `same_person`
    names with no conflicting countries), and every participant of the smaller
    record is among the larger one's;
  * their dates do not conflict: both known and different means different
    meetings, unless one record is `planned` and the other `held` (a plan that
    took place on another day).
Two records from the same article are never merged: the article pipeline already
decided they are different.

Merged meeting: participants unified (fullest name, every alias, most reported
title and country), `sources` and evidence from every article, the agreed date
(a held date over a planned one, then the most reported non-null date), status
held > cancelled > planned, agreements deduplicated by summary similarity.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from ._models import Agreement, ArticleExtraction, Evidence, Meeting, MeetingStatus, Official
from ._people import canonical_name, same_person, split_title
from ._registry import (
    RegistryEntry,
    article_people,
    countries_conflict,
    most_common,
    registry_clusters,
    registry_entry,
    text_key,
)

_MAX_TOPICS = 5
_SIMILAR_WORDS = 0.8
_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the to of and on in for with both two sides side they their them that this as "
        "at by be will would further also its it is was were agreed agree agreeing decided "
        "pledged vowed promised reaffirmed need",
    )
)


class Corpus(BaseModel):
    """Meetings and officials consolidated over many articles."""

    model_config = ConfigDict(extra="forbid")

    meetings: list[Meeting] = Field(default_factory=list)
    officials: list[RegistryEntry] = Field(default_factory=list)


def consolidate(extractions: Sequence[ArticleExtraction]) -> Corpus:
    """Merge per-article extractions into one corpus (rules in the module docstring)."""
    people, person_of = article_people(extractions)
    registry_of = registry_clusters(people)
    officials = [registry_entry([people[i] for i in members]) for members in registry_of]
    registry_index = {i: n for n, members in enumerate(registry_of) for i in members}
    person_registry = {key: registry_index[i] for key, i in person_of.items()}

    clusters: list[list[_Report]] = []
    index = _MeetingIndex()
    for extraction in extractions:
        for meeting in extraction.meetings:
            report = _Report(extraction.article_id, meeting, person_registry)
            nearby = index.candidates(report)
            home = next((n for n in nearby if _same_meeting(report, clusters[n])), None)
            if home is None:
                home = len(clusters)
                clusters.append([])
            clusters[home].append(report)
            index.add(report, home)
    meetings = [_merged_meeting(cluster, officials) for cluster in clusters]
    return Corpus(meetings=meetings, officials=officials)


# --- meetings ------------------------------------------------------------------------


@dataclass
class _Report:
    """One article's record of a meeting, with its participants' registry ids."""

    article: str
    meeting: Meeting
    person_registry: dict[tuple[str, str], int]

    def registry_id(self, official: Official) -> int | None:
        return self.person_registry.get((self.article, official.name))

    def person_tokens(self, *, looking_up: bool) -> list[set[str]]:
        """Per participant, tokens that any possibly-same participant shares with it.

        The same registry person shares "#id", an equal name "n:letters"; a one-word
        name ("Kim") shares "w:kim" with every full name containing that word, found
        from either side.
        """
        tokens = []
        for official in self.meeting.participants:
            name = split_title(official.name)[1]
            words = set(_fold(name).split())
            single = len(name.split()) == 1
            # Equal names spell the same letters: "n:" finds them even when the
            # registry split them (conflicting countries elsewhere).
            letters = "".join(sorted(_fold(name).replace(" ", "")))
            mine = {f"#{self.registry_id(official)}", f"n:{letters}"}
            if looking_up:
                mine |= {f"w:{w}" for w in words} if single else set()
                mine |= {f"s:{w}" for w in words}
            else:
                mine |= {f"w:{w}" for w in words}
                mine |= {f"s:{w}" for w in words} if single else set()
            tokens.append(mine)
        return tokens


@dataclass
class _MeetingIndex:
    """Finds the clusters a report could join without comparing against every cluster.

    A same meeting shares at least two participants, so clusters are indexed by
    pairs of participant tokens (see `_Report.person_tokens`).
    """

    by_pair: dict[tuple[str, str], set[int]] = field(default_factory=dict)

    def candidates(self, report: _Report) -> list[int]:
        found: set[int] = set()
        for pair in _pairs(report.person_tokens(looking_up=True)):
            found |= self.by_pair.get(pair, set())
        return sorted(found)

    def add(self, report: _Report, cluster: int) -> None:
        for pair in _pairs(report.person_tokens(looking_up=False)):
            self.by_pair.setdefault(pair, set()).add(cluster)


def _pairs(tokens: list[set[str]]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for first, second in itertools.combinations(tokens, 2):
        pairs.update((min(a, b), max(a, b)) for a in first for b in second)
    return pairs


def _same_meeting(report: _Report, cluster: list[_Report]) -> bool:
    for other in cluster:
        if other.article == report.article or other.meeting.kind != report.meeting.kind:
            return False
        if _dates_conflict(report.meeting, other.meeting):
            return False
    return any(_same_participants(report, other) for other in cluster)


def _dates_conflict(a: Meeting, b: Meeting) -> bool:
    if a.date is None or b.date is None or a.date == b.date:
        return False
    rescheduled = {a.status, b.status} == {MeetingStatus.PLANNED, MeetingStatus.HELD}
    return not rescheduled


def _same_participants(a: _Report, b: _Report) -> bool:
    pairs = _participant_pairs(a, b)
    smaller = min(len(a.meeting.participants), len(b.meeting.participants))
    return len(pairs) >= 2 and len(pairs) == smaller


def _participant_pairs(a: _Report, b: _Report) -> list[tuple[int, int]]:
    """One-to-one pairs (index in a, index in b) of participants that are the same person."""
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    for i, left in enumerate(a.meeting.participants):
        for j, right in enumerate(b.meeting.participants):
            if j not in taken and _same_official(a, left, b, right):
                pairs.append((i, j))
                taken.add(j)
                break
    return pairs


def _same_official(a: _Report, left: Official, b: _Report, right: Official) -> bool:
    left_id, right_id = a.registry_id(left), b.registry_id(right)
    if left_id is not None and left_id == right_id:
        return True
    if countries_conflict(left.country, right.country):
        return False
    # Names only: a bare alias ("Kim") on both sides would tie any two Kims together.
    return same_person(left.name, right.name)


def _merged_meeting(cluster: list[_Report], registry: list[RegistryEntry]) -> Meeting:
    first = cluster[0]
    meetings = [r.meeting for r in cluster]
    statuses = {m.status for m in meetings}
    status = (
        MeetingStatus.HELD
        if MeetingStatus.HELD in statuses
        else MeetingStatus.CANCELLED
        if MeetingStatus.CANCELLED in statuses
        else MeetingStatus.PLANNED
    )
    dated = [m for m in meetings if m.date is not None and m.status == status] or [
        m for m in meetings if m.date is not None
    ]
    date = most_common(m.date for m in dated)
    date_text = next((m.date_text for m in dated if m.date == date and m.date_text), None)
    return Meeting(
        participants=_merged_participants(cluster, registry),
        date=date,
        date_text=date_text or next((m.date_text for m in meetings if m.date_text), None),
        location=most_common(m.location for m in meetings),
        occasion=most_common(m.occasion for m in meetings),
        kind=first.meeting.kind,
        status=status,
        topics=_unique_text(t for m in meetings for t in m.topics)[:_MAX_TOPICS],
        agreements=_merged_agreements(a for m in meetings for a in m.agreements),
        evidence=_unique_evidence(e for m in meetings for e in m.evidence),
        sources=list(dict.fromkeys(s for r in cluster for s in (r.article, *r.meeting.sources))),
    ).with_id()


def _merged_participants(cluster: list[_Report], registry: list[RegistryEntry]) -> list[Official]:
    people: list[list[tuple[_Report, Official]]] = []
    for report in cluster:
        for official in report.meeting.participants:
            homes = [p for p in people if any(_same_official(r, o, report, official) for r, o in p)]
            if len(homes) > 1:  # "Kim" beside two Kims: only the same registry person will do
                found = report.registry_id(official)
                homes = [p for p in homes if any(r.registry_id(o) == found for r, o in p)]
            if len(homes) == 1:
                homes[0].append((report, official))
            else:
                people.append([(report, official)])
    merged: list[Official] = []
    for person in people:
        records = [o for _, o in person]
        ids = [r.registry_id(o) for r, o in person]
        names = [registry[i].name for i in ids if i is not None] + [o.name for o in records]
        name = canonical_name(names)
        forms = [f for o in records for f in (o.name, *o.aliases)]
        country = most_common(o.country for o in records)
        merged.append(
            Official(
                name=name,
                aliases=[f for f in dict.fromkeys(forms) if f != name],
                title=most_common(o.title for o in records),
                country=country,
                country_code=most_common(o.country_code for o in records if o.country == country),
                evidence=_unique_evidence(e for o in records for e in o.evidence),
            )
        )
    return merged


def _merged_agreements(agreements: Iterable[Agreement]) -> list[Agreement]:
    kept: list[Agreement] = []
    for agreement in agreements:
        twin = next((k for k in kept if _similar(k.summary, agreement.summary)), None)
        if twin is None:
            kept.append(agreement.model_copy(deep=True))
            continue
        for party in agreement.parties:
            if not any(
                same_person(party, p) or text_key(party) == text_key(p) for p in twin.parties
            ):
                twin.parties.append(party)
        twin.evidence = _unique_evidence([*twin.evidence, *agreement.evidence])
    return kept


def _similar(a: str, b: str) -> bool:
    """Summaries say the same thing: the same numbers, and the content words of the
    shorter one (at least 3) nearly all in the longer one. "An MoU on energy" and "an
    MoU on defense" differ; "agreed to hold a summit soon" and "agreed to hold a summit
    as soon as possible" agree."""
    wa, wb = _content_words(a), _content_words(b)
    if {w for w in wa if w.isdigit()} != {w for w in wb if w.isdigit()}:
        return False
    smaller = min(len(wa), len(wb))
    if smaller < 3:
        return wa == wb
    return len(wa & wb) / smaller >= _SIMILAR_WORDS


def _content_words(text: str) -> set[str]:
    words = (w for w in text_key(text).split() if w not in _STOPWORDS)
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}


# --- small helpers -------------------------------------------------------------------


def _unique_text(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(text_key(value), value)
    return list(seen.values())


def _unique_evidence(spans: Iterable[Evidence]) -> list[Evidence]:
    return list(dict.fromkeys(spans))


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^\w\s]", " ", kept)
