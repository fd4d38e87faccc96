"""One real extraction with the embedded default model (no API key, no network).

Slow (assembles the 1.1 GB model on first use, loads it, runs a few passages):
skip locally with `pytest -m "not embedded"`. In CI (`CI` set) a missing
`[local]` extra is a failure, not a skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import time
from pathlib import Path

import pytest

from extract import extract_article, resolve_settings
from extract._models import validate_against

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "02_phone_call.txt"


@pytest.mark.embedded
@pytest.mark.timeout(1800)  # first use assembles 1.1 GB and loads it; a busy machine is slow
def test_embedded_model_extracts_a_phone_call_offline(tmp_path: Path) -> None:
    if importlib.util.find_spec("llama_cpp") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install the [local] extra: llama-cpp-python is missing")
        pytest.skip("the [local] extra is not installed")
    text = EXAMPLE.read_text(encoding="utf-8")
    gold = json.loads(EXAMPLE.with_suffix(".gold.json").read_text(encoding="utf-8"))
    settings = resolve_settings(env={}, cwd=tmp_path)  # the embedded default, no key
    assert settings.model.startswith("local/")

    started = time.monotonic()
    result = extract_article(text, published=gold["published"], config=settings)
    seconds = time.monotonic() - started

    print(f"\nembedded e2e: {seconds:.1f}s, usage {result.usage}")
    assert result.meetings, "the embedded model found no meeting in a plain phone-call report"
    call = result.meetings[0]
    gold_names = {p["name"].split()[-1] for p in gold["meetings"][0]["participants"]}
    found = {p.name.split()[-1] for p in call.participants}
    assert gold_names & found, f"participants {found} share nothing with {gold_names}"
    assert call.kind.value == gold["meetings"][0]["kind"]
    assert result.usage.requests >= 1
    assert result.usage.completion_tokens > 0
    validate_against(result, text)  # every evidence span is exact
