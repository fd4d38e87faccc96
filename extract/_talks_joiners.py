"""People a passage adds to the talks told just before it: the heads of the delegations
("The government team was headed by Y"), and those said to join ("X also took part", "Y
was represented at the talks by Z", "the ministry's undersecretary, Y, attended on his
behalf")."""

from __future__ import annotations

import re

from ._candidates import Candidate, add_grounded
from ._later_sides import joined_the_two
from ._meeting_sentence import STATES_A_MEETING
from ._mentions import person_draft
from ._other_sides import counterpart_pair, delegation_heads, joiners
from ._passages import Span, sentences
from ._people import same_person
from ._wording import meetings_in


def add_delegation_heads(text: str, passage: Span, earlier: list[Candidate]) -> None:
    """ "The talks were chaired by X. The government team was headed by Y, while the
    rebel delegation was led by Z": the heads join the talks told just before."""
    # Talks of two bodies wait for their heads whatever their status ("A meeting between the
    # foreign ministers of A and B ... has been called off. X and his counterpart, Y, ...").
    if not earlier or (earlier[-1].status != "held" and earlier[-1].participants):
        return
    talks = earlier[-1]
    ahead = talks.status == "planned"
    told = [talks.passage, *talks.extra_evidence]  # the talks' paragraph, or one adding to it
    # The next paragraph only; one that says it is about these talks ("sat in on the
    # closed-door session") may come a few paragraphs later.
    cue = _AT_THESE_TALKS.search(passage.text)
    reach = _FEW_PARAGRAPHS if cue else 2
    if not any(0 <= passage.start - p.end <= reach for p in told):
        return
    # With their sides named, only those said to join ("X also took part") are added:
    # "China's delegation was led by X" is news of X.
    if not talks.participants:  # "between the ministries of A and B", then their heads
        heads = delegation_heads(passage, ahead=ahead) or counterpart_pair(passage)
    elif len(talks.participants) == 1:
        heads = delegation_heads(passage, ahead=ahead)
    elif not STATES_A_MEETING.search(passage.text) or (
        cue is not None and _at_the_talks_before(passage, talks, cue)
    ):
        heads = joiners(passage, ahead=ahead)  # else they join this passage's own meeting
        if _ON_HIS_BEHALF.search(passage.text):
            # "Kuwait's finance minister ... stayed at home; the ministry's undersecretary,
            # Y, attended on his behalf": Y was at the talks just told
            heads += [person_draft(n) for s in sentences(passage) for n in joined_the_two(s.text)]
    else:
        return
    added = [add_grounded(text, passage, head, talks.participants) for head in heads]
    if any(added):
        talks.extra_evidence.append(passage)


# "the ministry's undersecretary, Y, attended on his behalf"
_ON_HIS_BEHALF = re.compile(r"\battended[ \t]+on[ \t]+(?:his|her)[ \t]+behalf\b")
# "was represented at the talks by Y", "Also taking part ... was Y": the talks just told.
_AT_THESE_TALKS = re.compile(
    r"\brepresented[ \t]+at[ \t]+the[ \t]+(?:talks|meeting)\b|"
    r"^Also[ \t]+(?:taking[ \t]+part|present)\b|"
    r"\bsat[ \t]+in[ \t]+on[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:talks|meeting|session)\b|"
    # "The signing followed talks in Vientiane attended by Lao Deputy Minister ... X"
    r"\b[Ss]igning[ \t]+followed[ \t]+talks\b[^.;]{0,60}?\battended[ \t]+by\b|"
    # "Y sat in for him and took part in the technical segment of the talks"
    r"\btook[ \t]+part[ \t]+in[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,2}(?:segment|part|session)[ \t]+"
    r"of[ \t]+the[ \t]+(?:talks|meeting)\b|"
    # "The session was held in an expanded format. It was attended on the Tunisian side by"
    r"\bIt[ \t]+was[ \t]+attended[ \t]+on[ \t]+the[ \t]+[A-Z][\w'’-]*[ \t]+side[ \t]+by\b|"
    + _ON_HIS_BEHALF.pattern,
    re.MULTILINE,
)
_FEW_PARAGRAPHS = 1200  # characters


def _at_the_talks_before(passage: Span, talks: Candidate, cue: re.Match[str]) -> bool:
    """Does the passage, whose `cue` adds people to the talks told before it ("Y was
    represented at the talks by Z"), tell no meeting of others first ("A and B met behind
    closed doors. Foreign ministers C and D sat in on the talks": A and B's, in a live blog
    told newest first)?"""
    first = [s for s in sentences(passage) if s.end <= passage.start + cue.start()]
    return not any(
        not any(same_person(d.name, p.name) for d in draft.participants for p in talks.participants)
        for s in first
        for draft in meetings_in(s)
    )
