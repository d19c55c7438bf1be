"""Who did it and to whom: the actors and recipients of a found predicate, from its subjects, objects and
obliques, with the frames of meetings, visits, demands, evaluations and event nouns."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from tidings.events import resolve
from tidings.events.lexicon import Lexicon, Sense, lexicon
from tidings.events.ontology import ontology
from tidings.events.participants import (
    PERSON_PRONOUNS,
    PRONOUNS,
    SPEAKER_PRONOUNS,
    THING_PRONOUNS,
    ArticleIndex,
    actor_key,
    country_place,
    dedupe,
    demonym_of,
    linked_participants,
    pronoun_text,
    speaker_subjects,
    unlinked_agent,
    unlinked_participants,
    without_descriptions,
)
from tidings.events.syntax import (
    AGENT,
    OBJECT,
    OBLIQUE,
    PASSIVE_SUBJECT,
    RELATIVE_PRONOUNS,
    SUBJECT,
    ancestors_of,
    bare_past_participle,
    case_of,
    for_to_clause,
    gerund_governor,
    incise_start,
    inverted_subject,
    is_pronominal,
    is_reflexive,
    subjects_of,
    with_conjuncts,
)
from tidings.events.triggers import OBJECT_RELATIVES, Found, choose_sense, protest_aim, warned_clause
from tidings.link.actors import registry
from tidings.link.names import fold
from tidings.model import Participant

LOCATIVE_CASES = {"à", "en", "dans", "au", "aux", "sur", "in", "at", "near", "inside", "outside"}
CO_ACTOR_CASES = {"entre", "avec", "between", "with"}
# English: who an offered, threatened or refused act goes to ("offered to hand them over to Britain", "threatened
# to cut off electricity to the region", "agreed to inject cash into the company")
CONTENT_TO_CASES = {"to", "into"}
AGENT_CASES = {"de", "du", "des", "d'", "par", "of", "by"}
AGAINST_CASES = {"contre", "sur", "envers", "vers", "against", "on", "toward", "towards", "at"}
# acts of state power whose agentless passive is the reporting authority's own act (police, courts, ministries)
AUTHORITY_TYPES = {"COERCE", "SANCTION", "ACCUSE"}
AUTHORITY_SECTORS = {"police", "judiciary", "government", "military"}
# First-person pronouns inside a quote stand for whoever is quoted ("Nous avons convoqué...", a-t-il dit).
JUDGE_CASES = {"pour", "selon"}  # on an evaluation, the one it holds for: "pour lui", "selon elle"
# subordinators that introduce the content of a reporting verb, not an adverbial clause of its own
COMPLEMENTIZERS = {"que", "qu'", "qu’", "si", "that", "whether", "if"}


# person nouns that may name political actors: a talk with them can be a consultation
POLITICAL_PERSON_NOUNS = {"dirigeant", "rival", "partisan", "opposant", "militant", "membre", "avocat", "agent",
                          "leader", "official", "activist", "member", "lawyer"}


def _aim_recipients(protest: Token, index: ArticleIndex) -> list[Participant]:
    """Whom a protest is against, when it says so only through its aim: those its demand is made of ("staged
    demonstrations to demand reforms by Suharto's government", "a hunger strike to demand the resignation of X")."""
    lex = lexicon(index.article.lang or "")
    if lex is None:
        return []
    out: list[Participant] = []
    for token in protest.subtree:
        senses = lex.senses.get((token.lemma_.lower(), "VERB")) if token.pos_ == "VERB" else None
        if senses and (sense := choose_sense(senses, token)) and sense.type == "REQUEST" and protest_aim(
                token, {protest.i}):
            out.extend(arguments(Found(sense, token, None), index)[1])
    return out


STATE_SECTORS = {"government", "military", "police"}  # unnamed bodies that can act for a state ("the army")


def own_side_warned(verb: Token, actors: list[Participant], index: ArticleIndex) -> bool:
    """Whether the warned clause's subject is the warner's own side: "we", or linked actors of the warner's
    countries (the warner's government, army or the warner); unnamed people ("children", "staff") are not."""
    clause = warned_clause(verb)
    if clause is None:
        return False
    subjects = [t for s in clause.children if s.dep_ in SUBJECT for t in with_conjuncts(s)]
    if any(pronoun_text(s) in SPEAKER_PRONOUNS for s in subjects):
        return True
    people = [p for s in subjects for p in linked_participants(s, index)]
    countries = {p.actor.country for p in actors if p.actor.country}
    return bool(people) and all(p.actor.country in countries and (p.actor.id is not None or p.actor.kind == "group"
                                                               and p.actor.sector in STATE_SECTORS) for p in people)


def _partitive_object(token: Token, verb: Token) -> bool:
    """A direct object the French model parsed as an oblique because its article looks like "de": "disperser des
    manifestants", "arrêter des journalistes". Only when the verb has no object of its own and no "se" (then
    "de" is a real preposition: "se retirer des territoires")."""
    return token.dep_ == "obl:arg" and token.pos_ in {"NOUN", "PROPN"} and verb.pos_ == "VERB" and (
        case_of(token) == "des") and not any(c.dep_ in OBJECT for c in verb.children) and not is_reflexive(verb)


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
    if verb.pos_ != "VERB" or any(c.dep_ in OBJECT and c.i < token.i for c in verb.children) or is_reflexive(
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


def _own_thing(token: Token) -> bool:
    """A phrase its subject owns, by a possessive determiner or pronoun: "ses troupes", "its forces"."""
    owner = resolve.possessor(token)
    return owner is not None and owner.pos_ in {"DET", "PRON"}


def _acted_upon(token: Token, index: ArticleIndex, direct: bool = False, host: bool = False) -> list[Participant]:
    """The one acted upon: a linked actor, or else, unlinked, a common noun for people ("vilified educators")
    or a name the linker missed ("arrested Webb": any proper noun as a direct object, a person or organisation
    mention after a preposition, not "on Monday")."""
    found = linked_participants(token, index)
    token = resolve.partitive_head(token, index.article.lang or "")
    if found or token.pos_ not in {"NOUN", "PROPN"}:
        return found
    lex = lexicon(index.article.lang or "")
    if token.pos_ == "NOUN" and lex is not None and lex.cues is not None and token.lemma_.lower() in (
            lex.cues.crowd_nouns):
        return unlinked_participants(token, index, oblique=True)  # "crushed the protests": the protesters
    if token.pos_ == "PROPN" and (direct or any(e.start <= token.idx < e.end and e.label in {"PER", "ORG"}
                                                for e in index.article.entities)) or (
            lex is not None and lex.cues is not None and token.lemma_.lower() in lex.cues.person_nouns):
        return unlinked_participants(token, index, oblique=True)
    # "extradition from the UK", "a visit to France"; a visit to a city is to that country's government
    return [] if direct else country_place(token, index, host)


def _asked_from(token: Token, index: ArticleIndex) -> list[Participant]:
    """English: who a demand for a thing is made of, the "from" phrase on it ("seeking Assange's extradition from
    the UK", "demanded an apology from Japan"): the one asked, not the one the thing is about."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.children
            if t.dep_ == "pobj" for x in with_conjuncts(t)
            for p in linked_participants(x, index) or country_place(x, index)]


def _accused_in(token: Token, index: ArticleIndex) -> list[Participant]:
    """Who an accusation noun reached through a preposition is against, when its participle says so ("dropped
    an investigation into an allegation made against Assange")."""
    return [p for m in token.children if m.dep_ == "acl" for c in m.children if c.dep_ == "prep" and (
        c.lower_ == "against") for t in c.children for x in with_conjuncts(t) for p in _acted_upon(x, index)]


def _object_owner(token: Token, index: ArticleIndex) -> list[Participant]:
    """Whose thing an object is, when the object is no actor: "examined the conduct of the staffers",
    "condemned the move announced by Pompeo", "rejected a plea agreement offered by prosecutors"."""
    out: list[Participant] = []
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in {"NOUN", "PROPN"}:  # "defended the party's actions"
            out.extend(p for t in with_conjuncts(child) for p in _acted_upon(t, index))
        if child.dep_ == "prep" and child.lower_ == "of" or child.dep_ == "acl":
            for target in child.children:
                if child.dep_ == "acl" and target.dep_ == "agent":
                    out.extend(p for t in target.children for c in with_conjuncts(t) for p in _acted_upon(c, index))
                elif child.dep_ == "prep" and target.dep_ == "pobj":
                    out.extend(p for t in with_conjuncts(target) for p in _acted_upon(t, index))
                elif child.dep_ == "acl" and target.dep_ == "obl:agent":
                    # French (UD): "le texte proposé par la France", the participle's `obl:agent`
                    out.extend(p for t in with_conjuncts(target) for p in _acted_upon(t, index))
        elif child.dep_ == "nmod" and case_of(child) in {"de", "d'", "d’", "du", "des"}:
            # French "la démission du président", "les propos de responsables américains"
            out.extend(p for t in with_conjuncts(child) for p in _acted_upon(t, index))
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
                sense.type == "REQUEST" and for_to_clause(child)):
            for subject in child.children:
                if subject.dep_ in SUBJECT | PASSIVE_SUBJECT:
                    # "Trump's call with his counterpart was irregular": whose call it is, not who was called
                    owner = [c for c in subject.children if c.dep_ in {"poss", "nmod:poss"}]
                    out.extend(p for t in with_conjuncts(owner[0] if owner else subject)
                               for p in _acted_upon(t, index))
        elif child.dep_ == "prep" and child.lower_ == "for" and sense.type == "REQUEST":
            # English "called for a UN Security Council meeting", "for an explanation from the warden": who is
            # named on what is asked for is the one asked
            for asked in (t for t in child.children if t.dep_ == "pobj" and t.pos_ == "NOUN"):
                for mod in asked.children:
                    if mod.dep_ in {"compound", "poss", "nmod"}:
                        out.extend(p for t in with_conjuncts(mod) for p in linked_participants(t, index))
                    elif mod.dep_ == "prep" and mod.lower_ in {"of", "by", "from"}:
                        out.extend(p for t in mod.children for c in with_conjuncts(t) for p in _acted_upon(c, index))
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
            given.extend(p for t in with_conjuncts(target) for p in _acted_upon(t, index))
        elif target.dep_ in OBLIQUE:
            # ClearNLP's "dative" ("send money to Ukraine") is a preposition too
            prep = target.dep_ in {"prep", "dative"} and target.pos_ == "ADP"
            for pobj in (list(target.children) if prep else [target]):
                case = target.lower_ if prep else case_of(pobj)
                if case in AGAINST_CASES | CO_ACTOR_CASES | CONTENT_TO_CASES:
                    people = [p for t in with_conjuncts(pobj) for p in _acted_upon(t, index)]
                    (reached if case in CONTENT_TO_CASES else given).extend(people)
    return reached if reached and index.article.lang == "en" else given + reached


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


def _gerund_complements(verb: Token) -> list[Token]:
    """Obliques after a gerund the model took for a `fixed` word of "en": it hangs them on the governor ("a tenté
    de relancer le dialogue en tendant la main à Poutine": "à Poutine" on "relancer")."""
    if verb.dep_ != "fixed" or (governor := gerund_governor(verb)) is None:
        return []
    return [c for c in governor.children if c.dep_ in OBLIQUE and c.i > verb.i and case_of(c)]


# subject pronouns that may stand for the subject of the clause theirs depends on
CLAUSE_PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they"}


def _clause_antecedent(pronoun: Token, index: ArticleIndex) -> list[Participant]:
    """A subject pronoun of a subordinate clause stands for the subject noun of the clause it depends on, when that
    noun comes first and agrees in number and gender ("Des cheminots ont pénétré dans les locaux, alors qu'ils
    protestaient", "la police a affirmé qu'elle tentait d'arrêter un homme", "a man pleaded guilty to charges he
    threatened..."); with a linked actor or not."""
    clause = pronoun.head
    if pronoun.dep_ not in SUBJECT or pronoun_text(pronoun) not in CLAUSE_PRONOUNS or clause.dep_ not in {
            "advcl", "ccomp", "relcl", "acl:relcl"} or clause.dep_ == "advcl" and not any(
            c.dep_ == "mark" for c in clause.children):
        return []
    # a relative clause on a noun ("pleaded guilty to charges he threatened to..."): the verb above the noun
    governor = next((a for a in ancestors_of(clause, 4) if a.pos_ in {"VERB", "AUX"}), None)
    if governor is None:
        return []
    nouns = [s for s in subjects_of(governor)[0] if s.i < pronoun.i]
    if len(nouns) != 1 or not _agrees(nouns[0], pronoun):
        return []
    lex = lexicon(index.article.lang or "")
    if pronoun_text(pronoun) in {"he", "she"} and not (lex is not None and lex.cues is not None and (
            nouns[0].lemma_.lower() in lex.cues.person_nouns)):
        return []  # English nouns have no gender: "he" only for a person noun
    return linked_participants(nouns[0], index) or unlinked_participants(nouns[0], index)


def _agrees(noun: Token, pronoun: Token, features: tuple[str, ...] = ("Number", "Gender")) -> bool:
    """A single common noun agreeing with a pronoun in number and gender, as far as the model tells both."""
    return noun.pos_ == "NOUN" and not noun.conjuncts and all(
        noun.morph.get(f) == pronoun.morph.get(f) for f in features
        if noun.morph.get(f) and pronoun.morph.get(f))


def _sentence_antecedent(pronoun: Token, index: ArticleIndex) -> list[Participant]:
    """A French subject clitic with no linked antecedent stands for the subject of the sentence before when that
    is an unlinked noun for people agreeing with it ("Le ministre a parlé samedi. ..., a-t-il averti"): the
    subject is the most salient referent a pronoun of the next sentence takes up."""
    sent = pronoun.sent
    if index.article.lang != "fr" or pronoun_text(pronoun) not in CLAUSE_PRONOUNS or sent.start == 0:
        return []
    previous = pronoun.doc[sent.start - 1].sent
    nouns = subjects_of(previous.root)[0] if previous.root.pos_ in {"VERB", "AUX"} else []
    if len(nouns) != 1 or not _agrees(nouns[0], pronoun, ("Number",)) or not resolve.people_noun(nouns[0], index):
        return []
    # the clitic's own gender, and the article's ("la ministre": the model tags an epicene noun masculine)
    gender = "Fem" if pronoun_text(pronoun).startswith("elle") else "Masc"
    marked = [g for c in nouns[0].children if c.dep_ == "det" for g in c.morph.get("Gender")] or (
        nouns[0].morph.get("Gender"))
    if marked and gender not in marked:
        return []
    return unlinked_participants(nouns[0], index)


def _quote_incise_subject(verb: Token) -> Token | None:
    """The inverted subject of a speech verb right after a closing quote and a comma ('"...", a dénoncé M. Ri',
    '"...", avertit l'Amuf'): the model reads it as an object or an agent, and a noun of the quote as subject."""
    first, doc = incise_start(verb), verb.doc
    if first.i < 2 or doc[first.i - 1].text != "," or doc[first.i - 2].text not in {'"', "»", "”"}:
        return None
    return inverted_subject(verb, OBJECT | SUBJECT | AGENT | {"obl:agent"})


def _reporting_authority(verb: Token, index: ArticleIndex) -> list[Participant]:
    """Who made the arrests announced with no agent "selon la police" ("... ont été interpellées, selon la
    police"): that source, when it is an authority (a reporting verb's subject is found by `_reporters`)."""
    sources = [c for c in verb.children if c.dep_ in OBLIQUE and case_of(c) == "selon"]
    speakers = [p for s in sources for t in with_conjuncts(s) for p in linked_participants(t, index)]
    return speakers if speakers and all(p.actor.sector in AUTHORITY_SECTORS for p in speakers) else []


def reporting_heads(head: Token, reporting: frozenset[str]) -> Iterator[Token]:
    """Reporting verbs that govern a word, nearest first: its ancestors, or an incise hung on one of them as
    parataxis ('"C'est criminel", a ajouté le président': the model makes the quote the root) or as a conjunct
    after a comma ("La police a tiré, a constaté un journaliste")."""
    below = head
    for node in [head, *ancestors_of(head, 5)]:
        if node != head and node.pos_ == "VERB" and node.lemma_.lower() in reporting and not _beside_report(below):
            yield node
        below = node
        for child in node.children:
            if child.i > head.i and child.pos_ == "VERB" and child.lemma_.lower() in reporting and (
                    child.dep_ == "parataxis" or child.dep_ == "conj" and _comma_incise(child)):
                yield child


def _comma_incise(verb: Token) -> bool:
    """A verb read as a conjunct that is an incise after a comma (", a constaté un journaliste"): no subject
    of its own before it."""
    first = incise_start(verb)
    return first.i > 0 and verb.doc[first.i - 1].text == "," and not any(c.dep_ in SUBJECT for c in verb.children)


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
            c.dep_ in SUBJECT | PASSIVE_SUBJECT or c.dep_ in {"aux:pass", "auxpass"} and not is_pronominal(verb)
            for c in verb.children):
        return False
    if verb.dep_ == "conj":  # "pour s'être retourné contre eux et avoir tué trois soldats"
        return _active_infinitive(verb.head)
    return any(c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS for c in verb.children)


def _agentive_participle(verb: Token) -> bool:
    """A past participle with a "par"/"by" agent of its own ("un Américain asphyxié par un policier"): passive
    whatever it hangs on, so the agent is its doer."""
    return verb.pos_ == "VERB" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") and any(
        c.dep_ in AGENT for c in verb.children) and not is_pronominal(verb)


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
        subjects, passive = subjects_of(verb)
        passive = passive and not _active_infinitive(verb) or not subjects and _agentive_participle(verb)
        if (inverted := _quote_incise_subject(verb)) is not None:
            subjects, passive = [inverted], False  # '"Nous risquons des démissions", avertit l'Amuf'
        lex = lexicon(index.article.lang or "")
        for subject in subjects:
            for token in with_conjuncts(subject):
                if passive and lex is not None and (token.lemma_.lower(), "NOUN") in lex.senses and (
                        not linked_participants(token, index)):
                    continue  # "son arrestation a été dénoncée": an event the lexicon names is not the one acted upon
                people = _clause_antecedent(token, index) or (not passive and _event_doers(token, lex, index)) or (
                    linked_participants(token, index)) or _sentence_antecedent(token, index) or (
                    unlinked_participants(token, index))
                (recipients if passive else actors).extend(people)
        for child in [*verb.children, *_gerund_complements(verb)]:
            if passive and child.dep_ in AGENT | {"obl", "obl:mod"} and case_of(child) in {"par", "by"}:
                actors.extend(p for t in with_conjuncts(child)
                              for p in linked_participants(t, index) or unlinked_agent(t, index))
            elif child.dep_ == "agent":
                for pobj in child.children:
                    actors.extend(linked_participants(pobj, index) or unlinked_participants(pobj, index))
            elif inverted is not None and child.i > verb.i and child.dep_ in OBJECT | SUBJECT:
                continue  # the incise's post-verbal nominals are its subject ("a dénoncé le ministre Ri Son Gwon")
            elif (child.dep_ in OBJECT or _relative_que(child) or child.dep_ in SUBJECT and child.i > verb.i and any(
                    c.dep_ in SUBJECT and c.i < verb.i for c in verb.children)) and child != head:
                for token in with_conjuncts(_relative_antecedent(child, verb)):
                    if sense.symmetric:
                        actors.extend(linked_participants(token, index))
                    elif sense.type == "RETREAT" and _own_thing(token):
                        # the forces one withdraws are one's own: the recipient is where they leave ("retirer ses
                        # troupes de Syrie", the parser hangs "de Syrie" on the troops)
                        left = [c for c in token.children if c.dep_ == "nmod" and case_of(c) in {
                            "de", "d'", "du", "des"}] + [t for c in token.children if c.dep_ == "prep" and (
                                c.lower_ == "from") for t in c.children if t.dep_ == "pobj"]
                        recipients.extend(p for c in left
                                          for p in linked_participants(c, index) or country_place(c, index))
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
                    s.pos_ == "PROPN") for t in with_conjuncts(s) for p in _acted_upon(t, index, direct=True))
            elif child.dep_ in {"xcomp", "expl:comp"} and (child.pos_ in {"PROPN", "PRON"} or child.text[:1].isupper()
                                                            and any(e.start <= child.idx < e.end for e in index.actors)
                                                            ) and not case_of(child):
                # misparsed objects: "appelé Pékin à fournir" (Pékin as xcomp), the clitic "lui a demandé", a
                # linked name tagged as an adjective ("a accusé Ankara de jouer")
                recipients.extend(linked_participants(child, index))
            elif _partitive_object(child, verb) and not sense.symmetric:
                recipients.extend(p for t in with_conjuncts(child) for p in _acted_upon(t, index, direct=True))
            elif sense.type != "MOBILIZE" and not sense.symmetric and (
                    misplaced := _caseless_objects(child, verb)):
                recipients.extend(p for m in misplaced for t in with_conjuncts(m)
                                  for p in _acted_upon(t, index, direct=True))
            elif child.dep_ in OBLIQUE:
                targets = list(child.children) if child.dep_ == "prep" else [child]
                for target in targets:
                    case = case_of(target) if child.dep_ != "prep" else child.lower_
                    if sense.symmetric and case in CO_ACTOR_CASES:
                        partners = [p for t in with_conjuncts(target) for p in linked_participants(t, index)]
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
                        recipients.extend(p for t in with_conjuncts(target)
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
            recipients.extend(p for s in subjects_of(offer)[0] if not subjects_of(offer)[1] for t in with_conjuncts(s)
                              for p in linked_participants(t, index))
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
                recipients.extend(p for c in m.children if c.dep_ in OBJECT for t in with_conjuncts(c)
                                  for p in _acted_upon(t, index, direct=True))
            elif m.dep_ in {"acl:relcl", "relcl"} and sense.type in {"ACCUSE", "REQUEST"} and any(
                    case_of(c) == "selon" and c.lemma_.lower() == "lequel" for c in m.children):
                # "les accusations de Pékin selon lesquelles les diplomates australiens ont aidé...": the clause
                # says what is alleged, its subject is the one accused
                recipients.extend(p for c in m.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT
                                  for t in with_conjuncts(c) for p in _acted_upon(t, index, direct=True))
            elif m.dep_ == "acl":
                for c in m.children:
                    if case_of(c) in CO_ACTOR_CASES:
                        actors.extend(p for t in with_conjuncts(c) for p in linked_participants(t, index))
                    elif c.dep_ in OBLIQUE and case_of(c) in AGAINST_CASES - {"sur", "on", "at"} and (
                            not sense.symmetric):
                        # "l'offensive lancée contre les Kurdes", "les sanctions imposées contre l'Iran"
                        recipients.extend(p for t in with_conjuncts(c) for p in _acted_upon(t, index))
                    elif c.dep_ in OBLIQUE and case_of(c) in {"à", "au", "aux", "to"} and not sense.symmetric:
                        # "le soutien militaire accru au GNA", "l'aide accordée à l'Ukraine": the participle's dative,
                        # when it is an actor (not "signé à Doha")
                        recipients.extend(p for t in with_conjuncts(c) for p in linked_participants(t, index))
                    elif c.dep_ in OBJECT and m.lemma_.lower() in targeting and not sense.symmetric:
                        # "des sanctions visant la Turquie", "strikes targeting militia bases": the target
                        recipients.extend(p for t in with_conjuncts(c) for p in _acted_upon(t, index, direct=True))
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
                    case = child.lower_ if child.dep_ == "prep" else case_of(target)
                    if child.dep_ == "acl" and (case not in {"par", "by"} or lex is not None and lex.cues is not None
                                                and child.lemma_.lower() in lex.cues.reporting_verbs
                                                and child.lemma_.lower() not in lex.cues.light_verbs):
                        # "l'offensive lancée par Haftar": only the participle's agent, and not who announced it
                        # ("la normalisation entre Israël et les Emirats, annoncée par Donald Trump")
                        continue
                    if sense.type == "RETREAT" and case in AGENT_CASES and _own_thing(target):
                        continue  # "la démission de son gouvernement", "le retrait de ses troupes": one's own
                    people = [p for t in with_conjuncts(target) for p in linked_participants(t, index)]
                    if case in AGENT_CASES and not people:  # "criticism of teachers", "the release of hostages"
                        of_people.extend(p for t in with_conjuncts(target) for p in _acted_upon(t, index))
                    if case in CO_ACTOR_CASES and case not in sense.recipient_preps and not sense.symmetric:
                        partners.extend(people)
                    elif case in CO_ACTOR_CASES and case not in sense.recipient_preps or case in {"par", "by"} or (
                            not case and target.dep_ in {"amod", "poss", "compound", "nmod:poss"}):
                        actors.extend(people)
                    elif case in AGENT_CASES:
                        of_phrases.extend(people)
                    elif case in noun_recipient_cases:
                        # "son veto au projet présenté par la France": whose thing it is, when it is no actor
                        recipients.extend(p for t in with_conjuncts(target)
                                          for p in _acted_upon(t, index, host=host) or _accused_in(t, index)
                                          or _object_owner(t, index))
                    elif case == "from" and _undergoer(head, index):
                        # "received an inquiry from the office of...", "scrutiny from the SEC", "from Germany"
                        actors.extend(people or [p for t in with_conjuncts(target) for p in country_place(t, index)])
        if not recipients and not sense.symmetric:
            recipients.extend(_hit_by_subject(head, targeting, index))
        if verb is None and not recipients and not sense.symmetric and (
                ontology().types[sense.type].quad_class == "material_conflict"):
            # "Soleimani a été éliminé dans une frappe de drone", "des civils tués lors d'un raid": who undergoes
            # the passive verb the act is told through is what it hit
            recipients.extend(p for t in _hit_by(head) for c in with_conjuncts(t)
                              for p in _acted_upon(c, index, direct=True))
        if verb is None and not recipients and not sense.symmetric:
            # "a renforcé son appui au GNA", "démontrer notre solidarité avec le Royaume-Uni": the model hangs the
            # noun's complement on the verb
            recipients.extend(p for c in _hung_on_governor(head, noun_recipient_cases | CO_ACTOR_CASES, lex)
                              for t in with_conjuncts(c) for p in _acted_upon(t, index, host=host))
        if verb is None and (undergoers := _undergoer(head, index)):
            recipients.extend(undergoers)  # "WeWork is facing scrutiny", "Assange faces 18 criminal charges"
            governor = head.head.head if head.dep_ == "pobj" else head.head
            for prep in governor.children:  # "faced criticism from France": the parser hangs "from" on the verb
                if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                    actors.extend(p for t in prep.children for c in with_conjuncts(t)
                                  for p in linked_participants(c, index) or country_place(c, index))
            if not actors and sense.type in {"ACCUSE", "SANCTION"}:
                # "Assange faces 18 criminal charges in the US": where one faces a legal act, that state does it
                actors.extend(p for m in [head, governor] for prep in m.children
                              if prep.dep_ == "prep" and prep.lower_ == "in" for t in prep.children
                              for p in country_place(t, index))
        elif not actors and verb is None and (governing := _governor_subjects(head, index, reactive)):
            # "une source palestinienne a confirmé ces frappes israéliennes": a nationality adjective on the noun
            # names its doer before whoever governs it (alone, as in "contourner les sanctions américaines", it
            # does not make an event)
            country = demonym_of(head, index)
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
            actors.extend(p for s in _setting_subjects(head) for t in with_conjuncts(s)
                          for p in linked_participants(t, index))
        if not actors and verb is None:
            actors.extend(p for t in _stray_noun_agents(head)
                          for p in linked_participants(t, index) or unlinked_agent(t, index))
        if not actors and host and case_of(head) == "en" and not any(c.dep_ == "det" for c in head.children):
            # "en visite à Prague, le ministre a affirmé": the visitor is the clause's subject
            governor = head.head
            subjects = [c for c in governor.children if c.dep_ in SUBJECT and c != head] \
                if governor.pos_ in {"VERB", "AUX"} else [governor]
            actors.extend(p for s in subjects for t in with_conjuncts(s) for p in linked_participants(t, index))
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
    actors = dedupe(actors)
    if index.article.lang == "en":  # a title the parser split off its name ("arrested WikiLeaks co-founder X")
        actors, recipients = without_descriptions(actors, head.doc), without_descriptions(recipients, head.doc)
        recipients = _other_referents(recipients, actors, head.doc, index)
    keys = {actor_key(p.actor) for p in actors}
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
        p for p in dedupe(recipients)
        if actor_key(p.actor) not in keys and not (p.actor.kind == "country" and p.actor.country in state_side)]
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
    return [p for c in verb.children if c.dep_ in OBJECT for t in with_conjuncts(c)
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
    if noun.dep_ not in OBLIQUE | AGENT or verb.pos_ != "VERB" or is_pronominal(verb):
        return []
    if verb.dep_ == "acl" and bare_past_participle(verb) and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]
    if any(c.dep_ in AGENT and c != noun for c in verb.children):
        return []  # "tué par l'armée dans une frappe": the act is told by the verb with its own agent
    subjects, passive = subjects_of(verb)
    return subjects if passive else []


SETTING_CASES = {"dans", "lors", "pendant", "durant", "au", "à", "en", "during", "in", "at"}


def _setting_subjects(noun: Token) -> list[Token]:
    """The subject of the clause an event noun is the setting of: an oblique "dans", "lors de", "pendant" of a verb
    ("a déclaré X dans un entretien avec Y", with an incise's inverted subject)."""
    governor = noun.head
    if noun.dep_ not in OBLIQUE or case_of(noun) not in SETTING_CASES and governor.lower_ != "lors":
        return []
    if governor.lower_ == "lors" and governor.dep_ == "advmod":  # "lors d'une conférence": the model's adverb
        governor = governor.head
    if governor.pos_ != "VERB":
        return []
    subjects, passive = subjects_of(governor)
    return [] if passive else subjects or speaker_subjects(governor)


def _counted_targets(noun: Token, lex: Lexicon | None) -> list[Token]:
    """ "une série de frappes contre des positions du Hamas", "le rétablissement des sanctions contre l'Iran": the
    parser hangs the target of an event noun on the noun governing it (a count, or a noun of change that is no
    event itself); a "contre"/"sur" phrase there, after the event noun, is the event's."""
    counter = noun.head
    if lex is None or lex.cues is None or noun.dep_ != "nmod" or counter.pos_ != "NOUN" or (
            counter.lemma_.lower() not in lex.cues.quantity_nouns
            and (counter.lemma_.lower(), "NOUN") in lex.senses) or case_of(noun) not in {
            "de", "d'", "d’", "des", "du"}:
        return []
    return [c for c in counter.children if c.dep_ == "nmod" and c.i > noun.i and case_of(c) in AGAINST_CASES]


def _stray_noun_agents(noun: Token) -> list[Token]:
    """The "par" agent of an event noun that the parser hung elsewhere after it: on the noun's own "de" complement
    ("la convocation de l'ambassadeur par le ministère": a person is not "by" anyone) or on the verb governing the
    noun when that verb is no passive ("la situation s'est détériorée après le déploiement par Ankara de...")."""
    out = [c for d in noun.children if d.dep_ == "nmod" and case_of(d) in {"de", "d'", "d’", "du", "des"}
           for c in d.children if c.dep_ == "nmod" and c.i > d.i and case_of(c) == "par"]
    verb = noun.head
    if noun.dep_ in OBLIQUE and verb.pos_ == "VERB" and (is_pronominal(verb) or not any(
            c.dep_ in {"aux:pass", "auxpass"} or c.dep_ in PASSIVE_SUBJECT for c in verb.children)):
        out += [c for c in verb.children if c.dep_ in AGENT and noun.i < c.i and case_of(c) == "par"
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
    return [c for c in verb.children if c.dep_ in OBLIQUE - {"prep"} and c.i > noun.i and case_of(c) in cases]


def _one_sided_agreement(verb: Token, sense: Sense, actors: list[Participant],
                         index: ArticleIndex) -> list[Participant]:
    """English: an agreement verb with a single party and no "with" partner is one side accepting or undertaking
    something, which goes to whom the act is for ("agreed to inject cash into the company") or who proposed it
    ("agreed to a rescue by its largest shareholder")."""
    if not (sense.symmetric and sense.type == "AGREE" and verb.pos_ == "VERB" and len(dedupe(actors)) == 1) or any(
            c.dep_ == "prep" and c.lower_ in CO_ACTOR_CASES for c in verb.children):
        return []
    out = _content_recipients(verb, Sense(sense.lemma, sense.pos, "AGREE", None), index)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            out += [p for t in child.children if t.dep_ == "pobj" and t.pos_ == "NOUN"
                    for c in t.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                    for x in c.children for p in linked_participants(x, index)]
    keys = {actor_key(p.actor) for p in actors}
    return [p for p in dedupe(out) if actor_key(p.actor) not in keys]


def _visited(head: Token, index: ArticleIndex) -> list[Participant]:
    """Where a visit goes when no complement says so: a place named as where the clause happens ("A Tripoli,
    la visite du ministre a été l'occasion de..."), on the clause's verb."""
    clause = next((a for a in [head, *ancestors_of(head, 3)] if a.pos_ in {"VERB", "AUX"} or any(
        c.dep_ == "cop" for c in a.children)), None)
    if clause is None:
        return []
    out: list[Participant] = []
    for child in clause.children:
        # the preposition as the phrase's first word: the model often misparses a fronted "A Tripoli" (capital
        # "À" written without its accent) as a noun
        first = min(child.subtree, key=lambda t: t.i)
        if child.dep_ in OBLIQUE | {"dep"} and first.lower_ in LOCATIVE_CASES - {"sur"} | {"a"}:
            out += [p for t in child.subtree if t.pos_ == "PROPN" for p in country_place(t, index, host=True)]
    return dedupe(out)


def _said_of_by_clause(head: Token, clause: Token) -> bool:
    """Whether the clause's subject utters an evaluation: it is the clause's own complement ("a jugé la décision
    inacceptable", "a qualifié de mensonges"), is predicated of its object by "comme"/"as" ("décrivant les
    manifestations comme un complot"), or qualifies its argument ("évoque des actes odieux") in a clause that is
    no participle inside an argument ("the party made a video containing a deceitful edit": the writer's word)."""
    return head.head == clause or head.head.head == clause and (
        clause.dep_ not in {"acl", "acl:relcl", "relcl"} or case_of(head) in {"comme", "as"})


def _evaluation(head: Token, index: ArticleIndex) -> tuple[list[Participant], list[Participant]]:
    """An evaluation ("une politique inacceptable", "ces mensonges", "X is unacceptable") is its speaker's
    criticism of what is evaluated: actor = who says it, recipient = the thing judged or whose it is."""
    speaker = index.speaker_of(head)
    clause = next((a for a in [head, *ancestors_of(head, 4)] if a.pos_ in {"VERB", "AUX"}), None)
    actors: list[Participant] = _reporters(head, index)  # "Vindman and Williams told lawmakers that ..."
    if not actors and speaker is not None:
        actors = [Participant(speaker, speaker.name, head.idx, head.idx + len(head))]
    elif not actors and (judges := [c for c in head.children if c.dep_ in OBLIQUE and case_of(c) in JUDGE_CASES]):
        # "Pour lui, X est responsable": whom it is so for judges it
        actors = [p for c in judges for t in with_conjuncts(c) for p in linked_participants(t, index)]
    if not actors and clause is not None and clause != head and _said_of_by_clause(head, clause):
        # "M. Mouallem a qualifié de mensonges...", "Trump a jugé la décision inacceptable"
        subjects, passive = subjects_of(clause)
        if not passive and not any(head in s.subtree for s in subjects):
            actors = [p for s in subjects for t in with_conjuncts(s) for p in linked_participants(t, index)]
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
        if noun.dep_ in OBJECT and noun.head.pos_ == "VERB" and not subjects_of(noun.head)[1]:
            # "L'Amérique a fait une erreur très stupide": whoever made the thing so judged
            judged += [t for s in subjects_of(noun.head)[0] for t in with_conjuncts(s)]
    if clause is not None and clause != head and head.dep_ in {"xcomp", "obl", "obl:arg", "oprd", "acomp"}:
        judged += [c for c in clause.children if c.dep_ in OBJECT]
    if clause is not None and head.dep_ == "acomp" and clause.lemma_.lower() == "be":
        # English "Trump's request was inappropriate" (ClearNLP acomp): the copula's subject, or whose it is
        for subject in (c for c in clause.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT):
            owner = [c for c in subject.children if c.dep_ == "poss"]
            judged += owner or [subject]
    recipients = [p for t in judged for p in linked_participants(t, index)]
    if not recipients:  # "jugent frauduleux les résultats de l'élection remportée par X": whose thing is judged
        recipients = [p for t in judged if t.pos_ == "NOUN" for x in [t, *[c for c in t.children if c.dep_ == "nmod"]]
                      for p in _object_owner(x, index)]
    keys = {actor_key(p.actor) for p in actors}
    return dedupe(actors), [p for p in dedupe(recipients) if actor_key(p.actor) not in keys]


def _demand_arguments(verb: Token, index: ArticleIndex) -> tuple[list[Participant], list[Participant]]:
    """(speaker, subject) of "X must do Y": nothing when nobody else says it or X is the speaker ("we must")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    if any(pronoun_text(s) in SPEAKER_PRONOUNS for s in subjects):
        return [], []
    speakers = _reporters(verb, index)
    keys = {actor_key(p.actor) for p in speakers}
    recipients = [p for s in subjects for t in with_conjuncts(s) for p in _acted_upon(t, index, direct=True)
                  if actor_key(p.actor) not in keys]
    return (speakers, recipients) if recipients else ([], [])


def _reporters(head: Token, index: ArticleIndex) -> list[Participant]:
    """Every linked subject of the reporting verb that governs a word ("Vindman and Williams said...")."""
    lex = lexicon(index.article.lang or "")
    if lex is None or lex.cues is None:
        return []
    for verb in reporting_heads(head, lex.cues.reporting_verbs):
        subjects = speaker_subjects(verb)
        if not subjects and subjects_of(verb)[1] or any(pronoun_text(s) in SPEAKER_PRONOUNS for s in subjects):
            return []
        return [p for s in subjects for t in with_conjuncts(s) for p in linked_participants(t, index)]
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
            first = incise_start(child)
            if first.i > 0 and first.doc[first.i - 1].text == "," and (
                    inverted := inverted_subject(child, OBJECT | SUBJECT)) is not None:
                return linked_participants(inverted, index)[:1]
    return []


def _governor_subjects(noun: Token, index: ArticleIndex, reactive: frozenset[str]) -> list[Participant]:
    """The doer of an event noun that is the object of some verb: "Trump a rétabli des sanctions" -- unless
    the verb is a reaction to someone else's event ("Paris condamne les frappes", "lifted the tariffs")."""
    lex = lexicon(index.article.lang or "")
    if lex is not None and lex.cues is not None and noun.dep_ in {"nmod", "pobj"} and (
            (counter := noun.head.head if noun.dep_ == "pobj" else noun.head).lemma_.lower() in (
                lex.cues.quantity_nouns | lex.cues.carrier_nouns)
            and case_of(noun) in {"de", "d'", "d’", "des", "of"} and counter.pos_ == "NOUN"):
        # "a revendiqué une série de frappes", "a transmis un message de soutien": the count's or carrier's verb
        return _governor_subjects(counter, index, reactive)
    verb = noun.head
    if any(c.dep_ == "cop" for c in noun.children):
        # "la Turquie est le principal soutien du GNA": a predicate noun is done by the copula's subject -- the
        # subject itself, not a name inside it ("la levée de l'embargo était une partie de l'accord"). A "copula"
        # that is no "être" is a verb the model misread ("qu'elles signeraient l'accord"): its subject all the same
        return [p for s in noun.children if s.dep_ in SUBJECT | PASSIVE_SUBJECT
                for t in with_conjuncts(s) for p in linked_participants(t, index) if p.start <= t.idx < p.end]
    if noun.dep_ == "xcomp" and verb.pos_ in {"VERB", "AUX"} and not any(c.dep_ in OBJECT for c in verb.children):
        # "la Turquie est devenue le principal soutien...": the same through "devenir"/"rester" (the model makes
        # their subject passive); with an object the predicate is the object's ("nommer X émissaire")
        subjects = [c for c in verb.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT]
        return [p for s in subjects for t in with_conjuncts(s) for p in linked_participants(t, index)
                if p.start <= t.idx < p.end]
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
        lex = lexicon(index.article.lang or "")
        if lex is not None and lex.cues is not None and verb.lemma_.lower() in lex.cues.reporting_verbs:
            return []  # "Trump said at a rally", "told reporters after the meeting": where it was said
    elif noun.dep_ in PASSIVE_SUBJECT and verb.pos_ == "VERB" and verb.lemma_.lower() not in reactive:
        # "des sanctions ont été imposées par Washington", "la condamnation a été confirmée par la Cour suprême":
        # the passive's agent
        return [p for c in verb.children if c.dep_ in AGENT or c.dep_ == "obl" and case_of(c) in {"par", "by"}
                for t in with_conjuncts(c) for p in linked_participants(t, index) or unlinked_agent(t, index)]
    elif noun.dep_ not in OBJECT | {"obl:arg"}:
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() in reactive:
        return []
    subjects, passive = subjects_of(verb)
    if passive:
        return []
    return [p for s in subjects for t in with_conjuncts(s) for p in linked_participants(t, index)]


def _own_event_ended(noun: Token, actors: list[Participant], index: ArticleIndex, reactive: frozenset[str]) -> bool:
    """Whether a reactive verb's subject ends or answers its own event noun: all the noun's doers are that subject."""
    verb = noun.head
    if noun.dep_ not in OBJECT or verb.pos_ != "VERB" or verb.lemma_.lower() not in reactive:
        return False
    subjects, passive = subjects_of(verb)
    doers = {actor_key(p.actor) for s in subjects for t in with_conjuncts(s) for p in linked_participants(t, index)}
    return not passive and bool(doers) and {actor_key(p.actor) for p in actors} <= doers


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
        return [p for s in subjects for t in with_conjuncts(s)
                for p in _acted_upon(t, index, direct=True) or country_place(t, index)]
    if lex is not None and lex.cues is not None and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (
            noun.head.lower_ in lex.cues.undergo_preps) and verb.pos_ in {"VERB", "AUX"}:
        # "the company is under investigation", "remained under pressure from Moscow": the subject undergoes it
        subjects, passive = subjects_of(verb)
        return [] if passive else [p for s in subjects for t in with_conjuncts(s) for p in _acted_upon(t, index)]
    if lex is None or lex.cues is None or verb.lemma_.lower() not in lex.cues.undergo_verbs or verb == noun or (
            noun.dep_ not in OBJECT | {"obl:arg", "pobj", "obl"}):
        return []
    subjects, passive = subjects_of(verb)
    return [] if passive else [p for s in subjects for t in with_conjuncts(s) for p in _acted_upon(t, index)]
