"""Parse-level questions the extractor asks of a spaCy dependency tree: cases, marks, subjects of a verb
(including those the model hangs elsewhere: incises, gerunds, stranded passives). No linking, no lexicon."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tidings.link.times import grammar

SUBJECT = {"nsubj", "csubj", "expl:subj"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass"}
AGENT = {"obl:agent", "agent"}
OBJECT = {"obj", "dobj", "iobj"}
OBLIQUE = {"obl", "obl:arg", "obl:mod", "prep", "nmod", "dative"}
CLAUSE = {"acl", "acl:relcl", "relcl", "ccomp", "advcl", "parataxis", "csubj"}
RELATIVE_PRONOUNS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which", "that"}


# Nouns of intention or decision whose "de"-infinitive is done by their holder ("la décision de Pékin de geler...")
INTENTION_NOUNS = {"décision", "intention", "volonté", "projet", "plan", "promesse", "engagement", "tentative",
                   "objectif", "ordre", "choix", "souhait", "refus", "menace"}


# Dependents only a verb has: an infinitive's "de"/"à", a tense or passive auxiliary, a direct object. A noun or
# adjective with one of them is a verb the tagger missed ("promis de le venger": venger/NOUN).
VERBAL_DEPS = {"mark", "aux", "aux:tense", "aux:pass", "obj", "dobj"}


def mistagged_verb(token: Token) -> bool:
    return token.pos_ in {"NOUN", "ADJ"} and any(c.dep_ in VERBAL_DEPS for c in token.children)


def case_of(token: Token) -> str:
    """The preposition introducing a nominal ("à Washington" -> "à"), or "" when there is none."""
    for child in token.children:
        if child.tag_ == "POS":
            continue  # English "Beijing's": the possessive ending is labelled `case` but is no preposition
        if child.dep_ in {"case", "fixed"} or (child.dep_ == "prep"):
            return child.lower_
    if token.head.dep_ == "prep" or token.dep_ == "pobj":
        return token.head.lower_
    return ""


def is_reflexive(head: Token) -> bool:
    return any(c.dep_.startswith("expl") or c.lower_ in {"se", "s'", "s’"} for c in head.children)


def is_pronominal(verb: Token) -> bool:
    """A French pronominal verb ("se sont rassemblés", "s'est retirée"): its "être" makes no passive."""
    return any(c.lower_ in {"se", "s'", "s’"} or "Yes" in c.morph.get("Reflex") for c in verb.children
               if c.pos_ == "PRON" and c.i < verb.i)


# "de son côté", "pour sa part" between auxiliary and participle: the model makes the auxiliary the root and
# hangs the participle on the noun ("a de son côté procédé", "ont pour leur part expulsé")
INCISE_NOUNS = {"côté", "part"}


def incise_auxiliary(verb: Token) -> Token | None:
    """The auxiliary of a participle the model hung on an incise noun ("Le Canada a de son côté procédé")."""
    noun = verb.head
    if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and noun.lemma_.lower() in INCISE_NOUNS and (
            noun.head.lemma_.lower() in {"avoir", "être"} and noun.head.i < noun.i < verb.i):
        return noun.head
    return None


INVERTED_CLITICS = {"-il", "-elle", "-ils", "-elles", "-on"}


def inverted_clitic(verb: Token) -> Token | None:
    """The subject clitic French inversion hyphenates to a finite verb or to its auxiliary ("dit-il", "avait-elle
    dit", "a-t-il dit"), whatever the model hung it on: it is the token right after that form (or its "-t")."""
    doc = verb.doc
    for form in [verb, *[c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]]:
        after = form.i + 1 + (form.i + 1 < len(doc) and doc[form.i + 1].lower_ == "-t")
        if after < len(doc) and doc[after].lower_ in INVERTED_CLITICS:
            return doc[after]
    return None


def inside_name(token: Token) -> bool:
    """A proper noun inside a multiword named entity of the model's (an organisation's or a law's name)."""
    doc = token.doc
    following = doc[token.i + 1].ent_iob_ if token.i + 1 < len(doc) else ""
    return token.ent_iob_ == "I" or token.ent_iob_ == "B" and following == "I"


def infinitive_argument(token: Token) -> bool:
    """An infinitive the French model attaches as an oblique ("promis de le venger"): a controlled complement."""
    return token.dep_ in {"obl:arg", "obl"} and any(c.dep_ == "mark" for c in token.children)


def mark_of(token: Token) -> str:
    """A subordinator, with French elision undone ("s'il" -> "si")."""
    return "si" if token.lower_ in {"s'", "s’"} else token.lower_


def phrase_span(token: Token) -> tuple[int, int]:
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


# English "called for Israel to withdraw", "pleaded with the administration to reconsider": ClearNLP parses the
# one asked as the subject of an infinitival clause introduced by the mark "for"/"with".
FOR_TO_MARKS = {"for", "with"}


def for_to_clause(clause: Token) -> bool:
    """An infinitive with its own subject after "for"/"with" (en_core_web labels: advcl/ccomp, mark, aux "to")."""
    return clause.dep_ in {"advcl", "ccomp"} and clause.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "mark" and c.lower_ in FOR_TO_MARKS for c in clause.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *[t for t in token.conjuncts if t.i > token.i]]


def subjects_of(verb: Token) -> tuple[list[Token], bool]:
    """(subject tokens, passive?) of a verb, inherited from the verb it is coordinated with or controlled by."""
    if (doer := _gerund_doer(verb)) is not None:
        return doer, False
    current: Token | None = verb
    # "risquent d'être sanctionnés", "ont défilé puis ont été dispersés": a passive takes the subject of the verb
    # it depends on as its own passive subject
    own_passive = verb.pos_ != "AUX" and any(c.dep_ in {"aux:pass", "auxpass"} for c in verb.children) and (
        not is_pronominal(verb))
    for _ in range(4):
        if current is None:
            break
        current = incise_auxiliary(current) or current
        subjects = [c for c in current.children if c.dep_ in SUBJECT]
        passive = [c for c in current.children if c.dep_ in PASSIVE_SUBJECT]
        # "a-t-il fustigé": the model labels the inverted clitic a passive subject
        inverted = [c for c in passive if c.lower_.startswith("-")]
        if inverted and not any(c.dep_ in {"aux:pass", "auxpass"} for c in current.children):
            subjects, passive = subjects + inverted, [c for c in passive if c not in inverted]
        if passive and (is_pronominal(current) or current.pos_ == "VERB" and "Pass" not in current.morph.get(
                "Voice") and not any(c.dep_ in {"aux:pass", "auxpass"} for c in current.children)):
            # a pronominal verb's "être" is no passive: "ils se sont rassemblés" (the model: nsubj:pass + aux:pass);
            # nor is a clause with no passive auxiliary ("ont menacé par le passé": "par" read as an agent)
            subjects, passive = subjects + passive, []
        if (clitic := inverted_clitic(current)) is not None and (not (subjects or passive) or all(
                c.lower_ == "-t" for c in subjects + passive)):
            # "avait-elle mis en garde", "a-t-elle averti": the model hangs the clitic on the auxiliary, or on
            # the euphonic "-t" taken for the subject
            subjects, passive = [clitic], []
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
        if not subjects and passive and current != verb and any(
                c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children) and not any(
                c.dep_ == "aux:pass" for c in verb.children):
            # "des policiers sont montés sur le toit et ont jeté des projectiles": a French compound tense with
            # "avoir" is active, whatever the verb it is coordinated with (a motion verb's "être" is no passive)
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
                c.dep_ in OBJECT or c.dep_ == "prep" and c.lower_ == "for" or for_to_clause(c)
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
                "NOUN", "PROPN"} and case_of(c) in {"de", "d'", "d’", "du", "des"}][:1], False
        if current.dep_ in {"acl", "acl:relcl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            # a participle on a noun: "des manifestants réclamant...", "l'offensive lancée par Haftar"
            done = ("Past" in current.morph.get("Tense") or current.tag_ == "VBN") and not is_pronominal(current) and (
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
        if (current.dep_ in {"conj", "xcomp", "advcl"} or infinitive_argument(current)) and current.head != current:
            # advcl only for subjectless participles and infinitives ("Dénonçant..., l'UGTT a appelé")
            if current.dep_ == "advcl" and ("Fin" in current.morph.get("VerbForm") or any(
                    c.dep_ in {"aux", "aux:tense"} and "Fin" in c.morph.get("VerbForm") for c in current.children)):
                break  # a finite clause ("qui avait tué", a relative the model took for an adverbial) has its own
            if (current.dep_ == "xcomp" or infinitive_argument(current)) and "Inf" in current.morph.get(
                    "VerbForm") and any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’", "à"}
                                        for c in current.children) and (controller := [
                    c for c in current.head.children if c.dep_ in {"obj", "dobj"} and c.i < current.i
                    and c.pos_ in {"NOUN", "PROPN", "PRON"} and not is_time_noun(c)]):
                # French object control: "a convaincu la Turquie de renoncer": the object does the infinitive
                return controller, False
            if current.dep_ == "advcl" and bare_past_participle(current):
                # "Accusé par l'opposition de..., Trump a déclaré": the main clause's subject undergoes it
                subjects, _ = subjects_of(current.head)
                return subjects, bool(subjects)
            current = current.head
        else:
            break
    return [], False


def is_time_noun(token: Token) -> bool:
    """A weekday or month name (CLDR, through the time grammar), which the model may read as an object: "ont
    décidé lundi d'expulser"."""
    names = grammar(token.doc.lang_)
    return names is not None and (token.lower_ in names.weekdays or token.lower_ in names.months)


def gerund_governor(verb: Token) -> Token | None:
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


def _gerund_doer(verb: Token) -> list[Token] | None:
    """A gerund is done by its clause's subject, even of a passive clause: "il a été arrêté en manifestant" -- he
    was arrested, he demonstrated. None when the verb is no gerund or its governor has no subject."""
    governor = gerund_governor(verb)
    if governor is None or any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in verb.children):
        return None
    subjects, _ = subjects_of(governor)
    return subjects or None


def _compound_tense(participle: Token) -> bool:
    """A participle with a finite tense auxiliary of its own and no passive one ("20.000 personnes ... ont
    participé", which the model hangs on its subject as a relative clause): an active clause in a compound tense."""
    aux = [c for c in participle.children if c.dep_.startswith("aux")]
    return any(c.dep_ in {"aux:tense", "aux"} and "Fin" in c.morph.get("VerbForm") for c in aux) and not any(
        c.dep_ in {"aux:pass", "auxpass"} for c in aux)


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


def incise_start(verb: Token) -> Token:
    """Where an incise begins: the verb or its first auxiliary just before it ("a déclaré"). Its own auxiliaries
    only: the model sometimes hangs the quote's verb on it as one ("sommes ... a déclaré")."""
    return min([verb, *[c for c in verb.children if c.dep_.startswith("aux") and verb.i - 3 <= c.i < verb.i]],
               key=lambda t: t.i)


def inverted_subject(verb: Token, deps: set[str]) -> Token | None:
    """The noun after an incise verb that is its inverted subject, whatever label the model gave it, or hung on
    the verb's oblique as an apposition without a comma ("a déclaré à l'AFP un responsable de la police")."""
    return next((c for c in verb.children if c.dep_ in deps and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None) \
        or next((a for c in verb.children if c.dep_ in OBLIQUE and c.i > verb.i and case_of(c) in {"à", "au"}
                 for a in c.children if a.dep_ == "appos" and a.pos_ in {"NOUN", "PROPN"} and a.i > c.i
                 and a.doc[a.i - 1].text != "," and any(d.dep_ == "det" for d in a.children)), None)


def bare_past_participle(verb: Token) -> bool:
    """A past participle with no auxiliary ("Accusée par Washington, elle..."): passive in French (the active
    needs "ayant"). Only for French-style UD morphology; English VBN clauses are tagged apart."""
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and (
        verb.tag_ != "VBN") and not any(c.dep_.startswith("aux") for c in verb.children)


def ancestors_of(token: Token, limit: int = 6) -> Iterator[Token]:
    current = token
    for _ in range(limit):
        if current.head == current:  # spaCy makes a new Token object on each access: compare by value
            return
        current = current.head
        yield current


def governors(token: Token, limit: int) -> Iterator[Token]:
    """Ancestors up to the first coordination: "les pourparlers ont échoué, et Kiev a accusé Moscou" -- the
    model hangs the second clause on "échoué", which does not govern it."""
    current = token
    for _ in range(limit):
        if current.dep_ == "conj" or current.head == current:
            return
        current = current.head
        yield current
