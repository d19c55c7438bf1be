"""The real pipeline (real models) end to end: the seed article, our examples, bad input, the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tidings
from tidings import pipeline
from tidings.cli import app
from tidings.store import Store

from .conftest import EXAMPLES, SEED, need

runner = CliRunner()


def extract_json(*args: str) -> list[dict]:
    result = runner.invoke(app, ["extract", *args])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_seed_article():
    seed_text = need(SEED).read_text(encoding="utf-8")
    [out] = extract_json(str(SEED), "--published", "2025-08-14")
    assert out["lang"] == "fr" and out["lang_confidence"] > 0.9
    assert out["title"] == seed_text.splitlines()[0]
    body = [line for line in seed_text.splitlines()[1:] if line.strip()]
    # Each body paragraph exactly once, the disclaimer out with reason boilerplate.
    disclaimer = [p for p in body if "contenu de tiers" in p]
    assert len(disclaimer) == 1
    expected = [p for p in dict.fromkeys(body) if p not in disclaimer and p != out["title"]]
    assert out["paragraphs"] == expected
    boiler = [r for r in out["removed"] if r["reason"] == "boilerplate"]
    assert [r["text"] for r in boiler] == disclaimer
    assert sum(r["reason"] == "repeat" for r in out["removed"]) == len(expected) + 1  # + the repeated title
    persons = {e["text"] for e in out["entities"] if e["label"] == "PER"}
    assert {"Poutine", "Trump"} <= persons
    for e in out["entities"]:
        assert out["text"][e["start"]:e["end"]] == e["text"]
    assert out["published"].startswith("2025-08-14")


def test_our_examples_show_the_same_defects():
    by_source = {Path(a.source).name + (f"#{a.record_id}" if a.record_id else ""): a
                 for a in tidings.extract([EXAMPLES])}
    assert all(a.status == "ok" for a in by_source.values())
    twice = by_source["fr_sommet_duplique.txt"]
    assert twice.lang == "fr" and twice.title
    assert len(twice.paragraphs) == len(set(twice.paragraphs))
    reasons = [r.reason for r in twice.removed]
    assert reasons.count("boilerplate") == 1 and reasons.count("repeat") == len(twice.paragraphs) + 1
    partial = by_source["en_ceasefire_partial_repeat.txt"]
    assert partial.lang == "en"
    assert {r.reason for r in partial.removed} == {"boilerplate", "repeat"}
    assert not any(p.lower().startswith(("share", "read more", "sign up", "©")) for p in partial.paragraphs)
    latin1 = by_source["fr_latin1.txt"]
    assert "à Bruxelles" in (latin1.title or "") and "Ã" not in latin1.text
    assert "â€" not in by_source["en_mojibake.txt"].text
    page = by_source["page_fr.html"]
    assert page.lang == "fr" and page.published is not None
    assert {"navigation", "comments"} <= {r.reason for r in page.removed}
    german = next(a for a in by_source.values() if a.lang == "de")
    assert "no NLP model for de" in german.notes and german.text and not german.entities
    shared = [a for a in by_source.values() if any(r.reason == "source_boilerplate" for r in a.removed)]
    assert len(shared) == 3


def test_process_text_library_call():
    article = tidings.process_text("Angela Merkel a rencontré Emmanuel Macron à Berlin mardi.\n"
                                   "Les deux dirigeants ont parlé de l'Ukraine.", published="2019-05-02")
    assert article.status == "ok" and article.lang == "fr"
    assert {"Angela Merkel", "Emmanuel Macron"} <= {e.text for e in article.entities if e.label == "PER"}
    assert article.published is not None and article.published.year == 2019


def test_extract_jsonl_keeps_ids_and_line_metadata_beats_flags(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a-1", "text": "The ministers met in Geneva on Tuesday to discuss the "
                                "ceasefire.\nThey agreed to meet again next week.", "published": "2024-03-05",
                                "lang": "en"}) + "\n", encoding="utf-8")
    [out] = extract_json(str(feed), "--published", "2020-01-01", "--lang", "fr")
    assert out["id"] == "a-1" and out["lang"] == "en" and out["published"].startswith("2024-03-05")
    assert out["source"] == str(feed)


@pytest.fixture
def bad_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "broken.html").write_text("<html><body><div><p>Le Premier ministre a annoncé mardi à Paris "
                                        "une réforme des retraites, suscitant la colère des syndicats qui "
                                        "appellent à la grève.<p>La réforme sera présentée en Conseil des "
                                        "ministres<div></span></body", encoding="utf-8")
    (folder / "latin1.txt").write_bytes(
        "Grève à la SNCF\nLe mouvement lancé par les syndicats se poursuit ce jeudi, a déclaré la direction.\n"
        "Selon la direction, seul un TGV sur trois circulera à travers la région.\n".encode("latin-1"))
    (folder / "feed.jsonl").write_text(
        '{"id": "ok-1", "text": "Le gouvernement a démissionné lundi soir après un vote de défiance."}\n'
        "this line is not json\n"
        '{"id": "no-text", "title": "missing body"}\n', encoding="utf-8")
    return folder


def test_bad_input_gives_records_and_exit_code(bad_inputs, tmp_path):
    db = tmp_path / "bad.duckdb"
    result = runner.invoke(app, ["run", str(bad_inputs), "--db", str(db), "--no-progress"])
    assert result.exit_code == 1, result.output
    with Store(db, read_only=True) as store:
        rows = {Path(r["source"]).name + f"#{r['position']}": r for r in
                store.rows("SELECT source, position, status, error FROM documents")}
    assert len(rows) == 8
    assert rows["empty.txt#0"]["error"] == "empty input"
    assert "binary" in rows["binary.txt#0"]["error"]
    assert "over the limit" in rows["huge.txt#0"]["error"]
    assert rows["broken.html#0"]["status"] == "ok"
    assert rows["latin1.txt#0"]["status"] == "ok"
    assert rows["feed.jsonl#1"]["status"] == "ok"
    assert "not JSON" in rows["feed.jsonl#2"]["error"]
    assert "no 'text' or 'html'" in rows["feed.jsonl#3"]["error"]
    with Store(db, read_only=True) as store:
        [latin] = store.rows("SELECT title, text FROM articles WHERE source LIKE '%latin1.txt'")
    assert latin["title"] == "Grève à la SNCF" and "à travers" in latin["text"]


def test_rerun_changes_nothing_and_a_crash_resumes(tmp_path, monkeypatch):
    db = tmp_path / "t.duckdb"
    settings = tidings.Settings(batch_size=3)
    calls = {"n": 0}
    real = pipeline.process_batch

    def crash_on_third_batch(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("simulated crash")
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "process_batch", crash_on_third_batch)
    with Store(db) as store, pytest.raises(RuntimeError):
        pipeline.run([EXAMPLES], store, settings)
    with Store(db) as store:
        assert store.counts()["documents"] == 6  # two committed batches survive the crash
    monkeypatch.setattr(pipeline, "process_batch", real)
    with Store(db) as store:
        resumed = pipeline.run([EXAMPLES], store, settings)
        assert resumed.counts["skipped"] == 6 and resumed.counts["ok"] == 7
        before = store.rows("SELECT * FROM articles ORDER BY doc_id")
        again = pipeline.run([EXAMPLES], store, settings)
        assert again.counts["skipped"] == 13 and again.counts["documents"] == 0
        assert store.rows("SELECT * FROM articles ORDER BY doc_id") == before
        runs = store.rows("SELECT status FROM runs ORDER BY started_at")
        assert [r["status"] for r in runs] == ["failed", "done", "done"]


def test_articles_command_prints_summary(tmp_path):
    db = tmp_path / "demo.duckdb"
    assert runner.invoke(app, ["run", str(EXAMPLES), "--db", str(db), "--no-progress"]).exit_code == 0
    result = runner.invoke(app, ["articles", "--db", str(db)])
    assert result.exit_code == 0
    assert "removed" in result.stdout and "boilerplate" in result.stdout and "entities" in result.stdout
    lines = runner.invoke(app, ["articles", "--db", str(db), "--json"]).stdout.splitlines()
    assert len(lines) == 13 and all(json.loads(x)["lang"] for x in lines)


def test_mixed_and_unknown_language_are_said():
    text = ("Le gouvernement français a annoncé mardi une nouvelle réforme des retraites contestée.\n"
            "The British government announced on Tuesday a new pension reform that angered the unions.\n"
            "Le Premier ministre a défendu le texte devant l'Assemblée nationale mercredi soir.\n"
            "The prime minister defended the bill in front of parliament on Wednesday evening.")
    mixed = tidings.process_text(text)
    assert any(note.startswith("mixed language:") and "fr" in note and "en" in note for note in mixed.notes)
    unknown = tidings.process_text("12 34 !!")
    assert unknown.lang == "und" and any("unknown language" in note for note in unknown.notes)
