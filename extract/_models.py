"""Public records: what a user gets back.

Every claim carries `Evidence`: a verbatim quote plus character offsets into the
article (offsets count Python `str` characters, so non-ASCII text is safe).
When the article text is passed as validation context (`{"text": ...}`), each
span is checked against it exactly.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

SCHEMA_VERSION = "1"


class MeetingKind(StrEnum):
    IN_PERSON = "in_person"
    CALL = "call"
    VIRTUAL = "virtual"


class MeetingStatus(StrEnum):
    HELD = "held"
    PLANNED = "planned"
    CANCELLED = "cancelled"


class AgreementType(StrEnum):
    SIGNED_DOCUMENT = "signed_document"
    COMMITMENT = "commitment"
    INTENT_TO_MEET = "intent_to_meet"
    OTHER = "other"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Evidence(_Record):
    """A verbatim span of the article that supports a record."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    quote: str = Field(description="Text copied exactly from the article.", min_length=1)
    start: int = Field(ge=0, description="Offset of the first character of the quote.")
    end: int = Field(ge=1, description="Offset one past the last character of the quote.")

    @model_validator(mode="after")
    def _offsets_match_quote(self, info: ValidationInfo) -> Self:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"evidence offsets {self.start}:{self.end} span {self.end - self.start} "
                f"characters but the quote has {len(self.quote)}"
            )
        text = info.context.get("text") if isinstance(info.context, dict) else None
        if isinstance(text, str) and text[self.start : self.end] != self.quote:
            raise ValueError(
                f"evidence quote {self.quote[:40]!r} does not match the article at "
                f"{self.start}:{self.end}"
            )
        return self

    def matches(self, text: str) -> bool:
        """True when the quote stands in `text` exactly at its offsets."""
        return text[self.start : self.end] == self.quote


class Official(_Record):
    """A person who took part in a meeting, as the article identifies them."""

    name: str = Field(
        description="The person's name in its fullest form used in the article, e.g. 'Wi Seong-rak'."
    )
    aliases: list[str] = Field(
        default_factory=list,
        description="Other forms of the name used in the article, e.g. 'Director Wi', 'Seongrak Wi'.",
    )
    title: str | None = Field(
        default=None,
        description="Office held at the time of the article, e.g. 'Secretary of State'; null if unstated.",
    )
    country: str | None = Field(
        default=None,
        description=(
            "Country or international organization the person represents, normalized "
            "(e.g. 'South Korea', 'United States', 'NATO'); null if the article does not say."
        ),
    )
    country_code: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-2 code of `country` when it is a country, e.g. 'KR'.",
    )
    evidence: list[Evidence] = Field(
        default_factory=list, description="Spans where the person is named."
    )

    @property
    def key(self) -> str:
        """A case- and accent-insensitive identity key for matching within a corpus."""
        return _name_key(self.name)


class Agreement(_Record):
    """Something the sides agreed, signed or committed to at a meeting."""

    summary: str = Field(description="One short sentence saying what was agreed.")
    type: AgreementType = Field(
        description=(
            "signed_document: a treaty, MoU or deal was signed; commitment: both sides agreed "
            "or pledged to do something; intent_to_meet: they agreed to meet or talk again; "
            "other: any other joint agreement. One side's statement alone is not an agreement."
        )
    )
    parties: list[str] = Field(
        default_factory=list,
        description="Names of the officials (or countries) who agreed.",
    )
    evidence: list[Evidence] = Field(default_factory=list)


class Meeting(_Record):
    """One encounter between officials: in person, by phone or online."""

    id: str = Field(
        default="",
        description="Stable identifier derived from the sources, participants and date.",
    )
    participants: list[Official] = Field(
        description="Officials who took part. A person only represented by a stand-in is not a participant."
    )
    date: dt.date | None = Field(
        default=None,
        description="ISO date of the meeting, or null when the text does not determine it.",
    )
    date_text: str | None = Field(
        default=None, description="The date exactly as written, e.g. 'on the 25th (local time)'."
    )
    location: str | None = Field(
        default=None,
        description="City (and country) where it took place, e.g. 'The Hague, Netherlands'.",
    )
    occasion: str | None = Field(
        default=None, description="Event it was part of, e.g. 'NATO summit'; null if none."
    )
    kind: MeetingKind = Field(
        default=MeetingKind.IN_PERSON, description="in_person, call (phone) or virtual (video)."
    )
    status: MeetingStatus = Field(
        default=MeetingStatus.HELD,
        description="held (already happened), planned (future) or cancelled.",
    )
    topics: list[str] = Field(default_factory=list, description="Short noun phrases, at most 5.")
    agreements: list[Agreement] = Field(default_factory=list)
    evidence: list[Evidence] = Field(
        default_factory=list, description="Spans that report this meeting."
    )
    sources: list[str] = Field(
        default_factory=list, description="Ids of the articles that report this meeting."
    )

    def with_id(self) -> Meeting:
        """Return a copy whose `id` is derived from sources, participants and date."""
        names = sorted(p.key for p in self.participants)
        basis = "|".join([*sorted(self.sources), *names, str(self.date or self.date_text or "")])
        digest = hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]
        return self.model_copy(update={"id": f"m-{digest}"})


class Usage(_Record):
    """Tokens and requests spent on one article, failed attempts and re-asks included."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    failed_requests: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            requests=self.requests + other.requests,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            failed_requests=self.failed_requests + other.failed_requests,
        )


class Failure(_Record):
    """Why an article produced no result: a machine-readable reason and advice."""

    reason: str = Field(
        description="Short code, e.g. 'empty_input', 'binary_input', 'provider_timeout'."
    )
    message: str = Field(description="What happened and what to do next.")
    attempts: int = 0


class ArticleExtraction(_Record):
    """Everything extracted from one article: one line of the JSONL output."""

    article_id: str
    published: dt.date | None = None
    published_source: str | None = Field(
        default=None,
        description="Where `published` came from: 'given', 'dateline', 'published_line', 'header'.",
    )
    title: str | None = None
    url: str | None = None
    meetings: list[Meeting] = Field(default_factory=list)
    officials: list[Official] = Field(
        default_factory=list, description="Each person once, with every alias used."
    )
    model: str = ""
    prompt_version: str = ""
    schema_version: str = SCHEMA_VERSION
    usage: Usage = Field(default_factory=Usage)
    error: Failure | None = None
    text_sha256: str = ""
    text: str | None = Field(
        default=None, description="The article text the evidence offsets point into."
    )

    @property
    def ok(self) -> bool:
        return self.error is None


def _name_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(ch for ch in folded if ch.isalnum() or ch.isspace())
    return " ".join(sorted(kept.split()))


def validate_against(extraction: ArticleExtraction, text: str) -> ArticleExtraction:
    """Re-validate an extraction with every evidence span checked against `text`."""
    data: dict[str, Any] = extraction.model_dump(mode="json")
    return ArticleExtraction.model_validate(data, context={"text": text})
