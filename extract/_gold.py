"""Gold records for `extract eval`: what a reader finds in an article, and `load_gold`.

A gold folder holds pairs `<id>.txt` + `<id>.gold.json` (shape in docs/GOLD.md). Loading
is strict: unknown keys, bad dates, a repeated participant or an unreadable article stop
with an `InputError` naming the file and the field.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic import ValidationError as PydanticValidationError

from ._exceptions import InputError
from ._matching import person, person_weight
from ._models import AgreementType, MeetingKind, MeetingStatus

GOLD_SUFFIX = ".gold.json"


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
        raise InputError(
            f"gold folder {gold_dir} does not exist or is not a folder; "
            "pass the folder holding <id>.txt + <id>.gold.json pairs.",
            reason="bad_gold",
        )
    paths = sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))
    if not paths:
        raise InputError(
            f"no *{GOLD_SUFFIX} files in {gold_dir}; pass the folder holding "
            "<id>.txt + <id>.gold.json pairs.",
            reason="bad_gold",
        )
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
        people = [person(p.name, p.aliases) for p in meeting.participants]
        for i in range(len(people)):
            for j in range(i):
                if person_weight(people[i], people[j]) == 1.0:
                    raise _bad_gold(
                        path,
                        f"meetings[{m}].participants[{i}]: "
                        f"{people[i].label!r} repeats participant {people[j].label!r}",
                    )
    text_path = path.with_name(f"{stem}.txt")
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problem = f"its article {text_path.name} cannot be read as UTF-8 ({exc})"
        raise _bad_gold(path, problem) from exc
    if not text.strip():
        raise _bad_gold(path, f"its article {text_path.name} is empty")
    return GoldArticle(gold.id, text, gold.published, gold.meetings, gold.notes, path)
