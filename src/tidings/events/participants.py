"""From parse tokens to linked actors: the entities of the article under a subtree, pronouns resolved, unnamed
groups and descriptions, the country of a place standing for its state."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from tidings.events import resolve
from tidings.events.lexicon import lexicon
from tidings.events.syntax import OBJECT, SUBJECT, case_of, incise_start, inverted_subject, phrase_span, subjects_of
from tidings.link.actors import registry
from tidings.link.names import fold
from tidings.model import ActorRef, Article, Entity, Participant

# Third-person pronouns resolved to the nearest actor named before; object forms too ("lui a demandé").
PERSON_PRONOUNS = {"il", "elle", "lui", "he", "she", "him", "her"}
# English "it"/"its" stand for a state, a party or a company named before ("Syria said it would withdraw")
THING_PRONOUNS = {"it", "its"}
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | {"ils", "elles", "leur", "they", "them", "celui-ci", "celle-ci"}
# French direct-object clitics ("le procureur l'accuse", "Paris les a condamnés"): a person or a body named before,
# only as a clitic object in front of its verb ("le" is also neuter: "comme le souhaite Washington")
OBJECT_CLITICS = {"l'", "l’", "le", "la", "les"}
SPEAKER_PRONOUNS = {"je", "j'", "j’", "nous", "i", "we"}
# prepositions of where something is or is posted: "dans le nord de la Syrie", "l'ambassadeur à Washington"
POSTED_CASES = {"à", "auprès", "dans"}


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
                for subject in speaker_subjects(verb):
                    if pronoun_text(subject) in SPEAKER_PRONOUNS:
                        continue
                    # "a déclaré un porte-parole": an unnamed speaker still speaks for the quote
                    people = linked_participants(subject, self) or unlinked_participants(subject, self)
                    if people:
                        return people[0].actor
        return None


def linked_participants(token: Token, index: ArticleIndex) -> list[Participant]:
    """The linked actors a nominal stands for: entities inside its phrase, a pronoun's antecedent, or a
    group noun ("les manifestants") as an unlinked group."""
    token = resolve.partitive_head(token, index.article.lang or "")
    word = pronoun_text(token)
    if token.pos_ == "PRON" and word in PRONOUNS or token.pos_ in {"PRON", "DET"} and word in OBJECT_CLITICS and (
            token.dep_ in OBJECT and token.i < token.head.i):  # the tagger often takes "les" for an article
        antecedent = resolve.antecedent(token, index, person=word in PERSON_PRONOUNS, thing=word in THING_PRONOUNS)
        return [Participant(antecedent.actor, token.text, token.idx, token.idx + len(token))] \
            if antecedent and antecedent.actor else []
    if word in SPEAKER_PRONOUNS and token.pos_ == "PRON":
        speaker = index.speaker_of(token)
        return [Participant(speaker, token.text, token.idx, token.idx + len(token))] if speaker else []
    start, end = phrase_span(token)
    found = [Participant(e.actor, e.text, e.start, e.end) for e in index.actors_within(start, end) if e.actor]
    if token.pos_ == "NOUN" and len(found) > 1:
        # "la suspension par la Turquie de son offensive dans le nord de la Syrie", "la mission chinoise à l'ONU":
        # where a thing happens or a body is posted is not who the phrase names, when something else does
        posts = [phrase_span(t) for t in token.subtree if t.dep_ == "nmod" and t != token and (
            case_of(t) in POSTED_CASES)]
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
             if c.idx <= p.start < phrase_span(c)[1] and p.actor.kind == "person"]
    if token.pos_ == "NOUN" and named and len(named) < len(found):
        # "un citoyen canadien, Robert Lloyd Schellenberg": a common noun apposed to a person's name is that person
        found = named
    elif token.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" and any(
            c.idx <= p.start < phrase_span(c)[1] and p.actor.id for p in found) for c in token.children):
        # "les ONG Human Rights Watch, Amnesty International...": the unnamed group is the named bodies apposed
        found = [p for p in found if not (p.start <= token.idx < p.end and p.actor.id is None)]
    own = [p for p in found if p.start <= token.idx < p.end and p.actor.id is not None]
    if own and len(found) > 1:
        # "Hitler's Germany": a head linked to the registry stands for itself, not for its modifiers (an apposed
        # name still counts: "the Home Secretary, Sajid Javid")
        named = [p for c in token.children if c.dep_ in {"appos", "flat:name"} and not (
                     token.pos_ == "PROPN" and c.pos_ == "NOUN")  # "la France (les trois pays européens...)":
                 for p in found if c.idx <= p.start < phrase_span(c)[1]]  # a description, not another party
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
        found = without_descriptions(found, token.doc)
    if found:
        return dedupe(resolve.refine(token, found, index))
    nationality = demonym_of(token, index) or registry().demonyms.get(index.article.lang or "", {}).get(
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


def without_descriptions(found: list[Participant], doc: Doc) -> list[Participant]:
    """English: an actor named in the description of a person or a company is not another party: "WikiLeaks
    co-founder Julian Assange", "Japanese technology company SoftBank Group", "Philip Luther, Research Director at
    Amnesty International" stand for the person or the company alone."""
    names = [q for q in found if q.actor.kind in DESCRIBED_KINDS and _proper_span(q, doc)]
    described = [p for p in found if any(q is not p and actor_key(q.actor) != actor_key(p.actor) and (
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
        phrase_span(a)[0] <= p.start < phrase_span(a)[1]) for h in heads for a in h.children)


@cache
def _role_heads(lang: str) -> frozenset[str]:
    """First words of the registry's role phrases ("ministre", "chef", "président"), folded."""
    return frozenset(phrase.split()[0] for phrase in registry().role_words.get(lang, {}) if phrase)


def pronoun_text(token: Token) -> str:
    """A subject clitic without its hyphens ("a-t-il" is split "-t" "-il")."""
    return token.lower_.lstrip("-\"«“")  # a quote the tokenizer glued on: '"Nous avertissons'


def demonym_of(token: Token, index: ArticleIndex) -> str | None:
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


def unlinked_participants(token: Token, index: ArticleIndex, oblique: bool = False) -> list[Participant]:
    """A nominal no registry knows ("l'ambassade", "the union", "des manifestantes"): kept as an unlinked actor
    with its words, placed in the country the story is set in (the article's most mentioned country)."""
    if token.pos_ not in {"NOUN", "PROPN"} or _in_time_expression(token, index):
        return []
    start, end = phrase_span(token)
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
    if resolve.international_group(token, index.article.lang or ""):
        # "une coalition internationale", "international forces": of no one country, whoever leads them
        ref = ActorRef(None, text, "group", None, None, how="unlinked international group")
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


def _in_time_expression(token: Token, index: ArticleIndex) -> bool:
    """A day or date the model reads as a noun argument ("ont décidé lundi d'expulser", "lundi" as the object of
    "décidé") says when, not who."""
    return any(t.start <= token.idx < t.end for t in index.article.times)


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


def unlinked_agent(token: Token, index: ArticleIndex) -> list[Participant]:
    """An unlinked "par" agent, when it names people or an institution: a person noun ("par des policiers"), a
    noun for a body of people ("par une coalition", "par l'armée") or a capitalised common noun ("par la Cour
    suprême"), not "par le passé" or "frappée par une crise"."""
    counted = resolve.partitive_head(token, index.article.lang or "")  # "par des groupes d'étudiants"
    people = resolve.people_noun(token, index) or resolve.people_noun(counted, index)
    return unlinked_participants(token, index, oblique=True) if people or token.text[:1].isupper() else []


def actor_key(actor: ActorRef) -> tuple[str | None, ...]:
    return (actor.id,) if actor.id else (actor.country, actor.sector, actor.name)


def dedupe(items: list[Participant]) -> list[Participant]:
    seen: set[tuple[str | None, ...]] = set()
    out = []
    for p in items:
        if actor_key(p.actor) not in seen:
            seen.add(actor_key(p.actor))
            out.append(p)
    return out


def speaker_subjects(verb: Token) -> list[Token]:
    """Subjects of a reporting verb, with the inverted subject of a French incise ('"...", a déclaré X'): the
    model reads that post-verbal subject as an object. An incise follows what is said, so the verb (or its first
    auxiliary) comes right after a comma or a quote and has no subject of its own."""
    subjects, passive = subjects_of(verb)
    # a conjunct inherits its first verb's subject; one that is an incise ("La police a tiré, a constaté un
    # journaliste") has its own, inverted
    inherited = verb.dep_ == "conj" and not any(c.dep_ in SUBJECT for c in verb.children)
    if (subjects or passive) and not inherited:
        return subjects
    first = incise_start(verb)
    if first.i == 0 or first.doc[first.i - 1].text not in {",", '"', "»", "”"}:
        return subjects
    inverted = inverted_subject(verb, OBJECT | SUBJECT)
    return [inverted] if inverted is not None else subjects


def country_place(token: Token, index: ArticleIndex, host: bool = False) -> list[Participant]:
    """A country the linker took as a place ("criticism from Germany"), as that country's government; with
    `host`, any town or province too ("en visite à Prague": the visit is to the Czech government)."""
    features = {"country", "city", "admin1"} if host else {"country"}
    for e in index.places:
        if e.start <= token.idx < e.end and e.place is not None and e.place.feature in features and e.place.country:
            return [Participant(registry().country_ref(e.place.country, "government", "country"), e.text, e.start,
                                e.end)]
    return []
