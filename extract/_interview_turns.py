"""Meetings an interviewee tells in the first person, in a transcript's turn.

"LAMIN CEESAY: ... Yesterday I spent the whole day in Dakar with my Senegalese
counterpart, Minister Cheikh N'Diaye." The speaker label says who "I" is; the name
is taken as the article writes it elsewhere ("Lamin Kebba Ceesay"), never invented.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._countries import normalize_country
from ._cues import CALL
from ._drafts import DraftMeeting, DraftPerson
from ._mentions import may_be_a_person
from ._name_patterns import NAME as _NAME
from ._name_patterns import UPPER
from ._passages import Span, sentences
from ._people import is_title_word, same_person, split_title
from ._persons import Person, ground_person
from ._stated_place import is_place

if TYPE_CHECKING:
    from ._candidates import Candidate

# "LAMIN KEBBA CEESAY:", "CEESAY:", "MOLEFHE (clip):" at the start of a turn.
# A question-and-answer transcript's "A:" is the interviewee's turn.
_SPEAKER = re.compile(  # "ÓLAFSSON:" too
    rf"^[ \t]*(?P<label>[AQ](?=:)|[{UPPER}][{UPPER}'’.-]+(?:[ \t]+[{UPPER}][{UPPER}'’.-]+){{0,5}})"
    r"[ \t]*(?:\([^()\n]{1,30}\))?:[ \t]"
)
# A passage that opens with a quotation and says whose it is: '"I spoke with ...," X said'.
_QUOTED = re.compile(
    r'(?:^|(?<=[.!?])[ \t])[ \t]*["“](?P<quote>[^"“”\n]{10,600}?)[,.]?["”],?[ \t]+'
    rf"(?P<who>{_NAME}|she|he)[ \t]+(?:said|says|told|added)\b",  # "she says": a profile's
    re.MULTILINE,  # a paragraph's start: short paragraphs are joined into one passage
)
_I_MET = re.compile(
    r"\bI(?:[ \t]+|(?=['’]ll))(?:also[ \t]+|then[ \t]+)?"
    r"(?:met(?:[ \t]+with)?|held[ \t]+talks[ \t]+with|sat[ \t]+down[ \t]+with|"
    r"spoke[ \t]+(?:by[ \t]+(?:tele)?phone[ \t]+)?(?:(?:yesterday|today|on[ \t]+\w+)[ \t]+)?with|"
    # "I hosted my Tanzanian counterpart", "I had a video call with", "I will meet"
    r"hosted|received|welcomed|"
    r"(?:had|held)[ \t]+an?[ \t]+(?:video[ \t]+|(?:tele)?phone[ \t]+)?call[ \t]+"
    r"(?:(?:yesterday|today|on[ \t]+\w+)[ \t]+)?with|"  # "I had a phone call yesterday with"
    # "I had about four hours with Prime Minister X"
    r"had[ \t]+(?:(?:about|some|nearly|almost|over|more[ \t]+than)[ \t]+)?"
    r"(?:an|one|two|three|four|five|six|several)[ \t]+hours?[ \t]+with|"
    r"(?P<plan>(?:will[ \t]+|['’]ll[ \t]+)(?:meet|hold[ \t]+talks[ \t]+with|host|receive|"
    r"sit[ \t]+down[ \t]+with)|"  # "I'll sit down with X"
    # "I was supposed to be in Addis Ababa on Thursday to see State Minister X"
    r"was[ \t]+(?:supposed|due|scheduled|meant)[ \t]+to[ \t][^.;\"”]{0,60}?\bto[ \t]+(?:see|meet))|"
    r"spent[ \t][^.;]{0,80}?[ \t]with)[ \t]+"
    r"(?:my[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?counterpart,?[ \t]+)?"
    # "Canada's Minister of International Development, ", "the External Affairs Minister, "
    r"(?:(?:the|[A-Z][\w'’-]*['’]s)[ \t]+(?:[A-Z][\w'’-]*|of|for|and)"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and)){0,6},[ \t]+)?"
    r"(?:(?:Minister|President|Prime[ \t]+Minister|Foreign[ \t]+Minister|Mr\.?|Ms\.?)[ \t]+)?"
    rf"(?P<b>{_NAME})"
)


def speaker_meetings(passage: Span, text: str) -> list[DraftMeeting]:
    """Drafts for "I met X" in one speaker's turn, the speaker named from their label, or
    in a quotation the passage opens with ('"I spoke with Viktor on Friday, ..." Vučić
    said')."""
    if "I " not in passage.text and "I'll" not in passage.text and "I’ll" not in passage.text:
        return []
    label = _SPEAKER.match(passage.text)
    quoted = None if label else _QUOTED.search(passage.text)
    if label is not None:
        speaker: str | None = ""  # each turn's own, below
        told = sentences(passage)
    elif quoted is not None:
        speaker = _quoted_speaker(quoted["who"], text)
        start = passage.start + quoted.start("quote")
        told = [Span(start, start + len(quoted["quote"]), quoted["quote"])]
    else:
        return []
    if speaker is None:
        return []
    drafts = []
    for sentence in told:
        if met := _I_MET.search(sentence.text):
            # Short turns are joined into one passage ("Q: ... A: I hosted ..."): whose turn.
            who = speaker or turn_speaker(passage, text, sentence.start + met.start())
            if not who:
                continue
            people = [DraftPerson(name=who), DraftPerson(name=met["b"].rstrip(".,"))]
            # "I spoke with Viktor on Friday" ... "the telephone call": a call
            by_phone = "phone" in met.group() or CALL.search(passage.text) is not None
            kind = (
                "virtual"
                if "video" in met.group()
                else "call"
                if by_phone and ("spoke" in met.group() or "call" in met.group())
                else "in_person"
            )
            status = "planned" if met["plan"] else "held"
            drafts.append(
                DraftMeeting(participants=people, kind=kind, status=status, agreements=[])
            )
    return drafts


def turn_speaker(passage: Span, text: str, at: int | None = None) -> str | None:
    """Who speaks the transcript turn holding offset `at` (default: the turn the passage
    opens with, "DEIYE: ..."), as the article writes the name; "MINISTER ZULU:" is the
    name without the office. Short turns are joined into one passage, so the last label
    at or before `at` is the one."""
    if at is None:
        label = _SPEAKER.match(passage.text)
    else:
        labels = [m for m in _TURN.finditer(passage.text) if m.start() <= at - passage.start]
        label = labels[-1] if labels else None
    if label is None:
        return None
    if label["label"] == "Q":
        return None  # the interviewer is no side
    if label["label"] == "A":
        return _interviewee(text)
    name = split_title(label["label"])[1] or label["label"]
    # "MINISTER MARÍA FERNANDA CÓRDOVA SALAZAR:", never written so in ordinary case: the
    # surname as the article writes it ("Thank you, Minister Córdova")
    words = name.split()
    tails = [" ".join(words[-2:])] if len(words) > 2 else []
    tails += words[:0:-1]  # "SALAZAR", then "CÓRDOVA" (a double surname); never the given name
    return next(
        (w for form in (label["label"], name, *tails) if (w := _as_written(form, text))), None
    )


_TURN = re.compile(_SPEAKER.pattern, re.MULTILINE)


@functools.lru_cache(maxsize=64)  # asked by two rules of every article
def _turns(text: str) -> tuple[re.Match[str], ...]:
    """A transcript's speaker labels, in order ("ÓLAFSSON:", "Q:", "A:")."""
    return tuple(_TURN.finditer(text)) if ":" in text else ()


# The speaker's own part in it: "I sat down with him", "our invitation", "We had a full
# programme ready for him".
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|me|[Mm]y)\b")
_TOLD_WITHIN = 2  # sentences after the one telling the meeting
# "No, I was not. President A telephoned President B": the speaker says they took no part
_NOT_ME = re.compile(r"\bI[ \t]+(?:was[ \t]+not|wasn['’]t|did[ \t]+not[ \t]+take[ \t]+part)\b")


def add_the_speaker(candidates: list[Candidate], passage: Span, text: str) -> None:
    """A meeting of one named person told in an interviewee's turn, with "I" or "we" in
    its sentence or the next two of the turn, is the speaker's own: "DEIYE: ... the Grand
    Chancellor, X, arrived on the 7th, and on the 8th I sat down with him"."""
    alone = [c for c in candidates if len(c.participants) == 1 and c.passage == passage]
    if not alone:
        return
    if _TURN.search(passage.text) is None:
        _add_the_quoted_speaker(alone, passage, text)
        return
    told = sentences(passage)
    for cand in alone:
        speaker = turn_speaker(passage, text, cand.sentence.start)
        if speaker is None or same_person(speaker, cand.participants[0].name):
            continue
        at = next((i for i, s in enumerate(told) if s.start >= cand.sentence.start), len(told))
        window = told[at : at + 1 + _TOLD_WITHIN]
        # The turn's own sentences, past its label: "DEIYE:" itself is no pronoun.
        if _disowned(text, cand.sentence):
            continue  # "No, I was not. President A telephoned President B ...": not theirs
        for i, sent in enumerate(window):
            label = _SPEAKER.match(sent.text)
            if label is not None and i > 0:
                break  # the next speaker's turn
            if _FIRST_PERSON.search(sent.text, label.end() if label else 0):
                # A Q&A's "A:" turn never names its speaker: the introduction does.
                person = (
                    _grounded_anywhere(text, passage, speaker)
                    if speaker == _interviewee(text)
                    else ground_person(text, passage, DraftPerson(name=speaker))
                )
                if person is not None:
                    cand.participants.insert(0, person)
                break


def _add_the_quoted_speaker(alone: list[Candidate], passage: Span, text: str) -> None:
    """'"When I met Minister Okello here on Tuesday, we agreed ...," she says': the one
    who says it (in a profile, "she" is the one it is about) met Okello."""
    for quoted in _QUOTED.finditer(passage.text):
        if not _FIRST_PERSON.search(quoted["quote"]):
            continue
        start, end = passage.start + quoted.start("quote"), passage.start + quoted.end("quote")
        speaker = _quoted_speaker(quoted["who"], text)
        for cand in alone:
            if not start - 2 <= cand.sentence.start <= end or speaker is None:
                continue
            if same_person(speaker, cand.participants[0].name):
                continue
            person = _grounded_anywhere(text, passage, speaker)
            if person is not None:
                cand.participants.insert(0, person)


def _quoted_speaker(who: str, text: str) -> str | None:
    """The name a quotation's "X says" gives; "she says" in a profile: the one it is about."""
    return _profiled(text) if who in ("she", "he") else who


def _grounded_anywhere(text: str, passage: Span, name: str) -> Person | None:
    """The speaker as the passage writes them, else as the article does (an interview's
    subject is often named only in its introduction)."""
    draft = DraftPerson(name=name)
    return ground_person(text, passage, draft) or ground_person(
        text, Span(0, len(text), text), draft
    )


@functools.lru_cache(maxsize=64)  # asked for each "A:" turn and each one-person meeting
def _interviewee(text: str) -> str | None:
    """Who answers a Q&A: the one person the introduction, before the first "Q:", names
    in full ("LUSAKA, 22 May 2026 — Chileshe Mwansa Banda became Zambia's Minister ...")."""
    first_q = re.search(r"^[ \t]*Q:", text, re.MULTILINE)
    if first_q is None:
        return None
    names = _full_names(text[text.find("\n") + 1 : first_q.start()])  # not the headline
    return names.pop() if len(names) == 1 else None


@functools.lru_cache(maxsize=64)
def _profiled(text: str) -> str | None:
    """Whom a profile or interview feature is about: the person named in full whose
    surname the article repeats most, at least four times ("Liisa Väisänen ... Väisänen,
    a former ambassador, ... Väisänen says")."""
    names = _full_names(text)
    counts = {n: len(re.findall(rf"\b{re.escape(n.split()[-1])}\b", text)) for n in names}
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 4 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _full_names(text: str) -> set[str]:
    """People's full names the text writes: no capitals-only word, office or country in them
    ("Foreign Trade Dorian Fairclough": the office's end before the name is left out)."""
    names = {split_title(m.group())[1] for m in _FULL_NAME.finditer(text)}
    return {
        name
        for name in names
        if len(name.split()) > 1
        and not any(w.isupper() or is_title_word(w) or normalize_country(w) for w in name.split())
    }


# Two to four capitalized words in ordinary case: "Chileshe Mwansa Banda", "Liisa Väisänen".
_FULL_NAME = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*){1,3}"
    r"(?![\w'’])"
)


def _as_written(label: str, text: str) -> str | None:
    """The label's name as the article writes it in ordinary case ("Lamin Kebba Ceesay"
    for "LAMIN KEBBA CEESAY", the fullest form for "CEESAY")."""
    words = r"[ \t]+".join(re.escape(w) for w in label.split())
    pattern = rf"(?-i:(?:[A-Z][\w'’-]*[ \t]+){{0,2}})\b{words}\b"
    found = [m.group() for m in re.finditer(pattern, text, re.IGNORECASE)]
    written = [f for f in found if not f.isupper() and f.split()[-1][:1].isupper()]
    return max(written, key=len) if written else None


def place_asked_about(candidates: list[Candidate], text: str) -> None:
    """A meeting told in an answer takes the place its question names, when the answer
    names none: "Q: You went to Santo Domingo in March. ... A: When I met President X in
    March, ..." was in Santo Domingo; "OLAFSSON: You're going to Nuuk. // MINISTER: On the
    24th. I'll sit down with X" will be in Nuuk."""
    turns = _turns(text)
    if len(turns) < 2:
        return  # not a transcript: the common case, at no cost
    for cand in candidates:
        if cand.location is not None or cand.kind != "in_person":
            continue
        told = [t for t in turns if t.start() <= cand.sentence.start]
        if len(told) < 2 or told[-1]["label"] in ("Q", told[-2]["label"]):
            continue  # not an answer to the turn before
        went = _WENT_TO.search(text, told[-2].start(), told[-1].start())
        if went and is_place(went["place"]):
            cand.location = went["place"]


_WENT_TO = re.compile(
    r"\b(?:went|travell?ed|flew|were|was|(?:are|['’]re)[ \t]+(?:going|heading|off))[ \t]+"
    r"(?:to|in)[ \t]+(?P<place>[A-Z][\w'’-]+(?:[ \t]+(?:de[ \t]+|of[ \t]+)?[A-Z][\w'’-]+){0,2})"
)


def drop_the_interviewer(candidates: list[Candidate], text: str) -> None:
    """A transcript's presenter ("Presenter: Gunnar Ólafsson") asks; they are no side of
    the meetings their guest tells ("ÓLAFSSON: So you haven't spoken to her?")."""
    hosts = [m[1] or m[2] for m in _HOST_LINE.finditer(text[:600])]
    if not hosts:
        return
    for cand in candidates:
        cand.participants = [
            p for p in cand.participants if not any(same_person(h, p.name) for h in hosts)
        ]


_HOST_LINE = re.compile(
    rf"^[ \t]*(?:Presenter|Host|Interviewer|Anchor|Moderator)[ \t]*:[ \t]*({_NAME})|"
    # "Host Salote Vaka speaks with Fiji's Minister ..., in the studio"
    rf"^[ \t]*(?:Presenter|Host|Interviewer|Anchor|Moderator)[ \t]+({_NAME})[ \t]+"
    r"(?:speaks|talks|talked|spoke|sits[ \t]+down)[ \t]+(?:with|to)\b",
    re.MULTILINE,
)


def drop_the_absent_speaker(candidates: list[Candidate], text: str) -> None:
    """ "Were you on that call?" "No, I was not. President A telephoned President B ...":
    the speaker is no side of what their turn says they stayed out of."""
    for cand in candidates:
        if len(cand.participants) < 3 or not (turn := _disowned(text, cand.sentence)):
            continue
        speaker = turn_speaker(Span(turn.start(), len(text), text[turn.start() :]), text)
        if speaker:
            cand.participants = [p for p in cand.participants if not same_person(speaker, p.name)]


def _disowned(text: str, sentence: Span) -> re.Match[str] | None:
    """The speaker label of the turn that tells `sentence`, when the turn says so far that
    its speaker took no part ("No, I was not. President A telephoned President B")."""
    told = [t for t in _turns(text) if t.start() <= sentence.start]
    if not told or not _NOT_ME.search(text, told[-1].end(), sentence.end):
        return None
    return told[-1]


def add_the_one_asked_about(candidates: list[Candidate], text: str) -> None:
    """A meeting of the speaker alone, told in a question about "her" or "him" and its
    answer, is with the one person the answer before names: "... Marte Kvalheim would fly
    in ... // OLAFSSON: So you haven't spoken to her? // MINISTER: We had a video call"."""
    turns = _turns(text)
    if len(turns) < 3:
        return
    whole = Span(0, len(text), text)
    for cand in candidates:
        if len(cand.participants) != 1:
            continue
        at = sum(1 for t in turns if t.start() <= cand.sentence.start) - 1
        asked = next((i for i in (at, at - 1) if i >= 1 and _asks_about_them(text, turns, i)), None)
        if asked is None or turns[asked - 1]["label"] == turns[asked]["label"]:
            continue
        before = text[turns[asked - 1].end() : turns[asked].start()]  # the answer asked about
        named = {
            found.name: found
            for m in re.finditer(_NAME, before)
            if len(m.group().split()) > 1
            and may_be_a_person(m.group())
            and "." not in m.group()  # "Yes. The"
            and (found := ground_person(text, whole, DraftPerson(name=m.group())))
            and not same_person(found.name, cand.participants[0].name)
        }
        if len(named) == 1:
            cand.participants.extend(named.values())


_ABOUT_THEM = re.compile(r"\b(?:her|him)\b[^\n]*\?")


def _asks_about_them(text: str, turns: Sequence[re.Match[str]], i: int) -> bool:
    end = turns[i + 1].start() if i + 1 < len(turns) else len(text)
    return _ABOUT_THEM.search(text, turns[i].end(), end) is not None
