"""Texts the gold sets point at, read from ../shared/data (never copied into the repository).

A gold annotation names a corpus, a document id and character offsets into that document's text:
- `orangesum_fr`: the `article` field of corpus/orangesum_fr/articles.jsonl.gz, by `id`;
- `scrapinghub`: the `articleBody` of extraction/scrapinghub/ground-truth.json, by page id.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path


def data_root() -> Path:
    """`$TIDINGS_DATA`, else ../shared/data beside the repository (where CI has it)."""
    env = os.environ.get("TIDINGS_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


@cache
def _scrapinghub() -> dict[str, str]:
    path = data_root() / "extraction" / "scrapinghub" / "ground-truth.json"
    return {k: v["articleBody"] for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def _orangesum(ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    path = data_root() / "corpus" / "orangesum_fr" / "articles.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in ids:
                out[record["id"]] = record["article"]
                if len(out) == len(ids):
                    break
    return out


def load_texts(keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """{(corpus, doc_id): text} for the documents asked for; unknown corpora raise a clear error."""
    wanted: dict[str, set[str]] = {}
    for corpus, doc_id in keys:
        wanted.setdefault(corpus, set()).add(doc_id)
    texts: dict[tuple[str, str], str] = {}
    for corpus, ids in wanted.items():
        if corpus == "orangesum_fr":
            found = _orangesum(ids)
        elif corpus == "scrapinghub":
            found = {i: _scrapinghub()[i] for i in ids if i in _scrapinghub()}
        else:
            raise ValueError(f"unknown corpus {corpus!r} (known: orangesum_fr, scrapinghub)")
        missing = ids - set(found)
        if missing:
            raise ValueError(f"{len(missing)} documents not found in {corpus}: {sorted(missing)[:5]}")
        texts.update({(corpus, i): t for i, t in found.items()})
    return texts
