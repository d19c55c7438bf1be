"""Per-language predicate lexicons and modality/attribution cues (`data/events/lexicon_xx.yaml`, `cues_xx.yaml`).

Adding a language is adding these two files; see the README beside them for what each key means.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from tidings.yamlfile import parse_yaml


@dataclass(frozen=True)
class Sense:
    lemma: str
    pos: str
    type: str
    mode: str | None
    symmetric: bool = False
    object_lemmas: frozenset[str] | None = None
    excluded_object_lemmas: frozenset[str] = frozenset()
    recipient_preps: frozenset[str] = frozenset()
    negated_type: str | None = None
    reflexive: bool | None = None
    speaker: bool = False  # an evaluation ("inacceptable", "lies"): the actor is whoever says it
    predicative: bool = False  # only with a predicative complement ("called the process a sham"), and then first
    needs_recipient: bool = False  # not coded without a recipient (a visit is to a host, aid goes to someone)
    # only when the subject phrase has one of these lemmas ("des manifestants se sont réunis": a protest)
    subject_lemmas: frozenset[str] | None = None


@dataclass(frozen=True)
class Cues:
    negation: frozenset[str]
    negating_predicates: frozenset[str]
    conditional_marks: frozenset[str]
    conditional_mood: bool
    conditional_modals: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    planned_markers: frozenset[str]
    reporting_verbs: frozenset[str]
    source_markers: tuple[str, ...]
    attribution_nouns: dict[str, str]  # lemma -> category
    # adverbs that put a claim on someone else's word ("reportedly": the media's), lemma -> category
    reporting_adverbs: dict[str, str]
    light_verbs: frozenset[str]
    light_verb_preps: dict[str, frozenset[str]]
    # endings that turn a verb lemma the model left inflected back into the lexicon's ("demande" -> "demander")
    lemma_repairs: tuple[str, ...] = ()
    # verbs whose subject reacts to, ends or suffers the event noun they govern, rather than doing it
    reactive_verbs: frozenset[str] = frozenset()
    # nouns that only date or frame the event noun they govern ("au lendemain de l'attentat")
    frame_nouns: frozenset[str] = frozenset()
    # common nouns for people ("teachers", "her parents"): unlinked, they still count as the one acted upon
    person_nouns: frozenset[str] = frozenset()
    # nouns of quantity or part ("une quarantaine de personnes", "hundreds of protesters"): who is acted upon
    # is the people of their "de"/"of" complement
    quantity_nouns: frozenset[str] = frozenset()
    # participles through which an event noun names its target ("des sanctions visant la Russie")
    target_verbs: frozenset[str] = frozenset()
    # event nouns whose "de"/"of" complement is always the one acted upon ("l'assassinat de X")
    patient_nouns: frozenset[str] = frozenset()
    # verbs whose subject undergoes the event noun they govern ("faced criticism", "received an inquiry"):
    # that subject is the noun's recipient
    undergo_verbs: frozenset[str] = frozenset()
    # nouns through which a subject undergoes an event noun ("X is the target of a campaign")
    undergo_nouns: frozenset[str] = frozenset()
    # nouns that carry an event noun in their "de" complement ("un message de soutien", "en signe de protestation"):
    # the event's doer is found as for the carrier
    carrier_nouns: frozenset[str] = frozenset()
    # prepositions through which the subject of any verb undergoes an event noun ("X is under investigation")
    undergo_preps: frozenset[str] = frozenset()
    # verbs of warning whose content is a warning of what the speaker's own side will do ("warned that the
    # government will not sit on its hands"): THREATEN, though a warning of a risk is none
    warning_verbs: frozenset[str] = frozenset()
    # a meeting or talk verb with a single participant and no partner is not coded (English: "we talk about it")
    lone_meetings_dropped: bool = False
    # types of an act that, agreed to, is only the agreement's content ("agreed to fund a buyout": one AGREE)
    agreement_content_types: frozenset[str] = frozenset()
    # verbs whose object event noun does not take place ("withheld aid", "evaded extradition", "postponed the
    # summit"): the noun is not coded (the verb may be an event of its own)
    blocking_verbs: frozenset[str] = frozenset()
    # a protest noun whose only participant is a place name on it ("Hong Kong protests") is not coded
    place_protests_dropped: bool = False
    # event nouns of a crowd: acted upon, they stand for the crowd ("crushed the protests", "dispersed the rally")
    crowd_nouns: frozenset[str] = frozenset()
    # type -> type for a promised or announced act ("would provide aid" is an AGREE in PLOVER)
    planned_types: dict[str, str] = field(default_factory=dict)
    # adjectives of readiness ("prêt à dialoguer"): a cooperative act they govern is only offered, an AGREE
    readiness_markers: frozenset[str] = frozenset()
    # auxiliaries of obligation whose clause, said by someone else, is that speaker's REQUEST to its subject
    # ("The authorities must end this crackdown," said Luther); empty unless `demand_requests` is true
    demand_modals: frozenset[str] = frozenset()
    # French simple-future endings ("-rons"): a finite verb the model tagged otherwise ("réduirons": Tense=Imp)
    future_endings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    lang: str
    senses: dict[tuple[str, str], tuple[Sense, ...]] = field(default_factory=dict)
    cues: Cues | None = None


def _lower_set(values: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or [])


def _by_word(categories: Any) -> dict[str, str]:
    """A cue file's {category: [words]} as word -> category."""
    return {str(word).lower(): category for category, words in (categories or {}).items() for word in words or []}


def _load(name: str) -> Any:
    path = resources.files("tidings.data").joinpath(f"events/{name}")
    return parse_yaml(path.read_text(encoding="utf-8")) if path.is_file() else None


@cache
def lexicon(lang: str) -> Lexicon | None:
    entries, cues = _load(f"lexicon_{lang}.yaml"), _load(f"cues_{lang}.yaml")
    if entries is None or cues is None:
        return None
    senses: dict[tuple[str, str], list[Sense]] = defaultdict(list)
    for e in entries:
        lemma = str(e["lemma"]).lower()
        objects = e.get("object_lemmas")
        senses[(lemma, e["pos"])].append(Sense(
            lemma, e["pos"], e["type"], e.get("mode"), bool(e.get("symmetric")),
            _lower_set(objects) if objects else None, _lower_set(e.get("excluded_object_lemmas")),
            _lower_set(e.get("recipient_preps")), e.get("negated_type"), e.get("reflexive"),
            bool(e.get("speaker")), bool(e.get("predicative")), bool(e.get("needs_recipient")),
            _lower_set(e["subject_lemmas"]) if e.get("subject_lemmas") else None,
        ))
    return Lexicon(lang, {k: tuple(v) for k, v in senses.items()}, Cues(
        negation=_lower_set(cues.get("negation")),
        negating_predicates=_lower_set(cues.get("negating_predicates")),
        conditional_marks=_lower_set(cues.get("conditional_marks")),
        conditional_mood=bool(cues.get("conditional_mood")),
        conditional_modals=_lower_set(cues.get("conditional_modals")),
        hypothetical_modals=_lower_set(cues.get("hypothetical_modals")),
        hypothetical_adverbs=_lower_set(cues.get("hypothetical_adverbs")),
        planned_markers=_lower_set(cues.get("planned_markers")),
        reporting_verbs=_lower_set(cues.get("reporting_verbs")),
        source_markers=tuple(str(m).lower() for m in cues.get("source_markers") or []),
        attribution_nouns=_by_word(cues.get("attribution_nouns")),
        reporting_adverbs=_by_word(cues.get("reporting_adverbs")),
        light_verbs=_lower_set(cues.get("light_verbs")),
        light_verb_preps={str(k).lower(): _lower_set(v) for k, v in (cues.get("light_verb_preps") or {}).items()},
        lemma_repairs=tuple(str(x) for x in cues.get("lemma_repairs") or []),
        reactive_verbs=_lower_set(cues.get("reactive_verbs")),
        frame_nouns=_lower_set(cues.get("frame_nouns")),
        person_nouns=_lower_set(cues.get("person_nouns")),
        quantity_nouns=_lower_set(cues.get("quantity_nouns")),
        target_verbs=_lower_set(cues.get("target_verbs")),
        patient_nouns=_lower_set(cues.get("patient_nouns")),
        undergo_verbs=_lower_set(cues.get("undergo_verbs")),
        undergo_nouns=_lower_set(cues.get("undergo_nouns")),
        carrier_nouns=_lower_set(cues.get("carrier_nouns")),
        undergo_preps=_lower_set(cues.get("undergo_preps")),
        crowd_nouns=_lower_set(cues.get("crowd_nouns")),
        warning_verbs=_lower_set(cues.get("warning_verbs")),
        lone_meetings_dropped=bool(cues.get("lone_meetings_dropped")),
        place_protests_dropped=bool(cues.get("place_protests_dropped")),
        blocking_verbs=_lower_set(cues.get("blocking_verbs")),
        agreement_content_types=frozenset(str(t) for t in cues.get("agreement_content_types") or []),
        planned_types={str(k): str(v) for k, v in (cues.get("planned_types") or {}).items()},
        readiness_markers=_lower_set(cues.get("readiness_markers")),
        demand_modals=_lower_set(cues.get("demand_modals")) if cues.get("demand_requests") else frozenset(),
        future_endings=tuple(sorted((str(x) for x in cues.get("future_endings") or []), key=len, reverse=True)),
    ))
