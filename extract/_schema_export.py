"""Writes `schemas/<Name>.json` from the Pydantic classes and detects stale files.

The committed schemas are the contract other tools read without importing
Python, so they must never drift from the classes: `extract schemas --check`
(and `tests/test_schemas.py`) fail when they do.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from ._consolidate import Corpus
from ._drafts import PassageDraft
from ._exceptions import ExtractError
from ._models import Agreement, ArticleExtraction, Evidence, Failure, Meeting, Official, Usage
from ._resources import data_dir

# Public records, the model-facing draft and the consolidated corpus.
EXPORTED: tuple[type[BaseModel], ...] = (
    Evidence,
    Official,
    Agreement,
    Meeting,
    Usage,
    Failure,
    ArticleExtraction,
    PassageDraft,
    Corpus,
)


def render_schemas() -> dict[str, str]:
    """File name → the exact text `write_schemas` puts in that file."""
    return {
        f"{model.__name__}.json": json.dumps(
            model.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False
        )
        + "\n"
        for model in EXPORTED
    }


def write_schemas(check: bool = False) -> list[str]:
    """Bring `schemas/` in line with the classes; return the names of the files involved.

    Writing returns the files changed (rewritten, created or removed as orphans).
    With `check=True` nothing is written and the stale, missing or orphaned
    file names are returned; an empty list means the folder is up to date.
    """
    folder = data_dir("schemas")
    expected = render_schemas()
    stale = [name for name, text in expected.items() if _read(folder / name) != text]
    orphans = sorted(p.name for p in folder.glob("*.json") if p.name not in expected)
    if check:
        return sorted([*stale, *orphans])
    try:
        for name in stale:
            (folder / name).write_text(expected[name], encoding="utf-8")
        for name in orphans:
            (folder / name).unlink()
    except OSError as exc:
        raise ExtractError(
            f"cannot write schemas to {folder}: {exc.strerror}; run `extract schemas` from a "
            "writable source checkout"
        ) from exc
    return sorted([*stale, *orphans])


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
