"""Events: PLOVER-coded, attributed, with modality and intensity. See `extract.py` for the default extractor."""

from tidings.events.extract import EXTRACTOR, extract_events
from tidings.events.ontology import ontology

__all__ = ["EXTRACTOR", "extract_events", "ontology"]
