"""`BatchSummary`: what a batch did, printed at the end of `extract run`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ._cache import ReusedLine
from ._models import ArticleExtraction


@dataclass
class BatchSummary:
    """What a batch did; printed at the end of `extract run`."""

    articles: int = 0  # processed in this run
    resumed: int = 0  # already in the output, skipped
    ok: int = 0
    failed: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    meetings: int = 0
    officials: int = 0
    agreements: int = 0
    cache_hits: int = 0
    model_requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated_cost: float | None = None
    wall_seconds: float = 0.0
    cpu_seconds: float = 0.0
    output: Path | None = None

    @property
    def articles_per_minute(self) -> float:
        return self.articles / self.wall_seconds * 60 if self.wall_seconds > 0 else 0.0

    def add(self, result: ArticleExtraction, *, cached: bool) -> None:
        self.articles += 1
        self.cache_hits += cached
        self.model_requests += result.usage.requests
        self.prompt_tokens += result.usage.prompt_tokens
        self.completion_tokens += result.usage.completion_tokens
        if result.error is not None:
            self.failed += 1
            self.failures[result.error.reason] += 1
            return
        self.ok += 1
        self.meetings += len(result.meetings)
        self.officials += len(result.officials)
        self.agreements += sum(len(m.agreements) for m in result.meetings)

    def add_reused(self, line: ReusedLine) -> None:
        """A cached result written as its stored line."""
        self.articles += 1
        self.cache_hits += 1
        self.ok += 1
        self.meetings += line.meetings
        self.officials += line.officials
        self.agreements += line.agreements

    def format(self) -> str:
        """A short human summary (several lines)."""
        lines = [
            f"articles: {self.articles} ({self.ok} ok, {self.failed} failed)"
            + (f", {self.resumed} already done" if self.resumed else ""),
            f"found: {self.meetings} meetings, {self.officials} officials, "
            f"{self.agreements} agreements",
            f"model: {self.model_requests} requests, {self.prompt_tokens} tokens in, "
            f"{self.completion_tokens} out, {self.cache_hits} cache hits"
            + (f", ~${self.estimated_cost:.4f}" if self.estimated_cost is not None else ""),
            f"time: {self.wall_seconds:.1f} s wall, {self.cpu_seconds:.1f} s CPU, "
            f"{self.articles_per_minute:.1f} articles/min",
        ]
        if self.failures:
            reasons = ", ".join(f"{reason} {n}" for reason, n in self.failures.most_common())
            lines.append(f"failures: {reasons}")
        if self.output is not None:
            lines.append(f"output: {self.output}")
        return "\n".join(lines)
