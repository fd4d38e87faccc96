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
from ._countries import is_organization, names_a_country, without_countries
from ._drafts import DraftAgreement, DraftMeeting, DraftPerson
from ._grounding import best_sentence, find_all, find_first, overlap
from ._meeting_days import OTHER_EVENT, anchored_words, resolve_date
from ._passages import Span, sentences
from ._people import same_person, split_title
from ._stand_ins import is_stand_in
from ._wording import GROUP, joint_agreement_in, joint_agreements, objects_of

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
class AgreementCandidate:
    summary: str
    type: str
    sentence: Span


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
    if by_office:
        # The passage names them by office: that mention is the evidence.
        start, end = find_all(passage.text, office)[0]
        return Person(name=name, span=(passage.start + start, passage.start + end), title=office)
    name = text[where[0] : where[1]]  # as the article writes it (accents, hyphens)
    return Person(name=name, span=where, title=draft.title or title, country_text=draft.country)


# "the President Hồ Chí Minh Mausoleum", "the Nelson Mandela Foundation": named after
# a person, not one.
_BUILDING = re.compile(
    r"\b(?:Mausoleum|Memorial|Palace|Hall|House|Square|Cemetery|Museum|Academy|Hotel|"
    r"Cent(?:re|er)|Building|Stadium|Airport|Temple|Church|Cathedral|Mosque|Bridge|Park|"
    r"Street|Avenue|Foundation|Library|Tower|Monument|Shrine)$"
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


def _only_a_place(name: str, passage_text: str) -> bool:
    """ "SYDNEY --" (a dateline) or "in Sydney": a place the model took for a person."""
    hits = find_all(passage_text, name)
    return bool(hits) and all(
        (passage_text[s:e].isupper() and len(name) > 2)
        or re.search(r"\b(?:in|at|from|to|near)\s+$", passage_text[max(0, s - 6) : s])
        for s, e in hits
    )


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
    if sentence is None or not _STATES_A_MEETING.search(sentence.text):
        return None  # no sentence that names these people says they met
    if people:
        # The model may have missed a side the sentence names ("to meet X"; with two
        # sides named already, only the object of their own verb).
        after = None if len(people) == 1 else [p.name.split()[-1] for p in people]
        for other in objects_of(sentence.text, after=after):
            person = ground_person(text, passage, DraftPerson(name=other))
            if person and not any(same_person(person.name, p.name) for p in people):
                people.append(person)
    status = _cues.status_from(sentence.text, draft.status)
    following = [s for s in parts if s.start >= sentence.end][:1]
    if following and _CALLED_OFF.match(following[0].text):
        status = "cancelled"  # "X had been scheduled to meet Y ... That meeting was called off"
    if status == "planned" and (
        not _cues.PLANNED.search(sentence.text) or _HEDGED.search(sentence.text)
    ):
        return None  # "potential opportunities for a summit between Lee and Trump": no plan
    candidate = Candidate(
        passage=passage,
        sentence=sentence,
        participants=people,
        kind=_cues.kind_from(_kind_window(parts, sentence, people), draft.kind),
        status=status,
        location=_meeting_place(text, passage, sentence, draft.location),
        occasion=_cues.occasion_in(sentence.text) or _cues.occasion_in(passage.text),
        topics=_cues.topics_in(passage.text),
    )
    # "The day before" / "later that day" in a report count from the previous meeting.
    anchored_words(candidate, text)
    if candidate.anchor_shift is None:
        resolve_date(candidate, text, passage, draft.date_text, published)
    candidate.agreements = _agreements(parts, _with_told_agreements(draft, parts, sentence))
    return candidate


_NEW_MEETING = re.compile(r"\b(?:met|meet|received|hosted|welcomed|spoke|held|visited)\b")


def _with_told_agreements(draft: DraftMeeting, parts: list[Span], sentence: Span) -> DraftMeeting:
    """The draft plus what "They (also) agreed to ..." / "X and Y agreed to ..." clauses
    in the reporting sentence and after it add, up to the next meeting told: a small
    model often lists one item per passage."""
    extra: list[DraftAgreement] = []
    for part in parts:
        if part.start < sentence.start:
            continue
        told = joint_agreement_in(part.text)
        if told is None and part.start > sentence.start and _NEW_MEETING.search(part.text):
            break
        if told is not None and all(overlap(told.what, a.what) <= 0.6 for a in draft.agreements):
            extra.append(told)
    if not extra:
        return draft
    return draft.model_copy(update={"agreements": [*draft.agreements, *extra]})


_SEPARATE = re.compile(
    r"\bseparate(?:ly)?[ \t]+(?:\w+[ \t]+)?(?:meetings|talks|calls|conversations|bilaterals)\b|"
    r"\b(?:met|spoke)[ \t]+separately\b",
    re.IGNORECASE,
)


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
        location=_meeting_place(text, previous.passage, sentence, None),
    )
    resolve_date(candidate, text, previous.passage, None, published)
    return candidate


# A meeting only hoped for or speculated about is not a planned one.
_CALLED_OFF = re.compile(
    r"(?:That|The|This)[ \t]+(?:meeting|visit|trip|talks|summit|call)[ \t]+"
    r"(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:\w+[ \t]+)?" + _cues.CANCELLED.pattern,
    re.IGNORECASE,
)
# Lower case only: "May 5" is a day, "may meet" a hedge.
_HEDGED = re.compile(
    r"\b(?:potential|possible|possibility|opportunit(?:y|ies)|could|might|may|hopes?\s+to|"
    r"calls?\s+(?:have\s+grown\s+)?for|urged?)\b"
)


# What a sentence must say for its people to have met (or to be about to).
_STATES_A_MEETING = re.compile(
    f"{_cues.HELD.pattern}|{_cues.PLANNED.pattern}|{_cues.CANCELLED.pattern}|"
    r"\b(?:talks|meeting|summit|audience|visit)\b",
    re.IGNORECASE,
)
_THE_TWO = re.compile(r"\b(?:the two|both)\b", re.IGNORECASE)


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


def _grounded_phrase(
    text: str, passage: Span, phrase: str | None, *, place: bool = False
) -> str | None:
    if not phrase:
        return None
    # "in the Hague" → "the Hague", but "The Hague" keeps its capitalized article.
    cleaned = re.sub(r"^(?:[Ii]n|[Aa]t|[Oo]n|[Dd]uring|the)\s+", "", phrase.strip(" .,;"))
    if not cleaned:
        return None
    if place:
        return _place_in(text, passage, cleaned)
    where = find_first(text, cleaned, within=passage)
    return text[where[0] : where[1]] if where else None


_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|inside|near|visited|visiting|visit|arrived in)\s+(?:the\s+)?|"
    r"\b(?:city|town|capital|port|province|island|resort) of\s+)$",
    re.IGNORECASE,
)


_EVENT_WORD = re.compile(r"\b(?:summit|meeting|talks|conference|forum|session|sidelines)\b", re.I)


def _meeting_place(text: str, passage: Span, sentence: Span, phrase: str | None) -> str | None:
    """The model's place where the reporting sentence names it, else where the passage
    does, unless the sentence names a place of its own ("in Doha" beats a "Washington"
    the model took from the next sentence)."""
    in_sentence = _grounded_phrase(text, sentence, phrase, place=True)
    if in_sentence:
        return in_sentence
    for match in _IN_PLACE.finditer(sentence.text):
        if _is_place(match.group(1)) and not OTHER_EVENT.search(
            sentence.text[max(0, match.start() - 60) : match.start() + 1]
        ):
            return match.group(1)  # the sentence's own place
    return _grounded_phrase(text, passage, phrase, place=True) if phrase else None


_IN_PLACE = re.compile(
    r"\b(?:in|(?:travel|travels|fly|flies|go|goes)[ \t]+to)[ \t]+"
    r"((?:[A-Z][\w'’-]+)(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)


def _is_place(found: str) -> bool:
    """A city or country, not an event ("G20 summit"), an organization ("G20", "NATO"),
    a body of water ("the South China Sea") or a phrase ("German side's request")."""
    words = found.split()
    if not any(w[:1].isupper() for w in words) or _EVENT_WORD.search(found):
        return False
    if _NOT_A_PLACE.search(found) or any(w[:1].islower() and w not in _PLACE_GLUE for w in words):
        return False
    return not is_organization(found)


_NOT_A_PLACE = re.compile(r"['’]s?\b|\b(?:Sea|Ocean|Strait|Straits|Gulf|Channel)$")
_PLACE_GLUE = frozenset("of the de del da do dos das di la le les el al am an der den".split())
# "agreed to expand patrols in the South China Sea", "agreed to hold the next meeting in
# Canberra": the place of what was agreed, not of the meeting.
_AGREED_TO = re.compile(
    r"\b(?:agreed|agree|agreeing|pledged|committed|decided|vowed|promised)\b[^.;]*$", re.I
)


def _sentence_head(passage_text: str, start: int) -> str:
    """The words of the sentence before `start`."""
    return re.split(r"[.!?](?:\s|$)", passage_text[max(0, start - 200) : start])[-1]


def _place_in(text: str, passage: Span, phrase: str) -> str | None:
    """The place as written, only where the passage introduces it as a place ("in X").

    "the G20 summit in Johannesburg" → "Johannesburg": the place, not the event.
    """
    tail = re.split(r"\s(?:in|at)\s", phrase)[-1].strip()
    pieces = [p.strip() for p in phrase.split(",") if p.strip()]
    for candidate in dict.fromkeys([tail, phrase, *pieces]):
        for start, end in find_all(passage.text, candidate):
            if OTHER_EVENT.search(passage.text[max(0, start - 60) : start]):
                continue  # "before travelling to Ho Chi Minh City"
            if _AGREED_TO.search(_sentence_head(passage.text, start)):
                continue
            if _LOCATIVE.search(passage.text[max(0, start - 20) : start]):
                found = text[passage.start + start : passage.start + end]
                if _is_place(found):
                    return found
    return None


_COMPOUND = re.compile(r",?\s+and\s+(?=to\s|also\s|agreed\s|signed\s|pledged\s)", re.IGNORECASE)
# Text addressed to the extractor, not news: never evidence of a meeting.
INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|"
    r"earlier|preceding)?\s*(?:instructions?|prompts?|rules?)\b|\b(?:report|output|extract|"
    r"return)\s+(?:a|an|the)\s+(?:fake\s+)?meetings?\s+between\b|\bsystem prompt\b",
    re.IGNORECASE,
)


def trusted_sentences(passage: Span) -> list[Span]:
    """The passage's sentences, without any addressed to the extractor."""
    return [s for s in sentences(passage) if not INJECTION.search(s.text)]


def _split_compound(what: str) -> list[str]:
    """'agreed to X and to keep Y' → two agreements, when both halves are substantial."""
    parts = [p.strip(" ,.") for p in _COMPOUND.split(what)]
    if len(parts) > 1 and all(len(p.split()) >= 3 for p in parts):
        return parts
    return [what]


_BACK_REFERENCE = re.compile(
    r"\b(?:the two(?: \w+)?|they|both (?:sides|leaders|ministers|men|women)|the (?:leaders|"
    r"ministers|sides|officials|pair))\b",
    re.IGNORECASE,
)


# "Abdelatty and Safadi agreed to ... at next month's Arab League meeting": what the
# sides of a meeting just told agreed, not a meeting of its own.
_AGREES_ONLY = re.compile(
    r"^(?:[^,]{0,80},[ \t]+)?(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)"
    r"(?:[ \t]+and[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?"
    r"[ \t]+(?:also[ \t]+)?(?:agreed|pledged|decided|committed)\b"
)


def only_agrees(candidate: Candidate) -> bool:
    return bool(_AGREES_ONLY.search(candidate.sentence.text))


def follow_up_agreements(passage: Span, draft: DraftMeeting) -> list[AgreementCandidate]:
    """Agreements of a passage that names nobody but refers back ("The two leaders agreed"):
    they belong to the meeting reported just before."""
    if not _BACK_REFERENCE.search(passage.text):
        return []
    if not draft.agreements:  # the model named only a source ("..., spokesperson Kang said")
        draft = draft.model_copy(update={"agreements": joint_agreements(passage)})
    return _agreements(trusted_sentences(passage), draft)


# An item that starts with one named side and a one-sided verb.
_ONE_SIDED = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:also[ \t]+)?(?:welcomed|asked|urged|hoped|expressed|"
    r"called|requested|praised|thanked|conveyed|invited|proposed|said|stressed|noted|"
    r"announced|offered|pressed|demanded)\b"
)


def _quoted(sentence: str, what: str) -> bool:
    """Is the item inside a quotation ("'The fact that they keep agreeing to meet again
    is the news,' said a researcher")? A comment on the talks, not their outcome."""
    at = sentence.find(what.strip()[:25])
    before = sentence[: max(0, at)]
    return at >= 0 and (before.count('"') % 2 == 1 or before.count("“") > before.count("”"))


def _agreements(parts: list[Span], draft: DraftMeeting) -> list[AgreementCandidate]:
    out: list[AgreementCandidate] = []
    items = [
        DraftAgreement(what=piece, type=item.type)
        for item in draft.agreements
        for piece in _split_compound(item.what)
    ]
    for item in items:
        sentence = best_sentence(parts, item.what, minimum=0.34)
        if sentence is None or not _cues.is_joint(sentence.text):
            continue  # not traceable to a sentence stating a joint decision
        if _ONE_SIDED.match(item.what.strip()) or _quoted(sentence.text, item.what):
            continue  # "President Lee welcomed the plan": one side's act; or someone's words
        if any(overlap(a.summary, item.what) > 0.7 for a in out):
            continue
        summary = item.what.strip().rstrip(".")
        summary = summary[:1].upper() + summary[1:]
        kind = _cues.agreement_type_from(sentence.text, item.what, item.type)
        out.append(AgreementCandidate(summary=summary, type=kind, sentence=sentence))
    return out
