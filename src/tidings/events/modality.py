"""How sure and who says so: the modality of a found predicate (negated, conditional, planned, hypothetical,
reported) from cue words and its governors, and its attribution (a linked speaker or a category)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tidings.events.arguments import reporting_heads
from tidings.events.lexicon import Cues
from tidings.events.participants import ArticleIndex, actor_key, linked_participants, pronoun_text, speaker_subjects
from tidings.events.syntax import (
    OBJECT,
    RELATIVE_PRONOUNS,
    SUBJECT,
    ancestors_of,
    governors,
    infinitive_argument,
    mark_of,
    subjects_of,
)
from tidings.events.triggers import Found, surface_future, to_infinitive
from tidings.model import ActorRef, Attribution, Participant


def modality(found: Found, cues: Cues, lang: str) -> tuple[str, bool]:
    """(modality, negation consumed by a negated_type) for a predicate, from cue words and morphology."""
    head = found.support or found.head
    if head.pos_ not in {"VERB", "AUX"} and head.head.pos_ in {"VERB", "AUX"} and head.dep_ in SUBJECT | OBJECT:
        head = head.head  # "la rencontre aura lieu": the noun's verb carries tense and negation
    near = [head, *[c for c in head.children if c.dep_.startswith("aux") or c.tag_ == "MD"]]
    children = [c for t in near for c in t.children] + list(head.children)
    if found.head != head:
        children += list(found.head.children)  # "aucune frappe"
    negated = any(c.lemma_.lower() in cues.negation and c.dep_ in {"advmod", "neg", "det", "advmod:neg"}
                  or "Neg" in c.morph.get("Polarity") for c in children)
    if any(a.lemma_.lower() in cues.negating_predicates for a in governors(head, 2)):
        negated = True
    if negated and found.sense.negated_type is None:
        return "negated", False
    consumed = negated  # "n'a pas accepté" is REJECT, itself asserted (or conditional, planned...)
    clause_heads = [head, *ancestors_of(head, 3)]
    for token in clause_heads:
        if any(c.dep_ == "mark" and mark_of(c) in cues.conditional_marks for c in token.children):
            return "conditional", consumed
    if found.sense.type == "THREATEN":  # the content of a warning: "averti que s'il n'acceptait pas..."
        for child in head.children:
            if child.dep_ in {"ccomp", "advcl"} and any(t.dep_ == "mark" and mark_of(t) in cues.conditional_marks
                                                        for t in child.subtree):
                return "conditional", consumed
    ancestors = list(ancestors_of(head, 2))
    if any(t.lemma_.lower() in cues.hypothetical_modals or t.lower_ in cues.hypothetical_modals
           for t in near[1:] + ancestors[:1]):
        return "hypothetical", consumed
    if any(t.lemma_.lower() in cues.hypothetical_adverbs for t in children + ancestors):
        return "hypothetical", consumed
    # "said he would raise tariffs": without an if-clause (tried above), "would" is the future-in-the-past
    future = any("Fut" in t.morph.get("Tense") or surface_future(t, cues) for t in near) or any(
        t.lower_ in {"will", "shall"} or t.lemma_.lower() in cues.conditional_modals for t in near)
    # "allant jusqu'à couper les canaux": "jusqu'à" says how far an act went, not that it is planned
    as_far_as = any(c.dep_ == "mark" and c.lemma_.lower() == "jusque" for c in head.children)
    # (English: the model also labels such a "to"-infinitive advcl: "have sworn to fight")
    if future or ((head.dep_ == "xcomp" or infinitive_argument(head) or lang == "en" and head.dep_ == "advcl"
                   and to_infinitive(head)) and head.head.lemma_.lower() in cues.planned_markers and not as_far_as):
        return "planned", consumed
    if lang == "fr" and cues.conditional_mood and any("Cnd" in t.morph.get("Mood") for t in near):
        return "reported", consumed  # the French reporting conditional: "les rebelles auraient libéré..."
    return "asserted", consumed


def attribution(found: Found, sent: Span, cues: Cues, index: ArticleIndex,
                actors: list[Participant]) -> Attribution:
    """Who says so: the object of "selon"/"according to", the subject of a reporting verb above the
    predicate, or the publisher."""
    head = found.support or found.head
    lowered = sent.text.lower()
    for marker in cues.source_markers:
        position = lowered.find(marker + " ")
        if position < 0:
            continue
        start = sent.start_char + position + len(marker) + 1
        span = sent.doc.char_span(start, sent.end_char, alignment_mode="expand")
        if span is None or not len(span):
            continue
        source = next((t for t in span if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        if source is not None and source.lower_ not in RELATIVE_PRONOUNS:  # "les accusations selon lesquelles"
            return _own_voice(_speaker(source, cues, index, marker), source, actors)
    for ancestor in reporting_heads(head, cues.reporting_verbs):
        subjects = speaker_subjects(ancestor)
        if not subjects and ancestor.dep_ == "advcl":  # "X ayant participé..., ont confirmé": misparse
            subjects, _ = subjects_of(ancestor.head)
        subjects = [s for s in subjects if pronoun_text(s) != "t"]  # "a-t-il ajouté": the euphonic "t" is no one
        if subjects:
            return _own_voice(_speaker(subjects[0], cues, index, ancestor.text), subjects[0], actors)
    verb = head.head if head.pos_ not in {"VERB", "AUX"} and head.dep_ in SUBJECT | OBJECT else head
    for adverb in (c for t in {head, verb} for c in t.children if c.dep_ == "advmod"):
        if category := cues.reporting_adverbs.get(adverb.lower_):  # "is reportedly being investigated"
            return Attribution(category, None, adverb.text)
    return Attribution("publisher")


def own_act(source: Attribution, actors: list[Participant]) -> bool:
    """A speaker telling an act of its own: one of the actors, or an official of the state that acts ("Damas ne
    se soumettra pas, a affirmé le ministre syrien"). Its own word, not a report of another's act."""
    if source.actor is None:
        return False
    speaker = source.actor
    return any(actor_key(a.actor) == actor_key(speaker) or a.actor.country is not None and (
        a.actor.country == speaker.country) and (a.actor.kind == "country" or _state_voice(a.actor) and _state_voice(
            speaker)) for a in actors)


STATE_SECTORS = {"government", "military", "police", "judiciary"}


def _state_voice(actor: ActorRef) -> bool:
    """A body of a state (its government, forces, police, courts): one state's voice for another of its bodies'
    acts (a ministry for its police, a government for its army), as the gold guidelines code own acts."""
    return actor.sector in STATE_SECTORS


def _own_voice(source: Attribution, speaker: Token, actors: list[Participant]) -> Attribution:
    """A speaker no registry knows who is the event's own actor ("Dénonçant ..., ses avocats ont indiqué"):
    that actor tells its own act, rather than unnamed sources."""
    if source.kind == "sources":
        for actor in actors:
            if actor.start <= speaker.idx < actor.end:
                return Attribution("actor", actor.actor, actor.text)
    return source


def _speaker(token: Token, cues: Cues, index: ArticleIndex, how: str) -> Attribution:
    # "l'assistant du président russe, Ushakov": the apposed name speaks, not the president inside the phrase
    named = [c for c in token.children if c.dep_ in {"appos", "flat:name"}]
    own = [e for e in index.actors if e.start <= token.idx < e.end]
    for candidate in named:
        people = linked_participants(candidate, index)
        if people:
            return Attribution("actor", people[0].actor, people[0].text)
    if own and own[0].actor is not None and own[0].actor.id is not None:
        return Attribution("actor", own[0].actor, own[0].text)
    people = linked_participants(token, index)
    category = cues.attribution_nouns.get(token.lemma_.lower())
    if people and people[0].actor.id is not None:
        return Attribution("actor", people[0].actor, people[0].text)
    if category:
        return Attribution(category, people[0].actor if people else None, token.text)
    if people:
        actor = people[0].actor
        return Attribution("anonymous_officials" if actor.anonymous else "actor", actor, people[0].text)
    return Attribution("sources", None, token.text)
