"""One exception tree. Every message says what happened and what to do next.

ExtractError
├── ConfigError          bad or missing settings (CLI exit code 2)
├── InputError           an article that cannot be read or processed
├── ModelSetupError      the embedded model or server could not be prepared
├── ProviderError        the model endpoint failed after the retry policy
│   ├── ProviderTimeout
│   ├── ProviderUnavailable   connection refused, 5xx, server died
│   ├── RateLimited           429 after all retries
│   └── BadModelOutput        truncated, invalid JSON or schema breaks after re-asks
└── CacheError           the on-disk cache is unusable
"""

from __future__ import annotations


class ExtractError(Exception):
    """Root of every error this toolkit raises."""

    reason: str = "error"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ConfigError(ExtractError):
    reason = "config_error"


class InputError(ExtractError):
    reason = "bad_input"


class ModelSetupError(ExtractError):
    reason = "model_setup"


class CacheError(ExtractError):
    reason = "cache_error"


class ProviderError(ExtractError):
    """The model endpoint failed; carries the attempts and tokens already spent."""

    reason = "provider_error"

    def __init__(
        self,
        message: str,
        *,
        reason: str | None = None,
        attempts: int = 0,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
    ) -> None:
        super().__init__(message, reason=reason)
        self.attempts = attempts
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens


class ProviderTimeout(ProviderError):
    reason = "provider_timeout"


class ProviderUnavailable(ProviderError):
    reason = "provider_unavailable"


class RateLimited(ProviderError):
    reason = "rate_limited"


class BadModelOutput(ProviderError):
    reason = "bad_model_output"
