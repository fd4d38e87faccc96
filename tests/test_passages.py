"""Articles split into paragraphs, sentences and passages with exact offsets into the text."""

from __future__ import annotations

import pytest

from extract._passages import (
    MIN_PASSAGE_CHARS,
    Span,
    has_meeting_cue,
    paragraphs,
    passages,
    sentences,
)


def _whole(text: str) -> Span:
    return Span(0, len(text), text)


def _assert_exact(text: str, spans: list[Span]) -> None:
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.text == span.text.strip()


def test_paragraphs_are_stripped_slices_of_the_article() -> None:
    text = "  First paragraph.  \n\n\n\tSecond one\nThird line\n\n"
    found = paragraphs(text)
    assert [p.text for p in found] == ["First paragraph.", "Second one", "Third line"]
    _assert_exact(text, found)


def test_windows_line_endings_keep_offsets_exact() -> None:
    text = "Kim met Lee in Seoul.\r\n\r\nThey agreed to meet again.\r\n"
    found = paragraphs(text)
    assert [p.text for p in found] == ["Kim met Lee in Seoul.", "They agreed to meet again."]
    _assert_exact(text, found)


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "Mr. Kim met U.S. envoys on Jan. 5 in Seoul. Dr. Lee left early! Did they agree? Yes."
    found = sentences(_whole(text))
    assert [s.text for s in found] == [
        "Mr. Kim met U.S. envoys on Jan. 5 in Seoul.",
        "Dr. Lee left early!",
        "Did they agree?",
        "Yes.",
    ]
    _assert_exact(text, found)


def test_sentence_keeps_its_closing_quote() -> None:
    # The quote closes the first sentence; evidence quoting it should not end mid-quotation.
    text = 'Lee said "we agreed to meet again." Kim nodded.'
    found = sentences(_whole(text))
    assert [s.text for s in found] == ['Lee said "we agreed to meet again."', "Kim nodded."]


def test_sentence_offsets_are_article_offsets() -> None:
    text = "Headline here\n\nKim met Lee. They talked."
    para = paragraphs(text)[1]
    found = sentences(para)
    assert [s.text for s in found] == ["Kim met Lee.", "They talked."]
    _assert_exact(text, found)


def test_sentences_split_in_vietnamese_and_korean_text_with_exact_offsets() -> None:
    text = "Thủ tướng Phạm Minh Chính đã gặp ông Lee. 이재명 대통령은 만났다. Đây là câu cuối."
    found = sentences(_whole(text))
    assert [s.text for s in found] == [
        "Thủ tướng Phạm Minh Chính đã gặp ông Lee.",
        "이재명 대통령은 만났다.",
        "Đây là câu cuối.",
    ]
    _assert_exact(text, found)


def test_long_paragraph_is_split_at_sentences_within_the_limit() -> None:
    text = " ".join(f"Sentence {i} says the two ministers met again in Seoul." for i in range(30))
    found = passages(text, max_chars=200)
    assert len(found) > 1
    assert all(len(p.text) <= 200 for p in found)
    _assert_exact(text, found)
    # Nothing is lost: every sentence lands in exactly one passage.
    assert sum(p.text.count("Sentence ") for p in found) == 30
    assert all(p.text.endswith(".") for p in found)


def test_a_single_overlong_sentence_stays_whole() -> None:
    text = "The ministers met " + "and talked " * 200 + "for hours."
    found = passages(text, max_chars=100)
    assert [p.text for p in found] == [text]


def test_caption_sized_line_joins_the_paragraph_after_it() -> None:
    caption = "Wi meets Rubio"
    assert len(caption) < MIN_PASSAGE_CHARS
    body = "National Security Director Wi Seong-rak met Secretary of State Marco Rubio on Monday."
    text = f"{caption}\n\n{body}\n\nA later paragraph that is long enough to stand on its own here."
    found = passages(text)
    assert found[0].text.startswith(caption)
    assert found[0].text.endswith(body)
    assert len(found) == 2
    _assert_exact(text, found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kim met Lee in Seoul.",
        "The two leaders held talks on Monday.",
        "Lee spoke by telephone with Trump.",
        "The summit was postponed.",
        "They signed a memorandum on trade.",
        "Rubio hosted Wi at the State Department.",
        "The visit was called off at short notice.",
    ],
)
def test_meeting_wording_is_a_cue(sentence: str) -> None:
    assert has_meeting_cue(_whole(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Stocks rose two percent on Monday.",
        "The metal price climbed as the helmet maker expanded.",  # 'met' only inside words
        "Rain is forecast for the weekend in Seoul.",
    ],
)
def test_passages_without_meeting_wording_are_not_cues(sentence: str) -> None:
    assert not has_meeting_cue(_whole(sentence))


@pytest.mark.parametrize(
    "text",
    [
        "위성락 안보실장은 25일 루비오 국무장관과 회담했다.",
        "王毅同韩国外长赵显举行会谈。",
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nhật Bản.",
        "التقى وزير الخارجية نظيره الياباني في الرياض.",
    ],
)
def test_non_english_meeting_wording_is_sent_to_the_model(text: str) -> None:
    assert has_meeting_cue(Span(0, len(text), text))
