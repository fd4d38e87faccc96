"""Gold loading, matching rules and scores for `extract eval GOLD_DIR`.

A gold folder holds pairs `<id>.txt` + `<id>.gold.json` (shape in docs/GOLD.md, which
states these rules too). Predictions are `ArticleExtraction`s keyed by article id; a
missing or failed (`error` set) prediction counts as predicting nothing.

Names: casefold, NFKD accent folding; periods and apostrophes dropped, other punctuation
separates words; leading title words (President, Foreign, Minister, Director, Mr, ...) are
stripped while a word remains. Each name gives two token sets, hyphens removed
("Seong-rak" -> seongrak) and hyphens as spaces (seong, rak). Two names match exactly when
a pair of those sets is equal or the space-free joins of some rotation of their tokens are
equal ("Wi Seong-rak" = "Seongrak Wi"); partially when one set is a subset of the other
("Director Wi" ⊂ "Wi Seong-rak"). People match when any of their names (name + aliases)
match; an exact match weighs 1, a partial one 0.5.

Pairing: `_assign` pairs items one-to-one, maximizing the number of pairs, then the total
weight (exact search; greedy by weight only when both sides exceed 10 items).
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
after normalization (a few aliases: US, UK, ROK, ...); agreement type over matched agreements.
Ratios with an empty denominator are 1.0 when the other side is empty too, else 0.0.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError

from ._exceptions import InputError
from ._models import AgreementType, ArticleExtraction, Meeting, MeetingKind, MeetingStatus

GOLD_SUFFIX = ".gold.json"
AGREEMENT_THRESHOLD = 0.3
_EXACT_LIMIT = 10

# ---------------------------------------------------------------- gold records


def _iso_date(value: object) -> object:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)  # ValueError for e.g. 2026-02-30
    raise ValueError(f"expected an ISO date YYYY-MM-DD or null, got {value!r}")


_IsoDate = Annotated[dt.date | None, BeforeValidator(_iso_date)]
_Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _GoldRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldParticipant(_GoldRecord):
    name: _Name
    aliases: tuple[_Name, ...] = ()
    title: str | None = None
    country: str | None = None


class GoldAgreement(_GoldRecord):
    summary: _Name
    type: AgreementType


class GoldMeeting(_GoldRecord):
    participants: tuple[GoldParticipant, ...] = Field(min_length=1)
    date: _IsoDate = None
    date_text: str | None = None
    location: str | None = None
    occasion: str | None = None
    kind: MeetingKind
    status: MeetingStatus
    agreements: tuple[GoldAgreement, ...] = ()


class _GoldFile(_GoldRecord):
    id: _Name
    published: _IsoDate = None
    notes: str = ""
    meetings: tuple[GoldMeeting, ...]


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its text and the meetings a reader finds in it."""

    id: str
    text: str
    published: dt.date | None
    meetings: tuple[GoldMeeting, ...]
    notes: str = ""
    path: Path | None = None


def _bad_gold(path: Path, problem: str) -> InputError:
    return InputError(
        f"{path}: {problem}. Fix the gold file (the shape is in docs/GOLD.md).",
        reason="bad_gold",
    )


def _loc(parts: Iterable[int | str]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    """Read every `<id>.gold.json` in `gold_dir` with its `<id>.txt`, sorted by id."""
    if not gold_dir.is_dir():
        raise InputError(f"gold folder {gold_dir} does not exist or is not a folder; "
                         "pass the folder holding <id>.txt + <id>.gold.json pairs.",
                         reason="bad_gold")
    paths = sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))
    if not paths:
        raise InputError(f"no *{GOLD_SUFFIX} files in {gold_dir}; pass the folder holding "
                         "<id>.txt + <id>.gold.json pairs.", reason="bad_gold")
    return [_load_one(path) for path in paths]


def _load_one(path: Path) -> GoldArticle:
    stem = path.name.removesuffix(GOLD_SUFFIX)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad_gold(path, f"not valid UTF-8 JSON ({exc})") from exc
    try:
        gold = _GoldFile.model_validate(data)
    except PydanticValidationError as exc:
        problems = "; ".join(f"{_loc(e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
        raise _bad_gold(path, f"invalid gold ({problems})") from exc
    if gold.id != stem:
        raise _bad_gold(path, f"id: {gold.id!r} differs from the file name {stem!r}")
    for m, meeting in enumerate(gold.meetings):
        people = [_person(p.name, p.aliases) for p in meeting.participants]
        for i in range(len(people)):
            for j in range(i):
                if _person_weight(people[i], people[j]) == 1.0:
                    raise _bad_gold(path, f"meetings[{m}].participants[{i}]: "
                                    f"{people[i].label!r} repeats participant {people[j].label!r}")
    text_path = path.with_name(f"{stem}.txt")
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problem = f"its article {text_path.name} cannot be read as UTF-8 ({exc})"
        raise _bad_gold(path, problem) from exc
    if not text.strip():
        raise _bad_gold(path, f"its article {text_path.name} is empty")
    return GoldArticle(gold.id, text, gold.published, gold.meetings, gold.notes, path)


# ---------------------------------------------------------------- normalization

_TITLE_TEXT = """
president vice prime minister foreign defense defence finance trade secretary general state of
the for affairs mr mrs ms miss dr prof professor director deputy chief head ambassador envoy
special chancellor premier king queen prince princess crown sheikh emir his her majesty
highness excellency chairman chair chairwoman chairperson senator sen rep representative
governor gov mayor commissioner spokesperson spokesman adviser advisor national security
counselor under assistant first lady pope admiral gen lt col commander
"""
_STOP_TEXT = """
a an the and or of to in on at for with by from as is are was were be been will would shall
should can could may might that this these those it its their they them he she his her we our
us both two sides side each other also further new more agree agreed agrees into over about
between during after before their
"""
_TITLE_WORDS = frozenset(_TITLE_TEXT.split())
_STOPWORDS = frozenset(_STOP_TEXT.split())
_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ies", "ied", "ed", "es", "ly", "s")
_FILLER_TITLE_WORDS = frozenset({"of", "the", "and", "for", "to"})
_COUNTRY_ALIASES = {
    "us": "united states", "usa": "united states", "united states of america": "united states",
    "america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "rok": "south korea", "republic of korea": "south korea",
    "korea republic of": "south korea", "dprk": "north korea",
    "democratic peoples republic of korea": "north korea", "prc": "china",
    "peoples republic of china": "china", "russian federation": "russia", "turkiye": "turkey",
    "czechia": "czech republic", "uae": "united arab emirates",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", re.sub(r"[.'’`]", "", _fold(text)))


@dataclass(frozen=True)
class _NameForm:
    joined: frozenset[str]
    split: frozenset[str]
    rotations: frozenset[str]


@functools.lru_cache(maxsize=4096)
def _name_form(name: str) -> _NameForm | None:
    text = re.sub(r"[.'’`]", "", _fold(name)).replace("\u2010", "-").replace("\u2011", "-")
    words = [w.strip("-") for w in re.split(r"[^\w-]+|_", text) if w.strip("-")]
    while len(words) > 1 and all(p in _TITLE_WORDS for p in words[0].split("-")):
        words.pop(0)
    if not words:
        return None
    parts = [p for w in words for p in w.split("-") if p]
    return _NameForm(
        frozenset(w.replace("-", "") for w in words),
        frozenset(parts),
        frozenset("".join(parts[i:] + parts[:i]) for i in range(len(parts))),
    )


def _name_weight(a: _NameForm, b: _NameForm) -> float:
    if a.joined == b.joined or a.split == b.split or a.rotations & b.rotations:
        return 1.0
    if a.joined <= b.joined or b.joined <= a.joined or a.split <= b.split or b.split <= a.split:
        return 0.5
    return 0.0


def names_match(a: str, b: str) -> bool:
    """True when two name strings match under the evaluation's name rule."""
    fa, fb = _name_form(a), _name_form(b)
    return fa is not None and fb is not None and _name_weight(fa, fb) > 0


@dataclass(frozen=True)
class _Person:
    label: str
    forms: tuple[_NameForm, ...]
    title: str | None = None
    country: str | None = None


def _person(name: str, aliases: Iterable[str], title: str | None = None,
            country: str | None = None) -> _Person:
    forms = (_name_form(n) for n in (name, *aliases))
    return _Person(name, tuple(f for f in forms if f is not None), title, country)


def _person_weight(a: _Person, b: _Person) -> float:
    return max((_name_weight(x, y) for x in a.forms for y in b.forms), default=0.0)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _content(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _words(text) if len(w) > 1 and w not in _STOPWORDS)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _location_ok(pred: str | None, gold: str | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    p, g = f" {' '.join(_words(pred))} ", f" {' '.join(_words(gold))} "
    return p.strip() != "" and g.strip() != "" and (p in g or g in p)


def _title_ok(pred: str | None, gold: str) -> bool:
    p, g = ({w for w in _words(t) if w not in _FILLER_TITLE_WORDS} for t in (pred or "", gold))
    return bool(p) and bool(g) and (p <= g or g <= p)


def _country_key(name: str) -> str:
    words = _words(name)
    key = " ".join(words[1:] if words[:1] == ["the"] else words)
    return _COUNTRY_ALIASES.get(key, key)


def _assign(weights: Sequence[Sequence[float | None]]) -> list[tuple[int, int]]:
    """One-to-one (row, col) pairs maximizing the pair count, then the total weight.

    `None` marks a pair that may not match.
    """
    rows, cols = len(weights), len(weights[0]) if weights else 0
    if cols > _EXACT_LIMIT and rows <= _EXACT_LIMIT:
        flipped = [[weights[r][c] for r in range(rows)] for c in range(cols)]
        return sorted((r, c) for c, r in _assign(flipped))
    if cols > _EXACT_LIMIT or rows > _EXACT_LIMIT * 20:
        ranked = sorted((-w, r, c) for r, row in enumerate(weights)
                        for c, w in enumerate(row) if w is not None)
        return _greedy_pairs(ranked)

    @functools.cache
    def best(row: int, used: int) -> tuple[int, float, tuple[tuple[int, int], ...]]:
        if row == rows:
            return 0, 0.0, ()
        options = [best(row + 1, used)]
        for col, weight in enumerate(weights[row]):
            if weight is not None and not used >> col & 1:
                count, total, pairs = best(row + 1, used | 1 << col)
                options.append((count + 1, total + weight, ((row, col), *pairs)))
        return max(options, key=lambda option: (option[0], option[1]))

    return list(best(0, 0)[2])


def _greedy_pairs(ranked: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    used_r: set[int] = set()
    used_c: set[int] = set()
    pairs = []
    for _, r, c in ranked:
        if r not in used_r and c not in used_c:
            used_r.add(r)
            used_c.add(c)
            pairs.append((r, c))
    return sorted(pairs)


# ---------------------------------------------------------------- scores

_State = Literal["ok", "missing", "failed"]
FIELDS = ("date", "location", "kind", "status", "title", "country", "agreement_type")
_PRF_METRICS = ("meetings", "participants", "agreements")


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

    people: tuple[_Person, ...]
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
    people = tuple(_person(p.name, p.aliases, p.title, p.country) for p in meeting.participants)
    deals = tuple(_Deal(a.summary, a.type, _content(a.summary)) for a in meeting.agreements)
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
        **{metric: tally.prf(metric) for metric in _PRF_METRICS},
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
    return shared / (len(pred.people) + len(gold.people) - shared) if eligible else None


def _score_article(
    article: GoldArticle, preds: list[_View], state: _State, note: str, tally: _Tally
) -> ArticleScore:
    golds = [_view(m) for m in article.meetings]
    errors = [note] if note else []
    people_pairs = {
        (i, j): _assign([[_person_weight(p, g) or None for g in gv.people] for p in pv.people])
        for i, pv in enumerate(preds) for j, gv in enumerate(golds)
    }
    shared = [[len(people_pairs[i, j]) for j in range(len(golds))] for i in range(len(preds))]
    matched = _assign([[_meeting_weight(pv, gv, shared[i][j]) for j, gv in enumerate(golds)]
                       for i, pv in enumerate(preds)])
    for i, j in matched:
        _compare(preds[i], golds[j], people_pairs[i, j], tally, errors)
    done_p, done_g = {i for i, _ in matched}, {j for _, j in matched}
    for i, pv in enumerate(preds):
        if i not in done_p:
            tally.add("participants", fp=len(pv.people))
            tally.add("agreements", fp=len(pv.deals))
            near = max(((len(people_pairs[i, j]), j) for j in range(len(golds))), default=(0, 0))
            hint = (f" (shares {near[0]} participant(s) with gold {golds[near[1]].label}; a "
                    "match needs 2, or 1 with a same-status two-person meeting)") if near[0] else ""
            errors.append(f"spurious meeting: {pv.label}{hint}")
    for j, gv in enumerate(golds):
        if j not in done_g:
            tally.add("participants", fn=len(gv.people))
            tally.add("agreements", fn=len(gv.deals))
            errors.append(f"missed meeting: {gv.label}")
    tp, fp, fn = len(matched), len(preds) - len(matched), len(golds) - len(matched)
    tally.add("meetings", tp=tp, fp=fp, fn=fn)
    return ArticleScore(id=article.id, prediction=state, gold_meetings=len(golds),
                        predicted_meetings=len(preds), tp=tp, fp=fp, fn=fn, errors=tuple(errors))


def _compare(pred: _View, gold: _View, pairs: list[tuple[int, int]], tally: _Tally,
             errors: list[str]) -> None:
    at = f"meeting {gold.label}:"
    tally.check("date", pred.date == gold.date, errors,
                f"{at} date {pred.date} vs gold {gold.date}")
    tally.check("location", _location_ok(pred.location, gold.location), errors,
                f"{at} location {pred.location!r} vs gold {gold.location!r}")
    tally.check("kind", pred.kind == gold.kind, errors,
                f"{at} kind {pred.kind} vs gold {gold.kind}")
    tally.check("status", pred.status == gold.status, errors,
                f"{at} status {pred.status} vs gold {gold.status}")
    tally.add("participants", tp=len(pairs), fp=len(pred.people) - len(pairs),
              fn=len(gold.people) - len(pairs))
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    errors += [f"{at} extra participant {p.label!r}"
               for i, p in enumerate(pred.people) if i not in paired_p]
    errors += [f"{at} missing participant {g.label!r}"
               for j, g in enumerate(gold.people) if j not in paired_g]
    for i, j in pairs:
        p, g = pred.people[i], gold.people[j]
        if g.title is not None:
            tally.check("title", _title_ok(p.title, g.title), errors,
                        f"{at} title of {g.label!r} {p.title!r} vs gold {g.title!r}")
        if g.country is not None:
            ok = p.country is not None and _country_key(p.country) == _country_key(g.country)
            tally.check("country", ok, errors,
                        f"{at} country of {g.label!r} {p.country!r} vs gold {g.country!r}")
    weights = [[d if (d := _dice(a.content, b.content)) >= AGREEMENT_THRESHOLD else None
                for b in gold.deals] for a in pred.deals]
    deal_pairs = _assign(weights)
    tally.add("agreements", tp=len(deal_pairs), fp=len(pred.deals) - len(deal_pairs),
              fn=len(gold.deals) - len(deal_pairs))
    for i, j in deal_pairs:
        a, b = pred.deals[i], gold.deals[j]
        tally.check("agreement_type", a.type == b.type, errors,
                    f"{at} agreement {b.summary!r} typed {a.type} vs gold {b.type}")
    paired_a, paired_b = {i for i, _ in deal_pairs}, {j for _, j in deal_pairs}
    errors += [f"{at} spurious agreement {a.summary!r}"
               for i, a in enumerate(pred.deals) if i not in paired_a]
    errors += [f"{at} missed agreement {b.summary!r}"
               for j, b in enumerate(gold.deals) if j not in paired_b]


# ---------------------------------------------------------------- tables


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _tables(systems: Sequence[tuple[str, Scores]]) -> list[list[list[str]]]:
    """Rows (header first) of the P/R/F1 table and the field-accuracy table."""
    single = len(systems) == 1
    head = ["P", "R", "F1", "tp", "fp", "fn"] if single else [
        f"{label} {m}" for label, _ in systems for m in ("P", "R", "F1")]
    prf = [["metric", *head]]
    for metric in _PRF_METRICS:
        row = [metric]
        for _, s in systems:
            v: PRF = getattr(s, metric)
            row += [_num(v.precision), _num(v.recall), _num(v.f1)]
            row += [str(v.tp), str(v.fp), str(v.fn)] if single else []
        prf.append(row)
    fields = [["field", *(["accuracy (correct/total)"] if single else [lab for lab, _ in systems])]]
    for name in FIELDS:
        cells = (getattr(s, name) for _, s in systems)
        fields.append([name.replace("_", " "),
                       *(f"{_num(a.accuracy)} ({a.correct}/{a.total})" for a in cells)])
    fields.append(["false alarms", *(f"{s.false_alarms}/{s.no_meeting_articles} no-meeting"
                                     for _, s in systems)])
    fields.append(["missing / failed", *(
        f"{len(s.missing_predictions)} / {len(s.failed_predictions)}" for _, s in systems)])
    return [prf, fields]


def _fixed(rows: list[list[str]]) -> str:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) if c == 0 else cell.rjust(w)
                  for c, (cell, w) in enumerate(zip(row, widths, strict=True))).rstrip()
        for row in rows)


def _markdown(rows: list[list[str]]) -> str:
    head, *body = rows
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])


def _id_lists(scores: Scores) -> list[str]:
    named = [("false alarms", scores.false_alarm_ids),
             ("missing predictions (counted as predicting nothing)", scores.missing_predictions),
             ("failed predictions (counted as predicting nothing)", scores.failed_predictions),
             ("predictions not in gold (ignored)", scores.unexpected_predictions)]
    return [f"{name}: {', '.join(ids)}" for name, ids in named if ids]


def format_scores(scores: Scores, *, label: str = "", details: bool = True) -> str:
    """A fixed-width report; `details` adds per-article counts and error reasons."""
    out = [f"{label + ': ' if label else ''}{scores.articles} articles, "
           f"{scores.no_meeting_articles} without meetings"]
    out += [_fixed(table) for table in _tables([(label, scores)])]
    out += ["\n".join(_id_lists(scores))] if _id_lists(scores) else []
    if details and scores.per_article:
        rows = [["article", "gold", "pred", "tp", "fp", "fn"]]
        rows += [[a.id, *map(str, (a.gold_meetings, a.predicted_meetings, a.tp, a.fp, a.fn))]
                 for a in scores.per_article]
        out.append(_fixed(rows))
        problems = [f"{a.id}:\n" + "\n".join(f"  - {e}" for e in a.errors)
                    for a in scores.per_article if a.errors]
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
    systems = [("", scores)] if isinstance(scores, Scores) else list(scores)
    if not systems:
        return ""
    intro = f"{systems[0][1].articles} gold articles."
    return "\n\n".join([intro, *(_markdown(t) for t in _tables(systems))]) + "\n"
