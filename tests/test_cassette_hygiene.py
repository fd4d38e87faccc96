"""Cassettes are committed, so they must never hold credentials."""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openai
import pytest

from tests.conftest import CASSETTES, cassette_recorder

# Read at import: the autouse fixture removes it from the environment before each test.
LIVE_KEY = os.environ.get("OPENAI_API_KEY", "")
FAKE_KEY = "sk-test-0123456789abcdefGHIJ"

LEAKS = {
    # A header key as YAML (`authorization:`) or JSON (`"Authorization": [`) serializes it.
    "Authorization header": re.compile(
        r"(?im)^\s*['\"]?authorization['\"]?\s*:|\"authorization\"\s*:\s*\["
    ),
    # Long enough that prose such as "standard-bearer of" never matches.
    "bearer token": re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{16,}"),
    "sk- key": re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),
}


def find_leaks(text: str, live_key: str = LIVE_KEY) -> list[str]:
    found = [name for name, pattern in LEAKS.items() if pattern.search(text)]
    if len(live_key) >= 8 and live_key in text:
        found.append("value of OPENAI_API_KEY")
    return found


def _cassette_files() -> list[Path]:
    return sorted(p for p in CASSETTES.rglob("*") if p.is_file()) if CASSETTES.is_dir() else []


@pytest.mark.parametrize("path", _cassette_files(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_committed_cassette_holds_no_credentials(path: Path):
    text = path.read_text(encoding="utf-8", errors="replace")
    leaks = find_leaks(text)
    assert not leaks, f"{path} contains {', '.join(leaks)}: delete it and re-record"


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("    headers:\n      Authorization:\n      - xyz\n", "Authorization header"),
        ('{"headers": {"authorization": ["xyz"]}}', "Authorization header"),
        ("token: Bearer eyJhbGciOiJIUzI1NiJ9.payload", "bearer token"),
        (f"key={FAKE_KEY}", "sk- key"),
    ],
)
def test_scanner_flags_each_kind_of_credential(text: str, leak: str):
    assert leak in find_leaks(text, live_key="")


def test_scanner_flags_the_live_key_and_ignores_prose():
    assert find_leaks("the key is abcd1234efgh", live_key="abcd1234efgh") == [
        "value of OPENAI_API_KEY"
    ]
    prose = "The standard-bearer of the party sought authorization: talks on a task-force."
    assert find_leaks(prose, live_key="") == []


COMPLETION = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "hello"},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
}


class _ChatHandler(BaseHTTPRequestHandler):
    """Answers any POST with one fixed chat completion and a session cookie."""

    def do_POST(self) -> None:
        assert isinstance(self.server, _ChatServer)
        self.server.authorizations.append(self.headers.get("Authorization", ""))
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(COMPLETION).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", "session=s3cr3t-session-value")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


class _ChatServer(ThreadingHTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ChatHandler)
        self.authorizations: list[str] = []  # the Authorization header of each request


@pytest.fixture
def local_server() -> Iterator[tuple[str, list[str]]]:
    """(base URL, the Authorization header of each request it received)."""
    server = _ChatServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", server.authorizations
    finally:
        server.shutdown()
        server.server_close()


async def _ask(base_url: str) -> str | None:
    # The same client the toolkit uses; it sends `Authorization: Bearer <api_key>`.
    client = openai.AsyncOpenAI(
        base_url=base_url,
        api_key=FAKE_KEY,
        max_retries=0,
        timeout=10,
        default_headers={"api-key": FAKE_KEY, "x-api-key": FAKE_KEY},
    )
    try:
        answer = await client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "hi"}]
        )
    finally:
        await client.close()
    return answer.choices[0].message.content


def test_recorder_stores_no_credentials_from_the_request(
    local_server: tuple[str, list[str]], tmp_path: Path
):
    url, authorizations = local_server
    cassette = tmp_path / "secret.yaml"
    with cassette_recorder(record=True).use_cassette(str(cassette)):
        assert asyncio.run(_ask(url)) == "hello"
    assert authorizations == [f"Bearer {FAKE_KEY}"], "the request did not carry the key"

    stored = cassette.read_text(encoding="utf-8")
    assert "/v1/chat/completions" in stored, "the request was not recorded"
    assert find_leaks(stored, live_key=FAKE_KEY) == []
    assert "s3cr3t-session-value" not in stored

    # The scrubbed cassette still replays the call.
    with cassette_recorder(record=False).use_cassette(str(cassette)) as cass:
        assert asyncio.run(_ask(url)) == "hello"
    assert cass.play_count == 1
    assert len(authorizations) == 1, "the replay reached the server"
