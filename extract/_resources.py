"""Finds the data that ships with the package: `prompts/` and `schemas/`.

In a wheel they live at `extract/_data/`; in a source checkout they are the
top-level folders of the repository.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from ._exceptions import ModelSetupError

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `prompts` or `schemas`, wherever this install keeps it."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise ModelSetupError(
        f"the package's {name}/ folder is missing (looked in {_PACKAGE / '_data'} and "
        f"{_PACKAGE.parent}); reinstall diplomatic-extract"
    )


@cache
def prompt(name: str) -> str:
    """The text of `prompts/<name>.md`."""
    path = data_dir("prompts") / f"{name}.md"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError as exc:
        raise ModelSetupError(
            f"prompt file {path} is missing; reinstall diplomatic-extract"
        ) from exc


@cache
def prompt_version() -> str:
    """A digest of every prompt file: changing any prompt invalidates cached results."""
    digest = hashlib.sha256()
    for path in sorted(data_dir("prompts").glob("*.md")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
