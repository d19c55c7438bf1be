"""Resolving event arguments the linker left without an actor, or gave only the article's country.

The extractor finds an argument in the parse (a subject, an object, a "de"/"of" phrase); when no linked
entity covers it, this module tries, in order of trust, what a reader would do with the article at hand:

1. a registry name the linker missed ("Les talibans," with its comma, lower-case "talibans");
2. a possessed noun: whose it is ("ses avocats", "son pays", "their governments" -> the owner's country);
3. "les deux pays", "the two leaders": the two countries or people named last;
4. a definite noun already met with its country ("l'ambassade" after "l'ambassade de Russie");
5. an inanimate or abstract noun ("la décision", "the move") is no actor at all: dropped.

For linked arguments it refines two guesses of the linker: an office named without its country ("le chef de
l'État", which the linker gives the article's country) is the holder of that office named before in the
article, and a title followed by a name ("l'ONG Amnesty International") is the name alone. Pronouns take
their antecedent by agreement, syntax and salience (`antecedent`). Pure functions over the parse, the
article's linked entities and the ArticleIndex; the nouns are data (`data/actors/arguments.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from tidings.events.lexicon import lexicon
from tidings.link.actors import apposition, registry
from tidings.link.names import fold, name_key
from tidings.model import ActorRef, Entity, Participant
from tidings.yamlfile import parse_yaml

if TYPE_CHECKING:  # the index is extract.ArticleIndex; imported for types only (extract imports this module)
    from tidings.events.participants import ArticleIndex

SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:subj"}
OBJECTS = {"obj", "dobj", "iobj", "dative", "expl:comp", "obl", "obl:arg", "pobj"}
DETERMINERS = {"det", "predet", "det:poss"}
POSSESSIVES = {"poss", "nmod:poss", "det:poss"}
PLURAL_PRONOUNS = {"ils", "elles", "leur", "leurs", "les", "they", "them", "their"}
# How the linker marks a guess made from the article's most mentioned country, not from the text
FROM_ARTICLE = "(country from the article)"
PERSON_KINDS = {"person"}
STATE_SECTORS = {"government", "military", "police", "judiciary"}  # bodies a pronoun may take up as their state
GROUP_KINDS = {"country", "group", "igo", "organization", "armed_group", "party"}


@cache
def _nouns() -> dict[str, dict[str, Any]]:
    path = resources.files("tidings.data").joinpath("actors/arguments.yaml")
    return parse_yaml(path.read_text(encoding="utf-8")) or {}


@cache
def _words(key: str, lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in (_nouns().get(key) or {}).get(lang) or [])


def _lemma(token: Token) -> str:
    return fold(token.lemma_)


def _day(index: ArticleIndex) -> date | None:
    published = index.article.published
    return published.date() if published is not None else None


def _participant(ref: ActorRef, token: Token, text: str | None = None) -> Participant:
    return Participant(ref, text or token.text, token.idx, token.idx + len(token))


# --- pronouns ---------------------------------------------------------------------------------------------
def _span_of(tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


CLOSING_QUOTES = {'"', "»", "”"}


def quoted_clause(verb: Token) -> Token | None:
    """The quote an incise verb follows and hangs on ('"La Turquie ne respecte rien", a-t-il fustigé': the model
    makes the quote the root and the incise its advcl or parataxis): the quote's head, else None."""
    first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux") and verb.i - 3 <= c.i < verb.i]],
                key=lambda t: t.i)
    doc, quote = verb.doc, verb.head
    if verb.dep_ not in {"advcl", "parataxis", "conj"} or quote.i >= verb.i or first.i < 2:
        return None
    return quote if doc[first.i - 1].text == "," and doc[first.i - 2].text in CLOSING_QUOTES else None


PREPOSED_ADJUNCTS = {"advcl", "obl", "obl:mod"}


def _clause_spans(verb: Token, pronoun: Token) -> list[tuple[int, int]]:
    """A subject pronoun's clause, without the adverbial clauses and phrases fronted before it, which it does not
    command: "Alors que Trump avait réagi avec retenue, il s'est déchaîné" ("il" may be Trump). A fronted quote
    stays: what it names is not its speaker."""
    doc = verb.doc
    fronted = [c for c in verb.children if c.dep_ in PREPOSED_ADJUNCTS and c.i < pronoun.i
               and max(t.i for t in c.subtree) < pronoun.i
               and not any(t.text in CLOSING_QUOTES or t.text in {"«", "“"} for t in c.subtree)]
    if not fronted:
        return [_span_of(list(verb.subtree))]
    kept = {t.i for t in verb.subtree} - {t.i for c in fronted for t in c.subtree}
    return [_span_of([doc[i]]) for i in sorted(kept)]


def _excluded_spans(token: Token) -> list[tuple[int, int]]:
    """Where a pronoun's antecedent cannot be (binding): a subject pronoun does not corefer with a name in its
    own clause, quotes included (""... Erdogan ...", a-t-il dit": not Erdogan); an object pronoun not with the
    subject of its verb, nor with the subject controlling it ("il lui a demandé": lui is not il; "the police
    threatened to fire on them": not the police)."""
    head = token.head
    if head == token:
        return []
    if token.dep_ in SUBJECTS:
        # the quote an incise follows is said by its subject: '"... Erdogan ...", a-t-il fustigé' is not Erdogan
        quote = quoted_clause(head)
        return _clause_spans(head, token) + ([_span_of(list(quote.subtree))] if quote is not None else [])
    if token.dep_ not in OBJECTS and not token.dep_.startswith("expl"):
        return []
    verb = head.head if head.dep_ == "prep" else head
    spans: list[tuple[int, int]] = []
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        spans += [_span_of(list(c.subtree)) for c in subjects]
        if subjects or verb.dep_ not in {"xcomp", "conj"} or verb.head == verb:
            break
        verb = verb.head
    return spans


def _emphatic(token: Token) -> bool:
    """ "il a lui aussi condamné", "he himself": a stressed pronoun doubling the subject, no argument."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.dep_ not in SUBJECTS and following is not None and (
        fold(following.text) in _words("emphatic", token.doc.lang_))


def _speaker_side(token: Token, index: ArticleIndex) -> Entity | None:
    """ "Erekat said they would...": a plural subject pronoun under a person's reporting verb is that person's
    side; the person stands for it."""
    if token.dep_ not in SUBJECTS or token.head.dep_ != "ccomp":
        return None
    for subject in (c for c in token.head.head.children if c.dep_ in SUBJECTS):
        for e in index.actors:
            if e.start <= subject.idx < e.end and e.actor is not None and e.actor.kind == "person":
                return e
    return None


def _root_token(entity: Entity, token: Token) -> Token | None:
    span = token.doc.char_span(entity.start, entity.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_subject(entity: Entity, token: Token, main: bool = False) -> bool:
    """The entity is (the head of, or apposed to) a clause's subject; with `main`, of the sentence's main verb
    (or of a verb coordinated with it)."""
    root = _root_token(entity, token)
    if root is None:
        return False
    if root.dep_ in {"appos", "flat:name", "flat", "compound", "nmod"}:
        root = root.head
    if root.dep_ not in SUBJECTS:
        return False
    verb = root.head
    return not main or verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def antecedent(token: Token, index: ArticleIndex, person: bool, window: int = 1500,
               thing: bool = False, exclude: frozenset[str] = frozenset()) -> Entity | None:
    """The actor a third-person pronoun stands for: one of the right kind (a person for "il"/"she", never a
    single person for "ils"/"they" nor for "it"), outside the pronoun's binding domain, preferring the subject of the
    nearest sentence that names a candidate, else the nearest candidate. Actors in `exclude` (by `identity`) are not
    candidates."""
    word = token.lower_.lstrip("-")
    plural = word in PLURAL_PRONOUNS
    if _emphatic(token):
        return None
    if plural and (side := _speaker_side(token, index)) is not None:
        return side
    kinds = PERSON_KINDS if person else GROUP_KINDS | (set() if plural or thing else PERSON_KINDS)
    excluded = _excluded_spans(token)
    barred = exclude | _bound_identities(token, excluded, index)
    candidates = [e for e in index.actors if token.idx - window <= e.end <= token.idx and e.actor is not None
                  and e.actor.kind in kinds and not any(s <= e.start < t for s, t in excluded)
                  and identity(e.actor) not in barred and (plural or not _plural_noun(e, token))]
    if plural:  # a group the linker missed ("(les talibans) ... ils attaquent"), in this sentence or the last
        candidates = sorted(candidates + _missed_groups(token, index, excluded), key=lambda e: e.start)
    if plural and not candidates:  # "ils" for two people named together ("Macron et Merkel ... ils")
        candidates = [e for e in index.actors if token.idx - window <= e.end <= token.idx and e.actor is not None
                      and not any(s <= e.start < t for s, t in excluded)]
    if not candidates:
        return None
    chosen = _salient(candidates, token, subject_first=token.dep_ in SUBJECTS)
    if chosen.actor is not None and FROM_ARTICLE in chosen.actor.how and chosen.actor.kind == "person":
        mention = Participant(chosen.actor, chosen.text, chosen.start, chosen.end)
        if (better := _named_before(mention, index)) is not None:
            return replace(chosen, actor=better)
    return chosen


def identity(actor: ActorRef) -> str:
    """Who an actor is, across its mentions: its registry id, else its name (an unnamed group's name is its
    country's: no identity)."""
    return actor.id or actor.name


def _bound_identities(token: Token, excluded: list[tuple[int, int]], index: ArticleIndex) -> frozenset[str]:
    """English: binding bars an object pronoun's subject as an actor, not only as a mention ("Macron met Scholz.
    Scholz urged him...": "him" is not Scholz, wherever Scholz is named before)."""
    if token.doc.lang_ != "en" or token.dep_ in SUBJECTS:  # a name inside the pronoun's own clause may restate it
        return frozenset()
    return frozenset(identity(e.actor) for e in index.actors if e.actor is not None and (
        e.actor.id is not None or e.actor.kind == "person") and any(s <= e.start < t for s, t in excluded))


def _plural_noun(entity: Entity, token: Token) -> bool:
    """An unnamed group of people headed by a plural common noun ("les manifestants"): no antecedent of a singular
    pronoun ("sa démission" after "les manifestants" is not theirs). Proper nouns, named actors and a state's bodies
    are left alone ("les Etats-Unis"; "China's leaders ... it": the state they stand for)."""
    root = _root_token(entity, token)
    return root is not None and root.pos_ == "NOUN" and "Plur" in root.morph.get("Number") and (
        entity.actor is None or entity.actor.id is None and entity.actor.sector not in STATE_SECTORS)


def _missed_groups(token: Token, index: ArticleIndex, excluded: list[tuple[int, int]]) -> list[Entity]:
    """Plural common nouns before a pronoun, in its sentence or the one before, that name a registry group
    no entity covers ("les talibans" in lower case)."""
    sentences = [s for s in token.doc.sents if s.start_char <= token.idx]
    start = sentences[-2].start if len(sentences) > 1 else sentences[-1].start
    covered = [(e.start, e.end) for e in index.actors]
    out = []
    for other in token.doc[start:token.i]:
        if other.pos_ != "NOUN" or "Plur" not in other.morph.get("Number") or any(
                s <= other.idx < t for s, t in covered + excluded):
            continue
        ref = registry_name(other)
        if ref is not None:
            out.append(Entity(other.text, "ORG", other.idx, other.idx + len(other), actor=ref, origin="argument"))
    return out


def _salient(candidates: list[Entity], token: Token, subject_first: bool = True) -> Entity:
    """Of mentions before a token, the one a reader takes up: in the nearest sentence that has any, its subject,
    else the last one. An object pronoun in the candidates' own sentence takes the nearest noun."""
    starts = sorted(s.start_char for s in token.doc.sents)
    by_sentence: dict[int, list[Entity]] = {}
    for e in candidates:
        start = max((s for s in starts if s <= e.start), default=0)
        by_sentence.setdefault(start, []).append(e)
    nearest = max(by_sentence)
    in_sentence = by_sentence[nearest]
    own_sentence = token.sent.start_char == nearest
    if own_sentence and not subject_first:
        return in_sentence[-1]
    main = [e for e in in_sentence if _is_subject(e, token, main=True)]
    subjects = [e for e in in_sentence if _is_subject(e, token)]
    return (main or subjects or in_sentence)[-1]


# --- linked arguments: refinements -----------------------------------------------------------------------
def _office_key(text: str, lang: str) -> str | None:
    roles = registry().role_words.get(lang, {})
    key = name_key(text)
    return roles.get(key) or roles.get(fold(text))


LEADERS = {"president", "prime_minister", "chancellor", "king", "emir", "supreme_leader", "crown_prince"}


def _holder_named_before(role: str, token: Token, before: int, index: ArticleIndex,
                         window: int = 3000) -> ActorRef | None:
    """Of the people named before who held `role` (in any country) on the article's date, the salient one:
    "le chef de l'État" after "Emmanuel Macron a ...", in a story about another country's crisis."""
    reg, day = registry(), _day(index)
    wanted = {role} | (LEADERS if role == "leader" else set())
    holders = []
    for e in index.actors:
        actor = reg.actors.get(e.actor.id or "") if e.actor is not None else None
        if actor is not None and actor.kind == "person" and abs(e.start - before) <= window and not (
                e.start <= token.idx < e.end) and any(
                r.role in wanted and (day is None or r.holds_on(day)) for r in actor.roles):
            holders.append(e)
    earlier = [e for e in holders if e.end <= before]
    if not earlier:  # a lead that names the office before the person ("Le chef de l'État a appelé ...")
        later = [e for e in holders if e.start > token.idx + len(token)]
        return reg.actors[later[0].actor.id or ""].ref("role (holder named after)") if later else None  # type: ignore[union-attr]
    chosen = reg.actors[_salient(earlier, token).actor.id or ""]  # type: ignore[union-attr]
    return chosen.ref("role (holder named before)")


def refine(token: Token, found: list[Participant], index: ArticleIndex) -> list[Participant]:
    """Linked participants of a nominal, corrected where the linker guessed from the article's country."""
    lang = index.article.lang or ""
    # A title apposed to a name ("l'ONG Amnesty International", "le ministre..., Jean-Yves Le Drian"): the name
    # ("le chef du gouvernement d'union Fayez al-Sarraj": the name may hang on the title's complement)
    heads = [token] + [c for c in token.children if c.dep_ == "nmod"]
    apposed = [c for h in heads for c in h.children if c.dep_ in {"appos", "flat:name", "flat", "nmod", "compound"}
               and not any(g.dep_ in {"case", "prep"} for g in c.children)]
    named = [p for p in found if p.actor.kind in {"person", "organization", "igo", "armed_group", "party", "media"}
             and not p.start <= token.idx < p.end
             and any(c.idx <= p.start and p.end <= _span_of(list(c.subtree))[1] for c in apposed)]
    if named and token.pos_ == "NOUN":
        # "un ressortissant canadien, Xu Weihong": the title's country is the unknown person's
        title = next((p.actor.country for p in found if p.start <= token.idx < p.end and p.actor.country
                      and FROM_ARTICLE not in p.actor.how), None)
        named = [replace(p, actor=replace(p.actor, country=title))
                 if p.actor.id is None and (p.actor.country is None or FROM_ARTICLE in p.actor.how) and title else p
                 for p in named]
        found = named + [p for p in found if p.actor.id is not None and p not in named
                         and not (p.start <= token.idx < p.end)]
    out = []
    for p in found:
        if FROM_ARTICLE in p.actor.how and p.start <= token.idx < p.end and (
                stated := _country_modifier(token, index)) is not None:
            # "le ministre grec des Affaires étrangères": the text states the country the linker missed
            p = replace(p, actor=replace(p.actor, country=stated, how="country stated"))
        elif FROM_ARTICLE in p.actor.how and p.actor.kind in {"person", "organization"} and p.actor.id is None and (
                named_before := _named_before(p, index)) is not None:
            p = replace(p, actor=named_before)
        elif FROM_ARTICLE in p.actor.how and p.start <= token.idx < p.end:
            owner = _owner_country(token, index)
            office = _office_key(p.text, lang) if p.actor.kind == "person" else None
            holder = _holder_named_before(office, token, p.start, index) if office else None
            if holder is not None:
                p = replace(p, actor=holder)
            elif owner is not None:
                p = replace(p, actor=replace(p.actor, country=owner, how="owner's country"))
            elif (earlier := _earlier_country(token, index)) is not None:
                p = replace(p, actor=replace(p.actor, country=earlier, how="country of an earlier mention"))
        out.append(p)
    return out


# --- unlinked arguments ------------------------------------------------------------------------------------
def _phrase_words(token: Token) -> list[Token]:
    """The nominal with its determiners and adjectives, without clauses, punctuation and prepositions."""
    kept = [token] + [c for c in token.children if c.dep_ in DETERMINERS | {"amod", "compound", "flat",
                                                                           "flat:name", "nummod"}]
    return sorted((t for t in kept if not t.is_punct), key=lambda t: t.i)


_ELIDED_ARTICLE = re.compile(r"^[lL]['’]\s*")  # "l'État juif": the article, not the letter of "libération"


def _written_as(text: str, actor_aliases: dict[str, tuple[str, ...]]) -> bool:
    """Whether a text is one of an actor's aliases as written, but for the case of its first letter: "ans" is
    not the acronym "ANS", "talibans" is "talibans"."""
    key = name_key(text)
    bare = _ELIDED_ARTICLE.sub("", text)
    for names in actor_aliases.values():
        for alias in names:
            written = _ELIDED_ARTICLE.sub("", alias)
            if name_key(alias) == key and written[1:] == bare[1:] and not (
                    " " not in bare and bare[:1].islower() and written[:1].isupper()):
                return True  # but a lower-case word is no capitalised name: "sa libération" is not Libération
    return False


def registry_name(token: Token) -> ActorRef | None:
    """A registry alias the linker did not see ("les talibans" in lower case, "Les talibans," with a comma,
    "l'État juif"): an organisation written as the registry writes it, or a country's multiword periphrasis.
    A common noun is no surname ("le maire" is not Bruno Le Maire), a lone place name no actor."""
    reg = registry()
    words = _phrase_words(token)
    for text in (" ".join(t.text for t in words), token.text):
        hits = {h.actor_id for h in reg.aliases.get(name_key(text), [])}
        if len(hits) == 1:
            actor = reg.actors[hits.pop()]
            if actor.kind == "country" and " " in name_key(text) or actor.kind not in {"person", "country"} and (
                    _written_as(" ".join(t.text for t in words if t.dep_ not in DETERMINERS) or text, actor.aliases)
                    or _written_as(token.text, actor.aliases)):
                return actor.ref("alias (argument)")
    return None


def possessor(token: Token) -> Token | None:
    """The possessive on a nominal: "ses" (French `det` with Poss=Yes), "its", "Russia's"."""
    for c in token.children:
        if c.dep_ in POSSESSIVES or c.dep_ == "det" and "Yes" in c.morph.get("Poss"):
            return c
    return None


def _owner_country(token: Token, index: ArticleIndex) -> str | None:
    """The country of whoever a possessive names ("ses avocats": the person named before; "their
    governments": the group or country named before)."""
    poss = possessor(token)
    if poss is None:
        return None
    if poss.pos_ in {"NOUN", "PROPN"}:  # "Russia's government": the linker covers it
        return None
    word = poss.lower_
    plural = word in PLURAL_PRONOUNS
    owner = antecedent(poss, index, person=False) if plural else antecedent(poss, index, person=False)
    return owner.actor.country if owner is not None and owner.actor is not None else None


def _country_modifier(token: Token, index: ArticleIndex) -> str | None:
    """The country a nominal states: a nationality adjective, or a "de"/"of" phrase naming a country."""
    demonyms = registry().demonyms.get(index.article.lang or "", {})
    for child in token.children:
        if child.dep_ in {"amod", "compound", "nmod"} and (country := demonyms.get(fold(child.text)) or demonyms.get(
                fold(_hyphenated(child)))):
            return country
        if child.dep_ in {"nmod", "prep", "compound", "poss", "nmod:poss"}:
            start, end = _span_of(list(child.subtree))
            for e in index.article.entities:
                if start <= e.start and e.end <= end:
                    country = (e.actor.country if e.actor is not None and e.actor.kind == "country" else None) or (
                        e.place.country if e.place is not None and e.place.feature == "country" else None)
                    if country:
                        return country
    return None


def _hyphenated(token: Token) -> str:
    """A word the tokenizer split at its hyphen, rejoined ("sud" "-" "coréenne" -> "sud-coréenne")."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and (
            not doc[token.i - 2].whitespace_):
        return doc.text[doc[token.i - 2].idx:token.idx + len(token)]
    return token.text


def stated_country(token: Token, index: ArticleIndex) -> str | None:
    """The country an unlinked nominal states, itself or through its "de" complement: "un porte-parole de la
    présidence sud-coréenne" is South Korean, whatever country the article is about."""
    if (country := _country_modifier(token, index)) is not None:
        return country
    for child in token.children:
        if child.dep_ == "nmod" and any(c.dep_ == "case" and fold(c.text) in {"de", "d'", "du", "des"}
                                        for c in child.children):
            return _country_modifier(child, index)
    return None


def people_noun(token: Token, index: ArticleIndex) -> bool:
    """A noun for people or an institution: a group noun or office of the registry, a person noun of the
    language's cues, or one of `institution_nouns` ("l'ambassade", "the unit")."""
    forms = {_lemma(token), fold(token.text)}
    return bool(forms & _people_words(index.article.lang or ""))


@cache
def _people_words(lang: str) -> frozenset[str]:
    """Folded group nouns and offices of the registry, person nouns of the cues, `institution_nouns`."""
    reg = registry()
    lex = lexicon(lang)
    person = lex.cues.person_nouns if lex is not None and lex.cues is not None else frozenset()
    return frozenset(set(reg.group_nouns.get(lang, {})) | set(reg.role_words.get(lang, {}))
                     | _words("institution_nouns", lang) | {fold(w) for w in person})


def _earlier_country(token: Token, index: ArticleIndex) -> str | None:
    """A definite nominal met earlier in the article with its country: "l'ambassade" after "l'ambassade de
    Russie", "the authorities" after "the Afghan authorities"."""
    if any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in token.children) and (
            index.article.lang or "") != "en":
        return None  # "des manifestants" is new to the story; English bare nouns ("police") are not
    lemma = _lemma(token)
    if not people_noun(token, index):
        return None  # "another one", "the case": no body of people whose country a mention could state
    for other in reversed(token.doc[:token.i]):
        if other.pos_ == "NOUN" and _lemma(other) == lemma and (country := _country_modifier(other, index)):
            return country
    return None


def _kind_anaphor(token: Token, index: ArticleIndex, window: int = 3000) -> list[Participant]:
    """ "the party", "the body", "the company": a bare definite noun for a kind of actor (data `kind_nouns`) is the
    last actor of that kind named before it."""
    kinds = [k for k, nouns in ((_nouns().get("kind_nouns") or {}).get(index.article.lang or "") or {}).items()
             if _lemma(token) in {fold(n) for n in nouns}]
    if not kinds or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ not in {"det", "punct"} and c.i < token.i for c in token.children):
        return []
    for e in reversed([e for e in index.actors if token.idx - window <= e.start and e.end <= token.idx]):
        if e.actor is not None and e.actor.kind in kinds and (e.actor.kind != "organization" or (
                e.actor.sector == "business")):
            return [Participant(e.actor, token.text, token.idx, token.idx + len(token))]
    return []


def _pair(token: Token, index: ArticleIndex) -> list[Participant]:
    """ "les deux pays", "the two leaders", "both sides": the two distinct countries (or people) named last."""
    lang = index.article.lang or ""
    lemma = _lemma(token)
    countries, people = _words("pair_countries", lang), _words("pair_people", lang)
    if lemma not in countries | people and fold(token.text) not in countries | people:
        return []
    two = _words("two", lang)
    if not any(fold(c.text) in two for c in token.children if c.dep_ in {"nummod", "det", "predet", "amod"}):
        return []
    reg = registry()
    refs: list[ActorRef] = []
    seen: set[str] = set()
    named = _apposed_after(token, index)
    if len(named) >= 2:  # "Deux États, la Suède et la Finlande, ...": the names that follow
        return [Participant(e.actor, e.text, e.start, e.end) for e in named if e.actor is not None]
    for e in reversed([e for e in index.actors if e.end <= token.idx and e.actor is not None]):
        assert e.actor is not None
        country = e.actor.country
        if lemma in people or fold(token.text) in people:
            if e.actor.kind != "person" or (e.actor.id or e.text) in seen:
                continue
            seen.add(e.actor.id or e.text)
            refs.append(e.actor)
        elif country and country not in seen and e.actor.kind in {"country", "group", "person"}:
            seen.add(country)
            actor = reg.actors.get(reg.country_actor.get(country, ""))
            refs.append(actor.ref("pair") if actor else reg.country_ref(country, "government", "pair"))
        if len(refs) == 2:
            return [_participant(r, token) for r in refs]
    return []


def _apposed_after(token: Token, index: ArticleIndex) -> list[Entity]:
    """Actors named between a comma after a nominal and the next comma (an apposition the parser may miss)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text not in {",", "(", ":"}:
        return []
    end = token.i + 2
    while end < len(doc) and doc[end].text not in {",", ")", ";", "."} and doc[end].pos_ not in {"VERB", "AUX"}:
        end += 1
    start_char, end_char = doc[token.i + 2].idx, doc[end - 1].idx + len(doc[end - 1])
    return [e for e in index.actors if start_char <= e.start and e.end <= end_char]


def _named_before(participant: Participant, index: ArticleIndex) -> ActorRef | None:
    """An unknown person or organisation placed in the article's country, named earlier with a country the
    text gave ("le ministre grec ... Nikos Dendias", then "M. Dendias"): that country."""
    last = name_key(participant.text).split()
    lang = index.article.lang or ""
    if not last:
        return None
    international = _words("international_words", lang)
    if participant.actor.kind == "organization" and set(last) & international:
        # "la Fédération internationale pour les droits humains": of no one country
        return replace(participant.actor, country=None, how="international organisation")
    for e in reversed([e for e in index.actors if e.end <= participant.end and e.actor is not None]):
        assert e.actor is not None
        words = name_key(e.text).split()
        if not words or words[-1] != last[-1]:
            continue
        if e.actor.country and FROM_ARTICLE not in e.actor.how:
            return replace(participant.actor, country=e.actor.country, how="country of an earlier mention")
        # "le ministre grec des Affaires étrangères Nikos Dendias": the title before the name gives it
        titled = apposition(index.article.text[max(0, e.start - 80):e.start], lang)
        if titled is not None and titled[2] is not None:
            return replace(participant.actor, country=titled[2], how="country of the title before a mention")
    return None


def international_group(token: Token, lang: str) -> bool:
    """A noun qualified as international ("une coalition internationale", "global powers"): a body of several
    countries, not of the one the story is set in."""
    international = _words("international_words", lang)
    return any(c.dep_ == "amod" and (fold(c.text) in international or _lemma(c) in international)
               for c in token.children)


def partitive_head(token: Token, lang: str) -> Token:
    """The people a quantity noun counts: "une quarantaine de personnes", "une grande partie des captifs",
    "a radical minority of protesters" stand for the people of their complement."""
    lex = lexicon(lang)
    quantities = lex.cues.quantity_nouns if lex is not None and lex.cues is not None else frozenset()
    if token.lemma_.lower() not in quantities and token.lower_ not in quantities:
        return token
    for child in token.children:
        if child.dep_ == "nmod" and any(c.dep_ == "case" and fold(c.text) in {"de", "d'", "des", "du"}
                                        for c in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), token)
    return token


def linked(token: Token, index: ArticleIndex) -> list[Participant]:
    """Linked actors for a common noun no linked entity covers: a registry name the linker missed ("les
    talibans"), or "les deux pays"."""
    if token.pos_ != "NOUN":  # a proper noun the linker saw and left (a place, "le sommet du G7"): not here
        return []
    if (ref := registry_name(token)) is not None:
        return [_participant(ref, token)]
    return _pair(token, index) or _kind_anaphor(token, index)


def unlinked(token: Token, index: ArticleIndex) -> list[Participant] | None:
    """An argument no linked entity covers: resolved participants, [] when it is no actor, or None to keep
    it as an unlinked actor in the article's country."""
    lang = index.article.lang or ""
    if resolved := linked(token, index):
        return resolved
    reg = registry()
    group = reg.group_nouns.get(lang, {}).get(_lemma(token)) or reg.group_nouns.get(lang, {}).get(fold(token.text))
    sector = group[0] if group else None
    if (owner := _owner_country(token, index)) is not None:
        if _lemma(token) in _words("country_nouns", lang) or fold(token.text) in _words("country_nouns", lang):
            actor = reg.actors.get(reg.country_actor.get(owner, ""))
            if actor is not None:
                return [_participant(actor.ref("owner's country"), token)]
        return [_participant(ActorRef(None, token.text, "group", owner, sector, how="owner's country"), token)]
    if (earlier := _earlier_country(token, index)) is not None:
        return [_participant(ActorRef(None, token.text, "group", earlier, sector,
                                      how="country of an earlier mention"), token)]
    if token.pos_ == "NOUN" and (_lemma(token) in _words("not_actors", lang)
                                 or fold(token.text) in _words("not_actors", lang)):
        return []
    return None
