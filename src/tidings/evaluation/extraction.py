"""Main-text extraction quality, with the scrapinghub article-extraction-benchmark's own metric.

Words are `\\w+` runs; each text becomes the multiset of its overlapping 4-word chunks. Per page, true
positives, false positives and false negatives are scaled to sum to 1. Precision is averaged over the
pages that produced output, recall over all pages; F1 is the harmonic mean of the two averages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text)
    return Counter(tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1)))


def page_scores(truth: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) for one page, scaled to sum to 1 (all zero when both sides are empty)."""
    expected, got = shingles(truth), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class ExtractionScore:
    precision: float
    recall: float
    f1: float
    pages: int


def score(pairs: list[tuple[str, str | None]]) -> ExtractionScore:
    """Pairs of (ground truth, extracted text or None when the extractor gave nothing)."""
    precisions, recalls = [], []
    for truth, predicted in pairs:
        if predicted:
            tp, fp, fn = page_scores(truth, predicted)
            precisions.append(tp / (tp + fp) if tp + fp else 0.0)
            recalls.append(tp / (tp + fn) if tp + fn else 0.0)
        else:
            recalls.append(0.0)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return ExtractionScore(p, r, 2 * p * r / (p + r) if p + r else 0.0, len(pairs))


def scrapinghub_pages(folder: Path) -> Iterator[tuple[str, bytes, str]]:
    """(page id, raw HTML bytes, ground-truth body) for each page of the benchmark folder."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        path = folder / "html" / f"{page_id}.html.gz"
        if path.exists():
            yield page_id, gzip.decompress(path.read_bytes()), truth[page_id]["articleBody"]


def evaluate(folder: Path, extractor: Callable[[bytes], str | None]) -> ExtractionScore:
    return score([(body, extractor(raw)) for _, raw, body in scrapinghub_pages(folder)])
