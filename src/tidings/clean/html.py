"""HTML pages: main text, title and date through trafilatura (+htmldate), page furniture recorded as removed."""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.html
import trafilatura
from lxml import etree

from tidings.clean.text import normalize_space, repeat_key
from tidings.model import Removed

_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "dt", "dd",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "figcaption", "form",
    "button", "label", "option", "br", "main", "table", "pre", "address",
}  # fmt: skip
_INVISIBLE = ["script", "style", "noscript", "template", "svg", "head", "iframe"]
MAX_FURNITURE_LINES = 60  # per page: enough to show what went, without storing a whole menu tree


class HtmlError(ValueError):
    """A page with no extractable main text (empty, not HTML, or all furniture)."""


@dataclass
class ExtractedPage:
    title: str | None
    date: str | None
    lines: list[str]
    removed: list[Removed] = field(default_factory=list)


def visible_lines(html: str) -> list[str]:
    """The page's visible text, one line per block element: what a reader of the raw page would see."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    etree.strip_elements(tree, *_INVISIBLE, with_tail=False)
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return [line for line in (normalize_space(x) for x in tree.text_content().split("\n")) if line]


def extract_page(html: str, url: str | None = None, fast: bool = True) -> ExtractedPage:
    """Main text of a news page. Comments and the rest of the page are recorded as removed, with reasons."""
    result = trafilatura.bare_extraction(
        html, url=url, fast=fast, include_comments=True, with_metadata=True,
    )
    if result is None or not (result.text or "").strip():
        raise HtmlError("no main text found in the HTML page (trafilatura extracted nothing)")
    lines = [line for line in (normalize_space(x) for x in result.text.split("\n")) if line]
    removed = [Removed(c, "comments", "reader comments") for c in
               (normalize_space(x) for x in (result.comments or "").split("\n")) if c]
    kept_keys = repeat_key(" ".join(lines)) + repeat_key(" ".join(r.text for r in removed))
    title_key = repeat_key(result.title or "")
    furniture = [x for x in visible_lines(html)
                 if (key := repeat_key(x)) and key not in kept_keys and key != title_key]
    removed += [Removed(x, "navigation", "page furniture outside the main text")
                for x in furniture[:MAX_FURNITURE_LINES]]
    if len(furniture) > MAX_FURNITURE_LINES:
        removed.append(Removed(f"[{len(furniture) - MAX_FURNITURE_LINES} more lines]", "navigation",
                               "page furniture outside the main text (not listed)"))
    return ExtractedPage(result.title, result.date, lines, removed)
