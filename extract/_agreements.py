"""What the sides agreed: items of the model's draft (and of plain "They agreed to ..."
wording) kept only where a sentence states a joint decision.

A demand, hope or welcome voiced by one side, or a comment quoted from an analyst, is
not an agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import _cues
from ._agreed_clauses import (
    DOCUMENT_TOO,
    joint_agreement_in,
    joint_agreements,
    joint_sides,
)
from ._drafts import DraftAgreement, DraftMeeting
from ._grounding import best_sentence, overlap
from ._passages import Span, sentences, trusted_sentences
from ._people import same_person


@dataclass
class AgreementCandidate:
    summary: str
    type: str
    sentence: Span


_NEW_MEETING = re.compile(r"\b(?:met|meet|received|hosted|welcomed|spoke|held|visited)\b")


def with_told_agreements(draft: DraftMeeting, parts: list[Span], sentence: Span) -> DraftMeeting:
    """The draft plus what "They (also) agreed to ..." / "X and Y agreed to ..." clauses
    in the reporting sentence and after it add, up to the next meeting told: a small
    model often lists one item per passage."""
    extra: list[DraftAgreement] = []
    for part in parts:
        if part.start < sentence.start:
            continue
        told = joint_agreement_in(part.text)
        if told is None and part.start > sentence.start and _NEW_MEETING.search(part.text):
            break
        if told is not None:
            extra.extend(_new_pieces([told], [*draft.agreements, *extra]))
    if not extra:
        return draft
    return draft.model_copy(update={"agreements": _and_told(draft.agreements, extra)})


def _and_told(items: list[DraftAgreement], told: list[DraftAgreement]) -> list[DraftAgreement]:
    """The model's items and those told in plain words. A model item that is only a scrap
    of a clause told in full ("the outcomes of the phone talks" in "agreed to meet in
    person ... to review the outcomes of the phone talks") gives way to the clause."""
    kept = [a for a in items if not any(_scrap_of(a.what, b.what) for b in told)]
    return [*kept, *told]


def _scrap_of(short: str, full: str) -> bool:
    """Is `short` a noun phrase inside a plan to meet ("... to review the outcomes")?
    Not one document of a list the clause lumps ("an MoU on X and another on Y")."""
    scrap = short.strip(" .").casefold()
    return (
        2 * len(scrap) < len(full)
        and _cues.MEET_AGAIN.search(full) is not None
        and scrap in full.casefold()
        and not _cues.JOINT.match(scrap)
        and not _cues.SIGNED.search(scrap)
    )


_COMPOUND = re.compile(
    # "We agreed that X, and we agreed to convene Y"
    r",?\s+and\s+(?=(?:we\s+|they\s+)?(?:to|also|agreed|signed|pledged|said)\s)",
    re.IGNORECASE,
)


# The item before, told on: "which is to hold ...", "co-chaired by the two ministries",
# "will hold its first session in Jakarta"
_RELATIVE = re.compile(
    r"(?:which|who|whose|where|will|(?:co-)?chaired[ \t]+by|headed[ \t]+by)\b", re.IGNORECASE
)
_BULLET = re.compile(r"\s*\n\s*[-–—•*▪][ \t]*")
_LIST_END = re.compile(r"[;,.]?(?:[ \t]+and)?$")  # "...within ninety days; and"


_TYPE_WORDS = frozenset("signed document commitment intent to meet other agreement type".split())


# "agreed to stay in close contact and to aim for a summit": staying in touch is how
# the second item is pursued, not an item of its own.
_KEEP_IN_TOUCH = re.compile(
    r"^(?:agreed[ \t]+)?(?:to[ \t]+)?(?:maintain|keep|stay)(?:[ \t]+in)?(?:[ \t]+close)?"
    r"[ \t]+(?:communication|contact|touch)$",
    re.IGNORECASE,
)


def _new_pieces(told: list[DraftAgreement], known: list[DraftAgreement]) -> list[DraftAgreement]:
    """The pieces of items told in plain words ("agreed to X and to Y") that no item
    already known, nor a piece taken before, states."""
    out: list[DraftAgreement] = []
    for item in told:
        for piece in _split_compound(item.what):
            if all(
                overlap(piece, b.what) <= 0.6 or _scrap_of(b.what, piece) for b in [*known, *out]
            ):
                out.append(DraftAgreement(what=piece, type=item.type))
    return out


def _split_compound(what: str) -> list[str]:
    """'agreed to X and to keep Y' → two agreements, when both halves are substantial;
    'signed the Memorandum on X, as well as the Plan of Y' → two documents."""
    if _BULLET.search(what):  # "agreed to: - establish X; - convene Y; and - intensify Z"
        head, *items = _BULLET.split(what)
        verb = head.strip(" :")
        return [f"{verb} {_LIST_END.sub('', i.strip())}" for i in items if i.strip()]
    parts = [p.strip(" ,.") for p in _COMPOUND.split(what)]
    if len(parts) == 1:
        parts = [p.strip(" ,.") for p in DOCUMENT_TOO.split(what)]
    if len(parts) > 1 and all(len(p.split()) >= 3 and not _KEEP_IN_TOUCH.match(p) for p in parts):
        if any(_OF_THE_ONE_BEFORE.match(p) for p in parts[1:]):
            return [what]  # "to reactivate the committee ... and to task it with ...": one item
        return parts
    return [what]


# A half that acts on what the first named: "to task it with reviewing ...".
_OF_THE_ONE_BEFORE = re.compile(r"(?:to[ \t]+)?[a-z]+[ \t]+(?:it|them)\b")


_BACK_REFERENCE = re.compile(
    r"\b(?:the (?:two|three|four)(?: \w+)?|they|both (?:sides|leaders|ministers|men|women)|"
    r"the (?:leaders|ministers|sides|officials|pair|parties|participants|interlocutors)|"
    r"both parties|"
    r"the (?:heads of (?:state|government)|presidents|prime ministers|premiers)|"
    r"we (?:also )?agreed|"
    r"(?-i:[Tt]he (?:[A-Z][\w'’-]*[ \t]+){1,3}and the [A-Z])|"  # "The Prime Minister and the T..."
    r"(?:during|after|at the end of) (?:the|their|his|her) (?:\w+ )?(?:visit|talks|meeting))\b",
    re.IGNORECASE,
)


# "Abdelatty and Safadi agreed to ... at next month's Arab League meeting": what the
# sides of a meeting just told agreed, not a meeting of its own.
_AGREES_ONLY = re.compile(
    r"^(?:[^,]{0,80},[ \t]+)?(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)"
    r"(?:[ \t]+and[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*)?"
    # "Mr Hung and Mr Bounthavy — whose name KPL spells Bounthavi — also agreed"
    r"(?:[ \t]*[—–][^—–.;]{1,100}[—–])?"
    r"[ \t]+(?:also[ \t]+|further[ \t]+)?(?:agreed|pledged|decided|committed)\b"
    # "During the meeting, Canciller Márquez and Minister Ramsaran signed ...": an outcome
    # of the meeting just told.
    r"|^(?:During|At|In[ \t]+the[ \t]+course[ \t]+of)[ \t]+(?:the|their|this)[ \t]+"
    r"(?:meeting|talks|visit)\b[^.;]*?\b(?:signed|inked)\b"
)


def only_agrees(sentence: str) -> bool:
    return bool(_AGREES_ONLY.search(sentence))


def follow_up_agreements(
    passage: Span, draft: DraftMeeting, sides: Sequence[str]
) -> list[AgreementCandidate]:
    """Agreements of a passage that names no meeting but refers back to the one reported
    just before (`sides`: its people): "The two leaders agreed", "Ruiz and Berg signed"."""
    if not _BACK_REFERENCE.search(passage.text) and not _names_the_sides(passage, sides):
        return []
    # The model may list only some items, or only a source's words ("..., Kang said").
    told = _new_pieces(joint_agreements(passage), draft.agreements)
    draft = draft.model_copy(update={"agreements": _and_told(draft.agreements, told)})
    return agreements_in(trusted_sentences(passage), draft)


def _names_the_sides(passage: Span, sides: Sequence[str]) -> bool:
    """Does a sentence say two of `sides` agreed ("Ruiz and Berg signed ...", '"President X
    and his brother General Y" had agreed ...')?"""
    surnames = {s.split()[-1] for s in sides if s.split()}
    for sentence in sentences(passage):
        named = joint_sides(sentence.text)
        if named and all(any(same_person(n, s) for s in sides) for n in named):
            return True
        verb = _cues.JOINT.search(sentence.text)
        before = sentence.text[: verb.start()] if verb else ""
        if sum(1 for n in surnames if re.search(rf"\b{re.escape(n)}\b", before)) >= 2:
            return True
    return False


# An item that starts with one named side and a one-sided verb.
_ONE_SIDED = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+){1,4}(?:also[ \t]+)?(?:welcomed|asked|urged|hoped|expressed|"
    r"called|requested|praised|thanked|conveyed|invited|proposed|said|stressed|noted|"
    r"announced|offered|pressed|demanded)\b"
)


_TALKED_ABOUT = re.compile(
    r"(?:(?:they|the[ \t]+two(?:[ \t]+\w+)?|both(?:[ \t]+sides)?)[ \t]+)?(?:also[ \t]+)?"
    r"(?:discussed|talked[ \t]+about|exchanged[ \t]+views|reviewed|touched[ \t]+on|"
    r"coordinated[ \t]+(?:their[ \t]+)?positions|compared[ \t]+notes)\b",
    re.IGNORECASE,
)


# "Signed in the Togolese capital": where or by whom, not what was signed.
# "signed in the capital", "Signed for the Government of Ghana": where or for whom, not what
_SIGNED_WHERE = re.compile(
    r"(?:was[ \t]+|were[ \t]+)?signed[ \t]+(?:in|at|by|on|during|for[ \t]+the[ \t]+"
    r"(?:Government|Republic|Kingdom|State|[A-Z][\w'’-]+[ \t]+(?:Republic|Government|side)))\b",
    re.I,
)


_BACKGROUND = re.compile(
    r"\b(?:previous|earlier|past|prior)[ \t]+(?:rounds?|talks|meetings?|summits?|visits?|"
    r"sessions?)\b|\blast[ \t]+year\b|\byears?[ \t]+ago\b",
    re.IGNORECASE,
)


_SUBJECT = re.compile(
    r"^[A-Z][^,;]{0,80}?[ \t](?:had[ \t]+|have[ \t]+)?(?=agreed[ \t]+(?:to|that|on)\b)"
)
_WHICH = re.compile(r",[ \t]+which[ \t][^,;]*$")


def _told_as_background(sentence: str) -> bool:
    """Is the sentence framed as the past ("In previous rounds, ..." / "Last year they
    agreed ...") before it says what was agreed? ("a contract signed last year" after
    the verb is only a detail of the item.)"""
    verb = _cues.JOINT.search(sentence)
    return verb is not None and bool(_BACKGROUND.search(sentence[: verb.start()]))


# "..., a day after the two countries and Angola signed": another, earlier event.
_DAYS_AFTER = re.compile(
    r"\b(?:a|one|two|three|four|\d+)[ \t]+(?:days?|weeks?|hours?)[ \t]+after[ \t]+[^,;]*$"
)


def _of_an_earlier_event(sentence: str, what: str) -> bool:
    at = sentence.find(what.strip()[:25])
    return at > 0 and bool(_DAYS_AFTER.search(sentence, 0, at))


def _quoted(sentence: str, what: str) -> bool:
    """Is the item inside a quotation ("'The fact that they keep agreeing to meet again
    is the news,' said a researcher")? A comment on the talks, not their outcome."""
    what = what.strip()
    start, end = sentence.find(what[:25]), sentence.find(what[-25:])
    if start > 0 and sentence[:start].endswith(('"', "“")) and _AGREED_OPENS.match(what):
        return False  # 'he and X had "agreed that ...': the sides' words for their outcome
    if start > 0 and _agreed_before_quote(sentence, start):
        return False  # 'agreed to instruct their ministries to "intensify contacts"'
    # Both ends inside: '"X and his brother General Y" had agreed to ...' quotes only names.
    return (
        start >= 0 and _inside_quote(sentence, start) and _inside_quote(sentence, max(start, end))
    )


_AGREED_OPENS = re.compile(r"(?:agreed|decided|signed)\b", re.IGNORECASE)
_AGREED_CLAUSE = re.compile(r"\b(?:agreed|decided)[ \t]+(?:to|that|on)\b[^.;\"“”]*$")


_NEXT_SITTING = re.compile(r"(?:Later|Afterwards|Subsequently|Earlier|After[ \t]+that)\b")
# A signing still to come, or one that never came: "would sign", "are expected to sign",
# "hoped to sign".
_UNDONE = re.compile(
    r"\b(?:would|(?:was|were|is|are)[ \t]+(?:expected|due|meant|set)[ \t]+to|(?:was|were)[ \t]+to|"
    r"had[ \t]+been[ \t]+(?:expected|due|meant)[ \t]+to|"
    # "officials said they hoped to sign an agreement on customs cooperation during the visit"
    r"(?:hoped?|hopes|hoping|intend(?:s|ed)?|wants?|wanted)[ \t]+to)[ \t]+(?:\w+[ \t]+)?"
    r"(?:sign|launch|conclude|adopt|ink|seal)\b"
)
_DECIDED = re.compile(r"\b(?:agreed|decided|resolved)\b")


def _undone(sentence: str) -> bool:
    """Does the sentence tell of a signing to come, not one agreed on ("agreed that they
    would sign ... next month" is)?"""
    match = _UNDONE.search(sentence)
    return match is not None and not _DECIDED.search(sentence, 0, match.start())


def _agreed_before_quote(sentence: str, start: int) -> re.Match[str] | None:
    """The "agreed to ..." clause that runs up to the quotation `start` stands in, if any."""
    opened = max(sentence.rfind('"', 0, start), sentence.rfind("“", 0, start))
    return _AGREED_CLAUSE.search(sentence, 0, opened) if opened > 0 else None


def _agreed_words(sentence: str, what: str) -> str | None:
    """The whole clause when the item is only its quoted end: 'agreed to instruct their
    ministries to "intensify contacts"' for "intensify contacts"."""
    what = what.strip()
    start = sentence.find(what)
    opened = max(sentence.rfind('"', 0, start), sentence.rfind("“", 0, start))
    clause = _agreed_before_quote(sentence, start) if start > 0 else None
    if clause is None or opened + 2 < start:
        return None
    return re.sub(r"[\"“”]", "", sentence[clause.start() : start + len(what)])


# "The four signed the Vientiane Declaration on X, which commits the secretariat to ...":
# what the document says is its content; the agreement is the signing.
_SIGNED_WHICH = re.compile(
    r"\b(?:signed|adopted|inked)[ \t]+(?:the|a|an)[ \t]+[A-Z][^,;]{3,120}?(?=,[ \t]+which\b)"
)


def _document_of(sentence: str, what: str) -> str | None:
    """The signing, when the item is only what the signed document's "which" clause says."""
    signed = _SIGNED_WHICH.search(sentence)
    if signed is None:
        return None
    words = [w for w in re.findall(r"[a-z]{4,}", what.lower()) if w not in _TYPE_WORDS]
    told = sentence[signed.end() :].lower()
    if words and all(w in told for w in words[:4]) and not any(w in signed.group() for w in words):
        return signed.group()
    return None


def _inside_quote(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def agreements_in(
    parts: list[Span], draft: DraftMeeting, told_in: Span | None = None
) -> list[AgreementCandidate]:
    """The draft's agreements that a sentence of `parts` states as joint decisions; `told_in`
    is the sentence telling the meeting, whose own time ("last met ... last year, when they
    signed") is no background."""
    out: list[AgreementCandidate] = []
    items = [
        DraftAgreement(what=piece, type=item.type)
        for item in draft.agreements
        for piece in _split_compound(item.what)
    ]
    for item in items:
        if set(re.findall(r"[a-z]+", item.what.lower())) <= _TYPE_WORDS:
            continue  # "signed document": the type's name echoed, not what was agreed
        sentence = best_sentence(parts, item.what, minimum=0.34)
        if sentence is None or not _cues.is_joint(sentence.text):
            continue  # not traceable to a sentence stating a joint decision
        if _ONE_SIDED.match(item.what.strip()) or _quoted(sentence.text, item.what):
            continue  # "President Lee welcomed the plan": one side's act; or someone's words
        if _undone(sentence.text):
            continue  # "officials had said the two presidents would sign a protocol"
        if item.what.rstrip().endswith("?") or _NOTHING_AGREED.match(item.what.strip()):
            continue  # "What exactly was signed?", "No new commitments were announced"
        if _RELATIVE.match(item.what.strip()):
            continue  # "which is to hold its first session ...": the item before, told on
        if _TALKED_ABOUT.match(item.what.strip()) or _SIGNED_WHERE.match(item.what.strip()):
            continue  # "discussed possible participation in ...", "signed in the capital"
        if _a_topic(sentence.text, item.what):
            continue  # "a call that covered "the water regime" and preparations for ..."
        if told_in and sentence.end <= told_in.start and _NEXT_SITTING.match(told_in.text):
            continue  # "They agreed to ... Later that day, X paid a courtesy call on Y"
        if sentence != told_in and _told_as_background(sentence.text):
            continue  # "In previous rounds, the two sides agreed on ...": not this meeting
        if _of_an_earlier_event(sentence.text, item.what):
            continue  # "said after talks ..., a day after A, B and C signed a protocol"
        if any(overlap(a.summary, item.what) > 0.7 for a in out):
            continue
        # "X and his brother Y agreed to Z, which has barely met since 2023" → "Agreed to Z"
        what = _agreed_words(sentence.text, item.what) or item.what
        kind = _cues.agreement_type_from(sentence.text, item.what, item.type)
        if document := _document_of(sentence.text, item.what):
            if any(overlap(a.summary, document) > 0.7 for a in out):
                continue  # the signing, already listed in its own words
            what, kind = document, "signed_document"
        summary = _SUBJECT.sub("", _WHICH.sub("", what.strip())).rstrip(".")
        summary = summary[:1].upper() + summary[1:]
        out.append(AgreementCandidate(summary=summary, type=kind, sentence=sentence))
    return out


def _a_topic(sentence: str, what: str) -> bool:
    """Is the item written as what talks covered ("said covered X and Y"), with no
    agreeing verb between?"""
    at = sentence.casefold().find(what.strip().casefold()[:20])
    if at <= 0 or _AGREEING.search(what):
        return False  # "agreed to ...", "signed ...": what was decided, even after "discussed"
    topic = _COVERED.search(sentence, max(0, at - 120), at)
    return topic is not None and not _AGREEING.search(sentence, topic.end(), at)


_AGREEING = re.compile(r"\b(?:agree|pledg|commit|decid|vow|promis|sign|undert|resolv)\w*", re.I)


_COVERED = re.compile(
    r"\b(?:covered|discussed|focused[ \t]+on|touched[ \t]+on|cent(?:red|ered)[ \t]+on|"
    r"reviewed|dealt[ \t]+with)\b"
)


# What was not agreed: "No new commitments were announced", "nothing was signed".
_NOTHING_AGREED = re.compile(r"(?:but[ \t]+)?(?:no|nothing|none|neither)\b", re.IGNORECASE)


_BARE_DOCUMENT = re.compile(
    r"^(?:signed|agreed|inked)?[ \t]*(?:the|a|an|two|three|their)?[ \t]*"
    r"(?:memorand\w*(?:[ \t]+of[ \t]+understanding)?|MoUs?|agreements?|deal|accord|declaration|"
    r"documents?|instruments?)"
    # "signed the memorandum at the end of the session": still no content
    r"(?:[ \t]+(?:at|after|during|on)[ \t]+(?:(?:the|their)[ \t]+)?(?:end[ \t]+of[ \t]+the[ \t]+)?"
    r"(?:session|talks|meeting|ceremony|visit|[A-Z][a-z]+day))?\.?$",
    re.IGNORECASE,
)


def names_no_content(summary: str) -> bool:
    """ "Signed the memorandum": a document named, not what it says; "... signed the
    following instruments:": a list's lead-in."""
    return bool(_BARE_DOCUMENT.match(summary.strip()) or _LIST_LEAD_IN.search(summary))


_LIST_LEAD_IN = re.compile(r"\bthe[ \t]+following\b[^.;]{0,40}:$")
