"""A person as a sentence mentions them, before any grounding: the draft made of a
mention, and the mentions that name no one ("He", "The envoy", "Norway")."""

from __future__ import annotations

import re

from ._countries import names_a_country
from ._drafts import DraftPerson
from ._people import split_title

# A subject that names no one ("He", "The envoy"): the article's main actor, added later.
ROLE = (
    r"He|She|(?:(?<=where )|(?<=when )|(?<=then )|(?<=and )|(?<=, )|(?<=day )|(?<=says )|"
    r"(?<=said ))(?:he|she)\b|"
    r"(?:The|(?<=, )the)[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:envoy|minister|president|"
    r"prime[ \t]+minister|premier|chancellor|secretary|foreign[ \t]+minister|king|leader|"
    r"delegation[ \t]+head)|"
    r"The[ \t]+[A-Z][a-z]+[ \t]+delegation(?=[ \t]+held\b)|"  # "The Uzbek delegation held a"
    # a release's "The Deputy Minister held a separate working session with X"
    r"The[ \t]+(?:Deputy|Vice)[ \t]+Minister(?=[ \t]+(?:held|met|received)\b)|"
    r"[Tt]he[ \t]+visiting[ \t]+(?:[a-z]+[ \t]+)?(?:minister|president|premier|chancellor|"
    r"leader|secretary|envoy|guest)"
)


def person_draft(mention: str) -> DraftPerson:
    """A person as the text names them; an office too long for a draft's name moves to
    its title ("Saudi Foreign Minister Prince Faisal bin Farhan Al Saud")."""
    limit = DraftPerson.model_fields["name"].metadata[0].max_length
    if len(mention) <= limit:
        return DraftPerson(name=mention)
    title, name = split_title(mention)
    return DraftPerson(name=name[:limit], title=title[:80] if title else None)


def may_be_a_person(name: str) -> bool:
    """Not "He", "The envoy", "Norway" or a bare office ("Secretary")."""
    return (
        not re.fullmatch(ROLE, name)
        and not names_a_country(name)
        and bool(split_title(name)[1].strip())
    )
