"""Linking and time accuracy against gold annotations that point into real corpora (see tests/data/README.md).

A gold mention is right when the system's mention covering it (any overlap) is linked the same way:
- `actor`: same registry id, or the same canonical name, or, for countries and groups, the same country
  (and sector, when the gold gives one); a group of no one country ("les pays occidentaux") wants no country;
- `place`: same country, and for cities the same GeoNames id (or within 50 km when the gold has none);
- `none`: nothing linked to a registry record or a place (a time-zone place must not become a place).
A gold time is right when the system found an expression overlapping it with the same granularity and the
same value at that granularity: the local date for days, weeks, months and years, the UTC instant for hours
and minutes. Gold times of granularity `none` (durations, vague phrases) are right when nothing was found.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tidings.evaluation.corpora import load_texts
from tidings.link.names import fold
from tidings.model import Article, Entity, TimeValue


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def analyse_gold_documents(rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str], Article]:
    """Run language, NLP and linking once per gold document, on the corpus text as is."""
    from tidings.pipeline import analyse

    meta: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for row in rows:
        meta.setdefault((row["corpus"], str(row["doc_id"])), (row.get("lang"), row.get("published")))
    texts = load_texts(meta)
    keys = list(meta)
    articles = analyse([(texts[k], meta[k][0], meta[k][1]) for k in keys])
    return dict(zip(keys, articles, strict=True))


def _overlapping(items: Iterable[Any], start: int, end: int) -> list[Any]:
    return [x for x in items if x.start < end and start < x.end]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def _same_name(a: str, b: str) -> bool:
    """Names that share most of their words ("Democratic Party (United States)" / "Democratic Party")."""
    wa, wb = set(fold(a).replace("(", " ").replace(")", " ").split()), set(fold(b).split())
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.99


def actor_matches(gold: dict[str, Any], entity: Entity) -> bool:
    got = entity.actor
    if got is None:
        return False
    if gold.get("id") and got.id == gold["id"]:
        return True
    if got.id is not None and _same_name(got.name, gold.get("name") or ""):
        return True  # the same record under another id scheme (our slug, the annotator's QID)
    if gold.get("kind") in {"country", "group"} or gold.get("id") is None and gold.get("kind") != "person":
        same_country = got.country == gold.get("country") and (
            got.country is not None or gold.get("kind") == "group")  # "les pays occidentaux": a group of no one country
        sector_ok = gold.get("kind") == "country" or not gold.get("sector") or got.sector == gold.get("sector")
        return same_country and sector_ok and got.kind in {"country", "group", "organization"}
    if gold.get("kind") == "person" and gold.get("id") is None and got.id is None:
        return got.country == gold.get("country")  # an unknown person, with the nationality the text gives
    return False


def place_matches(gold: dict[str, Any], entity: Entity) -> bool:
    got = entity.place
    if got is None or got.country != gold.get("country"):
        return False
    if gold.get("geonameid") and got.geonameid == gold["geonameid"]:
        return True
    if _same_name(got.name, gold.get("name") or ""):
        return True  # the same place as another GeoNames record (Hong Kong the city / the territory)
    if gold.get("lat") is not None and got.lat is not None:
        return _km(gold["lat"], gold["lon"], got.lat, got.lon) <= 50
    return gold.get("geonameid") is None


def mention_correct(gold: dict[str, Any], entities: list[Entity]) -> bool:
    covering = _overlapping(entities, gold["start"], gold["end"])
    if gold["link"] == "none":
        return all((e.actor is None or e.actor.id is None) and e.place is None for e in covering)
    if gold["link"] == "actor":
        return any(actor_matches(gold["actor"], e) for e in covering)
    return any(place_matches(gold["place"], e) for e in covering)


def time_correct(gold: dict[str, Any], times: list[TimeValue]) -> bool:
    covering = _overlapping(times, gold["start"], gold["end"])
    if gold["granularity"] == "none":
        return not covering
    for t in covering:
        if t.granularity != gold["granularity"]:
            continue
        if t.granularity in {"hour", "minute"} and gold.get("utc"):
            width = 13 if t.granularity == "hour" else 16
            if t.utc_start[:width] == gold["utc"][:width]:
                return True
        elif t.value == gold["value"] and (not gold.get("value_end") or t.value_end == gold["value_end"]):
            return True
    return False


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    by: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, correct: bool, *groups: str) -> None:
        self.right += correct
        self.total += 1
        for group in groups:
            self.by[group][0] += correct
            self.by[group][1] += 1

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.accuracy, 4), "right": self.right, "total": self.total,
                "by": {k: {"accuracy": round(r / n, 4), "right": r, "total": n}
                       for k, (r, n) in sorted(self.by.items())}}


def _score(rows: list[dict[str, Any]], articles: dict[tuple[str, str], Article], field: str,
           correct: Callable[[dict[str, Any], list[Any]], bool], group: str) -> tuple[Tally, list[dict]]:
    """Score each gold row against the article's `field` (entities or times), grouped by lang and `group`."""
    tally, errors = Tally(), []
    for row in rows:
        found = getattr(articles[(row["corpus"], str(row["doc_id"]))], field)
        ok = correct(row, found)
        tally.add(ok, f"lang:{row['lang']}", f"{group}:{row[group]}")
        if not ok:
            errors.append({"gold": row, "got": _overlapping(found, row["start"], row["end"])})
    return tally, errors


def score_mentions(rows: list[dict[str, Any]], articles: dict[tuple[str, str], Article]) -> tuple[Tally, list[dict]]:
    return _score(rows, articles, "entities", mention_correct, "link")


def score_times(rows: list[dict[str, Any]], articles: dict[tuple[str, str], Article]) -> tuple[Tally, list[dict]]:
    return _score(rows, articles, "times", time_correct, "granularity")
