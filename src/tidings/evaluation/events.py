"""Event extraction scores: precision/recall/F1 for the type alone and for (type, actors, recipients).

Two gold formats are read:
- ours (tests/data/gold_events_*.jsonl): one line per sentence of a real corpus document, by character span,
  `events: []` for a sentence with no event. System events whose sentence overlaps a gold sentence are
  compared with it; sentences nobody annotated are not scored.
- the public sets of ../shared/data/events (see their README): one short text per case, `expected` a list of
  events with CAMEO-style actor codes (`USA`, `USAGOV`, `HUNGOV|ROUGOV`), PLOVER type in `plover`;
  `expected: null` cases are skipped.
Entities are compared by registry id when both sides have one, else by country (ISO alpha-3); an unnamed
group with neither ("les Occidentaux", "les ONG") by its surface text, since its gold name is only a description.
Modality and attribution are compared on type-matched events; a speaker who is one of the event's own actors
counts as the publisher on either side (an actor telling its own act, which the gold convention leaves null).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tidings.evaluation.linking import analyse_gold_documents
from tidings.model import Event


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Agreement:
    """How often a property of an event agrees with the gold, over the events whose type matched."""

    total: int = 0
    right: int = 0
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, got) where they differ

    def add(self, gold: str, got: str) -> None:
        self.total += 1
        if gold == got:
            self.right += 1
        else:
            self.confusions[(gold, got)] += 1

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "accuracy": round(self.right / self.total, 4) if self.total else 0.0,
                "confusions": {f"{g}->{p}": n for (g, p), n in self.confusions.most_common(8)}}


@dataclass
class EventScores:
    type_only: PRF = field(default_factory=PRF)
    full: PRF = field(default_factory=PRF)
    modality: Agreement = field(default_factory=Agreement)
    attribution: Agreement = field(default_factory=Agreement)
    sentences: int = 0
    gold_events: int = 0
    by_lang: dict[str, tuple[PRF, PRF]] = field(default_factory=dict)
    by_type: dict[str, tuple[PRF, PRF]] = field(default_factory=dict)  # (type only, full) per PLOVER type
    # what is wrong in the participants of type-matched events: "actors missing", "recipients wrong"...
    argument_errors: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)  # sentences not fully right, for `--errors`

    def as_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "gold_events": self.gold_events, "type": self.type_only.as_dict(),
                "type_actors_recipients": self.full.as_dict(),
                "modality": self.modality.as_dict(), "attribution": self.attribution.as_dict(),
                "by_lang": {k: {"type": a.as_dict(), "type_actors_recipients": b.as_dict()}
                            for k, (a, b) in sorted(self.by_lang.items())},
                "by_type": {k: {"type": a.as_dict(), "type_actors_recipients": b.as_dict()}
                            for k, (a, b) in sorted(self.by_type.items())},
                "argument_errors": dict(self.argument_errors.most_common())}

    def add_sentence(self, gold_events: list[dict[str, Any]], predicted: list[Event], lang: str,
                     public: bool = False) -> tuple[int, int]:
        """Score one sentence into every tally; returns its full-match (fp, fn). `public`: participants compared
        as the public sets allow (countries, only on the sides the coder filled)."""
        type_counts, full_counts = _scored(gold_events, predicted, public)
        self.sentences += 1
        self.gold_events += len(gold_events)
        self.type_only.add(*type_counts)
        self.full.add(*full_counts)
        per_lang = self.by_lang.setdefault(lang, (PRF(), PRF()))
        per_lang[0].add(*type_counts)
        per_lang[1].add(*full_counts)
        for event_type in {g["type"] for g in gold_events} | {e.type for e in predicted}:
            # matching never pairs different types, so a type's own counts are the sentence scored on it alone
            one_type, one_full = _scored([g for g in gold_events if g["type"] == event_type],
                                         [e for e in predicted if e.type == event_type], public)
            per_type = self.by_type.setdefault(event_type, (PRF(), PRF()))
            per_type[0].add(*one_type)
            per_type[1].add(*one_full)
        return full_counts[1], full_counts[2]


def _entity_matches(gold: dict[str, Any], got: dict[str, Any]) -> bool:
    """Same registry id, or same country (the issue's "compared by id or country"); IGOs by id or name; groups
    with neither id nor country by surface text."""
    if gold.get("id") and gold.get("id") == got.get("id"):
        return True
    if gold.get("country") or got.get("country"):
        return gold.get("country") == got.get("country")
    if (gold.get("name") or "").lower() == (got.get("name") or "").lower():
        return True
    return not gold.get("id") and not got.get("id") and _same_surface(gold.get("text"), got.get("text"))


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (text or "").casefold()) if len(w) > 2}


def _same_surface(gold: str | None, got: str | None) -> bool:
    """One mention's words inside the other's ("pays occidentaux" in "les autres pays occidentaux"): the same
    phrase or its head, as far as a gold record without offsets can tell."""
    a, b = _words(gold), _words(got)
    return bool(a and b) and (a <= b or b <= a)


def _same_participants(gold: list[dict[str, Any]], got: list[dict[str, Any]]) -> bool:
    return all(any(_entity_matches(g, p) for p in got) for g in gold) and \
        all(any(_entity_matches(g, p) for g in gold) for p in got)


def _as_dicts(event: Event) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    def one(p: Any) -> dict[str, Any]:
        return {"id": p.actor.id, "name": p.actor.name, "country": p.actor.country, "kind": p.actor.kind,
                "text": p.text}

    return [one(p) for p in event.actors], [one(p) for p in event.recipients]


def _event_summary(event: Event) -> dict[str, Any]:
    actors, recipients = _as_dicts(event)
    return {"type": event.type, "mode": event.mode, "trigger": event.trigger, "modality": event.modality,
            "attribution": _attribution_label(_system_attribution(event)), "actors": actors,
            "recipients": recipients}


def score_sentence(gold_events: list[dict[str, Any]], predicted: list[Event]) -> tuple[tuple[int, int, int],
                                                                                     tuple[int, int, int]]:
    """((tp, fp, fn) on types, (tp, fp, fn) on type+actors+recipients) for one sentence."""
    gold_types = Counter(g["type"] for g in gold_events)
    got_types = Counter(e.type for e in predicted)
    tp = sum((gold_types & got_types).values())
    type_counts = (tp, sum(got_types.values()) - tp, sum(gold_types.values()) - tp)
    unmatched = list(predicted)
    full_tp = 0
    for gold in gold_events:
        for event in unmatched:
            actors, recipients = _as_dicts(event)
            if event.type == gold["type"] and _same_participants(gold.get("actors") or [], actors) \
                    and _same_participants(gold.get("recipients") or [], recipients):
                unmatched.remove(event)
                full_tp += 1
                break
    return type_counts, (full_tp, len(predicted) - full_tp, len(gold_events) - full_tp)


def _scored(gold_events: list[dict[str, Any]], predicted: list[Event],
            public: bool) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    type_counts, full_counts = score_sentence(gold_events, predicted)
    return type_counts, _score_public_full(gold_events, predicted) if public else full_counts


def _attribution_label(attribution: dict[str, Any] | None) -> str:
    """Gold and system attributions as comparable labels: the category, or the country of the actor."""
    if not attribution or attribution.get("kind") in {None, "publisher"}:
        return "publisher"
    if attribution.get("kind") == "actor":
        actor = attribution.get("actor") or attribution
        return f"actor:{actor.get('country') or actor.get('id') or actor.get('name')}"
    return str(attribution["kind"])


def _system_attribution(event: Event) -> dict[str, Any]:
    source = event.attribution
    actor = source.actor
    if actor is not None and any(_entity_matches(one, {"id": actor.id, "name": actor.name, "country": actor.country})
                                 for one in _as_dicts(event)[0]):
        return {"kind": "publisher"}  # an actor telling its own act: the gold leaves that unattributed (null)
    return {"kind": source.kind, "actor": {"id": actor.id, "name": actor.name, "country": actor.country}
            if actor is not None else None}


def side_error(gold: list[dict[str, Any]], got: list[dict[str, Any]]) -> str | None:
    """How one side (actors or recipients) of a type-matched event differs from the gold: "missing" (a gold
    participant not found), "extra" (one found that the gold lacks), "wrong" (both), or None."""
    missing = any(not any(_entity_matches(g, p) for p in got) for g in gold)
    extra = any(not any(_entity_matches(g, p) for g in gold) for p in got)
    return "wrong" if missing and extra else "missing" if missing else "extra" if extra else None


def type_matched_pairs(gold_events: list[dict[str, Any]], predicted: list[Event]) -> list[tuple[dict[str, Any], Event]]:
    """Gold events paired with a system event of the same type, each used once: the one whose actors, then
    recipients, agree with the gold, else the first."""
    unmatched = list(predicted)
    pairs = []
    for gold in gold_events:
        same_type = [e for e in unmatched if e.type == gold["type"]]
        if not same_type:
            continue
        best = min(same_type, key=lambda e: tuple(error is not None for error in _side_errors(gold, e)))
        unmatched.remove(best)
        pairs.append((gold, best))
    return pairs


def _side_errors(gold: dict[str, Any], event: Event) -> tuple[str | None, str | None]:
    """(actors error, recipients error) of a system event against a gold event."""
    actors, recipients = _as_dicts(event)
    return side_error(gold.get("actors") or [], actors), side_error(gold.get("recipients") or [], recipients)


def agree_on_matched(gold_events: list[dict[str, Any]], predicted: list[Event], scores: EventScores) -> bool:
    """Modality, attribution and participants, compared on gold/system event pairs of the same type; whether
    the modality or attribution of any pair disagrees."""
    wrong_before = scores.modality.total - scores.modality.right + scores.attribution.total - scores.attribution.right
    for gold, best in type_matched_pairs(gold_events, predicted):
        for side, error in zip(("actors", "recipients"), _side_errors(gold, best), strict=True):
            if error:
                scores.argument_errors[f"{side} {error}"] += 1
        scores.modality.add(gold.get("modality") or "asserted", best.modality)
        scores.attribution.add(_attribution_label(_gold_attribution(gold)),
                               _attribution_label(_system_attribution(best)))
    wrong = scores.modality.total - scores.modality.right + scores.attribution.total - scores.attribution.right
    return wrong > wrong_before


def _gold_attribution(gold: dict[str, Any]) -> dict[str, Any] | None:
    """The same equivalence on the gold side: an annotated speaker who is one of the event's actors is the
    actor telling its own act, which the gold convention otherwise leaves null."""
    attribution = gold.get("attribution")
    if attribution and attribution.get("kind") == "actor":
        speaker = attribution.get("actor") or attribution
        if any(_entity_matches(actor, speaker) for actor in gold.get("actors") or []):
            return None
    return attribution


def _told_in(event: Event, start: int, end: int) -> bool:
    """Whether an event is told in a gold sentence: its trigger is there, or a restatement overlaps it. A
    sentence the model glued to the next ("...KCNA.M. Trump a...") thus scores its event once, where it is."""
    first, *others = event.mentions or [(event.sentence_start, event.sentence_end)]
    if first[0] < end and start < first[1] and start <= event.trigger_start < end:
        return True
    return any(s < end and start < t for s, t in others)


def score_our_gold(rows: list[dict[str, Any]]) -> EventScores:
    articles = analyse_gold_documents(rows)
    scores = EventScores()
    for row in rows:
        article = articles[(row["corpus"], str(row["doc_id"]))]
        predicted = [e for e in article.events if _told_in(e, row["start"], row["end"])]
        disagrees = agree_on_matched(row["events"], predicted, scores)
        if any(scores.add_sentence(row["events"], predicted, row["lang"])) or disagrees:
            scores.errors.append({"gold": row, "got": [_event_summary(e) for e in predicted]})
    return scores


def _codes(value: str | None) -> list[dict[str, Any]]:
    """CAMEO-style codes ("USAGOV|HUNGOV", "---REB") as comparable entities: the country part only."""
    out = []
    for code in (value or "").split("|"):
        code = code.strip()
        if len(code) >= 3 and code[:3].isalpha() and code[:3].isupper() and code[:3] not in {"IGO", "NGO", "MNC"}:
            out.append({"id": None, "name": code, "country": code[:3], "kind": "group"})
    return out


def score_public_gold(rows: Iterable[dict[str, Any]]) -> EventScores:
    """Public sets: each case's text analysed alone (no publication date: times stay unresolved)."""
    from tidings.pipeline import analyse

    cases = [r for r in rows if r.get("expected") is not None]
    seen: set[str] = set()
    unique = []
    for case in cases:  # several public sets share CAMEO manual sentences: score each text once
        if case["text"] not in seen:
            seen.add(case["text"])
            unique.append(case)
    articles = analyse([(c["text"], c.get("lang") or "en", None) for c in unique])
    scores = EventScores()
    for case, article in zip(unique, articles, strict=True):
        gold = [{"type": e.get("plover"), "actors": _codes(e.get("source")), "recipients": _codes(e.get("target"))}
                for e in case["expected"] if e.get("plover")]
        if not gold and case["expected"]:
            continue  # CAMEO 01/02 only: no PLOVER type to score
        # Public codes give countries only where the coder had one: compare actors only on those sides.
        if any(scores.add_sentence(gold, article.events, case.get("lang") or "en", public=True)):
            scores.errors.append({"gold": case, "got": [_event_summary(e) for e in article.events]})
    return scores


def _score_public_full(gold: list[dict[str, Any]], predicted: list[Event]) -> tuple[int, int, int]:
    unmatched = list(predicted)
    tp = 0
    for g in gold:
        for event in unmatched:
            actors, recipients = _as_dicts(event)
            ok = event.type == g["type"]
            if g["actors"]:
                ok = ok and {a["country"] for a in g["actors"]} <= {a["country"] for a in actors}
            if g["recipients"]:
                ok = ok and {a["country"] for a in g["recipients"]} <= {a["country"] for a in recipients}
            if ok:
                unmatched.remove(event)
                tp += 1
                break
    return tp, len(predicted) - tp, len(gold) - tp
