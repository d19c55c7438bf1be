"""Language identification with lingua over a configurable set of languages, with confidence.

Mixed-language texts are detected per paragraph when the whole-text confidence is low, and said so.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from tidings.model import Article
from tidings.settings import Settings

UNKNOWN = "und"  # ISO 639-2 code for "undetermined"
MIN_LETTERS = 12
MIXED_MIN_CHARS = 40  # paragraphs shorter than this say little about their language
MIXED_SAMPLES = 6


@cache
def detector(languages: tuple[str, ...]) -> LanguageDetector:
    """One detector per language set per process (building it costs seconds and hundreds of MB)."""
    chosen = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages]
    return LanguageDetectorBuilder.from_languages(*chosen).with_preloaded_language_models().build()


def detect(text: str, languages: tuple[str, ...]) -> tuple[str, float]:
    """(ISO 639-1 code, confidence) of the most likely language, or ('und', 0.0) when there is too little text."""
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return UNKNOWN, 0.0
    values = detector(languages).compute_language_confidence_values(text)
    if not values:
        return UNKNOWN, 0.0
    top = values[0]
    return top.language.iso_code_639_1.name.lower(), float(top.value)


def identify(article: Article, settings: Settings) -> Article:
    """Set `lang` and `lang_confidence`. A language given by the input is kept."""
    if article.status != "ok" or article.lang:
        return article  # failed, or the language was given by the input or the caller
    sample = article.text[: settings.lang_sample_chars]
    lang, confidence = detect(sample, settings.languages)
    # A whole-text guess hides a page in two languages: look at a few paragraphs spread over the text.
    long_enough = [p for p in article.paragraphs if len(p) >= MIXED_MIN_CHARS]
    if lang != UNKNOWN and len(long_enough) > 1:
        step = max(1, len(long_enough) // MIXED_SAMPLES)
        shares: Counter[str] = Counter()
        for paragraph in long_enough[::step][:MIXED_SAMPLES]:
            plang, pconf = detect(paragraph[:600], settings.languages)
            if plang != UNKNOWN and pconf >= settings.lang_min_confidence:
                shares[plang] += len(paragraph)
        total = sum(shares.values())
        major = [(code, n / total) for code, n in shares.most_common() if total and n / total >= 0.2]
        if len(major) > 1:
            article.notes.append("mixed language: " + ", ".join(f"{c} {s:.0%}" for c, s in major))
            if lang != major[0][0]:
                lang, confidence = major[0][0], major[0][1]
    if lang == UNKNOWN:
        article.notes.append("unknown language: too little text to identify")
    elif confidence < settings.lang_min_confidence:
        article.notes.append(f"uncertain language: {lang} at {confidence:.2f}")
    article.lang, article.lang_confidence = lang, confidence
    return article
