"""The default event extractor: spaCy dependency parses + per-language predicate lexicons -> PLOVER events.

For every predicate the lexicon knows (a verb, or an event noun, possibly carried by a light verb), it
finds the arguments in the parse, keeps those that are linked actors, and reads modality and attribution
from cue words around the predicate. Everything language-specific is data (lexicon and cues files).

The stages, one module each, each using only the ones before it:
`syntax` (parse-level helpers) -> `triggers` (predicates and their senses) -> `participants` (tokens to
linked actors) -> `arguments` (actors and recipients) -> `modality` (modality and attribution) -> here
(events assembled, restatements merged).
"""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc, Span, Token

from tidings.events.arguments import LOCATIVE_CASES, arguments, own_side_warned
from tidings.events.lexicon import Cues, lexicon
from tidings.events.modality import attribution, modality, own_act
from tidings.events.ontology import ontology
from tidings.events.participants import ArticleIndex, actor_key, linked_participants, unlinked_participants
from tidings.events.syntax import OBLIQUE, case_of, subjects_of, with_conjuncts
from tidings.events.triggers import Found, find_predicates
from tidings.model import Article, Event, Participant, PlaceRef

EXTRACTOR = "tidings-lexical@0.1"


def _place(found: Found, sent: Span, index: ArticleIndex) -> PlaceRef | None:
    head = found.support or found.head
    for child in head.children:
        if child.dep_ in OBLIQUE and case_of(child) in LOCATIVE_CASES:
            for e in index.places:
                if child.idx <= e.start < child.idx + len(child) + 40 and e.place is not None:
                    return e.place
    inside = [e for e in index.places if sent.start_char <= e.start < sent.end_char and e.actor is None]
    return inside[0].place if inside else None


def _time(sent: Span, article: Article) -> dict | None:
    for t in article.times:
        if sent.start_char <= t.start < sent.end_char:
            return {"value": t.value, "granularity": t.granularity, "utc_start": t.utc_start, "utc_end": t.utc_end,
                    "text": t.text, "from": "sentence"}
    if article.published is not None:
        day = article.published.date().isoformat()
        return {"value": day, "granularity": "day", "utc_start": None, "utc_end": None, "text": "",
                "from": "article"}
    return None


def _offer_sides(found: Found, actors: list[Participant],
                 index: ArticleIndex) -> tuple[list[Participant], list[Participant]]:
    """(who offers, to whom) for a symmetric act only offered ("prêt à dialoguer avec la Turquie"): the ready
    subject offers it to the other participants."""
    offering = {actor_key(p.actor) for s in subjects_of(found.support or found.head)[0] for t in with_conjuncts(s)
                for p in linked_participants(t, index) or unlinked_participants(t, index)}
    own = [a for a in actors if actor_key(a.actor) in offering]
    return (own, [a for a in actors if actor_key(a.actor) not in offering]) if own else (actors, [])


def _offered(found: Found, cues: Cues) -> bool:
    """The act is the complement of an adjective of readiness ("prêt à dialoguer", "prêts aux discussions")."""
    head = found.support or found.head
    return head.dep_ in {"xcomp", "obl", "obl:arg", "obl:mod"} and head.head.lemma_.lower() in cues.readiness_markers


# PLOVER codes a conflictual material act that is only announced ("frappera", "would raise tariffs") as a
# THREATEN (lexicon README, "rules the extractor should add"). Not a "conditional" one: that mood marks the
# if-clause itself, the condition, not the warning. Promised cooperative acts stay as they are: the gold codes
# "entamera la libération" as a planned RETREAT, not an AGREE.
def _framed(event_type: str, mood: str, quad_class: str) -> str:
    return "THREATEN" if mood == "planned" and quad_class == "material_conflict" else event_type


def extract_events(article: Article, doc: Doc) -> list[Event]:
    """Events of one article, each told once (restatements merged into `mentions`)."""
    lex = lexicon(article.lang or "")
    if lex is None or lex.cues is None:
        return []
    onto = ontology()
    index = ArticleIndex(article)
    events: dict[tuple, Event] = {}
    for sent in doc.sents:
        before = set(events)
        nominal: set[tuple] = set()  # events of this sentence first told by an event noun
        heads: dict[tuple, Token] = {}
        for found in find_predicates(sent, lex):
            actors, recipients = arguments(found, index, lex.cues.reactive_verbs)
            if not actors or found.sense.needs_recipient and not recipients:
                continue  # PLOVER events need an initiator; an agentless mention is not coded
            if found.warning:
                if not own_side_warned(found.head, actors, index):
                    continue
                # "warned that its army will respond": the army is the warner's own side, not who is warned
                own = {a.actor.country for a in actors}
                recipients = [r for r in recipients if r.actor.country not in own]
            if lex.cues.place_protests_dropped and not found.verbal and found.sense.type == "PROTEST" and all(
                    a.actor.kind == "country" and any(c.dep_ == "compound" and a.start <= c.idx < a.end
                                                      for c in found.head.children) for a in actors):
                continue  # English "Hong Kong protests", "the Hong Kong unrest": a place, no protester named
            if lex.cues.lone_meetings_dropped and found.sense.symmetric and found.sense.type == "CONSULT" and (
                    found.verbal) and len(actors) == 1 and not recipients:
                continue  # English "we talk about it all the time", "ten candidates meet on stage": no partner
            mood, consumed = modality(found, lex.cues, article.lang or "")
            event_type = found.sense.negated_type if consumed and found.sense.negated_type else found.sense.type
            framed = _framed(event_type, mood, onto.types[event_type].quad_class)
            if framed != event_type:  # the announced act is future; the threat it makes is made now
                event_type, mood = framed, "asserted"
            if mood == "planned":  # "will provide aid": a promised cooperative act is an AGREE (cues' planned_types)
                event_type = lex.cues.planned_types.get(event_type, event_type)
            if _offered(found, lex.cues) and onto.types[event_type].quad_class.endswith("cooperation"):
                event_type = "AGREE"  # "prêt à avoir un dialogue avec la Turquie": willingness to cooperate
                if found.sense.symmetric:  # an offer is one-sided: made by the ready side to its partners
                    actors, recipients = _offer_sides(found, actors, index)
            source = attribution(found, sent, lex.cues, index, actors)
            actor_keys = {actor_key(a.actor) for a in actors}
            if mood == "asserted" and source.kind != "publisher" and not own_act(source, actors):
                mood = "reported"
            mode = found.sense.mode if event_type == found.sense.type else None
            key = (event_type, mode, frozenset(actor_keys), frozenset(actor_key(r.actor) for r in recipients))
            if key in events:
                events[key].mentions.append((sent.start_char, sent.end_char))
                continue
            if not found.verbal:
                nominal.add(key)
            heads[key] = found.support or found.head
            linked = sum(a.actor.id is not None for a in actors + recipients)
            confidence = round(min(0.95, 0.45 + 0.1 * linked + (0.1 if found.head.pos_ == "VERB" else 0)
                                   + (0.1 if recipients else 0)), 2)
            digest = hashlib.sha256(repr((article.doc_id, sent.start_char, event_type, sorted(map(str, actor_keys))))
                                    .encode()).hexdigest()[:16]
            events[key] = Event(
                event_id=digest, doc_id=article.doc_id, type=event_type, mode=mode,
                quad_class=onto.types[event_type].quad_class, actors=actors, recipients=recipients,
                sentence=sent.text, sentence_start=sent.start_char, sentence_end=sent.end_char,
                trigger=found.head.text if found.support is None else f"{found.support.text} … {found.head.text}",
                trigger_start=(found.support or found.head).idx, modality=mood, attribution=source,
                intensity=onto.intensity(event_type, mode), confidence=confidence, extractor=EXTRACTOR,
                plover_version=onto.version, place=_place(found, sent, index), time=_time(sent, article),
                mentions=[(sent.start_char, sent.end_char)],
            )
        _merge_restatements(events, set(events) - before, nominal, heads)
    return list(events.values())


def _merge_restatements(events: dict[tuple, Event], new: set[tuple], nominal: set[tuple],
                        heads: dict[tuple, Token]) -> None:
    """One act told twice in a sentence, once by a bare event noun ("unlawful killings by the forces, which used
    force to crush the protests", "killed two soldiers in a bomb attack") or by a verb that a participle spells
    out ("scolded her label, accusing it of..."): the mention without a recipient is the same event as the one
    that names whom it hit. Two verbs side by side are two acts ("wounded one and killed two")."""
    for key in new:
        event_type, _, actors, recipients = key
        if not recipients and any(other[0] == event_type and other[2] == actors and other[3] and (
                key in nominal or _spelled_out(heads[key], heads[other])) for other in new if other != key):
            del events[key]


def _spelled_out(head: Token, other: Token) -> bool:
    """English "scolded her label, accusing it of...": a participle clause on a verb that restates it."""
    return other.dep_ == "advcl" and other.head == head and other.tag_ == "VBG" or (
        head.dep_ == "advcl" and head.head == other and head.tag_ == "VBG")
