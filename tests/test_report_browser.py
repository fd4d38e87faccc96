"""The HTML report in a real browser (Debian's headless Chromium driven by playwright):
highlights open their record, the table filters and sorts, the network is drawn,
injected script never runs, and the page makes no request and logs no error."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from extract._models import (
    Agreement,
    AgreementType,
    ArticleExtraction,
    Evidence,
    Failure,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
)
from extract._report import render_report

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parents[1]

if "text" in ArticleExtraction.model_fields:
    ArticleWithText = ArticleExtraction
else:

    class ArticleWithText(ArticleExtraction):  # until ArticleExtraction carries the text
        text: str | None = None


def ev(text: str, quote: str, nth: int = 0) -> Evidence:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def official(
    text: str, quote: str, name: str, title: str, country: str, nth: int = 0, **extra
) -> Official:
    evidence = [ev(text, quote, nth)]
    return Official(name=name, title=title, country=country, evidence=evidence, **extra)


# Invented people and events: a small corpus that exercises every part of the report.
LISBON = (
    "LISBON, March 4 — Portuguese Foreign Minister Ana Ribeiro met her Japanese counterpart "
    "Kenji Morita in Lisbon on Monday. The two ministers agreed to set up a joint working "
    "group on offshore wind.\n\nRibeiro later held a video call with Canadian Trade Minister "
    "Claire Dubois, and both sides committed to conclude talks on a customs protocol by June. "
    "Morita is expected to visit Ottawa next month to meet Dubois."
)
SEOUL = (
    "(서울=연합뉴스) 조민호 외교부 장관은 5일 서울에서 모리타 겐지 일본 외무상과 회담하고 "
    "양국 청년 교류를 확대하기로 합의했다."
)
BRUSSELS = (
    "BRUSSELS — NATO Secretary General Lars Eriksen hosted Polish Defence Minister Tomasz "
    "Nowak on March 10, and the two signed a letter of intent on air defence training. "
    "Nowak also met Portuguese Foreign Minister Ana Ribeiro on the margins."
)
OPINION = (
    "Opinion <script>alert(1)</script> Why phone diplomacy matters. When Kenji Morita and "
    "Claire Dubois spoke by phone on March 12, little was announced."
)


def corpus() -> list[ArticleExtraction]:
    ribeiro = ("Ana Ribeiro", "Foreign Minister", "Portugal")
    morita = ("Kenji Morita", "Foreign Minister", "Japan")
    dubois = ("Claire Dubois", "Trade Minister", "Canada")
    nowak = ("Tomasz Nowak", "Defence Minister", "Poland")
    lisbon = [
        Meeting(
            participants=[
                official(LISBON, "Ana Ribeiro", *ribeiro),
                official(LISBON, "Kenji Morita", *morita),
            ],
            date=dt.date(2025, 3, 3),
            date_text="on Monday",
            location="Lisbon, Portugal",
            topics=["offshore wind"],
            evidence=[
                ev(
                    LISBON,
                    "Ana Ribeiro met her Japanese counterpart Kenji Morita in Lisbon on Monday.",
                )
            ],
            agreements=[
                Agreement(
                    summary="Set up a joint working group on offshore wind.",
                    type=AgreementType.COMMITMENT,
                    parties=["Ana Ribeiro", "Kenji Morita"],
                    evidence=[
                        ev(LISBON, "agreed to set up a joint working group on offshore wind")
                    ],
                )
            ],
        ),
        Meeting(
            participants=[
                official(LISBON, "Ribeiro", *ribeiro, nth=1),
                official(LISBON, "Claire Dubois", *dubois),
            ],
            date=dt.date(2025, 3, 3),
            kind=MeetingKind.VIRTUAL,
            evidence=[
                ev(
                    LISBON,
                    "Ribeiro later held a video call with Canadian Trade Minister Claire Dubois",
                )
            ],
            agreements=[
                Agreement(
                    summary="Conclude customs protocol talks by June.",
                    type=AgreementType.COMMITMENT,
                    evidence=[
                        ev(
                            LISBON,
                            "both sides committed to conclude talks on a customs protocol by June",
                        )
                    ],
                )
            ],
        ),
        Meeting(
            participants=[
                official(LISBON, "Morita", *morita, nth=1),
                official(LISBON, "Dubois", *dubois, nth=1),
            ],
            date_text="next month",
            location="Ottawa, Canada",
            status=MeetingStatus.PLANNED,
            evidence=[ev(LISBON, "Morita is expected to visit Ottawa next month to meet Dubois.")],
        ),
    ]
    seoul = Meeting(
        participants=[
            official(
                SEOUL,
                "조민호 외교부 장관",
                "Cho Min-ho",
                "Foreign Minister",
                "South Korea",
                aliases=["조민호"],
            ),
            official(SEOUL, "모리타 겐지 일본 외무상", *morita, aliases=["모리타 겐지"]),
        ],
        date=dt.date(2025, 3, 5),
        date_text="5일",
        location="Seoul, South Korea",
        evidence=[
            ev(SEOUL, "조민호 외교부 장관은 5일 서울에서 모리타 겐지 일본 외무상과 회담하고")
        ],
        agreements=[
            Agreement(
                summary="Expand youth exchanges.",
                type=AgreementType.COMMITMENT,
                evidence=[ev(SEOUL, "양국 청년 교류를 확대하기로 합의했다")],
            )
        ],
    )
    brussels = [
        Meeting(
            participants=[
                official(BRUSSELS, "Lars Eriksen", "Lars Eriksen", "Secretary General", "NATO"),
                official(BRUSSELS, "Tomasz Nowak", *nowak),
            ],
            date=dt.date(2025, 3, 10),
            location="Brussels, Belgium",
            evidence=[
                ev(BRUSSELS, "Lars Eriksen hosted Polish Defence Minister Tomasz Nowak on March 10")
            ],
            agreements=[
                Agreement(
                    summary="Letter of intent on air defence training.",
                    type=AgreementType.SIGNED_DOCUMENT,
                    evidence=[ev(BRUSSELS, "signed a letter of intent on air defence training")],
                )
            ],
        ),
        Meeting(
            participants=[
                official(BRUSSELS, "Nowak", *nowak, nth=1),
                official(BRUSSELS, "Ana Ribeiro", *ribeiro),
            ],
            date=dt.date(2025, 3, 10),
            location="Brussels, Belgium",
            evidence=[
                ev(
                    BRUSSELS,
                    "Nowak also met Portuguese Foreign Minister Ana Ribeiro on the margins.",
                )
            ],
        ),
    ]
    opinion = Meeting(
        participants=[
            official(OPINION, "Kenji Morita", *morita),
            official(OPINION, "Claire Dubois", *dubois),
        ],
        date=dt.date(2025, 3, 12),
        kind=MeetingKind.CALL,
        evidence=[ev(OPINION, "Kenji Morita and Claire Dubois spoke by phone on March 12")],
    )

    def article(aid: str, title: str, text: str, meetings: list[Meeting]) -> ArticleExtraction:
        sourced = [m.model_copy(update={"sources": [aid]}).with_id() for m in meetings]
        return ArticleWithText(
            article_id=aid, title=title, published=dt.date(2025, 3, 4), meetings=sourced, text=text
        )

    return [
        article("lisbon.txt", "Ribeiro and Morita launch offshore wind group", LISBON, lisbon),
        article("seoul-ko.txt", "한일 외교장관 회담", SEOUL, [seoul]),
        article("brussels.txt", "NATO and Poland sign air defence letter", BRUSSELS, brussels),
        article("opinion.txt", "Why phone diplomacy matters", OPINION, [opinion]),
        ArticleExtraction(
            article_id="scan.pdf",
            error=Failure(
                reason="binary_input",
                message="The file is binary, not text; convert it to text and run again.",
            ),
        ),
    ]


@pytest.fixture(scope="module")
def browser():
    def unavailable(why: str):
        if os.environ.get("CI"):
            pytest.fail(f"{why}; CI must run the browser test: run .ci/install-browser.sh")
        pytest.skip(why)

    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (Debian's chromium package)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


class Watched:
    """A page on the report, recording errors, dialogs and any request off the disk."""

    def __init__(self, context, report: Path) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(report.as_uri())

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.dialogs == []
        assert self.requests == []


@pytest.fixture
def results():
    return corpus()


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(corpus()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


@pytest.fixture
def report(context, report_file):
    watched = Watched(context, report_file)
    yield watched
    watched.page.close()


def test_clicking_a_highlight_shows_its_meeting_record(report):
    page = report.page
    assert page.locator("#article-1 .article-text mark.hl").count() > 5
    name = page.locator("#article-1 mark.hl-official", has_text="Claire Dubois").first
    name.click()
    pop = page.locator("#record-pop")
    assert pop.is_visible()
    assert "Meeting M2" in pop.inner_text()
    assert "Claire Dubois — Trade Minister, Canada" in pop.inner_text()
    assert "Conclude customs protocol talks by June." in pop.inner_text()
    assert pop.locator("li.is-ref").inner_text().startswith("Claire Dubois")  # the clicked one
    page.keyboard.press("Escape")
    assert not pop.is_visible()
    report.assert_clean()


def test_korean_highlight_covers_exactly_the_quote_and_opens_its_record(report):
    page = report.page
    marks = page.locator("#article-2 mark.hl-official")
    assert marks.all_inner_texts() == ["조민호 외교부 장관", "모리타 겐지 일본 외무상"]
    marks.first.click()
    assert (
        "Cho Min-ho — Foreign Minister, South Korea (also 조민호)"
        in page.locator("#record-pop").inner_text()
    )
    report.assert_clean()


def test_script_in_an_article_is_shown_as_text_and_never_runs(report):
    page = report.page
    assert "<script>alert(1)</script>" in page.locator("#article-4 .article-text").inner_text()
    assert page.evaluate("document.scripts.length") == 2  # the data block and the report's code
    page.locator("#article-4 mark.hl").first.click()
    report.assert_clean()  # no alert dialog appeared


def test_typing_in_the_filter_hides_rows_that_do_not_match(report, results):
    page = report.page
    rows = page.locator("#meeting-table tbody tr[data-rec]")
    total = rows.count()
    with_dubois = {
        m.id
        for r in results
        for m in r.meetings
        if any("dubois" in p.name.lower() for p in m.participants)
    }
    page.locator("#meeting-filter").fill("Dubois")
    visible = page.locator("#meeting-table tbody tr[data-rec]:visible")
    assert visible.count() == len(with_dubois) < total
    assert all("Dubois" in text for text in visible.all_inner_texts())
    assert page.locator("#meeting-count").inner_text() == f"{len(with_dubois)} of {total}"
    page.locator("#meeting-filter").fill("nobody-by-this-name")
    assert visible.count() == 0
    assert page.locator("#meeting-empty").is_visible()
    page.locator("#meeting-filter").fill("")
    assert visible.count() == total
    report.assert_clean()


def test_clicking_a_column_header_sorts_the_table(report):
    page = report.page

    def column(index: int) -> list[str]:
        return page.eval_on_selector_all(
            "#meeting-table tbody tr[data-rec]",
            f"rows => rows.map(r => r.cells[{index}].dataset.sort)",
        )

    dates = column(1)
    known = sorted(d for d in dates if d)
    page.locator("#meeting-table th", has_text="Date").click()
    assert column(1) == known + [""] * dates.count("")  # undated stay last
    page.locator("#meeting-table th", has_text="Date").click()
    assert column(1) == known[::-1] + [""] * dates.count("")
    page.locator("#meeting-table th", has_text="Agreements").click()
    counts = [int(n) for n in column(7)]
    assert counts == sorted(counts)
    report.assert_clean()


def test_network_draws_officials_and_countries_linked_by_meetings(report, results):
    page = report.page
    people = {p.key for r in results for m in r.meetings for p in m.participants}
    assert page.locator("#network-people .node").count() == len(people)
    assert page.locator("#network-people line.edge").count() >= len(people) - 1
    page.locator("[data-network=countries]").click()
    assert page.locator("#network-countries").is_visible()
    assert not page.locator("#network-people").is_visible()
    assert page.locator("#network-countries .node").count() == 6  # PT JP CA KR NATO PL
    report.assert_clean()


def test_failed_articles_and_timeline_are_shown(report):
    page = report.page
    failures = page.locator("#failures").inner_text()
    assert "scan.pdf" in failures
    assert "binary_input" in failures
    dated = page.locator("svg.timeline circle.tl-dot")
    assert dated.count() == 6  # every meeting but the planned, undated one
    dated.first.click()
    assert page.locator("#record-pop").is_visible()
    report.assert_clean()


def test_screenshot_of_the_report(report, tmp_path):
    page = report.page
    target = (
        REPO / "docs" / "report-screenshot.png"
        if os.environ.get("EXTRACT_SAVE_SCREENSHOT") == "1"
        else tmp_path / "report-screenshot.png"
    )
    page.locator("#article-1 mark.hl-agreement").first.click()
    page.screenshot(path=str(target), full_page=True)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report.assert_clean()
