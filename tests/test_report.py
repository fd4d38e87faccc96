"""The HTML report, without a browser: highlights at the right characters, overlaps,
escaping, failures, the corpus views, self-containment and the atomic write."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import pytest

from extract._exceptions import ExtractError
from extract._models import (
    Agreement,
    AgreementType,
    ArticleExtraction,
    Evidence,
    Failure,
    Meeting,
    MeetingKind,
    Official,
)
from extract._report import ReportStats, render_report, write_report
from extract._report_layout import network, timeline

if "text" in ArticleExtraction.model_fields:
    ArticleWithText = ArticleExtraction
else:

    class ArticleWithText(ArticleExtraction):  # until ArticleExtraction carries the text
        text: str | None = None


def ev(text: str, quote: str, nth: int = 0) -> Evidence:
    """Evidence for the nth occurrence of `quote` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def person(text: str, name: str, **fields) -> Official:
    return Official(name=name, evidence=[ev(text, name)], **fields)


class ArticleTexts(HTMLParser):
    """Each article's text as characters, with the <mark> (if any) covering each one."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.chars: dict[str, list[tuple[str, dict | None]]] = {}
        self.nested_marks = False
        self._article: str | None = None
        self._inside: str | None = None
        self._depth = 0
        self._mark: dict | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self._article = attrs.get("id")
        elif self._inside is not None:
            self._depth += tag == "div"
            if tag == "mark":
                self.nested_marks |= self._mark is not None
                self._mark = attrs
        elif tag == "div" and "article-text" in (attrs.get("class") or "").split():
            self._inside, self._depth = self._article, 1
            self.chars[self._inside] = []

    def handle_endtag(self, tag):
        if self._inside is None:
            return
        if tag == "mark":
            self._mark = None
        elif tag == "div":
            self._depth -= 1
            if self._depth == 0:
                self._inside = None

    def handle_data(self, data):
        if self._inside is not None:
            self.chars[self._inside] += [(ch, self._mark) for ch in data]

    def text(self, anchor: str) -> str:
        return "".join(ch for ch, _ in self.chars[anchor])

    def marks_at(self, anchor: str, start: int, end: int) -> list[dict | None]:
        return [mark for _, mark in self.chars[anchor][start:end]]


EN = (
    "SEOUL — Foreign Minister Cho Tae-yul met U.S. Secretary of State Antony Blinken "
    "on Tuesday. The two agreed to hold a trilateral summit. Blinken later spoke by "
    "phone with Japan's Yoko Kamikawa."
)


def english_article(article_id: str = "en-1") -> ArticleExtraction:
    talks = Meeting(
        participants=[
            person(EN, "Cho Tae-yul", title="Foreign Minister", country="South Korea"),
            person(EN, "Antony Blinken", title="Secretary of State", country="United States"),
        ],
        date=dt.date(2024, 2, 6),
        date_text="on Tuesday",
        location="Seoul",
        evidence=[ev(EN, "Cho Tae-yul met U.S. Secretary of State Antony Blinken on Tuesday.")],
        agreements=[
            Agreement(
                summary="Hold a trilateral summit",
                type=AgreementType.INTENT_TO_MEET,
                evidence=[ev(EN, "The two agreed to hold a trilateral summit.")],
            )
        ],
        sources=[article_id],
    ).with_id()
    call = Meeting(
        participants=[
            Official(name="Antony Blinken", evidence=[ev(EN, "Blinken", 1)]),
            person(EN, "Yoko Kamikawa", title="Foreign Minister", country="Japan"),
        ],
        date=dt.date(2024, 2, 7),
        kind=MeetingKind.CALL,
        evidence=[ev(EN, "Blinken later spoke by phone with Japan's Yoko Kamikawa.")],
        sources=[article_id],
    ).with_id()
    return ArticleWithText(
        article_id=article_id, title="Cho meets Blinken", meetings=[talks, call], text=EN
    )


def test_evidence_is_highlighted_at_its_offsets_and_nothing_else():
    result = english_article()
    page = ArticleTexts(render_report([result]))
    assert page.text("article-1") == EN  # text survives the segmenting intact
    talks, call = result.meetings
    quote = talks.evidence[0]
    assert all(
        m and "m1" in m["data-rec"].split()
        for m in page.marks_at("article-1", quote.start, quote.end)
    )
    name = call.participants[1].evidence[0]
    marks = page.marks_at("article-1", name.start, name.end)
    assert all(m and "hl-official" in m["class"] and m["data-rec"] == "m2" for m in marks)
    assert page.marks_at("article-1", 0, EN.index("Cho")) == [None] * EN.index("Cho")
    agreed = talks.agreements[0].evidence[0]
    assert all(
        "hl-agreement" in m["class"] for m in page.marks_at("article-1", agreed.start, agreed.end)
    )


def test_korean_text_is_highlighted_at_python_character_offsets():
    # Hangul (3 UTF-8 bytes) and an emoji (2 UTF-16 units) before the quote would shift
    # byte- or JS-based offsets; the highlight must still cover exactly the quote.
    text = "🇰🇷 서울 — 조태열 외교부 장관은 25일 토니 블링컨 미국 국무장관과 회담했다."
    meeting = Meeting(
        participants=[
            person(text, "조태열", country="South Korea"),
            person(text, "토니 블링컨", country="United States"),
        ],
        evidence=[ev(text, "조태열 외교부 장관은 25일 토니 블링컨 미국 국무장관과 회담했다.")],
    )
    result = ArticleWithText(article_id="ko-1", meetings=[meeting], text=text)
    page = ArticleTexts(render_report([result]))
    assert page.text("article-1") == text
    for official in meeting.participants:
        span = official.evidence[0]
        covered = [m for m in page.marks_at("article-1", span.start, span.end)]
        assert all(m and "hl-official" in m["class"] for m in covered)
        before = page.marks_at("article-1", span.start - 1, span.start)[0]
        assert before is None or "hl-official" not in before["class"]
    outside = text.index("서울")
    assert page.marks_at("article-1", outside, outside + 2) == [None, None]


def test_overlapping_spans_become_flat_segments_carrying_every_record():
    text = "Leaders met in Rome and agreed on grain exports, officials said."
    first = Meeting(participants=[], evidence=[ev(text, "Leaders met in Rome and agreed")])
    second = Meeting(
        participants=[],
        evidence=[ev(text, "in Rome and agreed on grain exports")],
        agreements=[
            Agreement(
                summary="Grain exports",
                type=AgreementType.COMMITMENT,
                evidence=[ev(text, "agreed on grain")],
            )
        ],
    )
    result = ArticleWithText(article_id="x", meetings=[first, second], text=text)
    html = render_report([result])
    page = ArticleTexts(html)
    assert not page.nested_marks
    assert page.text("article-1") == text
    both = page.marks_at("article-1", text.index("Rome"), text.index("Rome") + 4)
    assert all(
        set(m["data-rec"].split()) == {"m1", "m2"} and "hl-multi" in m["class"] for m in both
    )
    assert "linear-gradient" in both[0]["style"]  # both meeting colours drawn, not one hidden
    grain = page.marks_at("article-1", text.index("grain"), text.index("grain") + 5)
    assert all("m2/a0" in m["data-refs"].split() and "hl-agreement" in m["class"] for m in grain)
    tail = text.index(" exports") + len(" exports")
    assert page.marks_at("article-1", tail, len(text)) == [None] * (len(text) - tail)


def test_article_text_and_model_output_are_escaped_and_data_json_cannot_close_its_script():
    text = 'Hack <script>alert(1)</script> & "quotes": Kim met Lee.'
    evil = "<img src=x onerror=alert(2)>"
    meeting = Meeting(
        participants=[Official(name=evil, evidence=[ev(text, "Kim")]), person(text, "Lee")],
        location="</script><script>alert(3)</script>",
        evidence=[ev(text, "<script>alert(1)</script>")],
    )
    result = ArticleWithText(article_id="xss", title=evil, meetings=[meeting], text=text)
    html = render_report([result], title="<b>Report</b>")
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<b>Report</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert len(re.findall(r"<script\b", html)) == 2  # the data block and the report's own code
    assert ArticleTexts(html).text("article-1") == text
    block = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S
    )
    assert block
    assert "<" not in block.group(1)
    records = json.loads(block.group(1))["records"]
    assert records["m1"]["participants"][0]["name"] == evil  # escaped, not altered
    assert records["m1"]["location"] == "</script><script>alert(3)</script>"


def test_failed_articles_are_listed_with_reason_and_message():
    failed = ArticleExtraction(
        article_id="broken.txt",
        error=Failure(
            reason="provider_timeout", message="No answer in 60 s; retry later.", attempts=3
        ),
    )
    html = render_report([english_article(), failed])
    section = html[html.index('id="failures"') :]
    section = section[: section.index("</section>")]
    assert "broken.txt" in section
    assert "provider_timeout" in section
    assert "No answer in 60 s; retry later." in section


def test_report_loads_nothing_from_the_network():
    result = english_article().model_copy(update={"url": "https://news.example.com/a?b=1"})
    html = render_report([result])
    assert "news.example.com/a" in html  # the source address is shown as text...
    remote = re.compile(
        r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""",
        re.I,
    )
    assert not remote.search(html)  # ...but nothing is fetched or linked remotely
    assert "<link" not in html


def test_without_text_the_evidence_quotes_are_shown_alone():
    result = english_article()
    bare = ArticleExtraction.model_validate(result.model_dump(exclude={"text"}))
    html = render_report([bare])
    assert 'class="article-text"' not in html
    quotes = html[html.index('<ul class="quotes">') :]
    for quote in ("Cho Tae-yul", "The two agreed to hold a trilateral summit.", "Yoko Kamikawa"):
        assert f">{quote}</span>" in quotes


def test_offsets_that_do_not_match_the_text_are_listed_not_misplaced():
    text = "Ministers met in Oslo."
    stale = Evidence(quote="Ministers met", start=5, end=18)  # offsets from another version
    result = ArticleWithText(
        article_id="s", meetings=[Meeting(participants=[], evidence=[stale])], text=text
    )
    html = render_report([result])
    page = ArticleTexts(html)
    assert page.marks_at("article-1", 0, len(text)) == [None] * len(text)
    assert ">Ministers met</span>" in html[html.index('<ul class="quotes">') :]


def test_corpus_table_timeline_and_network_reflect_the_meetings():
    first = english_article("en-1")
    # The same meeting (same id) reported by a second article is one row with two sources.
    second = ArticleWithText(article_id="en-2", meetings=[first.meetings[0]], text=EN)
    html = render_report([first, second])
    rows = re.findall(r'<tr data-rec="(m\d+)"', html)
    assert rows == ["m1", "m2"]
    first_row = html[html.index('<tr data-rec="m1"') : html.index('<tr data-rec="m2"')]
    assert 'href="#article-1"' in first_row
    assert 'href="#article-2"' in first_row
    assert len(re.findall(r'<circle class="tl-dot', html)) == 2  # both meetings are dated
    people = html[html.index('id="network-people"') : html.index('data-network-view="countries"')]
    assert people.count('class="node"') == 3  # Cho, Blinken, Kamikawa
    assert people.count('class="edge"') == 2  # Cho–Blinken and Blinken–Kamikawa


def test_network_edge_weight_counts_shared_meetings_and_layout_is_deterministic():
    text = "Lee met Kim. Lee met Kim again."
    meetings = [
        Meeting(
            participants=[Official(name="Lee"), Official(name="Kim")],
            evidence=[ev(text, "Lee met Kim", n)],
        )
        for n in (0, 1)
    ]
    results = [ArticleWithText(article_id="w", meetings=meetings, text=text)]
    html = render_report(results)
    people = html[html.index('id="network-people"') : html.index('data-network-view="countries"')]
    assert people.count('class="edge"') == 1
    assert "Kim – Lee: 2 meetings" in people
    assert render_report(results) == html


@dataclass
class Mark:
    """A meeting as the report labels it (what the layouts need)."""

    rid: str
    label: str
    colour: str
    meeting: Meeting


def marks(*meetings: Meeting) -> list[Mark]:
    return [Mark(f"m{i}", f"M{i}", "#000000", m) for i, m in enumerate(meetings, 1)]


def test_timeline_orders_meetings_by_date_and_never_stacks_two_dots_on_one_spot():
    people = [Official(name="Lee"), Official(name="Kim")]
    days = [dt.date(2024, 3, 1), dt.date(2024, 1, 1), dt.date(2024, 1, 1), None]
    drawn = timeline(marks(*(Meeting(participants=people, date=d) for d in days)))

    by_rid = {dot.rid: dot for dot in drawn.dots}
    assert set(by_rid) == {"m1", "m2", "m3"}  # the undated meeting is counted, not drawn
    assert drawn.undated == 1
    assert by_rid["m2"].x == by_rid["m3"].x < by_rid["m1"].x  # earlier is further left
    assert by_rid["m2"].y != by_rid["m3"].y  # same day: stacked, not hidden under each other
    assert all(dot.y < drawn.axis_y < drawn.height for dot in drawn.dots)
    assert drawn.ticks[0][1] == "2024-01-01"  # the axis starts at the first meeting


def test_country_network_links_countries_by_the_meetings_they_shared():
    def met(*countries: str) -> Meeting:
        return Meeting(participants=[Official(name=f"N{c}", country=c) for c in countries])

    drawn = network(
        marks(met("Japan", "Korea"), met("Japan", "Korea"), met("Japan")), by_country=True
    )

    assert [node.name for node in drawn.nodes] == ["Japan", "Korea"]  # most meetings first
    assert drawn.nodes[0].title == "Japan · 3 meetings"
    assert [(e.a, e.b, e.title) for e in drawn.edges] == [(0, 1, "Japan – Korea: 2 meetings")]
    assert drawn.edges[0].width > 1  # a link met twice is drawn thicker than one met once


def test_write_report_replaces_the_file_atomically_and_counts(tmp_path):
    results_path = tmp_path / "results.jsonl"
    failed = ArticleExtraction(article_id="f", error=Failure(reason="empty_input", message="empty"))
    plain = ArticleExtraction.model_validate(english_article().model_dump(exclude={"text"}))
    lines = [plain.model_dump_json(), failed.model_dump_json()]
    results_path.write_text("\n".join(lines) + "\n" + lines[0][:40], encoding="utf-8")
    out = tmp_path / "out" / "report.html"
    stats = write_report(results_path, out, title="Weekly")
    assert stats == ReportStats(
        articles=2, failed=1, meetings=2, officials=3, agreements=1, truncated_line=3
    )
    html = out.read_text(encoding="utf-8")
    assert "<title>Weekly</title>" in html
    assert "Line 3 of the results file was cut off" in html
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.html"]  # no temp left


def test_a_failed_write_keeps_the_previous_report(tmp_path, monkeypatch):
    results_path = tmp_path / "results.jsonl"
    results_path.write_text(ArticleExtraction(article_id="a").model_dump_json() + "\n")
    out = tmp_path / "report.html"
    out.write_text("previous report", encoding="utf-8")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExtractError, match="No space left on device"):
        write_report(results_path, out)
    assert out.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "results.jsonl"]


def test_inline_assets_cannot_end_their_blocks_early():
    html = render_report([english_article()])
    style = html[html.index("<style>") + 7 : html.index("</style>")]
    code = html[html.rindex("<script>") + 8 : html.rindex("</script>")]
    assert "</" not in style
    assert "</script" not in code.lower()
    assert "addEventListener" in code
    assert "--hl-bg" in style
