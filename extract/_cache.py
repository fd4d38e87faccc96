"""SQLite result cache keyed by (text, model, prompt version, schema version).

Only successful extractions are stored, so a rerun retries failures. The model,
prompt and schema versions are part of the key and kept as columns: changing one
of them misses only its own entries, and `clear()` can drop them selectively.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import ValidationError

from ._exceptions import CacheError
from ._models import ArticleExtraction, Usage

_FORMAT = 1  # PRAGMA user_version of the table layout below
_COLUMNS = ("key", "model", "prompt_version", "schema_version", "article_id", "created", "result")
_CREATE = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    schema_version TEXT NOT NULL,
    article_id TEXT NOT NULL,
    created REAL NOT NULL,
    result TEXT NOT NULL
) WITHOUT ROWID
"""
_GET = "SELECT result FROM results WHERE key = ?"
_GET_MANY = "SELECT key, result FROM results WHERE key IN ({marks})"
_CHUNK = 500  # keys per query, below SQLite's bound-parameter limit
_PUT = "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)"
_DELETE = "DELETE FROM results WHERE key = ?"
# Beside each result, the exact JSONL line a re-run of the same input writes and the counts
# a batch summary needs, so a cache hit in a batch is not parsed at all (it was ~1/3 of a
# fully cached re-run). Every delete from `results` deletes the line too.
_CREATE_REUSE = """
CREATE TABLE IF NOT EXISTS reuse (
    key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    title TEXT,
    url TEXT,
    line TEXT NOT NULL,
    meetings INTEGER NOT NULL,
    officials INTEGER NOT NULL,
    agreements INTEGER NOT NULL
) WITHOUT ROWID
"""
_PUT_REUSE = "INSERT OR REPLACE INTO reuse VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_GET_LINES = "SELECT * FROM reuse WHERE key IN ({marks})"
_DELETE_REUSE = "DELETE FROM reuse WHERE key = ?"
_CLEAR_REUSE = "DELETE FROM reuse WHERE key NOT IN (SELECT key FROM results)"
_CLEAR = (
    "DELETE FROM results WHERE (?1 IS NULL OR model = ?1) AND (?2 IS NULL OR prompt_version = ?2)"
)


@dataclass(frozen=True)
class ReusedLine:
    """A cached result as the JSONL line a re-run of the same input writes (usage zero:
    nothing was spent on it in that run), with its counts."""

    article_id: str
    line: str
    meetings: int
    officials: int
    agreements: int


Labels = tuple[str, str | None, str | None]  # article id, title, url


class ResultCache:
    """A result cache in one SQLite file (WAL mode).

    One connection guarded by a lock: safe for many asyncio tasks in one process,
    and for calls from worker threads.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._hits = self._misses = self._writes = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit: every put is its own short transaction, WAL keeps it cheap.
            self._conn = sqlite3.connect(
                self.path, timeout=10.0, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise self._unusable(exc) from exc
        try:
            self._prepare()
        except sqlite3.Error as exc:
            self._conn.close()
            raise self._unusable(exc) from exc

    def _prepare(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")  # a lost last entry is only a cache miss
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(_CREATE)
        columns = tuple(row[1] for row in conn.execute("PRAGMA table_info(results)"))
        if columns != _COLUMNS or version not in (0, _FORMAT):
            raise sqlite3.DatabaseError(
                f"unexpected layout (format {version}, columns {', '.join(columns)})"
            )
        if version == 0:
            conn.execute(f"PRAGMA user_version={_FORMAT}")
        conn.execute(
            "CREATE INDEX IF NOT EXISTS results_versions ON results (model, prompt_version)"
        )
        conn.execute(_CREATE_REUSE)

    @staticmethod
    def key(text: str, model: str, prompt_version: str, schema_version: str) -> str:
        """sha256 over the text and everything that changes the result."""
        text_hash = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        basis = json.dumps([text_hash, model, prompt_version, schema_version])
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()

    def get(self, key: str) -> ArticleExtraction | None:
        """The cached result for `key`, or None on a miss."""
        with self._lock:
            try:
                row = self._conn.execute(_GET, (key,)).fetchone()
            except sqlite3.Error as exc:
                raise self._unusable(exc) from exc
            if row is None:
                self._misses += 1
                return None
            try:
                result = ArticleExtraction.model_validate_json(row[0])
            except ValidationError:
                # Written by an incompatible version: drop it and treat as a miss.
                self._misses += 1
                self._drop(key)
                return None
            self._hits += 1
            return result

    def get_many(self, keys: Sequence[str]) -> dict[str, ArticleExtraction | None]:
        """`get` for many keys in one read (a chunk of a batch): ~10x cheaper per key
        than one query each, which is most of what a fully cached re-run costs."""
        found: dict[str, ArticleExtraction | None] = dict.fromkeys(keys)
        with self._lock:
            for key, raw in self._rows_for_keys(_GET_MANY, keys):
                try:
                    found[key] = ArticleExtraction.model_validate_json(raw)
                except ValidationError:
                    self._drop(key)  # an incompatible version's
            hits = sum(1 for v in found.values() if v is not None)
            self._hits += hits
            self._misses += len(found) - hits
        return found

    def get_lines(self, wanted: Mapping[str, Labels]) -> dict[str, ReusedLine]:
        """The stored lines for these keys whose article id, title and url are the ones
        given (a re-run of the same inputs), in one read; other keys are left out."""
        found: dict[str, ReusedLine] = {}
        with self._lock:
            rows = self._rows_for_keys(_GET_LINES, list(wanted))
            for key, article_id, title, url, line, meetings, officials, agreements in rows:
                if (article_id, title, url) == wanted[key]:
                    found[key] = ReusedLine(article_id, line, meetings, officials, agreements)
            self._hits += len(found)
        return found

    def put(self, key: str, result: ArticleExtraction) -> None:
        """Store `result` under `key`; failed extractions are never stored."""
        if result.error is not None:
            return
        row = (
            key,
            result.model,
            result.prompt_version,
            result.schema_version,
            result.article_id,
            time.time(),
            result.model_dump_json(),
        )
        reused = result.model_copy(update={"usage": Usage()})
        line = (
            key,
            result.article_id,
            result.title,
            result.url,
            reused.model_dump_json(),
            len(result.meetings),
            len(result.officials),
            sum(len(m.agreements) for m in result.meetings),
        )
        with self._lock:
            self._execute(_PUT, row)
            self._execute(_PUT_REUSE, line)
            self._writes += 1

    def clear(self, *, model: str | None = None, prompt_version: str | None = None) -> int:
        """Delete entries (all, or those of one model and/or prompt version); returns the count."""
        with self._lock:
            self._execute("BEGIN", ())  # both tables, or neither
            try:
                count = self._execute(_CLEAR, (model, prompt_version)).rowcount
                self._execute(_CLEAR_REUSE, ())
            except CacheError:
                self._conn.rollback()
                raise
            self._execute("COMMIT", ())
            return count

    def stats(self) -> dict[str, int]:
        """Entries stored, distinct models, and this session's hits, misses and writes."""
        with self._lock:
            entries, models = self._execute(
                "SELECT count(*), count(DISTINCT model) FROM results", ()
            ).fetchone()
        return {
            "entries": entries,
            "models": models,
            "hits": self._hits,
            "misses": self._misses,
            "writes": self._writes,
        }

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _rows_for_keys(self, query: str, keys: Sequence[str]) -> list[tuple[Any, ...]]:
        """The rows of a `key IN ({marks})` query for all `keys`, a chunk per statement."""
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(keys), _CHUNK):
            chunk = tuple(keys[start : start + _CHUNK])
            query_chunk = query.format(marks=",".join("?" * len(chunk)))
            try:
                rows += self._conn.execute(query_chunk, chunk).fetchall()
            except sqlite3.Error as exc:
                raise self._unusable(exc) from exc
        return rows

    def _drop(self, key: str) -> None:
        """Delete a result and its stored line (written by an incompatible version)."""
        self._execute(_DELETE_REUSE, (key,))
        self._execute(_DELETE, (key,))

    def _execute(self, sql: str, params: tuple[object, ...]) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._unusable(exc) from exc

    def _unusable(self, exc: BaseException) -> CacheError:
        if isinstance(exc, sqlite3.ProgrammingError):  # e.g. used after close(): a caller bug
            return CacheError(f"result cache {self.path} cannot be used: {exc}")
        if "locked" in str(exc):
            return CacheError(
                f"result cache {self.path} is locked by another process ({exc}); wait for "
                "the other run to finish, or pass --no-cache"
            )
        return CacheError(
            f"result cache {self.path} is unusable ({exc}); delete the file "
            f"(rm '{self.path}') to start a fresh cache, or pass --no-cache"
        )
