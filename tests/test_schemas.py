"""The committed `schemas/*.json` match the classes and describe what the toolkit writes."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from extract import _pipeline
from extract._consolidate import consolidate
from extract._drafts import PassageDraft
from extract._models import ArticleExtraction, Failure, Usage
from extract._resources import data_dir
from extract._schema_export import render_schemas, write_schemas
from tests.support.standin_server import STANDIN_DRAFT, standin_article

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def test_committed_schemas_match_the_classes():
    stale = write_schemas(check=True)
    assert not stale, f"stale or missing schema file(s) {stale}: run `extract schemas`"


def test_every_committed_schema_file_is_generated_from_a_class():
    committed = sorted(p.name for p in SCHEMAS.glob("*.json"))
    assert committed == sorted(render_schemas()), "run `extract schemas` to add or drop files"
    for name in committed:
        text = (SCHEMAS / name).read_text(encoding="utf-8")
        assert text == render_schemas()[name], f"schemas/{name} is stale: run `extract schemas`"


def test_check_reports_an_edited_schema_without_rewriting_it(tmp_path, monkeypatch):
    for name, text in render_schemas().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "Meeting.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "Usage.json").unlink()
    monkeypatch.setattr("extract._schema_export.data_dir", lambda _name: tmp_path)

    assert write_schemas(check=True) == ["Meeting.json", "Usage.json"]
    assert (tmp_path / "Meeting.json").read_text(encoding="utf-8") == "{}\n"

    assert write_schemas() == ["Meeting.json", "Usage.json"]
    assert write_schemas(check=True) == []


def test_schemas_folder_resolves_to_the_repository_checkout():
    assert data_dir("schemas") == SCHEMAS


def _extraction_from_the_pipeline() -> ArticleExtraction:
    text = standin_article(1)

    async def complete(messages, model, max_tokens):
        return PassageDraft.model_validate(STANDIN_DRAFT), Usage(requests=1, prompt_tokens=90)

    return asyncio.run(
        _pipeline.run(text, complete=complete, published="2026-03-12", article_id="a1", model="m")
    )


def _load(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))


def _problems(value: Any, schema: dict[str, Any], root: dict[str, Any], at: str) -> list[str]:
    """Structural check: types, required keys, no unknown keys, enums; follows $ref/anyOf."""
    if "$ref" in schema:
        return _problems(value, root["$defs"][schema["$ref"].rsplit("/", 1)[-1]], root, at)
    if "anyOf" in schema:
        options = [_problems(value, option, root, at) for option in schema["anyOf"]]
        return [] if any(not found for found in options) else min(options, key=len)
    if "enum" in schema and value not in schema["enum"]:
        return [f"{at}: {value!r} not in {schema['enum']}"]
    kind = schema.get("type")
    is_bool_as_number = kind in ("integer", "number") and isinstance(value, bool)
    if kind and (not isinstance(value, JSON_TYPES[kind]) or is_bool_as_number):
        return [f"{at}: expected {kind}, got {type(value).__name__}"]
    found: list[str] = []
    if kind == "object":
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        found += [f"{at}: missing required {key!r}" for key in required if key not in value]
        if schema.get("additionalProperties") is False:
            found += [f"{at}: unknown key {key!r}" for key in value if key not in properties]
        for key, item in value.items():
            if key in properties:
                found += _problems(item, properties[key], root, f"{at}.{key}")
    if kind == "array" and "items" in schema:
        for index, item in enumerate(value):
            found += _problems(item, schema["items"], root, f"{at}[{index}]")
    return found


def _validate(value: Any, name: str) -> list[str]:
    schema = _load(name)
    return _problems(value, schema, schema, name)


def test_article_extraction_schema_accepts_a_pipeline_result():
    extraction = _extraction_from_the_pipeline()
    assert extraction.meetings, "the canned draft should yield a meeting to check"
    dump = extraction.model_dump(mode="json")
    # Nested records are present, so their required keys are really checked.
    assert dump["meetings"][0]["participants"]
    assert dump["meetings"][0]["evidence"]
    assert _validate(dump, "ArticleExtraction") == []


def test_article_extraction_schema_rejects_a_dump_missing_required_keys():
    dump = _extraction_from_the_pipeline().model_dump(mode="json")
    del dump["article_id"]
    del dump["meetings"][0]["participants"][0]["name"]
    del dump["meetings"][0]["evidence"][0]["quote"]
    problems = _validate(dump, "ArticleExtraction")
    assert any("'article_id'" in p for p in problems)
    assert any(".participants[0]: missing required 'name'" in p for p in problems)
    assert any(".evidence[0]: missing required 'quote'" in p for p in problems)


def test_failed_extraction_and_corpus_fit_their_schemas():
    failed = ArticleExtraction(
        article_id="x", error=Failure(reason="empty_input", message="the article is empty")
    )
    assert _validate(failed.model_dump(mode="json"), "ArticleExtraction") == []
    corpus = consolidate([_extraction_from_the_pipeline()])
    assert corpus.meetings
    assert _validate(corpus.model_dump(mode="json"), "Corpus") == []


def test_draft_schema_accepts_a_model_answer_and_requires_kind_and_status():
    assert _validate(STANDIN_DRAFT, "PassageDraft") == []
    problems = _validate({"meetings": [{"participants": []}]}, "PassageDraft")
    assert any("missing required 'kind'" in p for p in problems)
    assert any("missing required 'status'" in p for p in problems)
