"""Stand-ins: a person only represented by someone else is not a participant.

"Iwaya attended on behalf of Prime Minister Shigeru Ishiba": Ishiba was not there.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ._people import is_name_word, is_title_word, split_title, word_key, word_set

_STAND_IN_BEFORE = re.compile(
    r"(?:on\s+behalf\s+of|in\s+place\s+of|instead\s+of|in\s+lieu\s+of|representing"
    r"|(?<!was\s)(?<!were\s)(?<!be\s)represent(?:ed|s)"  # "X represented the Minister at"
    r"|(?:standing|stood|stands|stand|filling|filled|fill|fills|sat|sits|sitting)\s+in\s+for"
    r"|(?:sent|dispatched)\s+by|on\s+(?:the\s+)?(?:instructions?|orders?)\s+(?:of|from)"
    r"|as\s+(?:a\s+|the\s+)?(?:special\s+|personal\s+)?(?:envoy|representative|emissary)\s+(?:of|for)"
    r"|(?:message|letter|greetings|regards|invitation)\s+from"
    # "in implementation of the directives of His Majesty King X": whose policy, not who met
    r"|(?:directives?|instructions|guidance|patronage)\s+of)"
    r"\s+(?:(?:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.)\s+)*"  # "on behalf of H.E. Mr. X"
    r"(?P<filler>(?:[^\s,.;:!?()]+\s+){0,6})$",
    re.IGNORECASE,
)
_STAND_IN_AFTER = re.compile(
    r"^(?:['’]s\s+(?:special\s+|personal\s+|top\s+)?"
    r"(?:envoy|representative|emissary|proxy|messenger|message|letter|absence|behalf|"
    r"greetings|regards|best\s+wishes|congratulations|apologies)"
    # "X, who is on a working visit to Brussels, was represented at the meeting by Y"
    # "X, cancelled his trip to Baku ... and was represented at Wednesday's talks by Y"
    r"|(?:,[^,;.]{0,80},|,[^,;.]{0,80}?\sand)?,?\s+(?:who\s+)?(?:was|were|is|will\s+be)\s+"
    r"represented(?:\s+at\s+(?:the|\w+['’]s)\s+\w+)?\s+by"
    # "X, did not, because he was in Addis Ababa", "X did not attend": absent
    r"|,?\s+(?:who\s+)?did\s+not(?:\s+(?:attend|come|travel|take\s+part|join))?(?=[,.;]|\s+because)"
    # "X, had been expected in Ashgabat but stayed in Baku": absent
    r"|,?\s+(?:who\s+)?had\s+been\s+(?:expected|due|scheduled)\b[^.;]{0,80}?\bbut\s+"
    r"(?:stayed|remained|pulled\s+out|could\s+not|was\s+unable|cancell?ed|withdrew"
    r"|(?:is|was)\s+(?:recovering|ill|unwell|indisposed|in\s+hospital|hospitali[sz]ed))"
    # "Her counterpart, X, was attending a ministerial conference abroad": away
    r"|,?\s+(?:who\s+)?(?:was|is|were)\s+(?:(?:attending|travelling|traveling|on)\b[^.;,]{0,60}?"
    r"\b)?(?:abroad|overseas|away|out\s+of\s+the\s+country)\b"
    # "President X sent a personal envoy to Santiago": the envoy went, not X
    r"|\s+(?:has\s+|had\s+)?(?:sent|dispatched)\s+(?:a|an|his|her)\s+(?:special\s+|personal\s+)?"
    r"(?:envoy|emissary|representative)\b"
    # "(Ambassador X had returned to Tokyo after the meeting in Sapporo)": gone
    r"|\s+had\s+(?:already\s+)?(?:returned|left|flown\s+(?:back|home)|gone\s+(?:back|home))\b)",
    re.IGNORECASE,
)
_FILLER_WORDS = word_set("the his her their its of and for to")
# Every phrase `_STAND_IN_BEFORE` knows holds one of these: a plain substring check
# spares its position-by-position scan in the many passages with none of them.
_BEFORE_KEYS = (
    "behalf", "place", "instead", "lieu", "represent", "stand", "stood", "fill", "sent",
    "dispatched", "instruction", "order", "envoy", "emissary", "message", "letter", "greetings",
    "regards", "invitation", "directive", "guidance", "patronage",
)  # fmt: skip


def is_stand_in(name: str, passage: str) -> bool:
    """True when every mention of `name` in `passage` is inside a represented-by phrase.

    "Iwaya attended on behalf of Prime Minister Shigeru Ishiba" → True for Ishiba:
    he was represented, not present. False when the name is not found or is also
    mentioned as acting in person.
    """
    spans = _occurrences(name, passage)
    return bool(spans) and all(represented_at(passage, start, end) for start, end in spans)


def _occurrences(name: str, passage: str) -> list[tuple[int, int]]:
    words = split_title(name)[1].split()
    if not words:
        return []
    folded = _fold_same_length(passage)
    patterns = [words]
    if len(words) > 1:
        patterns.extend(words[i:] + words[:i] for i in range(1, len(words)))
    for candidate in patterns:
        spans = _find_words(candidate, folded)
        if spans:
            return spans
    fallback: list[tuple[int, int]] = []
    for word in {words[0], words[-1]} if len(words) > 1 else set():
        if len(word_key(word)) >= 2:
            fallback.extend(_find_words([word], folded))
    return sorted(set(fallback))


def _find_words(words: list[str], folded: str) -> list[tuple[int, int]]:
    pieces = [
        r"[\s\-‐]*".join(re.escape(p) for p in re.split(r"[-‐]", _fold_same_length(w)) if p)
        for w in words
    ]
    pattern = r"(?<!\w)" + r"[\s\-‐]+".join(pieces) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, folded, re.IGNORECASE)]


@lru_cache(maxsize=1024)
def _fold_same_length(text: str) -> str:
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch.lower())
        base = "".join(c for c in base if not unicodedata.combining(c))
        out.append(base if len(base) == 1 else ch.lower() if len(ch.lower()) == 1 else ch)
    return "".join(out).replace("đ", "d")


_ACCEPTED = re.compile(r"\baccept(?:s|ed|ing)?\s+(?:an|the|his|her)\s+invitation\b", re.I)


def represented_at(passage: str, start: int, end: int) -> bool:
    """Is the mention at `start`-`end` ("Ishiba", "the Minister") one someone stood in for?"""
    before = passage[max(0, start - 160) : start]
    low = before.lower()
    match = _STAND_IN_BEFORE.search(before) if any(k in low for k in _BEFORE_KEYS) else None
    if match and _ACCEPTED.search(before[: match.start() + 12]):
        match = None  # "accepted an invitation from X to visit": X hosts the visit
    if match:
        filler = match["filler"].split()
        if all(is_name_word(w) or word_key(w) in _FILLER_WORDS or is_title_word(w) for w in filler):
            return True
    if _OFFICE_THEN_NAME.search(before) and re.match(r"\s*(?:,|\(|$)", passage[end:]):
        return True
    return bool(_STAND_IN_AFTER.search(passage[end : end + 140]))


# "on behalf of the Speaker of the National Council, X, who is abroad": the office, a
# comma, then its holder set off by commas (not "On behalf of the President, Y received").
_OFFICE_THEN_NAME = re.compile(
    r"(?:on\s+behalf\s+of|in\s+place\s+of|(?:standing|stood|filling)\s+in\s+for|representing)"
    r"\s+the\s+"
    r"(?:[^\s,.;:!?()]+\s+){0,10}?[^\s,.;:!?()]+,\s+(?:(?:Mr|Ms|Mrs|Dr|Amb)\.?\s+)?$",
    re.IGNORECASE,
)
