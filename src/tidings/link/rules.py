"""Rules over one article's linked mentions that look past the mention itself.

- a sports report names national teams, not states ("Spain beat Russia");
- a title next to a name is that person ("Foreign Secretary Dominic Raab", "X, the U.S. commander") and
  gives an unknown person the nationality it states ("Hong Kong Chief Executive Carrie Lam");
- a dateline ("MADRID —") names the place the story is told from.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from tidings.link.actors import ArticleContext, Registry, _alternation, _load
from tidings.link.names import fold, name_key
from tidings.link.places import Gazetteer
from tidings.model import ActorRef, Entity, PlaceRef

# --- sports reports ------------------------------------------------------------------------------------


@cache
def _sports_words() -> tuple[int, dict[str, re.Pattern[str]]]:
    table = _load("actors/sports.yaml") or {}
    patterns = {lang: re.compile(rf"(?<![\w-])(?:{_alternation(fold(w) for w in words)})(?![\w-])")
                for lang, words in table.items() if isinstance(words, list) and words}
    return int(table.get("min_distinct") or 4), patterns


def is_sports_report(text: str, lang: str) -> bool:
    """`min_distinct` or more distinct words of sports reports ("Davis Cup", "semifinal", "tournoi"...)."""
    least, patterns = _sports_words()
    pattern = patterns.get(lang)
    return pattern is not None and len(set(pattern.findall(fold(text)))) >= least


# In a sports report "lost to Canada", "the win over Russia" name opponents: only these make a place.
SPORTS_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}


def national_teams(entities: list[Entity], locative: Iterable[bool]) -> list[Entity]:
    """In a sports report, countries named as actors are teams: no actor, no place (but "in Madrid" is
    still a place, and so is a city that is no actor)."""
    out = []
    for entity, after_locative in zip(entities, locative, strict=True):
        ref = entity.actor
        if ref is not None and ref.how in {"country", "demonym"} and not after_locative and entity.origin == "ner":
            entity = replace(entity, actor=None, place=None, note="sports team")
        out.append(entity)
    return out


# --- names the NER model cut short, groups named after a person ----------------------------------------

_NEXT_WORD = re.compile(r"^[ \u00a0]([\w'-]+)")


def extend_to_alias(entity: Entity, text: str, reg: Registry) -> Entity:
    """ "Islamic" + "State", "Hong Kong" + "garrison": a mention the model cut before a word that completes
    a registry name is that name."""
    m = _NEXT_WORD.match(text[entity.end:entity.end + 30])
    if m is None or name_key(entity.text) in reg.aliases:
        return entity
    end = entity.end + m.end(1)
    if name_key(text[entity.start:end]) not in reg.aliases:
        return entity
    hits = reg.aliases[name_key(text[entity.start:end])]
    if all(h.how != "alias" for h in hits):
        return entity  # a longer country or seat name is the model's to find
    return replace(entity, text=text[entity.start:end], end=end, label="ORG")


def person_groups(text: str, entities: list[Entity], reg: Registry) -> list[Entity]:
    """ "the Assad regime", "the Trump administration": a group noun after a leader's name is that leader's
    country, not the article's."""
    out = []
    people = {e.end: e.actor for e in entities if e.label == "PER" and e.actor is not None and e.actor.country}
    for e in entities:
        ref = e.actor
        guessed = ref is not None and ref.how.endswith("(country from the article)")
        if e.origin == "rule" and e.label == "MISC" and ref is not None and guessed:
            owner = people.get(e.start - 1) if text[e.start - 1:e.start] == " " else None
            if owner is not None and owner.country in reg.country_actor:
                e = replace(e, actor=reg.country_ref(owner.country, ref.sector, "group", anonymous=ref.anonymous))
        out.append(e)
    return out


# --- "aid to Ukraine": recipients, not destinations --------------------------------------------------

# Nouns after which "to"/"from" still give a destination or an origin ("a trip to China", "flights from Kyiv").
_MOTION_NOUNS = frozenset({
    "trip", "visit", "flight", "journey", "travel", "tour", "return", "route", "road", "way", "move", "border",
    "deployment", "relocation", "migration", "exports", "imports", "shipment", "shipments", "delegation",
    "envoy", "ambassador", "access", "entry", "exit", "departure", "arrival", "evacuation", "deportation",
    "refugees", "migrants", "people", "troops", "forces", "gateway", "distance", "kilometres", "miles", "km",
})


def recipient_after_noun(doc: Doc | None, starts: list[int], entity: Entity) -> bool:
    """ "aid to Ukraine", "extradition to the United States", "concessions from China": after a noun of
    giving or asking, "to" and "from" name who receives or gives, an actor (measured on the English gold)."""
    if doc is None or not starts:
        return False
    index = bisect.bisect_right(starts, entity.start) - 1
    tokens = [t for t in doc[max(0, index):index + 6] if t.idx < entity.end]
    root = next((t for t in tokens if not (entity.start <= t.head.idx < entity.end)), None)
    if root is None:
        return False
    prep = root.head
    return (prep.lower_ in {"to", "from"} and prep.dep_ == "prep" and prep.head.pos_ == "NOUN"
            and prep.head.lower_ not in _MOTION_NOUNS)


# --- names the NER model missed ----------------------------------------------------------------------

_KINDS_BY_NAME = {"media", "organization", "armed_group", "party", "igo"}


# A capitalised word (or two), read on the text: walking the spaCy tokens costs more than the linking itself.
_CAPITALISED = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]{3,})(?: ([A-Z][\w'’-]+))?")


def missed_names(text: str, entities: list[Entity], ctx: ArticleContext, reg: Registry) -> list[Entity]:
    """A capitalised word no mention covers that is the surname of a person the article named, or the
    one-word name of an organisation in the registry ("Wikileaks welcomed", "Assange, who denies"), or two
    such words naming an organisation or a former state ("Soviet Union")."""
    taken = sorted((e.start, e.end) for e in entities)
    starts = [s for s, _ in taken]

    def covered(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, end - 1) - 1
        return i >= 0 and taken[i][1] > start

    found = []
    for m in _CAPITALISED.finditer(text):
        ref: ActorRef | None = None
        span = m.span(1)
        if m.group(2) and not covered(*m.span()):
            hits = [h for h in reg.aliases.get(name_key(m.group()), []) if h.how == "alias"]
            if len(hits) == 1 and reg.actors[hits[0].actor_id].kind in _KINDS_BY_NAME | {"country"}:
                ref, span = reg.actors[hits[0].actor_id].ref("alias"), m.span()
        if ref is None and not covered(*span):
            key = name_key(m.group(1))
            if key in ctx.named:
                ref = reg.actors[ctx.named[key]].ref("short_name")
            elif key in ctx.unlinked:
                ref = ctx.unlinked[key]
            else:
                hits = [h for h in reg.aliases.get(key, []) if h.how == "alias"]
                if len(hits) == 1 and reg.actors[hits[0].actor_id].kind in _KINDS_BY_NAME:
                    ref = reg.actors[hits[0].actor_id].ref("alias")
        if ref is not None:
            label = "PER" if ref.kind == "person" else "ORG"
            found.append(Entity(text[span[0]:span[1]], label, span[0], span[1], "", actor=ref,  # type: ignore[arg-type]
                                origin="rule"))
    return found


# --- places the gazetteer lacks ----------------------------------------------------------------------

_PLACE_LABELS = {"FAC", "LOC", "GPE"}
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")  # "al-Tanf": no person's name
_IN = {"in", "at", "near", "inside", "outside", "into"}


def unknown_places(text: str, lang: str, entities: list[Entity], reg: Registry, gaz: Gazetteer,
                   previous_word: Callable[[str, int], str]) -> list[Entity]:
    """A place the gazetteer lacks (a district, a square, a camp: "Kowloon West", "Zabul province") is
    still a place, in the country the text gives: "southern Syria's al-Tanf", a place named inside it, or
    the country most of the article's places are in. A "person" after "in"/"at" is such a place too.
    English only: the English model's FAC/GPE/LOC labels are reliable enough, the French model's LOC is not
    (it tags "Cour", "Etat russe")."""
    if lang != "en":
        return entities
    # The setting: the country of most places below country level, else of most places.
    places = [e.place for e in entities if e.place is not None and e.place.country and e.note != "time zone"]
    counts = Counter(p.country for p in places if p.feature != "country") or Counter(p.country for p in places)
    if not counts:
        return entities
    setting = counts.most_common(1)[0][0]
    known: dict[str, str] = {}
    out = []
    for e in entities:
        candidate = e.origin == "ner" and e.place is None and e.note == "" and (
            e.actor is None and (e.model_label in _PLACE_LABELS or e.label in {"LOC", "GPE"})
            or e.label == "PER" and e.actor is not None and e.actor.id is None
            and previous_word(text, e.start) in _IN and text[e.end:e.end + 2] not in {"'s", "’s"}
            or e.label == "PER" and e.actor is None and _ARABIC_ARTICLE.match(e.text) is not None)
        if candidate:
            key = name_key(e.text)
            country = known.get(key) or _possessor_country(text, e.start, reg) or _country_inside(e.text, gaz)
            country = known.setdefault(key, country or setting)
            place = PlaceRef(None, e.text, country, None, None, None, "unresolved")
            e = replace(e, actor=None, place=place, label="LOC" if e.label == "PER" else e.label)
        out.append(e)
    return out


def _possessor_country(text: str, start: int, reg: Registry) -> str | None:
    """ "Syria's al-Tanf", "the country's southern Zabul province" (no country named: None)."""
    m = re.search(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['’]s (?:[a-z]+ )?$", text[max(0, start - 40):start])
    if m is None:
        return None
    hit = next((h for h in reg.aliases.get(name_key(m.group(1)), []) if h.how in {"country", "metonym"}), None)
    return reg.actors[hit.actor_id].country if hit is not None else None


def _country_inside(name: str, gaz: Gazetteer) -> str | None:
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            place = gaz.lookup(" ".join(words[i:i + size]))
            if place is not None and place.country and words[i][:1].isupper():
                return place.country
    return None


# --- datelines -----------------------------------------------------------------------------------------

# "MADRID — ...", "VIENNA (AP) — ...", "PARIS, 12 mars (Reuters) - ...": the city the story was filed from.
_DATELINE = re.compile(r"^\s*(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'. -]{1,30}?[A-ZÀ-Ý])(?:,[^\n—–-]{0,30})?"
                       r"\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s")


def with_dateline(text: str, entities: list[Entity], gaz: Gazetteer) -> list[Entity]:
    """ "MADRID — Rafael Nadal kept..." : the city in capitals before the dash is a place. NER models miss it
    or take it for an organisation (or, in a sports report, a team): such a reading gives way to the place."""
    m = _DATELINE.match(text[:120])
    if m is None:
        return entities
    overlapping = [e for e in entities if e.start < m.end("city") and m.start("city") < e.end]
    if any(e.actor is not None or e.place is not None for e in overlapping):
        return entities
    place = gaz.lookup(m.group("city").title()) or gaz.lookup(m.group("city"))
    if place is None or place.feature == "country":
        return entities
    city = Entity(m.group("city"), "GPE", m.start("city"), m.end("city"), "", place=place, origin="rule")
    return [e for e in entities if e not in overlapping] + [city]


# --- titles next to names ------------------------------------------------------------------------------


@cache
def _title_vocabulary(lang: str) -> tuple[dict[str, str | None], frozenset[str]]:
    """(title phrase -> sector, every word of a title): the registry's role nouns and our extra titles."""
    from tidings.link.actors import registry

    reg = registry()
    spec = (_load("actors/roles.yaml") or {}).get("titles") or {}
    if lang not in spec:
        return {}, frozenset()
    titles: dict[str, str | None] = {phrase: reg.role_sector.get(key) for phrase, key in reg.role_words[lang].items()}
    for group in spec[lang] or []:
        for form in group.get("forms") or []:
            titles.setdefault(fold(form), group.get("sector"))
    words = {w for phrase in titles for w in phrase.split()} | set(spec.get("modifiers", {}).get(lang, []))
    return titles, frozenset(words | _FUNCTION)


_FUNCTION = frozenset({"of", "for", "the", "to"})


_WORD = re.compile(r"[\w.'’-]+")


def _title_run_before(text: str, start: int, lang: str, names: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a title just before `start` ("US Trade Representative ", "Sweden's deputy director of
    public prosecutions, "), or None. Capitalised words and the words of titles make up a run."""
    titles, vocabulary = _title_vocabulary(lang)
    if not titles:
        return None
    before = text[max(0, start - 90):start]
    gap = re.search(r"(?:,\s*|\s+)$", before)
    if gap is None:
        return None
    offset = start - len(before)
    words = list(_WORD.finditer(before[:gap.start()]))
    run: list[re.Match[str]] = []
    for w in reversed(words):
        if run and before[w.end():run[0].start()].strip() not in {"", "’s", "'s"}:
            break  # punctuation between words ends the run
        if any(s <= offset + w.start() < e for s, e in names) or _ends_sentence(w.group()):
            break  # another person's name, or the end of the previous sentence
        folded = fold(w.group()).rstrip(".")
        for suffix in ("'s", "’s"):
            if folded.endswith(fold(suffix)):
                folded = folded[:-2]
        if w.group()[:1].isupper() or folded in vocabulary:
            run.insert(0, w)
        else:
            break
    while run and fold(run[0].group()) in _FUNCTION:
        run.pop(0)
    if not run:
        return None
    if not _has_title([w.group() for w in run], titles):
        return None
    return offset + run[0].start(), offset + run[-1].end()


def _ends_sentence(word: str) -> bool:
    """ "Beijing." ends a sentence; "U.S.", "Jr." and "Col." do not."""
    return word.endswith(".") and len(word) > 5 and word[-2].islower() and "." not in word[:-1]


def _has_title(words: list[str], titles: dict[str, str | None]) -> bool:
    folded = [fold(w).rstrip(".,") for w in words]
    return any(" ".join(folded[i:j]) in titles for i in range(len(folded))
               for j in range(i + 1, min(len(folded), i + 5) + 1))


_APPOSITION = re.compile(r"^,\s+(?:the\s+|a\s+|an\s+)?(?:then\s+|former\s+)?")


def _title_run_after(text: str, end: int, lang: str, names: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of an apposition that is a title: "X, the U.S. Attorney for the Western District of ..."."""
    titles, vocabulary = _title_vocabulary(lang)
    m = _APPOSITION.match(text[end:end + 12])
    if not titles or m is None:
        return None
    after_start = end + m.end()
    after = text[after_start:after_start + 90]
    run: list[re.Match[str]] = []
    for w in _WORD.finditer(after):
        if run and after[run[-1].end():w.start()].strip() not in {"", "’s", "'s"}:
            break
        if any(s <= after_start + w.start() < e for s, e in names):
            break
        folded = fold(w.group()).rstrip(".,")
        if w.group()[:1].isupper() or folded in vocabulary:
            run.append(w)
        else:
            break
    while run and fold(run[-1].group()) in _FUNCTION:
        run.pop()
    if not run or not _has_title([w.group() for w in run], titles):
        return None
    return after_start + run[0].start(), after_start + run[-1].end()


def country_in(phrase: str, lang: str, reg: Registry, gaz: Gazetteer) -> tuple[bool, str | None]:
    """(found, country) of a title phrase: a demonym, a country, a seat of power or a place ("Hong Kong
    Chief Executive", "White House Press Secretary", "New York State Attorney General"); an international
    organisation gives (True, None). A country after "to" is where an envoy is sent, not whose he is."""
    words = fold(phrase).replace("’s", "").replace("'s", "").replace(",", " ").split()
    demonyms = reg.demonyms.get(lang, {})
    for i in range(len(words)):
        if i > 0 and words[i - 1] == "to":
            continue
        for size in (4, 3, 2, 1):
            if i + size > len(words):
                continue
            gram = " ".join(words[i:i + size])
            if size == 1 and (country := demonyms.get(gram) or demonyms.get(gram.rstrip("."))):
                return True, country
            for hit in reg.aliases.get(name_key(gram), []):
                actor = reg.actors[hit.actor_id]
                if hit.how in {"country", "metonym"} and actor.country:
                    return True, actor.country
                if actor.kind == "igo":
                    return True, None
            place = gaz.lookup(gram) if size > 1 else None
            if place is not None and place.country:
                return True, place.country
    return False, None


def link_titles(text: str, lang: str, entities: list[Entity], ctx: ArticleContext, reg: Registry,
                gaz: Gazetteer) -> list[Entity]:
    """A title next to a person's name denotes that person, and its country is an unknown person's."""
    if not _title_vocabulary(lang)[0]:
        return entities
    out = list(entities)
    renamed: dict[ActorRef, ActorRef] = {}
    people = [e for e in out if e.origin == "ner" and e.actor is not None and e.actor.how != "ambiguous"
              and (e.label == "PER" and e.actor.kind == "person" or _looks_like_person(e))]
    for person in people:
        assert person.actor is not None
        names = [(e.start, e.end) for e in out if e.label == "PER" and e.origin == "ner" and e is not person]
        before = _title_run_before(text, person.start, lang, names)
        after = _title_run_after(text, person.end, lang, names) if person.label == "PER" else None
        for span in (before, after):
            if span is None:
                continue
            start, end = span
            ref = renamed.get(person.actor, person.actor)
            if person.label != "PER":
                # "Deputy Director Eva-Marie Persson": a name after a title is a person, whatever the NER says
                ref = replace(ref, kind="person", how="unlinked")
            if ref.id is None:
                found, country = country_in(text[start:end], lang, reg, gaz)
                if found:
                    ref = replace(ref, country=country, how="unlinked (country from the title)")
                else:
                    ref = _country_from_role(ref, start, end, out, reg)
                renamed[person.actor] = ref
                ctx.unlinked[_last_word(person.text)] = ref
            # Groups inside a title are part of it ("Chief Executive" is no group of executives).
            out = [e for e in out
                   if not (e.origin == "rule" and e.label == "MISC" and start <= e.start and e.end <= end)]
            inner = [e for e in out if e.start < end and start < e.end and e is not person]
            roles = [e for e in inner if e.origin == "rule" and e.label == "PER"]
            if roles:  # a role description resolved at the date yields to the name beside it
                out = [replace(e, actor=ref) if e in roles else e for e in out]
                continue
            # The title's own words, between the names inside it ("US Trade Representative" keeps "US").
            title = _title_words(text, lang, start, end, inner)
            if title is not None:
                out.append(Entity(text[title[0]:title[1]], "PER", title[0], title[1], "", actor=ref, origin="rule"))
    if renamed:
        out = [replace(e, actor=renamed[e.actor]) if e.actor in renamed else e for e in out]
        # A surname tagged as an organisation, of a person a title revealed ("Persson said").
        out = [replace(e, actor=ctx.unlinked[key]) if e.label in {"PER", "ORG"} and e.actor is not None
               and e.actor.id is None and (key := name_key(e.text)) in ctx.unlinked and " " not in key else e
               for e in out]
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _last_word(name: str) -> str:
    parts = fold(name).replace("-", " ").split()
    return parts[-1] if parts else ""


def _country_from_role(ref: ActorRef, start: int, end: int, entities: list[Entity], reg: Registry) -> ActorRef:
    """The country of a role description inside the title ("United Nations spokesman": none, an IGO)."""
    role = next((e.actor for e in entities if e.origin == "rule" and e.start < end and start < e.end
                 and e.actor is not None and e.actor.kind == "person"), None)
    if role is None or role.id is not None and role.country == ref.country:
        return ref
    country = role.country if role.country in reg.country_actor else None
    return replace(ref, country=country, how="unlinked (country from the title)")


def _looks_like_person(entity: Entity) -> bool:
    """An organisation the registry lacks whose name is two or three capitalised words without an
    organisation word: a person's name the NER model mislabelled, if a title stands before it."""
    ref = entity.actor
    words = entity.text.split()
    return (entity.label == "ORG" and ref is not None and ref.id is None and ref.sector is None
            and 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words))


def _title_words(text: str, lang: str, start: int, end: int, inner: list[Entity]) -> tuple[int, int] | None:
    """The first stretch of a title span outside the names in it that holds a title word, trimmed."""
    cuts = sorted((max(start, e.start), min(end, e.end)) for e in inner)
    pieces, at = [], start
    for s, e in cuts:
        if s > at:
            pieces.append((at, s))
        at = max(at, e)
    if at < end:
        pieces.append((at, end))
    titles = _title_vocabulary(lang)[0]
    for s, e in pieces:
        words = list(_WORD.finditer(text, s, e))
        if not _has_title([w.group() for w in words], titles):
            continue
        while words and fold(words[0].group()).strip("’'") in _FUNCTION | {"s", "’s", "'s"}:
            words.pop(0)
        while words and fold(words[-1].group()) in _FUNCTION:
            words.pop()
        if words:
            return words[0].start(), words[-1].end()
    return None
