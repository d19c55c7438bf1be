"""Name normalisation shared by the actor registry and the gazetteer: one key per way of writing a name."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_LEADING = re.compile(r"^(?:(?:the|le|la|les|du|de la|des)\s+|(?:l'|de l'|d')\s*)", re.IGNORECASE)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-"})
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # the same words are folded over and over by linking and events
def fold(text: str) -> str:
    """Case- and accent-insensitive form ("Élysée" and "elysee" fold alike); hyphens and dots kept as typed."""
    if text.isascii():
        return _SPACE.sub(" ", text.casefold()).strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped.casefold()).strip()


def name_key(text: str) -> str:
    """The lookup key of a name: folded, without a leading article or trailing punctuation."""
    key = fold(text).strip(" .,;:!?\"'()[]«»")
    key = _LEADING.sub("", key).strip()
    return key[:-2] if key.endswith("'s") else key  # "Hong Kong's", "Russia's"


@cache
def _fold_char(ch: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()
    return folded if len(folded) == 1 else ch


def fold_in_place(text: str) -> str:
    """Like `fold` but character for character, so offsets into the result are offsets into `text`."""
    return "".join(map(_fold_char, text.translate(_QUOTES)))
