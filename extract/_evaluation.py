"""Scores for `extract eval GOLD_DIR`: predictions against gold, and the public entry points.

Predictions are `ArticleExtraction`s keyed by article id; a missing or failed (`error` set)
prediction counts as predicting nothing. Gold records live in `_gold`, the name, text and
pairing rules in `_matching`, the tables in `_score_tables`; their entry points are
re-exported here. docs/GOLD.md states these rules too.

- Participants of two meetings: pairable when their names match; `shared` = pairs found.
- Meetings of one article: a (predicted, gold) pair is eligible when shared >= 2, or when
  the gold meeting has <= 2 participants, shared >= 1 and the statuses are equal; weight =
  participant Jaccard shared / (|pred| + |gold| - shared).
- Agreements of a matched meeting: content words (folded, stopwords dropped, suffixes
  stemmed); eligible when Dice 2|A∩B| / (|A| + |B|) >= 0.3; weight = Dice.
Unmatched meetings give all their participants and agreements as fp (predicted) or fn (gold).

Field accuracies over matched meetings: date and kind, status exact (null == null is
correct); location null == null, else word-bounded containment either way; over matched
participants whose gold value is set: title word-set containment either way, country equal
after `extract._countries` normalization; agreement type over matched agreements.
Ratios with an empty denominator are 1.0 when the other side is empty too, else 0.0.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ._gold import GOLD_SUFFIX, GoldAgreement, GoldArticle, GoldMeeting, GoldParticipant, load_gold
from ._matching import (
    Person,
    assign_pairs,
    content_words,
    dice,
    location_ok,
    names_match,
    person,
    person_weight,
    same_country,
    title_ok,
)
from ._models import AgreementType, ArticleExtraction, Meeting, MeetingKind, MeetingStatus
from ._score_tables import format_scores, format_side_by_side, scores_to_markdown

__all__ = [
    "AGREEMENT_THRESHOLD",
    "FIELDS",
    "GOLD_SUFFIX",
    "PRF",
    "PRF_METRICS",
    "Accuracy",
    "ArticleScore",
    "GoldAgreement",
    "GoldArticle",
    "GoldMeeting",
    "GoldParticipant",
    "Scores",
    "format_scores",
    "format_side_by_side",
    "load_gold",
    "names_match",
    "score",
    "scores_to_markdown",
]

AGREEMENT_THRESHOLD = 0.3
_State = Literal["ok", "missing", "failed"]
FIELDS = ("date", "location", "kind", "status", "title", "country", "agreement_type")
PRF_METRICS = ("meetings", "participants", "agreements")


def _ratio(num: int, den: int, other: int) -> float:
    return num / den if den else (1.0 if other == 0 else 0.0)


class _Score(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PRF(_Score):
    """Precision, recall and F1 with the counts behind them."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> PRF:
        p, r = _ratio(tp, tp + fp, fn), _ratio(tp, tp + fn, fp)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return cls(tp=tp, fp=fp, fn=fn, precision=p, recall=r, f1=f1)


class Accuracy(_Score):
    correct: int
    total: int
    accuracy: float | None = Field(description="correct / total; null when nothing was compared.")


class ArticleScore(_Score):
    id: str
    prediction: _State
    gold_meetings: int
    predicted_meetings: int
    tp: int
    fp: int
    fn: int
    errors: tuple[str, ...] = Field(description="What went wrong, one short line each.")


class Scores(_Score):
    """Everything `extract eval` measures; `model_dump_json()` gives the JSON form."""

    articles: int
    meetings: PRF
    participants: PRF
    agreements: PRF
    date: Accuracy
    location: Accuracy
    kind: Accuracy
    status: Accuracy
    title: Accuracy
    country: Accuracy
    agreement_type: Accuracy
    no_meeting_articles: int
    false_alarms: int = Field(description="No-meeting articles with >= 1 predicted meeting.")
    false_alarm_ids: tuple[str, ...]
    missing_predictions: tuple[str, ...] = Field(description="Gold ids with no prediction.")
    failed_predictions: tuple[str, ...] = Field(description="Gold ids whose prediction failed.")
    unexpected_predictions: tuple[str, ...] = Field(description="Predicted ids not in gold.")
    per_article: tuple[ArticleScore, ...]


@dataclass(frozen=True)
class _Deal:
    summary: str
    type: AgreementType
    content: frozenset[str]


@dataclass(frozen=True)
class _View:
    """A gold or predicted meeting reduced to what the rules compare."""

    people: tuple[Person, ...]
    date: dt.date | None
    location: str | None
    kind: MeetingKind
    status: MeetingStatus
    deals: tuple[_Deal, ...]

    @property
    def label(self) -> str:
        names = " + ".join(p.label for p in self.people) or "(no participants)"
        return f"{names} ({self.status.value}, {self.date or 'no date'})"


def _view(meeting: GoldMeeting | Meeting) -> _View:
    people = tuple(person(p.name, p.aliases, p.title, p.country) for p in meeting.participants)
    deals = tuple(_Deal(a.summary, a.type, content_words(a.summary)) for a in meeting.agreements)
    return _View(people, meeting.date, meeting.location, meeting.kind, meeting.status, deals)


@dataclass
class _Tally:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, metric: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.counts.update({f"{metric}.tp": tp, f"{metric}.fp": fp, f"{metric}.fn": fn})

    def check(self, name: str, ok: bool, errors: list[str], message: str) -> None:
        self.counts.update({f"{name}.total": 1, f"{name}.correct": int(ok)})
        if not ok:
            errors.append(message)

    def prf(self, metric: str) -> PRF:
        c = self.counts
        return PRF.of(c[f"{metric}.tp"], c[f"{metric}.fp"], c[f"{metric}.fn"])

    def accuracy(self, name: str) -> Accuracy:
        correct, total = self.counts[f"{name}.correct"], self.counts[f"{name}.total"]
        return Accuracy(correct=correct, total=total, accuracy=correct / total if total else None)


def score(gold: Sequence[GoldArticle], predictions: Mapping[str, ArticleExtraction]) -> Scores:
    """Score predictions (keyed by article id) against gold articles."""
    tally = _Tally()
    per_article: list[ArticleScore] = []
    missing, failed, alarms = [], [], []
    for article in gold:
        pred = predictions.get(article.id)
        if pred is None:
            state: _State = "missing"
            missing.append(article.id)
            note = "no prediction for this article: counted as predicting nothing"
        elif pred.error is not None:
            state = "failed"
            failed.append(article.id)
            note = f"prediction failed ({pred.error.reason}): counted as predicting nothing"
        else:
            state, note = "ok", ""
        predicted = [_view(m) for m in pred.meetings] if pred is not None and state == "ok" else []
        if not article.meetings and predicted:
            alarms.append(article.id)
        per_article.append(_score_article(article, predicted, state, note, tally))
    gold_ids = {article.id for article in gold}
    return Scores(
        articles=len(gold),
        **{metric: tally.prf(metric) for metric in PRF_METRICS},
        **{name: tally.accuracy(name) for name in FIELDS},
        no_meeting_articles=sum(1 for article in gold if not article.meetings),
        false_alarms=len(alarms),
        false_alarm_ids=tuple(alarms),
        missing_predictions=tuple(missing),
        failed_predictions=tuple(failed),
        unexpected_predictions=tuple(sorted(set(predictions) - gold_ids)),
        per_article=tuple(per_article),
    )


def _meeting_weight(pred: _View, gold: _View, shared: int) -> float | None:
    eligible = shared >= 2 or (len(gold.people) <= 2 and shared >= 1 and pred.status == gold.status)
    if not eligible:
        return None
    jaccard = shared / (len(pred.people) + len(gold.people) - shared)
    # Tie-break only: the same people can meet twice (a call, then a planned visit);
    # pair each prediction with the gold meeting whose status, date and kind agree.
    agree = (pred.status == gold.status) + (pred.date == gold.date) + (pred.kind == gold.kind)
    return jaccard + 0.001 * agree


def _score_article(
    article: GoldArticle, preds: list[_View], state: _State, note: str, tally: _Tally
) -> ArticleScore:
    golds = [_view(m) for m in article.meetings]
    errors = [note] if note else []
    people_pairs = {
        (i, j): assign_pairs([[person_weight(p, g) or None for g in gv.people] for p in pv.people])
        for i, pv in enumerate(preds)
        for j, gv in enumerate(golds)
    }
    shared = [[len(people_pairs[i, j]) for j in range(len(golds))] for i in range(len(preds))]
    matched = assign_pairs(
        [
            [_meeting_weight(pv, gv, shared[i][j]) for j, gv in enumerate(golds)]
            for i, pv in enumerate(preds)
        ]
    )
    for i, j in matched:
        _compare(preds[i], golds[j], people_pairs[i, j], tally, errors)
    done_p, done_g = {i for i, _ in matched}, {j for _, j in matched}
    for i, pv in enumerate(preds):
        if i not in done_p:
            tally.add("participants", fp=len(pv.people))
            tally.add("agreements", fp=len(pv.deals))
            near = max(((len(people_pairs[i, j]), j) for j in range(len(golds))), default=(0, 0))
            hint = (
                (
                    f" (shares {near[0]} participant(s) with gold {golds[near[1]].label}; a "
                    "match needs 2, or 1 with a same-status two-person meeting)"
                )
                if near[0]
                else ""
            )
            errors.append(f"spurious meeting: {pv.label}{hint}")
    for j, gv in enumerate(golds):
        if j not in done_g:
            tally.add("participants", fn=len(gv.people))
            tally.add("agreements", fn=len(gv.deals))
            errors.append(f"missed meeting: {gv.label}")
    tp, fp, fn = len(matched), len(preds) - len(matched), len(golds) - len(matched)
    tally.add("meetings", tp=tp, fp=fp, fn=fn)
    return ArticleScore(
        id=article.id,
        prediction=state,
        gold_meetings=len(golds),
        predicted_meetings=len(preds),
        tp=tp,
        fp=fp,
        fn=fn,
        errors=tuple(errors),
    )


def _compare(
    pred: _View, gold: _View, pairs: list[tuple[int, int]], tally: _Tally, errors: list[str]
) -> None:
    at = f"meeting {gold.label}:"
    tally.check(
        "date", pred.date == gold.date, errors, f"{at} date {pred.date} vs gold {gold.date}"
    )
    tally.check(
        "location",
        location_ok(pred.location, gold.location),
        errors,
        f"{at} location {pred.location!r} vs gold {gold.location!r}",
    )
    tally.check(
        "kind", pred.kind == gold.kind, errors, f"{at} kind {pred.kind} vs gold {gold.kind}"
    )
    tally.check(
        "status",
        pred.status == gold.status,
        errors,
        f"{at} status {pred.status} vs gold {gold.status}",
    )
    tally.add(
        "participants",
        tp=len(pairs),
        fp=len(pred.people) - len(pairs),
        fn=len(gold.people) - len(pairs),
    )
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    errors += [
        f"{at} extra participant {p.label!r}"
        for i, p in enumerate(pred.people)
        if i not in paired_p
    ]
    errors += [
        f"{at} missing participant {g.label!r}"
        for j, g in enumerate(gold.people)
        if j not in paired_g
    ]
    for i, j in pairs:
        p, g = pred.people[i], gold.people[j]
        if g.title is not None:
            tally.check(
                "title",
                title_ok(p.title, g.title),
                errors,
                f"{at} title of {g.label!r} {p.title!r} vs gold {g.title!r}",
            )
        if g.country is not None:
            ok = p.country is not None and same_country(p.country, g.country)
            tally.check(
                "country",
                ok,
                errors,
                f"{at} country of {g.label!r} {p.country!r} vs gold {g.country!r}",
            )
    weights = [
        [
            d if (d := dice(a.content, b.content)) >= AGREEMENT_THRESHOLD else None
            for b in gold.deals
        ]
        for a in pred.deals
    ]
    deal_pairs = assign_pairs(weights)
    tally.add(
        "agreements",
        tp=len(deal_pairs),
        fp=len(pred.deals) - len(deal_pairs),
        fn=len(gold.deals) - len(deal_pairs),
    )
    for i, j in deal_pairs:
        a, b = pred.deals[i], gold.deals[j]
        tally.check(
            "agreement_type",
            a.type == b.type,
            errors,
            f"{at} agreement {b.summary!r} typed {a.type} vs gold {b.type}",
        )
    paired_a, paired_b = {i for i, _ in deal_pairs}, {j for _, j in deal_pairs}
    errors += [
        f"{at} spurious agreement {a.summary!r}"
        for i, a in enumerate(pred.deals)
        if i not in paired_a
    ]
    errors += [
        f"{at} missed agreement {b.summary!r}"
        for j, b in enumerate(gold.deals)
        if j not in paired_b
    ]
