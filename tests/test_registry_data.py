"""The registry's data files stay consistent: one record per id, no mapping key given twice (YAML would
silently keep the last one)."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest
import yaml

DATA = resources.files("tidings.data")


class _StrictLoader(yaml.SafeLoader):
    pass


def _no_duplicate_keys(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    repeated = [k for k, n in Counter(keys).items() if n > 1]
    if repeated:
        raise ValueError(f"duplicate keys {repeated} at line {node.start_mark.line + 1}")
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicate_keys)


@pytest.mark.parametrize("name", ["people", "organizations"])
def test_one_record_per_id(name):
    records = yaml.safe_load(DATA.joinpath("actors", f"{name}.yaml").read_text(encoding="utf-8"))
    counts = Counter(r["id"] for r in records)
    assert [i for i, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", ["people", "organizations", "metonyms", "demonyms", "roles", "org_words"])
def test_no_key_given_twice(name):
    yaml.load(DATA.joinpath("actors", f"{name}.yaml").read_text(encoding="utf-8"), Loader=_StrictLoader)
