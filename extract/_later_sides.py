"""Sides the sentences after a meeting's add to it: one who "joined the two ministers for the
second half", "represented him", sat "at the table", "sit in", came along ("I was accompanied
by ..., X") or "came on behalf of" an absent minister. A name the office ran into ("(Vice
Minister of) Foreign Trade Wilfredo Quispe") is taken without the portfolio's words."""

from __future__ import annotations

import re

from ._name_patterns import NAME

# "Armenia's Deputy Minister of ..., Hasmik Ghazaryan, joined the two ministers for the
# second half of the session": a side of the talks the sentence before told.
# "Senegal's commerce minister, X, did not make the trip; his chief of staff, Y, represented
# him": Y too.
_JOINED_THE_TWO = re.compile(
    rf"(?:^|[,;][ \t]+(?:so[ \t]+)?)(?P<b>{NAME}),?[ \t]+(?:(?:also[ \t]+|later[ \t]+)?joined[ \t]+"
    r"(?:the[ \t]+two|them|both)|represented[ \t]+(?:him|her)|"
    # "..., Gabriela Mena, attended in his place", "X joined the second half of the meeting"
    # "the ministry's undersecretary, Hessa Al-Otaibi, attended on his behalf"
    r"attended[ \t]+(?:in[ \t]+(?:his|her)[ \t]+place|on[ \t]+(?:his|her)[ \t]+behalf)|"
    # "..., so Deputy Minister X took part in the talks on his behalf"
    r"took[ \t]+part[ \t]+in[ \t]+the[ \t]+(?:talks|meeting|session)[ \t]+"
    r"(?:on[ \t]+(?:his|her)[ \t]+behalf|in[ \t]+(?:his|her)[ \t]+place)|"
    r"joined[ \t]+the[ \t]+(?:second|first|last)"
    r"[ \t]+(?:half|part|day)[ \t]+of[ \t]+the[ \t]+(?:meeting|talks|session))\b|"
    # "signed a memorandum ..., with Barbados' energy minister, X, at the table"
    rf",[ \t]+with[ \t]+(?:[^,;.]{{3,60}},[ \t]+)?(?P<c>{NAME}),?[ \t]+at[ \t]+the[ \t]+table\b|"
    # a timeline's "Formal talks with X. PNG Foreign Minister A and ... B sit in."
    rf"^(?P<d>{NAME})[ \t]+and[ \t]+(?P<e>{NAME})[ \t]+(?:also[ \t]+)?(?:sit|sat)[ \t]+in\b|"
    # "I was accompanied by our Undersecretary for ..., X"; "Vice Minister Y came on behalf of"
    rf"\b(?:was|were)[ \t]+accompanied[ \t]+by[ \t]+[^,;.]{{3,90}},[ \t]+(?P<f>{NAME})(?=[,.;]|$)|"
    rf"(?P<g>{NAME})[ \t]+(?:came|attended|was[ \t]+there)[ \t]+on[ \t]+behalf[ \t]+of\b"
)


# A word each of `_JOINED_THE_TWO`'s alternatives needs.
_MUST_HAVE_ONE = (
    " joined ", " represented ", " at the table", " place", " sit in", " sat in", " behalf",
    " accompanied ",
)  # fmt: skip


def joined_the_two(sentence: str) -> list[str]:
    """Who a sentence says "joined the two ministers" (or "them"), "represented him", or
    "sit in"."""
    if not any(w in sentence for w in _MUST_HAVE_ONE):
        return []  # the pattern starts with a name: costly on every sentence
    found = _JOINED_THE_TWO.search(sentence)
    names = [n for n in found.group("b", "c", "d", "e", "f", "g") if n] if found else []
    return [without_portfolio(n) for n in names]


# The end of an office run into the name: "(Vice Minister of) Foreign Trade Wilfredo Quispe".
_PORTFOLIO_WORDS = re.compile(
    r"^(?:(?:Foreign|Trade|Affairs|Finance|Interior|Defen[cs]e|Economy|Development|Relations|"
    r"Transport|Health|Justice|Energy|Agriculture|Commerce|Industry|Tourism)[ \t]+)+(?=\S+[ \t]+\S)"
)


def without_portfolio(name: str) -> str:
    """The name without portfolio words run into it ("Transport Phonesavanh Inthavong")."""
    return _PORTFOLIO_WORDS.sub("", name)
