"""Which sentence tells a meeting: what a sentence must say for its people to have met
(or to be about to), and, when the sentence naming them does not say it, the sentence
just before or after that does ("The parties also agreed to reconvene ... X will chair",
"X ... has not been idle. Earlier this month she held a video conference with Y")."""

from __future__ import annotations

import re

from . import _cues
from ._called_off import hoped_for_one_called_off
from ._countries import normalize_country
from ._meeting_objects import objects_of
from ._passages import Span
from ._persons import Person, surname_in

# What a sentence must say for its people to have met (or to be about to).
STATES_A_MEETING = re.compile(
    f"{_cues.HELD.pattern}|{_cues.PLANNED.pattern}|{_cues.INVITED.pattern}|"
    f"{_cues.CANCELLED.pattern}|"
    r"\b(?:talks|meeting|meets|summit|audience|visit|call[ \t]+on|courtesy[ \t]+call|reconvene|"
    r"sat[ \t]+(?:down[ \t]+)?(?:across[ \t]+from|opposite)|"  # "A sat across from B"
    r"brought[ \t]+together|(?:greeted|welcomed|received)[ \t]+(?:his|her)[ \t]+(?:guest|visitor)|"
    rf"{_cues.CALLED_ON}|"
    r"(?:video|phone|telephone)[ \t]+(?:call|conversation)|video[ \t]?conference|"
    r"(?:speak|spoke|spoken|talk|talked)[ \t]+by[ \t]+(?:tele)?phone|"
    r"put[ \t]+their[ \t]+signatures|put[ \t]+pen[ \t]+to[ \t]+paper|"
    r"(?:at|during)[ \t]+a[ \t]+(?:signing[ \t]+)?ceremony|"
    # a caption's present tense: "A and B sign agreements on ..."
    r"sign[ \t]+(?:an?[ \t]+|the[ \t]+|two[ \t]+)?(?:[\w-]+[ \t]+){0,2}"
    r"(?:agreements?|accords?|memorand\w+|MoUs?|deals?|treaty|declaration)|"
    r"with[ \t]+(?:my|his|her)[ \t]+(?:[A-Z]\w+[ \t]+)?counterpart|"
    # "stays behind in Honiara to co-chair the Joint Ministerial Commission with Rukale"
    r"co-?chair(?:s|ed|ing)?[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,4}?with|"
    # "spent more than four hours with Tunisia's X at the foreign ministry"
    r"(?:spent|had)[ \t]+(?:(?:more[ \t]+than|nearly|almost|about|some|over|two|three|four|"
    r"five|an?)[ \t]+){1,3}hours?[ \t]+with|"
    r"(?:crossed|travell?ed|flew|drove|went|came)[^.;]{0,60}?[ \t]to[ \t]+meet|"
    # "I was due to see Prime Minister X on Tuesday evening"
    r"(?:due|scheduled|supposed|set|expected)[ \t]+to[ \t]+see|"
    # "hosting a luncheon for Bacchus-Browne", "gave a state dinner in honour of X"
    r"(?:hosted|hosting|hosts|gave|giving|offered)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:luncheon|lunch|dinner|breakfast|banquet|reception)[ \t]+"
    r"(?:for|in[ \t]+hono(?:u)?r[ \t]+of))\b",
    re.IGNORECASE,
)


# "The parties also agreed to reconvene in Doha on 24 June. X will again chair the round,
# and Y will lead the rebel team": the meeting is told just before its people are named.
_SIDES_SUBJECT = re.compile(
    r"^(?:The[ \t]+(?:two[ \t]+)?(?:parties|sides|delegations|leaders|ministers)|"
    r"Both[ \t]+sides|They)\b|"
    # "Ministry spokesman X told reporters that the two ministers spoke by telephone"
    r"^[^.;]{0,80}?\b(?:said|told[ \t]+(?:reporters|journalists))[ \t]+(?:that[ \t]+)?"
    r"the[ \t]+two[ \t]+(?:leaders|ministers|presidents|sides)\b"
)


def told_nearby(parts: list[Span], sentence: Span) -> Span | None:
    """The sentence just before or after `sentence` that tells its meeting, if any."""
    before = [s for s in parts if s.end <= sentence.start]
    if (
        before
        and _SIDES_SUBJECT.match(before[-1].text)
        and STATES_A_MEETING.search(before[-1].text)
    ):
        return before[-1]
    if before and hoped_for_one_called_off(sentence.text, before[-1].text):
        # "The meeting between the President of A and B's head of state ... did not take
        # place ... A's President, X, had hoped to discuss ... with President Y"
        return before[-1]
    if before and heads_delegations(sentence.text) and STATES_A_MEETING.search(before[-1].text):
        # "The Mechanism will meet in La Paz on the 29th. X will lead our delegation, and
        # her counterpart is Y": the meeting, then its heads.
        return before[-1]
    # "On Monday Angola hosted a ministerial meeting in Luanda. Angola's foreign minister,
    # X, chaired it. ...": the meeting, then its people, a sentence each.
    for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if _HOSTED_A_MEETING.search(before[i].text):
            if any(_CHAIRED_IT.search(s.text) for s in [*before[i + 1 :], sentence]):
                return before[i]
            break
    # "Berardi ... has not been idle. Earlier this month she held a video conference with
    # X": the next sentence, told of the same person by pronoun.
    after = [s for s in parts if s.start >= sentence.end][:1]
    if after and _PRONOUN_SUBJECT.match(after[0].text) and STATES_A_MEETING.search(after[0].text):
        return after[0]
    # "Mkandawire and Ramakatane reviewed trade ... At the end of the session, the two
    # officials signed a memorandum": the two just named, at a sitting.
    if after and _THE_TWO_SIGNED.match(after[0].text):
        return after[0]
    return None


_HEADS_DELEGATION = re.compile(
    r"\b(?:will[ \t]+(?:lead|head)|leads|led|heads|headed)[ \t]+(?:our|the|his|her|their|its)"
    r"[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?delegation\b|"
    # "Nauru's Minister for Transport, X, will lead his country's side"
    r"\b(?:will[ \t]+(?:lead|head)|leads|led|heads|headed)[ \t]+(?:his|her|their)[ \t]+"
    r"country(?:'s|’s)[ \t]+(?:side|team|delegation)\b"
)


def heads_delegations(sentence: str) -> bool:
    """Does the sentence name who leads a delegation ("X will lead our delegation")?"""
    return bool(_HEADS_DELEGATION.search(sentence))


# "In our 14:10 post we reported that A had held a meeting with B. That was wrong: ..."
_WE_REPORTED = re.compile(r"\b(?:we|I)[ \t]+(?:had[ \t]+)?(?:reported|said|wrote|stated)\b")
_WAS_WRONG = re.compile(
    r"^(?:That|This|It|The[ \t]+report)[ \t]+(?:was|is)[ \t]+(?:wrong|incorrect|inaccurate|"
    r"mistaken|not[ \t]+(?:true|correct|accurate))\b"
)


def told_after_retraction(parts: list[Span], sentence: Span) -> Span | None:
    """For a report the next sentence retracts, the sentence after that tells a meeting
    ("... That was wrong: ... The two presidents will now meet in Pretoria on Monday"), or
    None; any other sentence stands."""
    if not _WE_REPORTED.search(sentence.text):
        return sentence
    after = [s for s in parts if s.start >= sentence.end]
    if not after or not _WAS_WRONG.match(after[0].text):
        return sentence
    return next((s for s in after[1:] if STATES_A_MEETING.search(s.text)), None)


def plan_told_next(parts: list[Span], sentence: Span) -> Span | None:
    """The next sentence, when `sentence` states no plan and it does, of "he" or "she"
    ("... will pay an official visit to Qatar. In Doha he will hold talks with Y")."""
    if _cues.states_a_plan(sentence.text):
        return None
    after = [s for s in parts if s.start >= sentence.end][:1]
    return after[0] if after and _PRONOUN_PLANS.match(after[0].text) else None


def told_of_them(subject: str, lead: int) -> str:
    """ "He ...", "In Doha he ...": the head of a sentence told of the person just named."""
    return rf"^(?:[A-Z][^,.;]{{0,{lead}}}?[ \t,]+)?(?:{subject})[ \t]+"


_PRONOUN_HEAD = told_of_them(r"[Hh]e|[Ss]he", 30)
_PRONOUN_PLANS = re.compile(
    # "On the margins of the Council, the Minister is scheduled to meet X": a bulletin's
    # "the Minister" for the one it is about
    told_of_them(
        r"[Hh]e|[Ss]he|the[ \t]+(?:Minister|President|Prime[ \t]+Minister|Secretary|Chancellor|"
        r"Governor|Ambassador)",
        40,
    )
    + r"(?:will|is[ \t]+(?:due|set|expected|"
    r"scheduled)[ \t]+to)[ \t]+(?:also[ \t]+)?(?:hold|meet|call[ \t]+on|sit[ \t]+down)\b"
)
_THE_TWO_SIGNED = re.compile(
    r"^(?:[A-Z][^,.;]{0,40},[ \t]+)?(?:[Tt]he[ \t]+two[ \t]+(?:[a-z]+[ \t]+)?(?:officials|"
    r"ministers|leaders|sides|delegations|envoys|presidents|men|women)|They)[ \t]+"
    r"(?:also[ \t]+|then[ \t]+)?signed\b"
)


_PRONOUN_SUBJECT = re.compile(
    # "He and I will have talks that afternoon": an interviewee's plan with the one named
    rf"{_PRONOUN_HEAD}(?:and[ \t]+I[ \t]+)?(?:also[ \t]+)?"
    r"(?:(?:held|met|had|spoke|hosted|received|called|phoned|sat|visited)\b|"
    r"will[ \t]+(?:also[ \t]+)?(?:meet|(?:have|hold)[ \t]+(?:\w+[ \t]+)?talks)\b|"
    # "He left for Pohnpei on Thursday and is due to hold talks in Palikir with X"
    r"[^.;]{0,60}?[ \t]and[ \t]+(?:is|was)[ \t]+(?:due|scheduled|expected|set)[ \t]+to[ \t]+"
    r"(?:hold|meet|visit)\b)|"
    # a guest's "X arrives on the 5th. We will hold our talks the following day"
    + told_of_them("We", 30)
    + r"will[ \t]+(?:also[ \t]+)?(?:meet|(?:have|hold)[ \t]+(?:our[ \t]+)?talks)\b"
)


_HOSTED_A_MEETING = re.compile(
    r"\b(?:hosted|held|convened|chaired)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}"
    r"(?:meeting|talks|summit|session|conference)\b"
)
_CHAIRED_IT = re.compile(
    r"\b(?:chaired|hosted|led|opened)[ \t]+(?:it|the[ \t]+(?:meeting|talks))\b"
)


def only_quoted(sentence: Span, at: int) -> bool:
    """Is the meeting word only inside a quotation that the person named at `at` is said to
    have spoken ('"The postponement is understandable," said X')?"""
    text = sentence.text
    close = max(text.rfind('"'), text.rfind("”"))
    cue = STATES_A_MEETING.search(text)
    return (
        text[:1] in '"“'
        and cue is not None
        and cue.end() <= close
        and at - sentence.start > close
        and _SAID.match(text, close + 1) is not None
    )


_SAID = re.compile(r"[ \t]*,?[ \t]*(?:said|says|added|told)\b")


def only_reported(sentence: Span, at: int) -> bool:
    """Does the person named at `at` only report a meeting of others ("X, said separately
    that the two ministers would also discuss ...")?"""
    found = _REPORTS_OTHERS.search(sentence.text)
    if (
        found is None
        and (found := _REPORTS_A_MEETING.search(sentence.text))
        and _OWN_SIDE.search(sentence.text, found.end())
    ):
        return False  # "X said that a meeting with his counterpart is due": X's own
    return found is not None and at - sentence.start < found.start()


_REPORTS_OTHERS = re.compile(
    r"\b(?:said|says|told[ \t]+[^,.;]{0,30}?|added|noted)(?:[ \t]+separately)?[ \t]+that[ \t]+"
    r"the[ \t]+(?:two|three|four|both)[ \t]+(?:ministers|leaders|sides|presidents|delegations)\b"
)

# "Bautista told reporters that a senior officials' meeting ... would also move": news of a
# meeting that the sentence does not say she attends.
_REPORTS_A_MEETING = re.compile(
    r"\b(?:said|says|told[ \t]+[^,.;]{0,30}?|added|noted)(?:[ \t]+separately)?[ \t]+that[ \t]+"
    r"an?[ \t]+(?:[\w'’-]+[ \t]+){0,4}(?:meeting|session|talks|summit|conference)\b"
)
_OWN_SIDE = re.compile(r"\b(?:he|she|him|her|his|hers|I|me|my|we|us|our)\b")


def between_bodies(parts: list[Span], sides: list[str]) -> Span | None:
    """The sentence telling of talks between two bodies given as the sides ("Consultations
    between the Ministry of Foreign Affairs of A and that of B were held")."""
    if sum(1 for side in sides if _BODY.match(side)) >= 2:
        between = _BODIES_MET
    elif sum(1 for side in sides if normalize_country(side)) >= 2:
        between = _OFFICES_MET  # "A meeting between the foreign ministers of Peru and Ecuador"
    else:
        return None
    return next(
        (s for s in parts if between.search(s.text) and STATES_A_MEETING.search(s.text)), None
    )


_BODY = re.compile(
    r"(?:the[ \t]+)?(?:[\w-]+[ \t]+)?(?:Ministry|Government|Embassy|Delegation)\b", re.IGNORECASE
)
_BODIES_MET = re.compile(
    r"\bbetween[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:Ministry|Ministries|Governments?|"
    r"[Dd]elegations?)[ \t]+of\b"
)
_OFFICES_MET = re.compile(
    r"\bbetween[ \t]+the[ \t]+(?:[\w-]+[ \t]+)?(?:ministers|presidents|leaders)[ \t]+of\b"
)


_A_CALL = re.compile(r"\b(?:phone|telephone|video)[ \t]+(?:call|conversation)\b")


def reporting_sentence(parts: list[Span], people: list[Person]) -> Span | None:
    """The first sentence naming the most participants, preferring one with a meeting cue."""
    best: tuple[int, int, int, int, int] | None = None
    chosen = None
    for index, sent in enumerate(parts):
        named = sum(1 for p in people if named_in(p, sent))
        if not named:
            continue
        cue = (
            1
            if _cues.HELD.search(sent.text)
            or _cues.PLANNED.search(sent.text)
            or _A_CALL.search(sent.text)  # "the telephone conversation between A and B"
            else 0
        )
        # "with my counterpart": only among sentences without a verb cue (a costly search)
        states = 1 if not cue and STATES_A_MEETING.search(sent.text) else 0
        # "He will arrive on Sunday. On Monday he will hold talks with Minister Khoa": of
        # sentences naming some of the people, the one naming someone as met.
        met = 0
        if named < len(people):
            objects = " ".join(objects_of(sent.text))  # once per sentence, not per person
            met = int(any(surname_in(p.name, objects) for p in people))
        key = (named, met, cue, states, -index)
        if best is None or key > best:
            best, chosen = key, sent
    return chosen


def named_in(person: Person, sent: Span) -> bool:
    """Does the sentence name the person (where they were found, or by surname)?"""
    return sent.start <= person.span[0] < sent.end or surname_in(person.name, sent.text)
