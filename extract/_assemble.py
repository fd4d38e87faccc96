"""Grounded candidates of one article → merged `Meeting`s and one `Official` per person.

Passages repeat a meeting ("met Rubio" in the caption, the lead and the body);
candidates with the same participants, status and compatible dates become one
record. Name variants become one official with aliases; titles and countries
are taken from wherever the article states them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from ._candidates import TITLE_WORD, Candidate, Person
from ._countries import find_countries, normalize_country
from ._dates import period_of
from ._grounding import evidence, find_all, overlap, span_evidence
from ._models import Agreement, AgreementType, Meeting, MeetingKind, MeetingStatus, Official
from ._official_countries import (
    country_in_first_mention,
    home_countries,
    model_country,
    possessive_country,
)
from ._passages import Span
from ._people import (
    canonical_name,
    cluster_names,
    is_title_word,
    same_person,
    split_title,
    word_key,
)

_BEFORE_NAME = re.compile(
    r"((?:(?:[A-Z][\w.'’-]*|of|for|and|the|to|de|bin|ibn|van|von|da|dos|del|special|envoy|"
    r"intelligence|security|chief|"
    r"deputy|vice|foreign|trade|defen[cs]e|finance|national|adviser|advisor|leader|opposition|"
    r"spokes(?:man|woman|person)|ambassador|minister|secretary)[ \t]+){1,9})$"
)
# A title as the article writes it, in any case ("U.S. special envoy").
_TITLE_ANY_CASE = re.compile(TITLE_WORD.pattern, re.IGNORECASE)
# "X, the coalition's permanent secretary": not "X, while the other side was led by ...".
_AFTER_NAME = re.compile(
    r"^,\s*(?!\s|(?:while|whereas|but|and|who|which|as|when)\b)(?:the\s+)?"
    r"([^,.;()\n]{3,90}?)\s*(?:[,.;)]|\swho\b|\swhile\b)"
)
_COUNTERPART = re.compile(r"\bcounterparts?\b|^(?:his|her|their)\b", re.IGNORECASE)


def add_missing_subjects(candidates: list[Candidate], text: str) -> None:
    """A one-person candidate ("He also met X") gets the article's main actor.

    The main actor is the person in the most candidates (ties: the one named first);
    they are added when they appear in at least two, so a lone mention never becomes a
    participant, or when the sentence's own "he"/"she" stands for them and they are the
    first person the meetings name ("he was received by ..." after "Sugiono held talks").
    """
    counts: Counter[str] = Counter()
    names: dict[str, Person] = {}
    for cand in candidates:
        for person in cand.participants:
            key = next((k for k in names if same_person(k, person.name)), person.name)
            names.setdefault(key, person)
            counts[key] += 1
    if not counts:
        return
    first = min(names, key=lambda k: _first_mention(text, names[k]))
    main = max(counts, key=lambda k: (counts[k], k == first))
    for cand in candidates:
        if any(same_person(main, p.name) for p in cand.participants):
            continue
        if len(cand.participants) > 1:
            # "On Tuesday, he joined a video conference with X and Y": he is a side too.
            if (counts[main] > 1 or main == first) and _PRONOUN_SUBJECT.match(cand.sentence.text):
                cand.participants.insert(0, names[main])
            continue
        if counts[main] < 2 and not (main == first and _pronoun_meets(cand)):
            continue
        if _is_subject(cand.participants[0], cand.sentence) and not _OTHER_SIDE.search(
            cand.passage.text
        ):
            continue  # "Sybiha travels to Bucharest for a meeting ...": their own plans
        cand.participants.insert(0, names[main])


def join_the_sides_told_before(candidates: list[Candidate]) -> None:
    """ "This morning, the two Presidents were joined by X": X and the sides of the
    meeting told before."""
    held = [c for c in candidates if c.status == "held" and len(c.participants) > 1]
    for cand in candidates:
        if not (joined := _SIDES_JOINED.match(cand.sentence.text)):
            continue
        # "the two Presidents": the last meeting of presidents, not the ministers' session.
        office = joined["who"].casefold().removesuffix("s")
        before = [
            c
            for c in held
            if c.sentence.start < cand.sentence.start
            and (office in ("leader", "side") or office in c.sentence.text.casefold())
        ]
        if before:
            for person in before[-1].participants:
                if not any(same_person(person.name, p.name) for p in cand.participants):
                    cand.participants.insert(0, person)


_SIDES_JOINED = re.compile(
    r"^(?:[^,]{0,40},[ \t]+)?(?:[Tt]he[ \t]+two|[Bb]oth)[ \t]+(?P<who>\w+)[ \t]+"
    r"(?:were|was)[ \t]+joined\b"
)


def _first_mention(text: str, person: Person) -> int:
    found = find_all(text, person.name)
    return min(found[0][0], person.span[0]) if found else person.span[0]


_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_PRONOUN_SUBJECT = re.compile(
    r"^(?:[^,]{0,40},[ \t]+)?(?:He|She|he|she)[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
    r"(?:met|joined|held|hosted|received|welcomed|spoke|sat|paid|had|talked)\b"
)


def _pronoun_meets(cand: Candidate) -> bool:
    """ "he was received by X": a "he"/"she" before the one named person, who is the
    object, not the subject ("Carney has said he would like to visit")."""
    person, sentence = cand.participants[0], cand.sentence
    pronoun = _PRONOUN.search(sentence.text)
    return (
        pronoun is not None
        and sentence.start + pronoun.start() < person.span[0]
        and not _is_subject(person, sentence)
    )


# The passage refers to a side it does not name: "he sat down with his Canadian
# counterpart", "the two agreed", "received the visiting minister".
_OTHER_SIDE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]he two|[Bb]oth|[Tt]he visiting)\b")


def _is_subject(person: Person, sentence: Span) -> bool:
    """Is the person named first in the sentence (before its verb), not its object?"""
    offset = person.span[0] - sentence.start
    head = sentence.text[: max(0, offset)]
    head = re.sub(r"^[^,]{0,40},\s*", "", head)  # "On Wednesday, X met ..."
    # A lower-case word before the name ("the envoy met X", "talks with X") makes it an
    # object; capitalized title words ("National Security Adviser X") do not.
    return 0 <= offset < len(sentence.text) and not re.search(r"(?<![\w'’-])[a-z]{3,}", head)


def merge(candidates: Sequence[Candidate], published: dt.date | None = None) -> list[Candidate]:
    """Fold candidates that report the same meeting into the first of them."""
    merged: list[Candidate] = []
    for cand in candidates:
        if len(cand.participants) < 2:
            # "Lee ... they agreed to ...": the one named person's meeting just reported
            # takes the agreements; the lone person is not a meeting by themselves.
            if merged and cand.agreements and _shares_person(cand, merged[-1]):
                absorb_agreements(merged[-1], cand)
            continue
        twin = next((m for m in merged if _same_meeting(m, cand, published)), None)
        if twin is None:
            merged.append(cand)
        else:
            _absorb(twin, cand)
    return merged


def _same_meeting(a: Candidate, b: Candidate, published: dt.date | None = None) -> bool:
    shared = sum(
        1 for p in a.participants if any(same_person(p.name, q.name) for q in b.participants)
    )
    if shared < min(2, len(a.participants), len(b.participants)):
        return False
    if a.status != b.status:
        return False
    if (a.anchor_shift is not None or b.anchor_shift is not None) and a.sentence != b.sentence:
        return False  # "Later that day, Rubio joined Cho and Motegi": another meeting
    if a.date and b.date:
        return a.date == b.date
    # "held summit talks last month" is not the call of "Monday".
    return not any(_outside(x.date, _period(y, published)) for x, y in ((a, b), (b, a)))


def _period(cand: Candidate, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The period a held meeting's "last month" or a plan's "next week" names. A held
    meeting's "next month" is what was agreed ("agreed to meet again next month")."""
    text = (cand.date_text or "").casefold()
    if ("next" in text and cand.status == "held") or ("last" in text and cand.status != "held"):
        return None
    return period_of(cand.date_text, published)


def _outside(day: dt.date | None, period: tuple[dt.date, dt.date] | None) -> bool:
    return day is not None and period is not None and not period[0] <= day <= period[1]


def _shares_person(a: Candidate, b: Candidate) -> bool:
    return any(same_person(p.name, q.name) for p in a.participants for q in b.participants)


def absorb_agreements(into: Candidate, other: Candidate) -> None:
    """Add the agreements of `other` that `into` does not already hold."""
    for item in other.agreements:
        if not any(overlap(a.summary, item.summary) > 0.6 for a in into.agreements):
            into.agreements.append(item)


def _absorb(into: Candidate, other: Candidate) -> None:
    for person in other.participants:
        if any(same_person(person.name, p.name) for p in into.participants):
            into.variants.append(person)
        else:
            into.participants.append(person)
    into.variants.extend(other.variants)
    for attr in ("date", "date_text", "date_span", "location", "occasion"):
        if getattr(into, attr) is None and getattr(other, attr) is not None:
            setattr(into, attr, getattr(other, attr))
    if into.kind == "in_person" and other.kind != "in_person":
        into.kind = other.kind
    into.extra_evidence.append(other.sentence)
    absorb_agreements(into, other)
    into.topics.extend(t for t in other.topics if t not in into.topics)


def officials(text: str, meetings: Sequence[Candidate]) -> dict[str, Official]:
    """One `Official` per person across the article, keyed by every variant name."""
    people = [p for m in meetings for p in (*m.participants, *m.variants)]
    found: list[_Found] = []
    members_of: list[list[Person]] = []
    for group in cluster_names([p.name for p in people]):
        members = [p for p in people if p.name in group]
        fuller, near_titles = _fuller_forms(text, group)
        name = canonical_name([*group, *fuller])
        title, country = _title_and_country(text, members, near_titles)
        found.append((group, name, title, country))
        members_of.append(members)
    found = [_counterpart(text, found, i) for i in range(len(found))]
    taken = {c[0] for *_, c in found if c}
    countries = [
        country
        or possessive_country(text, [name, *group])
        or country_in_first_mention(text, name, taken)
        or model_country(text, members)
        for (group, name, _title, country), members in zip(found, members_of, strict=True)
    ]
    countries = home_countries(text, meetings, [f[0] for f in found], countries)
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
            if country is None:
                country = normalize_country(match.group(1))
            # The office is not copied: a counterpart's title differs by country.
            return group, name, title, country
    return found[index]


_COUNTERPART_OF = re.compile(
    r"\b(?:his|her|their)\s+([A-Z][\w'’-]+)\s+counterparts?,?\s*"
    r"(?:(?:President|Prime\s+Minister|Premier|Chancellor|Minister|Secretary)\s+)?$"
)  # "his Japanese counterpart Iwaya", "her Peruvian counterpart, President Luis Vega"


# Capitalized words that start sentences or clauses, never given names.
_NOT_GIVEN = frozenset(
    "when after before but and the on in at as later then meanwhile also while with "
    "during since for from by of to separately earlier however yesterday today".split()
)


_OFFICE_COMMA = re.compile(
    r"(?:\b[Tt]he|['’]s)[ \t]+((?:Minister|Secretary|Director|Chairman|Chair|Head|President|"
    r"Ambassador|Envoy|Commissioner)(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the)){0,8}),[ \t]*$"
)
# A family name first, its given name hyphenated after it ("Kim Do-hyun", "Ahn Gyu-back").
_GIVEN_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+-[a-z]+)\b")


def _fuller_forms(text: str, group: Sequence[str]) -> tuple[list[str], list[str]]:
    """Longer written forms of a name ("Anthony Albanese" for "Albanese") and the
    titles written right before or after it."""
    fuller: list[str] = []
    titles: list[str] = []
    for variant in group:
        for start, end in find_all(text, variant)[:6]:
            before = _BEFORE_NAME.search(text[max(0, start - 90) : start])
            office = _OFFICE_COMMA.search(text[max(0, start - 90) : start])
            if office and not before:  # "the Minister of International Relations, Lamola"
                titles.append(office.group(1))
            if before:
                title, name = split_title(_own_prefix(before.group(1)) + text[start:end])
                extra = name.split()[: max(0, len(name.split()) - len(variant.split()))]
                if extra and all(_given_name_like(tok, text) for tok in extra):
                    fuller.append(name)
                if title and _TITLE_ANY_CASE.search(title):
                    titles.append(title)
                given = _GIVEN_AFTER.match(text, end)  # "Defense Minister Kim Do-hyun"
                if title and given and len(variant.split()) == 1:
                    fuller.append(f"{name} {given.group(1)}")
            after = _AFTER_NAME.match(text[end : end + 120])
            if (
                after
                and _TITLE_ANY_CASE.search(after.group(1))
                and not split_title(after.group(1))[1]  # "X, Mr Y and Tajik President Z"
            ):
                titles.append(after.group(1).strip())
    return fuller, titles


def _own_prefix(prefix: str) -> str:
    """ "Argentine President Javier Milei and Uruguayan President " → "Uruguayan President ":
    the words before an "and" end in another person's name. Nor does a title reach back
    past the end of a sentence ("... Mark Rutte. U.S. President ")."""
    prefix = re.split(r"(?<=[a-z]{2}\.)\s+", prefix)[-1]
    # "money for President ": the office starts after the lower-case link words.
    prefix = re.sub(r"^(?:(?:of|for|and|the|to|de)\s+)+", "", prefix)
    # The last "and" after a name: not the one inside "Mines and Energy Minister".
    for match in reversed(list(re.finditer(r" and ", prefix))):
        if _ends_in_name(prefix[: match.start()].split()):
            return prefix[match.end() :]
    return prefix


def _ends_in_name(words: list[str]) -> bool:
    """ "... Takehiro Funakoshi", "Mr Mirziyoyev", "Motegi"; not "... Colombian Mines"."""
    if not words or not _is_name_token(words[-1]):
        return False
    if len(words) == 1:
        return True
    before = words[-2]
    return word_key(before) in ("mr", "mrs", "ms", "dr") or (
        _is_name_token(before) or is_title_word(before)
    )


def _is_name_token(word: str) -> bool:
    return (
        word[:1].isupper()
        and not TITLE_WORD.fullmatch(word)
        and not is_title_word(word)
        and normalize_country(word) is None
    )


_NAME_PARTICLES = frozenset("bin ibn van von da dos del".split())


def _given_name_like(token: str, text: str) -> bool:
    if token.endswith(".") and not re.fullmatch(r"[A-Z]\.", token):
        return False  # a sentence end, not an initial
    word = token.strip(".,")
    if word in _NAME_PARTICLES:
        return True  # "Mohammed bin Abdulaziz Al-Khulaifi"
    if not word[:1].isupper() or word.lower() in _NOT_GIVEN or TITLE_WORD.fullmatch(word):
        return False
    # Proper names rarely appear in lower case elsewhere in the article.
    return not re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text)


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
        hits = [h for h in find_countries(raw) if h[0]]
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


def _written_before(text: str, name: str, country: str) -> bool:
    """The model's country for a person, where the article writes it just before them
    ("Tajik President Emomali Rahmon"), not with someone else ("Mr Tokayev, Mr Mirziyoyev
    and Tajik President Emomali Rahmon" gives Tokayev no country)."""
    key = country.casefold()
    for start, _end in find_all(text, name)[:6]:
        before = text[max(0, start - 60) : start]
        at = before.casefold().rfind(key)
        if at != -1 and not re.search(r"\band\b|[,;.]", before[at:]):
            return True
    return False


def _clean_title(raw: str) -> str | None:
    """Drop a leading country word: "U.S. Secretary of State" → "Secretary of State"."""
    title = re.sub(r"^(?:the|his|her|their)\s+", "", raw.strip(" ,.;"), flags=re.IGNORECASE)
    for name, _code, start, end in find_countries(title):
        if start == 0 and name:
            title = re.sub(r"^(?:'s|’s)?\s*", "", title[end:]).strip()
            break
    if not title or _COUNTERPART.search(title) or not _TITLE_ANY_CASE.search(title):
        return None
    return title


def to_meeting(
    text: str, cand: Candidate, registry: dict[str, Official], article_id: str
) -> Meeting:
    participants: list[Official] = []
    for person in cand.participants:
        official = registry[person.name]
        if official not in participants:
            participants.append(official)
    spans = _unique_spans([cand.sentence, *cand.extra_evidence])
    agreements = [
        Agreement(
            summary=item.summary,
            type=AgreementType(item.type),
            parties=[p.name for p in participants],
            evidence=[span_evidence(text, item.sentence)],
        )
        for item in cand.agreements
    ]
    meeting = Meeting(
        participants=participants,
        date=cand.date,
        date_text=cand.date_text,
        # A call or video link has no one place (gold and users alike leave it empty).
        location=cand.location if cand.kind == "in_person" else None,
        occasion=cand.occasion,
        kind=MeetingKind(cand.kind),
        status=MeetingStatus(cand.status),
        topics=cand.topics[:5],
        agreements=agreements,
        evidence=[span_evidence(text, s) for s in spans],
        sources=[article_id],
    )
    return meeting.with_id()


def _unique_spans(spans: Sequence[Span]) -> list[Span]:
    seen: dict[tuple[int, int], Span] = {}
    for span in spans:
        seen.setdefault((span.start, span.end), span)
    return sorted(seen.values(), key=lambda s: s.start)
