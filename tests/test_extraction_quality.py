"""HTML main-text extraction on the real scrapinghub pages: ours must score at least as well as bare trafilatura."""

from __future__ import annotations

import hashlib

import pytest
import trafilatura

from tidings.clean import clean_document
from tidings.clean.unicode import decode
from tidings.evaluation.extraction import evaluate, page_scores, score
from tidings.model import Document
from tidings.settings import Settings

from .conftest import SHARED, need

FOLDER = SHARED / "data" / "extraction" / "scrapinghub"


def test_metric_on_known_cases():
    assert page_scores("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = page_scores("one two three four five", "one two three four six")
    assert (tp, fp, fn) == (1 / 3, 1 / 3, 1 / 3)
    result = score([("w x y z", "w x y z"), ("p q r s", None)])
    assert (result.precision, result.recall) == (1.0, 0.5)


@pytest.mark.slow
def test_our_extraction_is_at_least_as_good_as_bare_trafilatura():
    need(FOLDER)
    settings = Settings()

    def ours(raw: bytes) -> str | None:
        article = clean_document(Document(hashlib.sha256(raw).hexdigest(), "p.html", "html", raw,
                                          payload_kind="html"), settings)
        return article.text if article.status == "ok" else None

    mine = evaluate(FOLDER, ours)
    bare = evaluate(FOLDER, lambda raw: trafilatura.extract(decode(raw)[0], fast=True))
    assert mine.pages == 92
    assert mine.f1 >= bare.f1, (mine, bare)
