"""The naive baseline: one structured call per whole article, no code-side resolution.

Kept for side-by-side measurement (`extract eval --naive`, `benchmarks/bench_quality.py`):
the model fills the whole record, dates included, from the full article at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, Field

from ._api import Extractor, Published, _default_id
from ._config import Settings
from ._models import (
    Agreement,
    AgreementType,
    ArticleExtraction,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
)
from ._pipeline import resolve_published
from ._resources import prompt, prompt_version

NAIVE_MAX_TOKENS = 1500


class NaivePerson(BaseModel):
    name: str
    title: str | None = None
    country: str | None = None


class NaiveAgreement(BaseModel):
    summary: str
    type: Literal["signed_document", "commitment", "intent_to_meet", "other"]


class NaiveMeeting(BaseModel):
    participants: list[NaivePerson]
    date: str | None = Field(default=None, description="YYYY-MM-DD")
    date_text: str | None = None
    location: str | None = None
    kind: Literal["in_person", "call", "virtual"]
    status: Literal["held", "planned", "cancelled"]
    agreements: list[NaiveAgreement] = Field(default_factory=list)


class NaiveResult(BaseModel):
    meetings: list[NaiveMeeting]


class NaiveExtractor(Extractor):
    """Same interface as `Extractor`; a different prompt version keeps caches apart."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__(settings)
        self.prompt_version = naive_version()

    async def aextract(
        self,
        text: str,
        *,
        published: Published = None,
        article_id: str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> ArticleExtraction:
        pub, source = resolve_published(text, published)
        messages = [
            {"role": "system", "content": prompt("naive_system")},
            {
                "role": "user",
                "content": prompt("naive_user").format(
                    published=pub.isoformat() if pub else "unknown", article=text
                ),
            },
        ]
        client = await self._connect()
        result, usage = await client.complete(messages, NaiveResult, max_tokens=NAIVE_MAX_TOKENS)
        aid = article_id or _default_id(text)
        return ArticleExtraction(
            article_id=aid,
            published=pub,
            published_source=source,
            title=title,
            url=url,
            meetings=[_meeting(m, aid) for m in result.meetings],
            model=self.settings.model,
            prompt_version=naive_version(),
            usage=usage,
            text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            text=text,
        )


def naive_version() -> str:
    return "naive-" + prompt_version()


def _meeting(draft: NaiveMeeting, article_id: str) -> Meeting:
    try:
        date = dt.date.fromisoformat(draft.date) if draft.date else None
    except ValueError:
        date = None
    people = [Official(name=p.name, title=p.title, country=p.country) for p in draft.participants]
    return Meeting(
        participants=people,
        date=date,
        date_text=draft.date_text,
        location=draft.location,
        kind=MeetingKind(draft.kind),
        status=MeetingStatus(draft.status),
        agreements=[
            Agreement(
                summary=a.summary, type=AgreementType(a.type), parties=[p.name for p in people]
            )
            for a in draft.agreements
        ],
        sources=[article_id],
    ).with_id()
