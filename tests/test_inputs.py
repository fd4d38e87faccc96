"""Input loading: every file, line and stream becomes one article or one explained problem."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract._exceptions import InputError
from extract._inputs import MAX_ARTICLE_CHARS, Article, InputProblem, iter_articles

KOREAN = "위성락 국가안보실장은 25일(현지시간) 헤이그에서 미국 국무장관과 회담했다."


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # ids are paths relative to the working folder


def one(*inputs: str, **kwargs) -> Article | InputProblem:
    items = list(iter_articles(list(inputs), **kwargs))
    assert len(items) == 1, items
    return items[0]


def problem(*inputs: str, **kwargs) -> InputProblem:
    item = one(*inputs, **kwargs)
    assert isinstance(item, InputProblem), item
    return item


def article(*inputs: str, **kwargs) -> Article:
    item = one(*inputs, **kwargs)
    assert isinstance(item, Article), item
    return item


def write(path: str, data: bytes | str) -> str:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    target.write_bytes(data)
    return path


def test_plain_text_file_becomes_article_with_relative_id_and_unix_newlines():
    write("news/a.txt", b"Line one.\r\nLine two.\rLine three.")
    got = article("news/a.txt")
    assert got.id == "news/a.txt"
    assert got.source == "news/a.txt"
    assert got.text == "Line one.\nLine two.\nLine three."


def test_korean_utf8_text_is_kept_exactly():
    write("kr.md", KOREAN + "\n\n**굵게** 표시")
    assert article("kr.md").text == KOREAN + "\n\n**굵게** 표시"


def test_utf8_bom_is_stripped():
    write("bom.txt", b"\xef\xbb\xbf" + KOREAN.encode())
    assert article("bom.txt").text == KOREAN


def test_utf16_with_bom_is_decoded():
    write("u16.txt", b"\xff\xfe" + KOREAN.encode("utf-16-le"))
    write("u16be.txt", b"\xfe\xff" + KOREAN.encode("utf-16-be"))
    assert [a.text for a in iter_articles(["u16.txt", "u16be.txt"])] == [KOREAN, KOREAN]


def test_empty_file_is_empty_input():
    write("empty.txt", b"")
    assert problem("empty.txt").reason == "empty_input"


def test_whitespace_only_file_is_reported():
    write("ws.txt", " \n\t\r\n  ")
    got = problem("ws.txt")
    assert (got.reason, got.id) == ("whitespace_only", "ws.txt")


def test_binary_file_with_nul_bytes_is_binary_input():
    write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    got = problem("image.txt")
    assert got.reason == "binary_input"
    assert "UTF-8" in got.message


def test_utf16_without_bom_is_reported_as_binary_with_a_hint():
    write("nobom.txt", "Hello".encode("utf-16-le"))
    got = problem("nobom.txt")
    assert got.reason == "binary_input"
    assert "byte-order mark" in got.message


def test_invalid_utf8_korean_legacy_encoding_is_undecodable_not_mojibake():
    write("euckr.txt", KOREAN.encode("euc-kr"))
    got = problem("euckr.txt")
    assert got.reason == "undecodable_text"
    assert "UTF-8" in got.message


def test_windows_1252_western_text_is_decoded():
    text = "Le ministre a salué l’accord signé à Paris — une première."
    write("fr.txt", text.encode("cp1252"))
    assert article("fr.txt").text == text


def test_five_megabyte_article_is_too_large_and_not_truncated():
    write("huge.txt", "Diplomats met. " * (5_000_000 // 15))
    got = problem("huge.txt")
    assert got.reason == "too_large"
    assert f"{MAX_ARTICLE_CHARS:,}" in got.message
    assert "split" in got.message.lower()


def test_article_over_max_chars_reports_its_length_and_at_limit_passes():
    write("over.txt", "x" * 101)
    write("at.txt", "y" * 100)
    over, at = iter_articles(["over.txt", "at.txt"], max_chars=100)
    assert isinstance(over, InputProblem)
    assert over.reason == "too_large"
    assert "101" in over.message
    assert isinstance(at, Article)
    assert at.text == "y" * 100


HTML_PAGE = """<!doctype html>
<html><head>
<title>Ministers meet &amp; agree</title>
<meta property="article:published_time" content="2025-06-25T09:00:00+09:00">
<style>p { color: red }</style>
<script>var menu = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header>Site banner</header>
<article>
  <h1>Talks in The Hague</h1>
  <p>The ministers met on Wednesday &mdash; for
     the first time.</p><p>They agreed to meet again.<br>Officials said so.</p>
  <ul><li>Trade</li><li>Security</li></ul>
</article>
<aside>Most read</aside><form>Subscribe</form><noscript>Enable JS</noscript>
<footer>Copyright</footer>
</body></html>"""


def test_html_keeps_article_text_and_drops_page_chrome():
    write("page.html", HTML_PAGE)
    got = article("page.html")
    assert got.title == "Ministers meet & agree"
    assert got.published == "2025-06-25T09:00:00+09:00"
    for chrome in ("Home", "Site banner", "Most read", "Subscribe", "Enable JS", "Copyright"):
        assert chrome not in got.text
    assert "not text" not in got.text
    assert "color" not in got.text
    assert got.text.split("\n\n") == [
        "Talks in The Hague",
        "The ministers met on Wednesday — for the first time.",
        "They agreed to meet again.",
        "Officials said so.",
        "Trade",
        "Security",
    ]


def test_html_title_and_date_fall_back_to_h1_and_time_element():
    write(
        "page.htm",
        "<body><h1>Summit &#8220;ends&#8221;</h1><time datetime='2025-06-24'>Tuesday</time>"
        "<p>Leaders met.</p></body>",
    )
    got = article("page.htm")
    assert (got.title, got.published) == ("Summit “ends”", "2025-06-24")
    assert "Leaders met." in got.text


def test_html_page_wrapped_in_one_form_keeps_its_text_but_small_forms_are_dropped():
    aspnet = (
        "<body><form id='form1'><nav><svg><title>Menu icon</title></svg></nav>"
        "<p>Vice ministers met in Seoul and agreed to expand cooperation.</p>"
        "<p>They will meet again next year.</p></form></body>"
    )
    write("aspnet.html", aspnet)
    story = "Ministers met in Seoul on Monday and agreed to hold regular talks."
    write("news.html", f"<p>{story}</p><form>Subscribe to our newsletter</form>")
    wrapped, small = iter_articles(["aspnet.html", "news.html"])
    assert isinstance(wrapped, Article)
    assert "agreed to expand cooperation" in wrapped.text
    assert wrapped.title is None  # an icon's <title> is not the page title
    assert isinstance(small, Article)
    assert small.text == story


def test_html_with_only_scripts_has_no_text():
    write("empty.html", "<html><script>alert(1)</script><nav>Menu</nav></html>")
    assert problem("empty.html").reason == "empty_input"


def test_jsonl_lines_become_articles_and_bad_lines_become_problems_with_line_numbers():
    lines = [
        json.dumps({"id": "a1", "text": KOREAN, "published": "2025-06-25", "url": "https://x"}),
        "",
        "{not json",
        "[1, 2]",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": 42}),
        json.dumps({"id": "a1", "text": "second use of a1"}),
        json.dumps({"text": "no id", "title": "T"}),
        json.dumps({"id": "a4", "text": "   "}),
    ]
    write("batch.jsonl", "\n".join(lines) + "\n")
    items = list(iter_articles(["batch.jsonl"]))
    got = [(i.id, i.source, getattr(i, "reason", "ok")) for i in items]
    assert got == [
        ("a1", "batch.jsonl:1", "ok"),
        ("batch.jsonl:3", "batch.jsonl:3", "malformed_jsonl"),
        ("batch.jsonl:4", "batch.jsonl:4", "malformed_jsonl"),
        ("a2", "batch.jsonl:5", "missing_text"),
        ("a3", "batch.jsonl:6", "missing_text"),
        ("batch.jsonl:7", "batch.jsonl:7", "duplicate_id"),
        ("batch.jsonl:8", "batch.jsonl:8", "ok"),
        ("a4", "batch.jsonl:9", "whitespace_only"),
    ]
    first, eighth = items[0], items[6]
    assert isinstance(first, Article)
    assert (first.text, first.published, first.url) == (KOREAN, "2025-06-25", "https://x")
    assert isinstance(eighth, Article)
    assert eighth.title == "T"
    assert "line 3" in items[1].message


def test_jsonl_truncated_last_line_is_reported_not_dropped():
    write("cut.jsonl", '{"id": "a", "text": "ok"}\n{"id": "b", "text": "cut mid')
    items = list(iter_articles(["cut.jsonl"]))
    assert [type(i).__name__ for i in items] == ["Article", "InputProblem"]
    assert items[1].reason == "malformed_jsonl"


def test_over_long_jsonl_article_is_too_large_under_its_own_id():
    write("long.jsonl", json.dumps({"id": "long", "text": "z" * 50}) + "\n")
    got = problem("long.jsonl", max_chars=40)
    assert (got.id, got.source, got.reason) == ("long", "long.jsonl:1", "too_large")
    assert "40" in got.message


def test_duplicate_ids_across_files_keep_the_first():
    write("one.jsonl", '{"id": "same", "text": "first"}\n')
    write("two.jsonl", '{"id": "same", "text": "second"}\n')
    first, second = iter_articles(["one.jsonl", "two.jsonl"])
    assert isinstance(first, Article)
    assert first.text == "first"
    assert isinstance(second, InputProblem)
    assert second.reason == "duplicate_id"
    assert "one.jsonl:1" in second.message
    assert second.id == "two.jsonl:1"  # its own id: results keyed by id keep the first


def test_same_file_given_twice_is_reported_under_a_distinct_id():
    write("news/a.txt", "Ministers met.")
    first, second = iter_articles(["news", "news/a.txt"])
    assert isinstance(first, Article)
    assert isinstance(second, InputProblem)
    assert second.reason == "duplicate_id"
    assert second.id != first.id


def test_binary_jsonl_file_is_one_problem():
    write("blob.jsonl", bytes(range(256)) * 10)
    assert problem("blob.jsonl").reason == "binary_input"


def test_nonexistent_path_is_not_found():
    got = problem("missing/article.txt")
    assert (got.id, got.reason) == ("missing/article.txt", "not_found")


def test_unsupported_file_type_is_reported():
    write("report.pdf", b"%PDF-1.7")
    assert problem("report.pdf").reason == "unsupported_type"


def test_folder_is_walked_recursively_in_sorted_order_skipping_hidden_and_other_files():
    write("news/b.txt", "B")
    write("news/a.md", "A")
    write("news/sub/c.html", "<p>C</p>")
    write("news/.draft.txt", "hidden")
    write("news/.git/x.txt", "hidden dir")
    write("news/photo.jpg", b"\xff\xd8")
    assert [a.id for a in iter_articles(["news"])] == ["news/a.md", "news/b.txt", "news/sub/c.html"]


def test_empty_folder_and_unmatched_glob_are_reported():
    Path("nothing").mkdir()
    folder, pattern = iter_articles(["nothing", "nothing/**/*.txt"])
    assert isinstance(folder, InputProblem)
    assert isinstance(pattern, InputProblem)
    assert (folder.reason, pattern.reason) == ("not_found", "not_found")


def test_recursive_glob_matches_nested_files():
    write("news/x/1.txt", "one")
    write("news/y/z/2.txt", "two")
    write("news/3.md", "not matched")
    assert [a.text for a in iter_articles(["news/**/*.txt"])] == ["one", "two"]


def test_glob_matching_folders_and_files_yields_each_file_once():
    write("news/a.txt", "one")
    write("news/sub/b.txt", "two")
    assert [a.id for a in iter_articles(["news/**"])] == ["news/a.txt", "news/sub/b.txt"]


def test_stdin_jsonl_uses_stdin_line_ids():
    data = b'{"text": "first"}\n\n{"id": "named", "text": "second"}\n'
    items = list(iter_articles(["-"], stdin=io.BytesIO(data)))
    assert [(a.id, a.source, a.text) for a in items] == [
        ("stdin:1", "stdin:1", "first"),
        ("named", "stdin:3", "second"),
    ]


def test_stdin_plain_text_is_one_article_even_with_a_json_line():
    got = article("-", stdin=io.StringIO('{"text": "quoted"}\nThe ministers met.\n'))
    assert got.id == "stdin"
    assert got.text.startswith('{"text"')


def test_stdin_given_twice_is_reported_once_read():
    first, second = iter_articles(["-", "-"], stdin=io.StringIO("Ministers met."))
    assert isinstance(first, Article)
    assert isinstance(second, InputProblem)
    assert second.reason == "duplicate_id"


def test_no_input_raises_input_error_immediately():
    with pytest.raises(InputError, match="no input"):
        iter_articles([])


def test_every_input_unit_yields_exactly_one_item():
    write("ok.txt", "Ministers met.")
    write("empty.txt", b"")
    write("bin.txt", b"\x00\x01")
    write("dir/x.md", "x")
    names = ["ok.txt", "empty.txt", "bin.txt", "dir", "missing.txt", "-"]
    items = list(iter_articles(names, stdin=io.BytesIO(b"from stdin")))
    assert [i.id for i in items] == [
        "ok.txt",
        "empty.txt",
        "bin.txt",
        "dir/x.md",
        "missing.txt",
        "stdin",
    ]


_BYTES = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.text(max_size=100).map(lambda s: b"\xff\xfe" + s.encode("utf-16-le", "surrogatepass")),
)


@settings(max_examples=300, deadline=None)
@given(data=_BYTES, suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_arbitrary_bytes_never_raise_and_give_one_item_per_file(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "article" + suffix)
        path.write_bytes(data)
        items = list(iter_articles([str(path)]))
    assert len(items) == 1
    item = items[0]
    if isinstance(item, Article):
        assert item.text.strip()
        assert "\x00" not in item.text
    else:
        assert item.reason
        assert item.message


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=400))
def test_arbitrary_jsonl_bytes_never_raise(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "batch.jsonl")
        path.write_bytes(data)
        items = list(iter_articles([str(path)]))
    assert items
    assert all(isinstance(i, Article | InputProblem) for i in items)
