"""Settings for a run against the stand-in server: no environment, no config file, a
private cache, and a short backoff so fault tests do not sleep."""

from __future__ import annotations

from pathlib import Path

from extract._config import Settings, resolve_settings
from tests.support.standin_server import StandinServer


def standin_settings(server: StandinServer, tmp_path: Path, **flags: object) -> Settings:
    flags.setdefault("max_backoff", 0.01)
    return resolve_settings(
        model="compatible/standin",
        base_url=server.url,
        cache_dir=tmp_path / "cache",
        env={},
        cwd=tmp_path,
        **flags,
    )
