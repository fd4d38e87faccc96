"""Run the real pipeline over recorded model answers (cassettes of live runs)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from conftest import CASSETTES, REPLAY_URL, cassette_recorder

from extract._api import Extractor
from extract._config import resolve_settings
from extract._gold import GoldArticle
from extract._models import ArticleExtraction


def replay(
    article: GoldArticle, *, set_name: str, tmp: Path, system: str = "pipeline"
) -> ArticleExtraction:
    """The pipeline's result for a gold article, from `cassettes/quality/<system>/<set>/`."""
    folder = CASSETTES / "quality" / system / set_name
    recorder = cassette_recorder(record=False)
    recorder.cassette_library_dir = str(folder)
    settings = resolve_settings(
        model="llamacpp/qwen2.5-coder-1.5b", base_url=REPLAY_URL, env={}, cwd=tmp
    )

    async def run() -> ArticleExtraction:
        async with Extractor(settings) as extractor:
            with recorder.use_cassette(f"{article.id}.yaml"):
                return await extractor.aextract(
                    article.text, published=article.published, article_id=article.id
                )

    return asyncio.run(run())
