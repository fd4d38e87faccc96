"""The other side written as an office or an unnamed counterpart and named a sentence
later: "X was received at the Parliament Complex by the Speaker of the People's
Consultative Assembly. The Speaker, Mr. Y, recalled ...", "received in audience by the
President of the Council of Ministers of the Togolese Republic ... Receiving the message,
the President of the Council, Mr. Y, thanked ...", "X telephoned his Estonian counterpart
on Wednesday. Y, Estonia's head of state since October, discussed ... with him": Y met X."""

from __future__ import annotations

import re

from ._candidates import Candidate, add_grounded
from ._countries import find_countries, normalize_country
from ._drafts import DraftPerson
from ._name_patterns import UPPER
from ._office_holders import TITLE_WORD
from ._passages import Span, sentences

# "was received ... by the Speaker of the People's Consultative Assembly"
_RECEIVED_BY_OFFICE = re.compile(
    r"\b(?:received|welcomed|hosted|greeted)\b[^.;]{0,80}?[ \t]by[ \t]+the[ \t]+"
    r"(?P<office>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’-]*)){0,10})"
)
_AN_OFFICE = re.compile(rf"(?:Prime[ \t]+)?(?:{TITLE_WORD.pattern})")  # "Prime Minister" too
_CONNECTORS = frozenset({"of", "for", "and", "the"})
_REACH = 600  # characters after the sentence: the next sentence or paragraph
_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr|H\.[ \t]?E)\.?[ \t]+)?"
_NAME = rf"(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}})"


def add_office_holders_named_next(candidates: list[Candidate], text: str) -> None:
    """Give a one-person meeting whose sentence has its other side only as an office or an
    unnamed counterpart the person the next sentences name ("The Speaker, Mr. Y", "Y,
    Estonia's head of state")."""
    for cand in candidates:
        if len(cand.participants) != 1:
            continue
        start = cand.sentence.end
        later = Span(start, min(len(text), start + _REACH), text[start : start + _REACH])
        found = _host_named(cand.sentence.text, later.text)
        if found is None:
            continue
        named, title = found
        # The sentence that names them, not the rest ("... follows up on the telephone
        # conversation": not this meeting's manner)
        told = next(s for s in sentences(later) if s.end > later.start + named.start())
        # "the Vice President of the Republic of The Gambia": the office's country is theirs
        countries = {found[0] for found in find_countries(title)}
        country = countries.pop() if len(countries) == 1 else None
        host = DraftPerson(name=named["name"], title=title, country=country)
        if add_grounded(text, told, host, cand.participants):
            cand.extra_evidence.append(told)


def _host_named(sentence: str, later: str) -> tuple[re.Match[str], str] | None:
    """The name the text after `sentence` gives its office ("received by the Speaker") or
    its unnamed counterpart ("his Estonian counterpart"), and the office or country."""
    if (office := _RECEIVED_BY_OFFICE.search(sentence)) and _AN_OFFICE.match(office["office"]):
        named = _named_with(office["office"].split(), later)
        return (named, office["office"]) if named else None
    if (unnamed := _UNNAMED_COUNTERPART.search(sentence)) is None:
        return None
    country = normalize_country(unnamed["demonym"])
    if country is None:
        return None
    for named in _NAME_THEN_COUNTRY.finditer(later[: _sentence_end(later)]):
        if normalize_country(named["country"]) == country:
            return named, country[0]
    return None


def _sentence_end(text: str) -> int:
    end = re.search(r"[.!?](?:[ \t]|$)", text)
    return end.end() if end else len(text)


# "telephoned his Estonian counterpart on Wednesday": no name after it
_UNNAMED_COUNTERPART = re.compile(
    r"\b(?:his|her)[ \t]+(?P<demonym>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]+counterpart\b"
    r"(?![ \t]*,?[ \t]*(?:[A-Z]|the\b))"
)
# "Maarja Kuusk, Estonia's head of state since October, ..."
_NAME_THEN_COUNTRY = re.compile(
    rf"^\s*{_NAME},[ \t]+(?P<country>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)['’]s[ \t]"
)


def _named_with(office: list[str], later: str) -> re.Match[str] | None:
    """ "The Speaker, Mr. Y", "the President of the Council, Mr. Y": the office, or its
    opening words, with a name in apposition."""
    while office and office[-1] in _CONNECTORS:
        office = office[:-1]
    heads = [
        r"[ \t]+".join(re.escape(w) for w in office[:size])
        for size in range(len(office), 0, -1)
        if office[size - 1] not in _CONNECTORS
    ]
    # "The Speaker, Mr. Y" first; then the office as a title: "President Helena Trček and
    # the Croatian minister discussed ..."
    for form in (r"\b[Tt]he[ \t]+{head},[ \t]+{honorific}", r"\b{head}[ \t]+"):
        for head in heads:
            pattern = form.format(head=head, honorific=_HONORIFIC) + _NAME
            if found := re.search(pattern, later):
                return found
    # "Mr Konstantinos Veremis underlined Greece's support ...": the next sentence opens
    # with the host, styled
    return _STYLED_NEXT.match(later)


_STYLED_NEXT = re.compile(rf"\s*(?:Mr|Ms|Mrs|Dr)\.?[ \t]+{_NAME}[ \t]+[a-z]+ed\b")
