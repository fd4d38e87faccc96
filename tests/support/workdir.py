"""A working folder for `extract` commands run in tests: no settings leak in from the
environment, and an `extract.toml` points at a stand-in server."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract._config import _ENV_KEYS


def clear_extract_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Drop every variable `extract` reads, so the machine's own settings cannot leak in."""
    for key in [*_ENV_KEYS, "XDG_CACHE_HOME"]:
        monkeypatch.delenv(key, raising=False)


def standin_workdir(folder: Path, monkeypatch: pytest.MonkeyPatch, url: str) -> Path:
    """`folder` as the current directory, configured for the stand-in at `url` with a
    cache inside it and no retries."""
    clear_extract_env(monkeypatch)
    monkeypatch.chdir(folder)
    (folder / "extract.toml").write_text(
        f'model = "compatible/standin"\nbase_url = "{url}"\n'
        f'cache_dir = "{(folder / "cache").as_posix()}"\nmax_attempts = 1\n',
        encoding="utf-8",
    )
    return folder
