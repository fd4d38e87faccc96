"""Result cache: hits, misses, invalidation by model/prompt, and clear errors on bad files."""

from __future__ import annotations

import sqlite3

import pytest

from extract._cache import ResultCache
from extract._exceptions import CacheError
from extract._models import ArticleExtraction, Failure, Meeting, Official

TEXT = "Foreign ministers Cho Hyun and Marco Rubio met in Washington on Monday."


def result(article_id: str = "a1", model: str = "openai/gpt-4o-mini", prompt: str = "p1"):
    meeting = Meeting(
        participants=[Official(name="Cho Hyun", country="South Korea", country_code="KR")],
        location="Washington",
        sources=[article_id],
    ).with_id()
    return ArticleExtraction(
        article_id=article_id, meetings=[meeting], model=model, prompt_version=prompt
    )


@pytest.fixture
def cache(tmp_path):
    with ResultCache(tmp_path / "deep" / "folder" / "cache.sqlite3") as opened:
        yield opened


def test_miss_then_hit_returns_the_same_result(cache):
    key = ResultCache.key(TEXT, "openai/gpt-4o-mini", "p1", "1")
    assert cache.get(key) is None
    stored = result()
    cache.put(key, stored)
    assert cache.get(key) == stored
    assert cache.stats() == {"entries": 1, "models": 1, "hits": 1, "misses": 1, "writes": 1}


def test_key_depends_on_text_model_prompt_and_schema():
    base = ResultCache.key(TEXT, "m", "p", "1")
    assert base == ResultCache.key(TEXT, "m", "p", "1")
    variants = {
        ResultCache.key(TEXT + " ", "m", "p", "1"),
        ResultCache.key(TEXT, "m2", "p", "1"),
        ResultCache.key(TEXT, "m", "p2", "1"),
        ResultCache.key(TEXT, "m", "p", "2"),
    }
    assert base not in variants
    assert len(variants) == 4


def test_changing_model_misses_only_that_models_entries(cache):
    old = ResultCache.key(TEXT, "openai/gpt-4o-mini", "p1", "1")
    cache.put(old, result())
    new = ResultCache.key(TEXT, "ollama/qwen2.5:7b", "p1", "1")
    assert cache.get(new) is None
    cache.put(new, result(model="ollama/qwen2.5:7b"))
    assert cache.get(old).model == "openai/gpt-4o-mini"
    assert cache.get(new).model == "ollama/qwen2.5:7b"
    assert cache.stats()["models"] == 2


def test_changing_prompt_version_misses_and_clear_drops_only_that_version(cache):
    v1 = ResultCache.key(TEXT, "m", "p1", "1")
    v2 = ResultCache.key(TEXT, "m", "p2", "1")
    cache.put(v1, result(model="m", prompt="p1"))
    assert cache.get(v2) is None
    cache.put(v2, result(model="m", prompt="p2"))
    assert cache.clear(model="m", prompt_version="p1") == 1
    assert cache.get(v1) is None
    assert cache.get(v2) is not None


def test_failed_results_are_not_cached(cache):
    key = ResultCache.key(TEXT, "m", "p", "1")
    failed = ArticleExtraction(
        article_id="a1", error=Failure(reason="provider_timeout", message="timed out")
    )
    cache.put(key, failed)
    assert cache.get(key) is None
    assert cache.stats()["entries"] == 0


def test_entries_survive_reopening(tmp_path):
    path = tmp_path / "cache.sqlite3"
    key = ResultCache.key(TEXT, "m", "p", "1")
    with ResultCache(path) as first:
        first.put(key, result())
    with ResultCache(path) as second:
        assert second.get(key) == result()


def test_corrupt_database_file_raises_cache_error_with_advice(tmp_path):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheError) as info:
        ResultCache(path)
    assert "delete" in info.value.message
    assert "--no-cache" in info.value.message
    assert str(path) in info.value.message


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE results (id INTEGER, payload BLOB)")
    with pytest.raises(CacheError, match="--no-cache"):
        ResultCache(path)


def test_cache_path_that_is_a_folder_raises_cache_error(tmp_path):
    with pytest.raises(CacheError, match="--no-cache"):
        ResultCache(tmp_path)


def test_undecodable_entry_is_treated_as_a_miss(cache):
    key = ResultCache.key(TEXT, "m", "p", "1")
    cache.put(key, result())
    with sqlite3.connect(cache.path) as conn:
        conn.execute("UPDATE results SET result = '{\"unexpected\": 1}'")
    assert cache.get(key) is None
    assert cache.stats()["entries"] == 0
