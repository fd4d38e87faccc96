"""People: titles split from names, name variants grouped into one person.

Within one article a person is written many ways: "Wi Seong-rak", "Seongrak Wi",
"Director Wi", "Wi". Matching folds accents, case and hyphens, and allows the
family name first or last (a rotation of the name parts). A bare surname joins a
full name only when exactly one full name in the article can own it.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ._countries import normalize_country


# Words that make up offices, not names (lower case, punctuation removed).
def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TITLE_WORDS = word_set(
    """
    president presidential vice prime minister ministers ministry secretary secretaries general
    deputy under assistant associate state foreign affairs defense defence director directors
    national security advisor adviser advisers advisors office chief head leader chairman
    chairwoman chair chairperson ambassador envoy special representative representatives senator
    governor mayor king queen prince princess crown emperor empress sheikh emir sultan chancellor
    canciller presidente presidenta ministro ministra
    premier speaker spokesperson spokesman spokeswoman commissioner commander admiral colonel
    lieutenant captain sergeant marshal judge justice attorney counselor counsellor councillor
    consul delegate delegation negotiator official officials pope cardinal bishop archbishop
    reverend treasury finance trade commerce economy economic interior home unification industry
    energy agriculture health education culture transport transportation environment labor labour
    infrastructure works mines mining oil petroleum fisheries tourism housing investment
    resources aviation telecommunications electricity water integration cooperation
    development undersecretary
    science technology communications information department cabinet council commission committee
    assembly parliament parliamentary congress congressman congresswoman senate house party bank
    agency organization organisation union federation republic government administration staff
    embassy consulate secretariat
    joint chiefs forces army navy air force military political strategic international global
    regional european asian pacific atlantic executive first second senior principal acting
    interim former incoming outgoing top lady mission permanent plenipotentiary extraordinary
    central federal supreme high lord baron baroness ruling opposition member members policy
    planning intelligence police service services public relations affair war peace
    presidents premiers chancellors kings princes emirs sultans governors mayors senators
    order internal solidarity sport sports youth women family social welfare veterans immigration
    migration diaspora maritime climate digital innovation research heritage lands forestry
    wildlife minerals reform customs revenue budget states nations association fund
    officer officers pm fm mp ceo cfo nsa nsc dg sg gen lt col maj capt sgt adm amb asst vp
    """
)
# Abbreviations that are titles only with their period ("Sen." but "Hun Sen").
_DOTTED_TITLES = word_set("sen rep gov dep")
# Title words that are also common surnames: a name only right after a name word.
_SURNAME_TITLES = word_set("king bishop major marshal judge chancellor baron cardinal")
_HONORIFICS = word_set(
    "mr mrs ms miss mx dr madam madame sir dame excellency majesty highness "
    "datuk dato datin seri"  # Malaysian: "Datuk Seri Anwar"
    " samdech"  # Cambodian: "Samdech Thipadei Hun Manet"
    " honourable honorable hon prof professor"  # "the Honourable Kelvin Mwale", "Prof."
    " alhaji alhaja hajiya"  # West African: "Alhaji Musa Sesay"
)
STYLES = word_set("sheikh sheikha sayyid sayyida")  # before a name, part of how one is called
_CONNECTORS = word_set("of the for and to on at in with")
# Lower-case words inside names ("Mohammed bin Salman", "Ursula von der Leyen").
PARTICLES = word_set(
    "bin bint binti ibn al el van von der den de da di du dos das del della la le ter ten zu abu"
)
_SUFFIXES = word_set("jr sr ii iii iv")
_MAX_NAME_WORDS = 5
_UNSPLIT_LETTERS = str.maketrans(
    {"đ": "d", "ø": "o", "ł": "l", "æ": "ae", "ð": "d", "þ": "th", "ß": "ss", "œ": "oe"}
)


def _fold(text: str) -> str:
    """Case-folded, accent-free text; letters NFKD cannot split get a plain form."""
    text = text.casefold().translate(_UNSPLIT_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def word_key(token: str) -> str:
    return re.sub(r"[^\w]", "", _fold(token))


def is_title_word(token: str) -> bool:
    if token.endswith(".") and word_key(token) in _DOTTED_TITLES:
        return True
    parts = [p for p in re.split(r"[-‐–]", token) if p]
    return any(word_key(p) in _TITLE_WORDS for p in parts) or word_key(token) in _TITLE_WORDS


def is_name_word(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    if not letters or is_title_word(token):
        return False
    if re.search(r"['’]s$", token):  # "Australia's" qualifies an office
        return False
    if not letters[0].islower():  # capitalized, or a script without case
        return True
    # "al-Sisi", "bin-Zayed": a lowercase particle joined to a capitalized name.
    parts = [p for p in re.split(r"[-‐]", token) if p]
    return len(parts) > 1 and word_key(parts[0]) in PARTICLES and parts[-1][:1].isupper()


def _is_country_word(token: str) -> bool:
    return normalize_country(token) is not None


@lru_cache(maxsize=8192)
def split_title(mention: str) -> tuple[str | None, str]:
    """Split an office from a name: "U.S. Secretary of State Marco Rubio" →
    ("U.S. Secretary of State", "Marco Rubio"); "Mr. Chinh" → (None, "Chinh").

    Handles name-first forms ("Marco Rubio, Secretary of State"). A plain name comes
    back unchanged with title None; a mention that holds only an office
    ("the President") comes back as (office, "").
    """
    text = " ".join(re.sub(r"\([^()]*\)", " ", mention).split())  # "(left)", "(U.S.)"
    if not text:
        return None, ""
    head, comma, tail = text.partition(",")
    if comma and tail.strip():
        for name_part, title_part in ((head, tail), (tail, head)):
            words = _strip_honorifics(name_part.split())
            names_only = all(is_name_word(w) or word_key(w) in PARTICLES for w in words)
            if words and names_only and any(not is_name_word(w) for w in title_part.split()):
                return _clean_title(title_part), " ".join(words)
    words = _strip_honorifics(text.replace(",", " ").split())
    if len(words) == 1 and _is_honorific(words, 0):
        return None, ""  # "Mr." alone names nobody
    start = _name_start(words)
    if start is None or (start > 0 and word_key(words[start - 1]) in _CONNECTORS):
        # "Director Wi of the National Security Office", "President Xi of China".
        qualified = _split_qualifier(words)
        if qualified is not None:
            return qualified
        if start is not None and all(_is_country_word(w) for w in words[start:]):
            return _clean_title(" ".join(words)), ""  # "the Prime Minister of Japan"
    if start is None:  # name first, office after: "Marco Rubio Secretary of State"
        lead = 0
        while lead < len(words) and is_name_word(words[lead]) and not _is_country_word(words[lead]):
            lead += 1
        owner = re.sub(r"['’]s$", "", " ".join(words[: lead + 1]))
        if lead == 0 or (
            lead + 1 < len(words)
            and owner != " ".join(words[: lead + 1])
            and _is_country_word(owner)
            and is_title_word(words[lead + 1])
            and words[lead + 1][:1].isupper()  # not "New Delhi's top diplomat"
        ):
            return _clean_title(" ".join(words)), ""  # "Sierra Leone's Minister": no name
        return _clean_title(" ".join(words[lead:])), " ".join(words[:lead])
    # "Prime Minister of Malaysia Dato' Seri Azman": the styles belong to neither
    office = words[:start]
    styled = _is_honorific(words, start)
    while office and _is_honorific(office, len(office) - 1):
        office.pop()
        styled = True
    if styled and office and office[-1].lower() == "the":
        office.pop()  # "Prime Minister the Hon. Dr. Everton Jn Baptiste"
    return _clean_title(" ".join(office)), " ".join(_strip_honorifics(words[start:]))


def _split_qualifier(words: list[str]) -> tuple[str | None, str] | None:
    """Split "TITLE NAME of PLACE/BODY" into ("TITLE of PLACE/BODY", "NAME")."""
    for i in range(1, len(words) - 1):
        if words[i] not in ("of", "from", "at", "for"):
            continue
        start = _name_start(words[:i])
        if start is None or all(_is_country_word(w) for w in words[start:i]):
            continue
        office = _clean_title(" ".join(words[:start]))
        qualifier = " ".join(words[i:])
        return (f"{office} {qualifier}" if office else None), " ".join(words[start:i])
    return None


def _is_honorific(words: list[str], index: int) -> bool:
    key = word_key(words[index])
    if key in _HONORIFICS or words[index].lower() in ("h.e.", "h.e"):
        return True
    # "His Excellency", "Her Majesty"; a bare "He" may be a surname ("He Lifeng").
    following = word_key(words[index + 1]) if index + 1 < len(words) else ""
    return key in ("his", "her") and following in _HONORIFICS


def _strip_honorifics(words: list[str]) -> list[str]:
    kept = list(words)
    while len(kept) > 1 and _is_honorific(kept, 0):
        kept.pop(0)
    return kept


def _name_start(words: list[str]) -> int | None:
    """Index where a trailing name begins, or None when the mention does not end in a name."""
    last = words[-1]
    ends_in_name = is_name_word(last) or (
        word_key(last) in _SURNAME_TITLES
        and (len(words) == 1 or (is_name_word(words[-2]) and not _is_country_word(words[-2])))
    )
    if not ends_in_name or (len(words) > 1 and _is_country_word(last) and not is_name_word(last)):
        return None
    start = len(words) - 1
    while start > 0 and len(words) - start < _MAX_NAME_WORDS:
        prev = words[start - 1]
        # "President Santiago Peña": a country word between an office and a name is a
        # given name; an office's country comes before it ("Chilean President").
        is_office_country = (
            _is_country_word(prev)
            and not _country_noun_in_name(words, start)
            and not (start >= 2 and is_title_word(words[start - 2]))
        )
        is_particle = word_key(prev) in PARTICLES and prev[:1].islower()
        if not ((is_name_word(prev) and not is_office_country) or is_particle):
            break
        if len(words) - start >= 2 and start >= 2 and word_key(words[start - 2]) in ("of", "for"):
            break  # "Minister of Tourism Ana Lopez": the word after "of" ends the office
        if (
            len(words) - start >= 2
            and start >= 3
            and word_key(words[start - 3]) in ("to", "of", "for", "in", "the")
            and _is_country_word(" ".join(words[start - 2 : start]))
        ):
            break  # "Ambassador to Viet Nam Orathai Phumiphat": a two-word country ends it
        start -= 1
    if start >= 2 and word_key(words[start - 1]) == "and" and _inside_of_office(words[: start - 1]):
        # "Secretary of Labor and Employment Ramon Estrella", "Minister of Disaster Risk
        # Reduction and Management": the word after "and" completes the office.
        return start + 1 if len(words) - start >= 2 else None
    return start


def _inside_of_office(words: list[str]) -> bool:
    """Do `words` end inside an office's "of ..." part ("Secretary of Labor")?"""
    for i in range(len(words) - 1, 0, -1):
        if word_key(words[i]) in ("of", "for"):
            return any(is_title_word(w) for w in words[:i])
        if not words[i][:1].isupper():
            return False
    return False


def _country_noun_in_name(words: list[str], start: int) -> bool:
    # "Defense Minister Israel Katz": a country noun right before a one-word name is a
    # given name, unless it completes an office ("Prime Minister of Israel").
    # So is a capital's name ("Santiago Peña"); a demonym ("Chilean Boric") is not.
    prev = words[start - 1]
    found = normalize_country(prev)
    # "Sofía Acosta Rey": the mention's first word, before a name of two words, is one too
    if (start != len(words) - 1 and start != 1) or found is None:
        return False
    if word_key(found[0]) != word_key(prev) and (
        re.search(r"(?:an|ese|ish|ch|i)$", prev) or not re.fullmatch(r"[A-Z][^\W\d_A-Z]{3,}", prev)
    ):
        return False  # a demonym, or "U.S.", "UK": the office's country
    return start - 1 == 0 or word_key(words[start - 2]) not in _CONNECTORS


def _clean_title(title: str) -> str | None:
    words = _strip_honorifics(title.strip(" ,;:-").split())
    if len(words) == 1 and _is_honorific(words, 0):
        words = []
    while words and word_key(words[-1]) in STYLES:
        words.pop()  # "Foreign Minister Sheikh Khalid": a style of the name, not the office
    cleaned = " ".join(words).strip(" ,;:-")
    return cleaned or None


# --- matching ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]  # folded, hyphenated parts joined ("seongrak")
    parts: frozenset[str]  # words, hyphen-split parts and adjacent-word joins
    suffix: str
    concat: str  # the words run together, doubled letters single: spelling-insensitive


@lru_cache(maxsize=4096)
def _parse(mention: str) -> _Name:
    _, name = split_title(mention)
    words: list[str] = []
    pieces: set[str] = set()
    suffix = ""
    for raw in name.split():
        # The Arabic article in any transliteration: "El-Sisi" = "al-Sisi", "ash-Shara".
        raw = _ARTICLE.sub("al", raw)
        key = word_key(raw.replace("-", "").replace("‐", ""))
        if not key:
            continue
        if key in _SUFFIXES and words:
            suffix = key
            continue
        words.append(key)
        pieces.update(word_key(p) for p in re.split(r"[-‐]", raw) if word_key(p))
    pieces.update(words)
    pieces.update(a + b for a, b in itertools.pairwise(words))
    return _Name(tuple(words), frozenset(pieces), suffix, _squeeze("".join(words)))


_ARTICLE = re.compile(r"^(?:[Ee]l(?=[-‐]|$)|(?:[Aa][dnrstz]|[Aa]sh)(?=[-‐]))")


def _squeeze(letters: str) -> str:
    """Doubled letters as one: "Abdelatty" and "Abdel Aty", "Mohammed" and "Mohamed"."""
    return re.sub(r"(.)\1+", r"\1", letters)


def _equal(a: _Name, b: _Name) -> bool:
    """Same full name: equal up to hyphens/spacing and family-name-first vs last."""
    if not a.words or not b.words or len(a.concat) != len(b.concat):
        return False
    if (a.suffix != b.suffix) and len(a.words) > 1 and len(b.words) > 1:
        return False
    if sorted(a.concat) != sorted(b.concat):
        return False
    rotations = {_squeeze("".join(a.words[i:] + a.words[:i])) for i in range(len(a.words))}
    return b.concat in rotations


def _part_of(short: _Name, long: _Name) -> bool:
    """`short` is a strictly smaller form of `long` ("Wi" of "Wi Seong-rak", "M. Rubio")."""
    if not short.words or len(short.concat) >= len(long.concat) or _equal(short, long):
        return False
    if short.suffix and short.suffix != long.suffix:
        return False
    if len(short.words) > 1 and long.concat.endswith(short.concat):
        return True  # "Abdel Aty" of "Badr Abdelatty"
    matched_full = False
    for word in short.words:
        if len(word) == 1:  # an initial
            if not any(p.startswith(word) for p in long.parts):
                return False
        elif word in long.parts:
            matched_full = True
        else:
            return False
    return matched_full


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """True when two mentions can name the same person (titles and honorifics ignored).

    Pairwise only: a bare surname matches every full name that contains it; use
    `cluster_names` to decide between several candidates.
    """
    x, y = _parse(a), _parse(b)
    if not x.words or not y.words:
        return False
    return _equal(x, y) or _part_of(x, y) or _part_of(y, x)


def cluster_names(names: Sequence[str]) -> list[list[str]]:
    """Group the name variants of one article into people, in order of first mention.

    Full names that are equal up to spelling form a person; a shorter form ("Wi",
    "President Lee") joins a person only when exactly one person can own it,
    otherwise it stays on its own. Repeated strings are listed once.
    """
    unique = list(dict.fromkeys(names))
    return [[unique[i] for i in group] for group in cluster_indices(unique)]


def cluster_indices(
    names: Sequence[str], compatible: Callable[[int, int], bool] | None = None
) -> list[list[int]]:
    """`cluster_names` over positions, with an optional veto `compatible(i, j)`.

    Every position appears in exactly one group (repeats are not collapsed), so a
    caller can cluster records that share a name but differ in, say, country.
    """
    allowed = compatible or (lambda _i, _j: True)
    parsed = [_parse(name) for name in names]
    groups: list[list[int]] = []
    by_letters: dict[str, list[list[int]]] = {}  # equal names are anagrams of each other
    for i, name in enumerate(parsed):  # people by full-name equality
        bucket = by_letters.setdefault("".join(sorted(name.concat)), []) if name.words else []
        home = next(
            (g for g in bucket if _equal(name, parsed[g[0]]) and all(allowed(i, j) for j in g)),
            None,
        )
        if home is None:
            home = []
            groups.append(home)
            bucket.append(home)
        home.append(i)

    by_part: dict[str, set[int]] = {}  # name part → groups whose names contain it
    for number, group in enumerate(groups):
        for part in {p for member in group for p in parsed[member].parts}:
            by_part.setdefault(part, set()).add(number)

    def containers(number: int) -> list[int]:
        """Groups that `groups[number]` is a shorter form of (and not vetoed against)."""
        small = groups[number]
        anchor = next((w for w in parsed[small[0]].words if len(w) > 1), None)
        found = []
        found_by = by_part.get(anchor, set()) if anchor else set()
        if len(parsed[small[0]].words) > 1:  # "Abdel Aty" of "Badr Abdelatty": no shared part
            found_by = set(range(len(groups)))
        for other in sorted(found_by):
            big = groups[other]
            if (
                other != number
                and any(_part_of(parsed[small[0]], parsed[b]) for b in big)
                and all(allowed(s, b) for s in small for b in big)
            ):
                found.append(other)
        return found

    inside = [containers(number) for number in range(len(groups))]
    maximal = {number for number, found in enumerate(inside) if not found}
    clusters: dict[int, list[int]] = {number: list(groups[number]) for number in maximal}
    for number, found in enumerate(inside):
        owners = [other for other in found if other in maximal]
        if number in maximal:
            continue
        if len(owners) == 1:
            clusters[owners[0]].extend(groups[number])
        else:
            clusters[number] = list(groups[number])
    return sorted((sorted(members) for members in clusters.values()), key=lambda m: m[0])


def canonical_name(variants: Sequence[str]) -> str:
    """The fullest form as written: most words, then first seen; never with a title."""
    best = ""
    for variant in variants:
        _, name = split_title(variant)
        if len(name.split()) > len(best.split()):
            best = name
    # A transcript's label, "ANA LUCÍA BENÍTEZ ARANDA": the name, not the shouting
    return best.title() if best.isupper() and len(best) > 3 else best
