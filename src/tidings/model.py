"""Every record type tidings passes between stages. Nothing else lives here, and nothing of ours is imported."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

Status = Literal["ok", "failed"]


@dataclass(frozen=True)
class Hints:
    """What a container (JSONL line, feed item, HTML metadata) says about a document before we read it."""

    record_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Document:
    """One input as read, before any interpretation.

    `doc_id` is the sha256 of `raw`: the same bytes are the same document, which makes re-runs idempotent.
    `error` is set when the input could not even be read as a document (too large, a JSONL line that is
    not JSON); such documents still travel the pipeline so that they end as a stored `failed` record.
    """

    doc_id: str
    source: str
    source_kind: Literal["text", "html", "jsonl"]
    raw: bytes
    position: int = 0  # line number inside a container file (JSONL); 0 for a whole file
    payload_kind: Literal["text", "html"] = "text"  # what `raw` holds once the container is opened
    hints: Hints = field(default_factory=Hints)
    size: int = 0  # bytes on disk (may exceed len(raw) when the input was refused for its size)
    error: str | None = None

    @property
    def input_key(self) -> str:
        return f"{self.source}#{self.position}"


@dataclass(frozen=True)
class Removed:
    """A span of the input that is not in the article text, and why."""

    text: str
    reason: Literal["repeat", "boilerplate", "source_boilerplate", "navigation", "comments", "empty"]
    detail: str = ""


@dataclass(frozen=True)
class Entity:
    """A named-entity mention: character offsets into `Article.text`, label from our one label set."""

    text: str
    label: Literal["PER", "ORG", "LOC", "GPE", "MISC"]
    start: int
    end: int
    model_label: str = ""  # the label the language's model gave, kept for audits


@dataclass
class Article:
    """A document after cleaning, language identification and NLP. `status` says whether it got that far."""

    doc_id: str
    source: str
    source_kind: str
    position: int = 0
    record_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_from: str | None = None  # where the date came from: jsonl, html, cli, None
    lang: str | None = None
    lang_confidence: float = 0.0
    text: str = ""
    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    status: Status = "ok"
    error: str | None = None

    @property
    def input_key(self) -> str:
        return f"{self.source}#{self.position}"

    def fail(self, reason: str) -> Article:
        self.status = "failed"
        self.error = reason
        return self

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape (README: 'Output of tidings extract'). Extend it, never rename it."""
        out: dict[str, Any] = {
            "source": self.source,
            "id": self.record_id,
            "status": self.status,
            "lang": self.lang,
            "lang_confidence": round(self.lang_confidence, 4),
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "text": self.text,
            "paragraphs": self.paragraphs,
            "removed": [asdict(r) for r in self.removed],
            "entities": [asdict(e) for e in self.entities],
            "notes": self.notes,
        }
        if self.error:
            out["error"] = self.error
        return out
