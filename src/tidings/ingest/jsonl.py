"""JSON Lines feeds: one article per line, `text` or `html`, with optional metadata kept as hints."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from tidings.model import Document, Hints
from tidings.settings import Settings


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")


def _hint(value: object) -> str | None:
    return None if value is None else str(value)


def parse_line(line: bytes, source: str, number: int, settings: Settings) -> Document:
    """One JSONL line as a Document; a line that is not a usable article object carries the reason."""
    doc_id = hashlib.sha256(line).hexdigest()

    def failed(reason: str) -> Document:
        return Document(doc_id, source, "jsonl", b"", position=number, size=len(line), error=reason)

    if len(line) > settings.max_document_bytes:
        return failed(f"line is {len(line):,} bytes, over the limit of {settings.max_document_bytes:,}")
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return failed(f"line {number} is not JSON: {exc}")
    if not isinstance(record, dict):
        return failed(f"line {number} is JSON but not an object")
    body, payload_kind = record.get("text"), "text"
    if body is None and record.get("html") is not None:
        body, payload_kind = record.get("html"), "html"
    if not isinstance(body, str):
        return failed(f"line {number} has no 'text' or 'html' string")
    hints = Hints(
        record_id=_hint(record.get("id")),
        url=_hint(record.get("url")),
        title=_hint(record.get("title")),
        published=_hint(record.get("published") or record.get("date")),
        lang=_hint(record.get("lang")),
    )
    return Document(doc_id, source, "jsonl", body.encode("utf-8"), position=number,
                    payload_kind=payload_kind, hints=hints, size=len(line))  # type: ignore[arg-type]


def jsonl_documents(path: Path, settings: Settings) -> Iterator[Document]:
    """Stream a JSONL file line by line (never loaded whole); blank lines are skipped, not recorded."""
    source = str(path)
    seen = 0
    try:
        with _open(path) as handle:
            for number, line in enumerate(handle, start=1):
                seen += len(line)
                if seen > settings.max_container_bytes:
                    yield Document(hashlib.sha256(f"{source}:{number}:over".encode()).hexdigest(), source,
                                   "jsonl", b"", position=number,
                                   error=f"container stopped at line {number}: over "
                                         f"{settings.max_container_bytes:,} bytes (max_container_bytes)")
                    return
                if line.strip():
                    yield parse_line(line.strip(), source, number, settings)
    except (OSError, EOFError) as exc:
        yield Document(hashlib.sha256(f"unreadable:{source}".encode()).hexdigest(), source, "jsonl", b"",
                       error=f"cannot read file: {exc}")
