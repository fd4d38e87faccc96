"""HTML page → visible article text, its title and its published date (raw).

Page chrome (navigation, headers outside the article, footers, scripts) is dropped;
block elements become paragraph breaks so passages split where a reader sees them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Page chrome and non-text elements. A <header> inside <article>/<main> is the
# article's own header (headline, byline, date) and is kept; a <form> is kept when
# it wraps most of the page (ASP.NET pages put everything in one form).
# fmt: off
_DROPPED_TAGS = frozenset({
    "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template", "svg",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "section", "article",
    "main", "blockquote", "pre", "figure", "figcaption", "hr", "address",
    "h1", "h2", "h3", "h4", "h5", "h6",
})
# fmt: on
_PUBLISHED_META = frozenset({"article:published_time", "datepublished", "pubdate"})


class _PageText(HTMLParser):
    """Collects the visible text, the <title>, the first <h1> and published-date hints."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, bool]] = []  # (text, only inside a dropped <form>)
        self.title: list[str] = []
        self.h1: list[str] | None = None  # text of the first <h1>, while it is open
        self.first_h1 = ""
        self.meta_published: str | None = None
        self.time_published: str | None = None
        self._dropping: list[str] = []
        self._in_title = self._in_pre = self._in_article = 0
        self._title_done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop", "")
            if key.lower() in _PUBLISHED_META and values.get("content") and not self.meta_published:
                self.meta_published = values["content"].strip()
        elif tag == "time" and values.get("datetime") and self.time_published is None:
            self.time_published = values["datetime"].strip()
        keep_header = tag == "header" and self._in_article and not self._dropping
        if tag in _DROPPED_TAGS and not keep_header:
            self._dropping.append(tag)
        self._count(tag, 1)
        if tag == "h1" and not self.first_h1:
            self.h1 = []
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._dropping:  # also closes tags left open inside the dropped one
            del self._dropping[len(self._dropping) - 1 - self._dropping[::-1].index(tag) :]
        self._count(tag, -1)
        if tag == "h1" and self.h1 is not None:
            self.first_h1 = _collapse("".join(self.h1))
            self.h1 = None
        self._title_done = self._title_done or (tag == "title" and bool(self.title))
        self._break(tag)

    def _break(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(("\n\n", False))

    def _count(self, tag: str, step: int) -> None:
        if tag == "title":
            self._in_title = max(0, self._in_title + step)
        elif tag == "pre":
            self._in_pre = max(0, self._in_pre + step)
        elif tag in ("article", "main"):
            self._in_article = max(0, self._in_article + step)

    def handle_data(self, data: str) -> None:
        if self._in_title:  # the first <title> outside dropped parts (not an <svg> icon's)
            if not self._dropping and not self._title_done:
                self.title.append(data)
            return
        in_form = bool(self._dropping) and all(tag == "form" for tag in self._dropping)
        if self._dropping and not in_form:
            return
        if self.h1 is not None:
            self.h1.append(data)
        self.parts.append((data if self._in_pre else re.sub(r"\s+", " ", data), in_form))


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """Visible article text of an HTML page, with its title and published date (raw)."""
    page = _PageText()
    try:
        page.feed(html)
        page.close()
    except Exception:  # html.parser can still trip on broken markup; fall back to tag stripping
        page.parts = [(re.sub(r"<[^>]*>", " ", html), False)]
    in_forms = sum(len(text.strip()) for text, in_form in page.parts if in_form)
    keep_forms = in_forms > sum(len(text.strip()) for text, in_form in page.parts if not in_form)
    kept = "".join(text for text, in_form in page.parts if keep_forms or not in_form)
    lines = (line.strip() for line in kept.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    title = _collapse("".join(page.title)) or page.first_h1 or None
    return text, title, page.meta_published or page.time_published


def _collapse(text: str) -> str:
    return " ".join(text.split())
