"""Date parsing, publication-date detection and relative-date resolution."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract._dates import DateMention, find_date_mentions, resolve_date
from extract._exceptions import ExtractError, InputError
from extract._published import detect_published, parse_published

WEDNESDAY = dt.date(2025, 6, 25)
D = dt.date

# --- parse_published -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-03", D(2026, 3, 3)),
        ("2026-03-03T10:15:00", D(2026, 3, 3)),
        ("2026-03-03T23:15:00Z", D(2026, 3, 3)),
        ("2026-03-03T10:15:00+09:00", D(2026, 3, 3)),
        ("March 3, 2026", D(2026, 3, 3)),
        ("Mar. 3, 2026", D(2026, 3, 3)),
        ("3 March 2026", D(2026, 3, 3)),
        ("2026/03/03", D(2026, 3, 3)),
        ("Tuesday, March 3, 2026 10:00 AM", D(2026, 3, 3)),
        ("  2026-03-03  ", D(2026, 3, 3)),
        (D(2026, 3, 3), D(2026, 3, 3)),
        (dt.datetime(2026, 3, 3, 22, 0), D(2026, 3, 3)),
        (None, None),
        ("", None),
    ],
)
def test_parse_published_accepts_common_date_forms(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday-ish", "2026-13-45", "February 30, 2026", "soon"])
def test_parse_published_rejects_non_dates_with_input_error(value):
    with pytest.raises(InputError) as caught:
        parse_published(value)
    assert value in caught.value.message
    assert isinstance(caught.value, ExtractError)


def test_parse_published_refuses_to_guess_a_missing_year():
    with pytest.raises(InputError, match="no year"):
        parse_published("March 3")


# --- detect_published ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEOUL, March 3, 2026 (Yonhap) -- The two ministers met.", (D(2026, 3, 3), "dateline")),
        ("HANOI (Reuters) Mar 3, 2026 - Vietnam and Japan agreed.", (D(2026, 3, 3), "dateline")),
        ("THE HAGUE, Netherlands, June 24, 2025 — Leaders gathered.", (D(2025, 6, 24), "dateline")),
        (
            "Talks resume\nBy A. Writer | Published: March 4, 2026\nBody.",
            (D(2026, 3, 4), "published_line"),
        ),
        ("Talks resume\nPosted on 4 March 2026 by staff\nBody.", (D(2026, 3, 4), "published_line")),
        ("Talks resume\nUpdated 2026-03-05 10:00 KST\nBody.", (D(2026, 3, 5), "published_line")),
        (
            "Envoy heads to summit\n\nJun 25, 2025, 08:52 am\n\nThe envoy left.",
            (D(2025, 6, 25), "header"),
        ),
        (
            "Envoy heads to summit\n2025-06-25T08:52:00+09:00\nThe envoy left.",
            (D(2025, 6, 25), "header"),
        ),
        (
            "Envoy heads to summit\nBy Jane Roe | June 25, 2025\nThe envoy left.",
            (D(2025, 6, 25), "header"),
        ),
    ],
)
def test_detect_published_finds_dates_at_the_top(text, expected):
    assert detect_published(text) == expected


def test_detect_published_prefers_published_line_over_updated_line():
    text = "Headline\nUpdated: March 6, 2026\nPublished: March 4, 2026\nBody"
    assert detect_published(text) == (D(2026, 3, 4), "published_line")


def test_detect_published_ignores_dates_in_the_body_and_far_down():
    assert detect_published("The ministers met on June 5, 2025 in Paris.") is None
    assert detect_published("x" * 700 + "\nPublished: March 4, 2026") is None


def test_detect_published_does_not_take_a_sentence_for_a_dateline():
    assert detect_published("Officials met on June 25, 2025 - and then left.") is None
    assert detect_published("Seoul, June 25, 2025 — Officials met.") == (
        D(2025, 6, 25),
        "dateline",
    )


def test_detect_published_needs_a_year():
    assert detect_published("SEOUL, June 25 (Yonhap) -- Officials met.") is None


# --- find_date_mentions: explicit dates ----------------------------------------------


def only(text, published=WEDNESDAY, tense="past"):
    mentions = find_date_mentions(text, published, tense=tense)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("They met on June 24 in The Hague.", "on June 24", D(2025, 6, 24)),
        ("The summit, held June 24-25, ended.", "June 24-25", D(2025, 6, 24)),
        ("The summit, held June 24–25, ended.", "June 24–25", D(2025, 6, 24)),
        ("They met on 24 June at noon.", "on 24 June", D(2025, 6, 24)),
        ("They met on March 3, 2026.", "on March 3, 2026", D(2026, 3, 3)),
        ("Signed 2026-03-03 in Hanoi.", "2026-03-03", D(2026, 3, 3)),
        ("They spoke on Monday, June 23.", "on Monday, June 23", D(2025, 6, 23)),
        ("It happened on the 25th of June.", "on the 25th of June", D(2025, 6, 25)),
    ],
)
def test_explicit_dates_are_found_with_exact_offsets(text, mention, expected):
    found = only(text)
    assert found.text == mention
    assert text[found.start : found.end] == mention
    assert found.date == expected
    assert found.precise


def test_month_day_without_year_takes_the_nearest_year_leaning_to_tense():
    # A December meeting reported in June was last December (past) ...
    assert only("met on December 30").date == D(2024, 12, 30)
    # ... but a planned one is this December.
    assert only("will meet on December 30", tense="future").date == D(2025, 12, 30)
    # Early January report of a late-December meeting crosses the year boundary.
    assert only("met on December 28", published=D(2026, 1, 3)).date == D(2025, 12, 28)


def test_year_is_never_guessed_without_publication_date():
    mention = only("They met on June 24.", published=None)
    assert mention.date is None
    assert resolve_date("on the 25th", None) is None
    assert resolve_date("last Thursday", None) is None
    assert resolve_date("yesterday", None) is None
    # An explicit year needs no publication date.
    assert resolve_date("March 3, 2026", None) == D(2026, 3, 3)


def test_lowercase_may_is_not_a_month():
    assert find_date_mentions("They may 5 times consider it", WEDNESDAY) == []


# --- day of month ---------------------------------------------------------------------


def test_day_of_month_is_in_publication_month_with_local_time_note():
    found = only("on the 25th (local time), Wi met Rubio")
    assert found.text == "on the 25th (local time)"
    assert found.date == D(2025, 6, 25)


@pytest.mark.parametrize("note", ["(local time)", "(KST)", "(Korea time)", " local time"])
def test_time_zone_notes_belong_to_the_date(note):
    text = f"They met on the 25th{' ' if note.startswith('(') else ''}{note}, officials said."
    found = only(text)
    assert found.text.endswith(note.strip())
    assert found.date == D(2025, 6, 25)


def test_abbreviated_months_take_a_period_but_full_names_leave_it_to_the_sentence():
    assert only("They met on Jan. 5.").text == "on Jan. 5"
    assert only("They met on Sept. 3, 2025.").date == D(2025, 9, 3)
    assert only("It happened on the 25th of June.").text == "on the 25th of June"


def test_day_of_month_after_publication_goes_to_previous_month_for_past_tense():
    assert resolve_date("on the 28th", D(2025, 6, 25)) == D(2025, 5, 28)
    assert resolve_date("on the 3rd", D(2025, 6, 25)) == D(2025, 6, 3)


def test_day_of_month_before_publication_goes_to_next_month_for_future_tense():
    assert resolve_date("on the 3rd", D(2025, 6, 25), tense="future") == D(2025, 7, 3)
    assert resolve_date("on the 28th", D(2025, 6, 25), tense="future") == D(2025, 6, 28)


def test_day_of_month_skips_months_without_that_day():
    # Published March 1st: the 31st before it is January 31 (February has none).
    assert resolve_date("on the 31st", D(2025, 3, 1)) == D(2025, 1, 31)


@pytest.mark.parametrize(
    "text", ["on the 25th anniversary", "on the 38th parallel", "the 3rd round"]
)
def test_ordinals_that_are_not_days_are_ignored(text):
    assert find_date_mentions(text, WEDNESDAY) == []


# --- weekdays ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "tense", "expected"),
    [
        ("on Thursday", "past", D(2025, 6, 19)),
        ("on Thursday", "future", D(2025, 6, 26)),
        ("on Wednesday", "past", D(2025, 6, 25)),  # the publication weekday itself
        ("on Wednesday", "future", D(2025, 6, 25)),  # that day too: "will meet on Wednesday"
        ("last Thursday", "future", D(2025, 6, 19)),
        ("last Wednesday", "past", D(2025, 6, 18)),
        ("next Tuesday", "past", D(2025, 7, 1)),
        ("this Friday", "future", D(2025, 6, 27)),
        ("this Friday", "past", D(2025, 6, 20)),
        ("this past Monday", "future", D(2025, 6, 23)),
        ("Last Monday", "past", D(2025, 6, 23)),
        ("on Tuesday morning", "past", D(2025, 6, 24)),
        # A weekday of a named calendar week (Monday to Sunday), whatever the tense.
        ("on Wednesday last week", "past", D(2025, 6, 18)),
        ("on Friday last week", "past", D(2025, 6, 20)),
        ("on Monday of next week", "past", D(2025, 6, 30)),
        ("on Thursday next week", "future", D(2025, 7, 3)),
        ("Friday this week", "past", D(2025, 6, 27)),
    ],
)
def test_weekday_names_resolve_by_cue_then_tense(expression, tense, expected):
    assert resolve_date(expression, WEDNESDAY, tense=tense) == expected


def test_resolution_past_the_ends_of_the_calendar_gives_none_not_a_crash():
    assert resolve_date("tomorrow", dt.date.max) is None
    assert resolve_date("next Monday", dt.date.max) is None
    assert resolve_date("yesterday", dt.date.min) is None
    assert resolve_date("on the 5th", dt.date.min) is None  # no earlier month exists
    assert resolve_date("tomorrow", dt.date.min) == D(1, 1, 2)


def test_unknown_tense_is_rejected():
    with pytest.raises(ValueError, match="tense"):
        find_date_mentions("on Monday", WEDNESDAY, tense="present")


# --- relative words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("They spoke yesterday.", "yesterday", D(2025, 6, 24)),
        ("Talks open today in Seoul.", "today", D(2025, 6, 25)),
        ("They meet tomorrow.", "tomorrow", D(2025, 6, 26)),
        ("Yesterday, the two met.", "Yesterday", D(2025, 6, 24)),
        ("in a post the day before, calling it a mistake", "the day before", D(2025, 6, 24)),
        ("he said the day before yesterday", "the day before yesterday", D(2025, 6, 23)),
        ("they met two days ago", "two days ago", D(2025, 6, 23)),
        ("they met 3 days ago", "3 days ago", D(2025, 6, 22)),
    ],
)
def test_relative_day_words_resolve_against_publication(text, mention, expected):
    found = only(text)
    assert (found.text, found.date, found.precise) == (mention, expected, True)


def test_day_before_an_event_is_found_but_not_resolved():
    found = only("They spoke the day before the summit.")
    assert found.text == "the day before"
    assert found.date is None
    assert not found.precise


@pytest.mark.parametrize(
    "phrase",
    ["earlier this week", "last week", "next month", "later this year", "in mid-July", "in March"],
)
def test_vague_periods_are_found_without_a_date(phrase):
    found = only(f"The ministers met {phrase} to talk.")
    assert found.text == phrase
    assert found.date is None
    assert not found.precise
    assert resolve_date(phrase, WEDNESDAY) is None


def test_several_mentions_come_back_in_text_order_without_overlaps():
    text = "Wi arrived on Tuesday, met Rubio on the 25th (local time) and leaves tomorrow."
    mentions = find_date_mentions(text, WEDNESDAY)
    assert [m.text for m in mentions] == ["on Tuesday", "on the 25th (local time)", "tomorrow"]
    assert [m.date for m in mentions] == [D(2025, 6, 24), D(2025, 6, 25), D(2025, 6, 26)]


def test_resolve_date_skips_vague_mentions_to_the_first_precise_one():
    assert resolve_date("earlier this week, on Monday", WEDNESDAY) == D(2025, 6, 23)


def test_date_mention_is_immutable():
    mention = only("on June 24")
    assert isinstance(mention, DateMention)
    with pytest.raises(AttributeError):
        mention.start = 3  # type: ignore[misc]


# --- properties ------------------------------------------------------------------------

_DATE_WORDS = st.sampled_from(
    [
        "on June 24", "last Thursday", "the 25th", "on the 3rd (local time)", "yesterday",
        "2026-03-03", "24-25 June", "next month", "March 3, 2026", "Sunday", "May", "1999/12/31",
    ]
)  # fmt: skip
_TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_DATE_WORDS, st.text(max_size=12)), max_size=12).map(" ".join),
)
_PUBLISHED = st.one_of(st.none(), st.dates())  # includes the calendar's first and last day


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, published=_PUBLISHED, tense=st.sampled_from(["past", "future"]))
def test_mentions_never_crash_and_offsets_match_the_text(text, published, tense):
    mentions = find_date_mentions(text, published, tense=tense)
    previous_end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end  # ordered, no overlaps
        previous_end = mention.end
        if mention.date is not None:
            assert mention.precise


def _suffix(day):
    return "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


_PAST_EXPRESSIONS = st.one_of(
    st.tuples(
        st.sampled_from(["", "on ", "last ", "this ", "this past ", "On "]),
        st.sampled_from(
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        ),
    ).map("".join),
    st.sampled_from(["yesterday", "today", "the day before", "last night", "two days ago"]),
    st.integers(min_value=1, max_value=31).map(lambda d: f"on the {d}{_suffix(d)}"),
)


@settings(max_examples=300, deadline=None)
@given(
    expression=_PAST_EXPRESSIONS,
    published=st.dates(min_value=D(1990, 1, 1), max_value=D(2090, 1, 1)),
)
def test_past_tense_relative_expressions_never_land_after_publication(expression, published):
    resolved = resolve_date(expression, published, tense="past")
    assert resolved is not None
    assert resolved <= published
    assert (published - resolved).days <= 93
