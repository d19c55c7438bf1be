"""Text extraction from real news HTML: tidings' clean stage vs bare trafilatura, same pages, same metric.

    .venv/bin/python benchmarks/extraction_quality.py

Pages: ../shared/data/extraction/scrapinghub (92 real news pages with a hand-checked body). The metric is
the benchmark's own (token 4-gram F1, see tidings.evaluation.extraction). Prints a table, then one JSON line.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import trafilatura

from tidings.clean import clean_document
from tidings.clean.unicode import decode
from tidings.evaluation.extraction import evaluate
from tidings.model import Document
from tidings.settings import Settings

FOLDER = Path(__file__).resolve().parents[2] / "shared" / "data" / "extraction" / "scrapinghub"


def tidings_extractor(fast: bool):
    settings = Settings(html_fast=fast)

    def extract(raw: bytes) -> str | None:
        doc = Document(hashlib.sha256(raw).hexdigest(), "page.html", "html", raw, payload_kind="html")
        article = clean_document(doc, settings)
        return article.text if article.status == "ok" else None

    return extract


def trafilatura_extractor(fast: bool):
    def extract(raw: bytes) -> str | None:
        return trafilatura.extract(decode(raw)[0], fast=fast)

    return extract


def main() -> None:
    rows = {}
    for name, extractor in [
        ("trafilatura fast=True", trafilatura_extractor(True)),
        ("trafilatura default", trafilatura_extractor(False)),
        ("tidings clean (fast=True)", tidings_extractor(True)),
        ("tidings clean (fast=False)", tidings_extractor(False)),
    ]:
        start = time.perf_counter()
        result = evaluate(FOLDER, extractor)
        elapsed = time.perf_counter() - start
        rows[name] = result
        print(f"{name:28s} P {result.precision:.4f}  R {result.recall:.4f}  F1 {result.f1:.4f}  "
              f"({result.pages} pages, {result.pages / elapsed:.1f} pages/s)")
    ours, bare = rows["tidings clean (fast=True)"], rows["trafilatura fast=True"]
    print(json.dumps({"pages": ours.pages, "tidings_f1": round(ours.f1, 4), "trafilatura_f1": round(bare.f1, 4),
                      "tidings_precision": round(ours.precision, 4), "tidings_recall": round(ours.recall, 4),
                      "delta_f1": round(ours.f1 - bare.f1, 4)}))


if __name__ == "__main__":
    main()
