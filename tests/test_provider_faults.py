"""Provider faults against the stand-in server: each is retried by the one policy that owns
it, a fault that clears gives a normal result, and a fault that persists becomes an error
record naming the cause, the attempts and the tokens spent.

Policy (see docs/RELIABILITY.md): tenacity retries timeouts, connection errors, 429 (honouring
Retry-After, capped at max_backoff), 5xx and truncated output (with a doubled token budget) up to
`max_attempts`; instructor re-asks invalid or schema-breaking output `max_reasks` times.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import extract._api
from extract._api import Extractor
from extract._batch import run_batch
from extract._config import Settings, resolve_settings
from extract._embedded import EmbeddedServer
from extract._inputs import Article
from extract._models import ArticleExtraction
from extract._output import read_results
from extract._progress import Progress
from extract._summary import BatchSummary
from tests.support.standin_server import FAULTS, StandinServer, standin_article

REPO = Path(__file__).resolve().parents[1]
ATTEMPTS = 3
TIMEOUT = 0.3  # client timeout; the stand-in hangs for 2 s on a "timeout" fault

# Faults tenacity retries, the reason their final error record carries and words of its message.
TRANSIENT = {
    "timeout": ("provider_timeout", f"did not answer within {TIMEOUT:g}s"),
    "drop": ("provider_unavailable", "cannot reach"),
    "429": ("rate_limited", "HTTP 429"),
    "500": ("provider_unavailable", "HTTP 500"),
    "503": ("provider_unavailable", "HTTP 503"),
    "length": ("truncated_output", "token limit"),
}
REASKED = ("invalid_json", "schema_break")  # instructor's re-asks, never tenacity's retries


def _settings(url: str, tmp_path: Path, **flags: object) -> Settings:
    flags.setdefault("max_attempts", ATTEMPTS)
    flags.setdefault("max_backoff", 0.01)
    flags.setdefault("timeout", TIMEOUT)
    return resolve_settings(
        model="compatible/standin",
        base_url=url,
        cache_dir=tmp_path / "cache",
        env={},
        cwd=tmp_path,
        **flags,
    )


def _extract_one(
    settings: Settings, tmp_path: Path, article: Article | None = None
) -> ArticleExtraction:
    """One article through the batch runner; returns the record written to the output."""
    out = tmp_path / "out.jsonl"
    _run(settings, [article or Article("a1", standin_article(1), "a1")], out)
    [result] = list(read_results(out))
    return result


def _run(
    settings: Settings,
    articles: list[Article],
    out: Path,
    on_result: Callable[[int, ArticleExtraction], None] | None = None,
) -> BatchSummary:
    async def go() -> BatchSummary:
        async with Extractor(settings) as extractor:
            return await run_batch(
                articles,
                extractor=extractor,
                output=out,
                cache=None,
                concurrency=1,
                progress=Progress(quiet=True),
                on_result=on_result,
            )

    return asyncio.run(go())


@pytest.mark.parametrize("fault", sorted(TRANSIENT))
def test_persistent_transient_fault_is_retried_then_recorded_with_cause_and_attempts(
    tmp_path, fault
):
    reason, cause = TRANSIENT[fault]
    with StandinServer(latency=0.01, hang_seconds=2, script=[fault] * 10) as server:
        result = _extract_one(_settings(server.url, tmp_path), tmp_path)
        requests = server.requests

    assert requests == ATTEMPTS  # retried up to max_attempts, then given up
    assert result.error is not None
    assert result.error.reason == reason
    assert cause in result.error.message
    assert result.error.attempts == ATTEMPTS
    assert result.usage.requests == result.usage.failed_requests == ATTEMPTS
    assert result.meetings == []


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_that_clears_on_the_next_attempt_gives_a_normal_result(tmp_path, fault):
    with StandinServer(latency=0.01, hang_seconds=2, script=[fault, None]) as server:
        result = _extract_one(_settings(server.url, tmp_path), tmp_path)
        requests = server.requests

    assert requests == 2
    assert result.error is None
    assert [sorted(p.name for p in m.participants) for m in result.meetings] == [
        ["Anna Berg", "John Carter"]
    ]
    assert all(ev.matches(result.text or "") for m in result.meetings for ev in m.evidence)
    assert result.usage.prompt_tokens > 0
    assert result.usage.completion_tokens > 0
    if fault in TRANSIENT:  # re-asks are counted too
        assert (result.usage.requests, result.usage.failed_requests) == (2, 1)


@pytest.mark.parametrize("fault", REASKED)
def test_reask_that_succeeds_is_counted_as_two_requests(tmp_path, fault):
    with StandinServer(latency=0.01, script=[fault, None]) as server:
        result = _extract_one(_settings(server.url, tmp_path), tmp_path)

    assert (result.usage.requests, result.usage.failed_requests) == (2, 1)


@pytest.mark.parametrize("fault", REASKED)
def test_bad_output_is_reasked_by_instructor_not_retried_by_tenacity(tmp_path, fault):
    with StandinServer(latency=0.01, script=[fault] * 10) as server:
        settings = _settings(server.url, tmp_path, max_reasks=1)
        result = _extract_one(settings, tmp_path)
        requests = server.requests

    assert requests == 2  # the answer plus one re-ask; max_attempts=3 is not applied on top
    assert result.error is not None
    assert result.error.reason == "bad_model_output"
    assert "did not fit the schema after 2 attempt(s)" in result.error.message
    assert result.error.attempts == 2
    assert result.usage.requests == result.usage.failed_requests == 2
    assert result.usage.prompt_tokens > 0  # the answers that broke the schema were paid for
    assert result.usage.completion_tokens > 0


@pytest.mark.parametrize(
    ("fault", "cause"), [("invalid_json", "Invalid JSON"), ("schema_break", "participants")]
)
def test_bad_output_record_names_what_was_wrong(tmp_path, fault, cause):
    with StandinServer(latency=0.01, script=[fault] * 10) as server:
        result = _extract_one(_settings(server.url, tmp_path), tmp_path)

    assert result.error is not None
    assert cause in result.error.message


def test_truncated_output_is_retried_with_a_doubled_token_budget(tmp_path):
    with StandinServer(latency=0.01, script=["length"] * 10) as server:
        _extract_one(_settings(server.url, tmp_path), tmp_path)
        budgets = [body["max_tokens"] for body in server.bodies]

    assert len(budgets) == ATTEMPTS
    assert budgets == [budgets[0] * 2**k for k in range(ATTEMPTS)]


def test_truncated_answers_are_charged_their_tokens(tmp_path):
    with StandinServer(latency=0.01, script=["length"] * 10) as server:
        result = _extract_one(_settings(server.url, tmp_path), tmp_path)

    assert result.error is not None
    assert result.usage.prompt_tokens > 0
    assert result.usage.completion_tokens > 0


def test_connection_refused_is_retried_then_reported_as_unavailable(tmp_path):
    with socket.socket() as sock:  # a port nothing listens on once the socket is closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"

    result = _extract_one(_settings(url, tmp_path), tmp_path)

    assert result.error is not None
    assert result.error.reason == "provider_unavailable"
    assert f"cannot reach compatible/standin via {url}" in result.error.message
    assert "check the server is running" in result.error.message
    assert result.error.attempts == ATTEMPTS


def _seconds_to_recover_from_one_429(
    tmp_path: Path, retry_after: float, max_backoff: float
) -> float:
    with StandinServer(latency=0.0, retry_after=retry_after, script=["429", None]) as server:
        settings = _settings(server.url, tmp_path, max_backoff=max_backoff)
        started = time.perf_counter()
        result = _extract_one(settings, tmp_path)
        elapsed = time.perf_counter() - started
    assert result.error is None
    return elapsed


def test_429_waits_as_long_as_retry_after_asks(tmp_path):
    # Without Retry-After the first backoff is 0.5-1.0 s; 1.2 s can only come from the header.
    elapsed = _seconds_to_recover_from_one_429(tmp_path, retry_after=1.2, max_backoff=5)
    assert 1.2 <= elapsed < 2.0


def test_429_with_retry_after_zero_retries_at_once_instead_of_backing_off(tmp_path):
    elapsed = _seconds_to_recover_from_one_429(tmp_path, retry_after=0, max_backoff=5)
    assert elapsed < 0.45  # the exponential backoff alone would wait at least 0.5 s


def test_429_retry_after_longer_than_max_backoff_is_capped(tmp_path):
    elapsed = _seconds_to_recover_from_one_429(tmp_path, retry_after=60, max_backoff=0.2)
    assert elapsed < 1.0


# The stand-in served as the "embedded" server through EmbeddedServer's `command` hook.
_EMBEDDED_STANDIN = f"""
import sys
sys.path.insert(0, {str(REPO)!r})
from http.server import ThreadingHTTPServer
from tests.support.standin_server import StandinServer, _handler_for

standin = StandinServer(latency=0.01)
httpd = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), _handler_for(standin))
httpd.daemon_threads = True
httpd.serve_forever(poll_interval=0.05)
"""


def test_embedded_server_dying_mid_batch_is_restarted_once_then_reported(tmp_path, monkeypatch):
    script = tmp_path / "embedded_standin.py"
    script.write_text(_EMBEDDED_STANDIN, encoding="utf-8")
    servers: list[EmbeddedServer] = []

    def embedded(settings: Settings) -> EmbeddedServer:
        server = EmbeddedServer(settings, command=[sys.executable, str(script), "{port}"])
        servers.append(server)
        return server

    monkeypatch.setattr(extract._api, "EmbeddedServer", embedded)
    settings = resolve_settings(
        model="local/qwen2.5-coder-1.5b",
        cache_dir=tmp_path / "cache",
        max_attempts=2,
        max_backoff=0.01,
        timeout=5,
        env={},
        cwd=tmp_path,
    )
    pids: list[int] = []

    def kill_after_second_and_fourth(index: int, _result: ArticleExtraction) -> None:
        if index in (1, 3):  # kill -9 the server between articles
            proc = servers[0]._proc
            assert proc is not None
            pids.append(proc.pid)
            proc.kill()
            proc.wait()

    articles = [Article(f"a{i}", standin_article(i), f"a{i}") for i in range(6)]
    out = tmp_path / "out.jsonl"
    summary = _run(settings, articles, out, on_result=kill_after_second_and_fourth)

    results = {r.article_id: r for r in read_results(out)}
    assert sorted(results) == [f"a{i}" for i in range(6)]
    assert len(set(pids)) == 2  # the second kill hit the restarted process
    assert servers[0].restarts == 1
    assert [results[f"a{i}"].ok for i in range(6)] == [True] * 4 + [False] * 2
    assert all(results[f"a{i}"].meetings for i in range(4))  # a2: answered after the restart
    for dead in ("a4", "a5"):
        error = results[dead].error
        assert error is not None
        assert error.reason == "provider_unavailable"
        assert "embedded server" in error.message
        assert error.attempts == 2
    assert summary.failures == {"provider_unavailable": 2}
    assert not servers[0].alive()  # stopped with the run, nothing left behind
