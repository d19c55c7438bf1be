"""Single-file sources: plain text and HTML pages, optionally gzipped, read under size limits."""

from __future__ import annotations

import gzip
import hashlib
import zlib
from pathlib import Path

from tidings.model import Document
from tidings.settings import Settings

CHUNK = 1 << 16


class InputTooLarge(Exception):
    pass


def read_limited(path: Path, limit: int, decompressed_limit: int) -> bytes:
    """Read a file (gunzipping `.gz`), refusing past `limit` bytes on disk or once decompressed."""
    size = path.stat().st_size
    if size > limit:
        raise InputTooLarge(f"file is {size:,} bytes, over the limit of {limit:,} (max_document_bytes)")
    data = path.read_bytes()
    if path.suffix.lower() != ".gz":
        return data
    # Decompress incrementally so a small bomb never inflates past the limit in memory.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = bytearray()
    cap = min(limit, decompressed_limit)
    for start in range(0, len(data), CHUNK):
        out += inflater.decompress(data[start : start + CHUNK], cap + 1 - len(out))
        if len(out) > cap or inflater.unconsumed_tail:
            raise InputTooLarge(f"decompresses past the limit of {cap:,} bytes")
    out += inflater.flush()
    if len(out) > cap:
        raise InputTooLarge(f"decompresses past the limit of {cap:,} bytes")
    return bytes(out)


def file_digest(path: Path) -> str:
    """sha256 of a file streamed from disk: used as the id of a file refused for its size."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def sniff_kind(path: Path) -> str:
    """For a file named without a known suffix: HTML if it starts like markup, else text."""
    try:
        with (gzip.open(path, "rb") if path.suffix.lower() == ".gz" else path.open("rb")) as handle:
            head = handle.read(2048).lstrip().lower()
    except OSError:
        return "text"
    return "html" if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")) else "text"


def _single_file(path: Path, kind: str, settings: Settings) -> Document:
    source = str(path)
    try:
        raw = read_limited(path, settings.max_document_bytes, settings.max_decompressed_bytes)
    except InputTooLarge as exc:
        return Document(file_digest(path), source, kind, b"", payload_kind=kind,  # type: ignore[arg-type]
                        size=path.stat().st_size, error=f"input too large: {exc}")
    except (OSError, EOFError, zlib.error) as exc:
        digest = hashlib.sha256(f"unreadable:{source}".encode()).hexdigest()
        return Document(digest, source, kind, b"", payload_kind=kind,  # type: ignore[arg-type]
                        error=f"cannot read file: {exc}")
    return Document(hashlib.sha256(raw).hexdigest(), source, kind, raw,  # type: ignore[arg-type]
                    payload_kind=kind, size=len(raw))  # type: ignore[arg-type]


def text_document(path: Path, settings: Settings) -> Document:
    return _single_file(path, "text", settings)


def html_document(path: Path, settings: Settings) -> Document:
    return _single_file(path, "html", settings)
