"""tidings: raw news in, clean, structured, source-attributed events out."""

from tidings.model import Article, Document, Entity, Removed
from tidings.pipeline import extract, process_text, run
from tidings.settings import Settings
from tidings.store import Store

__all__ = ["Article", "Document", "Entity", "Removed", "Settings", "Store", "extract", "process_text", "run"]
