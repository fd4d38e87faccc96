"""Sides a sentence gives only by office, named in the sentence after it: "This morning,
the Libyan Minister was received ... by the Head of Government, in the presence of Mr.
Ben Romdhane. Mr. Al-Khuwaildi conveyed to Mr. Slim Mabrouk a written message ...". The
offices' holders are the people the next sentence names, when it names as many as the
offices the model gave; one named "in the presence of" is a side too."""

from __future__ import annotations

import re

from ._drafts import DraftPerson
from ._grounding import find_all
from ._mentions import may_be_a_person
from ._name_patterns import NAME
from ._office_holders import only_office
from ._passages import Span

_HONORIFIC = r"(?:(?:Mr|Ms|Mrs|Dr|H\.[ \t]?E\.)\.?[ \t]+)"
# A name the sentence writes with an honorific: "Mr. Slim Mabrouk", "Ms. Sonia Bchir".
_STYLED_NAME = re.compile(rf"{_HONORIFIC}(?P<name>{NAME})")
_IN_THE_PRESENCE = re.compile(
    rf"\bin[ \t]+the[ \t]+presence[ \t]+of[ \t]+{_HONORIFIC}?(?P<name>{NAME})"
)


def bare_offices(drafts: list[DraftPerson]) -> list[str]:
    """The drafts that are only an office ("Libyan Minister", "Head of Government")."""
    names = (re.sub(r"^(?:the|his|her)[ \t]+", "", d.name, flags=re.IGNORECASE) for d in drafts)
    return [n for n in names if only_office(n)]


def holders_named_next(parts: list[Span], offices: list[str]) -> tuple[Span, list[str]] | None:
    """The sentence that gives the offices and the names of their holders (and of anyone
    "in the presence of" whom they met), or None when the next sentence does not name
    exactly as many people as there are offices."""
    if len(offices) < 2:
        return None
    told = next(
        (
            i
            for i, s in enumerate(parts)
            if all(find_all(s.text, o) or find_all(s.text, o.lower()) for o in offices)
        ),
        None,
    )
    if told is None or told + 1 >= len(parts):
        return None
    following = parts[told + 1].text
    named = [m["name"] for m in _STYLED_NAME.finditer(following) if may_be_a_person(m["name"])]
    if len(dict.fromkeys(named)) != len(offices):
        return None
    present = _IN_THE_PRESENCE.search(parts[told].text)
    if present and may_be_a_person(present["name"]):
        named.append(present["name"])
    return parts[told], list(dict.fromkeys(named))
