"""Meetings stated in plain wording, for passages where the model found none.

A small model sometimes returns nothing for a passage that plainly says
"Albanese sat down with Indonesian President Prabowo Subianto". This recovers
such sentences conservatively: a named (or pronoun) subject, a meeting verb, and
a named object, all taken verbatim from the text.
"""

from __future__ import annotations

import re

from ._agreed_clauses import joint_agreements
from ._drafts import DraftMeeting, DraftPerson
from ._meeting_objects import AND_OBJECT, GROUP, objects_of, office_holder
from ._meeting_phrases import ADVERB as _ADVERB
from ._meeting_phrases import (
    ATTENDS_AND_HOSTS,
    AUDIENCE_GRANTED,
    IT_WAS_BETWEEN,
    LEADS_WITH_COUNTERPART,
    LED_BY_PAIR,
    SCHEDULE_ITEM,
    TO_MEET_BOTH,
    TOUR_BY_PAIR,
    TRAVELS_TO_MEET,
    VERBLESS_ITEM,
    listed_in_apposition,
)
from ._meeting_phrases import FUTURE_VERB as _FUTURE_VERB
from ._meeting_phrases import OFFICE_BEFORE as _OFFICE_BEFORE
from ._meeting_phrases import VERB as _VERB
from ._mentions import ROLE as _ROLE
from ._mentions import may_be_a_person as _may_be_a_person
from ._mentions import person_draft
from ._name_patterns import NAME as _NAME
from ._other_sides import brought_together, co_chairs
from ._pair_wording import (
    APPOSED_PAIR,
    AT_WHICH,
    BETWEEN,
    OFFICE_PAIR,
    PAIR,
    PAIR_COUNTERPART,
    PAIR_OFFICE,
    TWO_NAMED,
    said_so,
)
from ._passages import Span, sentences

# What follows a subject: an optional apposition, then the meeting verb and its object.
_SUBJECT_APPOSITION = (
    # "Komi Agbeko, the AU-designated mediator for eastern Congo, had been due to host"
    rf",[ \t]+who|,[ \t]+the[ \t]+[^,;.]{{3,60}},|"
    # "Prime Minister A, accompanied by Foreign Minister C, held talks with B": C too
    rf",[ \t]+(?:accompanied|joined)[ \t]+by[ \t]+(?P<c>{_NAME}),"
)
_VERB_AND_OBJECT = (
    rf"[ \t]+(?:{_VERB}|{_FUTURE_VERB})[ \t]+"
    r"(?:(?:his|her|the)[ \t]+)?"
    # "his Chilean counterpart, ", "the island's mayor, ", "the ministry's undersecretary
    # for bilateral relations, "
    r"(?:(?:[A-Za-z]+['’]s[ \t]+)?(?:[A-Za-z]+[ \t]+){0,2}"  # "the Swedish prime minister, "
    r"(?:counterpart|mayor|governor|minister|undersecretary)"
    # "Panama's vice minister of public security, "
    r"(?:[ \t]+(?:for|of)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?,?[ \t]+|"
    # "the head of the Slovak government, "
    r"(?<=the[ \t])head[ \t]+of[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?government,[ \t]+|"
    # "with Bolivia's Vice Minister of the Interior, X"
    r"[A-Z][\w.]*['’]s[ \t]+(?:Vice[ \t]+|Deputy[ \t]+)?(?:Minister|Secretary|Undersecretary)"
    r"(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){1,6},[ \t]+|"
    # "with the Minister for Europe and Foreign Affairs of Albania, Elona Hoxha"
    r"(?<=the[ \t])(?:Vice[ \t]+|Deputy[ \t]+|First[ \t]+)?(?:Minister|Secretary|Undersecretary)"
    r"(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){1,8},[ \t]+)?"
    rf"{_OFFICE_BEFORE}(?P<b>{_NAME})"
)
_PATTERN = re.compile(rf"(?P<a>{_NAME}|{_ROLE})(?:{_SUBJECT_APPOSITION})?{_VERB_AND_OBJECT}")
# "The energy minister, Tore Vik, was due to meet X": the name closing an office's
# apposition, then the verb.
# "The Minister of Agriculture, ... and Forests, Mr. Omar Lahlou, will receive": a
# capitalized portfolio word before a styled name.
_APPOSED_SUBJECT = re.compile(
    # "the Prime Minister, Pavel Šindelář, spoke by telephone ...": an office's last word
    rf"(?:\b[a-z]+|\b[A-Z][a-z]+(?=,[ \t]+(?:Mr|Mrs|Ms|Dr)\.?[ \t])|"
    r"\b(?<=the[ \t])(?:Prime[ \t]+)?(?:Minister|President|Chancellor|Premier)),[ \t]+"
    rf"(?P<a>{_NAME}|{_ROLE})(?:,|{_SUBJECT_APPOSITION})?{_VERB_AND_OBJECT}"
)

# "a meeting with Argentine President Javier Milei is scheduled for Friday": one named side.
_MEETING_WITH = re.compile(
    r"\b(?:a|the|[Aa]n?)[ \t]+(?:\w+[ \t]+)?(?:meeting|talks|call|audience)[ \t]+(?:with|on)[ \t]+"
    rf"(?P<b>{_NAME})"
    # "A courtesy call on Governor-General X at Government House is called off"
    r"(?:[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})?"
    # "An audience with Prime Minister X, which appeared in earlier drafts ..., has been dropped"
    r"(?:,[ \t]+which[ \t]+[^,;.]{3,100},)?"
    r"[ \t]+(?:is|are|was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:\w+[ \t]+)?"
    r"(?:scheduled|planned|set|due|expected|postponed|cancell?ed|called[ \t]+off|dropped)\b"
)


# "Safadi will travel to Cairo next month to continue the discussions with Abdelatty".
_PLANNED_WITH = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?:will|is[ \t]+(?:due|expected|scheduled|set)[ \t]+to|plans[ \t]+to|"
    r"(?:had[ \t]+been|was|is)[ \t]+due[ \t]+in|"  # "had been due in Nuku'alofa for talks with"
    # "was supposed to be in Riyadh on Thursday for talks with"
    r"(?:was|were)[ \t]+(?:supposed|meant)[ \t]+to[ \t]+be[ \t]+in|"
    # "Mr Hua had also been scheduled to call on Prime Minister Kaluwin on Wednesday"
    r"(?:had|has)[ \t]+(?:also[ \t]+)?been[ \t]+(?:scheduled|due|expected|set))"
    r"[ \t]+(?:[^.;]|(?<=St)\.){0,60}?\b(?:(?:talks|discussions|consultations|meeting)[ \t]+with|"
    r"to[ \t]+(?:meet(?:[ \t]+with)?|call[ \t]+on)|"
    # "had been due to travel to Montevideo on June 29 to sign a protocol with Mántaras"
    r"to[ \t]+sign[ \t][^.;]{0,50}?[ \t]with)[ \t]+"
    # "for talks with our Prime Minister, Irakli Mchedlishvili"
    r"(?:(?:our|his|her|their)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,4}?(?:Minister|President|"
    r"Secretary|Chancellor|Premier)(?:[ \t]+of[ \t]+[A-Z][\w'’-]*)?,[ \t]+)?"
    rf"{_OFFICE_BEFORE}(?P<b>{_NAME})"
)


# "..., where they were joined by Zambian President X for a trilateral summit": X (the
# sides are those told before, `join_the_sides_told_before`).
_JOINED_THEM = re.compile(
    r"\b(?:they|[Tt]he[ \t]+two[ \t]+\w+)[ \t]+(?:were|was)[ \t]+joined[ \t]+"
    rf"(?:[^.;]{{0,60}}?[ \t])?by[ \t]+{_OFFICE_BEFORE}(?P<a>{_NAME})"
)


# "Tuilevuka's programme had also included a courtesy call on President X tomorrow
# morning": a meeting of the visit's plan (its fate told after it: "Both have been cancelled").
_PROGRAMME_INCLUDED = re.compile(
    rf"(?P<a>{_NAME})['’]s[ \t]+(?:programme|program|schedule|itinerary)[ \t]+(?:had[ \t]+)?"
    r"(?:also[ \t]+)?(?:included|includes|include)[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:call[ \t]+on|meeting[ \t]+with|talks[ \t]+with|audience[ \t]+with)[ \t]+"
    rf"{_OFFICE_BEFORE}(?P<b>{_NAME})"
)


# "Mexico's Secretary of Economy, X, had been expected to join the two ministers": X and
# the sides told before (`join_the_sides_told_before`).
_JOINS_THE_TWO = re.compile(
    rf"(?:{_NAME}(?:[ \t]+(?:of|for)[ \t]+{_NAME})?,[ \t]+)?(?P<a>{_NAME}),?[ \t]+"
    r"(?:had[ \t]+been|was|is|were)[ \t]+(?:also[ \t]+)?"
    r"(?:expected|due|scheduled|set|supposed|meant)[ \t]+to[ \t]+join[ \t]+the[ \t]+two\b"
)


# "Sơn received the visiting minister": the visitor is the article's main actor.
_RECEIVED_VISITOR = re.compile(
    rf"(?P<a>{_NAME})[ \t]+{_ADVERB}(?:received|welcomed|hosted|greeted|met(?:[ \t]+with)?)"
    rf"[ \t]+(?P<b>{_ROLE}|(?:his|her)[ \t]+(?:guest|visitor))\b"  # "greeted his guest"
)
# "Albanese also had what his office called a brief pull-aside conversation with Chinese
# President Xi Jinping".
_HAD_WITH = re.compile(
    rf"(?P<a>{_NAME}|{_ROLE})[ \t]+"
    # "Castillo flew in from Belmopan last night and had dinner with X": the one subject
    r"(?:[a-z][^.;,:]{0,60}?[ \t]+and[ \t]+)?"
    rf"{_ADVERB}(?:had|held)[ \t]+"
    r"(?:what[^,.;]{0,40}?(?:called|described[ \t]+as)[ \t]+)?(?:(?:a|an)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}(?:conversation|chat|exchange|discussion|encounter|meeting|"
    # "had breakfast with": a meal needs no article
    r"audience|lunch|dinner|breakfast)|(?:lunch|dinner|breakfast))[ \t]+with[ \t]+"
    rf"(?:(?:his|her|the)[ \t]+)?{_OFFICE_BEFORE}(?P<b>{_NAME})"
)


# "Milei accepted an invitation from Paz to pay a state visit to La Paz": a planned visit.
_ACCEPTED_INVITATION = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?:(?:has|had)[ \t]+)?(?:also[ \t]+)?accepted[ \t]+(?:an|the)[ \t]+"
    rf"invitation[ \t]+from[ \t]+{_OFFICE_BEFORE}(?P<b>{_NAME})[ \t]+to[ \t]+"
    r"(?:visit|pay|make|undertake)\b"
)
# "Mugisha invited Rono to Kampala for the Northern Corridor summit on 9 October, and that
# Rono accepted": a plan of the two
_INVITED_ACCEPTED = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?:also[ \t]+)?invited[ \t]+{_OFFICE_BEFORE}(?P<b>{_NAME})[ \t]+to[ \t]+"
    r"[^.;]{3,100}?,?[ \t]+and[ \t]+(?:that[ \t]+)?(?:President[ \t]+)?[A-Z][\w'’-]+"
    r"(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+(?:has[ \t]+|had[ \t]+)?accepted\b"
)
_HAD_WITH_WORDS = (
    "conversation", "chat", "exchange", "discussion", "encounter", "meeting", "audience",
    "lunch", "dinner", "breakfast",
)  # fmt: skip


# "updated the Taoiseach on his call on Monday with the President of the European
# Commission, Ursula von der Leyen": the call of the article's main actor (added later).
_HIS_CALL = re.compile(
    r"\b(?:his|her)[ \t]+(?:(?:phone|telephone|video)[ \t]+)?(?:call|meeting|talks|conversation)"
    r"[ \t]+(?:on[ \t]+[A-Z]\w+[ \t]+|last[ \t]+\w+[ \t]+)?with[ \t]+"
    rf"(?:the[ \t]+(?:[A-Z][\w'’-]*|of|the)(?:[ \t]+(?:[A-Z][\w'’-]*|of|the)){{0,8}},[ \t]+)?"
    rf"{_OFFICE_BEFORE}(?P<b>{_NAME})"
)
# "Domingos Sá has just walked out of his meeting with Asante-Mensah"
_OUT_OF_MEETING = re.compile(
    rf"(?P<a>{_NAME})[ \t]+(?:has[ \t]+|had[ \t]+)?(?:just[ \t]+)?(?:walked|stormed|stepped|came|"
    r"emerged|broke[ \t]+off|cut[ \t]+short|ended)(?:[ \t]+out[ \t]+of|[ \t]+from)?[ \t]+"
    r"(?:his|her)[ \t]+(?:[\w-]+[ \t]+)?(?:meeting|talks)[ \t]+with[ \t]+"
    rf"{_OFFICE_BEFORE}(?P<b>{_NAME})"
)
# "Abdelatty was received by King Abdullah II": the same meeting, in the passive.
_PASSIVE = re.compile(
    rf"(?P<b>{_NAME}|{_ROLE})[ \t]+was[ \t]+(?:also[ \t]+)?(?:received|welcomed|hosted)"
    r"(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w'’-]+)?"  # "was received in Rabat by"
    # "by the President of the Riigikogu, Tiit Laane": an office, then its holder
    r"[ \t]+by[ \t]+(?:the[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|[A-Z][\w'’-]*)){0,6},[ \t]+)?"
    rf"(?P<a>{_NAME})"
)


# "The talks, held on 3 June, were chaired by Qatar's Minister of State ... Al-Khulaifi":
# the chair of talks between delegations (their heads follow, see `delegation_heads`).
_CHAIRED = re.compile(
    r"\b(?:talks|meeting|round|session|negotiations|consultations)\b[^.;]{0,60}?"
    r"\b(?:was|were)[ \t]+(?:chaired|mediated|convened|moderated)[ \t]+by[ \t]+"
    rf"[^.;]{{0,90}}?(?P<a>{_NAME})(?=[,.;]|$)"
)


def subjects_of(sentence: str, name: str) -> list[str]:
    """Who the sentence says meets `name` ("Dr. Maynard will travel to St. John's on
    October 4 to meet Benjamin again"): the subject of a meeting verb whose object it is."""
    last = name.split()[-1]
    for pattern in (_PATTERN, _PLANNED_WITH, _OUT_OF_MEETING):
        for m in pattern.finditer(sentence):
            if m["b"].rstrip(".,").split()[-1] == last and _may_be_a_person(m["a"]):
                return [office_holder(sentence, m, "a")[0]]
    return []


def meets_others(sentence: str, names: list[str]) -> bool:
    """Does the sentence tell a meeting of its own, of none of `names` ("Kapavore stays
    behind in Honiara to co-chair the Commission with Rukale")?"""
    if not _PATTERN_VERB.search(sentence):
        return False
    lasts = {n.split()[-1] for n in names}
    return any(
        all(m[k].rstrip(".,").split()[-1] not in lasts for k in ("a", "b"))
        for m in _PATTERN.finditer(sentence)
    )


_ANY_VERB = re.compile(
    r"\b(?:met|meet|sat|brief|briefed|paid|held|hold|spoke|spoken|speak|talks|hosted|host|received|"
    r"receive|welcomed|greeted|meeting|call|called|calls|discussions|consultations|conversation|chat|"
    r"exchange|encounter|joined|conference|videoconference|chaired|mediated|convened|invitation|"
    r"phoned|telephoned|conferred|huddled|exchanged|took|co-chaired|co-hosted|co-chair|audience|lunch|"
    r"dinner|breakfast|summit|discussed|signed|signatures|speak|bilateral|brought|bring|brings|"
    r"delegation|attend|scheduled|tour|toured)\b",
    re.IGNORECASE,  # "DOHA - Talks between ..."
)


# What `_PATTERN`, `_PASSIVE` and `_HAD_WITH` cannot match without: found in a few µs,
# where the full patterns take ~65 µs on a long sentence that has none.
_PATTERN_VERB = re.compile(rf"[ \t](?:{_VERB}|{_FUTURE_VERB})[ \t]")
_PASSIVE_VERB = re.compile(
    r"[ \t]was[ \t]+(?:also[ \t]+)?(?:received|welcomed|hosted)[ \t]+"
    r"(?:(?:in|at)[ \t]+[A-Z][\w'’-]+[ \t]+)?by[ \t]"
)
_HAD_OR_HELD = re.compile(
    rf"[ \t](?:had|held)[ \t][^.;]*\b(?:{'|'.join(_HAD_WITH_WORDS)})[ \t]+with[ \t]"
)


def meetings_in(passage: Span) -> list[DraftMeeting]:
    """Drafts for sentences that state a meeting between named people (one named side
    is enough when the other is "He" or "The envoy")."""
    drafts: list[DraftMeeting] = []
    for sentence in sentences(passage):
        if not _ANY_VERB.search(sentence.text):
            # The full patterns are slow on long sentences; most have no verb. A caption's
            # present tense: "Ireland's Minister ..., A, and Iceland's Foreign Minister, B,
            # sign a youth mobility agreement".
            if " sign " in sentence.text and (pair := APPOSED_PAIR.search(sentence.text)):
                people = [person_draft(pair["a"]), person_draft(pair["b"])]
                drafts.append(_drafted(people, "held", drafts, passage))
            continue
        text = sentence.text
        if _SHE_MET.search(text) and (met := objects_of(text)):
            # "..., where she met India's Minister of State for External Affairs, X": those
            # she met; who "she" is comes later (`add_missing_subjects`).
            drafts.append(_drafted([person_draft(n) for n in met], "held", drafts, passage))
            continue
        if ("together" in text or " participation " in text) and len(
            present := brought_together(text)
        ) > 1:
            # "The session, chaired by A, brought together, among others, B, C and D": all
            # of them, not only the chair `_CHAIRED` would find.
            drafts.append(_drafted([person_draft(n) for n in present], "held", drafts, passage))
            continue
        match = (
            (
                (_PATTERN.search(text) or _APPOSED_SUBJECT.search(text))
                if _PATTERN_VERB.search(text)
                else None
            )
            or PAIR.search(text)
            or (
                (PAIR_OFFICE.search(text) or APPOSED_PAIR.search(text))
                if "'s " in text or "’s " in text
                else None
            )
            or (
                PAIR_COUNTERPART.search(text)
                if "counterpart" in text or "opposite number" in text
                else None
            )
            or (_PASSIVE.search(text) if _PASSIVE_VERB.search(text) else None)
            or (_CHAIRED.search(text) if " by " in text else None)
            or _MEETING_WITH.search(text)
            or _PLANNED_WITH.search(text)
            or (TRAVELS_TO_MEET.search(text) if " and " in text else None)
            or VERBLESS_ITEM.match(text)
            or SCHEDULE_ITEM.match(text)
            or (LED_BY_PAIR.search(text) if "counterpart" in text else None)
            or (
                _RECEIVED_VISITOR.search(text)
                if "visiting" in text or " guest" in text or " visitor" in text
                else None
            )
            or (_HAD_WITH.search(text) if _HAD_OR_HELD.search(text) else None)
            or (_ACCEPTED_INVITATION.search(text) if "invitation" in text else None)
            or (_INVITED_ACCEPTED.search(text) if " accepted" in text else None)
            or (BETWEEN.search(text) if " between " in text and said_so(text) else None)
            or (_OUT_OF_MEETING.search(text) if " with " in text else None)
            or (_HIS_CALL.search(text) if " with " in text else None)
            or (TWO_NAMED.search(text) if " two " in text else None)
            or (OFFICE_PAIR.search(text) if " and " in text else None)
            or (_JOINS_THE_TWO.search(text) if " join the two " in text else None)
            or (_PROGRAMME_INCLUDED.search(text) if "includ" in text else None)
            or (_JOINED_THEM.search(text) if " joined " in text else None)
            or (AT_WHICH.search(text) if " at which " in text else None)
            or (LEADS_WITH_COUNTERPART.search(text) if " counterpart " in text else None)
            or (ATTENDS_AND_HOSTS.search(text) if " attend" in text else None)
            or (IT_WAS_BETWEEN.search(text) if " between " in text else None)
            or (TOUR_BY_PAIR.search(text) if " by " in text else None)
            or (AUDIENCE_GRANTED.search(text) if " grant " in text else None)
            or (TO_MEET_BOTH.search(text) if " to meet " in text else None)
        )
        if match is None and len(listed := listed_in_apposition(text)) > 1:
            drafts.append(_drafted([person_draft(n) for n in listed], "held", drafts, passage))
            continue
        if match is None:
            # "a session co-chaired by A and B"
            if "chaired" in text and len(chairs := co_chairs(text)) == 2:
                drafts.append(_drafted([person_draft(n) for n in chairs], "held", drafts, passage))
            continue
        last = "b" if "b" in match.re.groupindex else "a"  # `_CHAIRED` names one side
        if GROUP.match(sentence.text[match.end(last) :].lstrip()):
            continue  # none, or "met Baltic officials": a group, not a person
        if match.re is _PATTERN:
            clauses = _clauses(text, match)
        else:
            keys = [k for k in ("a", "c", "b") if match.groupdict().get(k)]
            clauses = [[office_holder(text, match, k)[0] for k in keys]]
        for names in clauses:
            if names[:1] == ["I"]:
                continue  # the speaker's own ("I spoke by telephone yesterday with X"): theirs
            people = [person_draft(n) for n in names if _may_be_a_person(n)]
            if not people:
                continue
            planned = match.re in (_ACCEPTED_INVITATION, _INVITED_ACCEPTED, _PROGRAMME_INCLUDED)
            status = "planned" if planned else "held"
            drafts.append(_drafted(people, status, drafts, passage))
    return drafts


# A pronoun as the subject of a meeting verb: "where she met", "she sat down in Baku with"
_SHE_MET = re.compile(
    # "In Ulaanbaatar she held talks with ...": a place first
    r"(?:^(?:In[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?,?[ \t]+)?|,[ \t]+|;[ \t]+|"
    r"\bwhere[ \t]+|\binstead[ \t]+|"
    # "The Paraguayan presidency said he spoke by telephone on Monday night with X"
    # "Sarr told reporters she had spoken by telephone with Ceesay on Sunday evening"
    r"\b(?:said|says|added|told[ \t]+(?:reporters|journalists|the[ \t]+press))[ \t]+"
    r"(?:that[ \t]+)?)(?:[Ss]he|[Hh]e)[ \t]+(?:also[ \t]+|had[ \t]+)?"
    r"(?:met|sat[ \t]+down|was[ \t]+received[ \t]+by|held[ \t]+talks[ \t]+with|called[ \t]+on|"
    r"spoke|spoken|talked|(?:tele)?phoned|was[ \t]+to[ \t]+meet|"  # "where he was to meet X"
    # "told reporters that he had discussed the Nacala corridor by telephone with X"
    r"discussed\b[^.;]{0,60}?[ \t]by[ \t]+(?:tele)?phone[ \t]+with)\b"
)
# ", Brazil's foreign minister Mauro Vieira sat down with ...": a new clause's subject.
_CLAUSE_VERB = re.compile(rf"[ \t]+(?:{_VERB})\b")


def pair_clauses(sentence: str) -> list[list[str]]:
    """The people of each clause when a sentence lists several meetings ("A met B, C sat
    down with D, and E held talks with F"); [] for a sentence of one meeting."""
    if "," not in sentence or not _ANY_VERB.search(sentence):
        return []
    match = _PATTERN.search(sentence)
    found = _clauses(sentence, match) if match else []
    return found if len(found) > 1 else []


def _clauses(text: str, match: re.Match[str]) -> list[list[str]]:
    """The people of each "A met B" clause from `match` on: every object ("was to host
    Macinka and Blanár"), and the clauses a list of pairs goes on with ("A met B, C sat down
    with D, and E held talks with F")."""
    found: list[list[str]] = []
    clause: re.Match[str] | None = match
    while clause is not None:
        b, end = office_holder(text, clause, "b")
        names = [office_holder(text, clause, "a")[0], b]
        if clause["c"]:
            names.insert(1, clause["c"])
        while (more := AND_OBJECT.match(text, end)) and not _CLAUSE_VERB.match(text, more.end()):
            names.append(more["b"].rstrip(".,"))
            end = more.end()
        found.append(names)
        clause = _PATTERN.search(text, end) if AND_OBJECT.match(text, end) else None
    return found


def _drafted(
    people: list[DraftPerson], status: str, earlier: list[DraftMeeting], passage: Span
) -> DraftMeeting:
    return DraftMeeting(
        participants=people, kind="in_person", status=status, date_text=None, location=None,
        agreements=[] if earlier else joint_agreements(passage)[:3],
    )  # fmt: skip
