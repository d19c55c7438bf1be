"""Predicates: which tokens of a sentence the lexicon knows as event triggers, with their sense (type, mode),
chosen by the object and subject lemmas around them; verbs the model mis-tags are repaired to their verb senses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from tidings.events.lexicon import Cues, Lexicon, Sense
from tidings.events.ontology import ontology
from tidings.events.syntax import (
    AGENT,
    CLAUSE,
    OBJECT,
    OBLIQUE,
    PASSIVE_SUBJECT,
    SUBJECT,
    ancestors_of,
    case_of,
    for_to_clause,
    incise_auxiliary,
    inside_name,
    is_pronominal,
    is_reflexive,
    mistagged_verb,
)

# What the scope of `object_lemmas` does not enter (lexicon README, rule 3): complements (ccomp, xcomp) it does.
NOT_FOLLOWED = SUBJECT | AGENT | {"acl:relcl", "relcl", "advcl", "parataxis", "aux", "aux:pass", "aux:tense",
                                  "auxpass", "punct", "cc", "conj", "mark", "det"}
CONTENT_FRAMES = {"REQUEST", "REJECT", "THREATEN"}
MEANS_CASES = {"avec", "par", "à", "au", "aux", "with", "by"}  # "riposter par des frappes", "attaquer à la roquette"
PREDICATIVE = {"oprd"}  # ClearNLP's object predicate; the French model has no such label
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


# English nouns whose "to"-infinitive is an act carried out or tried, not only intended ("took the decision to
# discontinue the investigation", "an attempt to assassinate the governor")
CARRIED_OUT_NOUNS = {"decision", "attempt"}


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


def _subject_lemmas(head: Token) -> set[str]:
    """Lemmas of a verb's own subject phrase, two levels deep ("un millier de protestataires"), or of its passive
    agent ("évacués par les forces de l'ordre"), who is the subject of the act."""
    out: set[str] = set()
    passive = (any(c.dep_ in PASSIVE_SUBJECT for c in head.children) or "Pass" in head.morph.get("Voice")) and (
        not is_pronominal(head))
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
        if for_to_clause(clause):
            lemmas |= _object_lemmas(clause, 2) | {clause.lemma_.lower()}
            lemmas |= {c.lower_ for c in clause.children if c.dep_ == "mark"}
    subject_lemmas = _subject_lemmas(head) if any(s.subject_lemmas for s in options) else set()
    reflexive = is_reflexive(head)
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
        elif mistagged_verb(token):  # "avoir fait pression": fait/NOUN, lemma "fait"
            lemma = IRREGULAR_PARTICIPLES.get(token.lower_, token.lemma_.lower())
        else:
            continue
        if lemma in cues.light_verbs or lemma in cues.light_verb_preps:
            preps = cues.light_verb_preps.get(lemma, frozenset())
            for child in token.children:
                noun = child
                if child.dep_ in OBJECT or (preps and child.dep_ in OBLIQUE and case_of(child) in preps):
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
        if (token.pos_ == "PROPN" or token.is_title and token.i > sent.start) and inside_name(token):
            continue  # "the Alliance for American Manufacturing", "le Rassemblement national": a name
        senses = lex.senses.get((lemma, pos)) or _participle_evaluations(token, lex)
        # "faced scrutiny from the SEC": the parser hangs the noun's "from" phrase on the undergoing verb
        extra = [c.lower_ for c in token.head.children if c.dep_ == "prep"] \
            if pos == "NOUN" and token.head.lemma_.lower() in cues.undergo_verbs else []
        if senses and (sense := choose_sense(senses, token, extra)):
            if pos == "VERB" and token.dep_ == "acl" and sense.pos == "VERB" and "Part" in token.morph.get(
                    "VerbForm") and (
                    "Past" in token.morph.get("Tense")) and token.tag_ != "VBN" and not (
                    any(c.dep_ in AGENT for c in token.children) and _material(sense.type)) and not any(
                    c.dep_ in SUBJECT | OBJECT or c.dep_.startswith("aux") for c in token.children) and (
                    incise_auxiliary(token) is None):
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
            if pos == "VERB" and token.dep_ in {"acl", "relcl"} and token.head.pos_ == "NOUN" and to_infinitive(
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
            if pos == "NOUN" and case_of(token) in {"sans", "without"}:
                continue  # "une annexion sans pourparlers préalables": what did not take place
            found.append(Found(sense, token, None, pos == "VERB" and sense.pos == "VERB"))
        elif pos == "VERB" and lemma in cues.warning_verbs and warned_clause(token) is not None:
            found.append(Found(WARNING, token, None, warning=True))
        elif mistagged_verb(token) and (
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
        f.head.dep_ == "nmod" and f.head.head.i in nouns and case_of(f.head) in {"de", "d'", "d’", "du", "des"})]
    # "s'affrontent avec des tirs de roquettes", "a répliqué par des frappes": an event noun that is the means of an
    # event verb of the same type tells how that act was done, not a second act (a passive's agent is the act
    # itself: "frappée par des attentats commis par l'EI")
    verbs = {(f.head.i, f.sense.type) for f in found if f.verbal and f.head.pos_ == "VERB"}
    found = [f for f in found if f.verbal or f.support is not None or not (
        (f.head.head.i, f.sense.type) in verbs and case_of(f.head) in MEANS_CASES and f.head.dep_ not in AGENT)]
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
        if f.sense.type == "REQUEST" and protest_aim(f.head, protesting):
            continue
        if _framed_by(f.head, framing) and not f.sense.speaker:  # a judgement is the speaker's own, even there
            continue
        if not f.verbal and _framed_by(f.head, refusing):
            continue
        if f.sense.type in cues.agreement_content_types and _framed_by(f.head, agreeing):
            continue
        if not f.verbal and f.support is None and any(c.dep_ == "acl" and c.i in verbal and not to_infinitive(c)
                                                      for c in f.head.children):
            continue  # "a plea agreement offered by prosecutors": the participle tells the event

        # (only a judgement qualifies an event noun: "pleased" hung on "release" is the parser's slip)
        if f.sense.speaker and (_framed_by(f.head, accusing) or f.head.dep_ == "amod" and f.head.head.i in events
                                and f.sense.type == "ACCUSE"):
            continue
        yield f


# arcs from a purpose or accompanying clause up to the act it is the aim of
AIM_DEPS = {"advcl", "xcomp", "pcomp", "prep", "acl"}


def protest_aim(head: Token, protesting: set[int]) -> bool:
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


def warned_clause(verb: Token) -> Token | None:
    """The finite clause a warning verb introduces, when it has a subject ("warned that the army will...")."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and any(s.dep_ in SUBJECT for s in c.children)), None)


def to_infinitive(verb: Token) -> bool:
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
    for ancestor in ancestors_of(token, 6):
        if ancestor.i in framing and child.dep_ != "conj":
            return True
        if child.dep_ in {"acl:relcl", "relcl"}:
            return False  # a relative clause tells something else ("en riposte au retrait des Etats-Unis qui ont...")
        child = ancestor
    return False


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


def _participle_evaluations(token: Token, lex: Lexicon) -> tuple[Sense, ...]:
    """Speaker evaluations of an adjectival participle the model read as a verb ("ces accusations infondées":
    infonder/VERB, "unwarranted", "biased": bias/VERB): the adjective's own senses, under its masculine
    singular form (French -er/-ir participles) or its surface form (English)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or "Part" not in token.morph.get("VerbForm") and token.tag_ != "VBN":
        return ()
    candidates = [token.lower_] + [lemma[:-2] + end for verb, end in (("er", "é"), ("ir", "i"))
                                   if lemma.endswith(verb)]
    return next((tuple(s for s in senses if s.speaker) for c in candidates
                 if (senses := lex.senses.get((c, "ADJ"))) and any(s.speaker for s in senses)), ())


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


def surface_future(token: Token, cues: Cues) -> bool:
    """A finite verb in the simple future that the model tagged otherwise ("nous réduirons": Tense=Imp): its form
    is its infinitive's stem plus a future ending ("réduire" -> "rédui|rons"), which a past historic is not
    ("déclara": "décla" is no stem of "déclarer"). A future read as an unlemmatised adjective counts too."""
    if token.pos_ in {"ADJ", "NOUN"} and token.lemma_.lower() == token.lower_ and mistagged_verb(token):
        return _future_stem(token.lower_, cues) is not None
    if "Fin" not in token.morph.get("VerbForm") or "Fut" in token.morph.get("Tense"):
        return False
    stem, lemma = _future_stem(token.lower_, cues), token.lemma_.lower()
    return stem is not None and stem in {lemma[:-2] if lemma.endswith("re") else None,
                                         lemma[:-1] if lemma.endswith("r") else None}
