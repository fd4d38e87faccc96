"""One passage's draft meetings → grounded candidates, checked against the text.

Everything the model said is verified here: names must stand in the article,
stand-ins and countries are dropped, dates are resolved by `_dates` (never by the
model), kind/status follow explicit wording, and agreements must come from a
sentence that states a joint decision.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from . import _cues
from ._agreements import AgreementCandidate, agreements_in, with_told_agreements
from ._countries import names_a_country, normalize_country, without_countries
from ._drafts import DraftMeeting, DraftPerson
from ._grounding import find_all, find_first
from ._meeting_days import anchored_words, resolve_date
from ._passages import Span, trusted_sentences
from ._people import same_person, split_title
from ._places import stated_place
from ._stand_ins import is_stand_in
from ._wording import GROUP, delegation_heads, joined_by, objects_of, person_draft

_NOT_A_NAME = re.compile(
    r"^(?:the|a|an|his|her|their|both|two|officials?|delegations?|counterparts?|leaders?|"
    r"ministers?|sides?|government|president|minister|secretary|spokes\w+|envoys?|delegates|"
    r"participants|observers|sources|analysts|diplomats|reporters)\b|"
    # A day or month the model took for a name ("Friday"); "June Park" is a person.
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|"
    r"july|august|september|october|november|december)$",
    re.IGNORECASE,
)

_ORGANIZATION = re.compile(
    r"\b(?:Council|Business|Association|Chamber|Committee|Commission|Ministry|Party|Bank|"
    r"Group|Forum|Institute|University|Agency|Company|Corporation|Federation|Union|Delegation)$"
)


TITLE_WORD = re.compile(
    r"\b(?:Minister|Secretary|President|Director|Advis[eo]r|Ambassador|Chancellor|Premier|"
    r"King|Queen|Prince|Princess|Emir|Sultan|Sheikh|Chair\w*|Envoy|Commissioner|Governor|"
    r"Mayor|Spokes\w+|General|Deputy|Vice|Head|Chief|Leader|Representative|Speaker|Senator|"
    r"Counsel+or|Commander|Pope|Secretary-General|Taoiseach|Chief Executive)\b"
)


@dataclass
class Person:
    name: str  # as written, title stripped
    span: tuple[int, int]
    title: str | None = None
    country_text: str | None = None


@dataclass
class Candidate:
    passage: Span
    sentence: Span
    participants: list[Person]
    kind: str
    status: str
    date: dt.date | None = None
    date_text: str | None = None
    date_span: tuple[int, int] | None = None
    location: str | None = None
    occasion: str | None = None
    topics: list[str] = field(default_factory=list)
    agreements: list[AgreementCandidate] = field(default_factory=list)
    extra_evidence: list[Span] = field(default_factory=list)
    variants: list[Person] = field(default_factory=list)  # other forms, from merged repeats
    anchor_shift: int | None = None  # days from the previous meeting ("the following day")


def ground_person(text: str, passage: Span, draft: DraftPerson) -> Person | None:
    """A participant the text supports, or None (not found, a country, a stand-in)."""
    raw = draft.name.strip().strip(".,;:")
    if GROUP.search(raw) or _ORGANIZATION.search(raw):
        return None  # "Arab states", "the US-ASEAN Business Council": no one person
    title, name = split_title(raw)
    name = name.strip()
    by_office = False
    if not name and draft.title and split_title(draft.title)[1].strip():
        # Small models sometimes swap the two: name="Japanese Prime Minister", title="X Y".
        title, name = draft.name, split_title(draft.title)[1].strip()
        draft = DraftPerson(name=name, title=title, country=draft.country)
    office = re.sub(r"^(?:the|his|her|their)\s+", "", raw, flags=re.IGNORECASE)
    if (not name or _only_office(name)) and office and _only_office(office):
        # Only an office ("the chancellor"): the one person the article gives it to.
        holder = _holder_of(text, office) if find_all(passage.text, office) else None
        if holder is None:
            return None
        name, by_office = holder, True
    if len(name) < 2 or _NOT_A_NAME.match(name) or names_a_country(name):
        return None
    if not (name[0].isupper() or not name[0].isascii()):
        return None
    where = find_first(text, name, within=passage)
    if where is None:
        return None
    in_passage = passage.start <= where[0] < passage.end
    if not (in_passage or by_office or _surname_in(name, passage.text)):
        return None  # named only elsewhere in the article: not this passage's meeting
    if is_stand_in(name, passage.text) or _only_a_place(name, passage.text):
        return None
    if _BUILDING.search(name) or _is_source(raw, draft.title, passage.text, name):
        return None
    if all(_THE_BEFORE.search(text[max(0, s - 4) : s]) for s, _e in find_all(text, name)):
        return None  # "the Akorda said": a residence or an institution, never a person
    if " " not in name and _only_listed_with_places(text, name):
        return None  # "the Maputo and Beira development corridors": a place
    if _only_in_bylines(text, name):
        return None  # "Aliyu Bello | 05.06.2026", "By Liam Hartigan": the reporter
    if by_office:
        # The passage names them by office: that mention is the evidence.
        start, end = find_all(passage.text, office)[0]
        return Person(name=name, span=(passage.start + start, passage.start + end), title=office)
    name = text[where[0] : where[1]]  # as the article writes it (accents, hyphens)
    return Person(name=name, span=where, title=draft.title or title, country_text=draft.country)


# "the President Hồ Chí Minh Mausoleum", "the Nelson Mandela Foundation": named after
# a person, not one.
_BUILDING = re.compile(  # after another word: "Park" alone is a surname
    r"\S[ \t]+(?:Mausoleum|Memorial|Palace|Hall|House|Square|Cemetery|Museum|Academy|Hotel|"
    r"Cent(?:re|er)|Building|Stadium|Airport|Temple|Church|Cathedral|Mosque|Bridge|Park|"
    r"Street|Avenue|Foundation|Library|Tower|Monument|Shrine)$"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_LISTED_AFTER = re.compile(r"([A-Z][\w'’-]+)(?:,|[ \t]+and|[ \t]+or)[ \t]+$")


def _only_listed_with_places(text: str, name: str) -> bool:
    """Is the name only ever listed after a place ("Maputo and Beira", "Lima, Cusco")?"""
    hits = find_all(text, name)
    return bool(hits) and all(
        (m := _LISTED_AFTER.search(text[max(0, s - 40) : s])) and normalize_country(m.group(1))
        for s, _e in hits
    )


# A spokesperson reports the meeting ("presidential spokesperson Kang said"): a source,
# not a side of it.
_SPOKESPERSON = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary)\b", re.I)


def _is_source(raw: str, title: str | None, passage_text: str, name: str) -> bool:
    if _SPOKESPERSON.search(f"{raw} {title or ''}"):
        return True
    return any(
        _SPOKESPERSON.search(passage_text[max(0, start - 40) : start])
        for start, _end in find_all(passage_text, name)
    )


_BYLINE = re.compile(r"^\s*(?:By\s|[^\n|]{1,60}\|\s*[0-9])", re.IGNORECASE)


def _only_in_bylines(text: str, name: str) -> bool:
    lines = [_line_at(text, start) for start, _end in find_all(text, name)]
    return bool(lines) and all(_BYLINE.match(line) for line in lines)


def _line_at(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end != -1 else len(text)]


def _only_a_place(name: str, passage_text: str) -> bool:
    """ "SYDNEY --" (a dateline) or "in Sydney": a place the model took for a person."""
    hits = find_all(passage_text, name)
    return bool(hits) and all(
        (passage_text[s:e].isupper() and len(name) > 2)
        or (
            re.search(r"\b(?:in|at|from|to|near)\s+$", passage_text[max(0, s - 6) : s])
            and not _SENT_FROM.search(passage_text[max(0, s - 30) : s])
        )
        for s, e in hits
    )


# "an invitation from Boluarte", "a letter from Luxon": a person, not a place.
_SENT_FROM = re.compile(r"\b(?:invitation|message|letter|greetings|request|call)\s+from\s+$")


def _only_office(words: str) -> bool:
    """ "Secretary General", "Danish Prime Minister", "NATO Secretary General": title
    words, after any country or organization words in front of them."""
    if not any(TITLE_WORD.fullmatch(t[:1].upper() + t[1:]) for t in words.split()):
        return False  # no office word at all: skip the country scan
    tokens = without_countries(words).split()
    return bool(tokens) and all(TITLE_WORD.fullmatch(t[:1].upper() + t[1:]) for t in tokens)


def _holder_of(text: str, office: str) -> str | None:
    """ "chancellor" → "Friedrich Merz" when the article writes "Chancellor Friedrich Merz"
    and gives that office to no one else."""
    pattern = re.compile(
        rf"\b(?i:{re.escape(office.strip())})[ \t]+"
        r"((?:[A-Z][\w'’-]+)(?:[ \t]+[A-Z][\w'’-]+){0,3})"
    )
    holders = {m.group(1) for m in pattern.finditer(text) if m.group(1)[:1].isupper()}
    full = {h for h in holders if not any(h != o and h in o for o in holders)}
    return next(iter(full)) if len(full) == 1 else None


def _surname_in(name: str, passage_text: str) -> bool:
    return any(
        len(tok) > 2 and tok.isalpha() and find_all(passage_text, tok) for tok in name.split()
    )


def build(
    text: str,
    passage: Span,
    draft: DraftMeeting,
    published: dt.date | None,
) -> Candidate | None:
    """Ground one draft meeting; None when nothing in it can be trusted."""
    people: list[Person] = []
    for draft_person in draft.participants:
        person = ground_person(text, passage, draft_person)
        if person and not any(same_person(person.name, p.name) for p in people):
            people.append(person)
    if not people:
        return None
    parts = trusted_sentences(passage)
    people = [p for p in people if any(_person_in(p, s) for s in parts)]
    if not people:
        return None
    sentence = _reporting_sentence(parts, people)
    if sentence is not None and not _STATES_A_MEETING.search(sentence.text):
        sentence = _told_just_before(parts, sentence)
    if sentence is None:
        return None  # no sentence that names these people says they met
    if len(people) == 2 and (companion := _ACCOMPANIED.search(sentence.text)):
        # "Balakrishnan, who accompanied Mr Wong throughout the trip, held talks with his
        # Philippine counterpart": one side, not a meeting of the two.
        people = [p for p in people if not same_person(p.name, companion["b"])]
    if people:
        # The model may have missed a side the sentence names ("to meet X"; with two
        # sides named already, only the object of their own verb).
        after = None if len(people) == 1 else [p.name.split()[-1] for p in people]
        for other in objects_of(sentence.text, after=after):
            person = ground_person(text, passage, person_draft(other))
            if person and not any(same_person(person.name, p.name) for p in people):
                people.append(person)
    if joiner := joined_by(sentence.text):  # "were joined for the afternoon by X"
        person = ground_person(text, passage, person_draft(joiner))
        if person and not any(same_person(person.name, p.name) for p in people):
            people.append(person)
    status = _cues.status_from(sentence.text, draft.status)
    following = [s for s in parts if s.start >= sentence.end][:1]
    if following and _CALLED_OFF.match(following[0].text):
        status = "cancelled"  # "X had been scheduled to meet Y ... That meeting was called off"
    if status == "planned" and (
        not _cues.states_a_plan(sentence.text) or _HEDGED.search(sentence.text)
    ):
        return None  # "potential opportunities for a summit between Lee and Trump": no plan
    candidate = Candidate(
        passage=passage,
        sentence=sentence,
        participants=people,
        kind=_cues.kind_from(_kind_window(parts, sentence, people), draft.kind),
        status=status,
        location=stated_place(text, passage, sentence, draft.location, planned=status == "planned"),
        occasion=_cues.occasion_in(sentence.text) or _cues.occasion_in(passage.text),
        topics=_cues.topics_in(passage.text),
    )
    # "The day before" / "later that day" in a report count from the previous meeting.
    anchored_words(candidate, text)
    if candidate.anchor_shift is None:
        resolve_date(candidate, text, passage, draft.date_text, published)
    candidate.agreements = agreements_in(parts, with_told_agreements(draft, parts, sentence))
    return candidate


_SEPARATE = re.compile(
    r"\bseparate(?:ly)?[ \t]+(?:\w+[ \t]+)?(?:meetings|talks|calls|conversations|bilaterals)\b|"
    r"\b(?:met|spoke)[ \t]+separately\b",
    re.IGNORECASE,
)


def add_delegation_heads(text: str, passage: Span, earlier: list[Candidate]) -> None:
    """ "The talks were chaired by X. The government team was headed by Y, while the
    rebel delegation was led by Z": the heads join the talks told just before."""
    heads = delegation_heads(passage)
    if not heads or not earlier or earlier[-1].status != "held":
        return
    if len(earlier[-1].participants) != 1:
        return  # the talks have their sides; "China's delegation was led by X" is news of X
    talks = earlier[-1]
    if not 0 <= passage.start - talks.passage.end <= 2:  # the next paragraph only
        return
    for draft in heads:
        person = ground_person(text, passage, draft)
        if person and not any(same_person(person.name, p.name) for p in talks.participants):
            talks.participants.append(person)
            talks.extra_evidence.append(passage)


def split_separate(candidate: Candidate) -> list[Candidate]:
    """ "Albusaidi held separate meetings with Araghchi and Witkoff": one meeting per
    other side, each with the person named first (agreements stay with the first)."""
    people = candidate.participants
    if len(people) < 3 or not _SEPARATE.search(candidate.sentence.text):
        return [candidate]
    host = min(people, key=lambda p: p.span[0])
    return [
        dataclasses.replace(
            candidate,
            participants=[host, other],
            agreements=list(candidate.agreements) if i == 0 else [],
            topics=list(candidate.topics),
            extra_evidence=[],
            variants=[],
        )
        for i, other in enumerate(p for p in people if p is not host)
    ]


def again(text: str, previous: Candidate, sentence: Span, published: dt.date | None) -> Candidate:
    """Another meeting of the same sides, told without their names ("The two leaders
    spoke by telephone on Monday instead"): kind, status, day and place from `sentence`."""
    candidate = Candidate(
        passage=previous.passage,
        sentence=sentence,
        participants=list(previous.participants),
        kind=_cues.kind_from(sentence.text, "in_person"),
        status=_cues.status_from(sentence.text, "held"),
        location=stated_place(text, previous.passage, sentence, None),
    )
    resolve_date(candidate, text, previous.passage, None, published)
    return candidate


_CALLED_OFF = re.compile(
    r"(?:That|The|This)[ \t]+(?:meeting|visit|trip|talks|summit|call)[ \t]+"
    r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:\w+[ \t]+)?" + _cues.CANCELLED.pattern,
    re.IGNORECASE,
)
# A meeting only hoped for or speculated about is not a planned one. Lower case only:
# "May 5" is a day, "may meet" a hedge.
_HEDGED = re.compile(
    r"\b(?:potential|possible|possibility|opportunit(?:y|ies)|could|might|may|hopes?\s+to|"
    r"calls?\s+(?:have\s+grown\s+)?for|urged?)\b"
)


# What a sentence must say for its people to have met (or to be about to).
_STATES_A_MEETING = re.compile(
    f"{_cues.HELD.pattern}|{_cues.PLANNED.pattern}|{_cues.INVITED.pattern}|"
    f"{_cues.CANCELLED.pattern}|"
    r"\b(?:talks|meeting|summit|audience|visit|call[ \t]+on|courtesy[ \t]+call|reconvene)\b",
    re.IGNORECASE,
)
_THE_TWO = re.compile(r"\b(?:the two|both)\b", re.IGNORECASE)
_ACCOMPANIED = re.compile(
    r"\b(?:who[ \t]+(?:has[ \t]+|had[ \t]+)?accompanied|accompanying|"
    r"(?:who[ \t]+travell?ed|travell?ing)[ \t]+with)[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
    r"(?P<b>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
)
# "The parties also agreed to reconvene in Doha on 24 June. X will again chair the round,
# and Y will lead the rebel team": the meeting is told just before its people are named.
_SIDES_SUBJECT = re.compile(
    r"^(?:The[ \t]+(?:two[ \t]+)?(?:parties|sides|delegations|leaders|ministers)|"
    r"Both[ \t]+sides|They)\b"
)


def _told_just_before(parts: list[Span], sentence: Span) -> Span | None:
    before = [s for s in parts if s.end <= sentence.start]
    if (
        before
        and _SIDES_SUBJECT.match(before[-1].text)
        and _STATES_A_MEETING.search(before[-1].text)
    ):
        return before[-1]
    return None


def _kind_window(parts: list[Span], sentence: Span, people: list[Person]) -> str:
    """The reporting sentence plus a neighbour that is about the same encounter
    ("...spoke by telephone with Tinubu", "...during a telephone call between the two")."""
    texts = [sentence.text]
    index = next((i for i, s in enumerate(parts) if s == sentence), None)
    if index is not None:
        for near in (index - 1, index + 1):
            if 0 <= near < len(parts):
                other = parts[near]
                if _THE_TWO.search(other.text) or any(_person_in(p, other) for p in people):
                    texts.append(other.text)
    return " ".join(texts)


def _reporting_sentence(parts: list[Span], people: list[Person]) -> Span | None:
    """The first sentence naming the most participants, preferring one with a meeting cue."""
    best: tuple[int, int, int] | None = None
    chosen = None
    for index, sent in enumerate(parts):
        named = sum(1 for p in people if _person_in(p, sent))
        if not named:
            continue
        cue = 1 if _cues.HELD.search(sent.text) or _cues.PLANNED.search(sent.text) else 0
        key = (named, cue, -index)
        if best is None or key > best:
            best, chosen = key, sent
    return chosen


def _person_in(person: Person, sent: Span) -> bool:
    return sent.start <= person.span[0] < sent.end or _surname_in(person.name, sent.text)
