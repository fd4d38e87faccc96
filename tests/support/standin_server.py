"""A local OpenAI-compatible stand-in for a model endpoint, with fault injection.

It answers `POST /v1/chat/completions` with a fixed, valid chat completion whose
message content is a `PassageDraft` JSON (one meeting between two named people,
quoting `STANDIN_SENTENCE`), after a configurable latency. Faults can be
scripted per request (a sequence consumed in order) or drawn at a rate:

    timeout       sleep past the client's timeout (`hang_seconds`)
    drop          close the connection without answering
    429           rate limited, with `Retry-After`
    500, 503      server errors
    length        `finish_reason: "length"` with cut-off JSON
    invalid_json  content that is not JSON
    schema_break  JSON that does not fit `PassageDraft`

Use in-process:

    with StandinServer(latency=0.05, script=["503", None]) as server:
        settings = resolve_settings(model="compatible/standin", base_url=server.url)

or as a separate process (so its CPU is not counted by the caller):

    with spawn_standin(latency=0.1) as url: ...   # GET {url}/_stats -> counts

Articles that contain `STANDIN_SENTENCE` (see `standin_article`) let the quote
and names of the canned answer be located in the text.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

STANDIN_SENTENCE = (
    "Foreign Minister Anna Berg of Norway met Secretary of State John Carter "
    "in Geneva on Tuesday, and the two agreed to hold talks again next month."
)
FAULTS = ("timeout", "drop", "429", "500", "503", "length", "invalid_json", "schema_break")

STANDIN_DRAFT: dict[str, Any] = {
    "meetings": [
        {
            "quote": STANDIN_SENTENCE,
            "participants": [
                {"name": "Anna Berg", "title": "Foreign Minister", "country": "Norway"},
                {"name": "John Carter", "title": "Secretary of State", "country": None},
            ],
            "kind": "in_person",
            "status": "held",
            "date_text": "on Tuesday",
            "location": "Geneva",
            "occasion": None,
            "topics": ["bilateral relations"],
            "agreements": [
                {"what": "the two agreed to hold talks again next month", "type": "intent_to_meet"}
            ],
        }
    ]
}

# Given a parsed request body, return the message content to send back.
Responder = Callable[[Mapping[str, Any]], str]


def standin_article(index: int, *, words: int = 60) -> str:
    """A synthetic one-paragraph article that contains `STANDIN_SENTENCE`."""
    filler = " ".join(f"word{(index * 7 + k) % 97}" for k in range(words))
    return (
        f"GENEVA (Wire) -- Report number {index}. {STANDIN_SENTENCE} "
        f"Officials described the meeting as constructive. {filler}."
    )


class _Httpd(ThreadingHTTPServer):
    # Class attributes: `listen()` runs in the constructor, so setting the backlog on
    # the instance afterwards would be too late (32 clients connecting at once
    # overflowed the default backlog of 5 and had their connections reset).
    daemon_threads = True
    request_queue_size = 256


class StandinServer:
    """An OpenAI-compatible chat-completions stand-in running in a background thread."""

    def __init__(
        self,
        *,
        latency: float = 0.1,
        script: Iterable[str | None] = (),
        rates: Mapping[str, float] | None = None,
        seed: int = 0,
        retry_after: float = 0.0,
        hang_seconds: float = 30.0,
        responder: Responder | None = None,
        model_ids: Iterable[str] = ("standin",),
    ) -> None:
        for fault in [*(rates or {}), *[f for f in script if f]]:
            if fault not in FAULTS:
                raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)}")
        self.latency = latency
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.responder = responder
        self.model_ids = tuple(model_ids)
        self._script: deque[str | None] = deque(script)
        self._rates = dict(rates or {})
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests = 0  # chat-completion requests received, faulty ones included
        self.in_flight = 0
        self.max_in_flight = 0  # most chat-completion requests handled at the same time
        self.faults: Counter[str] = Counter()
        self.bodies: list[dict[str, Any]] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------
    @property
    def url(self) -> str:
        """Base URL to use as `base_url` (ends in /v1)."""
        if self._httpd is None:
            raise RuntimeError("the stand-in server is not started")
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> StandinServer:
        self._httpd = _Httpd(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a latency or hang
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> StandinServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- behaviour -----------------------------------------------------------------
    def script(self, faults: Iterable[str | None]) -> None:
        """Queue faults for the next requests (None = a normal answer)."""
        with self._lock:
            self._script.extend(faults)

    def set_rates(self, rates: Mapping[str, float], seed: int = 0) -> None:
        with self._lock:
            self._rates = dict(rates)
            self._random = random.Random(seed)

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {
                "requests": self.requests,
                "faults": dict(self.faults),
                "max_in_flight": self.max_in_flight,
                # The serving process's CPU (of the whole process when run in-thread).
                "cpu_seconds": time.process_time(),
            }

    def _next_fault(self, body: dict[str, Any]) -> str | None:
        with self._lock:
            self.requests += 1
            self.bodies.append(body)
            fault: str | None = None
            if self._script:
                fault = self._script.popleft()
            else:
                roll = self._random.random()
                for name, rate in self._rates.items():
                    if roll < rate:
                        fault = name
                        break
                    roll -= rate
            if fault:
                self.faults[fault] += 1
            return fault

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _wait(self, seconds: float) -> None:
        self._stopping.wait(seconds)

    def _content(self, body: Mapping[str, Any], fault: str | None) -> str:
        if fault == "invalid_json":
            return "Sure! Here are the meetings: {meetings: [Anna Berg, John Carter"
        if fault == "schema_break":
            return json.dumps({"meetings": [{"participants": "Anna Berg", "kind": "dinner"}]})
        text = self.responder(body) if self.responder else json.dumps(STANDIN_DRAFT)
        if fault == "length":
            return text[: max(1, len(text) // 2)]
        return text


def _completion(body: Mapping[str, Any], content: str, finish_reason: str) -> dict[str, Any]:
    prompt_chars = sum(len(str(m.get("content", ""))) for m in body.get("messages", []))
    message: dict[str, Any] = {"role": "assistant", "content": content}
    tools = body.get("tools") or []
    if tools:  # tool-calling clients read the arguments instead of the content
        name = tools[0].get("function", {}).get("name", "PassageDraft")
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_standin",
                    "type": "function",
                    "function": {"name": name, "arguments": content},
                }
            ],
        }
    prompt_tokens = max(1, prompt_chars // 4)
    completion_tokens = max(1, len(content) // 4)
    return {
        "id": "chatcmpl-standin",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": str(body.get("model", "standin")),
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _handler_for(server: StandinServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes; with Nagle's algorithm the body
        # would wait ~40 ms for the client's delayed ACK on kept-alive connections.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                data = [
                    {"id": m, "object": "model", "owned_by": "standin"} for m in server.model_ids
                ]
                self._send_json(200, {"object": "list", "data": data})
            elif self.path.rstrip("/").endswith("/_stats"):
                self._send_json(200, server.stats())
            else:
                self._send_json(404, {"error": {"message": f"no route {self.path}"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send_json(404, {"error": {"message": f"no route {self.path}"}})
                return
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._send_json(400, {"error": {"message": "request body is not JSON"}})
                return
            fault = server._next_fault(body)
            server._enter()
            try:
                self._answer(body, fault)
            finally:
                server._leave()

        def _answer(self, body: dict[str, Any], fault: str | None) -> None:
            server._wait(server.latency)
            if fault == "timeout":
                server._wait(server.hang_seconds)
                self._drop()
            elif fault == "drop":
                self._drop()
            elif fault == "429":
                headers = {
                    "Retry-After": f"{server.retry_after:g}",
                    "retry-after-ms": str(int(server.retry_after * 1000)),
                }
                self._send_json(429, _error("rate limited", "rate_limit_exceeded"), headers)
            elif fault in ("500", "503"):
                self._send_json(int(fault), _error(f"stand-in fault {fault}", "server_error"))
            else:
                finish = "length" if fault == "length" else "stop"
                self._send_json(200, _completion(body, server._content(body, fault), finish))

        def _drop(self) -> None:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        def _send_json(
            self, status: int, payload: Any, headers: Mapping[str, str] | None = None
        ) -> None:
            data = json.dumps(payload).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                self.close_connection = True  # the client gave up (e.g. its own timeout)

    return Handler


def _error(message: str, code: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": code, "code": code}}


@contextlib.contextmanager
def spawn_standin(
    *, latency: float = 0.1, rates: Mapping[str, float] | None = None, seed: int = 0
) -> Iterator[str]:
    """Run the stand-in in a separate Python process; yield its base URL."""
    cmd = [sys.executable, "-m", "tests.support.standin_server", "--latency", str(latency)]
    cmd += ["--seed", str(seed)]
    for name, rate in (rates or {}).items():
        cmd += ["--rate", f"{name}={rate}"]
    repo_root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=repo_root)
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if not url.startswith("http://"):
            raise RuntimeError(f"stand-in server did not start (printed {url!r})")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def fetch_stats(url: str) -> dict[str, Any]:
    """Counts from a (possibly separate-process) stand-in at `url`."""
    with urllib.request.urlopen(f"{url}/_stats", timeout=5) as response:
        stats: dict[str, Any] = json.load(response)
        return stats


def _main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="OpenAI-compatible stand-in server")
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate", action="append", default=[], help="FAULT=RATE, repeatable")
    args = parser.parse_args(argv)
    rates = {k: float(v) for k, v in (item.split("=", 1) for item in args.rate)}
    server = StandinServer(latency=args.latency, rates=rates, seed=args.seed).start()
    print(server.url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    _main()
