"""Finding model-copied strings in the article, and building exact `Evidence`.

Small models copy names and phrases with small slips (case, accents, a dropped
hyphen). Matching folds those per character, so every index in the folded text
is the same index in the original: the evidence we emit is always an exact slice.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from ._models import Evidence
from ._passages import Span

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset(
    "the a an of to and in on at for with by from that this as is was were be been "
    "their its his her they he she it said also two sides both".split()
)


@functools.lru_cache(maxsize=256)
def fold(text: str) -> str:
    """Lower-case, accent-free, hyphen-as-space; same length as `text`."""
    if text.isascii():  # the common case, without per-character work
        return text.lower().replace("-", " ").replace("`", "'")
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[0] if ch.isalpha() else ch
        if ch in "-‐‑–":
            base = " "
        elif ch in "’‘`":
            base = "'"
        out.append(base.lower() if len(base.lower()) == 1 else base)
    return "".join(out)


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of `needle` in `text` as whole words, ignoring case and accents."""
    return list(_find_all(text, needle.strip())) if needle.strip() else []


@functools.lru_cache(maxsize=4096)
def _find_all(text: str, needle: str) -> tuple[tuple[int, int], ...]:
    # The rules look the same names up in the same article many times over.
    folded_text, folded_needle = fold(text), fold(needle)
    # `str.find` with word-boundary checks, scanning on past each hit like
    # `re.finditer(r"(?<!\w)needle(?!\w)")` but without compiling a pattern per needle.
    hits: list[tuple[int, int]] = []
    size, start = len(folded_needle), folded_text.find(folded_needle)
    while start != -1:
        end = start + size
        if not (start and _is_word_char(folded_text[start - 1])) and not (
            end < len(folded_text) and _is_word_char(folded_text[end])
        ):
            hits.append((start, end))
            start = folded_text.find(folded_needle, end)
        else:
            start = folded_text.find(folded_needle, start + 1)
    return tuple(hits)


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches in a `str` pattern."""
    return ch.isalnum() or ch == "_"


def find_first(text: str, needle: str, *, within: Span | None = None) -> tuple[int, int] | None:
    """First occurrence, searching inside `within` first, then the whole text."""
    if within is not None:
        hits = find_all(within.text, needle)
        if hits:
            return within.start + hits[0][0], within.start + hits[0][1]
    hits = find_all(text, needle)
    return hits[0] if hits else None


def evidence(text: str, start: int, end: int) -> Evidence:
    """An exact span of `text` (validated against it)."""
    return Evidence.model_validate(
        {"quote": text[start:end], "start": start, "end": end}, context={"text": text}
    )


def span_evidence(text: str, span: Span) -> Evidence:
    return evidence(text, span.start, span.end)


@functools.lru_cache(maxsize=1024)
def content_words(text: str) -> frozenset[str]:
    return frozenset(
        w for w in (m.group().lower() for m in _WORD.finditer(fold(text))) if w not in _STOP
    )


def overlap(a: str, b: str) -> float:
    """Share of the smaller side's content words found in the other (0..1)."""
    return _words_overlap(content_words(a), content_words(b))


def _words_overlap(wa: frozenset[str], wb: frozenset[str]) -> float:
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _share(words: frozenset[str], wanted: frozenset[str]) -> float:
    """`overlap` of a sentence's words with the query's, scaled down for a sentence of
    fewer than three words."""
    return _words_overlap(words, wanted) * min(1.0, len(words) / 3)


def best_sentence(sentences: Sequence[Span], query: str, *, minimum: float = 0.3) -> Span | None:
    """The sentence that shares most content words with `query`. A heading of a word or
    two ("TASHKENT") counts for as little as it holds: it states no decision."""
    wanted = content_words(query)
    scored = [(_share(content_words(s.text), wanted), -i, s) for i, s in enumerate(sentences)]
    if not scored:
        return None
    score, _, best = max(scored, key=lambda item: (item[0], item[1]))
    return best if score >= minimum else None


def mentions(text: str, name: str) -> bool:
    return bool(find_all(text, name))
