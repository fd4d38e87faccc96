"""A scripted stand-in for the model, for unit tests of the pipeline's code-side rules.

`ScriptedDrafts` answers each passage with hand-built `PassageDraft`s keyed by a phrase
of the passage: never model output. Real model behaviour is covered by the cassette
and embedded tests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from extract._drafts import DraftMeeting, PassageDraft
from extract._models import (
    ArticleExtraction,
    Evidence,
    Meeting,
    Official,
    Usage,
    validate_against,
)
from extract._pipeline import run


def meeting(people: Sequence[str | Mapping[str, str]], **fields: Any) -> DraftMeeting:
    fields.setdefault("kind", "in_person")
    fields.setdefault("status", "held")
    participants = [{"name": p} if isinstance(p, str) else dict(p) for p in people]
    return DraftMeeting.model_validate({"participants": participants, **fields})


def agreed(what: str, kind: str = "commitment") -> dict[str, str]:
    """One scripted agreement item, as a draft lists it."""
    return {"what": what, "type": kind}


class ScriptedDrafts:
    """An async `complete` that answers each passage with the drafts scripted for it.

    A passage gets the drafts of the one script key it contains (no key: no meetings).
    Every key must be asked about, so a test cannot silently script a passage the
    pipeline never sends.
    """

    def __init__(self, script: Mapping[str, Sequence[DraftMeeting]]) -> None:
        self.script = dict(script)
        self.passages: list[str] = []

    async def __call__(
        self, messages: list[dict[str, str]], response_model: type[PassageDraft], max_tokens: int
    ) -> tuple[PassageDraft, Usage]:
        assert response_model is PassageDraft
        assert max_tokens > 0
        user = messages[-1]["content"]
        passage = user.split("<<<", 1)[1].rsplit(">>>", 1)[0].strip()
        self.passages.append(passage)
        keys = [k for k in self.script if k in passage]
        assert len(keys) <= 1, f"passage matches several script keys: {keys}"
        drafts = self.script[keys[0]] if keys else []
        return PassageDraft(meetings=list(drafts)), Usage(
            requests=1, prompt_tokens=len(user), completion_tokens=7
        )

    def assert_all_used(self) -> None:
        unused = [k for k in self.script if not any(k in p for p in self.passages)]
        assert not unused, f"scripted passages never sent: {unused}"


def scripted_drafts(script: Mapping[str, Sequence[DraftMeeting]]) -> ScriptedDrafts:
    return ScriptedDrafts(script)


def extract(
    text: str,
    script: Mapping[str, Sequence[DraftMeeting]],
    published: dt.date | str | None = None,
    **kwargs: Any,
) -> ArticleExtraction:
    complete = scripted_drafts(script)
    result = asyncio.run(run(text, complete=complete, published=published, **kwargs))
    complete.assert_all_used()
    assert_evidence_exact(result, text)
    return result


def all_evidence(result: ArticleExtraction) -> Iterator[Evidence]:
    officials: list[Official] = [*result.officials]
    for m in result.meetings:
        yield from m.evidence
        for agreement in m.agreements:
            yield from agreement.evidence
        officials.extend(m.participants)
    for official in officials:
        yield from official.evidence


def assert_evidence_exact(result: ArticleExtraction, text: str) -> None:
    validate_against(result, text)  # raises on any span that does not match
    for ev in all_evidence(result):
        assert text[ev.start : ev.end] == ev.quote


def only_meeting(
    text: str, script: Mapping[str, Sequence[DraftMeeting]], published: str
) -> Meeting:
    """The one meeting `extract` finds (fails if there is not exactly one)."""
    (found,) = extract(text, script, published=published).meetings
    return found


def people_met(
    text: str, script: Mapping[str, Sequence[DraftMeeting]], published: str
) -> list[tuple[str, ...]]:
    """The sorted participant-name tuples of the meetings `extract` finds."""
    return sorted(by_people(extract(text, script, published=published)))


def by_people(result: ArticleExtraction) -> dict[tuple[str, ...], Meeting]:
    """The result's meetings keyed by their participants' sorted names."""
    return {tuple(sorted(p.name for p in m.participants)): m for m in result.meetings}
