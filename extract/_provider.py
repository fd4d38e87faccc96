"""The one module that talks to models: `openai` client + `instructor`.

Retry ownership, so no error is retried twice:
- instructor re-asks when the output fails to parse or validate (`settings.max_reasks`);
- one tenacity policy here retries transient faults: timeouts, refused or dropped
  connections, 429 (honouring `Retry-After`), 5xx, and output cut off at the token
  limit (retried with a doubled token budget). The `openai` client itself is built
  with `max_retries=0`.
"""

from __future__ import annotations

import email.utils
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import httpx2
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.v2.core.messages import isolate_retry_kwargs
from instructor.v2.core.providers import Provider
from instructor.v2.core.registry import mode_registry
from instructor.v2.core.response_model import prepare_response_model
from instructor.v2.core.retry import retry_async_v2
from instructor.v2.validation import async_validators
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from ._config import Settings
from ._exceptions import (
    BadModelOutput,
    ProviderError,
    ProviderTimeout,
    ProviderUnavailable,
    RateLimited,
)
from ._models import Usage

T = TypeVar("T", bound=BaseModel)

_MODES = {
    "llama_cpp": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}


@dataclass
class _Attempts:
    """What a call spent, successful or not (for usage accounting)."""

    requests: int = 0
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def usage(self) -> Usage:
        return Usage(
            requests=self.requests,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            failed_requests=self.failed,
        )


class _Truncated(Exception):
    """The model stopped at the token limit; retried with a larger budget."""


class ModelClient:
    """Structured completions against one OpenAI-compatible endpoint."""

    def __init__(self, settings: Settings, base_url: str | None = None) -> None:
        self.settings = settings
        url = base_url or settings.base_url or settings.provider.default_base_url
        self.base_url = url
        self._openai = openai.AsyncOpenAI(
            base_url=url,
            # Local servers ignore the key, but the client insists on one.
            api_key=settings.api_key or "not-needed",
            timeout=settings.timeout,
            max_retries=0,
        )
        # What `instructor.from_openai` would pick, without building its client: that
        # imports all of `openai.resources` (~0.8 s) for a `chat.completions.create`
        # this module does not call (see `_reasking`).
        self._provider, self._mode = Provider.OPENAI, _MODES[settings.provider.structured_output]
        self._handlers = mode_registry.get_handlers(self._provider, self._mode)
        self._prefixes: dict[
            tuple[type[BaseModel], str], tuple[type[BaseModel], dict[str, Any]]
        ] = {}

    async def aclose(self) -> None:
        await self._openai.close()

    async def complete(
        self,
        messages: list[dict[str, str]],
        response_model: type[T],
        *,
        max_tokens: int,
    ) -> tuple[T, Usage]:
        """One structured answer, with the retry policy above; raises ProviderError."""
        spent = _Attempts()
        budget = {"max_tokens": max_tokens}

        async def attempt() -> T:
            sent: list[int] = []  # one entry per HTTP request instructor made
            spent.requests += 1
            try:
                result = await self._reasking(
                    messages, response_model, max_tokens=budget["max_tokens"], sent=sent
                )
                completion = result._raw_response  # type: ignore[attr-defined]
            except IncompleteOutputException as exc:
                spent.failed += 1
                _add_usage(spent, getattr(exc.last_completion, "usage", None))
                budget["max_tokens"] *= 2
                raise _Truncated(str(exc)) from exc
            except InstructorRetryException as exc:
                spent.failed += 1
                _add_usage(spent, exc.total_usage)
                spent.requests += max(0, (exc.n_attempts or 1) - 1)
                cause = exc.__cause__
                if isinstance(cause, openai.APIError | openai.APIConnectionError):
                    raise cause from exc
                raise BadModelOutput(
                    f"the model's answer did not fit the schema after {exc.n_attempts} "
                    f"attempt(s) ({_cause_of(exc)}); try a larger model or raise max_reasks",
                ) from exc
            _add_usage(spent, getattr(result, "_total_usage", None) or completion.usage)
            reasks = max(0, len(sent) - 1)  # instructor re-asked and then succeeded
            spent.requests += reasks
            spent.failed += reasks
            return result

        try:
            async for step in AsyncRetrying(
                stop=stop_after_attempt(self.settings.max_attempts),
                wait=_wait_policy(self.settings.max_backoff),
                retry=retry_if_exception(_is_transient),
                reraise=True,
            ):
                with step:
                    return await attempt(), spent.usage()
        except ProviderError as exc:
            _charge(exc, spent)
            raise
        except Exception as exc:
            error = _as_provider_error(exc, self.settings)
            _charge(error, spent)
            key = self.settings.api_key
            if key and key in error.message:  # some proxies echo the key back
                error.args = (error.message.replace(key, "[redacted key]"),)
            raise error from exc
        raise AssertionError("unreachable: tenacity either returns or raises")

    async def _reasking(
        self,
        messages: list[dict[str, str]],
        response_model: type[T],
        *,
        max_tokens: int,
        sent: list[int],
    ) -> T:
        """Instructor's re-ask loop, entered below its per-call front door.

        `create_with_completion` rebuilds a wrapper class and its JSON schema and walks
        the model five times for async validators on every call: ~5.6 ms of CPU, more
        than the whole rest of the toolkit per article. Here the wrapper and schema are
        built once per response model; the request is then prepared by instructor's own
        mode handler and re-asked by its own `retry_async_v2`, so requests and re-asks
        are exactly those of the public call (the recorded cassettes match them).
        """
        if messages and messages[0]["role"] == "system" and len(messages) > 1:
            # The handler only touches the system message (JSON mode appends the schema
            # to it, ~0.3 ms of `json.dumps(indent=2)` + `dedent`) and adds fixed keys;
            # the system message is the same for every passage, so prepare it once.
            prepared, fixed = self._prepared_prefix(response_model, messages[0]["content"])
            head, rest = fixed["messages"], messages[1:]
            if rest[0]["role"] != head[-1]["role"]:  # else the handler would merge them
                request = {**fixed, "messages": [*head, *rest], "max_tokens": max_tokens}
                return cast(T, await self._retry(prepared, request, sent))
        prepared, request = self._prepare(response_model, messages)
        return cast(T, await self._retry(prepared, {**request, "max_tokens": max_tokens}, sent))

    def _prepared_prefix(
        self, response_model: type[BaseModel], system: str
    ) -> tuple[type[BaseModel], dict[str, Any]]:
        key = (response_model, system)
        if key not in self._prefixes:
            self._prefixes[key] = self._prepare(
                response_model, [{"role": "system", "content": system}]
            )
        return self._prefixes[key]

    def _prepare(
        self, response_model: type[BaseModel], messages: list[dict[str, str]]
    ) -> tuple[type[BaseModel], dict[str, Any]]:
        """Instructor's mode handler: the request for `messages`, less `max_tokens`."""
        request: dict[str, Any] = {
            "model": self.settings.model_name,
            "messages": messages,
            "temperature": self.settings.temperature,
        }
        extra_body = self._extra_body(response_model)
        if extra_body is not None:
            request["extra_body"] = extra_body
        prepared, request = self._handlers.request_handler(
            response_model=_instructor_model(response_model), kwargs=request
        )
        assert prepared is not None  # only None for a None model
        if self._handlers.message_converter is not None:
            request["messages"] = self._handlers.message_converter(
                request["messages"], autodetect_images=False
            )
        return prepared, request

    async def _retry(
        self, prepared: type[BaseModel], request: dict[str, Any], sent: list[int]
    ) -> Any:
        return await retry_async_v2(
            func=functools.partial(self._post, sent),
            response_model=prepared,
            provider=self._provider,
            mode=self._mode,
            context=None,
            max_retries=self.settings.max_reasks,
            args=(),
            kwargs=isolate_retry_kwargs(request),
            strict=True,
        )

    async def _post(self, sent: list[int], **request: Any) -> ChatCompletion:
        """POST the prepared body as is: what `chat.completions.create` sends, without
        re-walking it through openai's TypedDict transform on every call, and parsed by
        pydantic-core rather than openai's per-field Python construction. The client
        still owns the HTTP, and status errors still raise openai's exceptions."""
        sent.append(1)
        extra_body = request.pop("extra_body", None)
        body = {**request, **extra_body} if extra_body else request
        response = await self._openai.post("/chat/completions", body=body, cast_to=httpx2.Response)
        try:
            return ChatCompletion.model_validate_json(response.content)
        except ValidationError:
            pass
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise openai.APIResponseValidationError(
                response=response,
                body=response.text[:500],
                message="the server's answer is not a JSON chat completion",
            )
        # A server that bends the schema (a missing `created`, an odd `finish_reason`):
        # build it leniently, field by field, as `chat.completions.create` would.
        return ChatCompletion.construct(**data)

    def _extra_body(self, response_model: type[BaseModel]) -> dict[str, Any] | None:
        if self.settings.provider.structured_output == "llama_cpp":
            # llama.cpp's server applies a JSON-schema grammar only in this form.
            return {"response_format": {"type": "json_object", "schema": _schema(response_model)}}
        return None


def _cause_of(exc: InstructorRetryException) -> str:
    """The first validation problem, in a few words (not instructor's whole dump)."""
    cause = exc.__cause__
    if isinstance(cause, ValidationError) and cause.errors():
        first = cause.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the answer"
        return f"{cause.error_count()} error(s), first at {where}: {first['msg']}"
    if cause is not None:
        return f"{type(cause).__name__}: {str(cause)[:120]}"
    return "no parseable answer"


@functools.cache
def _schema(response_model: type[BaseModel]) -> dict[str, Any]:
    return response_model.model_json_schema()


@functools.cache
def _instructor_model(response_model: type[BaseModel]) -> type[BaseModel]:
    """Instructor's wrapper of `response_model`, built once, its schema computed once
    (instructor's mode handlers ask for it on every request; it never changes)."""
    wrapped = prepare_response_model(response_model)
    assert wrapped is not None  # only None for a None model
    schema = wrapped.model_json_schema()
    wrapped.model_json_schema = classmethod(lambda _cls, *_a, **_k: schema)  # type: ignore[method-assign,assignment]
    return wrapped


_REJECT_ASYNC_VALIDATORS = async_validators.reject_async_validators
_VALIDATOR_FREE: set[type] = set()


def _reject_async_validators_once(response_model: Any) -> None:
    """`retry_async_v2` walks the whole response model for async validators on every
    call (~0.4 ms of CPU for a passage draft, more than the rest of instructor's share);
    a class that passed once passes again. It imports the check at call time, so the
    module attribute is what it calls."""
    if isinstance(response_model, type) and response_model in _VALIDATOR_FREE:
        return
    _REJECT_ASYNC_VALIDATORS(response_model)
    if isinstance(response_model, type):
        _VALIDATOR_FREE.add(response_model)


async_validators.reject_async_validators = _reject_async_validators_once


def _add_usage(spent: _Attempts, usage: Any) -> None:
    if usage is None:
        return
    spent.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
    spent.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)


def _charge(error: ProviderError, spent: _Attempts) -> None:
    error.attempts = spent.requests
    error.prompt_tokens = spent.prompt_tokens
    error.completion_tokens = spent.completion_tokens


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, _Truncated | openai.APITimeoutError | openai.APIConnectionError):
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 429) or exc.status_code >= 500
    return False


def _retry_after(exc: BaseException | None) -> float | None:
    """Seconds the server asked us to wait (Retry-After: seconds or an HTTP date)."""
    if not isinstance(exc, openai.APIStatusError):
        return None
    value = exc.response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None  # unparseable: fall back to our own backoff
        return max(0.0, parsed.timestamp() - time.time())


def _wait_policy(max_backoff: float) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(multiplier=0.5, max=max_backoff, jitter=0.5)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = _retry_after(exc)
        if asked is not None:
            return min(asked, max_backoff)
        return backoff(state)

    return wait


def _as_provider_error(exc: BaseException, settings: Settings) -> ProviderError:
    where = settings.describe()
    if isinstance(exc, openai.APITimeoutError):
        return ProviderTimeout(
            f"{where} did not answer within {settings.timeout:g}s "
            f"({settings.max_attempts} attempts); raise --timeout or lower --concurrency"
        )
    if isinstance(exc, openai.APIConnectionError):
        return ProviderUnavailable(
            f"cannot reach {where} ({exc}); check the server is running and base_url is right"
        )
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return ProviderError(
            f"{where} rejected the credentials (HTTP {exc.status_code}); check OPENAI_API_KEY",
            reason="auth_error",
        )
    if isinstance(exc, openai.NotFoundError):
        return ProviderError(
            f"{where} does not know model {settings.model_name!r} (HTTP 404); "
            "check the model name with `extract models`",
            reason="model_not_found",
        )
    if isinstance(exc, openai.APIResponseValidationError):
        return ProviderError(
            f"{where} answered with something that is not a chat completion "
            f"({exc.body!s:.80}); check that base_url is an OpenAI-compatible /v1 endpoint",
            reason="bad_response",
        )
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return RateLimited(
                f"{where} kept rate-limiting (HTTP 429) after {settings.max_attempts} attempts; "
                "lower --concurrency or wait"
            )
        if exc.status_code >= 500:
            return ProviderUnavailable(
                f"{where} failed with HTTP {exc.status_code} after {settings.max_attempts} "
                "attempts; retry later"
            )
        return ProviderError(
            f"{where} refused the request (HTTP {exc.status_code}): {exc.message[:200]}; "
            "check the model name and request options",
            reason=f"http_{exc.status_code}",
        )
    if isinstance(exc, _Truncated):
        return BadModelOutput(
            f"{where} kept stopping at the token limit; shorten the article's paragraphs "
            "or use a model with a larger output budget",
            reason="truncated_output",
        )
    return ProviderError(f"{where}: unexpected {type(exc).__name__}: {exc}")


async def probe(settings: Settings, base_url: str | None = None) -> tuple[bool, str]:
    """Is the endpoint reachable? One cheap `GET /models`, no retries."""
    url = base_url or settings.base_url or settings.provider.default_base_url
    if url is None:
        return False, "no base_url"
    client = openai.AsyncOpenAI(
        base_url=url, api_key=settings.api_key or "not-needed", timeout=5.0, max_retries=0
    )
    try:
        models = await client.models.list()
        names = [m.id for m in models.data][:3]
        return True, f"reachable at {url}" + (f" ({', '.join(names)})" if names else "")
    except openai.APIError as exc:
        return False, f"{type(exc).__name__} at {url}: {str(exc)[:120]}"
    finally:
        await client.close()
