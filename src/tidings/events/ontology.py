"""The PLOVER ontology as data (`data/events/plover.yaml`): types, modes, quad classes, intensities."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from tidings.yamlfile import parse_yaml


@dataclass(frozen=True)
class EventType:
    name: str
    quad_class: str
    intensity: float
    modes: dict[str, float]


@dataclass(frozen=True)
class Ontology:
    version: str
    types: dict[str, EventType]

    def intensity(self, type_name: str, mode: str | None) -> float:
        event_type = self.types[type_name]
        return float(event_type.modes.get(mode or "", event_type.intensity))


@cache
def ontology() -> Ontology:
    text = resources.files("tidings.data").joinpath("events/plover.yaml").read_text(encoding="utf-8")
    raw = parse_yaml(text)
    types = {
        t["name"]: EventType(t["name"], t["quad_class"], float(t["intensity"]),
                             {m["name"]: float(m["intensity"]) for m in t.get("modes") or []})
        for t in raw["types"]
    }
    return Ontology(str(raw["version"]), types)
