"""The self-contained HTML report: highlighted evidence, a meeting table, a
timeline and a network of officials, in one file that opens from disk.

Span segmentation is computed here in Python, not in the page: evidence offsets
count Python `str` characters (JS strings count UTF-16 units, so text with
astral characters would drift). The drawings' layouts live in `_report_layout`;
CSS and JS beside the template in `templates/`.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from extract._models import ArticleExtraction, Evidence, Meeting
from extract._output import read_results, write_text
from extract._report_layout import network, timeline

DEFAULT_TITLE = "Diplomatic meetings"
# Distinct hues that stay readable both as a light tint and as an underline on white.
_PALETTE = (
    "#3b6fb6", "#d1495b", "#2e9e6a", "#e07b1f", "#8a5cc2",
    "#1f9bb0", "#b8860b", "#8c6d4f", "#d45fa0", "#5f6b7a",
)  # fmt: skip
_LONE_OFFICIAL_COLOUR = "#7b8794"  # officials named in an article but in none of its meetings


@dataclass(frozen=True, slots=True)
class ReportStats:
    """What went into a written report."""

    articles: int
    failed: int
    meetings: int
    officials: int
    agreements: int
    truncated_line: int | None = None  # 1-based number of a cut-off last line that was skipped


class _Span(NamedTuple):
    start: int
    end: int
    rid: str  # record shown on click: "m3" (a meeting) or "o2" (an official in no meeting)
    role: str  # "meeting", "official" or "agreement": decides how the span is drawn
    part: str  # which participant ("p0") or agreement ("a1") of the record; "" for the record
    colour: str
    quote: str


@dataclass(frozen=True, slots=True)
class _Segment:
    """A run of text covered by exactly the same spans (innermost first)."""

    text: str
    spans: tuple[_Span, ...] = ()

    @property
    def recs(self) -> str:
        return " ".join(dict.fromkeys(s.rid for s in self.spans))

    @property
    def refs(self) -> str:
        return " ".join(dict.fromkeys(f"{s.rid}/{s.part}" if s.part else s.rid for s in self.spans))

    @property
    def classes(self) -> str:
        roles = sorted({f"hl-{s.role}" for s in self.spans})
        return " ".join([*roles, "hl-multi"] if " " in self.recs else roles)

    @property
    def style(self) -> str:
        colours = list(dict.fromkeys(s.colour for s in self.spans if s.role == "meeting"))
        rules = []
        # --hl-bg is the tint; --hl-on the stronger one used while the record is selected.
        for var, alpha in (("--hl-bg", 0.2), ("--hl-on", 0.42)):
            if len(colours) == 1:
                rules.append(f"{var}:{_tint(colours[0], alpha)}")
            elif colours:  # several meetings share this text: one horizontal band each
                step = 100 / len(colours)
                stops = [
                    f"{_tint(c, alpha)} {i * step:.0f}% {(i + 1) * step:.0f}%"
                    for i, c in enumerate(colours)
                ]
                rules.append(f"{var}:linear-gradient(180deg,{','.join(stops)})")
        for role, var in (("official", "--hl-ul"), ("agreement", "--hl-ag")):
            colour = next((s.colour for s in self.spans if s.role == role), None)
            if colour:
                rules.append(f"{var}:{colour}")
        return ";".join(rules)


@dataclass(slots=True)
class _MeetingEntry:
    rid: str
    label: str
    colour: str
    meeting: Meeting
    sources: dict[str, str] = field(default_factory=dict)  # article id -> anchor ("" if absent)

    @property
    def countries(self) -> list[str]:
        return sorted({p.country for p in self.meeting.participants if p.country})

    @property
    def search(self) -> str:
        """Everything the table filter should match, aliases included though not shown."""
        m = self.meeting
        words = [self.label, str(m.date or ""), m.date_text or "", m.location or ""]
        words += [m.occasion or "", m.kind.value, m.status.value, *m.topics, *self.sources]
        for p in m.participants:
            words += [p.name, *p.aliases, p.title or "", p.country or "", p.country_code or ""]
        words += [a.summary for a in m.agreements]
        return " ".join(w for w in words if w).lower()


@dataclass(frozen=True, slots=True)
class _ArticleView:
    anchor: str
    result: ArticleExtraction
    segments: list[_Segment] | None  # None when the result carries no text
    quotes: list[_Segment]  # evidence shown alone: no text, or offsets that do not match it
    chips: list[tuple[str, str, str]]  # (record id, label, colour) of the records found here


def render_report(results: Sequence[ArticleExtraction], *, title: str = DEFAULT_TITLE) -> str:
    """Render results as one self-contained HTML page (inline CSS/JS, no network)."""
    return _render(results, title=title, truncated_line=None)[0]


def write_report(results_path: Path, out_path: Path, *, title: str | None = None) -> ReportStats:
    """Read a results JSONL file and write its HTML report atomically to `out_path`."""
    skipped: list[int] = []  # a cut-off last line, from a run killed mid-write
    results = list(read_results(Path(results_path), on_skip=lambda n, _m: skipped.append(n)))
    html, stats = _render(
        results, title=title or DEFAULT_TITLE, truncated_line=skipped[-1] if skipped else None
    )
    # Atomic: readers see the old report or the new one, never half of one.
    write_text(
        Path(out_path),
        html,
        hint="check that the folder is writable and has free space, or pass another -o path",
    )
    return stats


def _render(
    results: Sequence[ArticleExtraction], *, title: str, truncated_line: int | None
) -> tuple[str, ReportStats]:
    anchors: dict[str, str] = {}
    for i, result in enumerate(results, 1):
        anchors.setdefault(result.article_id, f"article-{i}")
    entries: dict[str, _MeetingEntry] = {}
    records: dict[str, dict[str, Any]] = {}
    articles = [
        _article_view(result, f"article-{i}", anchors, entries, records)
        for i, result in enumerate(results, 1)
        if result.error is None
    ]
    titles = {r.article_id: r.title or r.article_id for r in results}
    meetings = list(entries.values())
    for entry in meetings:
        records[entry.rid] = _meeting_record(entry, titles)
    people = network(meetings, by_country=False)
    failures = [r for r in results if r.error is not None]
    stats = ReportStats(
        articles=len(results),
        failed=len(failures),
        meetings=len(meetings),
        officials=len(people.nodes),
        agreements=sum(len(e.meeting.agreements) for e in meetings),
        truncated_line=truncated_line,
    )
    html = (
        _environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            stats=stats,
            meetings=meetings,
            articles=articles,
            failures=failures,
            timeline=timeline(meetings),
            people=people,
            countries=network(meetings, by_country=True),
            css=_static("report.css"),
            js=_static("report.js"),
            data_json=_script_json({"records": records}),
        )
    )
    return html, stats


def _article_view(
    result: ArticleExtraction,
    anchor: str,
    anchors: dict[str, str],
    entries: dict[str, _MeetingEntry],
    records: dict[str, dict[str, Any]],
) -> _ArticleView:
    spans: list[_Span] = []
    chips: list[tuple[str, str, str]] = []
    in_meetings: set[str] = set()

    def add(rid: str, role: str, part: str, colour: str, evidence: list[Evidence]) -> None:
        spans.extend(_Span(e.start, e.end, rid, role, part, colour, e.quote) for e in evidence)

    for m_index, meeting in enumerate(result.meetings):
        key = meeting.id or f"{anchor}/{m_index}"  # an id shared across articles is one row
        if key not in entries:
            n = len(entries) + 1
            entries[key] = _MeetingEntry(
                f"m{n}", f"M{n}", _PALETTE[(n - 1) % len(_PALETTE)], meeting
            )
        entry = entries[key]
        for source in [result.article_id, *meeting.sources]:
            entry.sources.setdefault(source, anchors.get(source, ""))
        chips.append((entry.rid, entry.label, entry.colour))
        add(entry.rid, "meeting", "", entry.colour, meeting.evidence)
        for i, person in enumerate(meeting.participants):
            in_meetings.add(person.key)
            add(entry.rid, "official", f"p{i}", entry.colour, person.evidence)
        for i, agreement in enumerate(meeting.agreements):
            add(entry.rid, "agreement", f"a{i}", entry.colour, agreement.evidence)
    for person in result.officials:
        if person.key in in_meetings or not person.evidence:
            continue
        rid = f"o{len(records) + 1}"  # meeting records are only added after all articles
        records[rid] = {"type": "official", **person.model_dump(mode="json", exclude={"evidence"})}
        chips.append((rid, person.name, _LONE_OFFICIAL_COLOUR))
        add(rid, "official", "", _LONE_OFFICIAL_COLOUR, person.evidence)
    spans = list(dict.fromkeys(spans))
    chips = list(dict.fromkeys(chips))
    text = getattr(result, "text", None)
    if not isinstance(text, str):
        return _ArticleView(anchor, result, None, _quote_segments(spans), chips)
    # Offsets that do not match the text (stale or foreign results) are shown as quotes instead.
    placed = [s for s in spans if text[s.start : s.end] == s.quote]
    stray = [s for s in spans if text[s.start : s.end] != s.quote]
    return _ArticleView(anchor, result, _segment(text, placed), _quote_segments(stray), chips)


def _quote_segments(spans: list[_Span]) -> list[_Segment]:
    return [_Segment(s.quote, (s,)) for s in sorted(spans, key=lambda s: (s.start, s.end))]


def _segment(text: str, spans: Sequence[_Span]) -> list[_Segment]:
    """Cut `text` at every span boundary so overlapping spans never nest in the HTML."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    return [
        _Segment(
            text[start:end],
            tuple(
                sorted(
                    (s for s in spans if s.start <= start and end <= s.end),
                    key=lambda s: (s.end - s.start, s.start, s.rid, s.part),
                )
            ),
        )
        for start, end in itertools.pairwise(cuts)
    ]


def _meeting_record(entry: _MeetingEntry, titles: dict[str, str]) -> dict[str, Any]:
    no_evidence = {"__all__": {"evidence"}}
    record = entry.meeting.model_dump(
        mode="json",
        exclude={"evidence": True, "participants": no_evidence, "agreements": no_evidence},
    )
    record.update(type="meeting", label=entry.label, colour=entry.colour)
    record["sources"] = [
        {"id": aid, "anchor": anchor, "title": titles.get(aid, aid)}
        for aid, anchor in entry.sources.items()
    ]
    return record


def _script_json(data: object) -> Markup:
    """JSON safe inside <script>: '<', '>' and '&' become \\u escapes, so no '</script>'."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # noqa: S704 - every markup-significant character is escaped above


def _tint(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("extract", "templates"),
        autoescape=True,  # every article string and model output is escaped
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _static(name: str) -> Markup:
    # CSS and JS are inlined verbatim, not parsed as Jinja (their braces would clash).
    env = _environment()
    assert env.loader is not None
    return Markup(env.loader.get_source(env, name)[0])  # noqa: S704 - our own static asset, not user data
