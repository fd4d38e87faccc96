"""What plain wording says the sides of a meeting agreed: "They also agreed to ...", "Ruto
and Abiy signed ...", "Five MoUs were exchanged in the presence of the two leaders".
"""

from __future__ import annotations

import functools
import re

from ._cues import DOC
from ._drafts import DraftAgreement
from ._name_patterns import NAME as _NAME
from ._passages import Span, sentences

_JOINT = re.compile(
    # "They further agreed", "the two Heads of State agreed", "the three sides also agreed"
    r"\b(?:they|(?<!what )we|the (?:two|three|four)(?: \w+){0,3}?|both(?: \w+)?|"
    r"the (?:leaders|ministers|sides|parties|participants|presidents|heads of state)|"
    # "The Prime Minister and the Taoiseach agreed": two offices
    r"(?-i:[Tt]he (?:[A-Z][\w'’-]*[ \t]+){1,3}and the [A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))"
    r"[ \t]+"
    r"(?:also[ \t]+|further[ \t]+|likewise[ \t]+)?"
    r"(?P<what>(?:agreed|concurred|pledged|signed|decided|committed[ \t]+(?:themselves[ \t]+)?to|"
    # "the Presidents instructed their governments to ...", "reaffirmed their commitment to"
    r"instructed[ \t]+their|reaffirmed[ \t]+their[ \t]+commitment|"
    r"reached[ \t]+(?:an[ \t]+)?(?:agreement|consensus)[ \t]+(?:on|to)|inked|"
    # "the participants adopted a Joint Declaration on ...": a text of them all
    r"adopted[ \t]+(?:a|the)[ \t]+joint[ \t]+(?:declaration|statement|communiqu[eé])|"
    r"witnessed[ \t]+the[ \t]+(?:signing|exchange))\b(?:[^.;]|\.(?=\d))*)",
    re.IGNORECASE,
)


def joint_agreements(passage: Span) -> list[DraftAgreement]:
    """ "They agreed to ..." clauses: what both sides agreed, in the passage's words."""
    return [a for s in sentences(passage) if (a := joint_agreement_in(s.text))]


@functools.lru_cache(maxsize=4096)
def joint_agreement_in(sentence: str) -> DraftAgreement | None:
    """What a sentence says both sides agreed: "They also agreed to ...", "Ruto and Abiy
    agreed to ..."."""
    match = (
        _JOINT.search(sentence) or _NAMED_JOINT.search(sentence) or _QUOTED_SIDES.search(sentence)
    )
    if match is None:
        signed = (
            _SIGNED_BEFORE_THEM.search(sentence)
            or _BEFORE_THE_TWO.search(sentence)
            or _MET_AND_SIGNED.search(sentence)
        )
        if signed is None:
            return None
        what = ATTRIBUTION.sub("", signed["what"])[:200]
        return DraftAgreement(what=what, type="signed_document")
    what = _fitted(ATTRIBUTION.sub("", _WHICH.sub("", match["what"])))
    if what.startswith(("signed", "inked")) and not DOC.search(what):
        return None  # "They signed the guest book"
    return DraftAgreement(what=what, type="commitment")


# "signed the Memorandum on X, as well as the Plan of Y": one more document named.
DOCUMENT_TOO = re.compile(r",[ \t]+as[ \t]+well[ \t]+as[ \t]+(?=(?:the|an?)[ \t]+[A-Z])")


_ANOTHER_ITEM = re.compile(r",[ \t]+and[ \t]+(?:also[ \t]+)?(?:agreed|signed|pledged|decided)[ \t]")


def _fitted(what: str, limit: int = 200) -> str:
    """At most `limit` characters; "signed the (long) Memorandum ..., as well as the Plan
    of ..." keeps the last document whole, so it can be split off as an item of its own;
    so does "..., and agreed that ..." its last item."""
    if len(what) <= limit:
        return what
    # "agreed to open negotiations on ..., and agreed that Ms Holloway would make a return
    # visit": the last item too is kept whole (`_split_compound` splits them later)
    found = list(DOCUMENT_TOO.finditer(what)) or list(_ANOTHER_ITEM.finditer(what))
    last = what[found[-1].start() :] if found else ""
    if not last or "," in what[found[-1].end() :] or len(last) > limit // 2:
        return what[:limit]
    return what[: limit - len(last)] + last


# "Five MoUs on fisheries and health were exchanged in the presence of the two leaders",
# "the two presidents witnessed the signing of four agreements": documents of the meeting.
_SIGNED_BEFORE_THEM = re.compile(
    r"(?P<what>\b(?:witnessed[ \t]+the[ \t]+(?:signing|exchange)[ \t]+of[^.;]*|"
    r"(?:[A-Z]\w*|an?|the|\w+)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:agreements?|memorand\w+|MoUs?|"
    r"accords?|protocols?|treaty)\b[^.;]{0,160}?\b(?:were|was)[ \t]+(?:also[ \t]+)?"
    r"(?:signed|exchanged)[ \t]+(?:in[ \t]+the[ \t]+presence[ \t]+of|before|by|"
    # "were signed during the visit": this meeting's, not a treaty "signed in 1995"
    r"(?:during|after|at[ \t]+the[ \t]+end[ \t]+of|on[ \t]+the[ \t]+sidelines[ \t]+of)[ \t]+"
    r"(?:the|their|his|her)[ \t]+(?:\w+[ \t]+)?(?:visit|talks|meeting|summit|session))\b"
    r"(?:[^.;]|\.(?=\d))*))"
)
# "In the presence of the two Ministers, A and B exchanged the Exchange of Notes on ...".
_BEFORE_THE_TWO = re.compile(
    r"^(?:\d+\.[ \t]+)?In[ \t]+the[ \t]+presence[ \t]+of[ \t]+the[ \t]+two[ \t]+\w+,[^.;]{0,160}?\b"
    r"(?P<what>(?:signed|exchanged)[ \t]+(?:the|an?|two|three)[ \t](?:[^.;]|\.(?=\d))*)"
)


# "A and B met at the Yyldyz Hotel and signed a memorandum of understanding on ...": the
# meeting's verb and the signing share one subject, both sides.
_MET_AND_SIGNED = re.compile(
    r"\b(?:met|held[ \t]+talks|conferred)\b[^.;\"“”]{0,80}?,?[ \t]+and[ \t]+(?:also[ \t]+)?"
    r"(?P<what>(?:signed|inked)[ \t]+(?:an?|the|two|three|four|several)[ \t]+(?:[\w-]+[ \t]+){0,3}"
    r"(?:agreements?|memorand\w+|MoUs?|accords?|protocols?|treaty|declaration|arrangement)\b"
    r"(?:[^.;]|\.(?=\d))*)"
)


def joint_sides(sentence: str) -> tuple[str, str] | None:
    """The two names of "Ruiz and Berg (also) agreed/signed ...", if the sentence says so."""
    match = _NAMED_JOINT.search(sentence)
    return (match["a"], match["b"]) if match else None


_NAMED_JOINT = re.compile(
    rf"\b(?P<a>{_NAME})[ \t]+and[ \t]+"
    # "A and his Iraqi counterpart, B, also agreed"
    r"(?:(?:his|her)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?counterpart,?[ \t]+)?"
    rf"(?P<b>{_NAME}),?[ \t]+(?:had[ \t]+|have[ \t]+)?(?:just[ \t]+)?(?:also[ \t]+|further[ \t]+)?"
    r"(?P<what>(?:(?:agreed|pledged|decided)[ \t]+(?:to|that|on)|signed|inked)\b"
    r"(?:[^.;]|\.(?=\d))*)"
)
# 'the presidency said "President X and his brother General Y" had agreed to ...': the
# sides in a quotation, what they agreed after it.
_QUOTED_SIDES = re.compile(
    r"\band[ \t][^\"”]{0,60}[\"”][ \t]+(?:had[ \t]+|have[ \t]+)?"
    r"(?P<what>(?:agreed|pledged|decided)[ \t]+(?:to|that|on)\b(?:[^.;]|\.(?=\d))*)"
)
# "..., which has barely met since 2023, and to ...": a note on the item, not the item.
_WHICH = re.compile(r",[ \t]+which[ \t][^,;]*(?=,)")
# ", presidential spokesperson Kang said in a briefing": who reported it, not what.
ATTRIBUTION = re.compile(r",(?![ \t]*and\b)[^,]*\b(?:said|says|told|according[ \t]+to)\b[^,]*$")
