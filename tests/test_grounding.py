"""Model-copied strings are found despite case/accent/hyphen slips, and evidence is always exact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from extract._grounding import (
    best_sentence,
    evidence,
    find_all,
    find_first,
    fold,
    mentions,
    span_evidence,
)
from extract._models import Evidence
from extract._passages import Span

VIETNAMESE = "Thủ tướng Phạm Minh Chính đã hội đàm với Tổng thống Lee Jae-myung tại Hà Nội."


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fold_never_changes_the_length(text: str) -> None:
    # Same length is what lets an index in the folded text be used on the original.
    assert len(fold(text)) == len(text)


@settings(max_examples=100, deadline=None)
@given(
    prefix=st.text(max_size=30),
    word=st.text(alphabet="abcdeÀÉÎÕÜàéîõüđĐ-ạễ", min_size=1, max_size=12),
    suffix=st.text(max_size=30),
)
def test_every_hit_is_an_exact_slice_that_folds_to_the_needle(
    prefix: str, word: str, suffix: str
) -> None:
    text = f"{prefix} {word} {suffix}"
    for start, end in find_all(text, word):
        assert fold(text[start:end]) == fold(word.strip())


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("Pham Minh Chinh", "Phạm Minh Chính"),  # accents dropped by the model
        ("phạm minh chính", "Phạm Minh Chính"),  # case differs
        ("Ha Noi", "Hà Nội"),
        ("Lee Jae myung", "Lee Jae-myung"),  # hyphen written as a space
    ],
)
def test_model_slips_are_found_and_the_article_form_is_returned(needle: str, expected: str) -> None:
    hits = find_all(VIETNAMESE, needle)
    assert len(hits) == 1
    start, end = hits[0]
    assert VIETNAMESE[start:end] == expected


def test_non_breaking_hyphen_matches_a_plain_hyphen() -> None:
    text = "Director Wi Seong\u2011rak arrived."
    (start, end), *_ = find_all(text, "Wi Seong-rak")
    assert text[start:end] == "Wi Seong\u2011rak"


def test_matches_are_whole_words_only() -> None:
    text = "Wiley met Wi with the Kim family at Kimpo."
    assert [text[s:e] for s, e in find_all(text, "Wi")] == ["Wi"]
    assert [text[s:e] for s, e in find_all(text, "kim")] == ["Kim"]
    assert not mentions(text, "Kimp")


def test_blank_needle_finds_nothing() -> None:
    assert find_all("Kim met Lee.", "   ") == []


def test_find_first_prefers_the_passage_then_falls_back_to_the_article() -> None:
    text = "Alpha met Beta. Gamma met Beta later."
    passage = Span(16, len(text), text[16:])
    assert find_first(text, "Beta", within=passage) == (26, 30)  # the passage's Beta
    assert find_first(text, "Alpha", within=passage) == (0, 5)  # only earlier in the article
    assert find_first(text, "Zeta", within=passage) is None


def test_evidence_is_validated_against_the_text() -> None:
    text = "Kim met Lee in Seoul."
    ev = evidence(text, 8, 11)
    assert ev == Evidence(quote="Lee", start=8, end=11)
    assert ev.matches(text)
    assert span_evidence(text, Span(0, 7, "Kim met")).quote == "Kim met"


def test_evidence_that_does_not_match_the_text_is_rejected() -> None:
    text = "Kim met Lee in Seoul."
    with pytest.raises(ValidationError, match="does not match the article"):
        Evidence.model_validate({"quote": "Lee", "start": 7, "end": 10}, context={"text": text})
    with pytest.raises(ValidationError, match="characters but the quote has"):
        Evidence(quote="Lee", start=8, end=12)


def test_evidence_offsets_count_characters_in_non_ascii_text() -> None:
    start = VIETNAMESE.index("Hà Nội")
    ev = evidence(VIETNAMESE, start, start + len("Hà Nội"))
    assert ev.quote == "Hà Nội"
    assert ev.end - ev.start == 6


def test_best_sentence_is_the_one_sharing_most_content_words() -> None:
    first, second = "Kim met Lee in Seoul.", "They agreed to resume direct flights next year."
    sents = [Span(0, len(first), first), Span(len(first) + 1, len(first) + 1 + len(second), second)]
    assert best_sentence(sents, "resume direct flights") == sents[1]
    assert best_sentence(sents, "cooperation on semiconductors") is None
    assert best_sentence([], "anything") is None
