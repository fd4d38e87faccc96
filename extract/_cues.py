"""Wording rules that settle kind, status and agreement type in code, and read the
occasion and topics of a meeting.

A small model's enum choice is a guess; explicit wording in the reporting
sentence ("by phone", "postponed", "signed a memorandum") is not. These rules
override the model only when such wording is present.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

VIRTUAL = re.compile(
    r"\b(?:video\s?(?:call|conference|link|summit|talks)|videoconference|virtual(?:ly)?|"
    r"online (?:meeting|summit|talks)|teleconference)\b",
    _I,
)
CALL = re.compile(
    r"\b(?:(?:tele)?phone(?:d)?|phone call|"
    # not "received a courtesy call from the ambassador": a visit
    r"(?:held|had|made|received|holds|hold|have|make) a (?!courtesy )(?:\w+ )?call|"
    r"call with|calls with|spoke by|spoke over|by telephone|on the phone|"
    # a sentence about the call told before: "During the call, A and B discussed ..."
    r"^(?:during|in the course of) the call)\b",
    _I,
)
# "called on Prime Minister X in Thimphu": a courtesy call, not "called on X to act" nor
# "called on Monday for a ceasefire".
# (not "called on Tô Lâm (To Lam)" read case-blind as "called on X to do ...")
CALLED_ON = r"call(?:ed|s)[ \t]+on(?![ \t]+[A-Z]\w+day\b)(?![^.;]{0,90}?\b(?-i:to[ \t]+[a-z]))"
CANCELLED = re.compile(
    r"\b(?:cancell?ed|cancel|postponed|postpone|postponement|called off|scrapped|put off|"
    r"pushed back|put back|(?:(?:has|have|had) been|was|were) suspended(?! since)|"
    r"dropped from (?:his|her|their|the) (?:itinerary|programme|program|schedule)|"
    r"(?:has|have|had) been dropped|"  # "An audience with X ... has been dropped"
    r"shelved|(?:will not|won['’]t) (?:meet|take place|go ahead|happen)|"
    r"no longer (?:meet|take place)|"
    # "but the meeting did not go ahead because of ..."
    r"did not (?:go ahead|take place|happen)|never took place|fell through|"
    # "were to have co-chaired the session": it did not take place
    r"(?:was|were) to have (?:met|co-chaired|co-hosted|chaired|hosted|held|"
    r"been (?:held|co-chaired|chaired|co-hosted|hosted|attended|led)))\b",
    _I,
)
PLANNED = re.compile(
    r"\b(?:will (?:also |then |now |jointly )?(?:meet|hold|visit|travel|host|speak|talk|sit|"
    r"arrive|fly|co-chair|chair|come to|"
    # "will call on X", "the joint session will take place in Zagreb on 14 April"
    r"pay (?:a |an )?(?:courtesy )?call|call on|receive|attend|join|take place)|"
    # "will take part, on Wednesday, 22 July, in a videoconference with X"
    r"will take part\b[^.;]{0,40}? in an? (?:videoconference|video conference|video call) with|"
    r"will be (?:received|hosted|welcomed|in|held)|"
    r"will (?:also )?have (?:\w+ )?(?:talks|a meeting|discussions)|"  # "He and I will have talks"
    r"['’]ll (?:meet|sit down|hold|visit|host|receive|see|be in)|"  # "I'll sit down with X"
    r"(?:is|are) (?:also |then |now |still )?(?:to|set to|due to|expected to|scheduled to|"
    r"slated to)|"
    r"(?:is|are|was|were) (?:now |also |originally )?(?:scheduled|expected|slated|planned)|"
    # "was due to meet", "had been due to host X in Kingston on Friday"
    r"(?:was|were|had been) (?:also )?due to (?:meet|hold|visit|host|travel|sign|receive)|"
    # "had been due to open a new phase of land-border talks"
    r"(?:was|were|had been) (?:also )?due to (?:open|attend|co-chair|chair|lead)|"
    # "I was supposed to be in Addis Ababa on Thursday to see State Minister X"
    r"(?:was|were) supposed to [^.;]{0,60}?\b(?:to (?:see|meet)|for (?:talks|a meeting) with)\b|"
    # "he will lay a wreath ... before holding official talks with Minister Khoa"
    r"will [a-z]+\b[^.;]{0,120}?\b(?:before|after) (?:holding|meeting)\b|"
    # "Mahlangu was staying on in Gaborone for bilateral talks with Molefhe on Friday"
    r"(?:is|are|was|were) staying on\b[^.;]{0,40}?\bfor (?:\w+ )?(?:talks|meetings?)\b|"
    r"plans? to (?:meet|hold|visit)|"
    r"(?:is|are) (?:also )?booked (?:into|in|for)|"  # "is booked into Bogotá on the 22nd"
    r"(?:is|are) (?:also )?due in|"  # "Al-Obeidi is due in Beirut on Monday for talks"
    r"planned|upcoming|next (?:week|month)(?!['’]s)|is likely to|"
    r"agreed to (?:reconvene|meet again)|"
    r"expect(?:s|ed)? (?:him|her|them) (?:on|in|at|by|next|later|this|for)|"  # "expected him on"
    r"would (?:meet|hold|visit|travel|make the trip|come to|go to|arrive|fly))\b",
    _I,
)
# "welcomed Friday's agreement", "welcomed the Tongan vote": a reaction, not a visitor.
_WELCOMED_THING = (
    r"(?:the |an? |[\w’']+['’]s )?(?:[\w-]+ )?(?:agreement|deal|decision|accord|pact|plan|"
    r"proposal|move|step|news|announcement|outcome|results?|progress|initiative|efforts?|"
    r"statement|commitment|talks|ruling|report|votes?|ratification|resolution|adoption|"
    r"ceasefire|truce|election|verdict|release|offer|pledge|signing|visit)\b"
)
HELD = re.compile(
    # "had talks", not "who had prepared the city to host them"
    r"\b(?:met|held|spoke|spoken|talked|(?:tele)?phoned|"
    # "had talks", not "had also included a call on" (a plan)
    r"had(?!\s+(?:also\s+)?(?:included|planned|hoped|intended|wanted)\b)|"
    # not "called for", "called on X to", "called the Kazungula meeting 'a practical summit'"
    r"huddled|called(?!\s+(?:for|on|it|this|that|(?:the|their)\s+(?:\w+\s+)?"
    r"(?:meeting|summit|talks|visit|agreement|deal|decision))\b)|"
    rf"visited|hosted|received|welcomed(?! {_WELCOMED_THING})|discussed|"
    r"paid (?:a |an )?(?:\w+ )?(?:call|visit)|took place|"
    # "took part on Sunday in a video conference"
    r"joined|briefed|took part (?:(?:on|last|this) \w+ |yesterday )?in (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}(?:meeting|talks|call|conference|videoconference|summit)|"
    r"(?:flew|flies|travell?ed|travels|went|came) to [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? for talks|"
    # "used the lunch break to speak by phone with"
    r"used (?:the|a|an|his|her|their) (?:[\w-]+ ){1,3}to (?:meet|speak|talk|call|brief)|"
    r"agreed|signed|exchanged|sat down|shook hands|conferred|witnessed the signing|co-?chaired|"
    # "spent the morning at the joint border post ... before sitting down for talks with"
    r"sitting down for talks with|spent (?:the|a|an|two|three|several) (?:\w+ )?"
    r"(?:morning|afternoon|evening|day|days|hours?) (?:with|at|in)|"
    r"co-?hosted|"
    r"put (?:their|his|her) (?:names|signatures) to|put pen to paper)\b",
    _I,
)
JOINT = re.compile(
    r"\b(?:agreed|agree|agreeing|concurred|signed|sign|signing|inked|pledged|committed|decided|reached|"
    r"consensus|concluded|exchanged (?:the )?(?:exchange of )?notes|jointly|adopted|"
    r"witnessed the (?:signing|exchange)|instructed their|reaffirmed their commitment|"
    # "released a joint statement ..., in which they undertook to cooperate on ..."
    r"undertook|(?:released|issued) a joint (?:statement|declaration|communiqu[eé]))\b",
    _I,
)
_DOCUMENT = (
    r"\b(?:memorand\w*|MoUs?|agreements?|treaty|treaties|accords?|deals?|notes|declaration|"
    r"pact|protocol|contracts?|charter|framework|arrangements?|exchange of letters|"
    r"letters? of intent|joint (?:statement|communiqu[eé])|"
    # "the Plan of Bilateral Military Cooperation", "an Executive Programme of ... Cooperation"
    r"(?:plan|programme|program)s? (?:of|for|on) (?:[\w'’-]+ ){0,3}?cooperation|"
    # "the Strategic Cooperation Programme", "an executive programme for the years 2026-2027"
    r"(?:cooperation|executive|action) (?:plan|programme|program)s?|"
    r"conventions?|minutes)\b"
)
DOC = re.compile(_DOCUMENT, _I)
SIGNED = re.compile(
    # Not the bare "sign": "agreed to sign a memorandum next month" is not signed yet.
    r"\bexchanged (?:the )?exchange of notes\b|"  # the document itself: "Exchange of Notes"
    # a joint text the two governments put out: "released a joint statement on X"
    r"\b(?:released|issued|adopted) (?:a|the) joint (?:statement|declaration|communiqu[eé])\b|"
    r"\b(?:signed|inked|signing|put pen to paper|exchanged (?:notes|instruments)|"
    r"witnessed the exchange of)\b.*?"
    + _DOCUMENT
    # A report in the present tense: "X and Y sign the Plan of ... Cooperation"; not "to sign".
    + r"|(?<!to )(?<!will )(?<!would )(?<!could )(?<!shall )(?<!should )(?<!may )(?<!might )"
    + r"(?<!must )(?<!cannot )\bsigns?[ \t]+(?:the|a|an|two|three|four|five|several|another)\b.*?"
    + _DOCUMENT
    # "An agreement on X and an MoU on Y were signed in the presence of the two leaders"
    + r"|"
    + _DOCUMENT
    + r"[^.;]{0,200}?\b(?:was|were)\s+(?:signed|exchanged|inked)\b",
    _I,
)
MEET_AGAIN = re.compile(
    r"\b(?:meet(?:ing)? again|reconvene(?= [\"“]?(?:at|within|in|on|next|later|soon)\b)|"
    r"hold (?:a |an |the )?(?:next |another |new )?(?:[\w'’\"“”-]+ ){0,6}"  # 'the first "2+2"
    r"(?:summit|meeting|talks|dialogue|visit|round|consultations|session|retreat|council)|"
    # "hold the 11th JCBC in Da Nang on May 6": a body's meeting named by its acronym
    r"hold (?:the |a )?(?:\d+(?:st|nd|rd|th) |[\w-]+ )?(?-i:[A-Z]{3,7})(?= (?:in|on) )|"
    # "convene the CEPA Joint Committee in New Delhi", "make the meeting an annual event"
    r"(?:re)?convene (?:a |an |the )?(?:next |new )?(?:[\w'’-]+ ){0,4}"
    r"(?:committee|commission|council|meeting|session|summit|talks|dialogue)|"
    r"(?:meeting|summit|dialogue|retreat|talks|consultations)s?\b[^.;]{0,30}"
    r"\b(?:annual|annually|regularly)|"
    r"(?:continue|keep|maintain|stay)(?: up| in)? (?:close |closer |the |their |regular )?"
    r"(?:communication|contact|touch|dialogue|consultations)|"
    r"continue (?:the |their )?(?:discussions?|talks) in person|"  # "... in Riga this year"
    r"(?:another|new|next|further) round|"
    # "set a new date for the binational cabinet meeting as soon as conditions allow"
    r"(?:set|fix|find|agree on) (?:a |the )?(?:new )?date (?:for|of) (?:the |a |their )?"
    r"(?:[\w'’-]+ ){0,4}(?:summit|meeting|talks|visit|cabinet|session|consultations|dialogue)|"
    # "the next session of the Council would be held in Greece next year"
    r"(?:summit|meeting|talks|consultations|session|council|commission|committee|conference)s?"
    r"\b[^.;]{0,50}?\b(?:will|would|shall)(?: be)? (?:convened|held|hold|take place)|"
    r"(?:visits?|follow-up|next meeting|reciprocal visit|summits?|meet|meetings))\b",
    _I,
)


# "Mbonimpa told Anadolu by phone", "said in a telephone interview": how a source spoke to
# the press, not how the sides met.
_TO_THE_PRESS = re.compile(
    # not "said X had spoken by telephone with Y": a call told by the speaker
    r"\b(?:told|said|says|tells)\b(?:(?!\b(?:spoken|spoke|speak|talked|talk|held|had)\b)[^.;,]){0,30}?"
    r"\b(?:by|over|in a)[ \t]+(?:tele)?phone"
    r"(?:[ \t]+interview)?\b",
    _I,
)


def kind_from(text: str, model_kind: str) -> str:
    if "phone" in text:
        text = _TO_THE_PRESS.sub(" ", text)
    if VIRTUAL.search(text):
        return "virtual"
    if CALL.search(text):
        return "call"
    # A call or video link is always stated in so many words; without them the
    # model's "call" is a guess.
    return "in_person"


# "..., after the gathering planned for this weekend was postponed", "Despite the
# postponement, ...": another event's fate.
_OTHER_CLAUSE = re.compile(r"\b(?:after|as|because|since|while|despite)\b[^,;]*$", _I)
_AGREED_TO_CALL_OFF = re.compile(r"\b(?:agreed|decided|agreeing)[ \t]+to[ \t]+$", _I)


INVITED = re.compile(
    r"\b(?:invited (?:\w+ ){0,4}|accepted (?:an|the) invitation (?:from (?:\w+ ){1,3})?)"
    # "invited Rono to Kampala for the Northern Corridor summit on 9 October"
    r"to (?:visit|undertake|pay|make|(?-i:[A-Z])[\w'’-]+ for)\b",
    _I,
)
# "The session had originally been planned as ...", "was originally scheduled for April 28":
# the plan as it stood before it changed.
ORIGINALLY = re.compile(
    r"\b(?:had|was|were)[ \t]+originally[ \t]+(?:been[ \t]+)?(?:planned|scheduled|due|set)\b"
)
_MET = re.compile(
    # "settled the change in a telephone call on Monday, agreeing to postpone ...": held
    r"\b(?:met|hosted|received|welcomed|spoke|talked|held talks|(?:tele)?phone call|video call)\b",
    _I,
)


# A later event that what was agreed leads up to: its plan is not the meeting's.
_OTHER_EVENT_BEFORE = re.compile(
    # "..., which addressed the preparations for the upcoming meeting of the OIC Council"
    r"\b(?:before|ahead[ \t]+of|until|in[ \t]+time[ \t]+for|preparations?[ \t]+for|"
    r"prepar(?:e|ing)[ \t]+for)\b[^,;]*$",
    _I,
)


# "have been put back to Tuesday, March 2nd", "postponed until next week": moved, a plan
MOVED_TO = re.compile(
    # "was pushed back at Thursday's meeting to 7 July"
    rf"(?:{CANCELLED.pattern})(?:[ \t]+at[ \t]+[^,;.]{{3,40}}?)?[ \t]+(?:to|until|till)[ \t]+"
    r"(?:(?:the|a|next|later)[ \t]+)?"
    r"(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|"
    # not "next year"; "has been put back to tomorrow morning" is a day
    r"October|November|December|[0-3]?[0-9](?:st|nd|rd|th)?\b|week|month|tomorrow)",
    _I,
)
_AFTER_CLAUSE = re.compile(r"\bafter\b[^;]*$", _I)


def states_a_plan(sentence: str) -> bool:
    return bool(PLANNED.search(sentence) or INVITED.search(sentence) or MOVED_TO.search(sentence))


def status_from(sentence: str, model_status: str) -> str:
    cancelled = CANCELLED.search(sentence)
    before = sentence[: cancelled.start()] if cancelled else ""
    # "spoke by telephone on Saturday and agreed to postpone the meeting": that call was held.
    agreed_to = _AGREED_TO_CALL_OFF.search(before) is not None and _MET.search(before) is not None
    if cancelled and agreed_to:
        return "held"  # the call in which they agreed to call the meeting off
    if cancelled and not _OTHER_CLAUSE.search(before):
        # "have been put back to Tuesday, March 2nd": moved, so still a plan
        return "planned" if MOVED_TO.search(sentence, cancelled.start()) else "cancelled"
    if INVITED.search(sentence) and not _MET.search(sentence):
        return "planned"  # "invited Boateng to a State Visit ..., and both agreed that ..."
    planned, held = PLANNED.search(sentence), HELD.search(sentence)
    if planned and held and planned.start() <= held.start() < planned.end():
        held = HELD.search(sentence, planned.end())  # "will be received": one future verb
    while held and _TO_BE.search(sentence, 0, held.start()):
        held = HELD.search(sentence, held.end())  # "... and is to be received there on Friday"
    while planned and held and held.start() > planned.start() and _BY.match(sentence, held.end()):
        # "will take place in Zagreb on 14 April, co-chaired by A and B": the plan's manner
        held = HELD.search(sentence, held.end())
    if planned and held and _OTHER_EVENT_BEFORE.search(sentence[held.end() : planned.start()]):
        planned = None  # "agreed on Tuesday to ... before EU leaders meet next week"
    if (
        planned
        and held
        and planned.start() < held.start()
        and _AFTER_CLAUSE.search(sentence, planned.end(), held.start())
    ):
        return "held"  # "agreed to reconvene the committee, after the two leaders held talks"
    if planned and not held:
        return "planned"
    if held and not planned:
        return "held"
    if held and planned and held.start() < planned.start():
        agreed = AGREED_VERB.search(sentence, held.end(), planned.start())
        if agreed and _A_BODY.search(sentence, agreed.end(), planned.start()):
            # "met X on Saturday, where the two sides agreed that the steering committee
            # would meet in April": the meeting held; the body's meeting is what they agreed
            return "held"
    return model_status


_BY = re.compile(r"[ \t]+by\b")
# "The two Presidents recalled their telephone conversation of 12 May": an encounter before
RECALLED_THEIR = re.compile(r"\brecalled[ \t]+their\b")
_TO_BE = re.compile(r"\b(?:(?:is|are)[ \t]+to|will|would)[ \t]+be[ \t]+$", _I)
_A_BODY = re.compile(r"\b(?:committee|commission|council|cabinet|working[ \t]+group)\b", _I)
AGREED_VERB = re.compile(r"\b(?:agree|pledge|commit|decide|vow|promise)\w*", _I)


def _among_signed(sentence: str, summary: str) -> bool:
    """Is the item written after the signing verb and before any "agreed to"?"""
    signed = SIGNED.search(sentence)
    at = sentence.casefold().find(summary.strip().casefold()[:20])
    if signed is None or at < signed.start():
        return False
    agreed = AGREED_VERB.search(sentence, signed.end())
    return agreed is None or at < agreed.start()


# "Agreed to set up a working group ..., to hold its first session in July": a body set up,
# not a meeting of the two sides.
_SET_UP = re.compile(
    r"^(?:they[ \t]+)?(?:agreed[ \t]+)?(?:to[ \t]+)?(?:set[ \t]+up|establish|create|form|launch)\b"
    r"[^.;]{0,60}?\b(?:group|task[ \t]+force|committee|commission|mechanism|team|"
    r"fund|programme|program|council|secretariat|platform)\b",
    _I,
)


def agreement_type_from(sentence: str, summary: str, model_type: str) -> str:
    if SIGNED.search(summary) or (
        SIGNED.search(sentence) and DOC.search(summary) and not _TO_SIGN.match(summary)
    ):
        return "signed_document"
    again = MEET_AGAIN.search(summary)
    if again and not _SET_UP.match(summary) and not _LEADS_UP_TO.search(summary, 0, again.start()):
        return "intent_to_meet"
    if _among_signed(sentence, summary):
        return "signed_document"  # "... signed an MoU on X and another on Y": "another on Y"
    return model_type if model_type in ("commitment", "other") else "commitment"


# "Agreed to sign a roadmap ... at the next consultations": not signed yet.
_TO_SIGN = re.compile(
    r"(?:they[ \t]+)?(?:agreed|decided|pledged|plan(?:ned)?)[ \t]+to[ \t]+sign\b", _I
)


# "intensify consultations ahead of the next summit": a later event, not a meeting agreed.
_LEADS_UP_TO = re.compile(
    r"\b(?:ahead[ \t]+of|before|in[ \t]+preparation[ \t]+for|in[ \t]+the[ \t]+run-up[ \t]+to)"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,4}$",
    _I,
)


# "pledged", "committed", "decided" are joint only with both sides as the subject:
# "Motegi ... pledged $20 million" is one side's promise.
_ONE_SIDE_CAPABLE = frozenset(("pledged", "committed", "decided", "undertook"))
_BOTH_SIDES = re.compile(
    r"\b(?:[Tt]hey|[Tt]he two|[Bb]oth|[Tt]he (?:leaders|ministers|sides|three|four)|each other)\b"
    r"|[A-Z][\w'’-]+ and [A-Z]"
)


# "her deputy had a full mandate to sign": leave to sign, not a signing.
_LEAVE_TO = re.compile(
    r"\b(?:mandate|authority|power|permission|authori[sz](?:ation|ed)|empowered)[ \t]+to[ \t]+$"
)


def is_joint(sentence: str) -> bool:
    for match in JOINT.finditer(sentence):
        if _LEAVE_TO.search(sentence, 0, match.start()):
            continue
        if _NOT_YET.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # "could be ready for signature, but none has yet been agreed"
        if match.group().lower() not in _ONE_SIDE_CAPABLE:
            return True
        clause = re.split(r"[,;]", sentence[: match.start()])[-1]
        if _BOTH_SIDES.search(clause):
            return True
    return False


_NOT_YET = re.compile(
    r"\b(?:(?:none|nothing|neither)[ \t]+(?:has|have|had|was|were)|"
    r"(?:has|have|had|was|were)[ \t]+not)[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?$",
    _I,
)


_OCCASION = re.compile(
    r"\b((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:leaders['’]?\s+)?(?:[Ss]ummit|Forum|Conference|Dialogue|Assembly|"
    r"Games|Expo|Meeting|Meetings|Session))\b"
)
_DISCUSSED = re.compile(
    r"\b(?:discussed|discussing|talked about|exchanged views on|focused on|covered)\s+([^.;:]+)",
    re.IGNORECASE,
)


# The words `_OCCASION` ends with: checked first, as plain substrings, because the
# pattern itself tries every capitalized word of the text.
_OCCASION_KEYS = (
    "ummit", "Forum", "Conference", "Dialogue", "Assembly", "Games", "Expo", "Meeting", "Session",
)  # fmt: skip


def occasion_in(text: str) -> str | None:
    """A named event: "the NATO summit", "the Shangri-La Dialogue"."""
    if not any(k in text for k in _OCCASION_KEYS):
        return None
    match = _OCCASION.search(text)
    return re.sub(r"^the\s+", "", match.group(1)) if match else None


def topics_in(text: str) -> list[str]:
    """Up to 5 short topics from "discussed X, Y and Z"."""
    topics: list[str] = []
    for match in _DISCUSSED.finditer(text):
        for piece in re.split(r",\s*|\s+and\s+|\s+as well as\s+", match.group(1)):
            piece = re.sub(r"^(?:ways to|how to|the|their|bilateral)\s+", "", piece.strip())
            if 2 <= len(piece) <= 60 and piece not in topics:
                topics.append(piece)
    return topics[:5]
