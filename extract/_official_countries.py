"""Which country an official serves, where the article does not put it before their name.

Tried in order by `_officials.officials`: "Poland's Radosław Sikorski"; the one country of
the sentence that introduces them; the country in the model's title for them; and last,
for an official the article never qualifies, the article's own country.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._countries import find_countries, normalize_country
from ._grounding import find_all
from ._office_holders import TITLE_WORD

if TYPE_CHECKING:
    from ._candidates import Candidate
    from ._persons import Person

_Country = tuple[str, str | None] | None


def home_countries(
    text: str, meetings: Sequence[Candidate], groups: list[list[str]], countries: list[_Country]
) -> list[_Country]:
    """A person whose country the article never states, met only people whose countries
    it does: the article's own country ("Foreign Minister Cho met U.S. Secretary of State
    Rubio" in a Seoul report), the country it names most after the others' own, when
    that one stands out (named at least twice, more than any other)."""
    index = {name: i for i, group in enumerate(groups) for name in group}
    missing = [i for i, c in enumerate(countries) if c is None]
    if not missing:
        return countries
    tally = _country_tally(text)
    out = list(countries)
    for i in missing:
        others = [
            index[p.name]
            for m in meetings
            if any(index.get(p.name) == i for p in m.participants)
            for p in m.participants
            if index.get(p.name) != i
        ]
        met = set(others)
        placed = [j for j in met if countries[j] is not None]
        # Most of the people they met are placed, or half of them and this person is the
        # only unplaced side of some meeting ("Mensah held talks with his Ivorian
        # counterpart"): a contrast to draw.
        alone = any(
            all(countries[index[p.name]] is not None for p in m.participants
                if p.name in index and index[p.name] != i)
            and any(index.get(p.name) == i for p in m.participants)
            and len(m.participants) > 1
            for m in meetings
        )  # fmt: skip
        if 2 * len(placed) < len(met) or (2 * len(placed) == len(met) and not alone):
            continue  # most of the people they met are unplaced too: no contrast to draw
        theirs = {countries[j] for j in placed}
        ranked = [(n, c) for c, n in tally.most_common() if c not in theirs]
        if ranked and ranked[0][0] >= 2 and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            out[i] = ranked[0][1]
    return _two_sides(meetings, index, out, tally)


def _two_sides(
    meetings: Sequence[Candidate],
    index: dict[str, int],
    countries: list[_Country],
    tally: Counter[tuple[str, str | None]],
) -> list[_Country]:
    """In a story of two countries ("officials from Tanzania and Rwanda settled ..."), one
    still unplaced who met people of only one of them serves the other."""
    named = _story_countries(tally)
    if named is None:
        return countries
    out = list(countries)
    for _round in range(2):  # a second pass places those who met the newly placed
        for i in [i for i, c in enumerate(out) if c is None]:
            met = {
                out[index[p.name]]
                for m in meetings
                if any(index.get(q.name) == i for q in m.participants)
                for p in m.participants
                if p.name in index and index[p.name] != i
            } - {None}
            if len(met) == 1 and (other := next(iter(met))) in named:
                out[i] = named[1] if other == named[0] else named[0]
    return out


# A country's adjective, of one or two words: "Argentine", "South Sudanese".
_DEMONYM = r"[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?"
# "Valdivieso pressed his Argentine counterpart over ...": an unnamed counterpart.
_UNNAMED_COUNTERPART = re.compile(
    rf"[^.;\n]{{0,60}}?\b(?:his|her|their)[ \t]+(?P<country>{_DEMONYM})[ \t]+counterparts?\b"
    r"(?![ \t]*,?[ \t]*(?:[A-Z]|the\b))"
)


def counterparts_countries(
    text: str, meetings: Sequence[Candidate], groups: list[list[str]], countries: list[_Country]
) -> list[_Country]:
    """A person with no country, met alone by someone whom the article shows with "his
    Argentine counterpart" and no name after it: that counterpart is the person."""
    index = {name: i for i, group in enumerate(groups) for name in group}
    out = list(countries)
    if "counterpart" not in text:
        return out
    for m in meetings:
        sides = list(dict.fromkeys(index[p.name] for p in m.participants if p.name in index))
        if len(sides) != 2:
            continue
        for unknown, known in (sides, sides[::-1]):
            if out[unknown] is not None:
                continue
            # A report names the counterpart's interlocutor by surname: "Valdivieso pressed".
            words = {w for v in groups[known] for w in v.split() if len(w) > 2 and w[0].isupper()}
            for variant in [*groups[known], *sorted(words)]:
                found = next(
                    (
                        country
                        for _start, end in find_all(text, variant)[:6]
                        if (said := _UNNAMED_COUNTERPART.match(text, end))
                        and (country := normalize_country(said["country"]))
                        and country[1]
                        and country != countries[known]
                    ),
                    None,
                )
                if found:
                    out[unknown] = found
                    break
    for i, group in enumerate(groups):
        if out[i] is None:
            out[i] = _the_other_country(text, group)
    return out


# "signed by the Minister, Ms X, and her Kenyan counterpart, Mr Y": X is not Kenyan.
_AND_COUNTERPART = re.compile(
    rf"[^.;\n]{{0,40}}?\band[ \t]+(?:his|her)[ \t]+(?P<country>{_DEMONYM})[ \t]+counterpart\b"
)


def _the_other_country(text: str, group: list[str]) -> _Country:
    """Of an article about two countries ("Uganda and Kenya sign ..."), the one that is
    not the country of the person's counterpart."""
    for variant in group:
        for _start, end in find_all(text, variant)[:3]:
            said = _AND_COUNTERPART.match(text, end)
            theirs = normalize_country(said["country"]) if said else None
            if theirs is None:
                continue
            top = _story_countries(_country_tally(text))
            if top is not None and theirs in top:
                return top[0] if top[1] == theirs else top[1]
    return None


@functools.lru_cache(maxsize=8)  # asked by home_countries and _the_other_country
def _country_tally(text: str) -> Counter[tuple[str, str | None]]:
    """How often the article names each country (its capitals and demonyms included).
    Shared between callers: do not change it."""
    return Counter(
        (name, code)
        for name, code, start, end in find_countries(text)
        if code and not _inside_a_name(text, start, end)
    )


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """ "Ana Lima Sousa", "President Santiago Peña": a capital's name as a person's."""
    return bool(
        re.search(r"[A-Z][\w.]*[ \t]+$", text[max(0, start - 30) : start])
        and re.match(r"[ \t]+[A-Z][a-z]", text[end : end + 3])
    )


def _story_countries(
    tally: Counter[tuple[str, str | None]],
) -> tuple[tuple[str, str | None], tuple[str, str | None]] | None:
    """The two countries a story is about: each named twice or more, no other more than once."""
    named = [c for c, n in tally.most_common() if n >= 2]
    if len(named) != 2 or any(n > 1 for c, n in tally.items() if c not in named):
        return None
    return named[0], named[1]


def model_country(text: str, members: Sequence[Person]) -> tuple[str, str | None] | None:
    """The country in the model's title for the person ("Chancellor of Germany"), when the
    article names that country somewhere: the last resort, after the article's words."""
    named = {hit[0] for hit in find_countries(text)}
    for person in members:
        for hit in find_countries(person.title or ""):
            if hit[1] and hit[0] in named:
                return hit[0], hit[1]
    return None


_POSSESSIVE = re.compile(
    r"(?P<country>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?:['’]s?|[ \t]+was[ \t]+represented"
    r"(?:[ \t]+instead|[ \t]+(?:in|at)[ \t]+[A-Z][\w'’-]*)?[ \t]+by)"
    r"[ \t]+(?P<title>(?:[A-Z][\w-]*[ \t]+){0,4})$"
)  # also "Brazil was represented instead by Vice President X", "... in Evian by ..."


# An office written out in full before a comma and the name: "Minister of Foreign Affairs
# and Cooperation, Maria Lucas" (its head noun, then the words that complete it).
OFFICE_HEADS = (
    "Minister|Secretary|Director|Chairman|Head|President|Ambassador|Envoy|Commissioner"
    r"|(?:Executive[ \t]+)?Officer"  # "Tonga's Chief Executive Officer for Foreign Affairs"
)
_OFFICE_RANK = r"(?:(?:Deputy|Vice|High|Chief|Special|Acting|Prime|Foreign)[ \t]+)?"
OFFICE_REST = r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the|to)){0,8}"  # "Ambassador of X to Y"
_POSSESSIVE_OFFICE = re.compile(
    r"(?P<country>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)['’]s[ \t]+"
    rf"(?:{_OFFICE_RANK}(?:{OFFICE_HEADS}){OFFICE_REST}"
    r"|(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?:minister|secretary|envoy|ambassador|commissioner|diplomat|negotiator|president|"
    r"premier|chancellor)"
    # "Uruguay's ambassador to Iceland, Carolina Etcheverry"
    r"(?:[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3})?)"
    r",[ \t]*$"
)  # also lower case: "Haiti's interior minister, Marie-Lourdes Pierre-Louis"


# "the Minister of Foreign Affairs ... of the Italian Republic, Mr. Antonio Tajani".
_OFFICE_OF = re.compile(
    rf"\b(?:{OFFICE_HEADS})\b[^.;]*?\bof[ \t]+(?:the[ \t]+)?"
    r"(?P<country>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2}),[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?$"
)


def possessive_country(text: str, group: Sequence[str]) -> tuple[str, str | None] | None:
    """ "Poland's Radosław Sikorski", "France's Foreign Minister Jean-Noël Barrot", "Brazil
    was represented by Vice President Geraldo Alckmin", "the Minister of Foreign Affairs of
    the Italian Republic, Mr. Antonio Tajani"."""
    for variant in group:
        for start, end in find_all(text, variant)[:4]:
            after = _OF_COUNTRY.match(text, end)  # "Rachel Wambi of Papua New Guinea and ..."
            if after and (found := normalize_country(after["country"])) and found[1]:
                return found
            appositive = _APPOSITIVE_COUNTRY.match(text, end)  # "X, Cyprus's Deputy Minister"
            if appositive and (found := normalize_country(appositive["country"])) and found[1]:
                return found
            window = _BEFORE_HONORIFIC.sub("", text[max(0, start - 90) : start])
            office = _POSSESSIVE_OFFICE.search(window) if window.endswith((", ", ",")) else None
            if office and (found := normalize_country(office["country"])):
                # "Peru's Minister of Foreign Affairs and Trade, Elena Rios", "the EU's chief
                # negotiator, Henrik Aalto" (an organization's office too)
                return found
            of = _OFFICE_OF.search(text[max(0, start - 200) : start])  # a long office
            if of and (found := normalize_country(of["country"])) and found[1]:
                return found  # "the Minister ... of the State of Libya, Mr. X"
            said = _ITS_OWN_SAID.search(text[max(0, start - 200) : start])
            if said and (found := normalize_country(said["country"])) and found[1]:
                return found  # "Kenya's Ministry of ... said that Cabinet Secretary X had ..."
            led = _DELEGATION_LED.search(text[max(0, start - 160) : start])
            if led and (found := normalize_country(led["country"] or led["demonym"])) and found[1]:
                return found  # "a delegation of Trinidad and Tobago headed by ..., X"
            match = _POSSESSIVE.search(window[-70:])
            if match is None:
                continue
            country = normalize_country(match["country"])
            between = match["title"].split()
            # "Vice-President": each part of a hyphenated title is a title word.
            words = [part for w in between for part in w.split("-")]
            if country and country[1] and all(TITLE_WORD.fullmatch(w) for w in words):
                return country
    return _is_the_office(text, group)


def _is_the_office(text: str, group: Sequence[str]) -> tuple[str, str | None] | None:
    """ "Colquhoun, who flew in late on Tuesday, is the first New Zealand foreign minister
    to ...": the person, full name or surname, said to hold a country's office."""
    for variant in {*group, *(g.split()[-1] for g in group if g.split())}:
        for _start, end in find_all(text, variant)[:4]:
            office = _IS_THE_OFFICE.match(text, end)
            if office and (found := normalize_country(office["country"])) and found[1]:
                return found
    return None


# "a delegation of the Republic of Trinidad and Tobago headed by the Minister of Energy,
# Darren Ramsaran", "the Samoan delegation, led by Deputy Prime Minister X".
_DELEGATION_LED = re.compile(
    r"(?:\bdelegation[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?"
    r"(?P<country>[A-Z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3})"
    r"|(?P<demonym>[A-Z][\w'’-]*)[ \t]+delegation),?[ \t]+(?:was[ \t]+)?(?:headed|led)[ \t]+by\b"
    r"[^.;:]{0,90}$"
)


# "Kenya's Ministry of Foreign and Diaspora Affairs said on Thursday that Cabinet Secretary
# X": a government's release tells of its own official.
_ITS_OWN_SAID = re.compile(
    r"\b(?P<country>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})['’]s[ \t]+(?:[A-Z][\w-]+[ \t]+){0,2}"
    r"(?:Ministry|ministry|[Gg]overnment|[Pp]residency|[Oo]ffice)\b[^.;\"“”]{0,80}?"
    r"\b(?:said|announced|reported|confirmed)\b[^.;\"“”]{0,30}?\bthat[ \t]+"
    r"(?:(?:[A-Z][\w'’.-]*|of|for|and|the)[ \t]+){1,6}$"
)


_OF_COUNTRY = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<country>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
    r"(?=[ \t]*(?:[,.;]|and\b|$))"
)
# The person's own office in apposition: "Eleni Papadopoulou, Cyprus's Deputy Minister for
# Migration, who ..." (a country with a possessive, then an office word).
_APPOSITIVE_COUNTRY = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?P<country>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)['’]s[ \t]+"
    r"(?:[A-Z][\w-]*[ \t]+){0,3}?(?:[Pp]resident|[Mm]inister|[Cc]hancellor|[Ss]ecretary|"
    r"[Ee]nvoy|[Aa]mbassador|[Pp]remier|[Cc]ommissioner|[Dd]irector|[Hh]igh[ \t]+[Cc]ommissioner)\b"
    r"(?=[ \t]+[a-z]|[ \t]*[,.;:)]|$)"  # not a list's next person: "A, Burundi's President B"
)
_IS_THE_OFFICE = re.compile(
    r"(?:,[^.;,]{0,100},)?[ \t]+(?:is|was|has[ \t]+been|became)[ \t]+(?:the|a)[ \t]+"
    r"(?:(?:first|second|third|new|current|only|youngest|oldest)[ \t]+)?"
    r"(?P<country>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]+(?:[a-z]+[ \t]+){0,2}"
    r"(?:minister|president|premier|leader|chancellor|envoy|head[ \t]+of[ \t]+state)\b"
)
# An honorific or rank between the office's comma and the name: "..., H.E. Maria Ioannou",
# "Togo's Minister of Security and Civil Protection, Colonel Kossi Awate".
_BEFORE_HONORIFIC = re.compile(
    r"(?:(?:H\.[ \t]?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.|Hon\.|Col\.|Gen\.|Colonel|General|"
    r"Brigadier|Admiral|Major)[ \t]+)+$"
)
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)?\s*")


# A country written after the person as another's office: "X spoke with Suriname's
# President, Marisol Wijngaarde".
_OTHERS_OFFICE = re.compile(
    r"['’]s[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:[Pp]resident|[Mm]inister|[Cc]hancellor|[Kk]ing|"
    r"[Ss]ecretary|[Ll]eader|[Ee]nvoy|[Aa]mbassador|[Pp]remier|[Ee]mir|[Dd]iplomat|[Oo]fficer)\b"
)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (after ". " or a line break)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


def country_in_first_mention(
    text: str, name: str, taken: set[str]
) -> tuple[str, str | None] | None:
    """The one country named in the sentence that introduces the person, if unambiguous.

    Countries already assigned to other officials, and places ("in The Hague,
    Netherlands"), are not counted.
    """
    hits = find_all(text, name)
    # Not a headline ("Anwar's Vientiane bet: ..."): it names places for effect.
    headline = text.find("\n")
    if headline > 0 and not text[:headline].rstrip().endswith((".", '"', "”")):
        hits = [h for h in hits if h[0] > headline] or hits
    if not hits:
        return None
    start = hits[0][0]
    left = sentence_start(text, start)
    ends = [i for i in (text.find(". ", start), text.find("\n", start)) if i != -1]
    sentence = text[left : min(ends) if ends else len(text)]
    strong: dict[str, tuple[str, str | None]] = {}
    weak: dict[str, tuple[str, str | None]] = {}
    previous_place_end = -10
    at = start - left  # where the person is named in the sentence
    for country, code, s, e in find_countries(sentence):
        if at <= s < at + len(name):
            continue  # a word of the name itself: "Ana Lima Sousa" is not from Peru
        if s > at and (
            re.match(r"\s+counterparts?\b", sentence[e:]) or _OTHERS_OFFICE.match(sentence, e)
        ):
            continue  # "Ruiz and her Peruvian counterpart", "... with Suriname's President, Y"
        if (s < at and at - e > 80) or s > at + 60:
            continue  # "Barbados will send a team ... signed by Prime Minister X": far off
        if s > at and _A_SIDE.match(sentence, e):
            continue  # "A, and, on the Cabo Verdean side, by B": B's, never A's
        if (
            s < at
            and _MEETS_BETWEEN.search(sentence, e, at)
            and not _STOOD_IN.search(sentence, e, at)
        ):
            continue  # "the Estonian speaker was received ... by President X": the guest's
        if s > at and "," in sentence[at + len(name) : s] and _NAME_NEXT.match(sentence, e):
            continue  # "X, the Minister of Foreign Affairs of Chile, Ximena Y": Y's office
        if s > at and _VERB_BETWEEN.search(sentence, at + len(name), s):
            continue  # "X exchanged views on Russia's hybrid attacks": a topic
        place = re.search(r"\b(?:in|at|to|from)\s+(?:the\s+)?$", sentence[max(0, s - 9) : s])
        # "travel to Japan and South Korea": every place of a list after "to".
        listed = previous_place_end >= 0 and _LIST_GLUE.fullmatch(sentence[previous_place_end:s])
        if place or listed:
            previous_place_end = e
            continue
        if code and country not in taken:
            # "China's", "Chinese", "China" say whom a person serves; "the Manila
            # meetings" (a capital as an adjective) only where they were.
            surface = sentence[s:e]
            own = sentence[e : e + 2] in ("'s", "’s") or surface.casefold() == country.casefold()
            demonym = re.search(r"(?:an|ese|ish|ch|i)$", surface) is not None
            (strong if own or demonym else weak)[country] = (country, code)
    options = strong or weak
    return next(iter(options.values())) if len(options) == 1 else None


_A_SIDE = re.compile(r"[ \t]+side\b")
# A meeting verb between a country and a name: the country is the other side's.
_MEETS_BETWEEN = re.compile(
    r"\b(?:by|with|met|meets|received|receives|hosted|hosts|welcomed|welcomes|visited)\b"
)
_NAME_NEXT = re.compile(
    r",[ \t]+(?:(?:H\.E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)[ \t]+)?[A-Z]\w+[ \t]+[A-Z]\w"
)
_STOOD_IN = re.compile(r"\brepresented\b|\bon[ \t]+behalf\b")  # "Chile was represented by X"
_VERB_BETWEEN = re.compile(
    r"\b(?:exchanged|discuss(?:ed|es)?|talked|spoke|said|told|views|raised|stressed)\b"
)
