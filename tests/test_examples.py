"""The example articles, through the real pipeline, on recorded answers of the embedded model."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.replay import replay

from extract._gold import load_gold
from extract._models import validate_against

EXAMPLES = load_gold(Path(__file__).resolve().parent.parent / "examples")
BY_ID = {a.id: a for a in EXAMPLES}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("replay")
    return {a.id: replay(a, set_name="examples", tmp=tmp) for a in EXAMPLES}


@pytest.mark.parametrize("article_id", sorted(BY_ID))
def test_every_evidence_span_points_at_its_quote(results: dict, article_id: str) -> None:  # type: ignore[type-arg]
    result = results[article_id]
    validate_against(result, BY_ID[article_id].text)  # raises on any mismatch
    for meeting in result.meetings:
        assert meeting.evidence, "a meeting without evidence"
        assert len(meeting.participants) >= 2
        for person in meeting.participants:
            assert person.name.split()[-1].casefold() in BY_ID[article_id].text.casefold()


def test_no_meeting_article_yields_no_meeting(results: dict) -> None:  # type: ignore[type-arg]
    assert results["05_no_meeting"].meetings == []


def test_officials_are_listed_once_each(results: dict) -> None:  # type: ignore[type-arg]
    for result in results.values():
        names = [o.name for o in result.officials]
        assert len(names) == len(set(names)), names


def test_replay_needs_no_model_and_no_llama_cpp(results: dict) -> None:  # type: ignore[type-arg]
    """Cassette tests run without the [local] extra: nothing imported llama.cpp."""
    import sys

    assert results
    assert "llama_cpp" not in sys.modules
