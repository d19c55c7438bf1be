"""YAML for our data files, parsed by libyaml when PyYAML has it (about ten times faster than pure Python:
the lexicons and registry are loaded at the start of every run)."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """`yaml.safe_load`, with the C parser where available (same safe constructors and resolvers)."""
    return yaml.load(text, Loader=_LOADER)  # a safe loader either way
