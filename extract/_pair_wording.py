"""Meetings worded by the pair who hold them: "Barrot and Sikorski held talks", "a call
between A and B", "our two Presidents, A and B, will meet", "the co-chairs, A for X and B
for Y, are to resume work". Used by `_wording`, for passages the model found empty."""

from __future__ import annotations

import re

from . import _cues
from ._meeting_phrases import ADVERB as _ADVERB
from ._meeting_phrases import OF_COUNTRY as _OF_COUNTRY
from ._meeting_phrases import OFFICE_BEFORE as _OFFICE_BEFORE
from ._meeting_phrases import STYLE as _STYLE
from ._name_patterns import NAME as _NAME

# "Fidan and Witkoff are now expected to meet", "Barrot and Sikorski held talks".
PAIR = re.compile(
    rf"(?P<a>{_NAME})[ \t]+and[ \t]+(?P<b>{_NAME}),?[ \t]+{_ADVERB}"
    r"(?:met\b|held[ \t]+(?:\w+[ \t]+)?(?:talks|consultations|discussions|"
    r"a[ \t]+(?:\w+[ \t]+)?meeting)\b|co-(?:chaired|hosted)\b(?![ \t]+by\b)|"  # not passive
    # "A and Lao Prime Minister B held a telephone conversation in late August"
    r"(?:held|had)[ \t]+an?[ \t]+(?:(?:tele)?phone|video)[ \t]+(?:call|conversation)\b|"
    r"(?:spoke|did[ \t]+speak|have[ \t]+spoken)[ \t]+by[ \t]+(?:phone|telephone)\b|"
    r"did[ \t]+meet\b|(?:spoke|talked|chatted)[ \t]+briefly\b|"
    # "On the sidelines, A and B discussed resuming direct flights"
    # (not "discussed the plan in separate interviews")
    r"(?:also[ \t]+)?discussed\b(?![^.;]*\b(?:separate(?:ly)?|interviews?|reporters)\b)|"
    r"(?:are|were)[ \t]+(?:now[ \t]+|also[ \t]+)?(?:scheduled|due|expected|set)[ \t]+to"
    r"[ \t]+meet\b|"
    # "Guyana's A and Suriname's B, were to have co-chaired the session" (called off)
    r"were[ \t]+to[ \t]+have[ \t]+(?:met|co-chaired|co-hosted|held[ \t]+talks)\b|"
    r"will[ \t]+(?:also[ \t]+)?meet\b|"
    # "A and B had planned to sit down at 5pm ..., but the plenary overran"
    r"had[ \t]+planned[ \t]+to[ \t]+(?:meet|sit[ \t]+down|hold[ \t]+talks)\b|"
    # "A and B will take part, on Wednesday, 22 July, in a videoconference with C"
    r"will[ \t]+take[ \t]+part\b[^.;]{0,40}?\bin[ \t]+an?[ \t]+(?:video[ \t]?conference|"
    r"video[ \t]+call|meeting)\b|"
    r"said[ \t]+they[ \t]+would[ \t]+meet\b|"  # "A and B said they would meet again in X on ..."
    # "put their signatures to the deal yesterday at a ceremony": the two signed together
    r"(?:signed|put[ \t]+their[ \t]+signatures[ \t]+to)[ \t]+(?:the|an?)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?:agreement|deal|accord|treaty|declaration|memorandum)\b"
    r"(?=[^.;]{0,40}?\b(?:yesterday|today|at[ \t]+a[ \t]+(?:signing[ \t]+)?ceremony)\b))"
)


# "Ertürk and Azerbaijan's energy minister, Elnur Mammadli, met on the sidelines": the
# second side named after its office.
PAIR_OFFICE = re.compile(
    rf"(?P<a>{_NAME})[ \t]+and[ \t]+[A-Z][\w.]*['’]s[ \t]+(?:[a-z]+[ \t]+){{1,3}}"
    rf"(?:minister|secretary|envoy),[ \t]+(?P<b>{_NAME}),[ \t]+{_ADVERB}"
    r"(?:met|held[ \t]+(?:\w+[ \t]+)?talks|spoke|signed)\b"
)


# "Ireland's Minister for Foreign Affairs and Trade, A, who travelled with the Taoiseach, and
# Iceland's Foreign Minister, B, sign a youth mobility agreement": each side after its office.
_COUNTRYS_OFFICE = (
    r"[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?['’]s[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the)"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the)){0,7},[ \t]+"
)
APPOSED_PAIR = re.compile(
    rf"{_COUNTRYS_OFFICE}(?P<a>{_NAME}),[ \t]+(?:who[ \t]+[^,;.]{{3,60}},[ \t]+)?and[ \t]+"
    rf"{_COUNTRYS_OFFICE}(?P<b>{_NAME}),[ \t]+{_ADVERB}"
    r"(?:met|held[ \t]+(?:\w+[ \t]+)?talks|spoke|signed|sign)\b"
)


# "Kuwaiti Foreign Minister Sheikh A and his Iraqi counterpart, B, also agreed to ...": a
# pair whose second side is named in apposition.
PAIR_COUNTERPART = re.compile(
    rf"(?P<a>{_NAME})[ \t]+and[ \t]+(?:his|her)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?"
    r"(?:counterpart|opposite[ \t]+number),?[ \t]+"
    rf"{_OFFICE_BEFORE}(?P<b>{_NAME}),?[ \t]+{_ADVERB}"
    r"(?:met|held[ \t]+(?:\w+[ \t]+)?talks|agreed|signed|spoke|"
    # "which A and her Belizean opposite number B were due to co-chair in Belmopan"
    r"(?:were|are)[ \t]+(?:due|scheduled|set|expected)[ \t]+to[ \t]+"
    r"(?:meet|co-chair|co-host|hold[ \t]+talks))\b"
)

# "was set up in a phone call between Noboa and Petro on Thursday".
# "between President A and the ECOWAS envoy": the one the article gives that office
_THE_OFFICE = (
    r"the[ \t]+(?:[A-Z][\w-]*[ \t]+)?(?:envoy|mediator|prime[ \t]+minister|premier|chancellor|"
    r"foreign[ \t]+minister)\b"
)
# "Colombia's mines and energy minister, ", "Brunei's Minister of Primary Resources, "
_POSSESSED_OFFICE = (
    r"(?:[A-Z][\w.]*['’]s|the)[ \t]+(?:(?:[a-z]+[ \t]+){1,3}(?:minister|secretary|envoy)|"
    # "the Minister of Foreign Affairs of the Hellenic Republic, "
    # "the Lebanese Minister of Economy and Trade, ", "the Deputy Minister for European Affairs, "
    r"(?:[A-Z][a-z]+[ \t]+)?(?:Minister|Secretary)(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’-]*)){1,8}),"
    r"[ \t]+"
)
BETWEEN = re.compile(  # also a roundup's "DOHA - Talks between A and B ... were called off"
    r"(?:\b(?:[Aa]n?|[Tt]he|[Tt]heir|\w+['’]s)[ \t]+(?:[\w-]+[ \t]+){0,2}|(?<=[-–—] )(?=[A-Z]))"
    r"(?:[Cc]all|[Mm]eeting|[Tt]alks|conversation|encounter|[Ss]ummit|lunch|dinner|breakfast|"
    r"bilateral|(?:video[ \t]?)?conference)"
    r"[ \t]+(?:[a-z]+[ \t]+){0,3}?"  # "a bilateral dinner the day before between"
    r"(?:(?:in|at)[ \t]+[A-Z][\w'’-]*[ \t]+)?between[ \t]+"  # "A meeting in Maracaibo between"
    rf"(?:{_POSSESSED_OFFICE})?{_STYLE}{_OFFICE_BEFORE}(?P<a>{_NAME})(?:,[ \t][^,;.]{{3,100}},)?"
    rf"(?:,[ \t]+(?P<c>{_NAME}))?,?[ \t]+and[ \t]+"  # "a three-way meeting between A, B and ..."
    # "and Brunei's Minister of Primary Resources and Tourism, X"
    rf"(?:{_POSSESSED_OFFICE})?"
    # "between President A and his Chilean counterpart B"
    r"(?:(?:his|her)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?counterpart,?[ \t]+)?"
    rf"{_STYLE}{_OFFICE_BEFORE}(?P<b>{_NAME}|{_THE_OFFICE})"  # "the Honourable A, Minister of X"
)
# "a fuller meeting between Motegi and Wang was not on the cards": no meeting.
_NOT_SO = re.compile(
    r"\b(?:not|no|never|unlikely|ruled[ \t]+out|could|might|may|would|potential|possible|"
    r"opportunit(?:y|ies)|hopes?|hoped|hoping|perhaps|maybe)\b"
)


def said_so(sentence: str) -> bool:
    """Does the sentence tell the meeting as a fact: held, or called off ("the bilateral
    between A and B ... will not take place"), not a hope or a denial?"""
    return not _NOT_SO.search(sentence) or bool(_cues.CANCELLED.search(sentence))


# "our two Presidents, His Excellency President A of Malawi and His Excellency President B
# of Zambia, will meet at Mchinji": the two named in apposition.
TWO_NAMED = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Tt]heir)[ \t]+two[ \t]+(?:[A-Za-z]+[ \t]+){0,2}?"
    r"(?:[Pp]residents|[Ll]eaders|[Mm]inisters|[Pp]remiers|[Hh]eads[ \t]+of[ \t]+[Ss]tate),[ \t]+"
    rf"{_STYLE}{_OFFICE_BEFORE}(?P<a>{_NAME}){_OF_COUNTRY},?[ \t]+and[ \t]+"
    rf"{_STYLE}{_OFFICE_BEFORE}(?P<b>{_NAME}){_OF_COUNTRY},[ \t]+"
    r"(?:will|are[ \t]+(?:to|due[ \t]+to|expected[ \t]+to|scheduled[ \t]+to)|met|held)\b"
)


# "When the two countries' then transport chiefs, A of Tanzania and B of Rwanda, met in
# Kigali": a plural office, then the two named in apposition.
# "where the commission's co-chairs, Ambassador A for Montenegro and Assistant Minister B
# for Croatia, are to resume work on the draft": a plan of the two.
_FOR_COUNTRY = r"(?:[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?"
OFFICE_PAIR = re.compile(
    r"\b(?:chiefs|ministers|leaders|presidents|premiers|counterparts|envoys|co-chairs),[ \t]+"
    rf"{_STYLE}{_OFFICE_BEFORE}(?P<a>{_NAME}){_OF_COUNTRY}{_FOR_COUNTRY},?[ \t]+and[ \t]+"
    rf"{_STYLE}{_OFFICE_BEFORE}(?P<b>{_NAME}){_OF_COUNTRY}{_FOR_COUNTRY},[ \t]+"
    r"(?:met|held|spoke|signed|had[ \t]+met|are[ \t]+to|will)\b"
)


# "A binational cabinet meeting at which Peru's President A and Chile's President B were to
# have signed ... has been postponed": the two the meeting was for (status from `_cues`).
AT_WHICH = re.compile(
    r"\b(?:meeting|summit|talks|session|cabinet|visit|ceremony)[ \t]+at[ \t]+which[ \t]+"
    rf"(?P<a>{_NAME})[ \t]+and[ \t]+(?P<b>{_NAME})[ \t]+(?:were|are|will|would|had|was|is)\b"
)
