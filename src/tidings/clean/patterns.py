"""Publisher boilerplate rules, loaded once from the data file `data/boilerplate.yaml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tidings.yamlfile import parse_yaml


@dataclass(frozen=True)
class BoilerplateRule:
    name: str
    kind: str
    lang: str
    max_chars: int
    regex: re.Pattern[str]

    def matches(self, paragraph: str) -> bool:
        return len(paragraph) <= self.max_chars and self.regex.search(paragraph) is not None


@cache
def boilerplate_rules() -> tuple[BoilerplateRule, ...]:
    text = resources.files("tidings.data").joinpath("boilerplate.yaml").read_text(encoding="utf-8")
    return tuple(
        BoilerplateRule(
            name=r["name"], kind=r["kind"], lang=r.get("lang", "any"), max_chars=int(r["max_chars"]),
            regex=re.compile(r["regex"], re.IGNORECASE),
        )
        for r in parse_yaml(text)["rules"]
    )


def match_boilerplate(paragraph: str) -> BoilerplateRule | None:
    for rule in boilerplate_rules():
        if rule.matches(paragraph):
            return rule
    return None
