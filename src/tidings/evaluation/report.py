"""`tidings eval`: recognise each gold file's kind, score it, print tables and one JSON summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from tidings.evaluation.events import PRF, score_our_gold, score_public_gold
from tidings.evaluation.linking import analyse_gold_documents, read_jsonl, score_mentions, score_times
from tidings.evaluation.public_actors import score_ngec


def kind_of(rows: list[dict[str, Any]]) -> str:
    first = rows[0] if rows else {}
    if "link" in first:
        return "mentions"
    if "granularity" in first:
        return "times"
    if "events" in first and "corpus" in first:
        return "events"
    if "expected" in first:
        return "public_actors" if any((r.get("expected") or [{}])[0].get("actor_checks") for r in rows) \
            else "public_events"
    raise ValueError("unrecognised gold format (see tests/data/README.md)")


def evaluate_files(paths: list[Path], errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Scores per gold file; when `errors` is a list, every wrong item is appended to it (gold, got, file)."""
    loaded = {str(p): read_jsonl(p) for p in paths}
    kinds = {name: kind_of(rows) for name, rows in loaded.items()}
    # Linking and times share one analysis of their documents.
    link_rows = [r for n, rows in loaded.items() if kinds[n] in {"mentions", "times"} for r in rows]
    articles = analyse_gold_documents(link_rows) if link_rows else {}
    results: dict[str, Any] = {}
    for name, rows in loaded.items():
        kind = kinds[name]
        wrong: list[dict[str, Any]] = []
        if kind in {"mentions", "times"}:
            tally, wrong = (score_mentions if kind == "mentions" else score_times)(rows, articles)
            results[name] = {"kind": kind, ("linking" if kind == "mentions" else "times"): tally.as_dict()}
        elif kind in {"events", "public_events"}:
            scores = (score_our_gold if kind == "events" else score_public_gold)(rows)
            results[name] = {"kind": kind, **scores.as_dict()}
            wrong = scores.errors
        else:
            results[name] = {"kind": kind, "actors": score_ngec(rows).as_dict()}
        if errors is not None:
            errors.extend({"file": name, **e} for e in wrong)
    dev = [n for n, rows in loaded.items() if kinds[n] == "events" and not any(r.get("heldout") for r in rows)]
    if len(dev) > 1:
        results[POOLED] = pooled([results[n] for n in dev])
    return results


POOLED = "our dev gold, pooled"


def pooled(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Our dev gold files scored as one set (counts summed; held-out files stay out)."""
    out: dict[str, Any] = {"kind": "events", "files": len(parts), "gold_events": sum(p["gold_events"] for p in parts),
                           "sentences": sum(p["sentences"] for p in parts)}
    out.update(_summed(parts))
    types = sorted({t for p in parts for t in p.get("by_type", {})})
    out["by_type"] = {t: _summed([p["by_type"][t] for p in parts if t in p.get("by_type", {})]) for t in types}
    errors: Counter[str] = Counter()
    for part in parts:
        errors.update(part.get("argument_errors", {}))
    out["argument_errors"] = dict(errors.most_common())
    return out


def _summed(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Type and full scores of several results as one (counts summed)."""
    out = {}
    for key in ("type", "type_actors_recipients"):
        total = PRF()
        for part in parts:
            total.add(part[key]["tp"], part[key]["fp"], part[key]["fn"])
        out[key] = total.as_dict()
    return out


def print_tables(results: dict[str, Any], console: Console) -> None:
    table = Table(title="tidings eval")
    for column in ("gold file", "what", "scored", "P", "R", "F1 / accuracy"):
        table.add_column(column)
    for name, result in results.items():
        short = Path(name).name
        if result["kind"] == "mentions":
            r = result["linking"]
            table.add_row(short, "linking accuracy", str(r["total"]), "", "", f"{r['accuracy']:.3f}")
            for group, g in r["by"].items():
                table.add_row("", f"  {group}", str(g["total"]), "", "", f"{g['accuracy']:.3f}")
        elif result["kind"] == "times":
            r = result["times"]
            table.add_row(short, "time accuracy (exact at granularity)", str(r["total"]), "", "",
                          f"{r['accuracy']:.3f}")
            for group, g in r["by"].items():
                table.add_row("", f"  {group}", str(g["total"]), "", "", f"{g['accuracy']:.3f}")
        elif result["kind"] == "public_actors":
            r = result["actors"]
            table.add_row(short, "actor country", str(r["total"]), "", "", f"{r['accuracy']:.3f}")
        else:
            for label, key in (("event type", "type"), ("type+actors+recipients", "type_actors_recipients")):
                r = result[key]
                table.add_row(short if key == "type" else "", label, str(result["gold_events"]),
                              f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}")
            for key in ("modality", "attribution"):
                if (r := result.get(key)) and r["total"]:
                    table.add_row("", f"  {key} (type matched)", str(r["total"]), "", "", f"{r['accuracy']:.3f}")
    console.print(table)


def print_breakdown(results: dict[str, Any], console: Console) -> None:
    """Per PLOVER type scores and the participant errors of type-matched events: of the pooled dev gold when
    there is one, else of each event gold file."""
    chosen = {POOLED: results[POOLED]} if POOLED in results else {
        name: r for name, r in results.items() if r["kind"] in {"events", "public_events"}}
    for name, result in chosen.items():
        table = Table(title=f"by event type: {Path(name).name}")
        for column in ("type", "gold", "found", "type P", "type R", "type F1", "full F1"):
            table.add_column(column)
        for event_type, r in sorted(result.get("by_type", {}).items(),
                                    key=lambda item: -(item[1]["type"]["tp"] + item[1]["type"]["fn"])):
            t = r["type"]
            table.add_row(event_type, str(t["tp"] + t["fn"]), str(t["tp"] + t["fp"]), f"{t['precision']:.3f}",
                          f"{t['recall']:.3f}", f"{t['f1']:.3f}", f"{r['type_actors_recipients']['f1']:.3f}")
        console.print(table)
        if errors := result.get("argument_errors"):
            console.print("participant errors of type-matched events: "
                          + ", ".join(f"{kind} {n}" for kind, n in errors.items()))
