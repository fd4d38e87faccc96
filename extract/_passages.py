"""Article → passages (paragraph-sized, with offsets) and sentences.

Small models do far better on a paragraph than on a whole article, so the
pipeline asks about one passage at a time. Offsets are Python `str` indices
into the original text, so evidence found in a passage maps back exactly.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

MAX_PASSAGE_CHARS = 900
MIN_PASSAGE_CHARS = 60

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\S)")
# A sentence ends at . ! ? (optionally followed by a closing quote or bracket)
# before whitespace and an upper-case letter, digit or opening quote. Common
# abbreviations (U.S., Mr., Dr., Gen., Jan.) are not ends.
_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(]?[A-Z0-9\u00C0-\u024F\u0400-\uFFFF])"
)
# Also a blank line: a heading joined onto its paragraph ends there; not a list's lead-in
# ("The two Ministers agreed to:") or its items. Only for spans that hold one (the scan
# for it at every position costs most passages, single paragraphs, for nothing).
_SENTENCE_OR_BLOCK_END = re.compile(
    _SENTENCE_END.pattern + r"|(?<![:;])[ \t]*\n[ \t]*\n\s*(?![-•*▪])"
)
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|No|Prof|Hon|Rt|Amb|Maj|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Corp|Inc|Co|vs)\.)$"
)
# Words that signal a meeting may be reported; passages without any are skipped.
MEETING_CUES = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks?|talked|held|hold|holds|holding|"
    r"call|calls|called|phone|telephone|phoned|spoke|speak|speaks|conversation|"
    r"visit|visits|visited|visiting|host|hosts|hosted|received|receives|welcomed|"
    r"sat down|bilateral|video|videoconference|virtual|conferred|audience|"
    r"signed|sign|signing|handshake|shook hands|postponed|cancell?ed|called off)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    """A slice of the article: `text == article[start:end]`."""

    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Span]:
    """Non-blank paragraphs (blank-line or line-break separated), stripped, with offsets."""
    spans: list[Span] = []
    pos = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        _append_stripped(spans, text, pos, end)
        if match:
            pos = match.end()
    return spans


def sentences(span: Span) -> list[Span]:
    """Sentences of a span, with article offsets."""
    return list(_sentences(span))  # a fresh list: callers may change it


@functools.lru_cache(maxsize=512)
def _sentences(span: Span) -> tuple[Span, ...]:
    # Many rules split the same passage; splitting it once saves their scans.
    out: list[Span] = []
    pos = 0
    ends = _SENTENCE_OR_BLOCK_END if "\n" in span.text else _SENTENCE_END
    for match in ends.finditer(span.text):
        if _ABBREVIATIONS.search(span.text[: match.start()]):
            continue
        _append_stripped(out, span.text, pos, match.start(), base=span.start)
        pos = match.end()
    _append_stripped(out, span.text, pos, len(span.text), base=span.start)
    return tuple(out)


def passages(text: str, *, max_chars: int = MAX_PASSAGE_CHARS) -> list[Span]:
    """Paragraph-sized passages: long paragraphs split at sentences, tiny ones joined on."""
    return list(_passages(text, max_chars))  # a fresh list: callers may change it


def lead_passage(text: str) -> Span | None:
    """The article's first passage that is not its headline."""
    return next(
        (
            p
            for i, p in enumerate(passages(text))
            # not a release's capitals-only header: "PRESS RELEASE // GHANA AND TOGO SIGN ..."
            if not is_headline(p, i)
            and not _byline(p)
            and p.text.upper() != p.text
            and not _header_lines(p)
        ),
        None,
    )


def _byline(span: Span) -> bool:
    """ "By Carolina Peralta | Santo Domingo / Published Oct. 7, 2027": header lines, no
    sentence of the story."""
    return len(span.text) < 200 and bool(_BYLINE.match(span.text)) and not _ENDS.search(span.text)


def _header_lines(span: Span) -> bool:
    """ "PRESS RELEASE / Rabat, Friday 2 October 2026 / Morocco and Mauritania hold talks":
    short lines merged into one passage, none of them a sentence."""
    lines = [x for x in span.text.splitlines() if x.strip()]
    return (
        len(lines) > 1
        and len(span.text) < 400
        and not any(_ENDS.search(x) or len(x) > 160 for x in lines)
    )


_BYLINE = re.compile(r"(?:By|BY|Published|Updated|Posted)\b")
_ENDS = re.compile(r"[.!?][\"'”’)]?\s*$")


@functools.lru_cache(maxsize=64)
def _passages(text: str, max_chars: int) -> tuple[Span, ...]:
    # The pipeline, the lead's day and the places each split the same article.
    out: list[Span] = []
    for para in paragraphs(text):
        pieces = [para] if len(para.text) <= max_chars else _pack(text, sentences(para), max_chars)
        for piece in pieces:
            if out and len(out[-1].text) < MIN_PASSAGE_CHARS and piece.start - out[-1].end <= 2:
                # A caption-sized line reads better with what follows it.
                merged_start = out[-1].start
                out[-1] = Span(merged_start, piece.end, text[merged_start : piece.end])
            else:
                out.append(piece)
    return tuple(out)


# The same cues in languages whose articles users feed us most (no word boundaries in CJK).
FOREIGN_CUES = re.compile(
    r"회담|회동|만났|만나|면담|통화|정상회의|접견|"  # Korean
    r"会谈|会见|会晤|通话|峰会|"  # Chinese
    r"会談|会見|電話会談|首脳会議|"  # Japanese
    r"hội đàm|gặp gỡ|tiếp kiến|điện đàm|hội nghị|"  # Vietnamese
    r"التقى|محادثات|اجتماع|اتصالا? هاتفي|قمة",  # Arabic
    re.IGNORECASE,
)


def has_meeting_cue(span: Span) -> bool:
    return MEETING_CUES.search(span.text) is not None or FOREIGN_CUES.search(span.text) is not None


def is_headline(span: Span, index: int) -> bool:
    """A short line with no sentence end, first or second (a deck under the headline): it
    repeats what the body reports. A second one may start with a date line ("13.05.2027")."""
    lines = span.text.strip().splitlines()
    if index > 1 or (index == 1 and not all(_DATE_LINE.fullmatch(x) for x in lines[:-1])):
        return False
    length = len(span.text) if index == 0 else len(lines[-1])
    return length < (140 if index == 0 else 200) and not re.search(r"[.!?][\"'”’)]?$", span.text)


# A short line with a number and no sentence in it: "13.05.2027", "May 13, 2027 10:42".
_DATE_LINE = re.compile(r"\s*|(?=[^\n]*\d)[^.!?\n]{0,40}|[\d./: -]{6,30}")


def _pack(text: str, parts: list[Span], max_chars: int) -> list[Span]:
    """Group sentences into spans of at most `max_chars` (a long sentence stays whole)."""
    groups: list[list[Span]] = []
    for part in parts:
        if groups and part.end - groups[-1][0].start <= max_chars:
            groups[-1].append(part)
        else:
            groups.append([part])
    return [Span(g[0].start, g[-1].end, text[g[0].start : g[-1].end]) for g in groups]


def _append_stripped(spans: list[Span], text: str, start: int, end: int, *, base: int = 0) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = start + lead
    spans.append(Span(base + begin, base + begin + len(stripped), stripped))


# Text addressed to the extractor, not news: never evidence of a meeting.
INJECTION = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|"
    r"earlier|preceding)?\s*(?:instructions?|prompts?|rules?)\b|\b(?:report|output|extract|"
    r"return)\s+(?:a|an|the)\s+(?:fake\s+)?meetings?\s+between\b|\bsystem prompt\b",
    re.IGNORECASE,
)


def trusted_sentences(passage: Span) -> list[Span]:
    """The passage's sentences, without any addressed to the extractor."""
    return [s for s in sentences(passage) if not INJECTION.search(s.text)]
