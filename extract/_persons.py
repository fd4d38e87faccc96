"""People the text supports: a draft's participant grounded in the article, or None.

A name must stand in the article as written; countries, offices alone, groups,
organizations, buildings, places, spokespeople, byline reporters and stand-ins
("attended on behalf of President X") are not participants.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._countries import names_a_country, normalize_country
from ._drafts import NAME_LIMIT, DraftPerson
from ._grounding import find_all, find_first
from ._meeting_objects import GROUP
from ._office_holders import (
    as_written,
    holder_after_country,
    holder_by_country,
    holder_of,
    holder_who_became,
    inside_an_office,
    named_after,
    only_after_article,
    only_after_office,
    only_office,
    principal,
)
from ._passages import Span
from ._people import same_person, split_title
from ._stand_ins import is_stand_in, represented_at
from ._unintroduced import names_a_place_or_thing

_NOT_A_NAME = re.compile(
    r"^(?:the|a|an|his|her|their|both|two|officials?|delegations?|counterparts?|leaders?|"
    r"ministers?|sides?|government|president|minister|secretary|spokes\w+|envoys?|delegates|"
    r"participants|observers|sources|analysts|diplomats|reporters|heads)\b|"
    # An interview's "You met Mr. Marles ...", "Richard and I signed ...".
    r"^(?:you|i|we|me|us|they|them|she|him)$|"  # ("He" may be "Vice Premier He")
    # A day or month the model took for a name ("Friday"); "June Park" is a person.
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|"
    r"july|august|september|october|november|december)$",
    re.IGNORECASE,
)

_ORGANIZATION = re.compile(
    r"\b(?:Council|Business|Association|Chamber|Committee|Commission|Ministry|Party|Bank|"
    r"Group|Forum|Institute|University|Agency|Company|Corporation|Federation|Union|Delegation|"
    r"Force|Forces|Army|Navy|Guard|Police|Authority|Authorities|"  # "Royal New Zealand Air Force"
    r"Province|Prefecture|Region|County|District|Oblast|Governorate|Municipality|"  # places
    # a newspaper: "Vanuatu's Daily Post", "the Kagera Chronicle"
    r"Times|Herald|Gazette|Tribune|Chronicle|Journal|Courier|Observer|"
    # an event: "the African Nations Championship", "the Asian Games"
    r"Championships?|Cup|Games|Tournament|Olympics|Festival|Expo|Summit|Conference|League)$|"
    r"\b(?:Daily|Weekly|Sunday)[ \t]+[A-Z][\w'’-]+$|"
    # "Ministry of Foreign Affairs of the Kingdom of Bahrain": a side, not its "Kingdom"
    r"^(?:the[ \t]+)?(?:Foreign[ \t]+)?(?:Ministry|Embassy|Government)[ \t]+of\b"
)

# Who a body sent: "a World Bank delegation", "the Bank's team".
_BODYS_PEOPLE = re.compile(r"[ \t]+(?:delegation|team|mission|staff|officials)$")

# A list of portfolios ending the mention: "of Commerce, Industry and Investment Promotion"
# (a portfolio's noun, not a surname: "... Trade, Industry and Energy Ahn").
_PORTFOLIO_END = re.compile(
    r"\b(?:of|for)[ \t]+[A-Z][\w-]*,[^,]*\band[ \t]+(?:[A-Z][\w-]*[ \t]+)?"
    r"[A-Z][\w-]*(?:tion|ment|ance|ence|ity|ism|ure|ship|ing|ies|ics|Affairs|Energy|Food|Trade|"
    r"Water|Health|Tourism|Transport|Security|Defen[cs]e|Justice|Labou?r|Youth|Sport|Sports)$"
)


@dataclass
class Person:
    name: str  # as written, title stripped
    span: tuple[int, int]
    title: str | None = None
    country_text: str | None = None


def ground_person(text: str, passage: Span, draft: DraftPerson) -> Person | None:
    """A participant the text supports, or None (not found, a country, a stand-in)."""
    raw = _completed(passage.text, draft.name.strip().strip(".,;:"))
    if GROUP.search(raw) or _ORGANIZATION.search(_BODYS_PEOPLE.sub("", raw)):
        # "Arab states", "the US-ASEAN Business Council", "a World Bank delegation": no
        # one person
        return None
    if "," in raw and all(split_title(raw.split(",")[0])):
        # "Prime Minister Alleyne, Ilaro Court, Bridgetown": an agenda item's place after
        # the office and name
        raw = raw.split(",")[0]
    title, name = split_title(raw)
    name = name.strip()
    if title and re.search(r"\b(?:to|of|in|for)$", title) and normalize_country(name):
        name = ""  # "Cuba's Ambassador to The Bahamas": all office, its country no name
    # "Morocco's Minister of Energy Transition": an office; its holder is named after it
    # (", Salma Idrissi"), else the word stands (a place: "canton of Corredores").
    lone_after_office = bool(" " not in name and title and only_after_office(text, name, title))
    if (
        lone_after_office
        and (written := as_written(passage.text, raw))
        and (holder := holder_of(text, written))
    ):
        return ground_person(text, passage, DraftPerson(name=holder, title=written))
    if (
        " " not in name
        and title
        and title.endswith((" of", " for"))
        and (lone_after_office or only_after_article(text, name))
    ):
        # "the Governor of Oshana", its holder never named, and "an Oshana constituency":
        # a place, not a person
        return None
    if (
        title
        and re.search(r"\bof\b", title)
        and (holder := named_after(passage.text, raw))
        and not same_person(holder, name)
    ):
        # "Governor of East Nusa Tenggara" followed by ", Yohanes Tallo Bria": all office
        return ground_person(text, passage, DraftPerson(name=holder, title=raw))
    if (
        (place := _PLACE_OWNER.match(raw))
        and name in place.group(1).split()
        and normalize_country(place.group(1)) is not None
    ):
        return None  # "New Delhi's top diplomat": "New" is a word of the place, not a name
    if title and _THE_BEFORE.search(title + " "):
        return None  # "NATO discussions on the Arctic": a thing, not a person
    by_office = False
    if not name and draft.title and split_title(draft.title)[1].strip():
        # Small models sometimes swap the two: name="Japanese Prime Minister", title="X Y".
        title, name = draft.name, split_title(draft.title)[1].strip()
        draft = DraftPerson(name=name, title=title, country=draft.country)
    if not name and title and (holder := named_after(passage.text, raw)):
        # "Djibouti's Ambassador to Ethiopia": an office the passage names its holder after
        # (", Fatouma Ahmed Said").
        return ground_person(text, passage, DraftPerson(name=holder, title=raw))
    office = re.sub(r"^(?:the|his|her|their)\s+", "", raw, flags=re.IGNORECASE)
    if (not name or only_office(name)) and office and only_office(office):
        # Only an office ("the chancellor"): the one person the article gives it to.
        holder = (
            (
                principal(text, office, passage)
                or holder_of(text, office)
                or holder_by_country(text, office)
            )
            if find_all(passage.text, office)
            else None
        )
        if holder is None:
            return None
        name, by_office = holder, True
    elif (
        not name
        and office
        and find_all(passage.text, office)
        and (holder := holder_who_became(text, office))
    ):
        # "the Georgian prime minister ... Giorgi Tsiklauri, who became prime minister in
        # February"
        name, by_office = holder, True
    if len(name) < 2 or _NOT_A_NAME.match(name) or names_a_country(name):
        return None
    if not by_office and (holder := holder_after_country(text, name)):
        office, name, by_office = name, holder, True  # "Te Beretitenti of Kiribati, X": X
    if " " in name and _an_offices_place(text, name):
        return None  # "East Nusa Tenggara", written "the Governor of East Nusa Tenggara"
    if not split_title(name)[1].strip():
        return None  # "Delegate" (of "Minister Delegate"), an office word: no one's name
    if re.fullmatch(r"[A-Z]{2}", name) or re.search(r"(?:^|[ \t])I$", name):
        return None  # "A member (SD) asked": a party's letters; "When I met ...": a speaker
    if not (name[0].isupper() or not name[0].isascii() or _PARTICLE_FIRST.match(name)):
        return None
    where = find_first(text, name, within=passage)
    if where is None and (native := _native_spelling(name, passage.text)):
        name, where = native, find_first(text, native, within=passage)
    if where is None or text[where[0] : where[1]].islower():
        return None  # "Border Crossings" found as "border crossings": words, not a name
    in_passage = passage.start <= where[0] < passage.end
    if not (
        in_passage or by_office or surname_in(name, passage.text) or _speaks(name, passage.text)
    ):
        return None  # named only elsewhere in the article: not this passage's meeting
    if is_stand_in(name, passage.text) or _only_a_place(name, passage.text):
        return None
    if (
        # "National Museum of Kazakhstan"; not "Foreign Minister Andrea Campbell Hall"
        (
            (_BUILDING.search(name) or _BUILDING.search(_OF_PLACE.sub("", raw)))
            and not _after_a_title(text, where[0])
        )
        or _BUILDING_IN.search(raw)
        or _is_source(raw, draft.title, passage.text, name)
    ):
        return None
    if all(_THE_BEFORE.search(text[max(0, s - 4) : s]) for s, _e in find_all(text, name)):
        return None  # "the Akorda said": a residence or an institution, never a person
    if " " not in name and inside_an_office(text, name):
        return None  # "... and Moroccan Expatriates", "... and Mauritanians Abroad": an office
    if " " not in name and _only_listed_with_places(text, name):
        return None  # "the Maputo and Beira development corridors": a place
    if " " not in name and not by_office and names_a_place_or_thing(text, name):
        return None  # "Kasarani last hosted ...", "the Governor of Kebbi State"
    if _only_in_bylines(text, name):
        return None  # "Aliyu Bello | 05.06.2026", "By Liam Hartigan": the reporter
    if (
        "):" in passage.text
        and _only_in_bylines(passage.text, name)
        and not _FIRST_PERSON_MET.search(passage.text)
    ):
        return None  # "GUEST (Paulo Nzinga): ... hosted a meeting": the one telling it
    if by_office:
        # The passage names them by office: that mention is the evidence.
        start, end = find_all(passage.text, office)[0]
        if represented_at(passage.text, start, end):
            return None  # "Secretary General X represented the Minister at ...": not there
        return Person(name=name, span=(passage.start + start, passage.start + end), title=office)
    if " " not in name and _PORTFOLIO_END.search(text, max(0, where[0] - 120), where[1]):
        return None  # "Minister of Commerce, Industry and Investment Promotion": no name
    written = text[where[0] : where[1]]  # as the article writes it (accents, hyphens),
    name = name if written.isupper() and not name.isupper() else written  # not a "DARBOE:" label
    return Person(name=name, span=where, title=draft.title or title, country_text=draft.country)


# "Minister da Costa Soares", "Mr. van der Berg": a surname that opens with a particle.
_PARTICLE_FIRST = re.compile(
    r"(?:da|de|do|dos|das|del|della|van|von|ter|ten|al|el)[ \t]+(?:der[ \t]+)?[A-Z]"
)
# "the President Hồ Chí Minh Mausoleum", "the Nelson Mandela Foundation": named after
# a person, not one.
_BUILDING = re.compile(  # after another word: "Park" alone is a surname
    r"\S[ \t]+(?:Mausoleum|Memorial|Palace|Hall|House|Square|Cemetery|Museum|Academy|Hotel|"
    r"Cent(?:re|er)|Building|Stadium|Airport|Temple|Church|Cathedral|Mosque|Bridge|Park|"
    r"Street|Avenue|Foundation|Library|Tower|Monument|Shrine)$"
)


def _after_a_title(text: str, start: int) -> bool:
    """Is the mention at `start` written after an office ("Foreign Minister Andrea Campbell
    Hall"), so a person, not a building?"""
    before = text[max(0, start - 30) : start].split()
    return (
        bool(before)
        and _OFFICE_WORD.fullmatch(before[-1]) is not None
        and _SURNAME_BUILDING.match(text, start) is not None
    )


# Building words that are surnames too ("Hall", "Park"); never "Mausoleum", "Museum"
_SURNAME_BUILDING = re.compile(
    r"(?:(?!(?:Memorial|Mausoleum|Museum|Conference|Convention|City|Town|National|State|"
    r"Presidential|Government|Parliament|Peace|Independence|Unity|Freedom)\b)[\w'’.-]+[ \t]+){1,3}"
    r"(?:Hall|House|Park|Church|Bridge|Temple|Tower)\b"
)


_OFFICE_WORD = re.compile(
    r"(?:Minister|President|Secretary|Ambassador|Governor|Chancellor|Premier|Senator|Envoy|"
    r"Commissioner|Mayor|Speaker|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)"
)


# "State House Entebbe", "Government House Suva": a residence named with its city.
_BUILDING_IN = re.compile(r"\S[ \t]+(?:House|Palace|Lodge|Hall)[ \t]+[A-Z][\w'’-]+$")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
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
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z])")


def _is_source(raw: str, title: str | None, passage_text: str, name: str) -> bool:
    if _SPOKESPERSON.search(f"{raw} {title or ''}"):
        return True
    return any(
        # (in the name's own sentence: not "..., the spokesman said. Mr X flew back")
        _SPOKESPERSON.search(_SENTENCE_END.split(passage_text[max(0, start - 40) : start])[-1])
        or _QUESTIONER.search(passage_text[max(0, start - 60) : start])
        or _COMMENTATOR_AFTER.match(passage_text[end : end + 80])
        for start, end in find_all(passage_text, name)
    )


# Letters a model writes out in two: "Thorðarson" for "Þórðarson", "Aegisdottir" for
# "Ægisdóttir" (accents are matched already; these are not one letter for one).
_SPELLED_OUT = (("Th", "Þ"), ("th", "þ"), ("Ae", "Æ"), ("ae", "æ"))


def _native_spelling(name: str, passage_text: str) -> str | None:
    """The passage's own spelling of a name a model wrote with "Th" or "Ae"."""
    if not any(pair in name for pair, _ in _SPELLED_OUT):
        return None
    native = name
    for pair, letter in _SPELLED_OUT:
        native = native.replace(pair, letter)
    return native if native != name and find_all(passage_text, native) else None


# "Asked by committee member X whether she had discussed ...", "a question from X": who
# asks about the meetings, not a side of them.
_QUESTIONER = re.compile(
    r"\b(?:[Aa]sked[ \t]+by|question(?:ed|s)?[ \t]+(?:from|by))[ \t]+(?:[^,.;]{0,40}?[ \t])?$"
)


# "Aiko Shimizu, a security researcher at a Tokyo think tank, said": a voice, not a side.
_COMMENTATOR_AFTER = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+[^,.;]{0,50}?\b(?:researcher|analyst|professor|scholar|expert|"
    r"economist|fellow|lecturer|commentator)\b",
    re.IGNORECASE,
)


# "By Jane Doe" (a short line, not "By Thursday afternoon Anwar was back in ..."),
# "Aliyu Bello | 05.06.2026".
_BYLINE = re.compile(r"^\s*(?:By\s[^\n.]{1,60}$|[^\n|]{1,60}\|\s*[0-9])", re.IGNORECASE)


# A transcript's speaker label: "PRESENTER (Tjiuai Kandjii):", "CORRESPONDENT (Ann Lee):".
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'-]{2,40}\($")
_SPEAKER_AFTER = re.compile(r"^\)[ \t]*:")


_FIRST_PERSON_MET = re.compile(r"\b(?:I|we|We)[ \t]+(?:met|spoke|held|signed|agreed|sat)\b")


def _only_in_bylines(text: str, name: str) -> bool:
    """Is every mention a byline ("By Liam Hartigan") or a transcript's speaker label?"""
    hits = find_all(text, name)
    return bool(hits) and all(
        _BYLINE.match(_line_at(text, start))
        or (
            _SPEAKER_BEFORE.search(text[max(0, start - 45) : start])
            and _SPEAKER_AFTER.match(text[end : end + 3])
        )
        for start, end in hits
    )


def _line_at(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end != -1 else len(text)]


def _only_a_place(name: str, passage_text: str) -> bool:
    """ "SYDNEY --" (a dateline) or "in Sydney": a place the model took for a person."""
    hits = find_all(passage_text, name)
    return (
        bool(hits)
        and all(
            (passage_text[s:e].isupper() and len(name) > 2 and not _speaks(name, passage_text[s:]))
            or (
                re.search(r"\b(?:in|at|from|to|near)\s+$", passage_text[max(0, s - 6) : s])
                and not _SENT_FROM.search(passage_text[max(0, s - 30) : s])
            )
            or (  # "The Tromsø talks": a place named for its event
                re.search(r"\b[Tt]he\s+$", passage_text[max(0, s - 4) : s])
                and _EVENT_AFTER.match(passage_text, e)
            )
            for s, e in hits
        )
    )


_EVENT_AFTER = re.compile(r"\s+(?:talks|summit|meeting|meetings|round|process|format|visit)\b")


# "an invitation from Boluarte", "a letter from Luxon": a person, not a place.
_SENT_FROM = re.compile(r"\b(?:invitation|message|letter|greetings|request|call)\s+from\s+$")


_PLACE_OWNER = re.compile(r"^(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})['’]s[ \t]")


def _an_offices_place(text: str, name: str) -> bool:
    """Does the article write `name` as the place of an office ("the Governor of X, Y")?"""
    return any(place == name or place.endswith(" " + name) for place in _offices_places(text))


@functools.lru_cache(maxsize=64)  # asked for every grounded name of an article
def _offices_places(text: str) -> frozenset[str]:
    if not any(word in text for word in _OFFICE_WORDS):
        return frozenset()  # the common case: a plain substring test, not the regex scan
    return frozenset(m["place"] for m in _OFFICE_OF.finditer(text))


_OFFICE_WORDS = (
    "overnor",
    "ayor of",
    "refect of",
    "egent of",
    "rovince of",
    "egion of",
    "istrict of",
)
# "the Governor of (East) X, Y": X is the office's place; Y, after the comma, its holder
# (not "the Governor of Lagos State Babajide Sanwo-Olu, who ...": a name, then a clause).
_OFFICE_OF = re.compile(
    r"\b(?:[Gg]overnor|[Mm]ayor|[Pp]refect|[Rr]egent|[Pp]rovince|[Rr]egion|[Dd]istrict|"
    r"[Gg]overnorate)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
    r"(?=,[ \t]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?[A-Z][\w'’-]+[ \t]+[A-Z])"
)


def _completed(passage_text: str, raw: str) -> str:
    """A mention the model cut at the name field's length ("... acting minister of water
    and energy Ghulam Far"): finished with the rest of its last word as the passage writes
    it."""
    if len(raw) < NAME_LIMIT - 2:
        return raw
    tail = " ".join(raw.split()[-2:])  # the model may drop a comma before the name
    # ... or the space after one: "and Cooperation,Ad" for "and Cooperation, Adelino"
    loose = re.escape(tail).replace(",", r",[ \t]*")
    match = re.search(r"\b" + loose + _NAME_GOES_ON, passage_text)
    return raw[: len(raw) - len(tail)] + match.group(0) if match else raw


# The rest of a cut name: its last word, then any further name words ("Ad" → "Adérito da
# Costa Soares").
_NAME_GOES_ON = r"([\w'’-]*(?:[ \t]+(?:(?:da|de|do|dos|van|von|al|bin|el)[ \t]+)?[A-Z][\w'’-]*)*)"


def _speaks(name: str, text: str) -> bool:
    """Does the text open with their speaker label ("CEESAY: Yes. I met ...")?"""
    surname = name.split()[-1].upper() if name.split() else ""
    return bool(surname) and bool(
        re.match(rf"[ \t]*[A-Z .'’-]*\b{re.escape(surname)}\b[^:\n]{{0,20}}:", text)
    )


def surname_in(name: str, passage_text: str) -> bool:
    return any(
        len(tok) > 2 and tok.translate(_JOINERS).isalpha() and find_all(passage_text, tok)
        for tok in name.split()
    )  # "Al-Hajri met ...", "O'Brien said"


_JOINERS = str.maketrans("", "", "-‐'’")  # inside a surname: "Al-Hajri", "O'Brien"
