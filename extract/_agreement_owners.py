"""Which meeting an agreement told by its parties' office belongs to.

"The sides highlighted the agreements of the videoconference between Prime Ministers A
and B. In particular, the Presidents instructed their governments to ...": the item was
read with the meeting just named, but "the Presidents" are the sides of another one,
the call the article is about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._other_sides import meeting_of_others

if TYPE_CHECKING:
    from ._candidates import Candidate

# "The Presidents instructed", "The Heads of State reaffirmed": the plural office as the
# sentence's subject, at its start or after a linking phrase ("In particular, ").
_BY_OFFICE = re.compile(
    r"(?:^|[,;][ \t]+)(?:[Tt]he|[Bb]oth)[ \t]+(?:two[ \t]+)?"
    r"(?P<office>[Pp]residents|[Hh]eads[ \t]+of[ \t]+[Ss]tate|[Pp]rime[ \t]+[Mm]inisters|"
    r"[Pp]remiers|[Cc]hancellors|[Ff]oreign[ \t]+[Mm]inisters)\b"
)
_WORDS = {
    "presidents": ("president",),
    "heads of state": ("president", "king", "emir", "sultan", "head of state"),
    "prime ministers": ("prime minister", "premier"),
    "premiers": ("premier", "prime minister"),
    "chancellors": ("chancellor",),
    "foreign ministers": ("foreign minister", "minister of foreign", "minister for foreign"),
}


def _written_with(text: str, name: str, office: re.Pattern[str]) -> bool:
    """Does the article put the office before the person's name somewhere ("President of
    the Republic of Uzbekistan Otabek Yusupov")? Model titles are too loose to trust."""
    surname = name.split()[-1]
    return any(
        office.search(text, max(0, m.start() - 80), m.start())
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text)
    )


def _report(candidate: Candidate) -> str:
    """The meeting's report, from its sides on: "The President welcomed the talks held in
    Paris between A and B" tells of A and B."""
    report = candidate.sentence.text
    others = meeting_of_others(report)
    return report if others is None else others


def _hold(candidate: Candidate, text: str, office: re.Pattern[str]) -> bool:
    """Does the meeting's report name the office, or every side bear it in the article?"""
    return bool(office.search(_report(candidate))) or all(
        _written_with(text, p.name, office) for p in candidate.participants
    )


def _lack(candidate: Candidate, text: str, office: re.Pattern[str]) -> bool:
    """Does no side bear the office anywhere in the article, nor the meeting's report?"""
    return not office.search(_report(candidate)) and not any(
        _written_with(text, p.name, office) for p in candidate.participants
    )


def move_to_their_meeting(candidates: list[Candidate], text: str) -> None:
    """An agreement whose sentence names its parties by an office the meeting's sides do
    not hold goes to the nearest held meeting, before it if any, of those who do."""
    for cand in candidates:
        for item in list(cand.agreements):
            named = _BY_OFFICE.search(item.sentence.text[:120])
            if named is None:
                continue
            words = _WORDS[re.sub(r"\s+", " ", named["office"].casefold())]
            office = re.compile(  # not a "Vice-President" or "Deputy Prime Minister"
                rf"(?<!vice[- ])(?<!deputy )\b(?:{'|'.join(words)})\b", re.IGNORECASE
            )
            if not _lack(cand, text, office):
                continue
            owners = [c for c in candidates if c.status == "held" and _hold(c, text, office)]
            before = [c for c in owners if c.sentence.start <= item.sentence.start]
            owner = before[-1] if before else owners[0] if owners else None
            if owner is None:
                continue
            cand.agreements.remove(item)
            if all(a.summary != item.summary for a in owner.agreements):
                owner.agreements.append(item)
