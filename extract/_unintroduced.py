"""One-word "names" a small model takes for people that the article shows to be places or
things: "Kasarani" (a stadium's district, never written after a first name or an office)
and "Kebbi" (written as "Kebbi State")."""

from __future__ import annotations

import re

from ._grounding import find_all
from ._people import PARTICLES


def names_a_place_or_thing(text: str, name: str) -> bool:
    """Does the article write the one-word `name` as a region's ("Kebbi State"), or never
    as a person's?"""
    hits = find_all(text, name)
    if any(_REGION_AFTER.match(text, end) for _start, end in hits):
        return True
    if not name.isascii() or name.isupper() or re.match(r"(?:al|el|ul|abu)[-‐'’]", name, re.I):
        return False  # other scripts, a transcript's "CEESAY:" label, "Al-Ma'amari"
    # News introduces people next to another part of their name or after an office
    # ("Minister Sugiono", "Wanjiru Kamau-Odhiambo", "Gedion Timothewos"). A paragraph fed
    # alone may name someone by surname only, so a word that acts or is met ("Rubio met",
    # "Okafor's trip", "talks with Sharif") is a person too; one that does neither is a
    # place or a thing ("Kasarani").
    return all(
        not _LEADS_A_NAME.search(text[max(0, start - 40) : start])
        and not _NAME_GOES_ON.match(text, end)
        and not _ACTS.match(text, end)
        and not _MET_BY.search(text[max(0, start - 12) : start])
        for start, end in hits
    )


_REGION_AFTER = re.compile(
    r"[ \t]+(?:State|Region|Province|Department|District|Prefecture|Governorate|Oblast|County)\b"
)
# What is written just before a person's name: a first name or initial, an office ("the
# minister"), a particle ("bin", "al-"), or a courtesy ("Mr.").
_LEADS_A_NAME = re.compile(
    rf"(?:\b[A-Z][\w'’.-]*|\b(?:{'|'.join(sorted(PARTICLES))})"
    r"|\b(?:minister|president|secretary|ambassador|envoy|counterpart|chancellor|premier|"
    r"governor|mayor|commissioner|leader|chief|director|general|king|queen|prince|emir|"
    r"sultan|sheikh))[ \t]+$|[-‐][ \t]*$"
)
# What a person does or has: "Okafor's trip", "Rubio met", "Berardi, who remains", "Park
# and Sato held" (not "the Sports Centre, Kasarani, has passed": an apposition).
_VERB = (
    r"(?:said|says|told|met|meets|spoke|speaks|sat|held|holds|joined|signed|agreed|arrived|"
    r"visited|will|would|was|were|is|are|has|have|had|also|added|noted|called|urged|thanked)\b"
)
_ACTS = re.compile(
    rf"['’]s\b|[ \t]+{_VERB}|,[ \t]+who\b|[ \t]+and[ \t]+(?:his|her\b|[A-Z][\w'’-]+[ \t]+{_VERB})"
)
# Whom a person meets: "met Modi in Delhi", "talks with Sharif", "hosted by Ito".
_MET_BY = re.compile(r"\b(?:met|meet|meets|meeting|with|by|welcomed|received|hosted)[ \t]+$")
# A surname after a first name: "Gedion Timothewos", "Hamood bin Saif"; not a place's own
# words ("the Sabah International Convention Centre").
_NAME_GOES_ON = re.compile(
    r"[ \t]+(?!(?:International|National|Convention|Cent(?:re|er)|Airport|University|Stadium|"
    r"Hotel|Province|Region|City|Port|Island|Islands|Street|Road|Avenue|Square|Museum|River|"
    r"Valley|Sea|Strait)\b)(?:[A-Z]|bin\b|al[- ])"
)
