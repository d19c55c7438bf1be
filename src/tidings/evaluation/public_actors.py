"""The actor-resolution cases of ../shared/data/events/ngec_actor_tests_en.jsonl, scored on their country.

Each case is a short text ("Armenian Prime Minister Nikol Pashinyan", "the PRI") with the country code the
NGEC coder's tests expect (ISO alpha-3, or IGO/UNO/EUR for international bodies). The text is analysed by
the pipeline (with the case's context words and date when it gives them) and the country of the widest
linked mention is compared. Cases with no expected country are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tidings.model import Article

IGO_CODES = {"IGO", "UNO", "EUR"}  # NGEC codes IGOs, the UN system and the EU without a country


@dataclass
class ActorCaseScore:
    right: int = 0
    total: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.accuracy, 4), "right": self.right, "total": self.total}


def _expected_country(case: dict[str, Any]) -> str | None:
    checks = case["expected"][0].get("actor_checks") or {}
    code = checks.get("country_code") or checks.get("country")
    return code or None


def _predicted(article: Article) -> tuple[str | None, str | None, str | None]:
    """(country, actor id, kind) of the widest linked mention; the whole text is looked up as a name when
    the NER model finds no mention in a two-word phrase ("FSB", "Tony Blair")."""
    linked = [e for e in article.entities if (e.actor and (e.actor.country or e.actor.id)) or e.place]
    if not linked:
        from tidings.link.actors import ArticleContext, link_name, registry

        ref = link_name(article.text, "ORG", ArticleContext(day=None), registry(), article.lang or "en")
        return (ref.country, ref.id, ref.kind) if ref is not None and ref.id else (None, None, None)
    best = max(linked, key=lambda e: e.end - e.start)
    if best.actor is not None:
        return best.actor.country, best.actor.id, best.actor.kind
    assert best.place is not None
    return best.place.country, None, "place"


def score_ngec(rows: list[dict[str, Any]]) -> ActorCaseScore:
    from tidings.pipeline import analyse

    cases = [r for r in rows if r.get("expected") and _expected_country(r)]
    texts = []
    for case in cases:
        args = case.get("call_args") or []
        context = args[1] if len(args) > 1 and isinstance(args[1], str) else ""
        when = args[2] if len(args) > 2 and isinstance(args[2], str) and args[2][:1].isdigit() else None
        texts.append((f"{context} {case['text']}".strip(), "en", when))
    score = ActorCaseScore()
    for case, article in zip(cases, analyse(texts), strict=True):
        expected = _expected_country(case)
        country, actor_id, kind = _predicted(article)
        if expected in IGO_CODES:
            ok = kind == "igo"
        else:
            ok = country == expected
        score.total += 1
        score.right += ok
        if not ok:
            score.misses.append({"text": case["text"], "expected": expected, "got": country})
    return score
