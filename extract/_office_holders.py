"""Who holds an office the model names instead of a person ("the chancellor", "Djibouti's
Ambassador to Ethiopia"): the one person the article gives it to, written before or after
their name."""

from __future__ import annotations

import re

from ._countries import find_countries, normalize_country, without_countries
from ._grounding import find_all
from ._name_patterns import UPPER
from ._passages import Span
from ._people import split_title

TITLE_WORD = re.compile(
    r"\b(?:Minister|Secretary|President|Director|Advis[eo]r|Ambassador|Chancellor|Premier|"
    r"King|Queen|Prince|Princess|Emir|Sultan|Sheikh|Chair\w*|Envoy|Commissioner|Governor|"
    r"Mayor|Spokes\w+|General|Deputy|Vice|Head|Chief|Leader|Representative|Speaker|Senator|"
    r"Counsel+or|Council+or|Commander|Pope|Secretary-General|Taoiseach|Chief Executive|"
    r"Undersecretary)\b"
)


def named_after(passage_text: str, office: str) -> str | None:
    """The name written in apposition right after the office, if the passage has one."""
    words = office.split()
    if len(words) < 2:
        return None  # "Minister": too short to tell whose office it is
    cut = words[-1] in ("of", "for", "to", "and", "the", "on")  # the model cut it there
    for start, end in find_all(passage_text, office.strip())[:3]:
        if re.search(r"[A-Z][\w'’-]*[ \t]+$", passage_text[max(0, start - 30) : start]):
            continue  # part of a longer office: "Lithuanian Minister of ..."
        named = (_CUT_OFFICE_APPOSED if cut else _APPOSED).match(passage_text, end)
        if named:
            return named["name"]
    return None


_APPOSED = re.compile(
    rf",[ \t]+(?:(?:Mr|Ms|Mrs|Dr|H\.[ \t]?E\.)\.?[ \t]+)?"
    rf"(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}})(?=[,.;)]|[ \t]+(?:[a-z]|$))"
)
# "... Affairs of" + "the Republic of Austria, Katharina Brunnmayr"
_CUT_OFFICE_APPOSED = re.compile(
    r"(?:[ \t]+(?:of|for|the|and|to|on|[A-Z][\w'’-]*))*" + _APPOSED.pattern
)


def as_written(passage_text: str, raw: str) -> str | None:
    """The office as the passage writes it, where the model dropped a "the" ("Mayor of
    Costa Rican canton of X" for "the mayor of the Costa Rican canton of X")."""
    if find_all(passage_text, raw):
        return raw
    loose = r"\s+(?:the\s+)?".join(re.escape(w) for w in raw.split())
    found = re.search(rf"\b{loose}\b", passage_text, re.IGNORECASE)
    return found.group() if found else None


def only_after_office(text: str, name: str, title: str) -> bool:
    """Is a one-word "name" always written right after the office's last word ("Energy"
    in "Minister of Energy Transition") where that office has an "of"? Then it ends the
    office; a surname shows up on its own too ("Minister of Tourism Lopez ... Lopez said")."""
    words = title.split()
    if "of" not in words:
        return False
    last = words[-1]
    hits = find_all(text, name)
    return bool(hits) and all(text[max(0, s - len(last) - 1) : s].strip() == last for s, _ in hits)


def only_after_article(text: str, name: str) -> bool:
    """Is every mention of a one-word name written after "of", "in", "the" or "a(n)" ("the
    Governor of Oshana", "an Oshana constituency"): a place, not a person's name?"""
    hits = find_all(text, name)
    return bool(hits) and all(_AFTER_ARTICLE.search(text, max(0, s - 6), s) for s, _ in hits)


_AFTER_ARTICLE = re.compile(r"\b(?:of|in|the|an?)[ \t]+$")


_PORTFOLIOS = frozenset(
    "foreign defence defense finance trade interior home agriculture health energy "
    "justice economy transport education environment fisheries commerce industry tourism "
    "culture labour labor".split()
)


def only_office(words: str) -> bool:
    """ "Secretary General", "Danish Prime Minister", "NATO Secretary General": title
    words, after any country or organization words in front of them."""
    if not any(TITLE_WORD.fullmatch(t[:1].upper() + t[1:]) for t in words.split()):
        return False  # no office word at all: skip the country scan
    tokens = without_countries(words).split()
    while len(tokens) > 1 and tokens[0].casefold() in _PORTFOLIOS:
        tokens = tokens[1:]  # "Foreign Minister", "Finance Minister"
    if not tokens or not TITLE_WORD.fullmatch(tokens[0][:1].upper() + tokens[0][1:]):
        return False
    portfolio = False  # "Minister of Foreign Affairs (of Lithuania)": the office's own words
    for t in tokens[1:]:
        if t in ("of", "for"):
            portfolio = True
        elif not (
            TITLE_WORD.fullmatch(t[:1].upper() + t[1:])
            or (portfolio and (t in ("and", "the") or t[:1].isupper()))
        ):
            return False
    return True


def holder_of(text: str, office: str) -> str | None:
    """ "chancellor" → "Friedrich Merz" when the article writes "Chancellor Friedrich Merz"
    and gives that office to no one else."""
    office = office.strip()
    forms = "|".join(re.escape(f) for f in (office, *_SAME_OFFICE.get(office.casefold(), ())))
    pattern = re.compile(
        # not "Vice Foreign Minister Y" for "the Foreign Minister"
        rf"(?<![Vv]ice )(?<![Dd]eputy )\b(?i:{forms}),?[ \t]+"  # "Latvia's Minister of Defence, X"
        rf"((?:[{UPPER}][\w'’-]+)(?:[ \t]+[{UPPER}][\w'’-]+){{0,3}})"  # "Gintautė Žemaitienė"
    )
    holders = {m.group(1) for m in pattern.finditer(text) if m.group(1)[:1].isupper()}
    return _one_holder(holders)


# One office written several ways: "the Foreign Minister" of "Foreign Affairs Minister X".
_SAME_OFFICE = {
    "foreign minister": (
        "Foreign Affairs Minister",
        "Minister of Foreign Affairs",
        "Minister for Foreign Affairs",
    ),
    "defence minister": ("Minister of Defence", "Minister for Defence"),
    "defense minister": ("Minister of Defense", "Secretary of Defense"),
}


def principal(text: str, office: str, passage: Span) -> str | None:
    """ "The Minister held talks with ..." in a ministry's own release or minutes: the
    first person the article introduced with that office ("Minister for Defence Karin
    Sjöström"), when the passage writes the bare office with a capital."""
    if " " in office or not re.search(rf"\b[Tt]he {re.escape(office)}\b", passage.text):
        return None
    for match in re.finditer(rf"\b{re.escape(office)}\b", text[: passage.start]):
        if _OTHER_RANK.search(text, max(0, match.start() - 10), match.start()):
            continue  # "Prime Minister Everton Jn Baptiste" holds another office
        if match.start() and (run := _OFFICE_AND_NAME.match(text, match.start() - 1)):
            title, name = split_title(run.group(1).rstrip(",. "))
            if name and title and office in title.split():
                return name
    return None


# A word that makes an office another one: "Prime Minister", "Deputy Minister".
_OTHER_RANK = re.compile(r"\b(?:Prime|Deputy|Vice|Assistant|Acting|Junior)[ \t-]+$")


# The office and name after a country's mention: "Timor-Leste's Minister of Foreign
# Affairs and Cooperation Adérito da Costa Soares".
_OFFICE_AND_NAME = re.compile(
    r"(?:['’]s)?[ \t]+((?:[A-Z][\w'’.-]*)(?:[ \t]+(?:[A-Z][\w'’.-]*|of|and|for|the|"
    r"da|de|do|dos|van|von|al|bin)){0,12})"
)


def holder_by_country(text: str, office: str) -> str | None:
    """ "the Timorese minister" → the one person the article gives a minister's office
    of Timor-Leste ("Timor-Leste's Minister of Foreign Affairs ... Adérito da Costa Soares")."""
    countries = find_countries(office)
    if len(countries) != 1 or not countries[0][1]:
        return None
    country = countries[0][0]
    words = without_countries(office).split()
    # "the Bahraini finance minister" is not "Bahrain's oil minister, X": portfolio words too
    wanted = {w.lower() for w in words if w.isalpha() and w.lower() not in ("the", "of", "for")}
    holders: set[str] = set()
    for found, _code, start, end in find_countries(text):
        if found != country:
            continue
        if (run := _OFFICE_AND_NAME.match(text, end)) is not None:
            # not the "and" of "Armenian Foreign Minister X and his Georgian counterpart"
            title, name = split_title(re.sub(r"[ \t]+(?:and|of|for|the)$", "", run.group(1)))
        elif (office_of := _OFFICE_OF.search(text, max(0, start - 80), start)) and (
            named := _COMMA_NAME.match(text, end)
        ):
            # "the Minister of Foreign Affairs of the Hellenic Republic, Nikolaos Vardakis"
            title, name = office_of["office"], named.group(1)
        else:
            continue
        held = {w.lower() for w in title.split()} if name and title else set()
        # "the Armenian minister" is not "Armenia's Deputy Minister of ..., X"
        if held and wanted <= held and not (held - wanted) & _LOWER_RANKS:
            holders.add(name)
    return _one_holder(holders)


_LOWER_RANKS = frozenset({"deputy", "vice", "assistant", "junior", "vice-minister"})


def holder_who_became(text: str, office: str) -> str | None:
    """ "the Georgian prime minister" → X when the article writes "X, who became prime
    minister in February" of one person only."""
    bare = without_countries(office).strip()
    if len(bare.split()) < 2:
        return None  # "minister": too loose to name anyone
    pattern = re.compile(
        rf"((?:[{UPPER}][\w'’-]+)(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}}),[ \t]+who[ \t]+"
        rf"(?:became|has[ \t]+been|is|was|took[ \t]+office[ \t]+as)[ \t]+(?i:{re.escape(bare)})\b"
    )
    return _one_holder({m.group(1) for m in pattern.finditer(text)})


_OFFICE_OF = re.compile(
    r"\b(?P<office>(?:[A-Z][\w'’-]*[ \t]+){0,2}(?:Minister|Secretary|President|Ambassador|"
    r"Speaker|Chancellor|Premier)(?:[ \t]+(?:of|for|and)[ \t]+(?:[A-Z][\w'’-]*[ \t]*)+?)?)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
_COMMA_NAME = re.compile(r",[ \t]+((?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’.-]*){1,3})")


def _one_holder(holders: set[str]) -> str | None:
    """The one person holding an office, counting "Merz" inside "Friedrich Merz" once."""
    full = {h for h in holders if not any(h != o and h in o for o in holders)}
    return next(iter(full)) if len(full) == 1 else None


_OFFICE_OPEN = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department)[ \t]+(?:of|for)\b[^.;()\n]{0,100}$"
)


def inside_an_office(text: str, name: str) -> bool:
    """Is a one-word "name" only ever a word of a long office's portfolio ("Minister of
    Foreign Affairs, African Cooperation and Moroccan Expatriates")?"""
    # not "being abroad on official mission": a word in lower case names no one
    hits = [(s, e) for s, e in find_all(text, name) if text[s:e][:1].isupper()]
    for start, end in hits:
        before = text[max(0, start - 120) : start]
        if not _OFFICE_OPEN.search(before):
            return False
        if before.endswith(", ") and not re.match(r"[ \t]+[A-Z]", text[end : end + 2]):
            return False  # "the Minister of Foreign Affairs, Lopez": the holder
    return bool(hits)


# "hosted Te Beretitenti of Kiribati, Tekeeua Tioti": an office of a country, then its holder.
_OF_COUNTRY_THEN_NAME = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<country>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+)?),"
    rf"[ \t]+(?P<name>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}})(?=[,.;]|[ \t]+[a-z])"
)


def holder_after_country(text: str, name: str) -> str | None:
    """The holder of a "name" the article only ever writes as an office before a country
    and its holder's name ("Te Beretitenti of Kiribati, Tekeeua Tioti"), if it is one."""
    hits = find_all(text, name)
    holders = set()
    for _start, end in hits:
        after = _OF_COUNTRY_THEN_NAME.match(text, end)
        if after is None or normalize_country(after["country"]) is None:
            return None
        holders.add(after["name"])
    return _one_holder(holders) if hits else None
