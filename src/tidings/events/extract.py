"""The default event extractor: spaCy dependency parses + per-language predicate lexicons -> PLOVER events.

For every predicate the lexicon knows (a verb, or an event noun, possibly carried by a light verb), it
finds the arguments in the parse, keeps those that are linked actors, and reads modality and attribution
from cue words around the predicate. Everything language-specific is data (lexicon and cues files).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from tidings.events import resolve
from tidings.events.lexicon import Cues, Lexicon, Sense, lexicon
from tidings.events.ontology import ontology
from tidings.link.actors import registry
from tidings.link.names import fold
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
# English: who an offered, threatened or refused act goes to ("offered to hand them over to Britain", "threatened
# to cut off electricity to the region", "agreed to inject cash into the company")
CONTENT_TO_CASES = {"to", "into"}
AGENT_CASES = {"de", "du", "des", "d'", "par", "of", "by"}
AGAINST_CASES = {"contre", "sur", "envers", "vers", "against", "on", "toward", "towards", "at"}
CONTENT_FRAMES = {"REQUEST", "REJECT", "THREATEN"}
MEANS_CASES = {"avec", "par", "à", "au", "aux", "with", "by"}  # "riposter par des frappes", "attaquer à la roquette"
# acts of state power whose agentless passive is the reporting authority's own act (police, courts, ministries)
AUTHORITY_TYPES = {"COERCE", "SANCTION", "ACCUSE"}
AUTHORITY_SECTORS = {"police", "judiciary", "government", "military"}
# Third-person pronouns resolved to the nearest actor named before; object forms too ("lui a demandé").
PERSON_PRONOUNS = {"il", "elle", "lui", "he", "she", "him", "her"}
# English "it"/"its" stand for a state, a party or a company named before ("Syria said it would withdraw")
THING_PRONOUNS = {"it", "its"}
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | {"ils", "elles", "leur", "they", "them", "celui-ci", "celle-ci"}
# French direct-object clitics ("le procureur l'accuse", "Paris les a condamnés"): a person or a body named before,
# only as a clitic object in front of its verb ("le" is also neuter: "comme le souhaite Washington")
OBJECT_CLITICS = {"l'", "l’", "le", "la", "les"}
# First-person pronouns inside a quote stand for whoever is quoted ("Nous avons convoqué...", a-t-il dit).
JUDGE_CASES = {"pour", "selon"}  # on an evaluation, the one it holds for: "pour lui", "selon elle"
SPEAKER_PRONOUNS = {"je", "j'", "j’", "nous", "i", "we"}
# Nominals that never stand for a participant when nothing links them.
STOP_NOUNS: set[str] = set()
# prepositions of where something is or is posted: "dans le nord de la Syrie", "l'ambassadeur à Washington"
POSTED_CASES = {"à", "auprès", "dans"}
# subordinators that introduce the content of a reporting verb, not an adverbial clause of its own
COMPLEMENTIZERS = {"que", "qu'", "qu’", "si", "that", "whether", "if"}
PREDICATIVE = {"oprd"}  # ClearNLP's object predicate; the French model has no such label
RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which", "that"}
# Relative pronouns that stand for an object or a "de" complement of their clause's verb
OBJECT_RELATIVES = {"que", "qu'", "qu’", "dont", "which", "that", "whom"}


@dataclass
class Found:
    sense: Sense
    head: Token  # the predicate (verb, or event noun)
    support: Token | None  # a light verb carrying the noun, if any
    verbal: bool = True  # the head is a verb (possibly one the tagger called a noun or adjective)
    demand: bool = False  # "X must do Y", said by someone else: the speaker's REQUEST to X (cues' demand_modals)
    warning: bool = False  # "X warned that its forces will...": a threat if the clause's subject is X's side


DEMAND = Sense("must", "VERB", "REQUEST", None)
WARNING = Sense("warn", "VERB", "THREATEN", None)


# person nouns that may name political actors: a talk with them can be a consultation
POLITICAL_PERSON_NOUNS = {"dirigeant", "rival", "partisan", "opposant", "militant", "membre", "avocat", "agent",
                          "leader", "official", "activist", "member", "lawyer"}


# Nouns of intention or decision whose "de"-infinitive is done by their holder ("la décision de Pékin de geler...")
INTENTION_NOUNS = {"décision", "intention", "volonté", "projet", "plan", "promesse", "engagement", "tentative",
                   "objectif", "ordre", "choix", "souhait", "refus", "menace"}


# English nouns whose "to"-infinitive is an act carried out or tried, not only intended ("took the decision to
# discontinue the investigation", "an attempt to assassinate the governor")
CARRIED_OUT_NOUNS = {"decision", "attempt"}


# Dependents only a verb has: an infinitive's "de"/"à", a tense or passive auxiliary, a direct object. A noun or
# adjective with one of them is a verb the tagger missed ("promis de le venger": venger/NOUN).
VERBAL_DEPS = {"mark", "aux", "aux:tense", "aux:pass", "obj", "dobj"}


def _mistagged_verb(token: Token) -> bool:
    return token.pos_ in {"NOUN", "ADJ"} and any(c.dep_ in VERBAL_DEPS for c in token.children)


def _case_of(token: Token) -> str:
    """The preposition introducing a nominal ("à Washington" -> "à"), or "" when there is none."""
    for child in token.children:
        if child.tag_ == "POS":
            continue  # English "Beijing's": the possessive ending is labelled `case` but is no preposition
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


def _pronominal(verb: Token) -> bool:
    """A French pronominal verb ("se sont rassemblés", "s'est retirée"): its "être" makes no passive."""
    return any(c.lower_ in {"se", "s'", "s’"} or "Yes" in c.morph.get("Reflex") for c in verb.children
               if c.pos_ == "PRON" and c.i < verb.i)


# "de son côté", "pour sa part" between auxiliary and participle: the model makes the auxiliary the root and
# hangs the participle on the noun ("a de son côté procédé", "ont pour leur part expulsé")
INCISE_NOUNS = {"côté", "part"}


def _incise_auxiliary(verb: Token) -> Token | None:
    """The auxiliary of a participle the model hung on an incise noun ("Le Canada a de son côté procédé")."""
    noun = verb.head
    if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and noun.lemma_.lower() in INCISE_NOUNS and (
            noun.head.lemma_.lower() in {"avoir", "être"} and noun.head.i < noun.i < verb.i):
        return noun.head
    return None


def _subject_lemmas(head: Token) -> set[str]:
    """Lemmas of a verb's own subject phrase, two levels deep ("un millier de protestataires"), or of its passive
    agent ("évacués par les forces de l'ordre"), who is the subject of the act."""
    out: set[str] = set()
    passive = (any(c.dep_ in PASSIVE_SUBJECT for c in head.children) or "Pass" in head.morph.get("Voice")) and (
        not _pronominal(head))
    for subject in (c for c in head.children if (c.dep_ in AGENT if passive else c.dep_ in SUBJECT)):
        out.add(subject.lemma_.lower())
        out |= {c.lemma_.lower() for c in subject.children if c.dep_ not in CLAUSE}
    return out


def choose_sense(senses: Iterable[Sense], head: Token, extra: Iterable[str] = ()) -> Sense | None:
    """The first sense whose conditions hold, else the unconditioned fallback (README rule 4)."""
    options = tuple(senses)
    lemmas = _object_lemmas(head, 3 if head.pos_ == "VERB" else 2) | set(extra)
    if head.dep_ in {"acl", "acl:relcl", "relcl"} and any(
            c.lower_ in OBJECT_RELATIVES and c.dep_ not in SUBJECT | PASSIVE_SUBJECT for c in head.children):
        # "l'accord que Trump a dénoncé", "l'accord dont Washington s'est retiré": the relative pronoun stands
        # for the noun the clause hangs on
        lemmas.add(head.head.lemma_.lower())
    for clause in head.children:  # "called for Israel to withdraw": the clause asked for, with its "for"
        if _for_to_clause(clause):
            lemmas |= _object_lemmas(clause, 2) | {clause.lemma_.lower()}
            lemmas |= {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subject_lemmas = _subject_lemmas(head) if any(s.subject_lemmas for s in options) else set()
    reflexive = _is_reflexive(head)
    # "called the process a sham": a predicative complement selects the labelling sense over every other
    predicative = any(c.dep_ in PREDICATIVE for c in head.children)
    fallback = None
    for sense in sorted(options, key=lambda s: not s.predicative) if predicative else options:
        if sense.reflexive is not None and sense.reflexive != reflexive or sense.predicative and not predicative:
            continue
        if sense.predicative:
            return sense
        if sense.excluded_object_lemmas & lemmas:
            continue
        if sense.subject_lemmas is not None and not sense.subject_lemmas & subject_lemmas:
            continue
        if sense.object_lemmas is None and sense.subject_lemmas is not None:
            return sense  # a subject condition that holds is as specific as an object one
        if sense.object_lemmas is None:
            fallback = fallback or sense
        elif _objects_match(sense.object_lemmas, lemmas):
            return sense
    return fallback


def _objects_match(wanted: frozenset[str], lemmas: set[str]) -> bool:
    """Whether one of the lexicon's object lemmas is found; "fin+traité" needs both words ("mettre fin au
    traité"), for a multiword predicate whose parts are each too common alone."""
    return bool(wanted & lemmas) or any("+" in w and all(part in lemmas for part in w.split("+")) for w in wanted)


def _material(event_type: str) -> bool:
    """A material act (cooperation or conflict), as opposed to a verbal one."""
    return ontology().types[event_type].quad_class.startswith("material")


def find_predicates(sent: Span, lex: Lexicon) -> Iterator[Found]:
    assert lex.cues is not None
    cues = lex.cues
    carried: set[int] = set()
    found: list[Found] = []
    for token in sent:
        if token.pos_ in {"VERB", "AUX"}:
            lemma = token.lemma_.lower()
        elif _mistagged_verb(token):  # "avoir fait pression": fait/NOUN, lemma "fait"
            lemma = IRREGULAR_PARTICIPLES.get(token.lower_, token.lemma_.lower())
        else:
            continue
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
                        found.append(Found(sense, noun, token, False))
    # An event inside what is demanded, threatened or refused is that event's content, not an event of its
    # own ("exige le retrait des troupes": a demand, not a withdrawal).
    framing: set[int] = set()
    for token in sent:
        if token.i in carried or token.pos_ not in {"VERB", "NOUN", "PROPN", "ADJ"}:
            continue
        pos = token.pos_ if token.pos_ in {"VERB", "ADJ"} else "NOUN"
        lemma = token.lemma_.lower()
        if (token.pos_ == "PROPN" or token.is_title and token.i > sent.start) and _inside_name(token):
            continue  # "the Alliance for American Manufacturing", "le Rassemblement national": a name
        senses = lex.senses.get((lemma, pos))
        # "faced scrutiny from the SEC": the parser hangs the noun's "from" phrase on the undergoing verb
        extra = [c.lower_ for c in token.head.children if c.dep_ == "prep"] \
            if pos == "NOUN" and token.head.lemma_.lower() in cues.undergo_verbs else []
        if senses and (sense := choose_sense(senses, token, extra)):
            if pos == "VERB" and token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") and (
                    "Past" in token.morph.get("Tense")) and token.tag_ != "VBN" and not (
                    any(c.dep_ in AGENT for c in token.children) and _material(sense.type)) and not any(
                    c.dep_ in SUBJECT | OBJECT or c.dep_.startswith("aux") for c in token.children) and (
                    _incise_auxiliary(token) is None):
                # "l'accord signé en février", "des combattants soutenus par l'Iran": a past event recalled or a
                # standing relation. Not English reduced relatives ("troops deployed by Moscow"), nor a material
                # act with its doer ("les biens confisqués par la justice"): those tell the act itself. With a
                # subject, an object or an auxiliary of its own it is a clause in a compound tense the model
                # also labels acl ("l'accord que l'Iran avait signé", "des dizaines de personnes s'étaient
                # rassemblées").
                continue
            if pos == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" and (
                    ontology().types[sense.type].quad_class == "verbal_cooperation") and (
                    (token.head.lemma_.lower(), "NOUN") not in lex.senses):
                continue  # English "the state budget approved by Republicans in April": a standing fact recalled
            # (ClearNLP also labels such an infinitive relcl: "measures to oppose it", "a lifeline to bail out")
            if pos == "VERB" and token.dep_ in {"acl", "relcl"} and token.head.pos_ == "NOUN" and _to_infinitive(
                    token) and not any(c.dep_ in SUBJECT for c in token.children) and (
                    (token.head.lemma_.lower(), "NOUN") not in lex.senses) and (
                    token.head.lemma_.lower() not in CARRIED_OUT_NOUNS):
                continue  # English "a plan to return refugees", "measures to oppose it": only intended
            governor = token.head.head if token.dep_ == "pobj" else token.head
            if pos == "NOUN" and (token.dep_ in OBJECT and token.head.lemma_.lower() in cues.blocking_verbs or (
                    token.dep_ == "pobj" and token.head.lower_ == "from" and governor.lemma_.lower() in (
                        cues.blocking_verbs))):  # "save our country from destruction"
                continue  # English "withheld US military aid", "postponed the summit": the act did not take place
            if pos == "NOUN" and sense.type == "COERCE" and token.dep_ == "pobj" and token.head.lower_ == "in" and (
                    governor.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}):
                continue  # English "three children in CBP custody", "the deaths in detention": a state, not an act
            if pos == "NOUN" and token.dep_ in {"nmod", "pobj"} and governor.lemma_.lower() in cues.frame_nouns:
                continue  # "au lendemain de l'assassinat", "the anniversary of the surrender": a time reference
            if pos == "NOUN" and _case_of(token) in {"sans", "without"}:
                continue  # "une annexion sans pourparlers préalables": what did not take place
            found.append(Found(sense, token, None, pos == "VERB"))
        elif pos == "VERB" and lemma in cues.warning_verbs and _warned_clause(token) is not None:
            found.append(Found(WARNING, token, None, warning=True))
        elif _mistagged_verb(token) and (
                senses := lex.senses.get((lemma, "VERB")) or _repaired_senses(token, lex)) and (
                sense := choose_sense(senses, token)):
            found.append(Found(sense, token, None))
        elif pos == "VERB" and not senses and any(
                s.type in CONTENT_FRAMES for end in cues.lemma_repairs for s in lex.senses.get((lemma + end, pos), ())):
            # a demand verb the model left inflected ("il ne demande plus à l'Ukraine de reconnaître...") frames
            # its content all the same; with a subject of its own it is coded too ("X demande la démission de Y")
            framing.add(token.i)
            repaired = [s for end in cues.lemma_repairs for s in lex.senses.get((lemma + end, pos), ())]
            if any(c.dep_ in SUBJECT for c in token.children) and (sense := choose_sense(repaired, token)):
                found.append(Found(sense, token, None))
    # a demand or threat noun frames its content too ("Trump's request to Ukraine to investigate his rivals")
    # (not a warning: what it warns of is a fact of its own, "warned that the army will be deployed")
    framing |= {f.head.i for f in found if f.sense.type in CONTENT_FRAMES and not f.sense.speaker and not f.warning}
    # what an accusation alleges is its content, not a fact told ("accusé la Chine de menacer les journalistes",
    # "l'accuse d'avoir fomenté une invasion et d'encourager des actions")
    alleging = {f.head.i for f in found if f.sense.type == "ACCUSE" and f.sense.mode == "allege" and f.verbal
                and not f.sense.speaker}
    # what an alleged violation breaks is no event of its own ("violé leurs engagements", "l'interdiction de...")
    framing |= {f.head.i for f in found if f.sense.speaker and f.verbal and f.head.pos_ == "VERB"}
    demands = [Found(DEMAND, t, None, demand=True) for t in sent if _demanded(t, cues)]
    framing |= {f.head.i for f in demands}
    found = [f for f in found if f.head.i not in framing or f.sense.type in CONTENT_FRAMES or f.sense.speaker] + demands
    # (a threat one is accused of is coded, as the gold does: "accusé Pompeo de menacer de punir...")
    found = [f for f in found if f.sense.type == "THREATEN" or not _alleged(f.head, alleging)]
    # a negated acceptance is a refusal: the demands it turns down are its content ("ne se soumettra pas aux
    # exigences de Washington"), though an act with its own doer stays ("did not accept a deal offered by...")
    refusing = {f.head.i for f in found if f.sense.negated_type in CONTENT_FRAMES and any(
        c.lemma_.lower() in cues.negation and c.dep_ in {"advmod", "neg", "advmod:neg"} for c in f.head.children)}
    # "un accord de coopération", "la menace d'une attaque": an event noun after "de" on another one is its content
    nouns = {f.head.i for f in found if not f.verbal and not f.sense.speaker}
    found = [f for f in found if f.verbal or f.support is not None or not (
        f.head.dep_ == "nmod" and f.head.head.i in nouns and _case_of(f.head) in {"de", "d'", "d’", "du", "des"})]
    # "s'affrontent avec des tirs de roquettes", "a répliqué par des frappes": an event noun that is the means of an
    # event verb of the same type tells how that act was done, not a second act (a passive's agent is the act
    # itself: "frappée par des attentats commis par l'EI")
    verbs = {(f.head.i, f.sense.type) for f in found if f.verbal and f.head.pos_ == "VERB"}
    found = [f for f in found if f.verbal or f.support is not None or not (
        (f.head.head.i, f.sense.type) in verbs and _case_of(f.head) in MEANS_CASES and f.head.dep_ not in AGENT)]
    # An evaluation is already told by an accusation that frames it ("alleging that the call was
    # inappropriate") or by the event noun it qualifies ("unlawful killings": the killings are the event).
    # English: a cooperative act agreed to is the agreement's content ("agreed to fund a buyout", "an agreement
    # with JLL to accept 1,000 workers"), one AGREE, not an AID or a COOPERATE of its own
    agreeing = {t.i for f in found if f.sense.type == "AGREE" and not f.sense.speaker
                for t in [f.head, *([f.support] if f.support is not None else [])]} \
        if cues.agreement_content_types else set()
    accusing = {f.head.i for f in found if f.verbal and f.sense.type == "ACCUSE" and not f.sense.speaker}
    events = {f.head.i for f in found if not f.sense.speaker}
    verbal = {f.head.i for f in found if f.verbal}
    protesting = {t.i for f in found if f.sense.type == "PROTEST"
                  for t in [f.head, *([f.support] if f.support is not None else [])]} if lex.lang == "en" else set()
    for f in found:
        if f.sense.type == "REQUEST" and _protest_aim(f.head, protesting):
            continue
        if _framed_by(f.head, framing) and not f.sense.speaker:  # a judgement is the speaker's own, even there
            continue
        if not f.verbal and _framed_by(f.head, refusing):
            continue
        if f.sense.type in cues.agreement_content_types and _framed_by(f.head, agreeing):
            continue
        if not f.verbal and f.support is None and any(c.dep_ == "acl" and c.i in verbal and not _to_infinitive(c)
                                                      for c in f.head.children):
            continue  # "a plea agreement offered by prosecutors": the participle tells the event

        # (only a judgement qualifies an event noun: "pleased" hung on "release" is the parser's slip)
        if f.sense.speaker and (_framed_by(f.head, accusing) or f.head.dep_ == "amod" and f.head.head.i in events
                                and f.sense.type == "ACCUSE"):
            continue
        yield f


# arcs from a purpose or accompanying clause up to the act it is the aim of
AIM_DEPS = {"advcl", "xcomp", "pcomp", "prep", "acl"}


def _protest_aim(head: Token, protesting: set[int]) -> bool:
    """English: a demand that is what a protest is for is the protest's content, not an act of its own ("staged
    demonstrations to demand reforms", "demonstrated calling for independence", "joined the demonstrators in
    demanding a referendum")."""
    current = head
    for _ in range(4):
        if current.dep_ not in AIM_DEPS or current.head == current:
            return False
        current = current.head
        if current.i in protesting:
            return True
    return False


def _aim_recipients(protest: Token, index: ArticleIndex) -> list[Participant]:
    """Whom a protest is against, when it says so only through its aim: those its demand is made of ("staged
    demonstrations to demand reforms by Suharto's government", "a hunger strike to demand the resignation of X")."""
    lex = lexicon(index.article.lang or "")
    if lex is None:
        return []
    out: list[Participant] = []
    for token in protest.subtree:
        senses = lex.senses.get((token.lemma_.lower(), "VERB")) if token.pos_ == "VERB" else None
        if senses and (sense := choose_sense(senses, token)) and sense.type == "REQUEST" and _protest_aim(
                token, {protest.i}):
            out.extend(arguments(Found(sense, token, None), index)[1])
    return out


def _warned_clause(verb: Token) -> Token | None:
    """The finite clause a warning verb introduces, when it has a subject ("warned that the army will...")."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and any(s.dep_ in SUBJECT for s in c.children)), None)


STATE_SECTORS = {"government", "military", "police"}  # unnamed bodies that can act for a state ("the army")


def _own_side_warned(verb: Token, actors: list[Participant], index: ArticleIndex) -> bool:
    """Whether the warned clause's subject is the warner's own side: "we", or linked actors of the warner's
    countries (the warner's government, army or the warner); unnamed people ("children", "staff") are not."""
    clause = _warned_clause(verb)
    if clause is None:
        return False
    subjects = [t for s in clause.children if s.dep_ in SUBJECT for t in _with_conjuncts(s)]
    if any(_pronoun(s) in SPEAKER_PRONOUNS for s in subjects):
        return True
    people = [p for s in subjects for p in _participants(s, index)]
    countries = {p.actor.country for p in actors if p.actor.country}
    return bool(people) and all(p.actor.country in countries and (p.actor.id is not None or p.actor.kind == "group"
                                                               and p.actor.sector in STATE_SECTORS) for p in people)


def _to_infinitive(verb: Token) -> bool:
    """English "to"-infinitive: "a request to investigate" is what is asked, not the participle telling the event."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _demanded(verb: Token, cues: Cues) -> bool:
    """An active clause with an obligation auxiliary ("must end", "should direct"), not "should have done"."""
    if verb.pos_ != "VERB" or not cues.demand_modals:
        return False
    aux = [c for c in verb.children if c.dep_.startswith("aux")]
    return any(c.lemma_.lower() in cues.demand_modals for c in aux) and not any(
        c.lemma_.lower() == "have" or c.dep_ in {"auxpass", "aux:pass"} for c in aux) and any(
        c.dep_ in SUBJECT for c in verb.children)


def _inside_name(token: Token) -> bool:
    """A proper noun inside a multiword named entity of the model's (an organisation's or a law's name)."""
    doc = token.doc
    following = doc[token.i + 1].ent_iob_ if token.i + 1 < len(doc) else ""
    return token.ent_iob_ == "I" or token.ent_iob_ == "B" and following == "I"


def _alleged(token: Token, alleging: set[int]) -> bool:
    """Whether a verb is what an accusation alleges: its infinitive complement, or one coordinated with it
    ("l'accuse d'avoir fomenté une invasion et d'encourager des actions")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    infinitive = any("Inf" in t.morph.get("VerbForm") for t in [token, *token.children] if t is token or (
        t.dep_.startswith("aux")))
    return token.pos_ == "VERB" and infinitive and token.head.i in alleging and token.dep_ in {
        "xcomp", "obl:arg", "obl", "ccomp", "acl"}


def _framed_by(token: Token, framing: set[int]) -> bool:
    """Whether a framing verb governs the token, other than as a coordinated verb ("ne demande plus ... et
    n'exige plus ..." is two demands, not one inside the other)."""
    child = token
    for ancestor in _ancestors(token, 6):
        if ancestor.i in framing and child.dep_ != "conj":
            return True
        if child.dep_ in {"acl:relcl", "relcl"}:
            return False  # a relative clause tells something else ("en riposte au retrait des Etats-Unis qui ont...")
        child = ancestor
    return False


def _partitive_object(token: Token, verb: Token) -> bool:
    """A direct object the French model parsed as an oblique because its article looks like "de": "disperser des
    manifestants", "arrêter des journalistes". Only when the verb has no object of its own and no "se" (then
    "de" is a real preposition: "se retirer des territoires")."""
    return token.dep_ == "obl:arg" and token.pos_ in {"NOUN", "PROPN"} and verb.pos_ == "VERB" and (
        _case_of(token) == "des") and not any(c.dep_ in OBJECT for c in verb.children) and not _is_reflexive(verb)


# last words of French prepositional locutions ("à cause de", "face à", "en dépit du")
LOCUTION_PREPOSITIONS = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux"})


def _adverbial_locution(case: Token) -> bool:
    """An adverb of several words the French model takes for a preposition of the nominal after it ("accusent en
    outre les autorités", "a par ailleurs arrêté des opposants"): a `case` with `fixed` words that does not end in
    a preposition, followed by a determiner."""
    fixed = [c for c in case.children if c.dep_ == "fixed"]
    if case.dep_ != "case" or not fixed:
        return False
    last = max(fixed, key=lambda t: t.i)
    after = case.doc[last.i + 1] if last.i + 1 < len(case.doc) else None
    return last.lower_ not in LOCUTION_PREPOSITIONS and after is not None and after.pos_ == "DET"


def _caseless_objects(token: Token, verb: Token) -> list[Token]:
    """Direct objects the French model hung elsewhere because an adverbial came between them and the verb ("a
    arrêté en décembre deux Canadiens", "condamnait à mort pour ce motif un ressortissant canadien"): a nominal
    after the verb with no preposition of its own, labelled as a modifier of the verb or of one of its obliques,
    when the verb has no object. A bare time noun ("a averti dimanche") is no actor and drops out later."""
    # (an "object" after it is a later nominal the model took for one: "accusent en outre les autorités de ne pas
    # appliquer les lois ..., ce qui explique la hausse")
    if verb.pos_ != "VERB" or any(c.dep_ in OBJECT and c.i < token.i for c in verb.children) or _is_reflexive(
            verb) or (token.i < verb.i or token.dep_ not in {"obl:mod", "obl", "obl:arg", "nmod", "dep"}):
        return []

    def bare(t: Token) -> bool:
        return t.pos_ in {"NOUN", "PROPN"} and not any(
            c.dep_ in {"case", "fixed", "mark"} and not _adverbial_locution(c) for c in t.children)

    # and one level down: "pour le même motif | un ressortissant canadien", "mercredi | un opposant", the model's
    # nmod (or, with no comma between, apposition) of the oblique
    return [token] * bare(token) + [c for c in token.children if c.i > token.i and bare(c) and (
        c.dep_ in {"nmod", "dep"} or c.dep_ == "appos" and c.doc[c.i - 1].text != ",") and any(
        d.dep_ in {"det", "nummod"} for d in c.children)]


def _infinitive_argument(token: Token) -> bool:
    """An infinitive the French model attaches as an oblique ("promis de le venger"): a controlled complement."""
    return token.dep_ in {"obl:arg", "obl"} and any(c.dep_ == "mark" for c in token.children)


def _mark(token: Token) -> str:
    """A subordinator, with French elision undone ("s'il" -> "si")."""
    return "si" if token.lower_ in {"s'", "s’"} else token.lower_


class ArticleIndex:
    """Entities of an article reachable by character offset, for mapping parse subtrees to linked actors."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.actors = [e for e in article.entities if e.actor is not None and e.note != "time zone"]
        self.places = [e for e in article.entities if e.place is not None and e.note != "time zone"]
        self.focus_country = article.context_country  # found by the linker
        self.finding_speaker = False  # inside `speaker_of`, for a quoted subject's country

    def actors_within(self, start: int, end: int) -> list[Entity]:
        return [e for e in self.actors if start <= e.start and e.end <= end]

    def speaker_of(self, token: Token) -> ActorRef | None:
        """Who is quoted around a first-person pronoun: the named subject of the sentence's reporting verb."""
        lex = lexicon(self.article.lang or "")
        if lex is None or lex.cues is None:
            return None
        for verb in token.sent:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.cues.reporting_verbs:
                for subject in _speaker_subjects(verb):
                    if _pronoun(subject) in SPEAKER_PRONOUNS:
                        continue
                    # "a déclaré un porte-parole": an unnamed speaker still speaks for the quote
                    people = _participants(subject, self) or _unlinked(subject, self)
                    if people:
                        return people[0].actor
        return None


def _phrase_span(token: Token) -> tuple[int, int]:
    """Character span of a nominal's phrase, without its clauses (relative clauses name other people)."""
    tokens = [token]
    # a predicate noun's subject and the sentence's final stop are no part of its phrase ("C'est la responsabilité
    # de la Turquie, qui...", the model making the noun the root)
    predicate = any(c.dep_ == "cop" for c in token.children)
    frontier = [c for c in token.children if c.dep_ != "punct" and not (predicate and c.dep_ in SUBJECT)]
    while frontier:
        child = frontier.pop()
        if child.dep_ in CLAUSE or child.dep_ == "punct" and child.head.dep_ == "ROOT":
            continue  # a root nominal's punctuation ends the sentence ("Quelque 20.000 personnes, ... ont participé.")
        tokens.append(child)
        frontier += list(child.children)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _participants(token: Token, index: ArticleIndex) -> list[Participant]:
    """The linked actors a nominal stands for: entities inside its phrase, a pronoun's antecedent, or a
    group noun ("les manifestants") as an unlinked group."""
    token = resolve.partitive_head(token, index.article.lang or "")
    word = _pronoun(token)
    if token.pos_ == "PRON" and word in PRONOUNS or token.pos_ in {"PRON", "DET"} and word in OBJECT_CLITICS and (
            token.dep_ in OBJECT and token.i < token.head.i):  # the tagger often takes "les" for an article
        antecedent = resolve.antecedent(token, index, person=word in PERSON_PRONOUNS, thing=word in THING_PRONOUNS)
        return [Participant(antecedent.actor, token.text, token.idx, token.idx + len(token))] \
            if antecedent and antecedent.actor else []
    if word in SPEAKER_PRONOUNS and token.pos_ == "PRON":
        speaker = index.speaker_of(token)
        return [Participant(speaker, token.text, token.idx, token.idx + len(token))] if speaker else []
    start, end = _phrase_span(token)
    found = [Participant(e.actor, e.text, e.start, e.end) for e in index.actors_within(start, end) if e.actor]
    if token.pos_ == "NOUN" and len(found) > 1:
        # "la suspension par la Turquie de son offensive dans le nord de la Syrie", "la mission chinoise à l'ONU":
        # where a thing happens or a body is posted is not who the phrase names, when something else does
        posts = [_phrase_span(t) for t in token.subtree if t.dep_ == "nmod" and t != token and (
            _case_of(t) in POSTED_CASES)]
        rest = [p for p in found if not any(a <= p.start < b for a, b in posts)]
        if rest:
            found = rest
    persons = [p for p in found if p.actor.kind == "person"]
    if token.pos_ == "NOUN" and persons and len(persons) < len(found) and not any(
            t.dep_ == "conj" for t in [token, *token.subtree]) and (
            fold(token.text) in _role_heads(index.article.lang or "")):
        # "le ministre des Affaires étrangères, Jean-Yves Le Drian", "le chef de la diplomatie Mohammad Javad
        # Zarif": a role noun naming its holder stands for that person, not for the bodies in its complements
        found = persons
    named = [p for c in token.children if c.dep_ in {"appos", "flat:name"} and c.pos_ == "PROPN" for p in found
             if c.idx <= p.start < _phrase_span(c)[1] and p.actor.kind == "person"]
    if token.pos_ == "NOUN" and named and len(named) < len(found):
        # "un citoyen canadien, Robert Lloyd Schellenberg": a common noun apposed to a person's name is that person
        found = named
    elif token.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and any(
            c.idx <= p.start < _phrase_span(c)[1] and p.actor.id for p in found) for c in token.children):
        # "les ONG Human Rights Watch, Amnesty International...": the unnamed group is the named bodies apposed
        found = [p for p in found if not (p.start <= token.idx < p.end and p.actor.id is None)]
    own = [p for p in found if p.start <= token.idx < p.end and p.actor.id is not None]
    if own and len(found) > 1:
        # "Hitler's Germany": a head linked to the registry stands for itself, not for its modifiers (an apposed
        # name still counts: "the Home Secretary, Sajid Javid")
        named = [p for c in token.children if c.dep_ in {"appos", "flat:name"} and not (
                     token.pos_ == "PROPN" and c.pos_ == "NOUN")  # "la France (les trois pays européens...)":
                 for p in found if c.idx <= p.start < _phrase_span(c)[1]]  # a description, not another party
        found = own + named
    body = next((p for p in found if p.start <= token.idx < p.end and p.actor.kind == "group" and p.actor.country),
                None)
    if body is not None:
        # "Hong Kong police", "la police de Hong Kong": the unnamed body of the place named, not also the place
        found = [p for p in found if p.actor.kind != "country" or p.actor.country != body.actor.country]
    # a name the parser split in two ("président russe Vladimir | Poutine"): the mention around the token
    found = found or [Participant(e.actor, e.text, e.start, e.end) for e in index.actors
                      if e.start <= token.idx < e.end and e.actor]
    if index.article.lang == "en" and len(found) > 1:
        found = _without_descriptions(found, token.doc)
    if found:
        return _dedupe(resolve.refine(token, found, index))
    nationality = _demonym(token, index) or registry().demonyms.get(index.article.lang or "", {}).get(
        fold(token.text)) if token.pos_ in {"NOUN", "PROPN"} else None
    if nationality is not None and token.pos_ in {"NOUN", "PROPN"}:
        # "des hélicoptères israéliens", "la délégation turque": an unnamed body of the country the adjective names
        group = registry().group_nouns.get(index.article.lang or "", {}).get(token.lemma_.lower())
        ref = registry().country_ref(nationality, group[0] if group else None, "demonym")
        return [Participant(ref, token.text, token.idx, token.idx + len(token))]
    group = registry().group_nouns.get(index.article.lang or "", {}).get(token.lemma_.lower()) \
        or registry().group_nouns.get(index.article.lang or "", {}).get(token.lower_)
    if group and token.pos_ == "NOUN":
        sector, attribution = group
        # An unnamed institution or crowd ("la police", "les manifestants") belongs to the country the story
        # is set in: the article's most mentioned country.
        ref = ActorRef(None, token.text, "group", index.focus_country, sector,
                       anonymous=attribution == "anonymous_officials", how="group (country from the article)")
        return [Participant(ref, token.text, token.idx, token.idx + len(token))]
    return resolve.linked(token, index)


# kinds of named actors whose premodifiers and appositions only describe them
DESCRIBED_KINDS = {"person", "organization", "media", "party", "igo", "armed_group"}


def _without_descriptions(found: list[Participant], doc: Doc) -> list[Participant]:
    """English: an actor named in the description of a person or a company is not another party: "WikiLeaks
    co-founder Julian Assange", "Japanese technology company SoftBank Group", "Philip Luther, Research Director at
    Amnesty International" stand for the person or the company alone."""
    names = [q for q in found if q.actor.kind in DESCRIBED_KINDS and _proper_span(q, doc)]
    described = [p for p in found if any(q is not p and _key(q.actor) != _key(p.actor) and (
        _premodifies(p, q, doc) or _in_apposition(p, q, doc)) for q in names)]
    return [p for p in found if p not in described] or found


def _proper_span(p: Participant, doc: Doc) -> list[Token]:
    """The tokens of a mention, when it is a proper name (its last token a PROPN)."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return list(span) if span is not None and len(span) and span[-1].pos_ == "PROPN" else []


def _premodifies(p: Participant, q: Participant, doc: Doc) -> bool:
    """p stands in a title or description right before the name q ("WikiLeaks co-founder", "Japanese technology
    company"): only nouns, adjectives and hyphens between them, at least one common noun (a role) among them or p."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or p.end > q.start:
        return False
    between = [t for t in doc[span.end:] if t.idx < q.start]
    if any(t.pos_ not in {"NOUN", "PROPN", "ADJ"} and t.tag_ != "HYPH" for t in between):
        return False
    return any(t.pos_ == "NOUN" for t in [*between, *([] if span[-1].pos_ == "PROPN" else span)])


def _in_apposition(p: Participant, q: Participant, doc: Doc) -> bool:
    """p is inside an apposition describing the name q ("Philip Luther, Director at Amnesty International")."""
    heads = [t for t in _proper_span(q, doc) if not q.start <= t.head.idx < q.end]
    return any(a.dep_ == "appos" and a.idx > q.start and q.end <= p.start and (
        _phrase_span(a)[0] <= p.start < _phrase_span(a)[1]) for h in heads for a in h.children)


@cache
def _role_heads(lang: str) -> frozenset[str]:
    """First words of the registry's role phrases ("ministre", "chef", "président"), folded."""
    return frozenset(phrase.split()[0] for phrase in registry().role_words.get(lang, {}) if phrase)


def _pronoun(token: Token) -> str:
    """A subject clitic without its hyphens ("a-t-il" is split "-t" "-il")."""
    return token.lower_.lstrip("-\"«“")  # a quote the tokenizer glued on: '"Nous avertissons'


def _demonym(token: Token, index: ArticleIndex) -> str | None:
    """The country a nationality adjective on a nominal names ("frappes américaines", "responsables turcs")."""
    demonyms = registry().demonyms.get(index.article.lang or "", {})
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod"} and not any(c.dep_ in {"case", "prep"} for c in child.children):
            # "une frappe aérienne américaine": the model hangs the second adjective on the first
            for word in [child, *[c for c in child.children if c.dep_ == "amod" and c.pos_ == "ADJ"]]:
                country = demonyms.get(fold(word.text))
                if country:
                    return country
    return None


def _unlinked(token: Token, index: ArticleIndex, oblique: bool = False) -> list[Participant]:
    """A nominal no registry knows ("l'ambassade", "the union", "des manifestantes"): kept as an unlinked actor
    with its words, placed in the country the story is set in (the article's most mentioned country)."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ in STOP_NOUNS:
        return []
    start, end = _phrase_span(token)
    # "à l'Ukraine" as a subject is a misparse (UD `case`; ClearNLP `prep` is a postmodifier: "a group of
    # physicians"), though not as an `oblique` one acted upon ("contre des manifestants"); a named place is not
    # an unnamed actor, though it may qualify one ("a New York man")
    if not oblique and any(c.dep_ == "case" and c.tag_ != "POS" for c in token.children) or any(
            e.start <= token.idx < e.end for e in index.places):
        return []
    # a subordinator the model hung on a clause's subject ("que 11 suspects") is no part of the nominal
    cases = [c for c in token.children
             if (c.dep_ in {"case", "fixed"} and oblique or c.dep_ == "mark") and c.i < token.i]
    if cases:  # "contre une quarantaine de personnes": the people, without the preposition
        start = max(start, max(c.idx + len(c) for c in cases))
        start += len(index.article.text[start:end]) - len(index.article.text[start:end].lstrip())
    if (resolved := resolve.unlinked(token, index)) is not None:
        return resolved
    text = index.article.text[start:end]  # the Doc's text, without rebuilding it from the tokens
    if len(text) > 80:
        start, end, text = token.idx, token.idx + len(token), token.text
    members = [r for c in token.children if c.dep_ == "amod" and c.i > token.i
               for r in [resolve.registry_name(c)] if r is not None and r.country]
    if members:  # "des prisonniers talibans", "des combattants houthis": the group's people, in the group's country
        ref = ActorRef(None, text, "group", members[0].country, members[0].sector, how="members of a named group")
        return [Participant(ref, text, start, end)]
    if (said := _quoted_speaker_country(token, index)) is not None:
        # '"Les avions de combat ont frappé des cibles du Hamas", a indiqué l'armée israélienne': unnamed doers in
        # a quote are the speaker's side
        ref = ActorRef(None, text, "unknown", said, None, how="unlinked (country of the quoted speaker)")
        return [Participant(ref, text, start, end)]
    if (stated := resolve.stated_country(token, index)) is not None:
        ref = ActorRef(None, text, "unknown", stated, None, how="unlinked (country stated)")
        return [Participant(ref, text, start, end)]
    ref = ActorRef(None, text, "unknown", index.focus_country, None, how="unlinked (country from the article)")
    return [Participant(ref, text, start, end)]


OPENING_QUOTES = {'"', "«", "“"}


def _quoted_speaker_country(token: Token, index: ArticleIndex) -> str | None:
    """The country of whoever a quote is attributed to, for a subject inside that quote (quote marks before it
    in its sentence are left open)."""
    if token.dep_ not in SUBJECT:
        return None
    sent = token.sent
    marks = sum(t.text in OPENING_QUOTES | resolve.CLOSING_QUOTES for t in sent if t.i < token.i)
    marks += sum(t.text[:1] in OPENING_QUOTES for t in token.subtree if t.i <= token.i and len(t.text) > 1)
    if marks % 2 == 0 or index.finding_speaker:
        return None
    index.finding_speaker = True  # the speaker's own phrase is not read as a quoted subject again
    try:
        speaker = index.speaker_of(token)
    finally:
        index.finding_speaker = False
    return speaker.country if speaker is not None else None


def _unlinked_agent(token: Token, index: ArticleIndex) -> list[Participant]:
    """An unlinked "par" agent, when it names people or an institution: a person noun ("par des policiers") or a
    capitalised common noun ("par la Cour suprême"), not "par le passé" or "frappée par une crise"."""
    lex = lexicon(index.article.lang or "")
    counted = resolve.partitive_head(token, index.article.lang or "")  # "par des groupes d'étudiants"
    people = lex is not None and lex.cues is not None and (
        token.lemma_.lower() in lex.cues.person_nouns or counted.lemma_.lower() in lex.cues.person_nouns)
    return _unlinked(token, index, oblique=True) if people or token.text[:1].isupper() else []


def _own_thing(token: Token) -> bool:
    """A phrase its subject owns, by a possessive determiner or pronoun: "ses troupes", "its forces"."""
    owner = resolve.possessor(token)
    return owner is not None and owner.pos_ in {"DET", "PRON"}


def _acted_upon(token: Token, index: ArticleIndex, direct: bool = False, host: bool = False) -> list[Participant]:
    """The one acted upon: a linked actor, or else, unlinked, a common noun for people ("vilified educators")
    or a name the linker missed ("arrested Webb": any proper noun as a direct object, a person or organisation
    mention after a preposition, not "on Monday")."""
    found = _participants(token, index)
    token = resolve.partitive_head(token, index.article.lang or "")
    if found or token.pos_ not in {"NOUN", "PROPN"}:
        return found
    lex = lexicon(index.article.lang or "")
    if token.pos_ == "NOUN" and lex is not None and lex.cues is not None and token.lemma_.lower() in (
            lex.cues.crowd_nouns):
        return _unlinked(token, index, oblique=True)  # "crushed the protests": the protesters
    if token.pos_ == "PROPN" and (direct or any(e.start <= token.idx < e.end and e.label in {"PER", "ORG"}
                                                for e in index.article.entities)) or (
            lex is not None and lex.cues is not None and token.lemma_.lower() in lex.cues.person_nouns):
        return _unlinked(token, index, oblique=True)
    # "extradition from the UK", "a visit to France"; a visit to a city is to that country's government
    return [] if direct else _country_place(token, index, host)


def _asked_from(token: Token, index: ArticleIndex) -> list[Participant]:
    """English: who a demand for a thing is made of, the "from" phrase on it ("seeking Assange's extradition from
    the UK", "demanded an apology from Japan"): the one asked, not the one the thing is about."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.children
            if t.dep_ == "pobj" for x in _with_conjuncts(t)
            for p in _participants(x, index) or _country_place(x, index)]


def _accused_in(token: Token, index: ArticleIndex) -> list[Participant]:
    """Who an accusation noun reached through a preposition is against, when its participle says so ("dropped
    an investigation into an allegation made against Assange")."""
    return [p for m in token.children if m.dep_ == "acl" for c in m.children if c.dep_ == "prep" and (
        c.lower_ == "against") for t in c.children for x in _with_conjuncts(t) for p in _acted_upon(x, index)]


def _object_owner(token: Token, index: ArticleIndex) -> list[Participant]:
    """Whose thing an object is, when the object is no actor: "examined the conduct of the staffers",
    "condemned the move announced by Pompeo", "rejected a plea agreement offered by prosecutors"."""
    out: list[Participant] = []
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:  # "defended the party's actions"
            out.extend(p for t in _with_conjuncts(child) for p in _acted_upon(t, index))
        if child.dep_ == "prep" and child.lower_ == "of" or child.dep_ == "acl":
            for target in child.children:
                if child.dep_ == "acl" and target.dep_ == "agent":
                    out.extend(p for t in target.children for c in _with_conjuncts(t) for p in _acted_upon(c, index))
                elif child.dep_ == "prep" and target.dep_ == "pobj":
                    out.extend(p for t in _with_conjuncts(target) for p in _acted_upon(t, index))
                elif child.dep_ == "acl" and target.dep_ == "obl:agent":
                    # French (UD): "le texte proposé par la France", the participle's `obl:agent`
                    out.extend(p for t in _with_conjuncts(target) for p in _acted_upon(t, index))
        elif child.dep_ == "nmod" and _case_of(child) in {"de", "d'", "d’", "du", "des"}:
            # French "la démission du président", "les propos de responsables américains"
            out.extend(p for t in _with_conjuncts(child) for p in _acted_upon(t, index))
    return out


def _own_act_asked(token: Token, index: ArticleIndex) -> bool:
    """A demanded act its possessor would do ("réclament sa démission", "exigent son retrait"): the possessor is
    the one asked. Not an act done to the possessor ("demandent sa libération": cues' patient_nouns)."""
    lex = lexicon(index.article.lang or "")
    return lex is not None and lex.cues is not None and (token.lemma_.lower(), "NOUN") in lex.senses and (
        token.lemma_.lower() not in lex.cues.patient_nouns)


def _possessor_of_object(token: Token, index: ArticleIndex) -> list[Participant]:
    """Whose thing a supported object is, by a possessive determiner: "voté pour soutenir son texte", "a salué sa
    décision". One's own things are not supported (the actor drops out of its own recipients)."""
    owner = resolve.possessor(token)
    if owner is None or owner.pos_ != "DET":
        return []
    antecedent = resolve.antecedent(owner, index, person=False)
    return [Participant(antecedent.actor, owner.text, owner.idx, owner.idx + len(owner))] \
        if antecedent and antecedent.actor else []


def _content_recipients(verb: Token, sense: Sense, index: ArticleIndex) -> list[Participant]:
    """Who a verbal act is about when it has no object: the subject of its clause for an accusation or a
    demand ("alleged that Epstein abused...", "demanding the FBI summon him"), the object of its infinitive for
    a threat, a refusal or an offer ("threatened to kill her parents", "refused to negotiate with Kabul",
    "offered to talk with Armenia")."""
    out: list[Participant] = []
    # '"La Chine menace et expulse des journalistes", a fustigé X': the quote an incise follows is what it says
    quote = resolve.quoted_clause(verb) if sense.type in {"ACCUSE", "THREATEN"} else None
    for child in [*verb.children, *([quote] if quote is not None else [])]:
        if (child.dep_ == "ccomp" or child == quote) and sense.type in {"ACCUSE", "REQUEST", "THREATEN"} or (
                sense.type == "REQUEST" and _for_to_clause(child)):
            for subject in child.children:
                if subject.dep_ in SUBJECT | PASSIVE_SUBJECT:
                    # "Trump's call with his counterpart was irregular": whose call it is, not who was called
                    owner = [c for c in subject.children if c.dep_ in {"poss", "nmod:poss"}]
                    out.extend(p for t in _with_conjuncts(owner[0] if owner else subject)
                               for p in _acted_upon(t, index))
        elif child.dep_ == "prep" and child.lower_ == "for" and sense.type == "REQUEST":
            # English "called for a UN Security Council meeting", "for an explanation from the warden": who is
            # named on what is asked for is the one asked
            for asked in (t for t in child.children if t.dep_ == "pobj" and t.pos_ == "NOUN"):
                for mod in asked.children:
                    if mod.dep_ in {"compound", "poss", "nmod"}:
                        out.extend(p for t in _with_conjuncts(mod) for p in _participants(t, index))
                    elif mod.dep_ == "prep" and mod.lower_ in {"of", "by", "from"}:
                        out.extend(p for t in mod.children for c in _with_conjuncts(t) for p in _acted_upon(c, index))
        elif child.dep_ == "xcomp" and sense.type in {"THREATEN", "REJECT", "AGREE"}:
            out.extend(_infinitive_recipients(child, index))
    return out


def _infinitive_recipients(clause: Token, index: ArticleIndex) -> list[Participant]:
    """Who an offered, threatened or refused act goes to: its object, or its "to" phrase when it has one, the
    object being then what is given ("offered to hand over two of its nationals to Britain", "ready to contribute
    troops to a force in Liberia")."""
    given: list[Participant] = []
    reached: list[Participant] = []
    for target in clause.children:
        if target.dep_ in OBJECT:
            given.extend(p for t in _with_conjuncts(target) for p in _acted_upon(t, index))
        elif target.dep_ in OBLIQUE:
            # ClearNLP's "dative" ("send money to Ukraine") is a preposition too
            prep = target.dep_ in {"prep", "dative"} and target.pos_ == "ADP"
            for pobj in (list(target.children) if prep else [target]):
                case = target.lower_ if prep else _case_of(pobj)
                if case in AGAINST_CASES | CO_ACTOR_CASES | CONTENT_TO_CASES:
                    people = [p for t in _with_conjuncts(pobj) for p in _acted_upon(t, index)]
                    (reached if case in CONTENT_TO_CASES else given).extend(people)
    return reached if reached and index.article.lang == "en" else given + reached


# English "called for Israel to withdraw", "pleaded with the administration to reconsider": ClearNLP parses the
# one asked as the subject of an infinitival clause introduced by the mark "for"/"with".
FOR_TO_MARKS = {"for", "with"}


def _for_to_clause(clause: Token) -> bool:
    """An infinitive with its own subject after "for"/"with" (en_core_web labels: advcl/ccomp, mark, aux "to")."""
    return clause.dep_ in {"advcl", "ccomp"} and clause.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "mark" and c.lower_ in FOR_TO_MARKS for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


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
    if (doer := _gerund_doer(verb)) is not None:
        return doer, False
    current: Token | None = verb
    # "risquent d'être sanctionnés", "ont défilé puis ont été dispersés": a passive takes the subject of the verb
    # it depends on as its own passive subject
    own_passive = verb.pos_ != "AUX" and any(c.dep_ in {"aux:pass", "auxpass"} for c in verb.children) and (
        not _pronominal(verb))
    for _ in range(4):
        if current is None:
            break
        current = _incise_auxiliary(current) or current
        subjects = [c for c in current.children if c.dep_ in SUBJECT]
        passive = [c for c in current.children if c.dep_ in PASSIVE_SUBJECT]
        # "a-t-il fustigé": the model labels the inverted clitic a passive subject
        inverted = [c for c in passive if c.lower_.startswith("-")]
        if inverted and not any(c.dep_ in {"aux:pass", "auxpass"} for c in current.children):
            subjects, passive = subjects + inverted, [c for c in passive if c not in inverted]
        if passive and (_pronominal(current) or current.pos_ == "VERB" and "Pass" not in current.morph.get(
                "Voice") and not any(c.dep_ in {"aux:pass", "auxpass"} for c in current.children)):
            # a pronominal verb's "être" is no passive: "ils se sont rassemblés" (the model: nsubj:pass + aux:pass);
            # nor is a clause with no passive auxiliary ("ont menacé par le passé": "par" read as an agent)
            subjects, passive = subjects + passive, []
        if len(subjects) > 1 and any(c.lower_.startswith("-") for c in subjects):
            # '"... l'avenir du Liban ...", a-t-il estimé': an inverted clitic is the subject, not the quote's noun
            subjects = [c for c in subjects if c.lower_.startswith("-")]
        if len(subjects) > 1 and any(c.i < current.i for c in subjects):
            subjects = [c for c in subjects if c.i < current.i]  # a second, post-verbal "subject" is a misparse
        # "la Turquie, qui prétend...": a relative pronoun stands for the noun the clause hangs on
        if current.dep_ in {"acl:relcl", "relcl"} and any(c.lower_ in RELATIVE_PRONOUNS for c in subjects + passive):
            return [current.head], not subjects
        if not subjects and passive and all(c.dep_ == "nsubjpass" for c in passive) and not any(
                c.dep_ in {"auxpass", "agent"} for c in current.children):
            # ClearNLP misparse: a "passive" subject with no passive auxiliary ("The Authority - which ... -
            # called for a meeting"): English has no passive without "be"/"get", so it is the active subject
            return passive, False
        if not subjects and passive and current != verb and verb.tag_ in FINITE_ACTIVE_TAGS and not any(
                c.dep_ in {"auxpass", "aux:pass"} for c in verb.children):
            # English "they were being treated well and asked their governments to help": a simple past
            # coordinated with a passive has the same subject, active
            return passive, False
        if subjects or passive:
            return (subjects or passive), not subjects or own_passive and current is not verb
        if current.dep_ == "amod" and current.pos_ == "VERB" and "Fin" in current.morph.get("VerbForm") and (
                current.head.i < current.i and current.head.pos_ in {"NOUN", "PROPN"}):
            return [current.head], False  # "Mike Pence rencontrera M. Erdogan": a finite verb misread as an adjective
        if current is verb and (stranded := _stranded_passive_subject(verb)) is not None:
            return [stranded], True
        if current.dep_ == "acl" and current.head.dep_ == "ROOT" and current.head.pos_ in {"NOUN", "PROPN"} and (
                current.tag_ in {"VBD", "VBN"}) and not any(c.dep_ in AGENT for c in current.children) and any(
                c.dep_ in OBJECT or c.dep_ == "prep" and c.lower_ == "for" or _for_to_clause(c)
                for c in current.children):
            # English misparse: "The Palestinian Authority - which ... - called for a meeting": the main verb hung
            # on its subject as a participle; with an object or a "for" it is active, the noun its subject
            return [current.head], False
        if current.dep_ == "acl" and "Inf" in current.morph.get("VerbForm") and current.head.dep_ in OBJECT \
                and current.head.head.pos_ == "VERB":
            current = current.head.head  # "made an attempt to assassinate", "a pris la décision de retirer": its doer
            continue
        if current.dep_ == "acl" and "Pres" in current.morph.get("Tense") and "Part" in current.morph.get(
                "VerbForm") and current.i > 0 and current.doc[current.i - 1].text == "," and (
                current.head.dep_ in OBJECT) and current.head.head.pos_ == "VERB":
            # "ont rejeté ces demandes, décrivant...": a participle set off by a comma after the object adjoins the
            # clause; its subject is the verb's, not the object's
            current = current.head.head
            continue
        if current.dep_ == "acl" and "Inf" in current.morph.get("VerbForm") and (
                current.head.lemma_.lower() in INTENTION_NOUNS):
            # "la décision de Pékin de geler les accréditations": the intention's holder does it, not the noun
            return [c for c in current.head.children if c.dep_ == "nmod" and c.i < current.i and c.pos_ in {
                "NOUN", "PROPN"} and _case_of(c) in {"de", "d'", "d’", "du", "des"}][:1], False
        if current.dep_ in {"acl", "acl:relcl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # a participle on a noun: "des manifestants réclamant...", "l'offensive lancée par Haftar"
            done = ("Past" in current.morph.get("Tense") or current.tag_ == "VBN") and not _pronominal(current) and (
                not _compound_tense(current))
            return [current.head], done
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in {"VERB", "AUX"}:
            # a gerund after a preposition is done by the verb's subject ("pleaded guilty to threatening..."),
            # unless the verb has an object: "accused the US of restoring..." is the accusation's content
            if current.head.lower_ in {"of", "with", "for", "from"} and any(
                    c.dep_ in OBJECT for c in current.head.head.children):
                break
            current = current.head.head
            continue
        if current.dep_ == "xcomp" and current.head.dep_ == "acomp" and current.head.pos_ == "ADJ":
            current = current.head.head  # "is likely to deploy", "stands ready to support": the copula's subject
            continue
        if (current.dep_ in {"conj", "xcomp", "advcl"} or _infinitive_argument(current)) and current.head != current:
            # advcl only for subjectless participles and infinitives ("Dénonçant..., l'UGTT a appelé")
            if current.dep_ == "advcl" and ("Fin" in current.morph.get("VerbForm") or any(
                    c.dep_ in {"aux", "aux:tense"} and "Fin" in c.morph.get("VerbForm") for c in current.children)):
                break  # a finite clause ("qui avait tué", a relative the model took for an adverbial) has its own
            if (current.dep_ == "xcomp" or _infinitive_argument(current)) and "Inf" in current.morph.get(
                    "VerbForm") and any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’", "à"}
                                        for c in current.children) and (controller := [
                    c for c in current.head.children if c.dep_ in {"obj", "dobj"} and c.i < current.i
                    and c.pos_ in {"NOUN", "PROPN", "PRON"}]):
                # French object control: "a convaincu la Turquie de renoncer": the object does the infinitive
                return controller, False
            if current.dep_ == "advcl" and _bare_past_participle(current):
                # "Accusé par l'opposition de..., Trump a déclaré": the main clause's subject undergoes it
                subjects, _ = _subjects(current.head)
                return subjects, bool(subjects)
            current = current.head
        else:
            break
    return [], False


def _relative_que(token: Token) -> bool:
    """French object relative "que" the model labels a subordinator (`mark`, PronType=Rel): the verb's object."""
    return token.dep_ == "mark" and token.lower_ in {"que", "qu'", "qu’"} and "Rel" in token.morph.get("PronType")


def _relative_antecedent(token: Token, verb: Token) -> Token:
    """An object relative pronoun stands for the noun its clause hangs on ("la Grèce, que la Turquie accuse de
    provocations"), or, when the model hung the clause elsewhere, for the noun right before it: a French relative
    follows its antecedent. Any other token stands for itself."""
    if token.lower_ not in OBJECT_RELATIVES - {"dont"} or token.pos_ != "PRON" or "Rel" not in token.morph.get(
            "PronType") and token.dep_ not in OBJECT:
        return token
    if verb.dep_ in {"acl:relcl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    before = token.doc[token.i - 2] if token.i > 1 and token.doc[token.i - 1].text == "," else (
        token.doc[token.i - 1] if token.i else token)
    return before if before.pos_ in {"NOUN", "PROPN"} and before.i < token.i else token
def _gerund_governor(verb: Token) -> Token | None:
    """The verb a French gerund ("en tendant la main", "en refusant de répondre") adjoins: "en" + present participle
    as its mark, or as an adverb the model gave the participle to as a `fixed` word ("en" advmod, "tendant" fixed)."""
    if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense"):
        return None
    if verb.dep_ == "fixed" and verb.head.lower_ == "en" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return verb.head.head
    if any(c.lower_ == "en" and c.dep_ in {"mark", "advmod", "case"} and c.i == verb.i - 1 for c in verb.children) \
            and verb.head != verb and verb.head.pos_ in {"VERB", "AUX"} and verb.dep_ in {"advcl", "xcomp", "obl"}:
        return verb.head
    return None


def _gerund_complements(verb: Token) -> list[Token]:
    """Obliques after a gerund the model took for a `fixed` word of "en": it hangs them on the governor ("a tenté
    de relancer le dialogue en tendant la main à Poutine": "à Poutine" on "relancer")."""
    if verb.dep_ != "fixed" or (governor := _gerund_governor(verb)) is None:
        return []
    return [c for c in governor.children if c.dep_ in OBLIQUE and c.i > verb.i and _case_of(c)]


def _gerund_doer(verb: Token) -> list[Token] | None:
    """A gerund is done by its clause's subject, even of a passive clause: "il a été arrêté en manifestant" -- he
    was arrested, he demonstrated. None when the verb is no gerund or its governor has no subject."""
    governor = _gerund_governor(verb)
    if governor is None or any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in verb.children):
        return None
    subjects, _ = _subjects(governor)
    return subjects or None


# subject pronouns that may stand for the subject of the clause theirs depends on
CLAUSE_PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they"}


def _clause_antecedent(pronoun: Token, index: ArticleIndex) -> list[Participant]:
    """A subject pronoun of a subordinate clause stands for the subject noun of the clause it depends on, when that
    noun comes first and agrees in number and gender ("Des cheminots ont pénétré dans les locaux, alors qu'ils
    protestaient", "la police a affirmé qu'elle tentait d'arrêter un homme", "a man pleaded guilty to charges he
    threatened..."); with a linked actor or not."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT or _pronoun(pronoun) not in CLAUSE_PRONOUNS or clause.dep_ not in {
            "advcl", "ccomp", "relcl", "acl:relcl"} or clause.dep_ == "advcl" and not any(
            c.dep_ == "mark" for c in clause.children):
        return []
    # a relative clause on a noun ("pleaded guilty to charges he threatened to..."): the verb above the noun
    governor = next((a for a in _ancestors(clause, 4) if a.pos_ in {"VERB", "AUX"}), None)
    if governor is None:
        return []
    nouns = [s for s in _subjects(governor)[0] if s.i < pronoun.i]
    if len(nouns) != 1 or nouns[0].pos_ != "NOUN" or nouns[0].conjuncts or not all(
            nouns[0].morph.get(f) == pronoun.morph.get(f) for f in ("Number", "Gender")
            if nouns[0].morph.get(f) and pronoun.morph.get(f)):
        return []
    lex = lexicon(index.article.lang or "")
    if _pronoun(pronoun) in {"he", "she"} and not (lex is not None and lex.cues is not None and (
            nouns[0].lemma_.lower() in lex.cues.person_nouns)):
        return []  # English nouns have no gender: "he" only for a person noun
    return _participants(nouns[0], index) or _unlinked(nouns[0], index)


def _compound_tense(participle: Token) -> bool:
    """A participle with a finite tense auxiliary of its own and no passive one ("20.000 personnes ... ont
    participé", which the model hangs on its subject as a relative clause): an active clause in a compound tense."""
    aux = [c for c in participle.children if c.dep_.startswith("aux")]
    return any(c.dep_ in {"aux:tense", "aux"} and "Fin" in c.morph.get("VerbForm") for c in aux) and not any(
        c.dep_ in {"aux:pass", "auxpass"} for c in aux)


def _quote_incise_subject(verb: Token) -> Token | None:
    """The inverted subject of a speech verb right after a closing quote and a comma ('"...", a dénoncé M. Ri',
    '"...", avertit l'Amuf'): the model reads it as an object or an agent, and a noun of the quote as subject."""
    first, doc = _incise_start(verb), verb.doc
    if first.i < 2 or doc[first.i - 1].text != "," or doc[first.i - 2].text not in {'"', "»", "”"}:
        return None
    return _inverted_subject(verb, OBJECT | SUBJECT | AGENT | {"obl:agent"})


def _reporting_authority(verb: Token, index: ArticleIndex) -> list[Participant]:
    """Who made the arrests announced with no agent "selon la police" ("... ont été interpellées, selon la
    police"): that source, when it is an authority (a reporting verb's subject is found by `_reporters`)."""
    sources = [c for c in verb.children if c.dep_ in OBLIQUE and _case_of(c) == "selon"]
    speakers = [p for s in sources for t in _with_conjuncts(s) for p in _participants(t, index)]
    return speakers if speakers and all(p.actor.sector in AUTHORITY_SECTORS for p in speakers) else []


def _stranded_passive_subject(verb: Token) -> Token | None:
    """The subject of a passive complement clause that the French model hung on the reporting verb: in "a indiqué
    que 11 suspects, dont ..., avaient été arrêtés" it makes "suspects" (with the "que") the complement and the
    participle a second one. The noun is the passive's subject when it comes before the participle."""
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"} or not any(
            c.dep_ in {"aux:pass", "auxpass"} for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}
                 and any(m.dep_ == "mark" and m.lower_ in {"que", "qu'", "qu’"} for m in c.children)), None)


# English finite active forms: a simple past or present has no passive without an auxiliary of its own
FINITE_ACTIVE_TAGS = {"VBD", "VBZ", "VBP"}


def _speaker_subjects(verb: Token) -> list[Token]:
    """Subjects of a reporting verb, with the inverted subject of a French incise ('"...", a déclaré X'): the
    model reads that post-verbal subject as an object. An incise follows what is said, so the verb (or its first
    auxiliary) comes right after a comma or a quote and has no subject of its own."""
    subjects, passive = _subjects(verb)
    if subjects or passive:
        return subjects
    first = _incise_start(verb)
    if first.i == 0 or first.doc[first.i - 1].text not in {",", '"', "»", "”"}:
        return []
    inverted = _inverted_subject(verb, OBJECT | SUBJECT)
    return [inverted] if inverted is not None else []


def _incise_start(verb: Token) -> Token:
    """Where an incise begins: the verb or its first auxiliary just before it ("a déclaré"). Its own auxiliaries
    only: the model sometimes hangs the quote's verb on it as one ("sommes ... a déclaré")."""
    return min([verb, *[c for c in verb.children if c.dep_.startswith("aux") and verb.i - 3 <= c.i < verb.i]],
               key=lambda t: t.i)


def _inverted_subject(verb: Token, deps: set[str]) -> Token | None:
    """The noun after an incise verb that is its inverted subject, whatever label the model gave it, or hung on
    the verb's oblique as an apposition without a comma ("a déclaré à l'AFP un responsable de la police")."""
    return next((c for c in verb.children if c.dep_ in deps and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None) \
        or next((a for c in verb.children if c.dep_ in OBLIQUE and c.i > verb.i and _case_of(c) in {"à", "au"}
                 for a in c.children if a.dep_ == "appos" and a.pos_ in {"NOUN", "PROPN"} and a.i > c.i
                 and a.doc[a.i - 1].text != "," and any(d.dep_ == "det" for d in a.children)), None)


def _reporting_verbs(head: Token, reporting: frozenset[str]) -> Iterator[Token]:
    """Reporting verbs that govern a word, nearest first: its ancestors, or an incise hung on one of them as
    parataxis ('"C'est criminel", a ajouté le président': the model makes the quote the root)."""
    below = head
    for node in [head, *_ancestors(head, 5)]:
        if node != head and node.pos_ == "VERB" and node.lemma_.lower() in reporting and not _beside_report(below):
            yield node
        below = node
        for child in node.children:
            if child.dep_ == "parataxis" and child.i > head.i and child.pos_ == "VERB" and (
                    child.lemma_.lower() in reporting):
                yield child


def _beside_report(clause: Token) -> bool:
    """A clause after a reporting verb that is no content of it: a second act of the speaker ("claimed they were
    well treated and asked their governments to help") or an adverbial clause of its own ("stressed ..., while
    the Arab League condemned the move")."""
    if clause.i < clause.head.i:
        return False
    if clause.dep_ == "conj":
        return True
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lemma_.lower() not in COMPLEMENTIZERS
                                          for c in clause.children)


# subordinators of adverbial infinitives ("pour avoir tué", "après avoir fui", "avant de partir", "sans attendre")
ADJUNCT_MARKS = {"pour", "après", "avant", "sans", "afin"}


def _active_infinitive(verb: Token) -> bool:
    """An active adjunct infinitive with no subject of its own ("pour avoir tué", "après avoir fui"): its doer is
    the subject it inherits, even from a passive governor ("un soldat, détenu pour avoir tué..."). Not a passive
    infinitive ("avant d'être évacués"), nor a "de"/"à" complement ("contraints de plier", "accusée d'avoir
    scandé": what one is made to do or said to have done)."""
    infinitive = "Inf" in verb.morph.get("VerbForm") or any(  # "pour avoir tué": a past infinitive
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children)
    if verb.pos_ != "VERB" or not infinitive or verb.head == verb or any(
            c.dep_ in SUBJECT | PASSIVE_SUBJECT or c.dep_ in {"aux:pass", "auxpass"} and not _pronominal(verb)
            for c in verb.children):
        return False
    if verb.dep_ == "conj":  # "pour s'être retourné contre eux et avoir tué trois soldats"
        return _active_infinitive(verb.head)
    return any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in verb.children)


def _agentive_participle(verb: Token) -> bool:
    """A past participle with a "par"/"by" agent of its own ("un Américain asphyxié par un policier"): passive
    whatever it hangs on, so the agent is its doer."""
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and any(
        c.dep_ in AGENT for c in verb.children) and not _pronominal(verb)


def _bare_past_participle(verb: Token) -> bool:
    """A past participle with no auxiliary ("Accusée par Washington, elle..."): passive in French (the active
    needs "ayant"). Only for French-style UD morphology; English VBN clauses are tagged apart."""
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and (
        verb.tag_ != "VBN") and not any(c.dep_.startswith("aux") for c in verb.children)


def arguments(found: Found, index: ArticleIndex,
              reactive: frozenset[str] = frozenset()) -> tuple[list[Participant], list[Participant]]:
    """(actors, recipients) of a predicate, from its parse."""
    sense, head = found.sense, found.head
    if sense.speaker:
        return _evaluation(head, index)
    if found.demand:
        return _demand_arguments(head, index)
    verb = found.support if found.support is not None else (head if found.verbal else None)
    one_sided: list[Participant] = []
    actors: list[Participant] = []
    recipients: list[Participant] = []
    recipient_cases = set(sense.recipient_preps) | AGAINST_CASES
    host = sense.type == "CONSULT" and sense.mode == "visit" and not sense.symmetric  # a visit's host is its recipient
    if found.support is not None:
        recipient_cases |= {"à", "au", "aux", "to"}  # "imposer des sanctions à l'Iran", "issue an ultimatum to"
    if verb is not None and _gives_object(verb, index):
        recipient_cases |= {"to"}  # "halted economic aid to Serbia": the parser hangs the gift's "to" on the verb
    if verb is not None:
        subjects, passive = _subjects(verb)
        passive = passive and not _active_infinitive(verb) or not subjects and _agentive_participle(verb)
        if (inverted := _quote_incise_subject(verb)) is not None:
            subjects, passive = [inverted], False  # '"Nous risquons des démissions", avertit l'Amuf'
        lex = lexicon(index.article.lang or "")
        for subject in subjects:
            for token in _with_conjuncts(subject):
                if passive and lex is not None and (token.lemma_.lower(), "NOUN") in lex.senses and (
                        not _participants(token, index)):
                    continue  # "son arrestation a été dénoncée": an event the lexicon names is not the one acted upon
                people = _clause_antecedent(token, index) or (not passive and _event_doers(token, lex, index)) or (
                    _participants(token, index)) or (
                    _unlinked(token, index))
                (recipients if passive else actors).extend(people)
        for child in [*verb.children, *_gerund_complements(verb)]:
            if passive and child.dep_ in AGENT | {"obl", "obl:mod"} and _case_of(child) in {"par", "by"}:
                actors.extend(p for t in _with_conjuncts(child)
                              for p in _participants(t, index) or _unlinked_agent(t, index))
            elif child.dep_ == "agent":
                for pobj in child.children:
                    actors.extend(_participants(pobj, index) or _unlinked(pobj, index))
            elif inverted is not None and child.i > verb.i and child.dep_ in OBJECT | SUBJECT:
                continue  # the incise's post-verbal nominals are its subject ("a dénoncé le ministre Ri Son Gwon")
            elif (child.dep_ in OBJECT or _relative_que(child) or child.dep_ in SUBJECT and child.i > verb.i and any(
                    c.dep_ in SUBJECT and c.i < verb.i for c in verb.children)) and child != head:
                for token in _with_conjuncts(_relative_antecedent(child, verb)):
                    if sense.symmetric:
                        actors.extend(_participants(token, index))
                    elif sense.type == "RETREAT" and _own_thing(token):
                        # the forces one withdraws are one's own: the recipient is where they leave ("retirer ses
                        # troupes de Syrie", the parser hangs "de Syrie" on the troops)
                        left = [c for c in token.children if c.dep_ == "nmod" and _case_of(c) in {
                            "de", "d'", "du", "des"}] + [t for c in token.children if c.dep_ == "prep" and (
                                c.lower_ == "from") for t in c.children if t.dep_ == "pobj"]
                        recipients.extend(p for c in left for p in _participants(c, index) or _country_place(c, index))
                    elif sense.type != "MOBILIZE":  # the forces one deploys are one's own, not a recipient
                        asked = _asked_from(token, index) if sense.type == "REQUEST" else []
                        recipients.extend(asked or _acted_upon(token, index, direct=True) or _object_owner(token, index)
                                          or (_possessor_of_object(token, index) if sense.type == "SUPPORT" or (
                                              sense.type == "REQUEST" and _own_act_asked(token, index)) else [])
                                          or _ended_event_recipients(token, sense, index))
            elif child.dep_ == "ccomp" and child.pos_ == "ADJ" and not any(c.dep_ in {"aux", "cop"} for c in
                                                                             child.children):
                # English small clause "found him guilty" (ClearNLP: "him" is the subject of a ccomp adjective;
                # a name there is often parsed as a compound of the adjective)
                recipients.extend(p for s in child.children if s.dep_ in SUBJECT or s.dep_ == "compound" and (
                    s.pos_ == "PROPN") for t in _with_conjuncts(s) for p in _acted_upon(t, index, direct=True))
            elif child.dep_ in {"xcomp", "expl:comp"} and (child.pos_ in {"PROPN", "PRON"} or child.text[:1].isupper()
                                                            and any(e.start <= child.idx < e.end for e in index.actors)
                                                            ) and not _case_of(child):
                # misparsed objects: "appelé Pékin à fournir" (Pékin as xcomp), the clitic "lui a demandé", a
                # linked name tagged as an adjective ("a accusé Ankara de jouer")
                recipients.extend(_participants(child, index))
            elif _partitive_object(child, verb) and not sense.symmetric:
                recipients.extend(p for t in _with_conjuncts(child) for p in _acted_upon(t, index, direct=True))
            elif sense.type != "MOBILIZE" and not sense.symmetric and (
                    misplaced := _caseless_objects(child, verb)):
                recipients.extend(p for m in misplaced for t in _with_conjuncts(m)
                                  for p in _acted_upon(t, index, direct=True))
            elif child.dep_ in OBLIQUE:
                targets = list(child.children) if child.dep_ == "prep" else [child]
                for target in targets:
                    case = _case_of(target) if child.dep_ != "prep" else child.lower_
                    if sense.symmetric and case in CO_ACTOR_CASES:
                        partners = [p for t in _with_conjuncts(target) for p in _participants(t, index)]
                        actors.extend(partners)
                        if not partners and sense.type == "CONSULT" and target.pos_ == "NOUN":
                            lex = lexicon(index.article.lang or "")
                            if lex is not None and lex.cues is not None and target.lemma_.lower() in (
                                    lex.cues.person_nouns - POLITICAL_PERSON_NOUNS):
                                # "en discutant avec des conducteurs": talking with ordinary people is no
                                # consultation between political actors
                                return [], []
                    elif case in recipient_cases or case in CO_ACTOR_CASES and not sense.symmetric:
                        # a one-sided act "with" someone is done to them ("closed its borders with Syria")
                        recipients.extend(p for t in _with_conjuncts(target)
                                          for p in _acted_upon(t, index, host=host) or _accused_in(t, index))
        if sense.type == "ACCUSE" and found.verbal and (complained := _complained_of(verb, index)):
            recipients = complained  # "complained to the UN over Israeli raids": Israel is accused, the UN told
        if not recipients and not sense.symmetric:
            recipients.extend(_content_recipients(verb, sense, index))
        elif one_sided := _one_sided_agreement(verb, sense, actors, index):
            recipients.extend(one_sided)
        if passive and not actors and sense.type in AUTHORITY_TYPES:
            # "Dix personnes ont été interpellées, a ajouté le ministère de l'Intérieur": an agentless arrest,
            # charge or sentence that an authority reports is that authority's own act
            actors = [p for p in _reporters(verb, index) or _incise_speakers(verb, index)
                      if p.actor.sector in AUTHORITY_SECTORS] or _reporting_authority(verb, index)
        if not recipients and sense.type in {"AGREE", "REJECT"} and not any(c.dep_ in OBJECT for c in verb.children) \
                and verb.dep_ in {"acl:relcl", "relcl"} and verb.head.dep_ in OBJECT and verb.head.head.pos_ == "VERB":
            # "X a invité le président, qui a accepté": one accepts or refuses what the main clause's subject offered
            offer = verb.head.head
            recipients.extend(p for s in _subjects(offer)[0] if not _subjects(offer)[1] for t in _with_conjuncts(s)
                              for p in _participants(t, index))
        if passive and not actors and sense.type == "MOBILIZE":
            actors, recipients = recipients, []  # "the army could be deployed": forces mobilised are their own side
    if not found.verbal:  # an event noun: its own modifiers
        # "la rencontre très attendue entre A et B": the parser often hangs "entre" on the participle
        lex = lexicon(index.article.lang or "")
        targeting = lex.cues.target_verbs if lex is not None and lex.cues is not None else frozenset()
        for m in head.children:
            if m.dep_ in {"acl:relcl", "relcl"} and m.lemma_.lower() in targeting and any(
                    c.dep_ in SUBJECT and c.lower_ in RELATIVE_PRONOUNS for c in m.children):
                # "ces frappes, qui ont visé des sites du Hamas", "strikes that killed three civilians"
                recipients.extend(p for c in m.children if c.dep_ in OBJECT for t in _with_conjuncts(c)
                                  for p in _acted_upon(t, index, direct=True))
            elif m.dep_ in {"acl:relcl", "relcl"} and sense.type in {"ACCUSE", "REQUEST"} and any(
                    _case_of(c) == "selon" and c.lemma_.lower() == "lequel" for c in m.children):
                # "les accusations de Pékin selon lesquelles les diplomates australiens ont aidé...": the clause
                # says what is alleged, its subject is the one accused
                recipients.extend(p for c in m.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT
                                  for t in _with_conjuncts(c) for p in _acted_upon(t, index, direct=True))
            elif m.dep_ == "acl":
                for c in m.children:
                    if _case_of(c) in CO_ACTOR_CASES:
                        actors.extend(p for t in _with_conjuncts(c) for p in _participants(t, index))
                    elif c.dep_ in OBLIQUE and _case_of(c) in AGAINST_CASES - {"sur", "on", "at"} and (
                            not sense.symmetric):
                        # "l'offensive lancée contre les Kurdes", "les sanctions imposées contre l'Iran"
                        recipients.extend(p for t in _with_conjuncts(c) for p in _acted_upon(t, index))
                    elif c.dep_ in OBLIQUE and _case_of(c) in {"à", "au", "aux", "to"} and not sense.symmetric:
                        # "le soutien militaire accru au GNA", "l'aide accordée à l'Ukraine": the participle's dative,
                        # when it is an actor (not "signé à Doha")
                        recipients.extend(p for t in _with_conjuncts(c) for p in _participants(t, index))
                    elif c.dep_ in OBJECT and m.lemma_.lower() in targeting and not sense.symmetric:
                        # "des sanctions visant la Turquie", "strikes targeting militia bases": the target
                        recipients.extend(p for t in _with_conjuncts(c) for p in _acted_upon(t, index, direct=True))
        of_phrases: list[Participant] = []
        partners: list[Participant] = []  # "avec X" on a one-sided act: done to X, when someone else does it
        of_people: list[Participant] = []
        # "son soutien à Richard Ferrand", "a visit to Moscow": on an event noun "à"/"to" names who it is for
        noun_recipient_cases = recipient_cases | {"à", "au", "aux", "to"}
        for child in [*head.children, *_counted_targets(head, lex)]:
            if child.dep_ in {"nmod", "prep", "poss", "amod", "nmod:poss", "compound", "appos", "acl"}:
                targets = list(child.children) if child.dep_ in {"prep", "acl"} else [child]
                if child.dep_ == "acl":  # "tariffs imposed by China": ClearNLP's `agent` holds the "by" phrase
                    targets = [t for x in targets for t in (x.children if x.dep_ == "agent" else [x])]
                for target in targets:
                    case = child.lower_ if child.dep_ == "prep" else _case_of(target)
                    if child.dep_ == "acl" and (case not in {"par", "by"} or lex is not None and lex.cues is not None
                                                and child.lemma_.lower() in lex.cues.reporting_verbs
                                                and child.lemma_.lower() not in lex.cues.light_verbs):
                        # "l'offensive lancée par Haftar": only the participle's agent, and not who announced it
                        # ("la normalisation entre Israël et les Emirats, annoncée par Donald Trump")
                        continue
                    if sense.type == "RETREAT" and case in AGENT_CASES and _own_thing(target):
                        continue  # "la démission de son gouvernement", "le retrait de ses troupes": one's own
                    people = [p for t in _with_conjuncts(target) for p in _participants(t, index)]
                    if case in AGENT_CASES and not people:  # "criticism of teachers", "the release of hostages"
                        of_people.extend(p for t in _with_conjuncts(target) for p in _acted_upon(t, index))
                    if case in CO_ACTOR_CASES and case not in sense.recipient_preps and not sense.symmetric:
                        partners.extend(people)
                    elif case in CO_ACTOR_CASES and case not in sense.recipient_preps or case in {"par", "by"} or (
                            not case and target.dep_ in {"amod", "poss", "compound", "nmod:poss"}):
                        actors.extend(people)
                    elif case in AGENT_CASES:
                        of_phrases.extend(people)
                    elif case in noun_recipient_cases:
                        # "son veto au projet présenté par la France": whose thing it is, when it is no actor
                        recipients.extend(p for t in _with_conjuncts(target)
                                          for p in _acted_upon(t, index, host=host) or _accused_in(t, index)
                                          or _object_owner(t, index))
                    elif case == "from" and _undergoer(head, index):
                        # "received an inquiry from the office of...", "scrutiny from the SEC", "from Germany"
                        actors.extend(people or [p for t in _with_conjuncts(target) for p in _country_place(t, index)])
        if not recipients and not sense.symmetric:
            recipients.extend(_hit_by_subject(head, targeting, index))
        if verb is None and not recipients and not sense.symmetric and (
                ontology().types[sense.type].quad_class == "material_conflict"):
            # "Soleimani a été éliminé dans une frappe de drone", "des civils tués lors d'un raid": who undergoes
            # the passive verb the act is told through is what it hit
            recipients.extend(p for t in _hit_by(head) for c in _with_conjuncts(t)
                              for p in _acted_upon(c, index, direct=True))
        if verb is None and not recipients and not sense.symmetric:
            # "a renforcé son appui au GNA", "démontrer notre solidarité avec le Royaume-Uni": the model hangs the
            # noun's complement on the verb
            recipients.extend(p for c in _hung_on_governor(head, noun_recipient_cases | CO_ACTOR_CASES, lex)
                              for t in _with_conjuncts(c) for p in _acted_upon(t, index, host=host))
        if verb is None and (undergoers := _undergoer(head, index)):
            recipients.extend(undergoers)  # "WeWork is facing scrutiny", "Assange faces 18 criminal charges"
            governor = head.head.head if head.dep_ == "pobj" else head.head
            for prep in governor.children:  # "faced criticism from France": the parser hangs "from" on the verb
                if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                    actors.extend(p for t in prep.children for c in _with_conjuncts(t)
                                  for p in _participants(c, index) or _country_place(c, index))
            if not actors and sense.type in {"ACCUSE", "SANCTION"}:
                # "Assange faces 18 criminal charges in the US": where one faces a legal act, that state does it
                actors.extend(p for m in [head, governor] for prep in m.children
                              if prep.dep_ == "prep" and prep.lower_ == "in" for t in prep.children
                              for p in _country_place(t, index))
        elif not actors and verb is None and (governing := _governor_subjects(head, index, reactive)):
            # "une source palestinienne a confirmé ces frappes israéliennes": a nationality adjective on the noun
            # names its doer before whoever governs it (alone, as in "contourner les sanctions américaines", it
            # does not make an event)
            country = _demonym(head, index)
            adjective = next((a for c in head.children if c.dep_ in {"amod", "compound", "nmod"}
                              for a in [c, *[g for g in c.children if g.dep_ == "amod"]]
                              if registry().demonyms.get(index.article.lang or "", {}).get(fold(a.text))), head)
            actors.extend([Participant(registry().country_ref(country, None, "demonym"), adjective.text, adjective.idx,
                                       adjective.idx + len(adjective))] if country else governing)
        elif actors and verb is None and _own_event_ended(head, actors, index, reactive):
            return [], []  # "Sweden dropped its investigation", "lifted its sanctions": the ending is the event
        if verb is None and sense.symmetric and sense.type == "CONSULT" and actors:
            # "a déclaré Vladimir Poutine dans un entretien avec Giuseppe Conte", "lors d'une conférence de presse
            # avec son homologue": whoever acts in the clause a meeting is the setting of takes part in it
            actors.extend(p for s in _setting_subjects(head) for t in _with_conjuncts(s)
                          for p in _participants(t, index))
        if not actors and verb is None:
            actors.extend(p for t in _stray_noun_agents(head)
                          for p in _participants(t, index) or _unlinked_agent(t, index))
        if not actors and host and _case_of(head) == "en" and not any(c.dep_ == "det" for c in head.children):
            # "en visite à Prague, le ministre a affirmé": the visitor is the clause's subject
            governor = head.head
            subjects = [c for c in governor.children if c.dep_ in SUBJECT and c != head] \
                if governor.pos_ in {"VERB", "AUX"} else [governor]
            actors.extend(p for s in subjects for t in _with_conjuncts(s) for p in _participants(t, index))
        # "la libération de 400 prisonniers" vs "la visite du président": "de" names the doer unless one is known,
        # or unless the noun's "de" always names the one acted upon ("l'assassinat de Soleimani": cues'
        # patient_nouns)
        patient = lex is not None and lex.cues is not None and head.lemma_.lower() in lex.cues.patient_nouns
        if not (patient and sense.symmetric):  # "un échange de prisonniers": those exchanged do not exchange
            (recipients if (actors or patient) and not sense.symmetric else actors).extend(of_phrases)
        # "la solidarité de la France avec le Liban": a one-sided act with a partner goes to the partner
        (recipients if actors else actors).extend(partners)
        if actors and not sense.symmetric:
            recipients.extend(of_people)  # unnamed people after "of" are acted upon, never the doers...
        elif not actors and (sense.type == "PROTEST" or sense.symmetric) and not patient:
            actors.extend(of_people)  # ...except in a crowd's own act: "des rassemblements de cheminots"
    if host and not recipients:
        recipients.extend(_visited(found.support or head, index))
    if sense.type == "PROTEST" and not recipients and index.article.lang == "en":
        recipients.extend(_aim_recipients(found.support or head, index))
    actors = _dedupe(actors)
    if index.article.lang == "en":  # a title the parser split off its name ("arrested WikiLeaks co-founder X")
        actors, recipients = _without_descriptions(actors, head.doc), _without_descriptions(recipients, head.doc)
        recipients = _other_referents(recipients, actors, head.doc, index)
    keys = {_key(p.actor) for p in actors}
    # "la démission de son gouvernement": the actor's own country is not the one acted upon
    own = {p.actor.country for p in actors}
    # English: a rebel group, a party or a company is not its country's state ("the Taliban refused to negotiate
    # with Kabul")
    state_side = {p.actor.country for p in actors if p.actor.kind not in NON_STATE_KINDS} \
        if index.article.lang == "en" else own
    if host and index.article.lang == "en":
        # English "Biden's trip to Florida", "visited the border": a visit at home has no foreign host
        recipients = [p for p in recipients if p.actor.country is None or p.actor.country not in own]
    recipients = [] if sense.symmetric and not one_sided else [
        p for p in _dedupe(recipients)
        if _key(p.actor) not in keys and not (p.actor.kind == "country" and p.actor.country in state_side)]
    return actors, recipients


# actors that act for no state: the state of their country can be whom they act upon
NON_STATE_KINDS = {"armed_group", "party", "organization", "media"}


def _other_referents(recipients: list[Participant], actors: list[Participant], doc: Doc,
                     index: ArticleIndex) -> list[Participant]:
    """English: a pronoun acted upon that was resolved to the act's own doer stands for someone else, the next
    salient actor ("The UK demanded that it release the ship": not the UK; one demands of another)."""
    doers = frozenset(resolve.identity(a.actor) for a in actors)
    out = []
    for p in recipients:
        span = doc.char_span(p.start, p.end)
        word = p.text.lower()
        named = p.actor.id is not None or p.actor.kind == "person"  # an unnamed group is no one in particular
        if named and resolve.identity(p.actor) in doers and span is not None and len(span) == 1 and word in PRONOUNS:
            other = resolve.antecedent(span[0], index, person=word in PERSON_PRONOUNS, thing=word in THING_PRONOUNS,
                                       exclude=doers)
            if other is None or other.actor is None:
                continue
            p = Participant(other.actor, p.text, p.start, p.end)
        out.append(p)
    return out


# acts that end, suspend or turn down an event: whom that event was aimed at is whom they concern
ENDING_TYPES = {"CONCEDE", "RETREAT", "SANCTION", "REJECT"}


def _ended_event_recipients(noun: Token, sense: Sense, index: ArticleIndex) -> list[Participant]:
    """English: who an ended or refused event noun was aimed at ("dropped an investigation into an allegation made
    against Assange", "suspended the talks with the rebels"): the noun's own recipients."""
    lex = lexicon(index.article.lang or "")
    if index.article.lang != "en" or sense.type not in ENDING_TYPES or lex is None or noun.pos_ != "NOUN" or not (
            senses := lex.senses.get((noun.lemma_.lower(), "NOUN"))):
        return []
    own = choose_sense(senses, noun)
    if own is None or own.speaker:
        return []
    actors, recipients = arguments(Found(own, noun, None, False), index)
    # only those named on the noun itself, not those its governing verb lends it ("dismissed any criticism")
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return [p for p in (actors if own.symmetric else recipients) if start <= p.start < end]


def _complained_of(verb: Token, index: ArticleIndex) -> list[Participant]:
    """English: whoever did the act an accusation is over or about ("complained to the UN over two Israeli air
    raids", "protested to Beijing about its military drills"): the one accused, rather than whom it is told to."""
    if index.article.lang != "en":
        return []
    lex = lexicon("en")
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"over", "about"}
            for t in c.children if t.dep_ == "pobj" for p in _event_doers(t, lex, index)]


def _gives_object(verb: Token, index: ArticleIndex) -> bool:
    """English: the verb's direct object is a gift (an AID noun: "aid", "loans", "weapons"), whose receiver its
    "to" phrase names, wherever the parser hangs it ("halted economic aid to Serbia", "cut off loans to Kyiv")."""
    lex = lexicon(index.article.lang or "")
    return index.article.lang == "en" and lex is not None and any(
        c.dep_ in OBJECT and any(s.type == "AID" for s in lex.senses.get((c.lemma_.lower(), "NOUN"), ()))
        for c in verb.children)


def _hit_by_subject(noun: Token, targeting: frozenset[str], index: ArticleIndex) -> list[Participant]:
    """English: an event noun that is the subject of a verb of hitting names its target by that verb's object
    ("the strikes killed three civilians", "tariffs imposed by China have hurt U.S. farmers")."""
    verb = noun.head
    if index.article.lang != "en" or noun.dep_ not in SUBJECT or verb.lemma_.lower() not in targeting:
        return []
    return [p for c in verb.children if c.dep_ in OBJECT for t in _with_conjuncts(c)
            for p in _acted_upon(t, index, direct=True)]


def _event_doers(noun: Token, lex: Lexicon | None, index: ArticleIndex) -> list[Participant]:
    """English: the doers of an event noun that is a verb's subject are the verb's ("the attack on Ukraine by Russia
    killed ten people": Russia kills, not Ukraine; "tariffs imposed by China hurt farmers")."""
    if index.article.lang != "en" or lex is None or noun.pos_ != "NOUN" or not (
            senses := lex.senses.get((noun.lemma_.lower(), "NOUN"))):
        return []
    sense = choose_sense(senses, noun)
    if sense is None or sense.speaker or sense.symmetric:
        return []
    return arguments(Found(sense, noun, None, False), index)[0]


def _hit_by(noun: Token) -> list[Token]:
    """Who undergoes a passive verb (or a bare participle on a noun) that an event noun is an oblique or agent of:
    "X a été tué dans une frappe", "des civils blessés lors d'un raid"."""
    verb = noun.head
    if noun.dep_ not in OBLIQUE | AGENT or verb.pos_ != "VERB" or _pronominal(verb):
        return []
    if verb.dep_ == "acl" and _bare_past_participle(verb) and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]
    if any(c.dep_ in AGENT and c != noun for c in verb.children):
        return []  # "tué par l'armée dans une frappe": the act is told by the verb with its own agent
    subjects, passive = _subjects(verb)
    return subjects if passive else []


SETTING_CASES = {"dans", "lors", "pendant", "durant", "au", "à", "en", "during", "in", "at"}


def _setting_subjects(noun: Token) -> list[Token]:
    """The subject of the clause an event noun is the setting of: an oblique "dans", "lors de", "pendant" of a verb
    ("a déclaré X dans un entretien avec Y", with an incise's inverted subject)."""
    governor = noun.head
    if noun.dep_ not in OBLIQUE or _case_of(noun) not in SETTING_CASES and governor.lower_ != "lors":
        return []
    if governor.lower_ == "lors" and governor.dep_ == "advmod":  # "lors d'une conférence": the model's adverb
        governor = governor.head
    if governor.pos_ != "VERB":
        return []
    subjects, passive = _subjects(governor)
    return [] if passive else subjects or _speaker_subjects(governor)


def _counted_targets(noun: Token, lex: Lexicon | None) -> list[Token]:
    """ "une série de frappes contre des positions du Hamas", "le rétablissement des sanctions contre l'Iran": the
    parser hangs the target of an event noun on the noun governing it (a count, or a noun of change that is no
    event itself); a "contre"/"sur" phrase there, after the event noun, is the event's."""
    counter = noun.head
    if lex is None or lex.cues is None or noun.dep_ != "nmod" or counter.pos_ != "NOUN" or (
            counter.lemma_.lower() not in lex.cues.quantity_nouns
            and (counter.lemma_.lower(), "NOUN") in lex.senses) or _case_of(noun) not in {
            "de", "d'", "d’", "des", "du"}:
        return []
    return [c for c in counter.children if c.dep_ == "nmod" and c.i > noun.i and _case_of(c) in AGAINST_CASES]


def _stray_noun_agents(noun: Token) -> list[Token]:
    """The "par" agent of an event noun that the parser hung elsewhere after it: on the noun's own "de" complement
    ("la convocation de l'ambassadeur par le ministère": a person is not "by" anyone) or on the verb governing the
    noun when that verb is no passive ("la situation s'est détériorée après le déploiement par Ankara de...")."""
    out = [c for d in noun.children if d.dep_ == "nmod" and _case_of(d) in {"de", "d'", "d’", "du", "des"}
           for c in d.children if c.dep_ == "nmod" and c.i > d.i and _case_of(c) == "par"]
    verb = noun.head
    if noun.dep_ in OBLIQUE and verb.pos_ == "VERB" and (_pronominal(verb) or not any(
            c.dep_ in {"aux:pass", "auxpass"} or c.dep_ in PASSIVE_SUBJECT for c in verb.children)):
        out += [c for c in verb.children if c.dep_ in AGENT and noun.i < c.i and _case_of(c) == "par"
                and not any(t.dep_ in AGENT for t in noun.children)]
    return out


def _hung_on_governor(noun: Token, cases: set[str], lex: Lexicon | None) -> list[Token]:
    """Obliques after an event noun that the parser attached to the verb whose object the noun is, with a case that
    on the noun names who the act is for or against ("renforcer son soutien au GNA", "lancer une offensive sur
    Tripoli"). Not under a reporting verb: "annoncer des sanctions à la presse" tells whom it is said to."""
    verb = noun.head
    reporting = lex.cues.reporting_verbs if lex is not None and lex.cues is not None else frozenset()
    if noun.dep_ not in OBJECT or verb.pos_ != "VERB" or verb.lemma_.lower() in reporting:
        return []
    return [c for c in verb.children if c.dep_ in OBLIQUE - {"prep"} and c.i > noun.i and _case_of(c) in cases]


def _one_sided_agreement(verb: Token, sense: Sense, actors: list[Participant],
                         index: ArticleIndex) -> list[Participant]:
    """English: an agreement verb with a single party and no "with" partner is one side accepting or undertaking
    something, which goes to whom the act is for ("agreed to inject cash into the company") or who proposed it
    ("agreed to a rescue by its largest shareholder")."""
    if not (sense.symmetric and sense.type == "AGREE" and verb.pos_ == "VERB" and len(_dedupe(actors)) == 1) or any(
            c.dep_ == "prep" and c.lower_ in CO_ACTOR_CASES for c in verb.children):
        return []
    out = _content_recipients(verb, Sense(sense.lemma, sense.pos, "AGREE", None), index)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            out += [p for t in child.children if t.dep_ == "pobj" and t.pos_ == "NOUN"
                    for c in t.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                    for x in c.children for p in _participants(x, index)]
    keys = {_key(p.actor) for p in actors}
    return [p for p in _dedupe(out) if _key(p.actor) not in keys]


def _visited(head: Token, index: ArticleIndex) -> list[Participant]:
    """Where a visit goes when no complement says so: a place named as where the clause happens ("A Tripoli,
    la visite du ministre a été l'occasion de..."), on the clause's verb."""
    clause = next((a for a in [head, *_ancestors(head, 3)] if a.pos_ in {"VERB", "AUX"} or any(
        c.dep_ == "cop" for c in a.children)), None)
    if clause is None:
        return []
    out: list[Participant] = []
    for child in clause.children:
        # the preposition as the phrase's first word: the model often misparses a fronted "A Tripoli" (capital
        # "À" written without its accent) as a noun
        first = min(child.subtree, key=lambda t: t.i)
        if child.dep_ in OBLIQUE | {"dep"} and first.lower_ in LOCATIVE_CASES - {"sur"} | {"a"}:
            out += [p for t in child.subtree if t.pos_ == "PROPN" for p in _country_place(t, index, host=True)]
    return _dedupe(out)


def _evaluation(head: Token, index: ArticleIndex) -> tuple[list[Participant], list[Participant]]:
    """An evaluation ("une politique inacceptable", "ces mensonges", "X is unacceptable") is its speaker's
    criticism of what is evaluated: actor = who says it, recipient = the thing judged or whose it is."""
    speaker = index.speaker_of(head)
    clause = next((a for a in [head, *_ancestors(head, 4)] if a.pos_ in {"VERB", "AUX"}), None)
    actors: list[Participant] = _reporters(head, index)  # "Vindman and Williams told lawmakers that ..."
    if not actors and speaker is not None:
        actors = [Participant(speaker, speaker.name, head.idx, head.idx + len(head))]
    elif not actors and (judges := [c for c in head.children if c.dep_ in OBLIQUE and _case_of(c) in JUDGE_CASES]):
        # "Pour lui, X est responsable": whom it is so for judges it
        actors = [p for c in judges for t in _with_conjuncts(c) for p in _participants(t, index)]
    if not actors and clause is not None and clause != head:
        # "M. Mouallem a qualifié de mensonges...", "Trump a jugé la décision inacceptable"
        subjects, passive = _subjects(clause)
        if not passive and not any(head in s.subtree for s in subjects):
            actors = [p for s in subjects for t in _with_conjuncts(s) for p in _participants(t, index)]
    # "qualifié de mensonges les propos de X": the model often apposes the judged noun to the evaluation
    judged: list[Token] = [c for c in head.children
                           if c.dep_ in SUBJECT | PASSIVE_SUBJECT | {"nmod", "obl", "poss", "appos"}]
    # ClearNLP: "the pretense of the Democrats" (prep "of"), "their charade" (poss, above)
    judged += [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children]
    # "la responsabilité historique et criminelle de la Turquie": a coordinated adjective qualifies the same noun
    qualifier = head.head if head.dep_ == "conj" and head.pos_ == "ADJ" and head.head.dep_ in {"amod", "acl"} \
        else head
    if qualifier.dep_ in {"amod", "acl"}:
        judged.append(qualifier.head)
        noun = qualifier.head
        if noun.dep_ in OBJECT and noun.head.pos_ == "VERB" and not _subjects(noun.head)[1]:
            # "L'Amérique a fait une erreur très stupide": whoever made the thing so judged
            judged += [t for s in _subjects(noun.head)[0] for t in _with_conjuncts(s)]
    if clause is not None and clause != head and head.dep_ in {"xcomp", "obl", "obl:arg", "oprd", "acomp"}:
        judged += [c for c in clause.children if c.dep_ in OBJECT]
    if clause is not None and head.dep_ == "acomp" and clause.lemma_.lower() == "be":
        # English "Trump's request was inappropriate" (ClearNLP acomp): the copula's subject, or whose it is
        for subject in (c for c in clause.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT):
            owner = [c for c in subject.children if c.dep_ == "poss"]
            judged += owner or [subject]
    recipients = [p for t in judged for p in _participants(t, index)]
    if not recipients:  # "jugent frauduleux les résultats de l'élection remportée par X": whose thing is judged
        recipients = [p for t in judged if t.pos_ == "NOUN" for x in [t, *[c for c in t.children if c.dep_ == "nmod"]]
                      for p in _object_owner(x, index)]
    keys = {_key(p.actor) for p in actors}
    return _dedupe(actors), [p for p in _dedupe(recipients) if _key(p.actor) not in keys]


def _demand_arguments(verb: Token, index: ArticleIndex) -> tuple[list[Participant], list[Participant]]:
    """(speaker, subject) of "X must do Y": nothing when nobody else says it or X is the speaker ("we must")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    if any(_pronoun(s) in SPEAKER_PRONOUNS for s in subjects):
        return [], []
    speakers = _reporters(verb, index)
    keys = {_key(p.actor) for p in speakers}
    recipients = [p for s in subjects for t in _with_conjuncts(s) for p in _acted_upon(t, index, direct=True)
                  if _key(p.actor) not in keys]
    return (speakers, recipients) if recipients else ([], [])


def _reporters(head: Token, index: ArticleIndex) -> list[Participant]:
    """Every linked subject of the reporting verb that governs a word ("Vindman and Williams said...")."""
    lex = lexicon(index.article.lang or "")
    if lex is None or lex.cues is None:
        return []
    for verb in _reporting_verbs(head, lex.cues.reporting_verbs):
        subjects = _speaker_subjects(verb)
        if not subjects and _subjects(verb)[1] or any(_pronoun(s) in SPEAKER_PRONOUNS for s in subjects):
            return []
        return [p for s in subjects for t in _with_conjuncts(s) for p in _participants(t, index)]
    return []


def _incise_speakers(verb: Token, index: ArticleIndex) -> list[Participant]:
    """The inverted subject of a reporting incise the model coordinated with the clause it reports ("Dix
    personnes ont été interpellées, a annoncé la police": "annoncé" as a conj with "police" as its object)."""
    lex = lexicon(index.article.lang or "")
    if lex is None or lex.cues is None:
        return []
    for child in verb.children:
        if child.dep_ == "conj" and child.i > verb.i and child.lemma_.lower() in lex.cues.reporting_verbs and not any(
                c.dep_ in SUBJECT | PASSIVE_SUBJECT and c.i < child.i for c in child.children):
            first = _incise_start(child)
            if first.i > 0 and first.doc[first.i - 1].text == "," and (
                    inverted := _inverted_subject(child, OBJECT | SUBJECT)) is not None:
                return _participants(inverted, index)[:1]
    return []


def _governor_subjects(noun: Token, index: ArticleIndex, reactive: frozenset[str]) -> list[Participant]:
    """The doer of an event noun that is the object of some verb: "Trump a rétabli des sanctions" -- unless
    the verb is a reaction to someone else's event ("Paris condamne les frappes", "lifted the tariffs")."""
    lex = lexicon(index.article.lang or "")
    if lex is not None and lex.cues is not None and noun.dep_ in {"nmod", "pobj"} and (
            (counter := noun.head.head if noun.dep_ == "pobj" else noun.head).lemma_.lower() in (
                lex.cues.quantity_nouns | lex.cues.carrier_nouns)
            and _case_of(noun) in {"de", "d'", "d’", "des", "of"} and counter.pos_ == "NOUN"):
        # "a revendiqué une série de frappes", "a transmis un message de soutien": the count's or carrier's verb
        return _governor_subjects(counter, index, reactive)
    verb = noun.head
    if any(c.dep_ == "cop" for c in noun.children):
        # "la Turquie est le principal soutien du GNA": a predicate noun is done by the copula's subject -- the
        # subject itself, not a name inside it ("la levée de l'embargo était une partie de l'accord"). A "copula"
        # that is no "être" is a verb the model misread ("qu'elles signeraient l'accord"): its subject all the same
        return [p for s in noun.children if s.dep_ in SUBJECT | PASSIVE_SUBJECT
                for t in _with_conjuncts(s) for p in _participants(t, index) if p.start <= t.idx < p.end]
    if noun.dep_ == "xcomp" and verb.pos_ in {"VERB", "AUX"} and not any(c.dep_ in OBJECT for c in verb.children):
        # "la Turquie est devenue le principal soutien...": the same through "devenir"/"rester" (the model makes
        # their subject passive); with an object the predicate is the object's ("nommer X émissaire")
        subjects = [c for c in verb.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT]
        return [p for s in subjects for t in _with_conjuncts(s) for p in _participants(t, index)
                if p.start <= t.idx < p.end]
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        lex = lexicon(index.article.lang or "")
        if lex is not None and lex.cues is not None and verb.lemma_.lower() in lex.cues.reporting_verbs:
            return []  # "Trump said at a rally", "told reporters after the meeting": where it was said
    elif noun.dep_ in PASSIVE_SUBJECT and verb.pos_ == "VERB" and verb.lemma_.lower() not in reactive:
        # "des sanctions ont été imposées par Washington", "la condamnation a été confirmée par la Cour suprême":
        # the passive's agent
        return [p for c in verb.children if c.dep_ in AGENT or c.dep_ == "obl" and _case_of(c) in {"par", "by"}
                for t in _with_conjuncts(c) for p in _participants(t, index) or _unlinked_agent(t, index)]
    elif noun.dep_ not in OBJECT | {"obl:arg"}:
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() in reactive:
        return []
    subjects, passive = _subjects(verb)
    if passive:
        return []
    return [p for s in subjects for t in _with_conjuncts(s) for p in _participants(t, index)]


def _own_event_ended(noun: Token, actors: list[Participant], index: ArticleIndex, reactive: frozenset[str]) -> bool:
    """Whether a reactive verb's subject ends or answers its own event noun: all the noun's doers are that subject."""
    verb = noun.head
    if noun.dep_ not in OBJECT or verb.pos_ != "VERB" or verb.lemma_.lower() not in reactive:
        return False
    subjects, passive = _subjects(verb)
    doers = {_key(p.actor) for s in subjects for t in _with_conjuncts(s) for p in _participants(t, index)}
    return not passive and bool(doers) and {_key(p.actor) for p in actors} <= doers


def _undergoer(noun: Token, index: ArticleIndex) -> list[Participant]:
    """The subject of a verb that undergoes the event noun it governs ("faced criticism", "came under fire")."""
    lex = lexicon(index.article.lang or "")
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if lex is not None and lex.cues is not None and verb.lemma_.lower() in lex.cues.undergo_nouns and (
            verb.dep_ in {"attr", "nsubj"} and noun.head.lower_ == "of"):
        # "WeWork is the subject of an SEC inquiry", "the base has been the target of a campaign"
        holder = verb.head
        subjects = [c for c in holder.children if c.dep_ in SUBJECT and c != verb] + (
            [c for c in holder.children if c.dep_ == "attr" and c != verb] if verb.dep_ == "nsubj" else [])
        # a name the tagger knows but the NER missed ("WeWork is the subject of ...") is still the one concerned
        return [p for s in subjects for t in _with_conjuncts(s)
                for p in _acted_upon(t, index, direct=True) or _country_place(t, index)]
    if lex is not None and lex.cues is not None and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (
            noun.head.lower_ in lex.cues.undergo_preps) and verb.pos_ in {"VERB", "AUX"}:
        # "the company is under investigation", "remained under pressure from Moscow": the subject undergoes it
        subjects, passive = _subjects(verb)
        return [] if passive else [p for s in subjects for t in _with_conjuncts(s) for p in _acted_upon(t, index)]
    if lex is None or lex.cues is None or verb.lemma_.lower() not in lex.cues.undergo_verbs or verb == noun or (
            noun.dep_ not in OBJECT | {"obl:arg", "pobj", "obl"}):
        return []
    subjects, passive = _subjects(verb)
    return [] if passive else [p for s in subjects for t in _with_conjuncts(s) for p in _acted_upon(t, index)]


def _country_place(token: Token, index: ArticleIndex, host: bool = False) -> list[Participant]:
    """A country the linker took as a place ("criticism from Germany"), as that country's government; with
    `host`, any town or province too ("en visite à Prague": the visit is to the Czech government)."""
    features = {"country", "city", "admin1"} if host else {"country"}
    for e in index.places:
        if e.start <= token.idx < e.end and e.place is not None and e.place.feature in features and e.place.country:
            return [Participant(registry().country_ref(e.place.country, "government", "country"), e.text, e.start,
                                e.end)]
    return []


def _ancestors(token: Token, limit: int = 6) -> Iterator[Token]:
    current = token
    for _ in range(limit):
        if current.head == current:  # spaCy makes a new Token object on each access: compare by value
            return
        current = current.head
        yield current


def _governors(token: Token, limit: int) -> Iterator[Token]:
    """Ancestors up to the first coordination: "les pourparlers ont échoué, et Kiev a accusé Moscou" -- the
    model hangs the second clause on "échoué", which does not govern it."""
    current = token
    for _ in range(limit):
        if current.dep_ == "conj" or current.head == current:
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
    if found.head != head:
        children += list(found.head.children)  # "aucune frappe"
    negated = any(c.lemma_.lower() in cues.negation and c.dep_ in {"advmod", "neg", "det", "advmod:neg"}
                  or "Neg" in c.morph.get("Polarity") for c in children)
    if any(a.lemma_.lower() in cues.negating_predicates for a in _governors(head, 2)):
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
    # "said he would raise tariffs": without an if-clause (tried above), "would" is the future-in-the-past
    future = any("Fut" in t.morph.get("Tense") or _surface_future(t, cues) for t in near) or any(
        t.lower_ in {"will", "shall"} or t.lemma_.lower() in cues.conditional_modals for t in near)
    # "allant jusqu'à couper les canaux": "jusqu'à" says how far an act went, not that it is planned
    as_far_as = any(c.dep_ == "mark" and c.lemma_.lower() == "jusque" for c in head.children)
    # (English: the model also labels such a "to"-infinitive advcl: "have sworn to fight")
    if future or ((head.dep_ == "xcomp" or _infinitive_argument(head) or lang == "en" and head.dep_ == "advcl"
                   and _to_infinitive(head)) and head.head.lemma_.lower() in cues.planned_markers and not as_far_as):
        return "planned", consumed
    if lang == "fr" and cues.conditional_mood and any("Cnd" in t.morph.get("Mood") for t in near):
        return "reported", consumed  # the French reporting conditional: "les rebelles auraient libéré..."
    return "asserted", consumed


def _future_stem(word: str, cues: Cues) -> str | None:
    """What a French simple future is built on, its ending taken off ("réduirons" -> "rédui", "attaquera" ->
    "attaque"), or None when the word has no future ending."""
    return next((word[:-len(e)] for e in cues.future_endings if word.endswith(e) and len(word) > len(e) + 2), None)


# French past participles left as their own lemma, and the infinitive ending that replaces theirs
PARTICIPLE_ENDINGS = (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("ies", "ir"), ("is", "ir"),
                      ("ie", "ir"), ("i", "ir"))


# French irregular past participles the model takes for nouns ("avoir fait pression", "a mis en cause")
IRREGULAR_PARTICIPLES = {"fait": "faire", "faits": "faire", "faite": "faire", "faites": "faire", "mis": "mettre",
                         "mise": "mettre", "pris": "prendre", "prise": "prendre", "conduit": "conduire"}


def _repaired_senses(token: Token, lex: Lexicon) -> tuple[Sense, ...]:
    """Verb senses of a verb the model took for a noun or an adjective and lemmatised as one: a participle left
    as its own lemma ("a réimposé des sanctions": réimposé/NOUN), a present read as a noun ("la police recherche
    le suspect": recherche/NOUN, the cues' lemma_repairs), a future left unlemmatised ("l'Iran réduira Haïfa":
    réduira/ADJ, from its stem)."""
    lemma, cues = token.lemma_.lower(), lex.cues
    if cues is None or (lemma, token.pos_) in lex.senses:
        return ()  # a noun the lexicon knows is read as one ("n'est plus une menace" is deliberately no threat)
    candidates = [lemma + end for end in cues.lemma_repairs] + [IRREGULAR_PARTICIPLES.get(token.lower_, "")]
    candidates += [lemma[:-len(end)] + verb for end, verb in PARTICIPLE_ENDINGS if lemma.endswith(end)][:1]
    if lemma == token.lower_ and (stem := _future_stem(lemma, cues)) is not None:
        candidates += [stem + "re", stem + "r"]
    return next((senses for c in candidates if (senses := lex.senses.get((c, "VERB")))), ())


def _surface_future(token: Token, cues: Cues) -> bool:
    """A finite verb in the simple future that the model tagged otherwise ("nous réduirons": Tense=Imp): its form
    is its infinitive's stem plus a future ending ("réduire" -> "rédui|rons"), which a past historic is not
    ("déclara": "décla" is no stem of "déclarer"). A future read as an unlemmatised adjective counts too."""
    if token.pos_ in {"ADJ", "NOUN"} and token.lemma_.lower() == token.lower_ and _mistagged_verb(token):
        return _future_stem(token.lower_, cues) is not None
    if "Fin" not in token.morph.get("VerbForm") or "Fut" in token.morph.get("Tense"):
        return False
    stem, lemma = _future_stem(token.lower_, cues), token.lemma_.lower()
    return stem is not None and stem in {lemma[:-2] if lemma.endswith("re") else None,
                                         lemma[:-1] if lemma.endswith("r") else None}


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
    for ancestor in _reporting_verbs(head, cues.reporting_verbs):
        subjects = _speaker_subjects(ancestor)
        if not subjects and ancestor.dep_ == "advcl":  # "X ayant participé..., ont confirmé": misparse
            subjects, _ = _subjects(ancestor.head)
        subjects = [s for s in subjects if _pronoun(s) != "t"]  # "a-t-il ajouté": the euphonic "t" is no one
        if subjects:
            return _own_voice(_speaker(subjects[0], cues, index, ancestor.text), subjects[0], actors)
    return Attribution("publisher")


def _own_act(source: Attribution, actors: list[Participant]) -> bool:
    """A speaker telling an act of its own: one of the actors, or an official of the state that acts ("Damas ne
    se soumettra pas, a affirmé le ministre syrien"). Its own word, not a report of another's act."""
    if source.actor is None:
        return False
    return any(_key(a.actor) == _key(source.actor) or a.actor.kind == "country" and (
        a.actor.country is not None and a.actor.country == source.actor.country) for a in actors)


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


def _offer_sides(found: Found, actors: list[Participant],
                 index: ArticleIndex) -> tuple[list[Participant], list[Participant]]:
    """(who offers, to whom) for a symmetric act only offered ("prêt à dialoguer avec la Turquie"): the ready
    subject offers it to the other participants."""
    offering = {_key(p.actor) for s in _subjects(found.support or found.head)[0] for t in _with_conjuncts(s)
                for p in _participants(t, index) or _unlinked(t, index)}
    own = [a for a in actors if _key(a.actor) in offering]
    return (own, [a for a in actors if _key(a.actor) not in offering]) if own else (actors, [])


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
                if not _own_side_warned(found.head, actors, index):
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
            event_type = _framed(event_type, mood, onto.types[event_type].quad_class)
            if mood == "planned":  # "will provide aid": a promised cooperative act is an AGREE (cues' planned_types)
                event_type = lex.cues.planned_types.get(event_type, event_type)
            if _offered(found, lex.cues) and onto.types[event_type].quad_class.endswith("cooperation"):
                event_type = "AGREE"  # "prêt à avoir un dialogue avec la Turquie": willingness to cooperate
                if found.sense.symmetric:  # an offer is one-sided: made by the ready side to its partners
                    actors, recipients = _offer_sides(found, actors, index)
            source = attribution(found, sent, lex.cues, index, actors)
            actor_keys = {_key(a.actor) for a in actors}
            if mood == "asserted" and source.kind != "publisher" and not _own_act(source, actors):
                mood = "reported"
            mode = found.sense.mode if event_type == found.sense.type else None
            key = (event_type, mode, frozenset(actor_keys), frozenset(_key(r.actor) for r in recipients))
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



