"""Fuzzing with hypothesis: the input loader, the evidence checker and the date resolver
never crash on arbitrary input, and every offset they produce lies inside the text."""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from extract._dates import find_date_mentions
from extract._exceptions import InputError
from extract._grounding import evidence, find_all, fold
from extract._inputs import MAX_ARTICLE_CHARS, Article, InputProblem, iter_articles
from extract._models import Evidence
from extract._published import parse_published

FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that mixes scripts, combining marks, hyphen and quote variants, controls and NULs.
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from("-‐‑–—’‘`'\" \n\t.,İıßﬀé\u0301\u200b\x00위성락"),
    ),
    max_size=120,
)


# -- input loader ---------------------------------------------------------------------
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=6,
)
_IDS = st.one_of(
    st.none(), _TEXT, st.integers(), st.sampled_from(["", "dup", "b.jsonl:1", "b.jsonl:2"])
)
_RECORD = st.fixed_dictionaries(
    {},
    optional={
        "id": _IDS,
        "text": st.one_of(_TEXT, _JSON),
        "published": st.one_of(_TEXT, _JSON),
        "url": st.one_of(_TEXT, st.none()),
        "title": _JSON,
    },
)
_LINE = st.one_of(_RECORD.map(json.dumps), _JSON.map(json.dumps), _TEXT.map(lambda t: t + "x"))


def _check_items(items: list[Article | InputProblem], max_chars: int = MAX_ARTICLE_CHARS) -> None:
    for item in items:
        assert item.id
        if isinstance(item, Article):
            assert item.text.strip()
            assert len(item.text) <= max_chars
            assert "\x00" not in item.text
        else:
            assert item.reason
            assert item.message


@FUZZ
@given(lines=st.lists(_LINE.filter(lambda s: "\n" not in s and s.strip()), max_size=6))
def test_every_jsonl_line_becomes_exactly_one_article_or_problem(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "b.jsonl")
        path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        items = list(iter_articles([str(path)]))
    _check_items(items)
    if not lines or any("\x00" in line for line in lines):
        assert len(items) == 1  # an empty or binary (NUL-holding) file is one problem
    else:
        assert len(items) == len(lines)


@FUZZ
@given(lines=st.lists(_LINE.filter(lambda s: "\n" not in s and s.strip()), max_size=6))
def test_jsonl_items_have_unique_ids(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "b.jsonl")
        path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        ids = [item.id for item in iter_articles([str(path)])]
    assert len(ids) == len(set(ids))


@FUZZ
@given(data=st.one_of(st.binary(max_size=300), _TEXT.map(lambda t: t.encode("utf-8", "replace"))))
def test_stdin_bytes_never_raise(data):
    items = list(iter_articles(["-"], stdin=io.BytesIO(data)))
    assert items
    _check_items(items)


@FUZZ
@given(text=_TEXT, max_chars=st.integers(min_value=1, max_value=50))
def test_article_length_limit_holds_for_any_text(text, max_chars):
    items = list(iter_articles(["-"], stdin=io.StringIO(text), max_chars=max_chars))
    _check_items(items, max_chars)


# -- evidence ---------------------------------------------------------------------------
@FUZZ
@given(text=_TEXT, start=st.integers(-5, 130), end=st.integers(-5, 130), quote=_TEXT)
def test_evidence_with_context_is_valid_only_when_it_is_an_exact_slice(text, start, end, quote):
    for candidate in (quote, text[max(start, 0) : max(end, 0)]):
        data = {"quote": candidate, "start": start, "end": end}
        try:
            ev = Evidence.model_validate(data, context={"text": text})
        except ValidationError:
            continue
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.quote
        assert ev.matches(text)


@FUZZ
@given(text=_TEXT, data=st.data())
def test_every_found_quote_is_an_exact_span_of_the_text(text, data):
    if text and data.draw(st.booleans()):
        i = data.draw(st.integers(0, len(text) - 1))
        j = data.draw(st.integers(i, len(text)))
        needle = text[i:j]  # a piece of the text itself, as a model would copy it
    else:
        needle = data.draw(_TEXT)
    for start, end in find_all(text, needle):
        assert 0 <= start < end <= len(text)
        assert fold(text[start:end]) == fold(needle.strip())
        ev = evidence(text, start, end)  # validated against the text
        assert ev.quote == text[start:end]


@FUZZ
@given(text=_TEXT)
def test_folding_keeps_every_offset(text):
    assert len(fold(text)) == len(text)


# -- dates ------------------------------------------------------------------------------
_DATE_WORDS = st.sampled_from(
    [
        "on", "the", "25th", "1st", "31st", "(local time)", "(KST)", "March", "MAY", "Sept.",
        "Feb", "29", "30", "2024", "1999", "2026-02-30", "2026/03/03", "Tuesday", "last",
        "next", "this", "coming", "yesterday", "the day before", "tomorrow", "three",
        "days ago", "early", "late", "mid-", "week", "month", "-", "to", "and", ",", "of",
        "Summit", "met", "\n", "위성락",
    ]
)  # fmt: skip
_DATE_TEXT = st.one_of(
    st.lists(_DATE_WORDS, max_size=12).map(" ".join),
    st.lists(st.one_of(_DATE_WORDS, _TEXT), max_size=6).map("".join),
)
_PUBLISHED = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max]))


@FUZZ
@given(text=_DATE_TEXT, published=_PUBLISHED, tense=st.sampled_from(["past", "future"]))
def test_date_mentions_are_exact_non_overlapping_spans(text, published, tense):
    mentions = find_date_mentions(text, published, tense=tense)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.date is None or isinstance(mention.date, dt.date)
        if published is None:  # a year is never guessed
            assert mention.date is None or any(ch.isdigit() for ch in mention.text)
        previous_end = mention.end


@FUZZ
@given(value=st.one_of(_DATE_TEXT, _TEXT, st.dates().map(str)))
def test_publication_date_parses_or_is_refused_with_an_input_error(value: Any):
    try:
        parsed = parse_published(value)
    except InputError as exc:
        refusal = exc.message
    else:
        assert parsed is None or isinstance(parsed, dt.date)
        return
    assert refusal.startswith("published date")
