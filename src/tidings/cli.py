"""Command line: a thin layer over the library. Exit code 1 when any input failed."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tidings.pipeline import Options
from tidings.pipeline import extract as extract_articles
from tidings.pipeline import run as run_pipeline
from tidings.settings import Settings
from tidings.store import DEFAULT_DB, Store

app = typer.Typer(help="tidings: raw news in, clean structured events out.", no_args_is_help=True,
                  add_completion=False)
console = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
LanguagesOption = Annotated[
    str | None, typer.Option("--languages", help="Languages to tell apart, ISO 639-1, comma-separated "
                             "(default: 22 news languages).")]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date for inputs that do not give one.")]


def _settings(languages: str | None) -> Settings:
    if not languages:
        return Settings()
    return Settings(languages=tuple(code.strip().lower() for code in languages.split(",") if code.strip()))


def _open_existing(db: Path) -> Store:
    """A store that must already exist, read-only; exit code 2 with a clear message otherwise."""
    if not db.exists():
        console.print(f"[red]no database at {db}[/red]")
        raise typer.Exit(2)
    return Store(db, read_only=True)


@app.command()
def run(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl; .gz too).")],
    db: DbOption = Path(DEFAULT_DB),
    published: PublishedOption = None,
    languages: LanguagesOption = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Process INPUTS into the store. Inputs already stored are skipped, so a re-run resumes."""
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        console.print(f"[red]no such file or folder:[/red] {', '.join(missing)}")
        raise typer.Exit(2)
    with Store(db) as store:
        bar = Progress(TextColumn("[bold]tidings run"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       console=console, disable=not progress)
        with bar:
            task = bar.add_task("documents", total=None)
            summary = run_pipeline(inputs, store, _settings(languages), Options(published=published),
                                   on_batch=lambda n: bar.advance(task, n))
    c = summary.counts
    console.print(f"run {summary.run_id}: {c['documents']} documents, {c['ok']} ok, {c['failed']} failed, "
                  f"{c['skipped']} already stored -> {db}")
    for key, reason in summary.failures:
        console.print(f"  [red]failed[/red] {key}: {reason}")
    raise typer.Exit(1 if summary.failures else 0)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Files or folders to process.")],
    published: PublishedOption = None,
    lang: Annotated[str | None, typer.Option("--lang", help="Language for inputs that do not give one.")] = None,
    languages: LanguagesOption = None,
) -> None:
    """Run the pipeline without a database; print one JSON object per article (JSON Lines) to stdout."""
    failed = 0
    for article in extract_articles(files, _settings(languages), Options(published=published, lang=lang)):
        failed += article.status == "failed"
        sys.stdout.write(json.dumps(article.to_json(), ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command()
def articles(
    db: DbOption = Path(DEFAULT_DB),
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a readable summary.")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many articles.")] = None,
) -> None:
    """List stored articles: language, title, paragraphs kept, what was removed and why, top entities."""
    with _open_existing(db) as store:
        rows = store.articles(limit)
        if as_json:
            _print_json_lines(rows)
            return
        out = Console()
        for row in rows:
            removed = json.loads(row["removed"] or "[]")
            reasons = Counter(r["reason"] for r in removed)
            ents = Counter(_entity_label(e) for e in row["entities"] or [])
            title = row["title"] or "(no title)"
            out.print(f"[bold]{title}[/bold]")
            out.print(f"  source   {row['source']}" + (f" (id {row['record_id']})" if row["record_id"] else ""))
            published = row["published"].date().isoformat() if row["published"] else "unknown"
            out.print(f"  lang     {row['lang']} ({row['lang_confidence']:.2f})   published {published}")
            out.print(f"  kept     {len(row['paragraphs'])} paragraphs, {len(row['text'])} characters")
            if removed:
                out.print("  removed  " + ", ".join(f"{n} {reason}" for reason, n in reasons.most_common()))
                for r in removed[:6]:
                    snippet = r["text"] if len(r["text"]) <= 70 else r["text"][:67] + "..."
                    out.print(f"           - [dim]{r['reason']}[/dim] {snippet!r}", markup=True, highlight=False)
                if len(removed) > 6:
                    out.print(f"           - ... {len(removed) - 6} more")
            if ents:
                out.print("  entities " + ", ".join(f"{label} x{n}" if n > 1 else label
                                                    for label, n in ents.most_common(8)))
            for note in row["notes"] or []:
                out.print(f"  note     {note}")
            out.print()
        counts = store.counts()
        out.print(f"{counts['documents']} documents ({counts['ok']} ok, {counts['failed']} failed), "
                  f"{counts['articles']} articles, {counts['mentions']} mentions ({counts['linked_actors']} linked to "
                  f"actors, {counts['linked_places']} to places), {counts['times']} times, {counts['events']} events "
                  f"in {db}")
        for row in store.failed():
            out.print(f"  failed {row['input_key']}: {row['error']}")


@app.command()
def events(
    db: DbOption = Path(DEFAULT_DB),
    actor: Annotated[str | None, typer.Option(help="Actor id, country code (RUS) or part of a name.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. THREATEN.")] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after this date (YYYY-MM-DD).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a readable list.")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
) -> None:
    """List stored events: who did what to whom, where, when, how sure, and who says so."""
    with _open_existing(db) as store:
        rows = store.events(actor, event_type, since, limit)
    if as_json:
        _print_json_lines(rows)
        return
    out = Console()
    for row in rows:
        actors = " + ".join(_who(a) for a in json.loads(row["actors"]))
        recipients = " + ".join(_who(a) for a in json.loads(row["recipients"]))
        place = json.loads(row["place"]) if row["place"] else None
        attribution = json.loads(row["attribution"])
        said = attribution.get("actor", {}).get("name") or attribution["kind"]
        mode = f"/{row['mode']}" if row["mode"] else ""
        when = row["event_date"].isoformat() if row["event_date"] else "?"
        out.print(f"[bold]{when}  {row['type']}{mode}[/bold] ({row['intensity']:+.1f})  {actors}"
                  + (f" -> {recipients}" if recipients else "")
                  + (f"  @ {place['name']}" if place else "") + f"  [{row['modality']}; says: {said}; "
                  f"conf {row['confidence']:.2f}]", highlight=False)
        sentence = row["sentence"] if len(row["sentence"]) <= 140 else row["sentence"][:137] + "..."
        out.print(f"    [dim]{sentence}[/dim]", highlight=False)
    out.print(f"{len(rows)} events")


def _print_json_lines(rows: list[dict]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _who(participant: dict) -> str:
    country = f" ({participant['country']})" if participant.get("country") else ""
    return f"{participant['name']}{country}"


@app.command(name="eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (tests/data, ../shared/data/events).")],
    as_json: Annotated[bool, typer.Option("--json", help="Only the JSON summary.")] = False,
    errors_to: Annotated[Path | None, typer.Option("--errors", help="Write every wrong item (gold and what was "
                                                   "found) to this JSONL file.")] = None,
    by_type: Annotated[bool, typer.Option("--by-type", help="Also print event scores per PLOVER type and the "
                                          "participant errors of type-matched events.")] = False,
) -> None:
    """Score the pipeline against gold files: linking, times, events, public actor cases."""
    from tidings.evaluation.report import evaluate_files

    errors: list[dict] | None = [] if errors_to else None
    results = evaluate_files(gold, errors)
    if errors_to and errors is not None:
        with errors_to.open("w", encoding="utf-8") as out:
            for error in errors:
                out.write(json.dumps(error, ensure_ascii=False, default=_jsonable) + "\n")
    if not as_json:
        from tidings.evaluation.report import print_breakdown, print_tables

        console = Console(width=120)
        print_tables(results, console)
        if by_type:
            print_breakdown(results, console)
    sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")


def _jsonable(value: object) -> object:
    """Records inside error dumps (Entity, TimeValue...) as plain dicts."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def _entity_label(entity: dict) -> str:
    """"Poutine -> Vladimir Putin (RUS)", "Anchorage @ USA", "Ushakov (PER)": what a mention was linked to."""
    if entity.get("actor"):
        country = f" ({entity['country']})" if entity.get("country") else ""
        same = entity["actor"] == entity["text"]
        return f"{entity['text']}{'' if same else ' -> ' + entity['actor']}{country}"
    if entity.get("place"):
        return f"{entity['text']} @ {entity['country'] or '?'}"
    return f"{entity['text']} ({entity['label']})"


if __name__ == "__main__":
    app()
