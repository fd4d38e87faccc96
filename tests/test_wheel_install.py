"""The built wheel works on its own: data files ship inside it and an extraction runs from it.

The wheel is installed into a fresh virtualenv whose dependencies come from this
venv's site-packages through a `.pth` file (no network). Only that `.pth` path is
added, so this checkout's editable install (itself a `.pth` there) is not active
and `extract` must come from the wheel. The extraction replays
`cassettes/test_wheel_install.yaml`; re-record it with
`EXTRACT_RECORD_URL=http://127.0.0.1:PORT/v1 pytest --record -m slow tests/test_wheel_install.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from extract._models import ArticleExtraction, Evidence
from tests.conftest import CASSETTES, RECORD_URL, REPLAY_URL, ROOT

pytestmark = pytest.mark.slow

ARTICLE = ROOT / "examples" / "02_phone_call.txt"
GOLD = ROOT / "examples" / "02_phone_call.gold.json"
CASSETTE = CASSETTES / "test_wheel_install.yaml"
MODEL = "llamacpp/qwen2.5-coder-1.5b"

# Runs inside the wheel's venv, cwd outside the repo. It loads tests/conftest.py by
# file path (not via sys.path, which would expose this checkout's `extract`) so
# the cassette is recorded and matched exactly as every other cassette is.
RUN_FROM_WHEEL = """
import importlib.util, json, sys
from pathlib import Path

conftest_path, cassette, mode, model, base_url, article, published = sys.argv[1:8]
spec = importlib.util.spec_from_file_location("repo_conftest", conftest_path)
conftest = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conftest)

import extract
from extract._resources import data_dir

settings = extract.resolve_settings(
    model=model, base_url=base_url, cache_dir=Path.cwd() / "cache", env={}, cwd=Path.cwd()
)
text = Path(article).read_text(encoding="utf-8")
with conftest.cassette_recorder(mode == "record").use_cassette(cassette) as cass:
    result = extract.Extractor(settings).extract(
        text, published=published, article_id="02_phone_call"
    )
print(json.dumps({
    "extract_file": extract.__file__,
    "prompts_dir": str(data_dir("prompts")),
    "prefix": sys.prefix,
    "play_count": cass.play_count,
    "result": result.model_dump(mode="json"),
}))
"""


def _run(*args: str | Path, cwd: Path | None = None, timeout: float = 300) -> str:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{args} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", out, ROOT)  # fmt: skip
    (built,) = out.glob("diplomatic_extract-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv's python with only the wheel installed (dependencies via .pth)."""
    venv = tmp_path_factory.mktemp("venv")
    # The outer pip installs into it (--python), so the venv needs no pip of its own.
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    purelib = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    )
    (purelib / "outer_venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
         "-q", wheel)  # fmt: skip
    return python


def test_wheel_ships_prompts_and_schemas(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    prompts = {n for n in names if n.startswith("extract/_data/prompts/") and n.endswith(".md")}
    schemas = {n for n in names if n.startswith("extract/_data/schemas/") and n.endswith(".json")}
    assert {Path(n).name for n in prompts} == {p.name for p in (ROOT / "prompts").glob("*.md")}
    assert {Path(n).name for n in schemas} == {p.name for p in (ROOT / "schemas").glob("*.json")}


def test_installed_wheel_extracts_a_meeting_from_the_cassette(wheel_python, tmp_path, recording):
    if recording and not RECORD_URL:
        pytest.fail("--record needs EXTRACT_RECORD_URL pointing at a running `extract serve`")
    if not recording and not CASSETTE.is_file():
        pytest.fail(f"{CASSETTE} is missing: record it with EXTRACT_RECORD_URL=... and --record")
    script = tmp_path / "run_from_wheel.py"
    script.write_text(RUN_FROM_WHEEL, encoding="utf-8")
    published = json.loads(GOLD.read_text(encoding="utf-8"))["published"]
    base_url = RECORD_URL if recording else REPLAY_URL
    mode = "record" if recording else "replay"
    out = _run(wheel_python, script, ROOT / "tests" / "conftest.py", CASSETTE, mode, MODEL,
               base_url, ARTICLE, published, cwd=tmp_path, timeout=600)  # fmt: skip
    report = json.loads(out.strip().splitlines()[-1])

    venv = Path(report["prefix"])
    package = Path(report["extract_file"]).parent
    assert venv == wheel_python.parent.parent
    assert package.is_relative_to(venv), f"extract imported from {package}, not the wheel's venv"
    assert not package.is_relative_to(ROOT)
    assert Path(report["prompts_dir"]) == package / "_data" / "prompts"
    if not recording:
        assert report["play_count"] >= 1, "the extraction did not replay the cassette"

    text = ARTICLE.read_text(encoding="utf-8")
    result = ArticleExtraction.model_validate(report["result"])
    assert result.ok, result.error
    assert len(result.meetings) >= 1
    spans = _all_evidence(result)
    assert spans
    mismatched = [e for e in spans if not e.matches(text)]
    assert not mismatched, f"evidence not found at its offsets: {mismatched}"


def _all_evidence(result: ArticleExtraction) -> list[Evidence]:
    spans: list[Evidence] = []
    for meeting in result.meetings:
        spans += meeting.evidence
        for person in meeting.participants:
            spans += person.evidence
        for agreement in meeting.agreements:
            spans += agreement.evidence
    for person in result.officials:
        spans += person.evidence
    return spans
