"""Ingest: turn paths into Documents. One module per source kind; `read` is the one entry point."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from tidings.ingest.files import html_document, sniff_kind, text_document
from tidings.ingest.jsonl import jsonl_documents
from tidings.model import Document
from tidings.settings import Settings

SUFFIX_KINDS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip


def kind_of(path: Path) -> str | None:
    """Source kind from the file name (a trailing .gz is looked through), or None when unknown."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return SUFFIX_KINDS.get(suffixes[-1]) if suffixes else None


def expand(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Files named directly are always read (unknown kinds are sniffed); folders give their known kinds."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                kind = kind_of(child)
                if kind is not None and not any(part.startswith(".") for part in child.parts):
                    yield child, kind
        else:
            yield path, kind_of(path)


def read(inputs: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Document]:
    """Yield one Document per input (per line for JSONL), in a stable order. Never raises for bad input."""
    settings = settings or Settings()
    for path, kind in expand(inputs):
        kind = kind or sniff_kind(path)
        if kind == "jsonl":
            yield from jsonl_documents(path, settings)
        elif kind == "html":
            yield html_document(path, settings)
        else:
            yield text_document(path, settings)
