"""Deterministic layouts for the report's two drawings: meetings on a date axis
(`timeline`) and officials or countries on a ring, linked by shared meetings
(`network`).

Positions are computed here, not in the browser, so the same results always give
the same SVG (reports diff cleanly and tests can check coordinates).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from extract._models import Meeting

_MAX_LABELS = 40  # past this many names the network ring is unreadable; the rest keep tooltips


class MeetingMark(Protocol):
    """A meeting as the report labels it: record id, short label, colour."""

    @property
    def rid(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def colour(self) -> str: ...
    @property
    def meeting(self) -> Meeting: ...


class Dot(NamedTuple):
    x: float
    y: float
    rid: str
    colour: str
    status: str
    title: str


class Timeline(NamedTuple):
    width: int
    height: int
    axis_y: float
    dots: list[Dot]
    ticks: list[tuple[float, str]]
    undated: int


class Node(NamedTuple):
    x: float
    y: float
    r: float
    name: str
    label: str  # `name`, shortened to fit beside the ring
    title: str
    lx: float
    ly: float
    anchor: str
    show_label: bool


class Edge(NamedTuple):
    a: int
    b: int
    width: float
    title: str


class Network(NamedTuple):
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]


def timeline(meetings: Sequence[MeetingMark]) -> Timeline:
    width, pad, step = 1000, 60, 16
    dated = sorted(
        ((e.meeting.date, e) for e in meetings if e.meeting.date), key=lambda d: (d[0], d[1].label)
    )
    if not dated:
        return Timeline(width, 0, 0, [], [], len(meetings))
    first, days = dated[0][0], (dated[-1][0] - dated[0][0]).days

    def x_of(day: dt.date) -> float:
        return width / 2 if days == 0 else pad + (width - 2 * pad) * (day - first).days / days

    placed: list[tuple[float, int, MeetingMark]] = []
    level_ends: list[float] = []  # x of the last dot on each level; dots arrive left to right
    for day, entry in dated:  # lowest level with room, at most 12 (then dots overlap on top)
        x = x_of(day)
        level = next((lv for lv, end in enumerate(level_ends) if x - end >= 14), len(level_ends))
        if level == len(level_ends) < 12:
            level_ends.append(x)
        level = min(level, 11)
        level_ends[level] = x
        placed.append((x, level, entry))
    axis_y = 24 + (max(lv for _, lv, _ in placed) + 1) * step
    dots = [
        Dot(
            round(x, 1),
            axis_y - 12 - lv * step,
            e.rid,
            e.colour,
            e.meeting.status.value,
            f"{e.label} · {e.meeting.date} · " + ", ".join(p.name for p in e.meeting.participants),
        )
        for x, lv, e in placed
    ]
    step_days = max(1, math.ceil(days / 5))  # at most six evenly spaced, unclipped labels
    ticks = [
        (round(x_of(day), 1), day.isoformat())
        for day in (first + dt.timedelta(days=k * step_days) for k in range(days // step_days + 1))
    ]
    return Timeline(width, int(axis_y + 34), axis_y, dots, ticks, len(meetings) - len(dated))


def network(meetings: Sequence[MeetingMark], *, by_country: bool) -> Network:
    """Officials (or countries) on a circle, linked by the meetings they shared."""
    width, height, radius = 760, 540, 200.0
    names: dict[str, str] = {}
    details: dict[str, str] = {}
    counts: Counter[str] = Counter()
    weights: Counter[tuple[str, str]] = Counter()
    for entry in meetings:
        keys: list[str] = []
        for person in entry.meeting.participants:
            key = (person.country or "") if by_country else person.key
            if key and key not in keys:
                keys.append(key)
                names.setdefault(key, key if by_country else person.name)
                about = (
                    "" if by_country else ", ".join(filter(None, (person.title, person.country)))
                )
                details.setdefault(key, about)
        counts.update(keys)
        weights.update(itertools.combinations(sorted(keys), 2))
    order = sorted(names, key=lambda k: (-counts[k], names[k].casefold(), k))
    index = {k: i for i, k in enumerate(order)}
    cx, cy = width / 2, height / 2
    ring = 0.0 if len(order) == 1 else radius
    nodes: list[Node] = []
    for i, key in enumerate(order):
        angle = -math.pi / 2 + 2 * math.pi * i / len(order)
        cos, sin = math.cos(angle), math.sin(angle)
        r = min(5 + 2.5 * math.sqrt(counts[key]), 16)
        name = names[key]
        about = f"{name} ({details[key]})" if details[key] else name
        nodes.append(
            Node(
                round(cx + ring * cos, 1),
                round(cy + ring * sin, 1),
                round(r, 1),
                name,
                name if len(name) <= 24 else name[:23] + "…",
                f"{about} · {_plural(counts[key], 'meeting')}",
                round(cx + (ring + r + 6) * cos, 1),
                round(cy + (ring + r + 6) * sin + 4 + 6 * sin, 1),
                "start" if cos > 0.2 else "end" if cos < -0.2 else "middle",
                i < _MAX_LABELS,
            )
        )
    edges = [
        Edge(
            index[a],
            index[b],
            round(min(1 + 1.5 * (w - 1), 8), 1),
            f"{names[a]} – {names[b]}: {_plural(w, 'meeting')}",
        )
        for (a, b), w in sorted(weights.items())
    ]
    return Network(width, height, nodes, edges)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
