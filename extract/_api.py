"""The library facade: `Extractor` and the one-call helpers.

    >>> from extract import extract_meetings
    >>> meetings = extract_meetings(text, published="2026-03-12")

Settings are resolved once (`resolve_settings`) and passed in frozen; with none,
the flag-less resolution (env > extract.toml > embedded default) is used.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from types import TracebackType
from typing import Any

from . import _pipeline
from ._config import Settings, resolve_settings
from ._drafts import PassageDraft
from ._embedded import EmbeddedServer
from ._exceptions import ProviderUnavailable
from ._models import ArticleExtraction, Meeting, Usage
from ._provider import ModelClient

Published = dt.date | dt.datetime | str | None


class Extractor:
    """Holds one model connection (and the embedded server, when used) for many articles."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or resolve_settings()
        self.prompt_version = _pipeline.version()
        self._server: EmbeddedServer | None = None
        self._client: ModelClient | None = None
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> Extractor:
        # Connect (and start the embedded server) on the first model call, so a run
        # answered entirely from the cache never loads the model.
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _connect(self) -> ModelClient:
        async with self._lock:
            if self._client is None:
                base_url = None
                if self.settings.is_local:
                    self._server = EmbeddedServer(self.settings)
                    base_url = await asyncio.to_thread(self._server.start)
                self._client = ModelClient(self.settings, base_url)
            return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
        if self._server is not None:
            await asyncio.to_thread(self._server.stop)
            self._server = None

    @property
    def load_seconds(self) -> float:
        return self._server.load_seconds if self._server else 0.0

    async def _complete(
        self, messages: list[dict[str, str]], model: type[PassageDraft], max_tokens: int
    ) -> tuple[PassageDraft, Usage]:
        client = await self._connect()
        try:
            return await client.complete(messages, model, max_tokens=max_tokens)
        except ProviderUnavailable:
            # The embedded server died: restart it once per run, then report.
            if self._server is None or self._server.alive():
                raise
            restarted = await asyncio.to_thread(self._server.restart_once)
            if not restarted:
                raise
            await client.aclose()
            self._client = ModelClient(self.settings, self._server.url)
            return await self._client.complete(messages, model, max_tokens=max_tokens)

    async def aextract(
        self,
        text: str,
        *,
        published: Published = None,
        article_id: str | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> ArticleExtraction:
        """Extract one article; raises InputError or ProviderError (with usage spent)."""
        result = await _pipeline.run(
            text,
            complete=self._complete,
            published=published,
            article_id=article_id or _default_id(text),
            model=self.settings.model,
            sequential=self.settings.effective_concurrency <= 1,
        )
        return result.model_copy(update={"title": title, "url": url})

    def extract(self, text: str, **kwargs: Any) -> ArticleExtraction:
        """Synchronous `aextract` (not for use inside a running event loop)."""
        return asyncio.run(self._once(text, **kwargs))

    async def _once(self, text: str, **kwargs: Any) -> ArticleExtraction:
        try:
            return await self.aextract(text, **kwargs)
        finally:
            await self.aclose()


def _default_id(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


async def extract_article_async(
    text: str,
    *,
    published: Published = None,
    config: Settings | None = None,
    article_id: str | None = None,
) -> ArticleExtraction:
    """Everything extracted from one article: meetings, officials, usage."""
    async with Extractor(config) as extractor:
        return await extractor.aextract(text, published=published, article_id=article_id)


async def extract_meetings_async(
    text: str, *, published: Published = None, config: Settings | None = None
) -> list[Meeting]:
    """The meetings reported in one article."""
    return (await extract_article_async(text, published=published, config=config)).meetings


def extract_article(
    text: str,
    *,
    published: Published = None,
    config: Settings | None = None,
    article_id: str | None = None,
) -> ArticleExtraction:
    return asyncio.run(
        extract_article_async(text, published=published, config=config, article_id=article_id)
    )


def extract_meetings(
    text: str, *, published: Published = None, config: Settings | None = None
) -> list[Meeting]:
    return asyncio.run(extract_meetings_async(text, published=published, config=config))
