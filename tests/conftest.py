"""Shared fixtures: isolated config/cache dirs and vcrpy cassettes of real model runs.

Cassettes under `cassettes/` were recorded from the embedded model
(llama.cpp server running Qwen2.5-Coder-1.5B). They replay offline; to
re-record, start a server (`extract serve`) and run
`benchmarks/bench_quality.py SET --record URL` (see the README).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import vcr

from extract._config import Settings, resolve_settings

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
RECORD_URL = os.environ.get("EXTRACT_RECORD_URL")
REPLAY_URL = "http://127.0.0.1:9/v1"  # never contacted: replay only
SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "openai-organization", "cookie"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--record", action="store_true", help="re-record cassettes against EXTRACT_RECORD_URL"
    )


def _scrub_response(response: dict) -> dict:  # type: ignore[type-arg]
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in {"set-cookie", "openai-organization"}:
            del headers[name]
    return response


def cassette_recorder(record: bool) -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="all" if record else "none",
        # Host and port differ between runs (free port); the request body identifies a call.
        match_on=["method", "path", "body"],
        filter_headers=SECRET_HEADERS,
        before_record_response=_scrub_response,
        decode_compressed_response=True,
    )


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads the developer's config, keys or cache."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    for key in ("EXTRACT_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "EXTRACT_CACHE_DIR"):
        monkeypatch.delenv(key, raising=False)


@pytest.fixture
def recording(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--record"))


@pytest.fixture
def model_settings(recording: bool, tmp_path: Path) -> Settings:
    """Settings that send exactly what the embedded model is sent (llama.cpp schema mode)."""
    if recording and not RECORD_URL:
        pytest.fail("--record needs EXTRACT_RECORD_URL pointing at a running `extract serve`")
    return resolve_settings(
        model="llamacpp/qwen2.5-coder-1.5b",
        base_url=RECORD_URL if recording else REPLAY_URL,
        cache_dir=tmp_path / "cache",
        env={},
        cwd=tmp_path,
    )


@pytest.fixture
def cassette(request: pytest.FixtureRequest, recording: bool) -> Iterator[object]:
    """Replays `cassettes/<test name>.yaml` (records it with --record)."""
    name = request.node.originalname or request.node.name
    with cassette_recorder(recording).use_cassette(f"{name}.yaml") as cass:
        yield cass
