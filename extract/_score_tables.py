"""Score tables for `extract eval`: fixed-width text for the terminal, Markdown for docs.

`_evaluation` re-exports these functions, so the score records are imported from it
inside the functions (a module-level import would be circular).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._evaluation import PRF, Scores


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _tables(systems: Sequence[tuple[str, Scores]]) -> list[list[list[str]]]:
    """Rows (header first) of the P/R/F1 table and the field-accuracy table."""
    from ._evaluation import FIELDS, PRF_METRICS

    single = len(systems) == 1
    head = (
        ["P", "R", "F1", "tp", "fp", "fn"]
        if single
        else [f"{label} {m}" for label, _ in systems for m in ("P", "R", "F1")]
    )
    prf = [["metric", *head]]
    for metric in PRF_METRICS:
        row = [metric]
        for _, s in systems:
            v: PRF = getattr(s, metric)
            row += [_num(v.precision), _num(v.recall), _num(v.f1)]
            row += [str(v.tp), str(v.fp), str(v.fn)] if single else []
        prf.append(row)
    fields = [["field", *(["accuracy (correct/total)"] if single else [lab for lab, _ in systems])]]
    for name in FIELDS:
        cells = (getattr(s, name) for _, s in systems)
        fields.append(
            [
                name.replace("_", " "),
                *(f"{_num(a.accuracy)} ({a.correct}/{a.total})" for a in cells),
            ]
        )
    fields.append(
        [
            "false alarms",
            *(f"{s.false_alarms}/{s.no_meeting_articles} no-meeting" for _, s in systems),
        ]
    )
    fields.append(
        [
            "missing / failed",
            *(f"{len(s.missing_predictions)} / {len(s.failed_predictions)}" for _, s in systems),
        ]
    )
    return [prf, fields]


def _fixed(rows: list[list[str]]) -> str:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if c == 0 else cell.rjust(w)
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    )


def _markdown(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])


def _id_lists(scores: Scores) -> list[str]:
    named = [
        ("false alarms", scores.false_alarm_ids),
        ("missing predictions (counted as predicting nothing)", scores.missing_predictions),
        ("failed predictions (counted as predicting nothing)", scores.failed_predictions),
        ("predictions not in gold (ignored)", scores.unexpected_predictions),
    ]
    return [f"{name}: {', '.join(ids)}" for name, ids in named if ids]


def format_scores(scores: Scores, *, label: str = "", details: bool = True) -> str:
    """A fixed-width report; `details` adds per-article counts and error reasons."""
    out = [
        f"{label + ': ' if label else ''}{scores.articles} articles, "
        f"{scores.no_meeting_articles} without meetings"
    ]
    out += [_fixed(table) for table in _tables([(label, scores)])]
    out += ["\n".join(_id_lists(scores))] if _id_lists(scores) else []
    if details and scores.per_article:
        rows = [["article", "gold", "pred", "tp", "fp", "fn"]]
        rows += [
            [a.id, *map(str, (a.gold_meetings, a.predicted_meetings, a.tp, a.fp, a.fn))]
            for a in scores.per_article
        ]
        out.append(_fixed(rows))
        problems = [
            f"{a.id}:\n" + "\n".join(f"  - {e}" for e in a.errors)
            for a in scores.per_article
            if a.errors
        ]
        out += ["errors by article\n" + "\n".join(problems)] if problems else []
    return "\n\n".join(out) + "\n"


def format_side_by_side(a: Scores, b: Scores, labels: tuple[str, str]) -> str:
    """Two systems scored on the same gold, in one fixed-width table."""
    out = [f"{labels[0]} vs {labels[1]}: {a.articles} articles"]
    out += [_fixed(table) for table in _tables([(labels[0], a), (labels[1], b)])]
    by_id = {s.id: s for s in b.per_article}
    rows = [["article", f"{labels[0]} tp/fp/fn", f"{labels[1]} tp/fp/fn"]]
    for x in a.per_article:
        y = by_id.get(x.id)
        rows.append([x.id, f"{x.tp}/{x.fp}/{x.fn}", f"{y.tp}/{y.fp}/{y.fn}" if y else "-"])
    out.append(_fixed(rows))
    return "\n\n".join(out) + "\n"


def scores_to_markdown(scores: Scores | Sequence[tuple[str, Scores]]) -> str:
    """Markdown tables (P/R/F1, then field accuracies) for one or several systems."""
    from ._evaluation import Scores

    systems = [("", scores)] if isinstance(scores, Scores) else list(scores)
    if not systems:
        return ""
    intro = f"{systems[0][1].articles} gold articles."
    return "\n\n".join([intro, *(_markdown(t) for t in _tables(systems))]) + "\n"
