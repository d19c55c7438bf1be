"""Scoring against gold: text extraction, linking, times and events. Used by `tidings eval` and benchmarks."""
