"""A real `kill -9` of `extract run` mid-batch loses nothing: rerunning the same command
with the same output finishes the batch with every input exactly once and no broken line."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract._cli import main
from extract._output import read_results
from tests.support.standin_server import StandinServer, standin_article
from tests.support.workdir import clear_extract_env

REPO = Path(__file__).resolve().parents[1]
ARTICLES = 30


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True) if path.exists() else []


def _wait_for_lines(path: Path, count: int, proc: subprocess.Popen[bytes], limit: float) -> None:
    deadline = time.monotonic() + limit
    while len(_lines(path)) < count:
        if proc.poll() is not None:
            pytest.fail(f"extract run ended (code {proc.returncode}) before it could be killed")
        if time.monotonic() > deadline:
            pytest.fail(f"extract run wrote fewer than {count} lines in {limit:.0f} s")
        time.sleep(0.02)


@pytest.mark.slow  # starts `extract run` as a real process (~2 s of imports)
def test_kill_9_mid_batch_then_rerun_gives_every_input_exactly_once(tmp_path, monkeypatch):
    clear_extract_env(monkeypatch)
    inputs = tmp_path / "in.jsonl"
    ids = [f"art-{i:03d}" for i in range(ARTICLES)]
    inputs.write_text(
        "".join(
            json.dumps({"id": aid, "text": standin_article(i)}) + "\n" for i, aid in enumerate(ids)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"

    with StandinServer(latency=0.15) as server:  # slow enough to be caught mid-batch
        (tmp_path / "extract.toml").write_text(
            f'model = "compatible/standin"\nbase_url = "{server.url}"\n'
            f'cache_dir = "{(tmp_path / "cache").as_posix()}"\nconcurrency = 4\n',
            encoding="utf-8",
        )
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "extract",
                "run",
                "in.jsonl",
                "-o",
                "out.jsonl",
                "--quiet",
                "--no-cache",
            ],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            _wait_for_lines(out, 4, proc, limit=30)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL

        before = _lines(out)
        assert 4 <= len(before) < ARTICLES  # killed mid-batch, with requests in flight
        # Only the last line can be cut short by a kill; everything before it is whole.
        assert all(line.endswith(b"\n") for line in before[:-1])
        done_before = {json.loads(line)["article_id"] for line in before if line.endswith(b"\n")}
        requests_before = server.requests

        monkeypatch.chdir(tmp_path)
        code = main(["run", "in.jsonl", "-o", "out.jsonl", "--quiet", "--no-cache"])
        rerun_requests = server.requests - requests_before

    assert code == 0
    after = _lines(out)
    assert all(line.endswith(b"\n") for line in after)  # no truncated line anywhere
    records = [json.loads(line) for line in after]
    assert sorted(r["article_id"] for r in records) == ids  # each exactly once
    assert all(r["error"] is None and r["meetings"] for r in records)
    assert [r.article_id for r in read_results(out)] == [r["article_id"] for r in records]
    # The rerun asked the model only about the articles the kill left unfinished.
    assert rerun_requests == ARTICLES - len(done_before)


def test_a_second_run_on_the_same_output_is_refused_while_the_first_runs(
    tmp_path, monkeypatch, capsys
):
    fcntl = pytest.importorskip("fcntl")
    clear_extract_env(monkeypatch)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(standin_article(1), encoding="utf-8")
    with StandinServer(latency=0.0) as server:
        (tmp_path / "extract.toml").write_text(
            f'model = "compatible/standin"\nbase_url = "{server.url}"\n', encoding="utf-8"
        )
        with (tmp_path / "out.jsonl").open("ab") as held:  # as a running `extract run` holds it
            fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            code = main(["run", "a.txt", "-o", "out.jsonl", "--no-cache"])
            requests = server.requests

    assert code == 2
    assert "being written by another extract run" in capsys.readouterr().err
    assert requests == 0
    assert (tmp_path / "out.jsonl").read_bytes() == b""  # nothing appended behind its back


# `extract serve`, with the stand-in started as the "embedded" llama.cpp server.
_SERVE_WITH_STANDIN = f"""
import sys
sys.path.insert(0, {str(REPO)!r})
import extract._embedded as embedded
from extract._cli import main

standin = [sys.executable, "-c", (
    "import sys; sys.path.insert(0, {str(REPO)!r});"
    "from http.server import ThreadingHTTPServer;"
    "from tests.support.standin_server import StandinServer, _handler_for;"
    "ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])),"
    " _handler_for(StandinServer(latency=0.0))).serve_forever(poll_interval=0.05)"
), "{{port}}"]
embedded.EmbeddedServer._command_line = lambda self, port: [
    part.replace("{{port}}", str(port)) for part in standin
]
sys.exit(main(["serve"]))
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow  # starts `extract serve` and its server as real processes
def test_sigterm_to_extract_serve_stops_its_server_and_clears_the_state_file(tmp_path):
    script = tmp_path / "serve.py"
    script.write_text(_SERVE_WITH_STANDIN, encoding="utf-8")
    env = {**os.environ, "EXTRACT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("EXTRACT_MODEL", None)
    proc = subprocess.Popen([sys.executable, str(script)], env=env, stderr=subprocess.PIPE)
    state = tmp_path / "cache" / "serve-qwen2.5-coder-1.5b.json"
    deadline = time.monotonic() + 60
    while not state.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"extract serve did not start: {proc.stderr.read().decode()}")
        time.sleep(0.05)
    server_pid = json.loads(state.read_text())["pid"]

    try:
        proc.send_signal(signal.SIGTERM)  # what `kill` and job schedulers send
        assert proc.wait(timeout=30) == 0  # a normal stop, as with Ctrl-C

        assert not state.exists()
        stopped = time.monotonic() + 5
        while _alive(server_pid) and time.monotonic() < stopped:
            time.sleep(0.05)
        assert not _alive(server_pid)  # the server is stopped, not orphaned
    finally:  # a failing run leaves no process behind either
        for pid in (proc.pid, server_pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
