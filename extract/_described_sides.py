"""The other side of a one-person meeting, told by description rather than name: "the
Liberian minister", "with her Togolese counterpart", "the delegation headed by X", or "his
Swazi counterpart, Y" written elsewhere in the article (see `_missing_sides`)."""

from __future__ import annotations

import re

from ._candidates import Candidate
from ._countries import find_countries, normalize_country
from ._cues import CANCELLED, HELD
from ._grounding import find_all
from ._people import same_person
from ._persons import Person, surname_in


def described_side(cand: Candidate, names: dict[str, Person], text: str) -> Person | None:
    """ "the Liberian minister had earlier paid a courtesy call on Vice-President X": the
    one other person of that country the meetings name, if the article ties just one to it
    (the model's country, or the demonym written just before a mention)."""
    (person,) = cand.participants
    said = _DESCRIBED.search(cand.sentence.text)
    if said is None or cand.sentence.start + said.start() > person.span[0]:
        # "Mensah held a telephone conversation with her Togolese counterpart on Tuesday":
        # held, with one of that country already met (not "will travel to Berlin for talks
        # with his German counterpart", whose office the article never names).
        told = cand.sentence.text
        held = HELD.search(told) is not None and CANCELLED.search(told) is None
        said = _with_their_counterpart(told) if held else None
        if said is None or cand.sentence.start + said.start() < person.span[1]:
            return None
    country = normalize_country(said["demonym"])
    if country is None or country[1] is None:
        return None

    def of_country(key: str, other: Person) -> bool:
        model = normalize_country(other.country_text) if other.country_text else None
        if model is not None and model[1] == country[1]:
            return True
        for start, _end in find_all(text, key)[:4]:
            near = [c for _n, c, *_ in find_countries(text[max(0, start - 60) : start]) if c]
            if near and near[-1] == country[1]:
                return True
        return False

    matches = [
        p for key, p in names.items() if not same_person(key, person.name) and of_country(key, p)
    ]
    return matches[0] if len(matches) == 1 else None


def delegation_head(cand: Candidate, names: dict[str, Person], text: str) -> Person | None:
    """ "receives the delegation headed by X": X; "On the 15th, the delegation holds a
    meeting with Y": the head of the one delegation named so far."""
    (person,) = cand.participants
    sentence = cand.sentence
    headed = _HEADED_BY.search(sentence.text)
    if headed is None and _THE_DELEGATION.search(sentence.text):
        # The delegation told before: the last "delegation headed by" up to this sentence.
        headed = next(reversed([*_HEADED_BY.finditer(text, 0, sentence.start)]), None)
        start = headed.start() if headed else 0
    else:
        start = sentence.start + headed.start() if headed else 0
    if headed is None:
        return None
    clause = text[start : start + len(headed.group())]
    heads = [
        p
        for key, p in names.items()
        if not same_person(key, person.name) and surname_in(key, clause)
    ]
    return heads[0] if len({h.name for h in heads}) == 1 else None


# "the delegation headed by State Secretary of the Ministry of Defence of Serbia X, which";
# "a delegation of the Ministry of ... headed by Deputy Minister ..., General X, who".
_HEADED_BY = re.compile(
    r"\bdelegation[ \t]+(?:(?:of|from)[ \t]+[^,;.()]{3,120}?[ \t]+)?(?:headed|led)[ \t]+by[ \t]+"
    r"(?:[^,;.()]|,[ \t]+(?=[A-Z]))[^,;.()]{2,119}(?:,[ \t]+[A-Z][^,;.()]{2,80})?"
)
_THE_DELEGATION = re.compile(
    r"\b[Tt]he[ \t]+(?:[A-Z]\w+[ \t]+)?delegation\b(?![ \t]+(?:of|from)\b)"
)


def whose_counterpart(cand: Candidate, names: dict[str, Person], text: str) -> Person | None:
    """ "Prime Minister X arrived back ... with his Swazi counterpart, Y" told anywhere: a
    one-person meeting of Y ("Friday's formal talks with Y") is with X."""
    (person,) = cand.participants
    if cand.status != "held":
        return None  # "agreed that Y would pay a return visit": no plan of the two
    for start, _end in find_all(text, person.name.split()[-1])[:4]:
        head = text[max(0, start - 400) : start]
        head = head[max(head.rfind(". "), head.rfind("\n")) + 1 :]
        if not _COUNTERPART_BEFORE.search(head):
            continue
        named = [
            (head.find(key.split()[-1]), p)
            for key, p in names.items()
            if not same_person(key, person.name) and key.split()[-1] in head
        ]
        if named:
            return min(named, key=lambda x: x[0])[1]
    return None


_COUNTERPART_BEFORE = re.compile(
    r"\b(?:his|her)[ \t]+(?:[A-Z][\w'’-]+[ \t]+){1,2}counterpart,?[ \t]+(?:[A-Z][\w.]*[ \t]+){0,3}$"
)


# "the Liberian minister", "the Ghanaian envoy": a side told by country and office.
_DESCRIBED = re.compile(
    r"\b[Tt]he[ \t]+(?P<demonym>[A-Z][a-z]+)[ \t]+(?:foreign[ \t]+)?(?:minister|envoy|"
    r"president|premier|chancellor|secretary|diplomat|visitor|guest|leader)[ \t]+"
    # its verb next: "the Liberian minister had earlier paid", not "the visit of the ..."
    r"(?:had|has|was|will|would|also|then|later|earlier|paid|met|held|called|visited|"
    r"travell?ed|flew|sat|joined|went|spoke)\b"
)


# "hold talks with her Macedonian counterpart" (no name after): read by `described_side`
# for the counterpart's country and by `_missing_sides` for the one met before.
UNNAMED_COUNTERPART = re.compile(
    r"\b(?P<verb>with|meet|receive|host|call[ \t]+on)[ \t]+(?:his|her)[ \t]+"
    r"(?:(?P<demonym>[A-Z][\w'’-]+)[ \t]+)?counterpart\b(?![ \t]*,?[ \t]*(?:[A-Z]|the\b))"
)
_DEMONYM = re.compile(r"[A-Z][a-z]+")


def _with_their_counterpart(sentence: str) -> re.Match[str] | None:
    """ "with her Togolese counterpart", no name after it: a counterpart of a country."""
    return next(
        (
            m
            for m in UNNAMED_COUNTERPART.finditer(sentence)
            if m["verb"] == "with" and m["demonym"] and _DEMONYM.fullmatch(m["demonym"])
        ),
        None,
    )
