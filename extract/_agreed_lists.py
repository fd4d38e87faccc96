"""The items of a list of what the sides agreed or signed, one per line after a lead-in:
"The two Ministers further agreed to:" then "- establish a joint committee ...;", or "the
following instruments were signed:" then "a. Memorandum of Understanding on ...;".

A release often writes each item as a paragraph of its own, so the list runs on past the
passage the lead-in is in; the model sees the items without the lead-in that makes them
joint.
"""

from __future__ import annotations

import re

from . import _cues
from ._agreements import AgreementCandidate
from ._passages import Span

_LEAD_IN = re.compile(
    r"\b(?:(?P<agreed>(?:agreed|resolved|decided)[ \t]+to|"
    r"(?:agreed|resolved|decided)(?:[ \t]+as[ \t]+follows)?(?=:)|"  # "the parties resolved:"
    r"(?:sides|parties)[ \t]+commit(?:ted)?[ \t]+to)|"
    # "signed, or witnessed the signing of, the following instruments:"
    r"(?:were|was)[ \t]+signed|signed(?=:)|"  # "the two ministers signed:"
    r"(?:signed|signing[ \t]+of)(?:,[^,:\n]{0,60},)?[ \t]+the[ \t]+following)"
    r"[^:\n.]{0,120}:[ \t]*\n",
    re.IGNORECASE,
)
_MARK = r"(?:[-–—•*▪]|\(?[a-z0-9]{1,2}[.)])"
_ITEM = re.compile(rf"[ \t]*(?P<mark>{_MARK})[ \t]+(?P<item>\S.*?)[;,.]?(?:[ \t]+and)?[ \t]*")
_SEARCH_BACK = 1500  # characters before a passage where its list's lead-in may stand


def listed_items(text: str, passage: Span) -> list[AgreementCandidate]:
    """The items whose lines stand in `passage`, of a list whose lead-in is in it or before
    it with only list lines between."""
    out: list[AgreementCandidate] = []
    if ":" not in text[max(0, passage.start - _SEARCH_BACK) : passage.end]:
        return out  # no lead-in anywhere near: the common case, at one scan
    # The lead-in's line break may fall just past a passage that ends at its colon.
    leads = _LEAD_IN.finditer(text, max(0, passage.start - _SEARCH_BACK), passage.end + 4)
    for lead in leads:
        # The lead-in's passage takes the whole list, whose lines may be passages of their
        # own that no model reads ("a) Memorandum of Understanding on ...;").
        own = lead.start() >= passage.start
        for start, item in _lines(text, lead.end(), len(text) if own else passage.end):
            if start < passage.start:
                continue  # an item of an earlier passage: told there
            span = Span(start, start + len(item), item)
            if lead["agreed"]:
                # "- that the market would reopen on ...": "Agreed that ..."
                what = f"Agreed {item}" if item.startswith("that ") else f"Agreed to {item}"
                kind = _cues.agreement_type_from(item, what, "commitment")
            else:
                what, kind = f"Signed {item}", "signed_document"
            out.append(AgreementCandidate(summary=what, type=kind, sentence=span))
    return out


def _mark_kind(mark: str) -> str:
    """A list marker's kind: a bullet, a letter or a number."""
    core = mark.strip("().")
    return "number" if core.isdigit() else "letter" if core.isalpha() else "bullet"


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, item) of the list lines from `start`, up to the first line that is not an
    item (blank lines between items are skipped), and not past `end`."""
    found: list[tuple[int, str]] = []
    pos = start
    kind: str | None = None
    while pos < end:
        stop = text.find("\n", pos)
        stop = len(text) if stop == -1 else stop
        line = text[pos:stop]
        if line.strip():
            item = _ITEM.fullmatch(line)
            if item is None:
                break
            # "a) ...; e) ...." then the release's own "5. The Ministers ...": another list.
            mark = _mark_kind(item["mark"])
            if kind is not None and mark != kind:
                break
            kind = mark
            found.append((pos + item.start("item"), item["item"]))
        pos = stop + 1
    return found
