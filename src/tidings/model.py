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
class ActorRef:
    """What a mention denotes as an actor: a registry record, or a described group or unknown person.

    `id` is None for unlinked actors (an unknown person, "des responsables américains"); `country` and
    `sector` still say what the text tells. `candidates` lists the ids when the text was ambiguous.
    """

    id: str | None
    name: str
    kind: str
    country: str | None
    sector: str | None
    anonymous: bool = False
    how: str = ""  # alias, short_name, role, group, metonym, demonym, country
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceRef:
    """A place resolved in the gazetteer (GeoNames ids where the place is in it)."""

    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    feature: str = "city"  # country, admin1, city, region
    timezone: str | None = None


@dataclass(frozen=True)
class Entity:
    """A mention: character offsets into `Article.text`, label from our one label set.

    `origin` says who found it: the language's NER model, or our rules (role and group descriptions).
    """

    text: str
    label: Literal["PER", "ORG", "LOC", "GPE", "MISC"]
    start: int
    end: int
    model_label: str = ""  # the label the language's model gave, kept for audits
    actor: ActorRef | None = None
    place: PlaceRef | None = None
    origin: str = "ner"
    note: str = ""  # e.g. "time zone": a place named only to give a time


@dataclass(frozen=True)
class TimeValue:
    """A time expression normalised: local value at its granularity, and the UTC interval it covers.

    `value` is ISO 8601 at the granularity ("2025", "2025-08", "2025-W33", "2025-08-16", "2025-08-16T03:30").
    `tz` is the IANA zone used and `tz_from` where it came from (text, place, utc).
    """

    text: str
    start: int
    end: int
    granularity: Literal["year", "month", "week", "day", "hour", "minute"]
    value: str
    value_end: str | None
    utc_start: str
    utc_end: str
    tz: str
    tz_from: str
    year_inferred: bool


@dataclass(frozen=True)
class Participant:
    """An actor or recipient of an event: the linked actor and the words of the sentence that name it."""

    actor: ActorRef
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Attribution:
    """Who says an event happened: `kind` is actor, anonymous_officials, media, analysts, sources,
    unconfirmed (the French reporting conditional) or publisher (the article's own voice)."""

    kind: str
    actor: ActorRef | None = None
    text: str = ""


@dataclass
class Event:
    """One PLOVER event reported by an article. Offsets point into `Article.text`."""

    event_id: str
    doc_id: str
    type: str
    mode: str | None
    quad_class: str
    actors: list[Participant]
    recipients: list[Participant]
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    modality: str  # asserted, negated, conditional, planned, hypothetical, reported
    attribution: Attribution
    intensity: float
    confidence: float
    extractor: str
    plover_version: str
    place: PlaceRef | None = None
    time: dict[str, Any] | None = None  # {value, granularity, utc_start, utc_end, from: sentence|article}
    mentions: list[tuple[int, int]] = field(default_factory=list)  # every sentence that tells it

    def to_json(self) -> dict[str, Any]:
        def participant(p: Participant) -> dict[str, Any]:
            a = p.actor
            return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "sector": a.sector,
                    "anonymous": a.anonymous, "text": p.text, "start": p.start, "end": p.end}

        attribution: dict[str, Any] = {"kind": self.attribution.kind, "text": self.attribution.text}
        if self.attribution.actor is not None:
            attribution["actor"] = {k: v for k, v in asdict(self.attribution.actor).items() if k != "candidates"}
        return {
            "event_id": self.event_id, "type": self.type, "mode": self.mode, "quad_class": self.quad_class,
            "actors": [participant(p) for p in self.actors],
            "recipients": [participant(p) for p in self.recipients],
            "sentence": self.sentence, "sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
            "trigger": self.trigger, "trigger_start": self.trigger_start,
            "place": asdict(self.place) if self.place else None, "time": self.time,
            "modality": self.modality, "attribution": attribution, "intensity": self.intensity,
            "confidence": self.confidence, "extractor": self.extractor, "plover_version": self.plover_version,
            "mentions": [list(m) for m in self.mentions],
        }


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
    times: list[TimeValue] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    context_country: str | None = None  # the country the article is mostly about (set by link)
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
            "entities": [entity_json(e) for e in self.entities],
            "times": [asdict(t) for t in self.times],
            "events": [e.to_json() for e in self.events],
            "notes": self.notes,
        }
        if self.error:
            out["error"] = self.error
        return out


def entity_json(entity: Entity) -> dict[str, Any]:
    out = {"text": entity.text, "label": entity.label, "start": entity.start, "end": entity.end,
           "model_label": entity.model_label, "origin": entity.origin}
    if entity.actor is not None:
        actor = asdict(entity.actor)
        actor["candidates"] = list(entity.actor.candidates)
        out["actor"] = actor
    if entity.place is not None:
        out["place"] = asdict(entity.place)
    if entity.note:
        out["note"] = entity.note
    return out
