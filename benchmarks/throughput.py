"""Throughput and memory of the whole path (ingest + clean + language + NLP + store) on real French news.

Compares, in one process and on the same OrangeSum texts, `tidings.run` into a fresh DuckDB file against
bare spaCy `nlp.pipe` with the same French pipeline. Then measures peak memory of a run over 10x the
articles against a run over 1x, each in a fresh child process (peak RSS only grows within a process).

    .venv/bin/python benchmarks/throughput.py [--articles 150] [--memory-articles 100]

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHUNK = 25  # articles per alternation between the reference and the pipeline
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "orangesum_fr" / "articles.jsonl.gz"


def orangesum(n: int, skip: int = 0) -> list[dict]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i < skip:
                continue
            record = json.loads(line)
            out.append({"id": record["id"], "title": record["title"], "published": record["date"],
                        "text": record["article"]})
            if len(out) == n:
                break
    return out


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def run_pipeline(feed: Path, db: Path) -> float:
    import tidings

    start = time.perf_counter()
    with tidings.Store(db) as store:
        summary = tidings.run([feed], store)
    elapsed = time.perf_counter() - start
    assert summary.counts["failed"] == 0, summary.failures[:3]
    return elapsed


def stage_costs(records: list[dict], settings) -> tuple[float, float]:
    """Seconds spent in linking and in event extraction over the same articles, parsed once beforehand."""
    import hashlib

    from tidings.clean import clean_document
    from tidings.events import extract_events
    from tidings.language import identify
    from tidings.link import link_article
    from tidings.model import Document, Hints
    from tidings.nlp import annotate

    articles = []
    for r in records:
        raw = r["text"].encode()
        doc = Document(hashlib.sha256(raw).hexdigest(), "bench", "jsonl", raw, hints=Hints(published=r["published"]))
        articles.append(identify(clean_document(doc, settings), settings))
    parsed = [(a, d) for a, d in annotate(articles, settings) if d is not None]
    start = time.perf_counter()
    for article, doc in parsed:
        link_article(article, doc)
    link_s = time.perf_counter() - start
    start = time.perf_counter()
    for article, doc in parsed:
        extract_events(article, doc)
    return link_s, time.perf_counter() - start


def child(n: int) -> None:
    """One pipeline run over n articles in this fresh process; prints its peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        feed = write_jsonl(orangesum(n), Path(tmp) / "feed.jsonl")
        run_pipeline(feed, Path(tmp) / "mem.duckdb")
    print(json.dumps({"articles": n, "peak_rss_mb": peak_rss_mb()}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--memory-articles", type=int, default=100)
    parser.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return

    import spacy

    import tidings
    from tidings.settings import Settings

    settings = Settings()
    records = orangesum(args.articles, skip=10)
    texts = [r["text"] for r in records]
    chars = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        # Warm-up: load every model both sides use before any clock starts.
        run_pipeline(write_jsonl(orangesum(5), tmp_path / "warm.jsonl"), tmp_path / "warm.duckdb")
        nlp = spacy.load(settings.nlp_models["fr"])  # bare: the package's own pipeline, none of our additions

        # Interleave the two in chunks so that load from elsewhere on the machine hits both alike.
        spacy_s = pipeline_s = 0.0
        for i in range(0, len(records), CHUNK):
            chunk = records[i : i + CHUNK]
            start = time.perf_counter()
            for _ in nlp.pipe([r["text"] for r in chunk], batch_size=settings.nlp_batch_size):
                pass
            spacy_s += time.perf_counter() - start
            pipeline_s += run_pipeline(write_jsonl(chunk, tmp_path / f"feed{i}.jsonl"), tmp_path / "bench.duckdb")
        with tidings.Store(tmp_path / "bench.duckdb", read_only=True) as store:
            stored = store.counts()

    link_s, events_s = stage_costs(records, settings)
    pipeline_rate, spacy_rate = len(records) / pipeline_s, len(records) / spacy_s
    print(f"{len(records)} OrangeSum articles, {chars:,} characters")
    print(f"bare spaCy nlp.pipe ({settings.nlp_models['fr']}): {spacy_rate:.2f} articles/s ({spacy_s:.1f} s)")
    print(f"tidings run (clean+language+NLP+store): {pipeline_rate:.2f} articles/s ({pipeline_s:.1f} s), "
          f"stored {stored['articles']} articles, {stored['mentions']} mentions")
    print(f"ratio pipeline/spaCy: {pipeline_rate / spacy_rate:.3f}")
    print(f"linking: {1000 * link_s / len(records):.1f} ms/article = {link_s / pipeline_s:.1%} of the pipeline's time; "
          f"events: {1000 * events_s / len(records):.1f} ms/article = {events_s / pipeline_s:.1%}")

    peaks = {}
    for n in (args.memory_articles, 10 * args.memory_articles):
        out = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True, text=True,
                             check=True)
        peaks[n] = json.loads(out.stdout.strip().splitlines()[-1])["peak_rss_mb"]
        print(f"peak RSS over {n} articles: {peaks[n]:.0f} MB")
    small, large = peaks[args.memory_articles], peaks[10 * args.memory_articles]
    print(json.dumps({
        "articles": len(records),
        "pipeline_articles_per_s": round(pipeline_rate, 3),
        "spacy_articles_per_s": round(spacy_rate, 3),
        "ratio": round(pipeline_rate / spacy_rate, 3),
        "link_share": round(link_s / pipeline_s, 4),
        "events_share": round(events_s / pipeline_s, 4),
        "peak_rss_mb_1x": round(small, 1),
        "peak_rss_mb_10x": round(large, 1),
        "peak_rss_ratio_10x": round(large / small, 3),
    }))


if __name__ == "__main__":
    main()
