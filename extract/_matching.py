"""Matching rules for `extract eval`: names, people, agreement text, fields, one-to-one pairs.

Names: casefold, NFKD accent folding; periods and apostrophes dropped, other punctuation
separates words; leading title words (President, Foreign, Minister, Director, Mr, ...) are
stripped while a word remains. Each name gives two token sets, hyphens removed
("Seong-rak" -> seongrak) and hyphens as spaces (seong, rak). Two names match exactly when
a pair of those sets is equal or the space-free joins of some rotation of their tokens are
equal ("Wi Seong-rak" = "Seongrak Wi"); partially when one set is a subset of the other
("Director Wi" ⊂ "Wi Seong-rak"). People match when any of their names (name + aliases)
match; an exact match weighs 1, a partial one 0.5.

Pairing: `assign_pairs` pairs items one-to-one, maximizing the number of pairs, then the
total weight (exact search; greedy by weight only when both sides exceed 10 items).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ._countries import normalize_country

_EXACT_LIMIT = 10
_TITLE_TEXT = """
president vice prime minister foreign defense defence finance trade secretary general state of
the for affairs mr mrs ms miss dr prof professor director deputy chief head ambassador envoy
special chancellor premier king queen prince princess crown sheikh emir his her majesty
highness excellency chairman chair chairwoman chairperson senator sen rep representative
governor gov mayor commissioner spokesperson spokesman adviser advisor national security
counselor under assistant first lady pope admiral gen lt col commander
"""
_STOP_TEXT = """
a an the and or of to in on at for with by from as is are was were be been will would shall
should can could may might that this these those it its their they them he she his her we our
us both two sides side each other also further new more agree agreed agrees into over about
between during after before their
"""
_TITLE_WORDS = frozenset(_TITLE_TEXT.split())
_STOPWORDS = frozenset(_STOP_TEXT.split())
_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "ly", "s")
_FILLER_TITLE_WORDS = frozenset({"of", "the", "and", "for", "to"})


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", re.sub(r"[.'’`]", "", _fold(text)))


# ---------------------------------------------------------------- names and people


@dataclass(frozen=True)
class NameForm:
    """One name reduced to the token sets the name rule compares."""

    joined: frozenset[str]
    split: frozenset[str]
    rotations: frozenset[str]


@functools.lru_cache(maxsize=4096)
def _name_form(name: str) -> NameForm | None:
    text = re.sub(r"[.'’`]", "", _fold(name)).replace("\u2010", "-").replace("\u2011", "-")
    words = [w.strip("-") for w in re.split(r"[^\w-]+|_", text) if w.strip("-")]
    while len(words) > 1 and all(p in _TITLE_WORDS for p in words[0].split("-")):
        words.pop(0)
    if not words:
        return None
    parts = [p for w in words for p in w.split("-") if p]
    return NameForm(
        frozenset(w.replace("-", "") for w in words),
        frozenset(parts),
        frozenset("".join(parts[i:] + parts[:i]) for i in range(len(parts))),
    )


def _name_weight(a: NameForm, b: NameForm) -> float:
    if a.joined == b.joined or a.split == b.split or a.rotations & b.rotations:
        return 1.0
    if a.joined <= b.joined or b.joined <= a.joined or a.split <= b.split or b.split <= a.split:
        return 0.5
    return 0.0


def names_match(a: str, b: str) -> bool:
    """True when two name strings match under the evaluation's name rule."""
    fa, fb = _name_form(a), _name_form(b)
    return fa is not None and fb is not None and _name_weight(fa, fb) > 0


@dataclass(frozen=True)
class Person:
    """A gold or predicted participant: its label, its name forms and the fields scored."""

    label: str
    forms: tuple[NameForm, ...]
    title: str | None = None
    country: str | None = None


def person(
    name: str, aliases: Iterable[str], title: str | None = None, country: str | None = None
) -> Person:
    """A `Person` from a name and its aliases (names that reduce to nothing are left out)."""
    forms = (_name_form(n) for n in (name, *aliases))
    return Person(name, tuple(f for f in forms if f is not None), title, country)


def person_weight(a: Person, b: Person) -> float:
    """1 for an exact name match, 0.5 for a partial one, 0 for none (best over all names)."""
    return max((_name_weight(x, y) for x in a.forms for y in b.forms), default=0.0)


# ---------------------------------------------------------------- text and fields


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_words(text: str) -> frozenset[str]:
    """Folded, stemmed words of `text` without stopwords: what agreement matching compares."""
    return frozenset(_stem(w) for w in _words(text) if len(w) > 1 and w not in _STOPWORDS)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice overlap 2|A∩B| / (|A| + |B|); 0 when either side is empty."""
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def location_ok(pred: str | None, gold: str | None) -> bool:
    """Both null, or word-bounded containment either way ("Seoul" ~ "Seoul, South Korea")."""
    if pred is None or gold is None:
        return pred is None and gold is None
    p, g = f" {' '.join(_words(pred))} ", f" {' '.join(_words(gold))} "
    return p.strip() != "" and g.strip() != "" and (p in g or g in p)


def title_ok(pred: str | None, gold: str) -> bool:
    """Word-set containment either way, filler words ("of", "the") ignored."""
    p, g = ({w for w in _words(t) if w not in _FILLER_TITLE_WORDS} for t in (pred or "", gold))
    return bool(p) and bool(g) and (p <= g or g <= p)


def same_country(pred: str, gold: str) -> bool:
    """Equal after country normalization ("U.S." = "United States", "ROK" = "South Korea")."""
    return _country_key(pred) == _country_key(gold)


def _country_key(name: str) -> tuple[str, str]:
    entity = normalize_country(name)
    if entity is not None:
        return "entity", entity[0]
    # Not a known country or organization: compare the folded words, a leading "the" dropped.
    words = _words(name)
    return "text", " ".join(words[1:] if words[:1] == ["the"] else words)


# ---------------------------------------------------------------- one-to-one pairing


def assign_pairs(weights: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """One-to-one (row, col) pairs maximizing the pair count, then the total weight.

    `None` marks a pair that may not match.
    """
    rows, cols = len(weights), len(weights[0]) if weights else 0
    if cols > _EXACT_LIMIT and rows <= _EXACT_LIMIT:
        flipped = [[weights[r][c] for r in range(rows)] for c in range(cols)]
        return sorted((r, c) for c, r in assign_pairs(flipped))
    if cols > _EXACT_LIMIT or rows > _EXACT_LIMIT * 20:
        ranked = sorted(
            (-w, r, c) for r, row in enumerate(weights) for c, w in enumerate(row) if w is not None
        )
        return _greedy_pairs(ranked)

    @functools.cache
    def best(row: int, used: int) -> tuple[int, float, tuple[tuple[int, int], ...]]:
        if row == rows:
            return 0, 0.0, ()
        options = [best(row + 1, used)]
        for col, weight in enumerate(weights[row]):
            if weight is not None and not used >> col & 1:
                count, total, pairs = best(row + 1, used | 1 << col)
                options.append((count + 1, total + weight, ((row, col), *pairs)))
        return max(options, key=lambda option: (option[0], option[1]))

    return list(best(0, 0)[2])


def _greedy_pairs(ranked: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    used_r: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for _, r, c in ranked:
        if r not in used_r and c not in used_c:
            used_r.add(r)
            used_c.add(c)
            pairs.append((r, c))
    return sorted(pairs)
