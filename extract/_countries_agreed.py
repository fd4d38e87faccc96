"""What two or more countries named as a sentence's subject signed or agreed ("Belgium, the
Netherlands and Luxembourg signed a memorandum ... on Thursday"), or a bloc's ministers
("Pacific Islands Forum foreign ministers signed ..."): the outcome of the meeting their
leaders held, told in the lead before the leaders are named."""

from __future__ import annotations

import re

from ._agreed_clauses import ATTRIBUTION
from ._agreements import AgreementCandidate, agreements_in
from ._countries import find_countries, is_organization, without_countries
from ._drafts import DraftAgreement, DraftMeeting
from ._passages import INJECTION, Span, sentences

# "Belgium, the Netherlands and Luxembourg signed a memorandum of understanding on
# Thursday to ...": a lead that names the governments, not their leaders.
_COUNTRIES_DID = re.compile(  # "Uganda and Kenya yesterday signed ..."
    # "... on Wednesday, 10th June 2026, signed"
    r"[ \t]+(?:(?:yesterday|today|on[ \t]+[A-Z][a-z]+day(?:,[ \t]+[^,;.]{3,25},)?)[ \t]+)?"
    r"(?:have[ \t]+|also[ \t]+)?"
    r"(?P<verb>signed|agreed|pledged|inked|committed)\b"
)
_NAMES_ONLY = re.compile(r"(?:[A-Z][\w'’.-]*|and|the|of|,|[ \t])+")
_OFFICES_OF = re.compile(
    r"^(?:[Tt]he[ \t]+(?:[a-z]+[ \t]+){0,2}|[A-Z][a-z]+[ \t]+(?:[a-z]+[ \t]+)?)"
    r"(?:ministers|chiefs|leaders|presidents|premiers|heads[ \t]+of[ \t]+(?:state|government))"
    r"[ \t]+(?:of|from)[ \t]+"  # "Security chiefs from A and B"
)
_TOLD_THAT = re.compile(r"^.*\b(?:inform|announce|confirm|report)\w*\b.*?\bthat[ \t]+")
# Where a dateline ends before the subject: "LUXEMBOURG, Oct 15 (Continental Press) - "
_AFTER_DATELINE = re.compile(r"^.*(?:[ \t][-–—]{1,2}|\))[ \t]+")


def countries_agreed(passage: Span, draft: DraftMeeting) -> list[AgreementCandidate]:
    """What a sentence says two or more countries, named as its subject, signed or agreed:
    the outcome of the meeting their leaders held, told before the leaders are named."""
    for sentence in sentences(passage):  # checked for trust only once it matches
        for match in _COUNTRIES_DID.finditer(sentence.text):
            head = sentence.text[: match.start()]
            subject = _AFTER_DATELINE.sub("", head[head.rfind("\n") + 1 :])  # not a headline
            numbered = _OF_N_COUNTRIES.fullmatch(subject.strip()) is not None
            subject = _OFFICES_OF.sub("", subject)  # "The foreign ministers of A and B"
            # "The Ministry ... wishes to inform the general public that A and B ... signed"
            subject = _TOLD_THAT.sub("", subject)
            if not numbered and not _of_a_bloc(subject):
                if (
                    " and " not in subject
                    or len(subject) > 120
                    or not _NAMES_ONLY.fullmatch(subject)
                ):
                    continue  # a cheap test first: "Poland, Lithuania and the Netherlands"
                named = find_countries(subject)
                if len(named) < 2 or re.sub(
                    # "the Republic of Niger": a country's style around its name
                    r"\b(?:and|the|Republic|Kingdom|State|Federation|of)\b|[,\s]",
                    "",
                    without_countries(subject),
                ):
                    continue  # not a list of countries only
            if INJECTION.search(sentence.text):
                break  # addressed to the extractor: never trusted
            # Up to the clause's end: not "..., but talks in Dire Dawa ended without ..."
            said = re.split(r";|,[ \t]+but[ \t]", sentence.text[match.end() :])[0]
            what = ATTRIBUTION.sub("", said.rstrip(". "))
            items = draft.agreements or [
                DraftAgreement(what=f"{match['verb']}{what}"[:200], type="commitment")
            ]
            found = agreements_in([sentence], draft.model_copy(update={"agreements": items}))
            if match["verb"].lstrip().lower().startswith(("signed", "inked")):
                for item in found:  # "Bolivia and Peru signed an agreement to clean up the
                    item.type = "signed_document"  # lake": what they signed, in any words
            return found
    return []


# "Pacific Islands Forum foreign ministers", "The ASEAN defence ministers"
_BLOC_OFFICES = re.compile(
    r"(?:[Tt]he[ \t]+)?(?P<bloc>(?:[A-Z][\w'’-]*[ \t]+){1,4}?)(?:[a-z]+[ \t]+)?"
    r"(?:ministers|leaders|heads[ \t]+of[ \t]+(?:state|government))"
)


# "Foreign ministers and envoys from the five countries of the Paraguay-Paraná waterway"
_OF_N_COUNTRIES = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:[A-Za-z]+[ \t]+)?"
    r"(?i:ministers|leaders|presidents|heads[ \t]+of[ \t]+state)"
    r"(?:[ \t]+and[ \t]+(?:envoys|officials|representatives|ambassadors|delegates))?[ \t]+"
    r"(?:of|from)[ \t]+the[ \t]+(?:two|three|four|five|six|seven|eight|nine|ten|[1-9][0-9]?)"
    r"[ \t]+(?:countries|nations|states|governments)\b[^,;.]{0,80}"
)


def _of_a_bloc(subject: str) -> bool:
    bloc = _BLOC_OFFICES.fullmatch(subject.strip())
    return bloc is not None and is_organization(bloc["bloc"].strip())
