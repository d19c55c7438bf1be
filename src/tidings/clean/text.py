"""Plain-text cleaning: paragraphs, title line, repeated blocks and publisher boilerplate, each removal recorded."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from tidings.clean.patterns import match_boilerplate
from tidings.model import Removed

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_NON_WORD = re.compile(r"[\W_]+")
_SENTENCE_BREAK = re.compile(r"[.!?…][»”\"')]*\s+[«“\"(]?[A-ZÀ-ÖØ-Þ]")
_TITLE_END = re.compile(r"[,;:]$")


def normalize_space(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def repeat_key(text: str) -> str:
    """What two copies of a paragraph share despite whitespace, punctuation, quote style and case."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of a plain text.

    One paragraph per line is the common scraped shape. When blank lines separate blocks and most blocks
    span several lines, the text is hard-wrapped: lines within a block are joined.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    multi_line = sum(1 for b in blocks if b.strip().count("\n") >= 1)
    if len(blocks) > 1 and multi_line > len(blocks) / 2:
        paragraphs = [" ".join(normalize_space(x) for x in b.splitlines()) for b in blocks]
    else:
        paragraphs = [normalize_space(x) for x in text.split("\n")]
    return [p for p in paragraphs if p]


def reads_as_title(first: str, rest: list[str]) -> bool:
    """A first line is a headline when it is one short sentence standing before a body."""
    return (
        len(rest) >= 2
        and len(first) <= 220
        and len(first.split()) <= 35
        and not _SENTENCE_BREAK.search(first)
        and not _TITLE_END.search(first)
    )


@dataclass
class Cleaned:
    title: str | None
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)


LONE_REPEAT_MIN_WORDS = 25  # a single long paragraph copied verbatim is a paste error, not a refrain


def remove_boilerplate_and_repeats(
    paragraphs: Iterable[str], title: str | None = None, min_repeat_words: int = 6
) -> Cleaned:
    """Keep each paragraph once; drop publisher boilerplate. Order of checks: boilerplate, then repeats.

    A paragraph is a repeat candidate when its key equals an earlier paragraph's (or the title's), or, for
    paragraphs of at least `min_repeat_words` words, when its key lies inside the text kept so far: this
    catches a body pasted again with paragraphs merged or re-split, with other quotes or spacing.
    A candidate is dropped when it copies the title, stands next to another candidate (a pasted block), or
    is long; a short lone repeat is kept, because pages repeat short lines on purpose (an interview's
    question asked to each guest, a refrain between sections).
    """
    items = [p for p in paragraphs if repeat_key(p)]  # punctuation-only lines (separators) carry nothing
    verdicts: list[tuple[str, str]] = []  # (kind, detail): kind is keep, boilerplate or repeat
    seen: dict[str, str] = {repeat_key(title): "the title"} if title else {}
    running = ""
    for paragraph in items:
        key = repeat_key(paragraph)
        rule = match_boilerplate(paragraph)
        if rule is not None:
            verdicts.append(("boilerplate", f"{rule.kind}:{rule.name}"))
        elif key in seen:
            verdicts.append(("repeat", f"same as {seen[key]}"))
        elif len(paragraph.split()) >= min_repeat_words and key in running:
            verdicts.append(("repeat", "contained in earlier text"))
        else:
            seen[key] = f"paragraph {sum(v[0] == 'keep' for v in verdicts) + 1}"
            verdicts.append(("keep", ""))
            running += key
    repeats = [i for i, (kind, _) in enumerate(verdicts) if kind == "repeat"]
    neighbours = {i: [j for j in (i - 1, i + 1) if 0 <= j < len(items) and verdicts[j][0] != "boilerplate"]
                  for i in repeats}
    kept: list[str] = []
    removed: list[Removed] = []
    for i, (paragraph, (kind, detail)) in enumerate(zip(items, verdicts, strict=True)):
        if kind == "repeat" and not (
            detail == "same as the title"
            or any(verdicts[j][0] == "repeat" for j in neighbours[i])
            or len(paragraph.split()) >= LONE_REPEAT_MIN_WORDS
        ):
            kind = "keep"
        if kind == "keep":
            kept.append(paragraph)
        else:
            removed.append(Removed(paragraph, kind, detail))  # type: ignore[arg-type]
    return Cleaned(title, kept, removed)


def clean_text(text: str, title: str | None = None, min_repeat_words: int = 6) -> Cleaned:
    """Clean a plain-text article. Without a known title, the first line becomes it when it reads as one."""
    paragraphs = split_paragraphs(text)
    if title is None and paragraphs and reads_as_title(paragraphs[0], paragraphs[1:]):
        if match_boilerplate(paragraphs[0]) is None:
            title, paragraphs = paragraphs[0], paragraphs[1:]
    return remove_boilerplate_and_repeats(paragraphs, title, min_repeat_words)
