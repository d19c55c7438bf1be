"""Boilerplate that only shows across documents: a paragraph that many articles of one source share."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from tidings.clean.text import repeat_key
from tidings.model import Article, Removed

EDGE_PARAGRAPHS = 3  # boilerplate sits at the top and bottom of articles; the middle is not tracked
MAX_PARAGRAPH_CHARS = 800
MAX_TRACKED = 2_000_000  # keys; past it the singletons are forgotten so memory stays flat on huge runs


def source_of(article: Article) -> str:
    """The publisher an article comes from: the URL's host, else the feed file or folder it was read from."""
    if article.url:
        host = urlsplit(article.url).hostname
        if host:
            return host.removeprefix("www.")
    path = Path(article.source)
    return str(path if article.source_kind == "jsonl" else path.parent)


class SourceBoilerplate:
    """Counts edge paragraphs per source over a run and removes those seen in `min_docs` documents or more.

    It works on batches: a paragraph that crosses the threshold inside a batch is removed from every
    article of that batch; articles stored in earlier batches keep it (they are already committed).
    """

    def __init__(self, min_docs: int = 3, min_chars: int = 30) -> None:
        self.min_docs = min_docs
        self.min_chars = min_chars
        self.counts: dict[bytes, int] = defaultdict(int)

    def _key(self, source: str, paragraph: str) -> bytes:
        return hashlib.blake2b(f"{source}\x00{repeat_key(paragraph)}".encode(), digest_size=12).digest()

    def _edges(self, article: Article) -> set[str]:
        paragraphs = article.paragraphs
        edges = paragraphs[:EDGE_PARAGRAPHS] + paragraphs[-EDGE_PARAGRAPHS:]
        return {p for p in edges if self.min_chars <= len(p) <= MAX_PARAGRAPH_CHARS}

    def __call__(self, articles: list[Article]) -> list[Article]:
        live = [a for a in articles if a.status == "ok" and a.paragraphs]
        for article in live:
            source = source_of(article)
            for paragraph in self._edges(article):
                self.counts[self._key(source, paragraph)] += 1
        for article in live:
            source = source_of(article)
            shared = {p for p in self._edges(article) if self.counts[self._key(source, p)] >= self.min_docs}
            if not shared:
                continue
            article.removed += [Removed(p, "source_boilerplate", f"in {self.counts[self._key(source, p)]} "
                                        f"documents of {source}") for p in article.paragraphs if p in shared]
            article.paragraphs = [p for p in article.paragraphs if p not in shared]
            article.text = "\n\n".join(article.paragraphs)
            if not article.paragraphs:
                article.fail("no article text left after removing the source's boilerplate")
        if len(self.counts) > MAX_TRACKED:
            self.counts = defaultdict(int, {k: v for k, v in self.counts.items() if v > 1})
        return articles
