"""The default event extractor: spaCy dependency parses + per-language predicate lexicons -> PLOVER events.

For every predicate the lexicon knows (a verb, or an event noun, possibly carried by a light verb), it
finds the arguments in the parse, keeps those that are linked actors, and reads modality and attribution
from cue words around the predicate. Everything language-specific is data (lexicon and cues files).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tidings.events.lexicon import Cues, Lexicon, Sense, lexicon
from tidings.events.ontology import ontology
from tidings.link.actors import registry
from tidings.model import ActorRef, Article, Attribution, Entity, Event, Participant, PlaceRef

EXTRACTOR = "tidings-lexical@0.1"

SUBJECT = {"nsubj", "csubj", "expl:subj"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass"}
AGENT = {"obl:agent", "agent"}
OBJECT = {"obj", "dobj", "iobj"}
OBLIQUE = {"obl", "obl:arg", "obl:mod", "prep", "nmod", "dative"}
CLAUSE = {"acl", "acl:relcl", "relcl", "ccomp", "advcl", "parataxis", "csubj"}
# What the scope of `object_lemmas` does not enter (lexicon README, rule 3): complements (ccomp, xcomp) it does.
NOT_FOLLOWED = SUBJECT | AGENT | {"acl:relcl", "relcl", "advcl", "parataxis", "aux", "aux:pass", "aux:tense",
                                  "auxpass", "punct", "cc", "conj", "mark", "det"}
LOCATIVE_CASES = {"à", "en", "dans", "au", "aux", "sur", "in", "at", "near", "inside", "outside"}
CO_ACTOR_CASES = {"entre", "avec", "between", "with"}
AGENT_CASES = {"de", "du", "des", "d'", "par", "of", "by"}
AGAINST_CASES = {"contre", "sur", "envers", "vers", "against", "on", "toward", "towards", "at"}
CONTENT_FRAMES = {"REQUEST", "REJECT", "THREATEN"}
PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "celui-ci", "celle-ci"}


@dataclass
class Found:
    sense: Sense
    head: Token  # the predicate (verb, or event noun)
    support: Token | None  # a light verb carrying the noun, if any


def _case_of(token: Token) -> str:
    """The preposition introducing a nominal ("à Washington" -> "à"), or "" when there is none."""
    for child in token.children:
        if child.dep_ in {"case", "fixed"} or (child.dep_ == "prep"):
            return child.lower_
    if token.head.dep_ == "prep" or token.dep_ == "pobj":
        return token.head.lower_
    return ""


def _object_lemmas(head: Token, depth: int) -> set[str]:
    """Lemmas below a predicate, as the lexicon's README defines the scope of object_lemmas."""
    out: set[str] = set()
    frontier = [(child, 1) for child in head.children]
    while frontier:
        token, level = frontier.pop()
        if token.dep_ in NOT_FOLLOWED:
            continue
        out.add(token.lemma_.lower())
        out.add(token.lower_)
        transparent = token.dep_ in {"case", "prep", "fixed"}
        if level < depth or transparent:
            frontier += [(child, level if transparent else level + 1) for child in token.children]
    return out


def _is_reflexive(head: Token) -> bool:
    return any(c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in head.children)


def choose_sense(senses: Iterable[Sense], head: Token, extra: Iterable[str] = ()) -> Sense | None:
    """The first sense whose conditions hold, else the unconditioned fallback (README rule 4)."""
    lemmas = _object_lemmas(head, 3 if head.pos_ == "VERB" else 2) | set(extra)
    reflexive = _is_reflexive(head)
    fallback = None
    for sense in senses:
        if sense.reflexive is not None and sense.reflexive != reflexive:
            continue
        if sense.excluded_object_lemmas & lemmas:
            continue
        if sense.object_lemmas is None:
            fallback = fallback or sense
        elif sense.object_lemmas & lemmas:
            return sense
    return fallback


def find_predicates(sent: Span, lex: Lexicon) -> Iterator[Found]:
    assert lex.cues is not None
    cues = lex.cues
    carried: set[int] = set()
    found: list[Found] = []
    for token in sent:
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        if lemma in cues.light_verbs or lemma in cues.light_verb_preps:
            preps = cues.light_verb_preps.get(lemma, frozenset())
            for child in token.children:
                noun = child
                if child.dep_ in OBJECT or (preps and child.dep_ in OBLIQUE and _case_of(child) in preps):
                    senses = lex.senses.get((noun.lemma_.lower(), "NOUN"))
                    sense = senses and choose_sense(senses, noun, [lemma])
                    if sense:
                        carried.add(noun.i)
                        carried.add(token.i)
                        found.append(Found(sense, noun, token))
    for token in sent:
        if token.i in carried or token.pos_ not in {"VERB", "NOUN", "PROPN"}:
            continue
        pos = "VERB" if token.pos_ == "VERB" else "NOUN"
        senses = lex.senses.get((token.lemma_.lower(), pos))
        if senses and (sense := choose_sense(senses, token)):
            found.append(Found(sense, token, None))
    # An event inside what is demanded, threatened or refused is that event's content, not an event of its
    # own ("exige le retrait des troupes": a demand, not a withdrawal).
    framing = {f.head.i for f in found if f.head.pos_ == "VERB" and f.sense.type in CONTENT_FRAMES}
    for f in found:
        if any(a.i in framing for a in _ancestors(f.head, 6)):
            continue
        yield f


def _mark(token: Token) -> str:
    """A subordinator, with French elision undone ("s'il" -> "si")."""
    return "si" if token.lower_ in {"s'", "s’"} else token.lower_


class ArticleIndex:
    """Entities of an article reachable by character offset, for mapping parse subtrees to linked actors."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.actors = [e for e in article.entities if e.actor is not None and e.note != "time zone"]
        self.places = [e for e in article.entities if e.place is not None and e.note != "time zone"]

    def actors_within(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.actors if start <= e.start and e.end <= end]

    def antecedent(self, offset: int, person: bool, window: int = 400) -> Entity | None:
        """The nearest actor named before a pronoun: a person for "il"/"she", anyone for "ils"/"they"."""
        kinds = {"person"} if person else {"person", "country", "group", "igo", "organization", "armed_group"}
        candidates = [e for e in self.actors if offset - window <= e.end <= offset
                      and e.actor is not None and e.actor.kind in kinds]
        return candidates[-1] if candidates else None


def _phrase_span(token: Token) -> tuple[int, int]:
    """Character span of a nominal's phrase, without its clauses (relative clauses name other people)."""
    tokens = [token]
    frontier = list(token.children)
    while frontier:
        child = frontier.pop()
        if child.dep_ in CLAUSE:
            continue
        tokens.append(child)
        frontier += list(child.children)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _participants(token: Token, index: ArticleIndex) -> list[Participant]:
    """The linked actors a nominal stands for: entities inside its phrase, a pronoun's antecedent, or a
    group noun ("les manifestants") as an unlinked group."""
    if token.lower_ in PRONOUNS and token.pos_ == "PRON":
        antecedent = index.antecedent(token.idx, person=token.lower_ in {"il", "elle", "he", "she"})
        return [Participant(antecedent.actor, token.text, token.idx, token.idx + len(token))] \
            if antecedent and antecedent.actor else []
    start, end = _phrase_span(token)
    found = [Participant(e.actor, e.text, e.start, e.end) for e in index.actors_within(start, end) if e.actor]
    if found:
        return _dedupe(found)
    group = registry().group_nouns.get(index.article.lang or "", {}).get(token.lemma_.lower()) \
        or registry().group_nouns.get(index.article.lang or "", {}).get(token.lower_)
    if group and token.pos_ == "NOUN":
        sector, attribution = group
        ref = ActorRef(None, token.text, "group", None, sector, anonymous=attribution == "anonymous_officials",
                       how="group")
        return [Participant(ref, token.text, token.idx, token.idx + len(token))]
    return []


def _key(actor: ActorRef) -> tuple[str | None, ...]:
    return (actor.id,) if actor.id else (actor.country, actor.sector, actor.name)


def _dedupe(items: list[Participant]) -> list[Participant]:
    seen: set[tuple[str | None, ...]] = set()
    out = []
    for p in items:
        if _key(p.actor) not in seen:
            seen.add(_key(p.actor))
            out.append(p)
    return out


def _with_conjuncts(token: Token) -> list[Token]:
    return [token, *[t for t in token.conjuncts if t.i > token.i]]


def _subjects(verb: Token) -> tuple[list[Token], bool]:
    """(subject tokens, passive?) of a verb, inherited from the verb it is coordinated with or controlled by."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            break
        subjects = [c for c in current.children if c.dep_ in SUBJECT]
        passive = [c for c in current.children if c.dep_ in PASSIVE_SUBJECT]
        if len(subjects) > 1 and any(c.i < current.i for c in subjects):
            subjects = [c for c in subjects if c.i < current.i]  # a second, post-verbal "subject" is a misparse
        if subjects or passive:
            return (subjects or passive), not subjects
        if current.dep_ in {"conj", "xcomp"} and current.head is not current:
            current = current.head
        else:
            break
    return [], False


def arguments(found: Found, index: ArticleIndex) -> tuple[list[Participant], list[Participant]]:
    """(actors, recipients) of a predicate, from its parse."""
    sense, head = found.sense, found.head
    verb = found.support if found.support is not None else (head if head.pos_ == "VERB" else None)
    actors: list[Participant] = []
    recipients: list[Participant] = []
    recipient_cases = set(sense.recipient_preps) | AGAINST_CASES
    if verb is not None:
        subjects, passive = _subjects(verb)
        for subject in subjects:
            for token in _with_conjuncts(subject):
                (recipients if passive else actors).extend(_participants(token, index))
        for child in verb.children:
            if passive and child.dep_ in AGENT | {"obl"} and _case_of(child) in {"par", "by"}:
                actors.extend(p for t in _with_conjuncts(child) for p in _participants(t, index))
            elif child.dep_ == "agent":
                for pobj in child.children:
                    actors.extend(_participants(pobj, index))
            elif (child.dep_ in OBJECT or child.dep_ in SUBJECT and child.i > verb.i and any(
                    c.dep_ in SUBJECT and c.i < verb.i for c in verb.children)) and child is not head:
                for token in _with_conjuncts(child):
                    (actors if sense.symmetric else recipients).extend(_participants(token, index))
            elif child.dep_ in OBLIQUE:
                targets = list(child.children) if child.dep_ == "prep" else [child]
                for target in targets:
                    case = _case_of(target) if child.dep_ != "prep" else child.lower_
                    if sense.symmetric and case in CO_ACTOR_CASES:
                        actors.extend(p for t in _with_conjuncts(target) for p in _participants(t, index))
                    elif case in recipient_cases:
                        recipients.extend(p for t in _with_conjuncts(target) for p in _participants(t, index))
    if head.pos_ != "VERB":  # an event noun: its own modifiers
        # "la rencontre très attendue entre A et B": the parser often hangs "entre" on the participle
        for m in head.children:
            if m.dep_ == "acl":
                for c in m.children:
                    if _case_of(c) in CO_ACTOR_CASES:
                        actors.extend(p for t in _with_conjuncts(c) for p in _participants(t, index))
        for child in head.children:
            case = _case_of(child)
            if child.dep_ in {"nmod", "prep", "poss", "amod", "nmod:poss", "compound", "appos"}:
                targets = list(child.children) if child.dep_ == "prep" else [child]
                for target in targets:
                    case = child.lower_ if child.dep_ == "prep" else _case_of(target)
                    people = [p for t in _with_conjuncts(target) for p in _participants(t, index)]
                    if case in CO_ACTOR_CASES or (not case and target.dep_ in {"amod", "poss", "compound"}):
                        actors.extend(people)
                    elif case in AGENT_CASES and not actors:
                        actors.extend(people)
                    elif case in recipient_cases:
                        recipients.extend(people)
    actors = _dedupe(actors)
    keys = {_key(p.actor) for p in actors}
    recipients = [] if sense.symmetric else [p for p in _dedupe(recipients) if _key(p.actor) not in keys]
    return actors, recipients


def _ancestors(token: Token, limit: int = 6) -> Iterator[Token]:
    current = token
    for _ in range(limit):
        if current.head is current:
            return
        current = current.head
        yield current


def modality(found: Found, cues: Cues, lang: str) -> tuple[str, bool]:
    """(modality, negation consumed by a negated_type) for a predicate, from cue words and morphology."""
    head = found.support or found.head
    if head.pos_ not in {"VERB", "AUX"} and head.head.pos_ in {"VERB", "AUX"} and head.dep_ in SUBJECT | OBJECT:
        head = head.head  # "la rencontre aura lieu": the noun's verb carries tense and negation
    near = [head, *[c for c in head.children if c.dep_.startswith("aux") or c.tag_ == "MD"]]
    children = [c for t in near for c in t.children] + list(head.children)
    if found.head is not head:
        children += list(found.head.children)  # "aucune frappe"
    negated = any(c.lemma_.lower() in cues.negation and c.dep_ in {"advmod", "neg", "det", "advmod:neg"}
                  or "Neg" in c.morph.get("Polarity") for c in children)
    if any(a.lemma_.lower() in cues.negating_predicates for a in _ancestors(head, 2)):
        negated = True
    if negated and found.sense.negated_type is None:
        return "negated", False
    consumed = negated  # "n'a pas accepté" is REJECT, itself asserted (or conditional, planned...)
    clause_heads = [head, *_ancestors(head, 3)]
    for token in clause_heads:
        if any(c.dep_ == "mark" and _mark(c) in cues.conditional_marks for c in token.children):
            return "conditional", consumed
    if found.sense.type == "THREATEN":  # the content of a warning: "averti que s'il n'acceptait pas..."
        for child in head.children:
            if child.dep_ in {"ccomp", "advcl"} and any(t.dep_ == "mark" and _mark(t) in cues.conditional_marks
                                                        for t in child.subtree):
                return "conditional", consumed
    ancestors = list(_ancestors(head, 2))
    if any(t.lemma_.lower() in cues.hypothetical_modals or t.lower_ in cues.hypothetical_modals
           for t in near[1:] + ancestors[:1]):
        return "hypothetical", consumed
    if any(t.lemma_.lower() in cues.hypothetical_adverbs for t in children + ancestors):
        return "hypothetical", consumed
    future = any("Fut" in t.morph.get("Tense") for t in near) or any(
        t.lower_ in {"will", "shall"} for t in near)
    if future or (head.dep_ == "xcomp" and head.head.lemma_.lower() in cues.planned_markers):
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
        if source is not None:
            return _speaker(source, cues, index, marker)
    for ancestor in _ancestors(head, 4):
        if ancestor.lemma_.lower() in cues.reporting_verbs and ancestor.pos_ == "VERB":
            subjects, _ = _subjects(ancestor)
            if not subjects and ancestor.dep_ == "advcl":  # "X ayant participé..., ont confirmé": misparse
                subjects, _ = _subjects(ancestor.head)
            if subjects:
                return _speaker(subjects[0], cues, index, ancestor.text)
    return Attribution("publisher")


def _speaker(token: Token, cues: Cues, index: ArticleIndex, how: str) -> Attribution:
    # "l'assistant du président russe, Ushakov": the apposed name speaks, not the president inside the phrase
    named = [c for c in token.children if c.dep_ in {"appos", "flat:name"}]
    own = [e for e in index.actors if e.start <= token.idx < e.end]
    for candidate in named:
        people = _participants(candidate, index)
        if people:
            return Attribution("actor", people[0].actor, people[0].text)
    if own and own[0].actor is not None and own[0].actor.id is not None:
        return Attribution("actor", own[0].actor, own[0].text)
    people = _participants(token, index)
    category = cues.attribution_nouns.get(token.lemma_.lower())
    if people and people[0].actor.id is not None:
        return Attribution("actor", people[0].actor, people[0].text)
    if category:
        return Attribution(category, people[0].actor if people else None, token.text)
    if people:
        actor = people[0].actor
        return Attribution("anonymous_officials" if actor.anonymous else "actor", actor, people[0].text)
    return Attribution("sources", None, token.text)


def _place(found: Found, sent: Span, index: ArticleIndex) -> PlaceRef | None:
    head = found.support or found.head
    for child in head.children:
        if child.dep_ in OBLIQUE and _case_of(child) in LOCATIVE_CASES:
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


def extract_events(article: Article, doc: Doc) -> list[Event]:
    """Events of one article, each told once (restatements merged into `mentions`)."""
    lex = lexicon(article.lang or "")
    if lex is None or lex.cues is None:
        return []
    onto = ontology()
    index = ArticleIndex(article)
    events: dict[tuple, Event] = {}
    for sent in doc.sents:
        for found in find_predicates(sent, lex):
            actors, recipients = arguments(found, index)
            if not actors:
                continue  # PLOVER events need an initiator; an agentless mention is not coded
            mood, consumed = modality(found, lex.cues, article.lang or "")
            event_type = found.sense.negated_type if consumed and found.sense.negated_type else found.sense.type
            source = attribution(found, sent, lex.cues, index, actors)
            actor_keys = {_key(a.actor) for a in actors}
            if mood == "asserted" and source.kind != "publisher" and not (
                    source.actor is not None and _key(source.actor) in actor_keys):
                mood = "reported"
            mode = found.sense.mode if event_type == found.sense.type else None
            key = (event_type, mode, frozenset(actor_keys), frozenset(_key(r.actor) for r in recipients))
            if key in events:
                events[key].mentions.append((sent.start_char, sent.end_char))
                continue
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
    return list(events.values())



