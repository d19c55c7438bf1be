"""Clean: from a Document's bytes to an Article with clean paragraphs; every removal has a reason."""

from __future__ import annotations

from datetime import UTC, datetime

import dateparser

from tidings.clean.html import HtmlError, extract_page
from tidings.clean.text import clean_text, remove_boilerplate_and_repeats
from tidings.clean.unicode import NotText, declared_charset, decode, repair
from tidings.model import Article, Document
from tidings.settings import Settings

__all__ = ["clean_document", "parse_published"]


def parse_published(value: str | None) -> datetime | None:
    """A publication date from metadata or the CLI, as an aware datetime (UTC when no zone is given)."""
    if not value:
        return None
    try:
        parsed: datetime | None = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        parsed = dateparser.parse(value, settings={"DATE_ORDER": "YMD"}, languages=["en", "fr"])
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _article_shell(doc: Document) -> Article:
    return Article(doc_id=doc.doc_id, source=doc.source, source_kind=doc.source_kind, position=doc.position,
                   record_id=doc.hints.record_id, url=doc.hints.url)


def clean_document(
    doc: Document, settings: Settings, published: str | None = None, lang: str | None = None
) -> Article:
    """Decode, repair and clean one document. Never raises for bad input: the Article says `failed` and why.

    `published` and `lang` (e.g. from the command line) are used only when the document itself does not say.
    """
    article = _article_shell(doc)
    if doc.error:
        return article.fail(doc.error)
    if not doc.raw.strip():
        return article.fail("empty input")
    try:
        text, _encoding = decode(doc.raw, declared_charset(doc.raw) if doc.payload_kind == "html" else None)
    except NotText as exc:
        return article.fail(str(exc))
    text = repair(text)

    page_date: str | None = None
    if doc.payload_kind == "html":
        try:
            page = extract_page(text, url=doc.hints.url, fast=settings.html_fast)
        except HtmlError as exc:
            return article.fail(str(exc))
        cleaned = remove_boilerplate_and_repeats(page.lines, doc.hints.title or page.title,
                                                 settings.min_repeat_words)
        cleaned.removed[:0] = page.removed
        page_date = page.date
    else:
        cleaned = clean_text(text, doc.hints.title, settings.min_repeat_words)

    if not cleaned.paragraphs:
        article.removed = cleaned.removed
        return article.fail("no article text left after cleaning (everything was boilerplate or repeats)")
    body_chars = sum(map(len, cleaned.paragraphs))
    if body_chars > settings.max_text_chars:  # on the article text: markup does not count
        return article.fail(f"text is {body_chars:,} characters, over the limit of {settings.max_text_chars:,}"
                            " (max_text_chars)")
    article.title = doc.hints.title or cleaned.title
    article.paragraphs = cleaned.paragraphs
    article.removed = cleaned.removed
    article.text = "\n\n".join(cleaned.paragraphs)
    for value, origin in ((doc.hints.published, doc.source_kind), (page_date, "html"), (published, "cli")):
        if value and (when := parse_published(value)) is not None:
            article.published, article.published_from = when, origin
            break
    if given := (doc.hints.lang or lang):
        article.lang, article.lang_confidence = given.lower(), 1.0
        article.notes.append(f"language given by the {'input' if doc.hints.lang else 'caller'}: {given}")
    return article
