"""Pieces of the plain-wording patterns (`_wording`): meeting verbs, offices written
before a name, a style ("His Excellency"), a country after a name; and the names a
meeting "of the foreign ministers of A, B and C" lists after its countries."""

from __future__ import annotations

import re

from . import _cues
from ._mentions import ROLE, may_be_a_person
from ._name_patterns import NAME

# "on Monday", "on the 27th of last month", "on 12 May": a day between verb and "with"
_ON_A_DAY = (
    r"(?:on[ \t]+(?:[A-Z]\w+|\d{1,2}[ \t]+[A-Z][a-z]+|the[ \t]+\d{1,2}(?:st|nd|rd|th)"
    r"(?:[ \t]+of[ \t]+(?:last|this|next)[ \t]+month)?)|yesterday|today|last[ \t]+night|"
    r"this[ \t]+morning)"
)
ADVERB = (  # "had telephoned", "had also met"
    r"(?:had[ \t]+)?(?:(?:also|then|later|separately|subsequently|afterwards|first)[ \t]+)?"
)
VERB = (
    rf"{ADVERB}"
    r"(?:met(?:[ \t]+(?:separately|privately|briefly|again))?(?:[ \t]+with)?|"
    r"sat[ \t]+down[ \t]+with|briefed|(?:tele)?phoned|conferred[ \t]+with|"
    r"sat[ \t]+(?:down[ \t]+)?(?:across[ \t]+from|opposite)|"  # "sat across from X"
    r"toured[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){1,4}?with|"  # "toured the fish auction with X"
    r"huddled[ \t]+with|exchanged[ \t]+views[ \t]+with|"
    # "X, who co-chaired the session with Y"
    # "Kapavore stays behind in Honiara to co-chair the Joint Ministerial Commission with"
    r"(?:co-?chair(?:ed|s)|(?:stays|stayed|remains|remained)[ \t]+(?:behind[ \t]+)?"
    r"(?:in[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+)?to[ \t]+co-?chair)"
    r"[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?with|"
    r"(?:received|took)[ \t]+a[ \t]+(?:\w+[ \t]+)?call[ \t]+from|"
    r"paid[ \t]+(?:a[ \t]+)?(?:courtesy[ \t]+)?(?:call|visit)[ \t]+(?:on|to)|"
    rf"{_cues.CALLED_ON}|"
    r"held[ \t]+(?:(?:bilateral|separate|further|closed-door)[ \t]+)?"
    r"(?:talks|consultations|discussions|a[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:meeting|session)|"
    r"a[ \t]+(?:working[ \t]+)?(?:lunch|dinner|breakfast|bilateral|tete-a-tete)|"
    r"a[ \t]+(?:phone[ \t]+|telephone[ \t]+|video[ \t]+)?call)"
    rf"(?:[ \t]+{_ON_A_DAY})?[ \t]+with|"  # "held a phone call on Monday with"
    r"(?:spoke|speaks|spoken|had[ \t]+spoken)[ \t]+(?:by[ \t]+(?:phone|telephone)[ \t]+)?"
    rf"(?:{_ON_A_DAY}[ \t]+)?with|"
    r"hosted|received|"
    # "was back in Putrajaya and on a video call with"
    r"(?:was|were)(?:[ \t]+[^.;,]{0,40}?[ \t]+and)?[ \t]+on[ \t]+an?[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:call|videoconference|video[ \t]+conference)[ \t]+with|"
    # "welcomed Berg to Oslo", not "welcomed Berg's proposal" or "welcomed EU sanctions"
    r"welcomed(?=[ \t]+(?:[A-Z][\w.-]*[ \t]+){0,6}[A-Z][\w.-]*[ \t]+(?:to|at)[ \t])|"
    r"joined[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:video[ \t]+conference|videoconference|call|meeting|talks)[ \t]+with|"
    r"(?:began|started|opened|ended)[ \t]+(?:[^;]{0,40}?[ \t]+)?with[ \t]+a[ \t]+"
    r"(?:courtesy[ \t]+)?call[ \t]+on|"
    # "discussed the same plans in a telephone call with"
    r"discussed[ \t]+[^.;,]{0,50}?[ \t]+(?:in|during|on)[ \t]+an?[ \t]+"
    r"(?:(?:phone|telephone|video)[ \t]+)?(?:call|conversation|videoconference)[ \t]+with)"
)
OFFICE_WORD = (
    r"(?:intelligence|security|trade|foreign|defen[cs]e|finance|economy|deputy|vice|chief|"
    r"minister|secretary|adviser|advisor|envoy|ambassador|spokes(?:man|woman|person)|head|"
    r"director|governor|mayor|speaker|president|premier|leader|opposition|army|military|"
    r"acting|interim)"
)
# "Egyptian intelligence chief Hassan Rashad": lower-case office words before the name.
# "Qatar's prime minister and foreign minister, Sheikh Mohammed": two offices, a comma.
OFFICE_BEFORE = (
    rf"(?:(?:[A-Z][\w'’.-]*[ \t]+)?(?:(?:{OFFICE_WORD}|prime),?[ \t]+(?:and[ \t]+)?){{1,5}})?"
)
# "is scheduled to brief", "will also meet": a planned meeting (status from `_cues`).
FUTURE_VERB = (
    r"(?:(?:is|are|was|were|had[ \t]+been)[ \t]+(?:also[ \t]+|now[ \t]+)?"
    r"(?:(?:scheduled|due|expected|set|slated)[ \t]+)?to|"
    r"will(?:[ \t]+also)?)[ \t]+"
    r"(?:meet(?:[ \t]+with)?|have[ \t]+met(?:[ \t]+there)?(?:[ \t]+with)?|brief|host|receive|"
    r"be[ \t]+(?:received|welcomed|hosted)[ \t]+by|"  # "who had been due to be received by X"
    r"sit[ \t]+down[ \t]+with|call[ \t]+on|co-?chair[ \t]+with|"  # "was to co-chair with X"
    r"pay[ \t]+a[ \t]+(?:courtesy[ \t]+)?call[ \t]+on|"
    r"hold[ \t]+(?:\w+[ \t]+)?talks[ \t]+with|"
    r"hold[ \t]+an?[ \t]+(?:[\w-]+[ \t]+)?(?:meeting|bilateral)[ \t]+with|"  # "a bilateral meeting"
    # "is expected to speak by telephone later today with"
    r"speak[ \t]+(?:by[ \t]+(?:phone|telephone)[ \t]+)?"
    r"(?:(?:later[ \t]+)?(?:today|tonight|tomorrow)[ \t]+|on[ \t]+[A-Z]\w+[ \t]+)?with)"
)
# "the Honourable A", "His Excellency B": a style before a name.
STYLE = r"(?:(?:the[ \t]+)?(?:Honou?rable|His[ \t]+Excellency|Her[ \t]+Excellency)[ \t]+)?"
# "A of Malawi": a country after a name.
OF_COUNTRY = r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?"


# "the trilateral meeting of the foreign ministers of Moldova, Romania and Ukraine, Ana X,
# Sorin Y and Oleh Z, scheduled ...": as many names in apposition as countries before them.
_MEETING_OF = re.compile(
    r"\b(?:meeting|talks|summit|session)[ \t]+of[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:ministers|leaders|presidents|premiers|heads[ \t]+of[ \t]+(?:state|government))[ \t]+"
    r"of[ \t]+(?P<rest>[^;.]+)"
)
_LAST_ITEM = re.compile(r"^(?P<one>[^,]+?),?[ \t]+and[ \t]+(?P<two>[^,]+?)$")


def listed_in_apposition(text: str) -> list[str]:
    """The names listed after the countries in `_MEETING_OF`'s sentence, or []."""
    match = _MEETING_OF.search(text) if " of the " in text else None
    if match is None:
        return []
    items = [x.strip() for x in match["rest"].split(",")]
    groups: list[list[str]] = [[]]
    for item in items:  # "A, B and C" ends a list at the item with "and"
        if last := _LAST_ITEM.match(item):
            groups[-1].extend([last["one"], last["two"]])
            groups.append([])
        else:
            groups[-1].append(item)
    countries, names = groups[0], groups[1] if len(groups) > 2 else []
    if len(names) != len(countries) or len(names) < 2:
        return []
    if not all(re.fullmatch(NAME, n) and " " in n and may_be_a_person(n) for n in names):
        return []
    return names


# A timeline's item with no subject, under its day's heading: "TUESDAY\nFormal talks at
# ... with X" (the subject is the one the timeline follows).
VERBLESS_TALKS = (
    r"^(?:[A-Z][A-Z ]+\n)?(?:[A-Z][a-z]+[ \t]+)?(?:[Tt]alks|[Mm]eetings?|[Cc]onsultations)"
)


# "Consultations that were to have been held in Colombo on Thursday, led by Sri Lanka's
# Foreign Secretary A and his Maldivian counterpart B, have been postponed": A and B.
LED_BY_PAIR = re.compile(
    r"\b(?:[Cc]onsultations|[Tt]alks|[Mm]eeting|[Ss]ession)\b[^.;]{0,100}?,[ \t]+"
    r"(?:led|co-?chaired|chaired)[ \t]+by[ \t]+(?:[A-Z][\w.]*['’]s[ \t]+)?"
    rf"(?:[A-Z][\w'’-]*[ \t]+){{0,3}}?(?P<a>{NAME})[ \t]+and[ \t]+(?:his|her)[ \t]+"
    rf"(?:[A-Z][\w'’-]+[ \t]+)?counterpart,?[ \t]+(?P<b>{NAME})"
)


# A timeline's verbless item: "Formal talks at the Office of the Prime Minister with X."
VERBLESS_ITEM = re.compile(
    rf"{VERBLESS_TALKS}[ \t]+(?:at|in)[ \t]+[^.;]{{0,80}}?[ \t]with[ \t]+{OFFICE_BEFORE}"
    rf"(?P<b>{NAME})"
)


# "The secretary flies to Kota Kinabalu this afternoon and is scheduled to meet X there on
# Wednesday": a plan of the one who travels.
TRAVELS_TO_MEET = re.compile(
    rf"(?P<a>{NAME}|{ROLE})[ \t]+(?:flies|travels|heads|leaves|flew|travelled|traveled)[ \t]+"
    r"(?:on[ \t]+)?(?:to|for)[ \t]+[^.;]{0,60}?[ \t]+and[ \t]+(?:is|was)[ \t]+"
    r"(?:scheduled|due|expected|set)[ \t]+to[ \t]+meet[ \t]+"
    rf"{OFFICE_BEFORE}(?P<b>{NAME})"
)


# "Undersecretary X will lead our delegation, and her counterpart is Vice Minister Y": the
# two heads of the talks told before ("The Mechanism will meet in La Paz on the 29th").
LEADS_WITH_COUNTERPART = re.compile(
    rf"(?P<a>{NAME})[ \t]+(?:will[ \t]+lead|leads|led|is[ \t]+leading|headed|will[ \t]+head)"
    r"[ \t]+(?:our|the|his|her|their|its)[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?delegation,?[ \t]+and[ \t]+"
    r"(?:his|her|their)[ \t]+counterpart[ \t]+(?:is|was|will[ \t]+be)[ \t]+"
    # "Vice Minister of Foreign Relations Freddy Condori": the office stays with the name
    r"(?P<b>[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and)?[ \t]*[A-Z][\w'’-]*){1,9})"
)


# "President A will attend, and President B will host it": a plan of the two.
ATTENDS_AND_HOSTS = re.compile(
    rf"(?P<a>{NAME})[ \t]+(?:will|is[ \t]+to|is[ \t]+due[ \t]+to)[ \t]+attend,?[ \t]+and[ \t]+"
    rf"{OFFICE_BEFORE}(?P<b>{NAME})[ \t]+(?:will|is[ \t]+to|is[ \t]+due[ \t]+to)[ \t]+host\b"
)


# An office and its comma before the name: "Vice Minister of Foreign Affairs, ".
_OFFICE_COMMA = (
    rf"(?:[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){{0,8}},[ \t]+|{OFFICE_BEFORE})"
)


# "It was scheduled for tomorrow in Iquitos, between our Vice Minister A and Peru's Vice
# Minister B": the meeting just asked or told about, between A and B.
IT_WAS_BETWEEN = re.compile(
    r"\b(?:[Ii]t|[Tt]hat[ \t]+one)[ \t]+(?:was|had[ \t]+been|is)[ \t]+(?:originally[ \t]+)?"
    r"(?:scheduled|planned|set|due)\b[^.;]{0,60}?,?[ \t]+between[ \t]+"
    rf"(?:(?:our|their|his|her)[ \t]+)?{_OFFICE_COMMA}(?P<a>{NAME}),?[ \t]+and[ \t]+"
    rf"(?:[A-Z][\w.]*['’]s[ \t]+)?{_OFFICE_COMMA}(?P<b>{NAME})"
)


# "A tour of the refinery's new unit by A and B, planned for last Thursday, was postponed":
# a visit the two were to make together.
TOUR_BY_PAIR = re.compile(
    r"\b(?:[Aa]|[Tt]he|[Aa][ \t]+joint)[ \t]+(?:tour|visit|inspection)[ \t]+(?:of|to)[ \t]+"
    rf"[^,;.]{{3,80}}?[ \t]by[ \t]+{OFFICE_BEFORE}(?P<a>{NAME})[ \t]+and[ \t]+"
    rf"{OFFICE_BEFORE}(?P<b>{NAME}),?[ \t]+[^.;]{{0,60}}?\b"
    r"(?:planned|scheduled|set|due|postponed|cancell?ed|called[ \t]+off|took[ \t]+place)\b"
)


# A schedule's verbless item: "CANCELLED: 09:30 Meeting with Canadian Minister of Foreign
# Affairs X, Helsinki." (the one whose schedule it is is the other side).
SCHEDULE_ITEM = re.compile(
    r"^(?:[A-Z][A-Z0-9. ]+\n)?(?:(?:CANCELL?ED|POSTPONED)[ \t]*:[ \t]*)?"
    r"[0-2]?[0-9][:.][0-5][0-9][ \t]+(?:[Mm]eeting|[Tt]elephone[ \t]+call|[Pp]hone[ \t]+call|"
    r"[Vv]ideo[ \t]?conference|[Tt]alks|[Cc]all)[ \t]+with[ \t]+"
    r"(?:[A-Z][\w'’-]*[ \t]+)?(?:Minister|Secretary|President|Prime[ \t]+Minister)"
    rf"(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’-]*))*?[ \t]+(?P<b>{NAME})(?=,|\.|$)"
)


# "the audience Pope Leo XIV was due to grant President A and Dr B tomorrow morning has been
# called off": the one granting it and those it was for.
AUDIENCE_GRANTED = re.compile(
    rf"\b(?:the|an)[ \t]+(?:private[ \t]+)?audience[ \t]+{OFFICE_BEFORE}(?P<a>{NAME})[ \t]+"
    r"(?:was|is|had[ \t]+been)[ \t]+(?:due|scheduled|set|expected|to)[ \t]+(?:to[ \t]+)?grant[ \t]+"
    rf"{OFFICE_BEFORE}(?:Dr\.?[ \t]+)?(?P<b>{NAME})"
    rf"(?:[ \t]+and[ \t]+{OFFICE_BEFORE}(?:Dr\.?[ \t]+)?(?P<c>{NAME}))?"
)


# "Archbishop X will travel to Juba on 3 March to meet both men": X's plan with the sides
# told before (added by `join_the_sides_told_before`).
TO_MEET_BOTH = re.compile(
    rf"{OFFICE_BEFORE}(?P<a>{NAME})[ \t]+(?:will|is[ \t]+(?:due[ \t]+)?to)[ \t]+"
    r"(?:travel|fly|go|return)[ \t]+to[ \t]+[^.;]{0,60}?[ \t]to[ \t]+meet[ \t]+"
    r"(?:both[ \t]+(?:men|women|leaders|sides)|the[ \t]+two[ \t]+\w+)\b"
)
