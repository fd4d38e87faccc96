"""The retry policy's pure parts: what is transient, how long to wait, what the user is told."""

from __future__ import annotations

import email.utils
import re
import time
from pathlib import Path

import httpx2
import openai
import pytest
from tenacity import Future, RetryCallState, Retrying

from extract._config import Settings, resolve_settings
from extract._exceptions import (
    BadModelOutput,
    ProviderError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
)
from extract._provider import (
    _as_provider_error,
    _is_transient,
    _retry_after,
    _Truncated,
    _wait_policy,
)

REQUEST = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")

_STATUS_CLASSES: dict[int, type[openai.APIStatusError]] = {
    400: openai.BadRequestError,
    401: openai.AuthenticationError,
    403: openai.PermissionDeniedError,
    404: openai.NotFoundError,
    422: openai.UnprocessableEntityError,
    429: openai.RateLimitError,
    500: openai.InternalServerError,
}


def http_error(status: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    """The exception the `openai` client raises for an HTTP error response."""
    response = httpx2.Response(status, headers=headers or {}, request=REQUEST)
    cls = _STATUS_CLASSES.get(status, openai.APIStatusError)
    return cls(f"Error code: {status}", response=response, body=None)


def after_failure(exc: BaseException, attempt: int = 1) -> RetryCallState:
    """The retry state tenacity hands the wait policy after `attempt` failed with `exc`."""
    state = RetryCallState(retry_object=Retrying(), fn=None, args=(), kwargs={})
    state.attempt_number = attempt
    outcome: Future = Future(attempt)
    outcome.set_exception(exc)
    state.outcome = outcome
    return state


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return resolve_settings(model="ollama/qwen2.5:7b", env={}, cwd=tmp_path)


# --- what is retried ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "exc",
    [
        http_error(429),
        http_error(500),
        http_error(502),
        http_error(503),
        http_error(504),
        openai.APITimeoutError(request=REQUEST),
        openai.APIConnectionError(request=REQUEST),
        _Truncated("stopped at max_tokens"),
    ],
    ids=["429", "500", "502", "503", "504", "timeout", "connection", "truncated"],
)
def test_transient_faults_are_retried(exc: BaseException) -> None:
    assert _is_transient(exc)


@pytest.mark.parametrize(
    "exc",
    [
        http_error(400),
        http_error(401),
        http_error(403),
        http_error(404),
        http_error(422),
        ValueError("a bug"),
        BadModelOutput("schema broken after re-asks"),
    ],
    ids=["400", "401", "403", "404", "422", "bug", "bad-output"],
)
def test_permanent_faults_are_not_retried(exc: BaseException) -> None:
    # Retrying these only burns time and tokens; schema failures belong to instructor.
    assert not _is_transient(exc)


# --- how long to wait ----------------------------------------------------------------------


def test_retry_after_seconds_are_honoured() -> None:
    wait = _wait_policy(max_backoff=30.0)
    assert wait(after_failure(http_error(429, {"Retry-After": "3"}))) == 3.0


def test_retry_after_is_capped_by_max_backoff() -> None:
    wait = _wait_policy(max_backoff=10.0)
    assert wait(after_failure(http_error(429, {"Retry-After": "300"}))) == 10.0


def test_retry_after_http_date_is_parsed() -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    asked = _retry_after(http_error(503, {"Retry-After": when}))
    assert asked is not None
    assert 17.0 <= asked <= 20.0


def test_retry_after_in_the_past_means_no_wait() -> None:
    assert _retry_after(http_error(429, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert _retry_after(http_error(429, {"Retry-After": "-5"})) == 0.0


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    # A malformed header must not crash the retry loop.
    assert _retry_after(http_error(429, {"Retry-After": "soon-ish"})) is None
    wait = _wait_policy(max_backoff=10.0)
    assert 0.0 <= wait(after_failure(http_error(429, {"Retry-After": "soon-ish"}))) <= 10.0


def test_no_retry_after_without_an_http_response() -> None:
    assert _retry_after(openai.APITimeoutError(request=REQUEST)) is None
    assert _retry_after(None) is None
    assert _retry_after(http_error(503)) is None


def test_backoff_grows_but_never_exceeds_max_backoff() -> None:
    wait = _wait_policy(max_backoff=8.0)
    first = wait(after_failure(http_error(503), attempt=1))
    late = [wait(after_failure(http_error(503), attempt=n)) for n in (6, 10, 30)]
    assert 0.0 < first <= 1.0 + 1e-9  # 0.5 s plus at most 0.5 s jitter
    assert all(4.0 <= w <= 8.0 for w in late)


# --- what the user is told -------------------------------------------------------------------

# A message names the endpoint and cause, then says what to do after a semicolon.
_NEXT_STEP = re.compile(
    r";\s*(?:check|raise|lower|retry|wait|try|set|export|use|choose|shorten|report|start)\b"
)


@pytest.mark.parametrize(
    ("exc", "kind", "reason", "cause"),
    [
        (
            openai.APITimeoutError(request=REQUEST),
            ProviderTimeout,
            "provider_timeout",
            "did not answer within 300s",
        ),
        (
            openai.APIConnectionError(request=REQUEST),
            ProviderUnavailable,
            "provider_unavailable",
            "cannot reach",
        ),
        (http_error(401), ProviderError, "auth_error", "rejected the credentials (HTTP 401)"),
        (http_error(403), ProviderError, "auth_error", "rejected the credentials (HTTP 403)"),
        (http_error(404), ProviderError, "model_not_found", "does not know model 'qwen2.5:7b'"),
        (http_error(429), RateLimited, "rate_limited", "kept rate-limiting (HTTP 429)"),
        (http_error(503), ProviderUnavailable, "provider_unavailable", "failed with HTTP 503"),
        (http_error(400), ProviderError, "http_400", "refused the request (HTTP 400)"),
        (_Truncated("cut"), BadModelOutput, "truncated_output", "token limit"),
    ],
    ids=["timeout", "connection", "401", "403", "404", "429", "503", "400", "truncated"],
)
def test_errors_name_the_cause_and_the_next_step(
    settings: Settings, exc: BaseException, kind: type[ProviderError], reason: str, cause: str
) -> None:
    error = _as_provider_error(exc, settings)
    assert type(error) is kind
    assert error.reason == reason
    assert settings.describe() in error.message  # which endpoint failed
    assert cause in error.message
    assert _NEXT_STEP.search(error.message), f"no next step in: {error.message}"


def test_error_messages_never_contain_the_api_key(tmp_path: Path) -> None:
    secret = "sk-test-0123456789abcdef"
    keyed = resolve_settings(
        model="openai/gpt-4o-mini", env={"OPENAI_API_KEY": secret}, cwd=tmp_path
    )
    for exc in (http_error(401), http_error(429), openai.APIConnectionError(request=REQUEST)):
        assert secret not in _as_provider_error(exc, keyed).message


def test_instructor_still_rejects_async_validators_after_the_check_is_memoized():
    # `_provider` memoizes instructor's per-call walk of the response model; a model
    # with an async validator must still be refused, on every call.
    from instructor.v2.validation import async_validators
    from pydantic import BaseModel

    from extract import _provider

    assert async_validators.reject_async_validators is _provider._reject_async_validators_once

    class Plain(BaseModel):
        x: int

    class WithAsync(BaseModel):
        x: int

        @async_validators.async_field_validator("x")
        async def check_x(cls, value: int) -> int:
            return value

    async_validators.reject_async_validators(Plain)
    assert Plain in _provider._VALIDATOR_FREE
    for _ in range(2):
        with pytest.raises(ValueError, match="async validators are not supported"):
            async_validators.reject_async_validators(WithAsync)
    assert WithAsync not in _provider._VALIDATOR_FREE
