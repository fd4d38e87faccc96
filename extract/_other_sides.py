"""The other people of a meeting a report names around its sides: delegation heads
("the team was headed by X"), those who joined ("were joined by X", "X also took
part", "was represented by Y"), co-chairs and the rest of a list of leaders. The sides
just named meeting again are `_same_sides`'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._drafts import DraftPerson
from ._later_sides import without_portfolio
from ._mentions import may_be_a_person, person_draft
from ._name_patterns import NAME as _NAME
from ._passages import Span, sentences
from ._people import PARTICLES, split_title

# "The government team was headed by X, while the rebel delegation was led by the
# coalition's permanent secretary, Y."
_LED_BY = re.compile(
    r"\b(?:team|delegation|side|negotiators)\b[^.;]{0,40}?(?:\b(?:was|were)[ \t]+|,[ \t]+)"
    r"(?:headed|led)[ \t]+by[ \t]+(?:[^,.;]{0,60}?,[ \t]+)?"
    r"(?:(?:[A-Z][\w'’-]*[ \t]+)+of[ \t]+[A-Z][\w'’-]*[ \t]+)?"  # "Minister of State X"
    rf"(?P<b>{_NAME})(?=[,.;]|$)"
)


# "were joined for the afternoon session by Adylbek Kasymaliev, Chairman of ...", "were
# joined at the Union Buildings by Zimbabwe's Vice-President, General (Retired) X".
_JOINED_BY = re.compile(
    r"\b(?:were|was)[ \t]+(?:joined[ \t]+(?:[^.;]{0,60}?[ \t])?|received[ \t]+)by[ \t]+|"
    r"(?P<list>(?<=\bmet\b)[^.;]{0,80},[ \t]+joined[ \t]+by[ \t]+)(?!video|phone|telephone)"
)  # also "where he was received by the Vice President, H.E. Prof. X, on behalf of ..."
_HONORIFICS = re.compile(r"\b(?:H\.[ \t]?E\.|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Hon\.)[ \t]*")
_CO_CHAIRED = re.compile(r"\bco-?chaired[ \t]+by[ \t]+")


def _named_in_list(clause: str, limit: int, between: str = r",[ \t]*|[ \t]+and[ \t]+") -> list[str]:
    """The people an appositive list names: "the Minister of X, Ronald Lamola, and
    Mozambique's Minister of Y, Maria Lucas" → ["Ronald Lamola", "Maria Lucas"]."""
    found: list[str] = []
    for piece in re.split(between, clause):
        title, name = split_title(piece)
        name = name.strip()
        # "Prime Minister Vidmar": a surname after an office counts too
        enough = len(name.split()) >= 2 or (bool(title) and len(name.split()) == 1)
        if enough and all(w[:1].isupper() or w in PARTICLES for w in name.split()):
            found.append(name)
            if len(found) == limit:
                break
    return found  # fmt: skip


def named_from(sentence: str, start: int, limit: int) -> list[str]:
    """The people listed from `start` to the end of the clause: not those of a following
    "who"/"on behalf of" clause ("B, who attended on behalf of E": not E)."""
    rest = _HONORIFICS.sub("", sentence[start:])
    return _named_in_list(_CLAUSE_END.split(rest)[0], limit)


_CLAUSE_END = re.compile(r",[ \t]+(?:who|which|while|as|on[ \t]+behalf)\b|[.;]")


def joined_by(sentence: str) -> list[str]:
    """Who "joined" the sides a sentence names ("were joined ... by X"; "met for three
    hours at the palace, joined by A's foreign minister, X, and B's minister ..., Y")."""
    match = _JOINED_BY.search(sentence)
    if match is None:
        return []
    return named_from(sentence, match.end(), 4 if match["list"] else 1)


def _titled_in_list(clause: str) -> list[str]:
    """ "Dr Zammit, Minister Verri and Libyan Foreign Minister Mohamed Salem Elhouni": each
    name, a surname alone when a title or honorific stands before it."""
    found: list[str] = []
    pieces = re.split(r",[ \t]*|[ \t]+and[ \t]+", clause)
    for piece in pieces:
        title, name = split_title(piece.strip())
        words = name.split()
        styled = bool(title) or bool(_STYLED.match(piece.strip()))
        if (
            words
            and (len(words) >= 2 or styled)
            and all(w[:1].isupper() or w in PARTICLES for w in words)
        ):
            found.append(name)
    return found[:8] if len(found) == len(pieces) else []


_PREDICATE = re.compile(r",?[ \t]+(?:has|have|had|was|were|is|are|will|would)\b")
_STYLED = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|H\.[ \t]?E)\.?[ \t]+[A-Z]")


def brought_together(sentence: str) -> list[str]:
    """The people a gathering "chaired by A, brought together B, C and D" names: its chair
    and those it brought together, up to one who attended "on behalf of" someone else."""
    match = _BROUGHT_TOGETHER.search(sentence)
    if match is None:
        # "which was to bring Presidents A and B together in Banjul on 30 July"
        them = _BRING_THEM_TOGETHER.search(sentence)
        if them and them["with"]:  # "to bring A together with her counterpart, B, and C"
            return [them["one"], *_named_in_list(them["with"], 8)]
        if them is None and (taking_part := _WITH_PARTICIPATION.search(sentence)):
            # "The trilateral meeting ..., which was to be held in Tripoli on 10 September
            # with the participation of Dr A, Minister B and Libyan Foreign Minister C"
            clause = _CLAUSE_END.split(sentence[taking_part.end() :])[0]
            clause = _PREDICATE.split(clause)[0]  # not ", has been postponed"
            return _titled_in_list(clause)
        return _named_in_list(them["who"], 8) if them else []
    chair = _CHAIRED_BY.search(sentence, 0, match.start())
    head = _named_in_list(chair["who"], 1) if chair else []
    return [*head, *named_from(sentence, match.end(), 8)]


_BROUGHT_TOGETHER = re.compile(  # "brought together, among others, A, B and C"
    r"\b(?:brought|brings|bring)[ \t]+together(?:,[ \t]+among[ \t]+others,)?[ \t]+"
)
_BRING_THEM_TOGETHER = re.compile(
    rf"\b(?:brought|brings|bring)[ \t]+(?P<one>{_NAME})[ \t]+together[ \t]+with[ \t]+"
    r"(?P<with>[^.;]{5,160}?)(?=,[ \t]+(?:had|has|was|were|is|will)\b|[.;]|$)|"
    r"\b(?:brought|brings|bring)[ \t]+(?:(?:Presidents|Ministers|Prime[ \t]+Ministers|"
    r"Foreign[ \t]+Ministers|[Ll]eaders)[ \t]+)?(?P<who>[A-Z][^.;]{4,120}?)[ \t]+together\b"
)
_WITH_PARTICIPATION = re.compile(
    r"\b(?:meeting|talks|summit|session|consultations|conference)\b[^.;]{0,120}?"
    r"\bwith[ \t]+the[ \t]+participation[ \t]+of[ \t]+"
)
_CHAIRED_BY = re.compile(r"\b(?:co-)?chaired[ \t]+by[ \t]+(?P<who>[^,;.]+(?:,[ \t]+[A-Z][^,;.]+)?)")


def co_chairs(sentence: str) -> list[str]:
    """The two people a session was "co-chaired by"."""
    match = _CO_CHAIRED.search(sentence)
    if match is None:
        return []
    clause = re.split(r"[.;]", sentence[match.end() :])[0]
    # "... and Armenian Deputy Foreign Minister Y in Sadakhlo, was postponed": Y
    clause = re.split(r"[ \t]+(?:in|at|on)[ \t]+(?=[A-Z])|,[ \t]+(?:was|were|has|had)\b", clause)[0]
    # not "North Macedonia" of "the First Deputy Prime Minister of North Macedonia, X"
    return [n for n in _named_in_list(clause, 4) if may_be_a_person(n)][:2]


# "President A, Burundi's President B, Uganda's President C and Rwanda's Prime Minister D
# signed ...": three or more named people in one list.
_NAME_LIST = re.compile(rf"{_NAME}(?:,[ \t]+{_NAME}){{1,8}},?[ \t]+and[ \t]+{_NAME}")


# "Giménez and Mamani agreed to reactivate the commission": two subjects of one verb.
_PAIR_SUBJECT = re.compile(
    # "... a video conference on Oct. 9 in which A and B spoke with C": a clause's subject
    r"(?:^|.*?\b(?:in[ \t]+which|at[ \t]+which|during[ \t]+which|where)[ \t]+)"
    rf"(?P<a>{_NAME})[ \t]+and[ \t]+(?P<b>{_NAME})[ \t]+(?:also[ \t]+)?"
    r"(?:agreed|signed|met|discussed|spoke)\b"
)


def pair_subject(sentence: str) -> tuple[str, str] | None:
    """The two people a sentence opens with as the subject of one meeting verb."""
    found = _PAIR_SUBJECT.match(sentence) if " and " in sentence else None
    return (found["a"], found["b"]) if found else None


_OPENERS = frozenset(
    "In On At After Before During From With For The A An But And While When As By Since".split()
)


def listed_with(sentence: str, names: Sequence[str]) -> list[str]:
    """The other people of a list of three or more people that names one of `names`."""
    if sentence.count(",") < 1 or " and " not in sentence:
        return []
    surnames = {n.split()[-1] for n in names if n.split()}
    for match in _NAME_LIST.finditer(sentence):
        pieces = [p.strip() for p in re.split(r",[ \t]*|[ \t]+and[ \t]+", match.group())]
        people = [
            p
            for p in pieces
            if len(p.split()) > 1 and p.split()[0] not in _OPENERS and may_be_a_person(p)
        ]  # not "In Manila, Mr Wong and Mr Marcos held ..."
        if len(people) >= 3 and any(w in surnames for p in people for w in p.split()):
            return [p for p in people if not any(w in surnames for w in p.split())]
    return []


def delegation_heads(passage: Span, *, ahead: bool = False) -> list[DraftPerson]:
    """The heads of the delegations a passage names ("the team was headed by X", "X led
    the delegation in his place"), and those it says joined the meeting just told (see
    `joiners`; `ahead` when that meeting is still to come)."""
    return [
        person_draft(m["b"])
        for s in sentences(passage)
        for pattern in (_LED_BY, _LED_IT)
        for m in pattern.finditer(s.text)
    ] + joiners(passage, ahead=ahead)


# "Secretary of State for Water Luzia Mendes led the delegation in his place"
_LED_IT = re.compile(
    rf"(?P<b>{_NAME})[ \t]+(?:led|headed)[ \t]+(?:the|their|its|his|her)[ \t]+(?:[\w-]+[ \t]+)?"
    r"delegation\b"
)


def meeting_of_others(sentence: str) -> str | None:
    """The words telling a meeting that the sentence's subject is not in: "The visit of the
    Greek minister followed a video conference that Hradecký held with Zbinden", "The
    President welcomed the talks held in Paris between A and B"."""
    told = _VISIT_FOLLOWED.match(sentence) or _WELCOMED_TALKS.search(sentence)
    return sentence[told.end() :] if told else None


_VISIT_FOLLOWED = re.compile(
    r"^(?:The|This)[ \t]+(?:visit|trip|talks)[ \t]+(?:of|by)[ \t]+[^,;.]{3,60}?[ \t]+"
    r"(?:followed|came[ \t]+after|was[ \t]+preceded[ \t]+by)\b"
)
_WELCOMED_TALKS = re.compile(
    r"\b(?:welcomed|praised|hailed|commended|noted|recalled)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:talks|meeting|consultations|dialogue)\b[^.;]{0,60}?\bbetween\b"
)


def counterpart_pair(passage: Span) -> list[DraftPerson]:
    """ "Peruvian Foreign Minister X and his Ecuadorian counterpart, Y, had been scheduled
    to ...": the two the passage's first sentence names as counterparts."""
    first = sentences(passage)[:1]
    match = _COUNTERPART_PAIR.search(first[0].text) if first else None
    return [person_draft(match[k]) for k in ("a", "b")] if match else []


_COUNTERPART_PAIR = re.compile(
    rf"^(?P<a>[^,;]{{3,80}}?)[ \t]+and[ \t]+(?:his|her)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?"
    rf"counterpart,?[ \t]+(?P<b>{_NAME})"
)


def joiners(passage: Span, *, ahead: bool = False) -> list[DraftPerson]:
    """People a passage adds to the meeting just told: "X also took part", "Norway's
    minister, held up in Oslo, was represented by State Secretary Y"; "Tuvalu will be
    represented by Y" only when that meeting is `ahead`."""
    if not any(
        w in passage.text
        for w in (
            " also ",
            "Also ",
            "represented ",
            " joined the ",
            " sat in ",
            " sitting in ",
            " stayed on ",
            " chairing",
            " in the chair",
            " took part in the ",
            "part in the ",
            " attended the ",
            " attended on the ",
            " attended by ",
            " addressed the ",
            " briefed the ",
            " presented ",
            " took his ",
            " joined by ",
            " joined via ",
            " took her ",
        )
    ):
        return []  # the patterns start with a name: costly on every sentence
    return [
        person_draft(without_portfolio(name.rstrip(".,")))
        for s in sentences(passage)
        for pattern in (
            _TOOK_PART_TOO,
            _WHO_TOOK_PART,
            _REPRESENTED_BY,
            _REPRESENTED_BY_OFFICE,
            _ATTENDED_BY,
            _JOINED_THEM,
            _ALSO_PRESENT,
            _SAT_IN,
            _PAIR_SAT_IN,
            _CHAIRING,
            _ATTENDED_IT,
            _JOINED_REMOTELY,
            _WERE_JOINED_BY,
            _TALKS_ATTENDED_BY,
        )
        for m in pattern.finditer(s.text)
        if ahead or m.re is not _REPRESENTED_BY or not m["will"]
        for name in (m.group(g) for g in ("b", "c", "d", "e") if g in m.re.groupindex)
        if name
    ] + [person_draft(name) for s in sentences(passage) for name in _taking_part(s.text)]


def _taking_part(sentence: str) -> list[str]:
    """ "Taking part in the session were the Minister of X, A; the Minister of Y, B; and
    the Vice Minister of Z, C, who represented D": A, B and C, one per item."""
    opening = _TAKING_PART.match(sentence)
    if opening is None:
        return []
    found = []
    listed = sentence[opening.end() :]
    # "A and, for Estonia, B, who represented C": two items without a semicolon
    between = r";[ \t]*(?:and[ \t]+)?" if ";" in listed else r"[ \t]+and,[ \t]+|,[ \t]+and[ \t]+"
    for item in re.split(between, listed):
        # Its name is the comma piece with no office: an office may hold an "and" ("the
        # Minister of Foreign Affairs and Human Mobility of Ecuador, X").
        clause = _CLAUSE_END.split(_HONORIFICS.sub("", item))[0]
        found += [n for n in _named_in_list(clause, 1, r",[ \t]*") if may_be_a_person(n)]
    return found


_TAKING_PART = re.compile(
    r"(?:(?:Also[ \t]+taking|Taking)[ \t]+part|Participating|Present)[ \t]+(?:in|at)[ \t]+the[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}"
    r"(?:session|meeting|talks|consultations|conference|videoconference|video[ \t]+conference)"
    r"[ \t]+(?:were|was)[ \t]+"
)
# "Brazil's foreign minister, X, joined by video link from Brasília", "the ambassador in
# Asunción, Y, took his seat and signed on his behalf": a side too.
_JOINED_REMOTELY = re.compile(
    rf"(?P<b>{_NAME}),?[ \t]+(?:also[ \t]+)?(?:joined[ \t]+(?:the[ \t]+(?:[\w-]+[ \t]+)?"
    r"(?:meeting|talks|session)[ \t]+)?(?:by|via|over|through)[ \t]+(?:a[ \t]+)?"
    r"(?:video|videolink|videoconference|video[ \t]+(?:link|call))|"
    r"took[ \t]+(?:his|her)[ \t]+(?:seat|place)\b|sat[ \t]+in[ \t]+for\b)"
)
# "The Undersecretary of Foreign Affairs of Chile, X, attended the session as an observer",
# "The Secretary-General of the Andean Community, Y, presented the report of ..."
_ATTENDED_IT = re.compile(
    rf"(?P<b>{_NAME}),?[ \t]+(?:also[ \t]+)?(?:(?:attended|addressed|briefed)[ \t]+the[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:session|meeting|talks|consultations|videoconference)|"
    r"presented[ \t]+(?:the|a|his|her)[ \t]+(?:[\w-]+[ \t]+)?report)\b"
)


# A name, maybe with a comma-enclosed apposition, then its verb: "X, President of Y, joined".
_NAMED_THEN = rf"(?P<b>{_NAME})(?:,[^;.]{{3,160}}?,)?[ \t]+"
_TOOK_PART_TOO = re.compile(
    rf"(?P<b>{_NAME}),?[ \t]+also[ \t]+(?:took[ \t]+part|attended|participated)\b"
)
# "The county's health chief, Dr X, who took part in the talks ahead of the signing, said"
_WHO_TOOK_PART = re.compile(
    rf"(?P<b>{_NAME}),[ \t]+who[ \t]+(?:also[ \t]+)?took[ \t]+part[ \t]+in[ \t]+the[ \t]+"
    r"(?:talks|meeting|discussions|session|consultations)\b"
)
# "Vice President X, who attended on behalf of President Y, opened the talks and sat in on
# the closed-door session between the two delegations"
_SAT_IN = re.compile(
    rf"{_NAMED_THEN}(?:also[ \t]+)?"
    r"(?:opened[ \t]+the[ \t]+(?:talks|meeting|session)[^.;]{0,30}?[ \t]+and[ \t]+)?"
    # "A and B are sitting in on the presidential talks"
    r"(?:sat[ \t]+in[ \t]+on|(?:are|is|were|was)[ \t]+sitting[ \t]+in[ \t]+on|"
    r"stayed[ \t]+on[ \t]+for)\b"
)
# "Foreign ministers A and B are sitting in on the presidential talks": both.
_PAIR_SAT_IN = re.compile(
    rf"(?P<b>{_NAME})[ \t]+and[ \t]+(?P<c>{_NAME})[ \t]+(?:also[ \t]+)?"
    r"(?:sat|(?:are|were)[ \t]+sitting)[ \t]+in[ \t]+on\b"
)
# "Archbishop X, the Secretary for Relations with States, is chairing": the talks told
_CHAIRING = re.compile(
    rf"{_NAMED_THEN}(?:is|was)[ \t]+(?:still[ \t]+)?"
    r"(?:chairing|in[ \t]+the[ \t]+chair)\b"
)
# "Thomas Kiriwina, President of Bougainville, joined the two leaders for part of the talks"
_JOINED_THEM = re.compile(
    rf"{_NAMED_THEN}(?:also[ \t]+|later[ \t]+)?joined[ \t]+"
    r"(?:the[ \t]+two|the[ \t]+(?:leaders|ministers|presidents)|them|both)\b"
)
# "Undersecretary of X, ", "the Ambassador of Trinidad and Tobago to Venezuela, Ms "
_OFFICE_COMMA = (
    r"(?:the[ \t]+)?(?:[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|to|on|the|[A-Z][\w'’-]*))*,[ \t]+)?"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?"
)
_REPRESENTED_BY = re.compile(
    r"\b(?:was|were|is|are|(?P<will>will[ \t]+be))[ \t]+represented[ \t]+"
    r"(?:at[ \t]+the[ \t]+(?:talks|meeting|summit)[ \t]+)?by[ \t]+"
    # "by his permanent secretary, Y", "by the Secretary-General of his ministry, Mr. Y",
    # "by the ministry's Secretary, Y"
    r"(?:(?:his|her|the[ \t]+[a-z]+['’]s)[ \t]+(?:[a-z-]+[ \t]+){0,3}[A-Za-z-]+,[ \t]+|"
    r"the[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|the|his|her|[A-Z][\w'’-]*))*?[ \t]+"
    r"(?:his|her)[ \t]+[a-z]+,[ \t]+)?"
    rf"{_OFFICE_COMMA}(?P<b>{_NAME})"
)
# "The consultations were also attended by H.E. Mr. Almaz Tokoev, Ambassador of ..."
_ATTENDED_BY = re.compile(
    rf"\b(?:was|were)[ \t]+also[ \t]+attended[ \t]+by[ \t]+{_OFFICE_COMMA}(?P<b>{_NAME})"
    # "..., and, on the Cabo Verdean side, by the Secretary of State for Finance, Y"
    r"(?:,?[ \t]+and,?[ \t]+(?:on[ \t]+the[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,2}side,[ \t]+)?by[ \t]+"
    rf"{_OFFICE_COMMA}(?P<e>{_NAME}))?|"
    # "It was attended on the Tunisian side by the Minister of the Interior, Mr. A, and by B"
    r"\b(?:[Ii]t|[Tt]he[ \t]+(?:session|meeting|talks))[ \t]+(?:was|were)[ \t]+attended[ \t]+"
    rf"on[ \t]+the[ \t]+[A-Z][\w'’-]*[ \t]+side[ \t]+by[ \t]+{_OFFICE_COMMA}(?P<c>{_NAME})"
    rf"(?:,?[ \t]+and[ \t]+by[ \t]+{_OFFICE_COMMA}(?P<d>{_NAME}))?"
)
# "The signing followed talks in Vientiane attended by Lao Deputy Minister of ... X"
_TALKS_ATTENDED_BY = re.compile(
    rf"\btalks\b[^.;]{{0,40}}?[ \t]attended[ \t]+by[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,3}}?"
    r"(?:Deputy[ \t]+|Vice[ \t]+)?(?:Minister|Secretary)"
    r"(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’-]*))*?"
    rf"[ \t]+(?P<b>{_NAME})(?=,|\.|$)"
)
# "The Prime Ministers were joined by the Minister for Home Affairs, A, and by the
# Undersecretary ..., B": both.
_WERE_JOINED_BY = re.compile(
    rf"\b(?:were|was)[ \t]+(?:also[ \t]+)?joined[ \t]+by[ \t]+{_OFFICE_COMMA}(?P<b>{_NAME}),?[ \t]+"
    rf"and[ \t]+by[ \t]+{_OFFICE_COMMA}(?P<c>{_NAME})"
)
# "was represented by Vice-Minister for Foreign Affairs Rose Wangi Kambuou": office and name
_REPRESENTED_BY_OFFICE = re.compile(
    r"\b(?:was|were)[ \t]+represented[ \t]+by[ \t]+"
    r"(?P<b>(?:[A-Z][\w'’-]*[ \t]+(?:(?:for|of|and|the)[ \t]+)*){2,8}[A-Z][\w'’-]*)(?=[,.;]|$)"
)
# "Also taking part on the Venezuelan side was the Minister of X, Y."
_ALSO_PRESENT = re.compile(
    r"^Also[ \t]+(?:taking[ \t]+part|present|attending)\b[^.;]{0,60}?[ \t](?:was|were)[ \t]+"
    rf"{_OFFICE_COMMA}(?P<b>{_NAME})"
)
