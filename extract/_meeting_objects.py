"""The people a sentence says someone meets, named after the meeting verb: "to meet Prime
Minister Mark Carney", "held talks with Singapore's Minister for Foreign Affairs, Vivian
Balakrishnan", "hosted France's A and Germany's B" (every object), not a group ("met Baltic
officials"); and an office written for a name ("with Tonga's Prime Minister, Lord
Fakafanua"): the name it goes on to."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._meeting_phrases import OFFICE_BEFORE as _OFFICE_BEFORE
from ._name_patterns import NAME as _NAME
from ._people import split_title

_OBJECT = re.compile(
    r"\b(?:sat[ \t]+down[ \t]+(?:in[ \t]+[A-Z]\w+[ \t]+)?with|"  # "sat down in Baku with"
    r"(?:meet|meets|meeting|met|visit|visits|visited|host|hosts|hosted|receive|received|"
    r"welcome|welcomed|call|called|phoned|brief|briefed)(?:[ \t]+(?:with|on))?|"
    # "was received in the Parliament by Deputy Speaker X"
    r"(?:received|welcomed|hosted|chaired)(?:[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]\w+)?[ \t]+by|"
    r"(?:spoke|spoken|talked)[ \t]+(?:(?:by[ \t]+(?:phone|telephone)|on[ \t]+[A-Z]\w+"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?)[ \t]+){0,2}with|"  # "on Monday night"
    # "talks in Palikir on Tuesday with ..."
    r"(?:talks|conference|videoconference|meeting|call)[ \t]+"
    r"(?:(?:in|on|at)[ \t]+(?:[A-Z]\w+|midday|noon|night)[ \t]+){0,2}with|"  # "call at midday with"
    # "had discussed the Nacala corridor by telephone with ..."
    r"(?<=[ \t])by[ \t]+(?:tele)?phone[ \t]+with|"
    # "a video conference that Minister X held on Monday with ..."
    r"held[ \t]+(?:on[ \t]+[A-Z]\w+[ \t]+)?with)[ \t]+"
    r"(?:(?:his|her|their|the)[ \t]+)?"
    r"(?:(?://|ǁ)[A-Z]\w*[ \t]+)?"  # "//Kharas Governor X": a click letter opens the region
    # "counterpart, ", "the Faroese fisheries minister, "
    r"(?:(?:[A-Za-z'’.]+[ \t]+){0,6}?(?:counterpart|minister|secretary|envoy|ambassador|"
    r"negotiator|commissioner|government),?[ \t]+)?"  # "the EU's chief negotiator, "
    # "received by the khokim of Samarkand region, ": an office in lower case
    r"(?:(?<=by the )[a-z]+[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,2},[ \t]+)?"
    rf"{_OFFICE_BEFORE}(?P<b>{_NAME})"
)


# "..., the Head of the Federal Department of Foreign Affairs, Federal Councillor X"
_APPOSITIVE = re.compile(
    rf"(?:[ \t]+(?:for|of)(?:[ \t]+(?:[A-Z][\w'’.-]*|of|the|and|for))*[ \t]+[A-Z][\w'’.-]*)?"
    rf",[ \t]+(?P<b>{_NAME})"
)
_TITLE_IN = re.compile(
    r"\b(?:Minister|Secretary|President|Envoy|Ambassador|Chancellor|Premier|Governor|"
    r"Advis[eo]r|Director|Chief|Head|Spokes\w+|Representative|Commissioner|Emir|King|"
    r"Sultan|Crown[ \t]+Prince)\b"
)
AND_OBJECT = re.compile(
    rf"(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:[A-Z][\w.]*['’]s[ \t]+)?{_OFFICE_BEFORE}(?P<b>{_NAME})"
)
# Lower-case plurals naming a group; never part of one person's name.
GROUP = re.compile(
    r"\b(?:states|officials|leaders|ministers|delegations|delegates|countries|nations|members|"
    r"sides|governments|counterparts|diplomats|representatives|envoys|authorities|groups|"
    r"associations|unions|companies|firms|businesses|organi[sz]ations|agencies|negotiators)\b"
)


def objects_of(sentence: str, *, after: Sequence[str] | None = None) -> list[str]:
    """Named people a sentence says someone meets ("to meet Prime Minister Mark Carney"),
    not groups ("met Baltic officials"). With `after`, only where the meeting verb
    follows one of those names ("Costa and von der Leyen spoke with Takaichi"), not a
    meeting told in another clause ("..., where a meeting with Milei is scheduled")."""
    found = []
    for m in _OBJECT.finditer(sentence):
        if GROUP.match(sentence[m.end() :].lstrip()):
            continue
        before = sentence[: m.start()].rstrip()
        before = re.sub(r"(?:\b(?:also|then|later|separately)|,)$", "", before).rstrip()
        if m.group(0).startswith(("talks", "meeting", "conference", "videoconference")) or (
            m.group(0).startswith("call ") and " with" in m.group(0)  # "a call at noon with"
        ):
            # "A and B held the so-called 2+2 talks with C and D": the verb is "held".
            before = re.sub(r"[ \t]+(?:held|had|hold|holds)(?:[ \t]+[^\s,;.]+){0,4}$", "", before)
            # "A and B will take part, on Wednesday, 22 July, in a videoconference with C"
            before = re.sub(
                r"[ \t]+(?:will[ \t]+)?(?:take|took|takes)[ \t]+part\b[^;.]{0,60}$", "", before
            )
        hosted = sentence[: m.start()].rstrip().endswith(",") and m.group(0).startswith(
            ("hosted by", "chaired by")
        )  # "X and Y held talks in Panama City, hosted by Z": Z is a side too
        # "A and B spent the morning at the post before sitting down for talks with C": the
        # clause's subject is the sentence's
        participle = _BEFORE_SITTING_DOWN.search(before) is not None
        if (
            after is not None
            and not (hosted or participle)
            and not any(before.endswith(n) for n in after)
        ):
            continue
        # "talks with Singapore's Minister for Foreign Affairs, Vivian Balakrishnan".
        named = _APPOSITIVE.match(sentence, m.end())
        if (
            named
            and _TITLE_IN.search(sentence[m.start("b") : named.start("b")])
            and not split_title(m["b"])[1].strip()  # the object is an office, not a name
        ):
            m = named
        name, end = office_holder(sentence, m, "b")
        found.append(name)
        # "hosted France's Jean-Noël Barrot and Germany's Johann Wadephul": every object.
        while more := AND_OBJECT.match(sentence, end):
            found.append(more["b"].rstrip(".,"))
            end = more.end()
    return found


_BEFORE_SITTING_DOWN = re.compile(
    r"\b(?:before|after)[ \t]+(?:sitting[ \t]+down[ \t]+for|holding)$"
)


# "by Qatari Prime Minister and Foreign Minister Sheikh Mohammed": two offices, one name;
# "with US Secretary of War Pete Hegseth": an office that goes on past "of".
_OFFICE_GOES_ON = re.compile(
    r"(?:[ \t]+(?:and|(?:of|for)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’-]*)?"  # "of Energy and Infrastructure"
    # "Chairman of the municipal People's Committee Lâm Hữu Nghĩa"
    r"(?:[ \t]+(?:Committee|Council|Assembly|Commission|Authority|Government|Administration))?"
    r")[ \t]+|,[ \t]+)"
    rf"(?P<b>{_NAME})"
)  # also "with Tonga's Prime Minister, Lord Fakafanua"


def office_holder(text: str, match: re.Match[str], key: str) -> tuple[str, int]:
    """The name matched as `key` and where it ends; when that is an office only, the
    name its office goes on to."""
    name, end = match[key].rstrip(".,"), match.end(key)
    if not split_title(name)[1].strip() and (at := _AT_THE_OFFICE.match(text, end)):
        # "State Secretary at the Federal Ministry for Economic Affairs and Energy Tobias
        # Reinhold": a long office, then its holder
        holder_name = split_title(at["rest"])[1]
        if len(holder_name.split()) > 1:
            return holder_name, at.end()
    if not split_title(name)[1].strip() and (more := _OFFICE_GOES_ON.match(text, end)):
        # "China's Special Envoy for Pacific Island Affairs, Zhou Wenhai": the office's
        # portfolio, then its holder
        if _PORTFOLIO_END.search(more["b"]) and (apposed := _APPOSED.match(text, more.end("b"))):
            return apposed["b"].rstrip(".,"), apposed.end("b")
        return more["b"].rstrip(".,"), more.end("b")
    return name, end


_PORTFOLIO_END = re.compile(
    r"\b(?:Affairs|Relations|Cooperation|Development|Trade|Security|Policy|Integration|"
    r"Issues|Questions|Diaspora|Planning|Investment|Economy|Transport|Energy|Fisheries|Mines|"
    r"Agriculture|Health|Education|Justice|Defen[cs]e|Interior|Finance|Tourism|Abroad|"
    r"Expatriates|Water|Forests|Industry|Commerce|Infrastructure|Environment)$"
)
_APPOSED = re.compile(rf",[ \t]+(?P<b>{_NAME})")
_AT_THE_OFFICE = re.compile(
    r"[ \t]+at[ \t]+the[ \t]+"
    r"(?P<rest>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the)){1,14})"
)


# "I spoke with my Samoan counterpart on Wednesday night, on the phone - Toleafoa Anne
# Fa'asavalu.": the counterpart named at the sentence's end, after a dash.
_DASHED_COUNTERPART = re.compile(
    r"\bwith[ \t]+(?:my|his|her|their)[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?counterpart\b[^.;]{0,80}?"
    rf"[ \t][-–—][ \t]+(?P<b>{_NAME})[ \t]*[.;]?[ \t]*$"
)


def dashed_counterpart(sentence: str) -> str | None:
    """The counterpart a sentence names last, after a dash, if it does."""
    found = _DASHED_COUNTERPART.search(sentence) if "counterpart" in sentence else None
    return found["b"] if found else None
