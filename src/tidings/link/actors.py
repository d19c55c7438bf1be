"""Actor registry (our data files + every country from GeoNames/CLDR) and the mention linker.

Data: `data/actors/{people,organizations,metonyms,demonyms,roles}.yaml` (see the README there) and
`data/country_qids.yaml`. Country names in the news languages come from CLDR through babel.

Linking, in order of trust:
1. an alias of a registry record, accent- and case-insensitive ("Poutine", "Putin", "ONU", "le Kremlin");
2. a short form of a person already named in full in the same article ("Trump" after "Donald Trump");
3. a role description resolved at the article's date ("le président russe" -> who held that office then);
4. a group description ("des responsables américains" -> United States, government, anonymous);
5. an unknown person, kept unlinked with the nationality the text gives.
An alias shared by several records is resolved by the article's context (who is already named, who held
an office at the time); when that does not decide, the mention stays unlinked and lists the candidates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from tidings.link.names import fold, fold_in_place, name_key
from tidings.link.places import country_names, extra_country_names, gazetteer
from tidings.model import ActorRef
from tidings.yamlfile import parse_yaml

# Who leads a country when the text says only "leader"/"dirigeant": head of government where the
# executive sits there, else the president (the default).
LEADER_ROLE = {
    "DEU": "chancellor", "AUT": "chancellor", "GBR": "prime_minister", "ISR": "prime_minister",
    "JPN": "prime_minister", "IND": "prime_minister", "ITA": "prime_minister", "CAN": "prime_minister",
    "AUS": "prime_minister", "ESP": "prime_minister", "NLD": "prime_minister", "POL": "prime_minister",
    "HUN": "prime_minister", "GRC": "prime_minister", "PAK": "prime_minister", "ARM": "prime_minister",
    "IRQ": "prime_minister", "LBN": "prime_minister", "ETH": "prime_minister", "SWE": "prime_minister",
    "BEL": "prime_minister", "NZL": "prime_minister", "IRN": "supreme_leader", "PRK": "supreme_leader",
    "SAU": "crown_prince", "QAT": "emir",
}  # fmt: skip


@dataclass(frozen=True)
class Role:
    role: str
    country: str | None
    org: str | None
    start: date | None
    end: date | None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple[Role, ...] = ()

    def ref(self, how: str, sector: str | None = None) -> ActorRef:
        return ActorRef(self.id, self.name, self.kind, self.country, sector or self.sector, how=how)


@dataclass(frozen=True)
class AliasHit:
    actor_id: str
    sector: str | None  # metonyms set the sector (the Pentagon is the military)
    how: str
    start: date | None = None  # a seat that changed hands (Kabul: the Taliban since 2021-08-15)
    end: date | None = None

    def valid_on(self, day: date | None) -> bool:
        return day is None or (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _load(name: str) -> Any:
    path = resources.files("tidings.data").joinpath(name)
    return parse_yaml(path.read_text(encoding="utf-8")) if path.is_file() else None


class Registry:
    """Every actor we know, with indexes for aliases, offices, demonyms and descriptions of groups."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.aliases: dict[str, list[AliasHit]] = defaultdict(list)
        self.holders: dict[tuple[str, str], list[tuple[str, Role]]] = defaultdict(list)
        self.demonyms: dict[str, dict[str, str]] = defaultdict(dict)  # lang -> folded form -> alpha-3
        self.role_words: dict[str, dict[str, str]] = defaultdict(dict)  # lang -> folded phrase -> role key
        self.role_sector: dict[str, str] = {}
        self.national_titles: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)
        self.group_nouns: dict[str, dict[str, tuple[str | None, str | None]]] = defaultdict(dict)
        self.world_groups: dict[str, dict[str, tuple[str | None, str | None]]] = defaultdict(dict)
        self.state_nouns: dict[str, set[str]] = defaultdict(set)  # "État" in "l'État russe"
        self.first_last: dict[str, list[AliasHit]] = defaultdict(list)  # "recep erdogan" -> Recep Tayyip Erdoğan
        self.country_actor: dict[str, str] = {}  # alpha-3 -> actor id
        # lang -> alias keys of countries, seats and international organisations written in that language
        self.place_names: dict[str, set[str]] = defaultdict(set)
        self._countries()
        for record in (_load("actors/people.yaml") or []) + (_load("actors/organizations.yaml") or []):
            self._add_record(record)
        for record in _load("actors/metonyms.yaml") or []:
            target = record.get("actor") or self.country_actor.get(record.get("country") or "")
            if target:
                for lang, names in (record.get("aliases") or {}).items():
                    for alias in names:
                        self._alias(alias, AliasHit(target, record.get("sector"), "metonym",
                                                    _date(record.get("start")), _date(record.get("end"))))
                        self.place_names[lang].add(name_key(alias))
        for record in _load("actors/demonyms.yaml") or []:
            country = record.get("country")
            if not country:
                continue
            for lang in ("fr", "en", "es", "de", "it", "pt"):
                for form in record.get(lang) or []:
                    self.demonyms[lang][fold(form)] = country
        self._roles(_load("actors/roles.yaml") or {})

    # --- building -----------------------------------------------------------------------------------
    def _alias(self, alias: str, hit: AliasHit) -> None:
        key = name_key(alias)
        if key and all(h.actor_id != hit.actor_id or h.sector != hit.sector for h in self.aliases[key]):
            self.aliases[key].append(hit)

    def _countries(self) -> None:
        qids = _load("country_qids.yaml") or {}
        for alpha2, record in gazetteer().countries.items():
            alpha3 = record["iso3"]
            actor = Actor(qids.get(alpha3, f"iso:{alpha3}"), record["name"], "country", alpha3, "government")
            self.actors[actor.id] = actor
            self.country_actor[alpha3] = actor.id
            for name in {record["name"], *country_names(alpha2), *extra_country_names(alpha3)}:
                self._alias(name, AliasHit(actor.id, None, "country"))
            for lang in ("fr", "en"):
                for name in {*country_names(alpha2, (lang,)), *extra_country_names(alpha3, lang)}:
                    self.place_names[lang].add(name_key(name))

    def _add_record(self, record: dict[str, Any]) -> None:
        roles = tuple(Role(r["role"], r.get("country"), r.get("org"), _date(r.get("start")), _date(r.get("end")))
                      for r in record.get("roles") or [])
        aliases = {lang: tuple(names) for lang, names in (record.get("aliases") or {}).items()}
        actor = Actor(str(record["id"]), record["name"], record.get("kind", "person"), record.get("country"),
                      record.get("sector"), aliases, roles)
        self.actors[actor.id] = actor
        for name in {actor.name, *[a for names in aliases.values() for a in names]}:
            self._alias(name, AliasHit(actor.id, None, "alias"))
            short = first_and_last(name_key(name))
            if actor.kind == "person" and short and all(h.actor_id != actor.id for h in self.first_last[short]):
                self.first_last[short].append(AliasHit(actor.id, None, "alias"))
        if actor.kind == "igo":
            for lang, names in aliases.items():
                self.place_names[lang].update(name_key(n) for n in names)
        for role in roles:
            self.holders[(role.role, role.country or role.org or "")].append((actor.id, role))

    def _roles(self, table: dict[str, Any]) -> None:
        for key, spec in table.items():
            if key == "national_titles":
                for lang, titles in (spec or {}).items():
                    for title, office in (titles or {}).items():
                        self.national_titles[lang][fold(title)] = (office["role"], office["country"])
                continue
            if key == "state_nouns":
                for lang, words in (spec or {}).items():
                    self.state_nouns[lang].update(fold(w) for w in words or [])
                continue
            if key in {"group_nouns", "international_groups"}:
                target = self.group_nouns if key == "group_nouns" else self.world_groups
                for lang, groups in (spec or {}).items():
                    for group in groups or []:
                        for form in group.get("forms") or []:
                            target[lang][fold(form)] = (group.get("sector"), group.get("attribution"))
                continue
            if key == "titles" or not isinstance(spec, dict):
                continue  # titles: see tidings.link.rules
            key = "leader" if key == "leader_nouns" else key  # the country's highest office, see LEADER_ROLE
            self.role_sector[key] = spec.get("sector") or "government"
            for lang, phrases in spec.items():
                if lang != "sector" and isinstance(phrases, list):
                    for phrase in phrases:
                        self.role_words[lang][fold(phrase)] = key
        for lang, words in {"fr": ["dirigeant", "dirigeante", "dirigeants", "chef", "numéro un"],
                            "en": ["leader", "leaders"]}.items():
            for word in words:
                self.role_words[lang].setdefault(fold(word), "leader")

    # --- lookups ------------------------------------------------------------------------------------
    def holder(self, role: str, where: str, day: date | None) -> tuple[str | None, tuple[str, ...]]:
        """(the actor holding `role` in a country or organisation on `day`, candidates when unsure)."""
        if role == "leader":
            role = LEADER_ROLE.get(where, "president")
        holders = self.holders.get((role, where), [])
        if day is not None:
            current = [a for a, r in holders if r.holds_on(day)]
        else:
            current = [a for a, r in holders if r.end is None]
        current = list(dict.fromkeys(current))
        if len(current) == 1:
            return current[0], ()
        return None, tuple(current)

    def country_ref(self, alpha3: str, sector: str | None, how: str, anonymous: bool = False) -> ActorRef:
        actor = self.actors.get(self.country_actor.get(alpha3, ""))
        name = actor.name if actor else alpha3
        return ActorRef(None, name, "group", alpha3, sector, anonymous=anonymous, how=how)


@cache
def registry() -> Registry:
    """Loaded once per process."""
    return Registry()


@dataclass
class ArticleContext:
    """What the linker learns while reading one article: who is named, and in which countries."""

    day: date | None
    named: dict[str, str] = field(default_factory=dict)  # folded surname/short form -> actor id
    unlinked: dict[str, ActorRef] = field(default_factory=dict)  # folded last token -> unknown person
    unlinked_orgs: dict[str, ActorRef] = field(default_factory=dict)  # folded first word -> unknown organisation
    countries: set[str] = field(default_factory=set)
    focus: str | None = None  # the country the article is mostly about, once known


def first_and_last(key: str) -> str | None:
    """ "recep tayyip erdogan" -> "recep erdogan"; None for names of fewer than three words."""
    words = key.split()
    return f"{words[0]} {words[-1]}" if len(words) >= 3 else None


def _last_token(text: str) -> str:
    parts = fold(text).replace("-", " ").split()
    while len(parts) > 1 and parts[-1].rstrip(".") in _SUFFIXES:
        parts.pop()  # "James P. Kennedy Jr." is Kennedy
    return parts[-1] if parts else ""


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


HONORIFICS = {"m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "sir", "dame", "sen", "rep", "gen",
              "general", "col", "lt", "sheikh", "cheikh", "maitre", "me", "pr", "prof", "mgr", "pope", "pape"}


def strip_titles(text: str, lang: str, reg: Registry) -> str:
    """ "M. Macron" -> "Macron", "président Erdogan" -> "Erdogan", "Vice President Pence" -> "Pence"."""
    words = text.split()
    roles = reg.role_words.get(lang, {})
    while len(words) > 1:
        head = fold(words[0]).rstrip(".")
        two = fold(" ".join(words[:2]))
        if head in HONORIFICS or head in roles:
            words = words[1:]
        elif len(words) > 2 and two in roles:
            words = words[2:]
        else:
            break
    return " ".join(words)


def _written_lowercase(actor: Actor, key: str) -> bool:
    """The record has a lower-case form with this key (a description such as "armée chinoise")."""
    return any(name_key(form) == key and not any(c.isupper() for c in form)
               for form in (actor.name, *(f for forms in actor.aliases.values() for f in forms)))


def link_name(text: str, label: str, ctx: ArticleContext, reg: Registry, lang: str = "") -> ActorRef | None:
    """Link a named mention (PER, ORG, GPE/LOC used as an actor) to a registry record, or None."""
    if label == "PER":
        text = strip_titles(text, lang, reg)
    key = name_key(text)
    hits = reg.aliases.get(key, [])
    if not any(c.isupper() for c in text):
        # "la libération des otages" is not the newspaper Libération: a mention in lower case is a common word,
        # unless the record itself is written so ("armée chinoise")
        hits = [h for h in hits if _written_lowercase(reg.actors[h.actor_id], key)]
    if label == "PER":
        hits = [h for h in hits if reg.actors[h.actor_id].kind == "person"] or hits
        if not hits and (short := first_and_last(key)):  # a middle name added or left out
            hits = [h for h in reg.aliases.get(short, []) if reg.actors[h.actor_id].kind == "person"]
        if not hits:
            hits = reg.first_last.get(key, [])
        if " " not in key and key in ctx.unlinked and key not in ctx.named:
            return ctx.unlinked[key]  # "Kennedy" after "James P. Kennedy Jr.": the person the article named
    if len(hits) > 1:
        hits = [h for h in hits if h.valid_on(ctx.day)] or hits
        hits = _in_language(hits, key, lang, reg)
    if len(hits) > 1 and any(h.how != "metonym" for h in hits):
        hits = [h for h in hits if h.how != "metonym"] or hits  # "Pentagon": the record beats the seat
    if len(hits) > 1:
        # Prefer who the article already named, then who held an office on the article's date.
        named = [h for h in hits if h.actor_id in ctx.named.values()]
        if len(named) == 1:
            hits = named
        elif ctx.day is not None:
            active = [h for h in hits if any(r.holds_on(ctx.day) for r in reg.actors[h.actor_id].roles)]
            if len(active) == 1:
                hits = active
    if len(hits) == 1:
        hit = hits[0]
        actor = reg.actors[hit.actor_id]
        if actor.kind == "person":
            for form in (key, _last_token(text)):
                ctx.named.setdefault(form, actor.id)
        if actor.country:
            ctx.countries.add(actor.country)
        return actor.ref(hit.how if hit.how != "alias" or key == name_key(actor.name) else "alias", hit.sector)
    if len(hits) > 1:
        return ActorRef(None, text, reg.actors[hits[0].actor_id].kind, None, None, how="ambiguous",
                        candidates=tuple(h.actor_id for h in hits))
    if label == "PER":
        last = _last_token(text)
        if last in ctx.named and key != last:
            pass  # a different full name with the same surname: not the same person
        elif last in ctx.named:
            return reg.actors[ctx.named[last]].ref("short_name")
        if last in ctx.unlinked and key == last:
            return ctx.unlinked[last]
    return None


def named_person(text: str, ctx: ArticleContext, reg: Registry) -> ActorRef | None:
    """A surname the NER model tagged as an organisation ("Assange faces charges"), of a person the
    article has already named in full."""
    key = name_key(text)
    if " " in key or not text[:1].isupper():
        return None
    if key in ctx.named:
        return reg.actors[ctx.named[key]].ref("short_name")
    return ctx.unlinked.get(key)


def _in_language(hits: list[AliasHit], key: str, lang: str, reg: Registry) -> list[AliasHit]:
    """Of several records sharing an alias, those that carry it in the article's language ("AP" is the
    Associated Press in English, the Palestinian Authority in French)."""
    own = [h for h in hits if any(name_key(a) == key for a in reg.actors[h.actor_id].aliases.get(lang, ()))]
    return own or hits


@cache
def _org_sectors() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = _load("actors/org_words.yaml") or {}
    return tuple((sector, re.compile(rf"(?<!\w)(?:{_alternation(fold(w) for w in words)})(?!\w)"))
                 for sector, words in (table.get("sectors") or {}).items())


# Words that end the noun phrase written before a name: a nationality beyond them describes something else
_PHRASE_BREAKS = {"of", "in", "at", "by", "for", "from", "to", "with", "and", "or", "against", "de", "du", "des",
                  "en", "dans", "par", "pour", "avec", "contre", "et", "ou"}


def unknown_organization(text: str, lang: str, ctx: ArticleContext, reg: Registry, before: str = "") -> ActorRef:
    """An organisation the registry lacks, kept unlinked: its country from a nationality or country name in
    its own name ("the British Foreign Office", "US Senate"), else from a nationality in the phrase just before
    it ("Japanese investment company Acme Corp"), else the article's; its sector from its words. A later
    mention by its first word alone ("Acme") is the same organisation."""
    key = fold(text)
    if " " not in key and key in ctx.unlinked_orgs:
        return ctx.unlinked_orgs[key]
    words = key.replace("'s", "").split()
    demonyms = reg.demonyms.get(lang, {})
    country = next((demonyms.get(w) for w in words if demonyms.get(w)), None)
    how = "unlinked organization"
    if country is None:
        clause = re.split(r"[,;:.()«»\"]", fold(before))[-1].split()
        for word in reversed(clause[-5:]):
            if word in _PHRASE_BREAKS:
                break
            if country := demonyms.get(word):
                how = "unlinked organization (country from the nationality before the name)"
                break
    if country is None:
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                hits = reg.aliases.get(" ".join(words[i:i + size]), [])
                place = next((h for h in hits if h.how in {"country", "metonym"}), None)
                if place is not None:
                    country = reg.actors[place.actor_id].country
                    break
            if country:
                break
    if country is None and ctx.focus is not None:
        country, how = ctx.focus, "unlinked organization (country from the article)"
    folded = fold(text)
    sector = next((sector for sector, pattern in _org_sectors() if pattern.search(folded)), None)
    ref = ActorRef(None, text, "organization", country, sector, how=how)
    if len(words) > 1 and words[0] not in {"the", "le", "la", "les"} and "from the article" not in how:
        ctx.unlinked_orgs.setdefault(words[0], ref)
    return ref


def unknown_person(text: str, before: str, lang: str, ctx: ArticleContext, reg: Registry) -> ActorRef | None:
    """An unlinked person, with the nationality a demonym just before the name gives ("le journaliste
    américain John Smith", "Russian opposition leader X")."""
    country = None
    # only the words of the same phrase; a nationality in brackets counts ("l'ex-agent (russe) Sergueï Skripal")
    clause = re.split(r"[,;:.«»\"]", fold(before).replace("(", " ").replace(")", " "))[-1].split()
    for word in reversed(clause[-6:]):  # "le ministre grec des Affaires étrangères X": 4 words back
        country = reg.demonyms.get(lang, {}).get(word)
        if country:
            break
    name = strip_titles(text, lang, reg)
    if name[:1].islower():
        return None  # "président de la République" with its role word stripped: a description, not a name
    how = "unlinked"
    if country is None and (titled := country_of_title(before, reg)) is not None:
        country, how = titled[0], "unlinked (country from the title before the name)"
    elif country is None and ctx.focus is not None:
        country, how = ctx.focus, "unlinked (country from the article)"
    ref = ActorRef(None, name, "person", country, None, how=how)
    ctx.unlinked.setdefault(_last_token(text), ref)
    return ref


_LOCATIVE_WORDS = {"a", "à", "au", "aux", "en", "dans", "depuis", "in", "at", "from", "near", "inside"}


def country_of_title(before: str, reg: Registry) -> tuple[str | None] | None:
    """The country of the title written before a name, from the country, seat or international organisation
    it names: "White House Press Secretary X" (USA), "Taiwan's incumbent president, X" (TWN), "China's
    ambassador to Britain X" (CHN: the possessive is the title's own country), "United Nations spokesman X"
    (no country). None when the title names none. Only the phrase just before the name is read, or the one
    before its comma when the name follows one ("..., Tsai Ing-wen")."""
    phrases = re.split(r"[,;:.«»\"()]", fold(before))
    phrase = phrases[-1] if phrases[-1].strip() or len(phrases) < 2 else phrases[-2]
    words = phrase.split()[-6:]
    found: list[tuple[int, bool, str | None]] = []  # (position, possessive, country)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            gram = " ".join(words[i:i + size])
            possessive = gram.endswith("'s")
            hits = reg.aliases.get(name_key(gram), [])
            if size == 1 and len(gram) <= 4 and re.search(rf"(?<!\w){re.escape(gram)}(?!\w)", before):
                hits = []  # an acronym written in lower case is a common word: French "un" is no UN
            hit = next((h for h in hits if h.how in {"country", "metonym"} or reg.actors[h.actor_id].kind == "igo"),
                       None)
            located = i > 0 and words[i - 1] in _LOCATIVE_WORDS  # "à Moscou, X": where, not whose
            if hit is not None and not located and not any(i <= p < i + size for p, _, _ in found):
                found.append((i, possessive, reg.actors[hit.actor_id].country))
    if not found:
        return None
    found.sort(key=lambda f: (not f[1], -f[0]))  # a possessive first, else the nearest to the name
    return (found[0][2],)


# --- descriptions: roles and groups, found by patterns built from the data -----------------------------

@dataclass(frozen=True)
class Description:
    start: int
    end: int
    refs: tuple[ActorRef, ...]
    label: str  # PER for resolved roles, MISC for groups


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True) if f)


def _is_place_like(reg: Registry, hit: AliasHit) -> bool:
    """Countries, seats of power and international organisations: what a role can be "of"."""
    return hit.how in {"country", "metonym"} or reg.actors[hit.actor_id].kind == "igo"


@cache
def description_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(role pattern, coordinated role pattern, group pattern) for a language, over folded text."""
    reg = registry()
    roles, demonyms, groups = reg.role_words.get(lang), reg.demonyms.get(lang), reg.group_nouns.get(lang)
    if not roles or not demonyms:
        return None
    role_alt, dem_alt = _alternation(roles), _alternation(demonyms)
    group_alt = _alternation(groups or {"\x00"})
    # Countries and seats by name, for "président des États-Unis", "porte-parole du Kremlin", "president of Russia"
    names = _alternation(k for k in reg.place_names.get(lang, ()) if len(k) > 3)
    if lang == "fr":
        # "président russe", "ministre russe des affaires etrangeres", "ministre des affaires etrangeres russe"
        multiword = [r.split(" ", 1) for r in roles if " " in r]
        heads, tails = _alternation({h for h, _ in multiword}), _alternation({t for _, t in multiword})
        role = (rf"(?<!\w)(?:(?P<role>{role_alt})\s+(?:(?P<dem>{dem_alt})|(?:de la|du|des|de l'|d')\s*(?P<of>{names}))"
                rf"|(?P<head>{heads})\s+(?P<dem2>{dem_alt})\s+(?P<tail>{tails}))(?!\w)")
        coordinated = rf"(?<!\w)(?P<role>{role_alt})\s+(?P<dem>{dem_alt})\s+et\s+(?P<dem2>{dem_alt})(?!\w)"
        group = (rf"(?<!\w)(?P<noun>{group_alt})\s+(?:(?P<dem>{dem_alt})"
                 rf"|(?:de la|du|des|de l'|d')\s*(?P<of>{names}))(?!\w)")
    else:
        role = (rf"(?<![\w.])(?:(?P<dem>{dem_alt})\s+(?P<role>{role_alt})"
                rf"|(?:the\s+)?(?P<of2>{names})(?:'s)?\s+(?P<role2>{role_alt})"
                rf"|(?P<role3>{role_alt})\s+of\s+(?:the\s+)?(?P<of>{names}))(?![\w-])")  # not "of the London-based"
        coordinated = rf"(?<![\w.])(?P<dem>{dem_alt})\s+and\s+(?P<dem2>{dem_alt})\s+(?P<role>{role_alt})(?!\w)"
        # The word between is tried last: "Iranian security forces" are police, not "forces" (\xad: soft hyphen)
        group = (rf"(?<![\w.])(?:(?P<dem>{dem_alt})|(?P<of>{names})(?:'s)?)[\s\xad]+(?:[a-z]+\s+)??"
                 rf"(?P<noun>{group_alt})(?!\w)"
                 rf"|(?<![\w.])(?P<noun2>{group_alt})\s+in\s+(?:the\s+)?(?P<in>{names})(?![\w-])")
    return re.compile(role), re.compile(coordinated), re.compile(group)


def _plural_role(phrase: str, roles: dict[str, str]) -> bool:
    """ "advisers", "leaders", "spokesmen": the plural of another role noun of the list."""
    if phrase.endswith("men"):
        return phrase[:-3] + "man" in roles
    return phrase.endswith("s") and (phrase[:-1] in roles or phrase[:-2] in roles)


def _group_form_states_country(m: re.Match[str], sector: str | None, attribution: str | None) -> bool:
    """Which forms of a group description give the group's country. "Russia analysts" study Russia (only
    "Russian analysts" are Russian); "prosecutors in Sweden" are Swedish, "troops in Syria" need not be."""
    groups = m.groupdict()
    if attribution == "analysts" and not groups.get("dem"):
        return False
    return not groups.get("noun2") or sector in {"judiciary", "police", "legislature", "civil_society"}


# An organisation's "foreign minister" is its own office: "le chef de la diplomatie de l'Union européenne".
ORG_OFFICE = {"foreign_minister": "high_representative"}


def _role_ref(role_key: str, country: str, ctx: ArticleContext, reg: Registry) -> ActorRef:
    actor_id, candidates = reg.holder(role_key, country, ctx.day)
    if actor_id is None and not candidates and role_key in ORG_OFFICE:
        actor_id, candidates = reg.holder(ORG_OFFICE[role_key], country, ctx.day)
    if actor_id is not None:
        return reg.actors[actor_id].ref("role")
    return ActorRef(None, f"{role_key} of {country}", "person", country, reg.role_sector.get(role_key, "government"),
                    how="role_unresolved" if not candidates else "ambiguous", candidates=candidates)


@cache
def unqualified_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(titles of office, group nouns) standing alone, after a determiner: "the Prime Minister", "la police"."""
    reg = registry()
    roles, groups = reg.role_words.get(lang), reg.group_nouns.get(lang)
    if not roles or not groups:
        return None
    determiners = "le|la|l'|les|the" if lang in {"fr", "en"} else ""
    titles = _alternation(r for r in roles if reg.role_words[lang][r] != "leader")
    role = rf"(?<!\w)(?:{determiners})\s+(?P<role>{titles})(?!\w)"
    group = rf"(?<![\w-])(?P<noun>{_alternation(groups)})(?![\w-])"
    return re.compile(role), re.compile(group)


def _unqualified(text: str, folded: str, lang: str, ctx: ArticleContext, reg: Registry,
                 found: list[Description]) -> list[Description]:
    """Offices and groups named without a country ("the Prime Minister", "les manifestants") belong to the
    country the article is about; the record says so in `how`. A title must be written as one (capital
    initial, or several words) so that "le président du club" stays out."""
    patterns = unqualified_patterns(lang)
    assert ctx.focus is not None
    if patterns is None:
        return []
    role_re, group_re = patterns
    taken = [(d.start, d.end) for d in found]
    out: list[Description] = []
    for m in role_re.finditer(folded):
        start, end = m.start("role"), m.end("role")
        if any(s < end and start < e for s, e in taken) or text[end:end + 1] in {" ", ","} and \
                text[end + 1:end + 2].isupper():
            continue  # covered already, or a title before a name ("President Xi"): the name is the mention
        written = text[start:end]
        after = folded[end:end + 4]
        if not (written[:1].isupper() or " " in written or lang == "en" and not after.startswith(" of")):
            continue
        actor_id, candidates = reg.holder(reg.role_words[lang][m.group("role")], ctx.focus, ctx.day)
        if actor_id is not None:
            out.append(Description(start, end, (reg.actors[actor_id].ref("role (country from the article)"),), "PER"))
    for m in group_re.finditer(folded):
        start, end = m.start("noun"), m.end("noun")
        if any(s < end and start < e for s, e in taken):
            continue
        sector, attribution = reg.group_nouns[lang][m.group("noun")]
        ref = reg.country_ref(ctx.focus, sector, "group (country from the article)",
                              anonymous=attribution == "anonymous_officials")
        out.append(Description(start, end, (ref,), "MISC"))
    return out


# Party adjectives that describe a person as a nationality does: "le candidat républicain Donald Trump".
POLITICAL_ADJECTIVES = {"fr": ("republicain", "republicaine", "democrate", "conservateur", "conservatrice",
                               "travailliste", "socialiste", "centriste", "ecologiste", "communiste")}
_NOT_NOUNS = {"des", "les", "aux", "par", "pour", "avec", "sur", "dans", "une", "son", "ses", "sa", "leur", "leurs",
              "cet", "cette", "ces", "and", "the", "with", "from", "for", "dont", "que", "qui", "mais"}


@cache
def _apposition_pattern(lang: str) -> re.Pattern[str] | None:
    """A title or a noun with its nationality written right before a name, at the end of a folded window:
    "la chancelière (", "le général iranien ", "l'ex-agent (russe) ", "Russian opposition leader "."""
    reg = registry()
    roles, demonyms = reg.role_words.get(lang), reg.demonyms.get(lang)
    if not roles or not demonyms:
        return None
    role, dem = _alternation(roles), _alternation([*demonyms, *POLITICAL_ADJECTIVES.get(lang, ())])
    if lang == "fr":
        return re.compile(rf"(?<![\w-])(?:(?P<role>{role})|(?P<noun>[a-z][\w-]{{2,}}))"
                          rf"(?:\s+\(?(?P<dem>{dem})\)?)?\s*[,(]?\s*$")
    return re.compile(rf"(?<![\w.-])(?:(?P<dem>{dem})\s+)?(?:[a-z]+\s+)?(?P<role>{role})\s*[,(]?\s*$")


def apposition(before: str, lang: str) -> tuple[int, int, str | None] | None:
    """(start, end) in `before` of the title or "noun + nationality" that ends it, with that nationality, or
    None. The name that follows tells who is meant: "le nouveau président ukrainien Volodymyr Zelensky" is
    Zelensky even before his inauguration, "le général iranien Qassem Soleimani" is Soleimani."""
    pattern = _apposition_pattern(lang)
    m = pattern.search(fold_in_place(before)) if pattern else None
    groups = m.groupdict() if m else {}
    if m is None or groups["role"] is None and (groups["dem"] is None or groups.get("noun") in _NOT_NOUNS):
        return None
    start, end = m.start(), max(m.end(g) for g, v in groups.items() if v is not None)
    end += before[end:end + 1] == ")"  # "l'ex-agent (russe)"
    dem = groups["dem"]
    return start, end, registry().demonyms[lang].get(dem) if dem else None


@cache
def counterpart_pattern(lang: str) -> re.Pattern[str] | None:
    """ "son homologue allemand", "his German counterpart", over folded text."""
    demonyms = registry().demonyms.get(lang)
    if not demonyms:
        return None
    dem = _alternation(demonyms)
    if lang == "fr":
        return re.compile(rf"(?<!\w)homologue\s+(?P<dem>{dem})(?!\w)")
    return re.compile(rf"(?<![\w.])(?P<dem>{dem})\s+counterpart(?!\w)")


@cache
def _state_pattern(lang: str) -> re.Pattern[str] | None:
    reg = registry()
    nouns, demonyms = reg.state_nouns.get(lang), reg.demonyms.get(lang)
    if not nouns or not demonyms:
        return None
    noun, dem = _alternation(nouns), _alternation(demonyms)
    if lang == "en":
        return re.compile(rf"(?<![\w.])(?P<dem>{dem})\s+(?:{noun})(?!\w)")
    return re.compile(rf"(?<!\w)(?:{noun})\s+(?P<dem>{dem})(?!\w)")


def _states(folded: str, lang: str, reg: Registry) -> list[Description]:
    """ "l'État russe", "the Russian state": the country as an actor."""
    pattern = _state_pattern(lang)
    out: list[Description] = []
    for m in pattern.finditer(folded) if pattern else ():
        actor = reg.actors.get(reg.country_actor.get(reg.demonyms[lang][m.group("dem")], ""))
        if actor is not None:
            out.append(Description(m.start(), m.end(), (actor.ref("demonym"),), "GPE"))
    return out


@cache
def _world_group_pattern(lang: str) -> re.Pattern[str] | None:
    forms = registry().world_groups.get(lang)
    return re.compile(rf"(?<![\w-])(?:{_alternation(forms)})(?![\w-])") if forms else None


def _world_groups(folded: str, lang: str, reg: Registry) -> list[Description]:
    """Groups of several states or of no stated country ("les pays occidentaux", "la communauté
    internationale", "une source diplomatique"): a group with no country, never the article's country."""
    pattern = _world_group_pattern(lang)
    out: list[Description] = []
    for m in pattern.finditer(folded) if pattern else ():
        sector, attribution = reg.world_groups[lang][m.group()]
        out.append(Description(m.start(), m.end(), (ActorRef(None, m.group(), "group", None, sector,
                               anonymous=attribution == "anonymous_officials", how="group (several countries)"),),
                               "MISC"))
    return out


_DETERMINERS = {"le", "la", "l'", "du", "au", "son", "sa", "leur", "ce", "cet", "cette", "notre", "votre", "the",
                "his", "her", "its", "their", "former", "ex", "nouveau", "nouvelle", "new"}


def _after_a_noun(folded: str, m: re.Match[str]) -> bool:
    """ "l'ennemi numéro un d'Israël", "le producteur numéro un": "numéro un" after a noun is an adjective,
    not a title of office (which follows a determiner: "le numéro un chinois")."""
    role = m.groupdict().get("role") or ""
    if role != "numero un":
        return False
    before = folded[max(0, m.start() - 20):m.start()].replace("'", "' ").split()
    return bool(before) and before[-1] not in _DETERMINERS


def find_descriptions(text: str, lang: str, ctx: ArticleContext) -> list[Description]:
    """Role and group descriptions in a text, as spans of it."""
    patterns = description_patterns(lang)
    if patterns is None:
        return []
    reg = registry()
    role_re, coordinated_re, group_re = patterns
    folded = fold_in_place(text)
    demonyms, roles = reg.demonyms[lang], reg.role_words[lang]
    found: list[Description] = []
    for title, (role_key, country) in reg.national_titles.get(lang, {}).items():
        # "The United Nations High Commissioner for ...": the title, with its article, beats the role noun in it
        article = r"(?:the\s+)?" if lang == "en" else ""
        for m in re.finditer(rf"(?<!\w){article}{re.escape(title)}(?!\w)", folded):
            found.append(Description(m.start(), m.end(), (_role_ref(role_key, country, ctx, reg),), "PER"))
    for m in coordinated_re.finditer(folded):
        role_key = roles[m.group("role")]
        refs = tuple(_role_ref(role_key, demonyms[m.group(k)], ctx, reg) for k in ("dem", "dem2"))
        found.append(Description(m.start(), m.end(), refs, "PER"))
    for m in role_re.finditer(folded):
        groups = m.groupdict()
        if _after_a_noun(folded, m):
            continue
        if groups.get("of") or groups.get("of2"):
            role_key = roles[groups.get("role") or groups.get("role2") or groups.get("role3") or ""]
            place = groups.get("of") or groups.get("of2") or ""
            hit = next(h for h in reg.aliases[place] if _is_place_like(reg, h))
            target = reg.actors[hit.actor_id]
            country = target.id if target.kind == "igo" else target.country or ""
        elif groups.get("role"):
            role_key, country = roles[m.group("role")], demonyms[m.group("dem")]
        else:
            role_key = roles.get(f"{m.group('head')} {m.group('tail')}", "")
            if not role_key:
                continue
            country = demonyms[m.group("dem2")]
        phrase = groups.get("role") or groups.get("role2") or groups.get("role3") or ""
        if _plural_role(phrase, roles) and country in reg.country_actor:
            # "White House advisers", "China's leaders": a group of the country, not one office holder
            group = reg.country_ref(country, reg.role_sector.get(role_key, "government"), "group")
            found.append(Description(m.start(), m.end(), (group,), "MISC"))
            continue
        found.append(Description(m.start(), m.end(), (_role_ref(role_key, country, ctx, reg),), "PER"))
    for m in group_re.finditer(folded):
        noun = m.groupdict().get("noun") or m.groupdict().get("noun2") or ""
        sector, attribution = reg.group_nouns[lang].get(noun, (None, None))
        anonymous = attribution == "anonymous_officials"
        if not _group_form_states_country(m, sector, attribution):
            continue
        if m.group("dem"):
            country = demonyms[m.group("dem")]
        else:
            hit = next(h for h in reg.aliases[m.groupdict().get("of") or m.group("in")] if _is_place_like(reg, h))
            if reg.actors[hit.actor_id].kind == "igo":
                continue
            country = reg.actors[hit.actor_id].country or ""
        ref = reg.country_ref(country, sector, "group", anonymous=anonymous)
        found.append(Description(m.start(), m.end(), (ref,), "MISC"))
    found += _world_groups(folded, lang, reg) + _states(folded, lang, reg)
    if ctx.focus:
        found += _unqualified(text, folded, lang, ctx, reg, found)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[Description] = []
    for d in found:
        if not kept or d.start >= kept[-1].end:
            kept.append(d)
    return kept
