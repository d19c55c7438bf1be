"""Link: who (actors), where (places) and when (times) for one article, over its spaCy parse.

`link_article` fills `Entity.actor` / `Entity.place`, adds role and group descriptions as entities of
their own (origin `rule`), and fills `Article.times`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from tidings.link.actors import (
    ArticleContext,
    Registry,
    apposition,
    counterpart_pattern,
    find_descriptions,
    link_name,
    named_person,
    registry,
    unknown_organization,
    unknown_person,
)
from tidings.link.names import fold, fold_in_place, name_key
from tidings.link.places import Gazetteer, gazetteer, region_spans
from tidings.link.rules import (
    SPORTS_LOCATIVE,
    extend_to_alias,
    is_sports_report,
    link_titles,
    missed_names,
    national_teams,
    person_groups,
    recipient_after_noun,
    unknown_places,
    with_dateline,
)
from tidings.link.times import find_times
from tidings.model import Article, Entity, PlaceRef

# Words before a name that make it a location ("à Moscou", "in Kyiv"), not an actor ("Moscou a répondu").
LOCATIVE = {
    "fr": {"à", "a", "au", "aux", "en", "dans", "vers", "depuis", "près", "via", "jusqu'à", "outre"},
    "en": {"in", "at", "near", "from", "to", "across", "outside", "inside", "into", "throughout", "around",
           "via", "toward", "towards"},
}
_TZ_BEFORE = re.compile(r"(?:heure (?:de|d')|fuseau horaire de)\s*$")
_TZ_AFTER = re.compile(r"^ (?:time|standard time)\b")


def in_time_zone_phrase(text: str, start: int, end: int) -> bool:
    """A place named only to give a time ("3h30, heure de Pékin", "9 a.m. Moscow time")."""
    return bool(_TZ_BEFORE.search(fold(text[max(0, start - 20):start]))) or bool(_TZ_AFTER.match(text[end:end + 15]))


def _previous_word(text: str, start: int) -> str:
    """The preposition before a name, looking through an article. French "à la Turquie" is a dative (a
    recipient), not a location, which French writes "en Turquie": it is returned as "à la"."""
    before = fold(text[max(0, start - 25):start]).replace("'", "' ").split()
    if before and before[-1] in {"la", "le", "les", "l'", "the"}:
        article = before[-1]
        before = before[:-1]
        if before and before[-1] in {"à", "a"} and article in {"la", "l'"}:
            return "à la"
    return before[-1] if before else ""


def _is_locative(text: str, entity: Entity, lang: str) -> bool:
    """A locative preposition before the name makes it a place, unless the name is a possessor: in
    "agrees to Beijing's demands" the preposition governs "demands"."""
    if text[entity.end:entity.end + 2] in {"'s", "’s"}:
        return False
    return _previous_word(text, entity.start) in LOCATIVE.get(lang, set())


class ClauseTense:
    """The tense of the verb that governs a time expression: orients "mardi", "Friday", "en septembre".

    Walks up from the expression's token to its verb and reads the verb and its auxiliaries:
    future (Tense=Fut, "va signer", "will sign"), past (a past tense or a participle with its auxiliary),
    present, or None when no verb governs it.
    """

    def __init__(self, doc: Doc | None, lang: str | None) -> None:
        self.doc = doc
        self.lang = lang
        # to_array reads the offsets without making a Token object per word (a tenth of the linking time)
        self.starts = doc.to_array("IDX").tolist() if doc is not None and len(doc) else []

    def at(self, offset: int) -> str | None:
        # spaCy makes a new Token object on every access: compare tokens with ==, never with `is`.
        if self.doc is None or not self.starts:
            return None
        token = self.doc[max(0, bisect.bisect_right(self.starts, offset) - 1)]
        for _ in range(8):
            if token.pos_ in {"VERB", "AUX"} or token.head == token:
                break
            token = token.head
        if token.pos_ not in {"VERB", "AUX"}:
            return None
        words = [token, *[c for c in token.children if c.dep_.startswith("aux") or c.tag_ == "MD"]]
        if len(words) > 1 and all(w.dep_ in {"auxpass", "aux:pass"} for w in words[1:]):
            words = words[1:]  # a plain passive ("is scheduled", "est prévu"): the auxiliary gives the tense
        if token.head != token and token.dep_ == "xcomp" and token.head.lemma_ in {"aller", "go"}:
            return "future"  # "va signer", "is going to sign"
        for word in words:
            if "Fut" in word.morph.get("Tense") and "Cnd" not in word.morph.get("Mood"):
                return "future"
            if word.lower_ in {"will", "shall", "'ll"} or (self.lang == "fr" and word.lemma_ == "aller"
                                                          and word != token):
                return "future"
        for word in words:
            if "Past" in word.morph.get("Tense") or word.tag_ in {"VBD", "VBN"}:
                return "past"
            if "Imp" in word.morph.get("Tense"):
                return "past"
        return "present"


def link_article(article: Article, doc: Doc | None) -> Article:
    if article.status != "ok":
        return article
    lang = article.lang or ""
    text = article.text
    reg, gaz = registry(), gazetteer()
    ctx = ArticleContext(day=article.published.date() if article.published else None)
    ctx.focus = article.context_country = _focus_country(article, ctx, reg, gaz)
    descriptions = find_descriptions(text, lang, ctx)
    sports = is_sports_report(text, lang)
    linked: list[Entity] = []
    # Pass 1: actors (also gathers the article's countries, which then rank ambiguous place names).
    pending_places: list[Entity] = []
    for entity in article.entities:
        entity = extend_to_alias(entity, text, reg)
        if in_time_zone_phrase(text, entity.start, entity.end):
            linked.append(replace(entity, note="time zone"))
            continue
        demonym = reg.demonyms.get(lang, {}).get(fold(entity.text))
        plural = entity.text.endswith(("s", "S")) and not entity.text.isupper()  # "les Russes", not "US"
        if demonym and entity.text[:1].isupper() and (entity.label == "MISC" or plural):
            # "les Américains", "the Iranians": a people acting (a demonym adjective is no place at all)
            linked.append(replace(entity, actor=reg.country_ref(demonym, None, "demonym")))
        elif entity.label == "PER":
            ref = link_name(entity.text, "PER", ctx, reg, lang)
            if (ref is not None and ref.how in {"country", "metonym"}) or (
                    ref is None and _place_not_person(text, entity, lang, gaz)):
                pending_places.append(entity)  # "Jordan", "Kyiv", "in al-Tanf" tagged as persons by the NER model
                continue
            if ref is None:
                ref = unknown_person(entity.text, text[max(0, entity.start - 60):entity.start], lang, ctx, reg)
            linked.append(replace(entity, actor=ref))
        elif entity.label in {"ORG", "MISC"}:
            ref = link_name(entity.text, entity.label, ctx, reg, lang) or named_person(entity.text, ctx, reg)
            if sports and ref is not None and ref.how in {"country", "metonym"}:
                linked.append(replace(entity, note="sports team"))  # "Spain beat Russia": teams
                continue
            if ref is None and entity.label == "ORG":
                if gaz.lookup(entity.text) is not None:
                    pending_places.append(entity)  # French NER often tags "Maison Blanche", "Kremlin" as ORG
                    continue
                ref = unknown_organization(entity.text, lang, ctx, reg,
                                           text[max(0, entity.start - 60):entity.start])
            linked.append(replace(entity, actor=ref))
        else:
            pending_places.append(entity)
    starts: list[int] = []
    for entity in pending_places:
        if _NAMED_AFTER.search(fold(text[max(0, entity.start - 25):entity.start])):
            linked.append(entity)  # "l'accord de Paris": a treaty's name, neither place nor actor
            continue
        previous = _previous_word(text, entity.start)
        locative = _is_locative(text, entity, lang)
        if locative and doc is not None and previous in {"to", "from"}:
            starts = starts or doc.to_array("IDX").tolist()
            locative = not recipient_after_noun(doc, starts, entity)
        ref = link_name(entity.text, entity.label, ctx, reg, lang)
        place: PlaceRef | None = gaz.lookup(entity.text, ctx.countries)
        if locative and lang == "fr" and previous in {"à", "a"} and _french_dative(text, entity.end, place):
            locative = False
        if sports and not locative and place is not None and place.feature in {"country", "city", "admin1"}:
            linked.append(replace(entity, note="sports team"))  # "Spain beat Russia", "Barcelona's Pique"
            continue
        # Measured on the gold set: without a locative preposition before it, a country or capital is an
        # actor 4 times in 5 (subject, object, or "de la Russie"); after one, a place 3 times in 4.
        actor = ref if ref is not None and ref.id is not None and not locative else None
        if ref is not None and ref.how == "metonym" and ref.country and not (
                place is not None and place.feature == "city" and place.country == ref.country):
            place = gaz.capital(ref.country) or place  # "à la Maison Blanche": in Washington; "La Haye" is itself
        if actor is not None and ref is not None and ref.how not in {"country", "metonym"}:
            place = None  # an organisation tagged as a location by the NER model
        if place is not None and place.country:
            ctx.countries.add(place.country)
        # A country or a capital is both a polity and a territory: the place is always given, the actor
        # only when it acts (no locative preposition before it).
        linked.append(replace(entity, actor=actor, place=place))
    # Role and group descriptions that no entity covers become entities of their own.
    for d in descriptions:
        if _adjective_use(doc, d.start, d.end):
            continue  # "la présence militaire", "les canaux officiels": the group noun's adjective, no group
        overlapping = [e for e in linked if e.start < d.end and d.start < e.end]
        # A description wins over the names inside it ("U.S. forces" over "U.S."), not over a longer name.
        if any(e.actor is not None and not (d.start <= e.start and e.end <= d.end and e.end - e.start < d.end - d.start)
               for e in overlapping):
            continue
        linked = [e for e in linked if e not in overlapping]
        for ref in d.refs:
            linked.append(Entity(text[d.start:d.end], d.label, d.start, d.end, "", actor=ref,  # type: ignore[arg-type]
                                 origin="rule"))
    linked += missed_names(text, linked, ctx, reg)
    linked = person_groups(text, link_titles(text, lang, linked, ctx, reg, gaz), reg)
    linked = unknown_places(text, lang, linked, reg, gaz, _previous_word)
    if sports:
        linked = national_teams(linked, [_previous_word(text, e.start) in SPORTS_LOCATIVE for e in linked])
    linked = with_dateline(text, linked, gaz)
    linked.sort(key=lambda e: (e.start, e.end))
    linked = _missed_acronyms(text, linked, ctx, reg)
    linked = _generic_heads(linked, reg)
    linked = _counterparts(folded_text := fold_in_place(text), text, lang, linked, ctx, reg)
    linked = _nearby_setting(linked, article.sentences, reg)
    article.entities = _appositions(text, lang, _whole_regions(text, linked, folded_text))
    article.times = find_times(
        text, lang, article.published, tense_at=ClauseTense(doc, lang).at, city_zone=gaz.city_zone,
        place_zone=_place_zones(article),
    )
    return article


def _adjective_use(doc: Doc | None, start: int, end: int) -> bool:
    """A group noun used as the adjective it also is ("une opération militaire", "les canaux officiels", "des
    combattants jihadistes"): headed by an adjective that qualifies or predicates of something else."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is not None and len(span) > 0 and span.root.pos_ == "ADJ" and span.root.dep_ in {
        "amod", "xcomp", "conj"}


# Countries French puts "à" before as a location ("à Cuba", "à Chypre"): islands and city-states. Any other
# country after "à" is a dative ("attribués à Israël"; the location is "en Israël", "au Liban").
_A_COUNTRIES = {"CUB", "CYP", "MLT", "MDG", "SGP", "TWN", "BHR", "MCO", "DJI", "HTI", "OMN", "HKG", "MUS", "LKA",
                "SMR", "AND", "TTO", "BRB", "STP", "MAC", "KIR", "NRU", "TON", "VAT", "LIE", "PSE"}
# "demander à Berlin de fournir", "le feu vert à Washington d'imposer": a dative with an infinitive.
_DATIVE_INFINITIVE = re.compile(r"^\s+(?:de\s+|d['’])\s*(?:\w+\s+)?\w+(?:er|ir|re)\b")


def _french_dative(text: str, end: int, place: PlaceRef | None) -> bool:
    """ "à X" that is no location: a country that French locates with "en"/"au", or "à X de + infinitive"."""
    if place is not None and place.feature == "country" and place.country not in _A_COUNTRIES:
        return True
    return bool(_DATIVE_INFINITIVE.match(text[end:end + 40]))


# Names of treaties and conferences after a city: "l'accord de Paris", "the Minsk agreements" is another order.
_NAMED_AFTER = re.compile(r"(?:accords?|traite|protocole|convention|conference|format|processus|agreement|treaty|"
                          r"protocol|accord|convention) (?:de|d'|of)\s*$")


def _place_not_person(text: str, entity: Entity, lang: str, gaz: Gazetteer) -> bool:
    """A name the NER model took for a person that is a place: one of our curated regions and sites, or any
    gazetteer place right after a locative word ("in al-Tanf", "à Punggye-ri")."""
    place = gaz.lookup(entity.text)
    if place is None:
        return False
    return place.feature == "region" or _previous_word(text, entity.start) in LOCATIVE.get(lang, set())


_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{2,6}(?![\w-])")
_ORG_KINDS = {"igo", "organization", "armed_group", "party", "media"}


def _missed_acronyms(text: str, entities: list[Entity], ctx: ArticleContext, reg: Registry) -> list[Entity]:
    """Acronyms of registry organisations the NER model missed ("selon l'OSDH", "(ESA)"): glued text and
    brackets often hide them from it."""
    out = list(entities)
    starts = [e.start for e in entities]
    for m in _ACRONYM.finditer(text):
        hits = [h for h in reg.aliases.get(name_key(m.group()), []) if reg.actors[h.actor_id].kind in _ORG_KINDS]
        if len(hits) != 1:
            continue
        i = bisect.bisect_right(starts, m.start())
        if any(e.start < m.end() and m.start() < e.end for e in entities[max(0, i - 2):i + 1]):
            continue
        actor = reg.actors[hits[0].actor_id]
        out.append(Entity(m.group(), "ORG", m.start(), m.end(), "", actor=actor.ref("alias"), origin="rule"))
    out.sort(key=lambda e: (e.start, e.end))
    return out


@cache
def _name_heads(actor_id: str) -> frozenset[str]:
    """First words of an organisation's names of several words ("cour" for "Cour internationale de justice")."""
    actor = registry().actors[actor_id]
    keys = (name_key(alias) for names in actor.aliases.values() for alias in names)
    return frozenset(key.split()[0] for key in keys if " " in key)


def _generic_heads(entities: list[Entity], reg: Registry) -> list[Entity]:
    """ "la Cour", "la Commission", "l'Agence": a one-word head of an organisation's name stands for the one
    organisation of the article whose name starts with it (the nearest before, else the first after)."""
    out = list(entities)
    orgs = [(e.start, e.actor) for e in entities
            if e.actor is not None and e.actor.id is not None and e.actor.kind in _ORG_KINDS]
    if not orgs:
        return out
    for i, entity in enumerate(entities):
        word = name_key(entity.text)
        if " " in word or not entity.text[:1].isupper() or len(word) < 4 or \
                entity.actor is not None and entity.actor.id is not None:
            continue
        matching = [(start, ref) for start, ref in orgs if ref is not None and word in _name_heads(ref.id or "")]
        if len({ref.id for _, ref in matching if ref is not None}) != 1:
            continue
        before = [ref for start, ref in matching if start < entity.start]
        ref = before[-1] if before else matching[0][1]
        out[i] = replace(entity, actor=replace(ref, how="short_name"), place=None)  # type: ignore[arg-type]
    return out


def _counterparts(folded: str, text: str, lang: str, entities: list[Entity], ctx: ArticleContext,
                  reg: Registry) -> list[Entity]:
    """ "son homologue allemand", "his Swiss counterpart": the holder, in that country, of the office of the
    person last named before ("Sergueï Lavrov ... son homologue allemand" is Germany's foreign minister)."""
    pattern = counterpart_pattern(lang)
    if pattern is None or ctx.day is None:
        return entities
    out = list(entities)
    for m in pattern.finditer(folded):
        if any(e.start < m.end() and m.start() < e.end and e.actor is not None for e in out):
            continue
        country = reg.demonyms[lang][m.group("dem")]
        named = [e.actor for e in out if e.end <= m.start() and e.actor is not None and e.actor.id is not None
                 and e.actor.kind == "person" and e.actor.country != country]
        for ref in reversed(named):
            roles = [r.role for r in reg.actors[ref.id or ""].roles if r.country and r.holds_on(ctx.day)]
            holders = [reg.holder(role, country, ctx.day)[0] for role in roles]
            found = next((h for h in holders if h is not None), None)
            if roles:
                if found is not None:
                    out.append(Entity(text[m.start():m.end()], "PER", m.start(), m.end(), "",
                                      actor=reg.actors[found].ref("role"), origin="rule"))
                break
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _whole_regions(text: str, entities: list[Entity], folded: str) -> list[Entity]:
    """A region named in several words replaces the parts of it the NER model kept ("Méditerranée" of
    "Méditerranée orientale") or the longer span it glued it into ("désescalade au Moyen-Orient"), unless
    one of those mentions is a linked actor ("Union européenne")."""
    out = list(entities)
    for start, end, place in region_spans(folded):
        overlapping = [e for e in out if e.start < end and start < e.end]
        # A capital's or a country's name inside a region's is the region ("east Jerusalem", "Irlande du Nord").
        if any(e.actor is not None and e.actor.id is not None and e.actor.how not in {"country", "metonym"}
               for e in overlapping) or \
                any(e.start == start and e.end == end for e in overlapping):
            continue
        out = [e for e in out if e not in overlapping]
        out.append(Entity(text[start:end], "LOC", start, end, "", place=place, origin="rule"))
    out.sort(key=lambda e: (e.start, e.end))
    return out


_APPOSED = re.compile(r"^\s*[,(]?\s*$")


def _appositions(text: str, lang: str, entities: list[Entity]) -> list[Entity]:
    """A title or a described person right before a name is that person ("le nouveau président ukrainien
    Volodymyr Zelensky", "la chancelière (Angela Merkel)", "le général iranien Qassem Soleimani"): the
    description takes the name's link, or becomes a mention of it when no rule found it."""
    out = list(entities)
    for i, name in enumerate(entities):
        ref = name.actor
        if name.label != "PER" or name.origin != "ner" or ref is None or ref.kind != "person":
            continue
        previous = next((e for e in reversed(out[:i]) if e.end <= name.start), None)
        if previous is not None and previous.origin == "rule" and previous.actor is not None \
                and previous.actor.kind == "person" and _APPOSED.match(text[previous.end:name.start]):
            if ref.id is not None or previous.actor.id is None:  # a resolved title beats an unknown name
                out[out.index(previous)] = replace(previous, actor=ref)
            continue
        window_start = max(0, name.start - 60)
        found = apposition(text[window_start:name.start], lang)
        if found is None:
            continue
        start, end = window_start + found[0], window_start + found[1]
        if previous is not None and previous.end > start:
            continue  # another mention there already
        out.append(Entity(text[start:end], "PER", start, end, "", actor=ref, origin="rule"))
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _focus_country(article: Article, ctx: ArticleContext, reg: Registry, gaz: Gazetteer) -> str | None:
    """The country an article is mostly about: the most named one among its actors and places."""
    counts: Counter[str] = Counter()
    for entity in article.entities:
        if entity.label == "PER" or in_time_zone_phrase(article.text, entity.start, entity.end):
            continue
        hits = reg.aliases.get(name_key(entity.text), [])
        if any(reg.actors[h.actor_id].kind == "media" for h in hits):
            continue  # "(Reuters)": who reports is not what the article is about
        countries = {reg.actors[h.actor_id].country for h in hits}
        if len(countries) == 1 and (country := countries.pop()):
            counts[country] += 1
        elif not hits and (place := gaz.lookup(entity.text)) is not None and place.country:
            counts[place.country] += 1
    return counts.most_common(1)[0][0] if counts else None


_GUESSED_GROUP = "group (country from the article)"


def _nearby_setting(entities: list[Entity], sentences: list[tuple[int, int]], reg: Registry) -> list[Entity]:
    """An unnamed body with no country stated ("police", "la police", "the protesters") belongs to the place
    its own sentence names (the nearest before it, else after it) before the article's most mentioned
    country: in a Hong Kong story that also names Beijing often, "police" are Hong Kong's."""
    # Places named as such ("in Hong Kong", "à Khabarovsk"), not polities acting ("Pékin a dénoncé")
    places = [(e.start, e.place.country) for e in entities
              if e.place is not None and e.place.country and e.note != "time zone" and e.actor is None]
    # and sites the registry lacks named after their place ("Hong Kong Polytechnic University was besieged")
    places += [(e.start, e.actor.country) for e in entities if e.actor is not None and e.actor.country
               and e.actor.how == "unlinked organization"]
    places.sort()
    if not places or not sentences:
        return entities
    starts = [s for s, _ in sentences]
    out = []
    for e in entities:
        ref = e.actor
        if ref is not None and ref.how == _GUESSED_GROUP and ref.id is None:
            i = bisect.bisect_right(starts, e.start) - 1
            low, high = sentences[max(i, 0)]
            before = [c for s, c in places if low <= s < e.start]
            after = [c for s, c in places if e.end <= s < high]
            country = before[-1] if before else after[0] if after else None
            if country is not None and country != ref.country:
                how = f"{_GUESSED_GROUP}, of the place its sentence names"
                e = replace(e, actor=reg.country_ref(country, ref.sector, how, anonymous=ref.anonymous))
        out.append(e)
    return out


def _place_zones(article: Article) -> Callable[[int], str | None]:
    """offset -> the time zone of the first place named in that offset's sentence (None when none is)."""
    spans = article.sentences or [(0, len(article.text))]
    starts = [s for s, _ in spans]
    zones: dict[int, str] = {}
    for entity in article.entities:
        if entity.place is not None and entity.place.timezone and entity.note != "time zone":
            index = bisect.bisect_right(starts, entity.start) - 1
            zones.setdefault(index, entity.place.timezone)

    # Without a place in its sentence, a time takes the zone of the article's first place: the story's
    # setting (Paris for French domestic news).
    first = zones[min(zones)] if zones else None

    def zone_at(offset: int) -> str | None:
        return zones.get(bisect.bisect_right(starts, offset) - 1, first)

    return zone_at
