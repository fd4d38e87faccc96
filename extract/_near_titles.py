"""Titles written next to a name, and fuller written forms of it: "Defense Minister Kim
Do-hyun", "the Minister of International Relations, Lamola", "X, the permanent
secretary", "The foreign ministers, A and B", and a broadcaster's lead "Saint Lucia's Prime
Minister says ..." before the line that opens with the holder's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._countries import normalize_country
from ._grounding import find_all
from ._office_holders import TITLE_WORD
from ._official_countries import OFFICE_HEADS, OFFICE_REST
from ._people import STYLES, is_title_word, split_title, word_key

_BEFORE_NAME = re.compile(
    r"((?:(?:[A-Z][\w.'’-]*|of|for|and|the|to|de|bin|ibn|van|von|da|dos|del|special|envoy|"
    r"intelligence|security|chief|"
    r"deputy|vice|foreign|trade|defen[cs]e|finance|national|adviser|advisor|leader|opposition|"
    r"spokes(?:man|woman|person)|ambassador|minister|secretary)[ \t]+){1,11})$"
)


# A title as the article writes it, in any case ("U.S. special envoy").
TITLE_ANY_CASE = re.compile(TITLE_WORD.pattern, re.IGNORECASE)


# "X, the coalition's permanent secretary": not "X, while the other side was led by ...".
_OPEN_END = re.compile(r"\b(?:and|of|for|the|&)[ \t]*$")


# A military rank between the office and the name: "Minister of Defence Colonel General".
MILITARY_RANK = (
    r"(?:(?:Colonel|Lieutenant|Major|Brigadier|Army)[ \t]+General|(?:Vice|Rear)[ \t]+Admiral|"
    r"Air[ \t]+(?:Vice[ \t]+|Chief[ \t]+)?Marshal|(?:Gen|Lt[ \t]?Gen|Maj[ \t]?Gen)\."
    r"(?:[ \t]+\(R(?:e?td|et)\.?\))?)"
)


# Honorifics written before a name: "H.E. Mr.", "Her Excellency Mrs.", "Alhaji".
_HONORIFIC = (
    r"(?:H\.[ \t]?E\.|(?:His|Her)[ \t]+Excellency|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Hon\.|"
    rf"Amb\.|Alhaj[ia]|{MILITARY_RANK})"
)
_HONORIFICS_BEFORE = re.compile(rf"(?:{_HONORIFIC}[ \t]+)+$")


_AFTER_NAME = re.compile(
    r"^,\s*(?!\s|(?:while|whereas|but|and|who|which|as|when|to|on|at|in|for|with|from)\b)"
    r"(?:the\s+)?"
    r"([^,.;()\n]{3,90}?)\s*(?:[,.;)]|\swho\b|\swhile\b)"
)


# "X, today received in Bratislava the Minister ...", "X, a former central bank official
# appointed foreign minister in 2025": a clause or a past, not the office X holds.
_CLAUSE_NOT_OFFICE = re.compile(
    r"^(?:a[ \t]+)?former\b|\b(?:today|yesterday|tonight|received|appointed|elected|named|"
    r"said|met|arrived|visited|welcomed|told|was|were|had|has|will|would|due)\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


# The Arabic article joined to a family name: "al-Mabrouk", "El-Sisi", "ash-Shaibani".
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)-$")


def _after_other_holder(title: str) -> str:
    """ "Minister da Graça and Minister": the office after another holder's name."""
    joined = _AND_OFFICE.search(title)
    if joined is None:
        return title
    named = [w for w in title[: joined.start()].split() if w[:1].isupper()]
    if any(not is_title_word(w) and normalize_country(w) is None for w in named):
        return title[joined.end() :]
    return title


_AND_OFFICE = re.compile(rf"\band[ \t]+(?=(?:{OFFICE_HEADS}|Prime)\b)")


_TO_OFFICE = re.compile(rf"^.*\bto[ \t]+(?=(?:{OFFICE_HEADS}|Prime)\b)")


HONORIFIC_NEXT = re.compile(rf",[ \t]*{_HONORIFIC}[ \t]")
_NAME_NEXT = re.compile(r",[ \t]*[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}[ \t]*,")


# "The Minister of Foreign and European Affairs of the Slovak Republic, X": a comma ends it.
# "the Principal Secretary in the Ministry of Foreign Affairs and International Relations, X"
_LONG_OFFICE_REST = OFFICE_REST.replace("{0,8}", "{0,12}").replace("|to)", "|to|in)")


# "the Chief of the General Staff of the Armed Forces of Mongolia, Major General X".
_CHIEF_OF_STAFF = r"Chief[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,2}Staff"
_OFFICE_COMMA = re.compile(  # "Qatar's Prime Minister and ..., Sheikh Faisal"
    rf"(?:\b[Tt]he|\b(?:its|his|her|their)|['’]s)[ \t]+"
    # "The United Nations Special Envoy for Yemen, Marguerite Olander"
    r"((?:[A-Z][a-z]+an[ \t]+|(?:United[ \t]+Nations|UN|U\.N\.|EU|AU|African[ \t]+Union|"
    r"European[ \t]+Union|Arab[ \t]+League|ASEAN|OSCE)[ \t]+)?"
    r"(?:(?:Deputy|Vice|Principal|Permanent|Chief|Special|High)[ \t-]+)?"
    r"(?:Prime[ \t]+|(?:Foreign|Defen[cs]e|Finance|Trade|Interior|Energy|Fisheries)[ \t]+)?"
    rf"(?:{OFFICE_HEADS}|Chair|Undersecretary|Under-Secretary|{_CHIEF_OF_STAFF})(?:-General)?"
    rf"{_LONG_OFFICE_REST}"
    # "Minister of Foreign Affairs, International Business and International Cooperation, X"
    r"(?:,[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|and|of|for|the))*[ \t]+and[ \t]+"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*)?),[ \t]*"
    r"(?:(?:Sheikha?|Mr|Ms|Mrs|Dr)\.?[ \t]+)?$"
    # In lower case: "Britain's fisheries minister, ", "the Taliban's acting foreign minister, "
    r"|(?:\b[Tt]he|['’]s)[ \t]+(?:[A-Z][a-z]+(?:an|ese|ish|ic|i)[ \t]+)?"  # "the Faroese ..."
    r"((?:acting[ \t]+|deputy[ \t]+)?(?:[a-z]+[ \t]+){0,2}"
    r"(?:minister|secretary|(?:vice-)?chair(?:man|woman|person)?|speaker|governor|mayor|"
    r"ambassador[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    r"(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’-]*){0,3})),[ \t]*$"
)


_STYLED = STYLES | frozenset(("mr", "ms", "mrs", "dr"))  # words between the comma and name


# "The foreign ministers, Petr Macinka and Juraj Blanár, held ...": each holds the office.
_PLURAL_OFFICE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir)[ \t]+(?P<office>(?:[a-z]+[ \t]+){0,2}(?:ministers|presidents|premiers|"
    r"secretaries|envoys|chancellors|ambassadors)),[ \t]+"
    r"(?:(?:[A-Z][\w.]*['’]s[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]+and[ \t]+)?"
    r"(?:[A-Z][\w.]*['’]s[ \t]+)?$"  # "the two foreign ministers, Guatemala's A and Honduras's B"
    # "Presidents Ravi Persaud of Guyana and Marlon Kartoredjo of Suriname"
    r"|\b(?P<office2>[Pp]residents|[Pp]rime[ \t]+[Mm]inisters|(?:[Ff]oreign|[Dd]efen[cs]e)"
    r"[ \t]+[Mm]inisters)[ \t]+"  # "foreign ministers Giorgos Gerapetritis and Hakan Fidan"
    r"(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]+of[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]+and[ \t]+)?$"
)


def _one_office(plural: str) -> str:
    """ "foreign ministers" → "Foreign Minister"."""
    one = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    words = [w for w in one.split() if w not in ("two", "three", "four", "both")]
    return " ".join(w.capitalize() for w in words)


# A family name first, its given name hyphenated after it ("Kim Do-hyun", "Ahn Gyu-back").
_GIVEN_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+-[a-z]+)\b")
# A second surname that ends the name: "... Salas Huamán sent", "... Salas Huamán, who"
_SURNAME_AFTER = re.compile(
    r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][^\W\d_]+)(?=[,.;:]|[ \t]+[a-z])"
)


def fuller_forms(text: str, group: Sequence[str]) -> tuple[list[str], list[str]]:
    """Longer written forms of a name ("Anthony Albanese" for "Albanese") and the
    titles written right before or after it."""
    fuller: list[str] = []
    titles: list[str] = []
    variants = sorted(group, key=len, reverse=True)  # the full name's own office first
    for variant in variants:  # grows: a fuller form's own window may hold the office
        found = find_all(text, variant)
        told = _office_told_before(text, found[0][0]) if found else None
        for start, end in found[:6]:
            # "the Vice President, H.E. Prof. Abena Owusu": the office before the honorifics.
            window = _HONORIFICS_BEFORE.sub("", text[max(0, start - 130) : start])
            if article := _ARTICLE_BEFORE.search(window):  # "Fathi al-" before "Mabrouk"
                window, start = window[: article.start()], start - len(article.group())
            before = _BEFORE_NAME.search(window)
            office = _OFFICE_COMMA.search(window) if "," in window[-9:] else None
            if office and (not before or word_key(before.group(1).strip()) in _STYLED):
                # "the Minister of International Relations, Lamola"
                titles.append(office.group(1) or office.group(2))
            if plural := _PLURAL_OFFICE.search(window):  # "The foreign ministers, A and B"
                titles.append(_one_office((plural["office"] or plural["office2"]).lower()))
            if before:
                title, name = split_title(_own_prefix(before.group(1)) + text[start:end])
                if title:  # "a letter from President X to President Y": Y's is the last
                    title = _after_other_holder(_TO_OFFICE.sub("", title))
                extra = name.split()[: max(0, len(name.split()) - len(variant.split()))]
                # "Minister of Agriculture, Forestry and Food Mateja Rožman Kos": the words
                # after a portfolio's comma ("Forestry and Food") end the office.
                office_left_open = bool(title and _OPEN_END.search(title)) or (
                    window[: before.start()].rstrip().endswith(",")
                    and " and " in f" {before.group(1)}"
                )
                if extra and not office_left_open and all(_given_name_like(t, text) for t in extra):
                    if (last := _SURNAME_AFTER.match(text, end)) and _is_name_token(last[1]):
                        name = f"{name} {last[1]}"  # "Martín Salas Huamán" for "Salas"
                    fuller.append(name)
                    if name not in variants:  # "Kuwait's Minister of Oil, Nasser Saad Al-Hajri"
                        variants.append(name)
                if title and TITLE_ANY_CASE.search(title):
                    titles.append(title)
                given = _GIVEN_AFTER.match(text, end)  # "Defense Minister Kim Do-hyun"
                if title and given and len(variant.split()) == 1:
                    fuller.append(f"{name} {given.group(1)}")
            after = _AFTER_NAME.match(text[end : end + 120])
            if (
                after
                and TITLE_ANY_CASE.search(after.group(1))
                and not split_title(after.group(1))[1]  # "X, Mr Y and Tajik President Z"
                and not _CLAUSE_NOT_OFFICE.search(after.group(1))
                # "X, the Minister of ... of Equatorial Guinea, His Excellency Mr. Y": Y's
                and not HONORIFIC_NEXT.match(text, end + after.end() - 1)
                # "At the invitation of X, the Minister of ... of Chile, Ximena Y, ...": Y's
                and not _NAME_NEXT.match(text, end + after.end() - 1)
            ):
                titles.append(after.group(1).strip())
        if told:  # last: what is written next to the name comes first
            titles.append(told)  # "Saint Lucia's Prime Minister says ... \n\n X spoke"
    return fuller, titles


def _own_prefix(prefix: str) -> str:
    """ "Argentine President Javier Milei and Uruguayan President " → "Uruguayan President ":
    the words before an "and" end in another person's name. Nor does a title reach back
    past the end of a sentence ("... Mark Rutte. U.S. President ")."""
    prefix = re.split(r"(?<=[a-z]{2}\.)\s+", prefix)[-1]
    # "money for President ": the office starts after the lower-case link words.
    prefix = re.sub(r"^(?:(?:of|for|and|the|to|de)\s+)+", "", prefix)
    # The last "and" after a name: not the one inside "Mines and Energy Minister".
    for match in reversed(list(re.finditer(r" and ", prefix))):
        if _ends_in_name(prefix[: match.start()].split()):
            return prefix[match.end() :]
    return prefix


def _ends_in_name(words: list[str]) -> bool:
    """ "... Takehiro Funakoshi", "Mr Mirziyoyev", "Motegi", "... Lazarus Mbewe of Malawi";
    not "... Colombian Mines"."""
    if len(words) >= 3 and words[-2] == "of" and normalize_country(words[-1]) is not None:
        words = words[:-2]  # "President Lazarus Mbewe of Malawi and ..."
    if not words or not _is_name_token(words[-1]):
        return False
    if len(words) == 1:
        return True
    before = words[-2]
    if before.endswith(",") and len(words) >= 3 and words[-3] in ("of", "for"):
        return False  # "Minister of Agriculture, Forestry and Food": a portfolio's list
    return word_key(before) in ("mr", "mrs", "ms", "dr") or (
        _is_name_token(before) or is_title_word(before)
    )


def _is_name_token(word: str) -> bool:
    return (
        word[:1].isupper()
        and not TITLE_WORD.fullmatch(word)
        and not is_title_word(word)
        and normalize_country(word) is None
    )


# Particles that go on from a given name to the rest ("Mohammed bin ..."): fewer than
# `_people.PARTICLES`, whose "al", "de", "la" also stand before a surname alone.
# Capitalized words that start sentences or clauses, never given names.
_NOT_GIVEN = frozenset(
    "when after before but and the on in at as later then meanwhile also while with "
    "during since for from by of to separately earlier however yesterday today".split()
)


_NAME_PARTICLES = frozenset("bin ibn van von da dos del".split())


def _given_name_like(token: str, text: str) -> bool:
    if token.endswith(".") and not re.fullmatch(r"[A-Z]\.", token):
        return False  # a sentence end, not an initial
    word = token.strip(".,")
    if word in _NAME_PARTICLES:
        return True  # "Mohammed bin Abdulaziz Al-Khulaifi"
    if not word[:1].isupper() or word.lower() in _NOT_GIVEN or TITLE_WORD.fullmatch(word):
        return False
    # Proper names rarely appear in lower case elsewhere in the article.
    return not re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text)


def _office_told_before(text: str, start: int) -> str | None:
    """A broadcaster's lead that names only an office, "Saint Lucia's Prime Minister says
    ...", right before the sentence that opens with the holder's name."""
    before = text[max(0, start - 300) : start]
    if not re.search(r"(?:^|[.!?][ \t]*\n?|\n)[ \t]*$", before) or not before.strip():
        return None  # the name does not open its sentence
    lead = re.split(r"(?<=[.!?])[ \t]+|\n", before.rstrip())[-1]
    # "the motorcade of Tuvalu's Prime Minister ... splashed past": one office, no name
    told = _COUNTRYS_OFFICE.findall(lead)
    return told[0] if len(told) == 1 else None


_COUNTRYS_OFFICE = re.compile(
    r"\b((?:[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?['’]s[ \t]+)"
    r"(?:(?:Deputy|Vice|Acting)[ \t]+)?(?:Prime[ \t]+Minister|President|Premier|Chancellor|"
    r"Foreign[ \t]+Minister|(?:[A-Z]\w+[ \t]+)?Minister(?:[ \t]+of[ \t]+[A-Z]\w+)?))"
    r"(?![ \t]+[A-Z]|[\w'’-])"  # no name after it: "Kenya's President William Ruto" names one
)
