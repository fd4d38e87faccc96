"""Settings resolve flag > env > extract.toml > pyproject [tool.extract] > default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extract._config import DEFAULT_MODEL, PROVIDERS, Settings, resolve_settings
from extract._exceptions import ConfigError

SECRET = "sk-test-0123456789abcdef"


def write_pyproject(folder: Path, body: str) -> None:
    (folder / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n[tool.extract]\n{body}\n')


def write_extract_toml(folder: Path, body: str) -> None:
    (folder / "extract.toml").write_text(body + "\n")


def test_defaults_without_any_source(tmp_path: Path) -> None:
    settings = resolve_settings(env={}, cwd=tmp_path)
    assert settings.model == DEFAULT_MODEL
    assert settings.is_local
    assert settings.timeout == Settings().timeout
    assert dict(settings.source) == {}


def test_each_source_overrides_the_ones_below_it(tmp_path: Path) -> None:
    write_pyproject(tmp_path, 'model = "ollama/from-pyproject"')
    assert resolve_settings(env={}, cwd=tmp_path).model == "ollama/from-pyproject"

    write_extract_toml(tmp_path, 'model = "vllm/from-extract-toml"')
    assert resolve_settings(env={}, cwd=tmp_path).model == "vllm/from-extract-toml"

    env = {"EXTRACT_MODEL": "lmstudio/from-env"}
    assert resolve_settings(env=env, cwd=tmp_path).model == "lmstudio/from-env"

    flagged = resolve_settings(model="llamacpp/from-flag", env=env, cwd=tmp_path)
    assert flagged.model == "llamacpp/from-flag"
    assert flagged.source["model"] == "flag"


def test_precedence_is_per_setting(tmp_path: Path) -> None:
    write_extract_toml(tmp_path, 'model = "ollama/qwen2.5:7b"\ntimeout = 42\nmax_attempts = 2')
    settings = resolve_settings(env={"EXTRACT_TIMEOUT": "12.5"}, cwd=tmp_path, max_attempts=7)
    assert (settings.model, settings.timeout, settings.max_attempts) == (
        "ollama/qwen2.5:7b",
        12.5,
        7,
    )
    assert settings.source["model"].endswith("extract.toml")
    assert settings.source["timeout"] == "$EXTRACT_TIMEOUT"
    assert settings.source["max_attempts"] == "flag"


def test_extract_toml_may_use_an_extract_table(tmp_path: Path) -> None:
    write_extract_toml(tmp_path, '[extract]\nmodel = "vllm/served"\nconcurrency = 3')
    settings = resolve_settings(env={}, cwd=tmp_path)
    assert (settings.model, settings.effective_concurrency) == ("vllm/served", 3)


def test_explicit_config_file_replaces_the_folder_files(tmp_path: Path) -> None:
    write_extract_toml(tmp_path, 'model = "vllm/from-folder"')
    other = tmp_path / "team.toml"
    other.write_text('model = "ollama/from-team-file"\n')
    settings = resolve_settings(config_file=other, env={}, cwd=tmp_path)
    assert settings.model == "ollama/from-team-file"


def test_a_missing_explicit_config_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"does not exist; pass an existing TOML file"):
        resolve_settings(config_file=tmp_path / "nope.toml", env={}, cwd=tmp_path)


def test_a_bare_model_name_with_a_base_url_means_a_compatible_server(tmp_path: Path) -> None:
    settings = resolve_settings(
        model="my-model", env={"OPENAI_BASE_URL": "http://127.0.0.1:8000/v1"}, cwd=tmp_path
    )
    assert settings.model == "compatible/my-model"
    assert settings.model_name == "my-model"
    assert settings.describe() == "compatible/my-model via http://127.0.0.1:8000/v1"


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_every_registered_provider_resolves(tmp_path: Path, provider: str) -> None:
    name = "qwen2.5-coder-1.5b" if provider == "local" else "some-model"
    settings = resolve_settings(
        model=f"{provider}/{name}",
        env={"OPENAI_API_KEY": SECRET, "OPENAI_BASE_URL": "http://127.0.0.1:8000/v1"},
        cwd=tmp_path,
    )
    assert settings.provider.name == provider
    assert settings.effective_concurrency >= 1


@pytest.mark.parametrize(
    ("kwargs", "env", "says"),
    [
        ({"model": "foo/bar"}, {}, r"unknown provider 'foo'.*use one of: compatible, llamacpp"),
        ({"model": "gpt-4o"}, {}, r"no provider prefix; write it as PROVIDER/NAME"),
        ({"model": "openai/"}, {}, r"names no model"),
        ({"model": "openai/gpt-4o-mini"}, {}, r"needs an API key: export OPENAI_API_KEY"),
        ({"model": "compatible/x"}, {}, r"needs a base_url: set OPENAI_BASE_URL"),
        ({"model": "local/nope"}, {}, r"no embedded model named 'nope'; available: "),
        ({"timeout": "soon"}, {}, r"--timeout: timeout must be a float, got 'soon'"),
        ({"max_attempts": 0}, {}, r"max_attempts must be positive"),
        ({"bogus": 1}, {}, r"unknown setting 'bogus'; known: "),
        ({}, {"EXTRACT_TIMEOUT": "-3"}, r"\$EXTRACT_TIMEOUT: timeout must be positive"),
    ],
)
def test_bad_settings_raise_actionable_config_errors(
    tmp_path: Path, kwargs: dict[str, Any], env: dict[str, str], says: str
) -> None:
    with pytest.raises(ConfigError, match=says):
        resolve_settings(env=env, cwd=tmp_path, **kwargs)


@pytest.mark.parametrize("where", ["extract.toml", "pyproject.toml"])
def test_an_api_key_in_a_config_file_is_refused(tmp_path: Path, where: str) -> None:
    body = f'model = "openai/gpt-4o-mini"\napi_key = "{SECRET}"'
    if where == "extract.toml":
        write_extract_toml(tmp_path, body)
    else:
        write_pyproject(tmp_path, body)
    with pytest.raises(ConfigError, match="contains api_key") as caught:
        resolve_settings(env={"OPENAI_API_KEY": SECRET}, cwd=tmp_path)
    assert "OPENAI_API_KEY" in caught.value.message
    assert SECRET not in caught.value.message


def test_unknown_or_broken_file_settings_name_the_file(tmp_path: Path) -> None:
    write_extract_toml(tmp_path, 'modle = "ollama/x"')
    with pytest.raises(ConfigError, match=r"extract\.toml: unknown setting\(s\) modle; known: "):
        resolve_settings(env={}, cwd=tmp_path)
    write_extract_toml(tmp_path, "model = ")
    with pytest.raises(ConfigError, match=r"extract\.toml is not valid TOML .*fix the file"):
        resolve_settings(env={}, cwd=tmp_path)


def test_the_api_key_never_shows_in_repr_str_or_describe(tmp_path: Path) -> None:
    settings = resolve_settings(
        model="openai/gpt-4o-mini", env={"OPENAI_API_KEY": SECRET}, cwd=tmp_path
    )
    assert settings.api_key == SECRET
    assert settings.source["api_key"] == "$OPENAI_API_KEY"
    for shown in (repr(settings), str(settings), settings.describe()):
        assert SECRET not in shown
