"""Time expressions in French and English, normalised to local values and UTC intervals.

Month and weekday names come from CLDR (babel); relative words and zone phrases from `data/times.yaml`.
Absolute dates are read by our patterns (dateparser reads the numeric ones); relative ones ("mardi dernier",
"next Friday", "dans la nuit de samedi à dimanche") are resolved against the publication date, the way a
journalist means them: a bare weekday is the last such day in a past-tense sentence, the next one in a
future-tense sentence. A year that the text does not give is inferred and flagged (`year_inferred`).

Zones: a phrase in the text ("heure de Pékin", "GMT", "ET") wins; else the zone of the sentence's place;
else UTC. `tz_from` says which.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dateparser
from babel import Locale

from tidings.model import TimeValue
from tidings.yamlfile import parse_yaml

ZoneLookup = Callable[[str], "str | None"]  # a city name -> its IANA zone (from the gazetteer)
PlaceZone = Callable[[int], "str | None"]  # a character offset -> the zone of the place of its sentence


@cache
def words() -> dict[str, Any]:
    text = resources.files("tidings.data").joinpath("times.yaml").read_text(encoding="utf-8")
    return parse_yaml(text)


def _alt(options: list[str]) -> str:
    return "|".join(re.escape(o) for o in sorted(set(options), key=len, reverse=True))


def _zone_names(names: dict[str, str], local: list[str]) -> str:
    """Zone abbreviations match in capitals only ("ET" is a zone, "et" is French for "and")."""
    upper = [n for n in names if n.isupper()]
    other = [n for n in names if not n.isupper()] + local
    return rf"(?-i:{_alt(upper)})|{_alt(other)}"


@dataclass(frozen=True)
class Grammar:
    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]


@cache
def grammar(lang: str) -> Grammar | None:
    """Patterns for one language, built once from CLDR names and our word lists."""
    table = words().get(lang)
    if table is None:
        return None
    locale = Locale(lang)
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in locale.months["format"][width].items():
            months[name.lower()] = number
            months[name.lower().rstrip(".")] = number
    for name, number in list(months.items()):  # accents are often dropped in scraped text
        months.setdefault(name.replace("é", "e").replace("û", "u"), number)
    if lang == "en":
        months["sept"] = 9
    weekdays = {name.lower(): number for number, name in locale.days["format"]["wide"].items()}
    month = rf"(?P<month>{_alt(list(months))})(?:\.(?=\s*\d))?"
    wd = rf"(?P<wd>{_alt(list(weekdays))})"
    tz_names = words()["tz_names"]
    if lang == "fr":
        day = r"(?P<day>1er|premier|\d{1,2})"
        clock = (r"(?P<clock>\s*,?\s*(?:à|vers|dès|jusqu'à)\s+(?:(?P<h>\d{1,2})\s*(?:h|heures?)\s*(?P<mi>\d{2})?(?!\d)"
                 r"(?:\s+du (?:matin|soir))?|(?P<noon>midi)|(?P<midnight>minuit)))")
        bare_clock = r"(?P<h>\d{1,2})\s*(?:h|heures?)\s*(?P<mi>\d{2})?(?!\d)(?:\s+du (?:matin|soir))?"
        tz = (r"(?P<tzp>\s*,?\s*\(?\s*(?P<tz>heure (?:de |d['’])\s*(?P<tzcity>[A-ZÉ][\w'’-]+(?:[ -][A-ZÉ][\w'’-]+)*)"
              r"|" + _zone_names(tz_names, table["tz_local"]) + r")\b\)?)")
        part = rf"(?:\s+(?P<part>{_alt(table['parts_of_day'])}))?"
        relative = _alt(table["previous"] + table["next"])
        rel = rf"(?:\s+(?P<rel>{relative}))?"
        units = _alt(list(table["unit_words"]))
        patterns = [
            ("night", rf"dans la nuit (?:du|de) {wd} (?:(?P<day>\d{{1,2}}) )?(?:au|à) (?P<wd2>{_alt(list(weekdays))})"
                      rf"(?: (?P<day2>\d{{1,2}}))?(?: {month})?"),
            ("range", rf"(?:du (?P<day>\d{{1,2}}|1er) (?:(?P<month1>{_alt(list(months))}) )?au"
                      rf"|(?P<dayb>\d{{1,2}}|1er)\s*(?:-|–|et)\s*) ?(?P<day2>\d{{1,2}}) {month}"
                      r"(?: (?P<year>\d{4}))?"),
            ("date", rf"(?:{wd}\s+)?{day}\s+{month}(?:\s+(?P<year>\d{{4}}))?{part}{clock}?{tz}?"),
            ("numeric", r"(?P<num>\b\d{1,2}/\d{1,2}/\d{4}\b)"),
            ("weekday", rf"{wd}{rel}{part}{clock}?{tz}?"),
            ("relday", rf"(?P<relday>{_alt(list(table['relative_days']))}){part}{clock}?{tz}?"),
            ("unit", rf"(?:la|le|l['’]|cette|ce)\s*(?P<unit>{units})\s+(?P<rel>{relative})"),
            ("thisunit", rf"(?P<thisunit>{_alt(list(table['this_unit']))})"),
            ("month", rf"(?:(?:(?P<mod>début|mi|fin|courant)[- ](?:du mois de\s+)?)"
                      rf"|(?:{_alt(table['month_preps'])})\s+){month}(?:\s+(?P<year>\d{{4}}))?"
                      rf"(?:\s+(?P<rel>{relative}))?"),
            ("monthyear", rf"{month}\s+(?P<year>\d{{4}})"),
            ("yearrange", r"(?:(?:de|entre)\s+)(?P<year>1[5-9]\d{2}|20\d{2})\s+(?:à|et)\s+"
                          r"(?P<year2>1[5-9]\d{2}|20\d{2})\b"),
            ("monthrange", rf"de\s+(?:(?P<mod>début|mi|fin)[- ])?(?P<month1>{_alt(list(months))})\s+à\s+"
                           rf"(?:(?P<mod2>début|mi|fin)[- ])?{month}(?:\s+(?P<year>\d{{4}}))?"),
            ("year", rf"(?:{_alt(table['year_preps'])})\s+(?P<year>1[5-9]\d{{2}}|20\d{{2}})\b"),
            ("clock", rf"{clock}{tz}?"),
            ("clock", rf"{bare_clock}{tz}"),
            ("ago", table["ago"].format(numbers=_alt(list(table["numbers"])))),
            ("year", r"(?P<year>(?:19[5-9]|20[0-4])\d)(?=\s*(?:$|[,.;:)]|et |à |-))"),
        ]
    else:
        day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        clock = (r"(?P<clock>\s*,?\s*(?:at|around|by|until|from)\s+(?:(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*"
                 r"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|(?P<noon>noon)|(?P<midnight>midnight)))")
        tz = (r"(?P<tzp>\s*,?\s*\(?(?P<tz>(?-i:(?P<tzcity>[A-Z][a-z]+(?: [A-Z][a-z]+)?)) time|"
              + _zone_names(tz_names, table["tz_local"]) + r")\b\)?)")
        part = rf"(?:\s+(?P<part>{_alt(table['parts_of_day'])}))?"
        rel = _alt(table["previous"] + table["next"] + ["this"])
        bare_clock = r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"
        patterns = [
            ("date", rf"{bare_clock}{tz}?,?\s+(?:{wd},?\s+)?{month}\s+{day}(?:,?\s+(?P<year>\d{{4}}))?"),
            ("date", rf"(?:{wd},?\s+)?{month}\s+{day}(?:,?\s+(?P<year>\d{{4}}))?{clock}?{tz}?"),
            ("date", rf"(?:{wd},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+(?P<year>\d{{4}}))?{clock}?{tz}?"),
            ("numeric", r"(?P<num>\b\d{1,2}/\d{1,2}/\d{4}\b)"),
            ("weekday", rf"(?:(?P<rel>{rel})\s+)?{wd}{part}{clock}?{tz}?"),
            ("relday", rf"(?P<relday>{_alt(list(table['relative_days']))}){part}{clock}?{tz}?"),
            ("unit", rf"(?P<rel>{rel})\s+(?P<unit>{_alt(list(table['unit_words']))})\b"),
            ("yearrange", r"(?:(?:from|between)\s+(?:at least\s+)?)?(?P<year>1[5-9]\d{2}|20\d{2})"
                          r"\s*(?:to|through|and|-|–)\s*(?P<year2>1[5-9]\d{2}|20\d{2})\b"),
            ("monthrange", rf"from\s+(?:(?P<mod>early|mid|late)[- ])?(?P<month1>{_alt(list(months))})\s+"
                           rf"(?:to|through|until)\s+(?:(?P<mod2>early|mid|late)[- ])?{month}"
                           rf"(?:,?\s+(?P<year>\d{{4}}))?"),
            ("month", rf"(?:(?P<mod>early|mid|late)[- ]|(?:{_alt(table['month_preps'])})\s+"
                      rf"|(?:(?:at|by|in)\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+"
                      rf"|(?P<rel>this past|last|next)\s+){month}(?:,?\s+(?P<year>\d{{4}}))?"),
            # "the December debate": a month name used as a modifier ("the May government" is a person's)
            ("month", rf"(?<=\bthe )(?!May\b){month}(?=\s+[a-z])"),
            ("monthyear", rf"{month},?\s+(?P<year>\d{{4}})"),
            ("year", rf"(?:{_alt(table['year_preps'])})\s+(?P<year>1[5-9]\d{{2}}|20\d{{2}})\b"),
            ("clock", rf"{clock}{tz}?"),
            ("clock", rf"{bare_clock}{tz}?"),
            ("ago", table["ago"].format(numbers=_alt(list(table["numbers"])))),
            ("year", r"(?P<year>(?:19[5-9]|20[0-4])\d)(?=\s*(?:$|[,.;:)]|and |to |-))"),
            # "the 2016 campaign", "a 2010 rape allegation": a year used as a modifier
            ("year", r"(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<=\bits )|(?<=\btheir ))"
                     r"(?P<year>(?:19[5-9]|20[0-4])\d)(?=\s+\w)"),
        ]
    compiled = tuple((kind, re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.IGNORECASE)) for kind, p in patterns)
    return Grammar(lang, months, weekdays, compiled)


def zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


PRIORITY = {"date": 0, "numeric": 0, "range": 0, "night": 0, "yearrange": 1, "monthrange": 1, "weekday": 1,
            "relday": 1}


@dataclass
class Found:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


def scan(text: str, g: Grammar) -> list[Found]:
    """All matches, earliest-longest first, without overlaps."""
    hits: list[Found] = []
    for kind, pattern in g.patterns:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            # English capitalises month and day names: "may", "march" or "sun" in lower case are other words.
            if g.lang == "en" and any(groups.get(k) and not groups[k][0].isupper() for k in ("wd", "month")):
                continue
            hits.append(Found(kind, m.start(), m.end(), groups))
    # A full date beats a bare month around it ("until Nov." vs "Nov. 1"); then the longest reading wins.
    hits.sort(key=lambda f: (PRIORITY.get(f.kind, 2), -(f.end - f.start), f.start))
    chosen: list[Found] = []
    for hit in hits:
        if all(hit.end <= c.start or c.end <= hit.start for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda f: f.start)


def _day_number(value: str) -> int:
    return 1 if value.lower() in {"1er", "premier"} else int(value)


def _closest_year(month: int, day: int, anchor: date, tense: str | None) -> date | None:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            pass
    if not candidates:
        return None
    best = min(candidates, key=lambda d: abs((d - anchor).days))
    if tense == "future" and best < anchor - timedelta(days=31):
        best = best.replace(year=best.year + 1)
    elif tense == "past" and best > anchor + timedelta(days=31):
        best = best.replace(year=best.year - 1)
    return best


def _month_year(month: int, anchor: date, tense: str | None) -> int:
    """The year of a month named without one. A future clause means the next such month (or the one just
    past); a past clause the last one, unless it is next month ("a annoncé un sommet en août" in July).
    Otherwise a month at most two months ahead is the coming one, else the last: news recalls more than
    it announces."""
    ahead = (month - anchor.month) % 12  # months until the next such month (0: this month)
    coming = anchor.year + (anchor.month + ahead > 12)
    last = anchor.year - (month > anchor.month)
    if tense == "future":
        return last if ahead == 11 else coming
    if tense == "past":
        return coming if ahead == 1 else last
    return coming if ahead <= 2 else last


def _weekday(target: int, anchor: date, direction: str) -> date:
    """The `target` weekday (0=Monday) on or before the anchor (past), or on or after it (future)."""
    delta = (anchor.weekday() - target) % 7
    if direction == "past":
        return anchor - timedelta(days=delta)
    return anchor + timedelta(days=(target - anchor.weekday()) % 7)


@dataclass
class Resolved:
    granularity: str
    start: datetime  # naive local
    end: datetime  # naive local, exclusive
    year_inferred: bool
    label_end: date | None = None


def _clock(groups: dict[str, str | None]) -> tuple[int, int | None] | None:
    if groups.get("noon"):
        return 12, None
    if groups.get("midnight"):
        return 0, None
    if not groups.get("h"):
        return None
    hour = int(groups["h"] or 0)
    minute = int(groups["mi"]) if groups.get("mi") else None
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or (minute is not None and minute > 59):
        return None
    return hour, minute


def _with_clock(day: date, groups: dict[str, str | None], inferred: bool) -> Resolved:
    clock = _clock(groups)
    start = datetime.combine(day, time())
    if clock is None:
        return Resolved("day", start, start + timedelta(days=1), inferred)
    hour, minute = clock
    if minute is None:
        at = start.replace(hour=hour)
        return Resolved("hour", at, at + timedelta(hours=1), inferred)
    at = start.replace(hour=hour, minute=minute)
    return Resolved("minute", at, at + timedelta(minutes=1), inferred)


def _month_span(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1)
    end = datetime(year + (month == 12), month % 12 + 1, 1)
    return start, end


def resolve(found: Found, g: Grammar, anchor: date | None, tense: str | None,
            last_day: date | None) -> Resolved | None:
    """The local interval a match denotes, or None when it cannot be pinned down (no anchor, bad date)."""
    gr = found.groups
    table = words()[g.lang]
    previous = {w.lower() for w in table["previous"]}
    month = g.months.get((gr.get("month") or "").lower().rstrip(".")) if gr.get("month") else None
    year = int(gr["year"]) if gr.get("year") else None
    kind = found.kind
    if kind == "date" and month:
        day = _day_number(gr["day"] or "1")
        if year is not None:
            try:
                return _with_clock(date(year, month, day), gr, False)
            except ValueError:
                return None
        if anchor is None:
            return None
        when = _closest_year(month, day, anchor, tense)
        return _with_clock(when, gr, True) if when else None
    if kind == "numeric":
        parsed = dateparser.parse(gr["num"] or "", languages=[g.lang],
                                  settings={"DATE_ORDER": "DMY" if g.lang != "en" else "MDY"})
        if parsed is None:
            return None
        return _with_clock(parsed.date(), gr, False)
    if kind in {"night", "range"}:
        if anchor is None and year is None:
            return None
        if kind == "night":
            first = g.weekdays[(gr["wd"] or "").lower()]
            base = anchor or date(year or 1970, 1, 1)
            if gr.get("day") and month:
                start_day = _closest_year(month, int(gr["day"] or 1), base, tense)
            elif tense == "future":
                start_day = _weekday(first, base, "future")
            else:  # a past night ended on or before the publication day
                start_day = _weekday(first, base - timedelta(days=1), "past")
            if start_day is None:
                return None
            begin = datetime.combine(start_day, time())
            return Resolved("day", begin, begin + timedelta(days=2), gr.get("day") is None or year is None,
                            label_end=start_day + timedelta(days=1))
        month1 = g.months.get((gr.get("month1") or "").lower()) or month
        if not month or not month1:
            return None
        gr = {**gr, "day": gr.get("day") or gr.get("dayb")}
        base_year = year or (anchor.year if anchor else None)
        if base_year is None:
            return None
        try:
            begin_day = date(base_year, month1, _day_number(gr["day"] or "1"))
            end_day = date(base_year, month, int(gr["day2"] or 1))
        except ValueError:
            return None
        begin = datetime.combine(begin_day, time())
        return Resolved("day", begin, datetime.combine(end_day, time()) + timedelta(days=1), year is None,
                        label_end=end_day)
    if anchor is None:
        return None
    if kind == "weekday":
        target = g.weekdays[(gr["wd"] or "").lower()]
        rel = (gr.get("rel") or "").lower()
        # A bare weekday: the last one in a past-tense clause, the next one (or today) otherwise ("les
        # négociations reprennent lundi", "talks resume Monday").
        direction = "past" if rel in previous else "future" if rel else ("past" if tense == "past" else "future")
        day = _weekday(target, anchor, direction)
        if rel and day == anchor:  # "mardi dernier" said on a Tuesday is a week ago
            day += timedelta(days=-7 if direction == "past" else 7)
        return _with_clock(day, gr, True)
    if kind == "relday":
        offset = {k.lower(): v for k, v in table["relative_days"].items()}[(gr["relday"] or "").lower()]
        return _with_clock(anchor + timedelta(days=offset), gr, True)
    if kind in {"unit", "thisunit"}:
        if kind == "thisunit":
            unit, step = {k.lower(): v for k, v in table["this_unit"].items()}[(gr["thisunit"] or "").lower()], 0
        else:
            unit = {k.lower(): v for k, v in table["unit_words"].items()}[(gr["unit"] or "").lower()]
            rel = (gr.get("rel") or "").lower()
            step = 0 if rel == "this" else -1 if rel in previous else 1
        if unit == "year":
            begin = datetime(anchor.year + step, 1, 1)
            return Resolved("year", begin, begin.replace(year=begin.year + 1), True)
        if unit == "month":
            index = anchor.year * 12 + anchor.month - 1 + step
            begin, end = _month_span(index // 12, index % 12 + 1)
            return Resolved("month", begin, end, True)
        if unit == "weekend":
            saturday = (_weekday(5, anchor - timedelta(days=1), "past") if step < 0
                        else _weekday(5, anchor + timedelta(days=7 * step), "future"))
            begin = datetime.combine(saturday, time())
            return Resolved("day", begin, begin + timedelta(days=2), True, label_end=saturday + timedelta(days=1))
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7 * step)
        begin = datetime.combine(monday, time())
        return Resolved("week", begin, begin + timedelta(days=7), True)
    if kind == "yearrange" and year and gr.get("year2"):
        last = int(gr["year2"] or 0)
        if last < year:
            return None
        return Resolved("year", datetime(year, 1, 1), datetime(last + 1, 1, 1), False, label_end=date(last, 1, 1))
    if kind == "monthrange" and month:
        first = g.months.get((gr.get("month1") or "").lower().rstrip("."))
        if not first:
            return None
        inferred = year is None
        if year is None:
            start_year = _month_year(first, anchor, tense)
        else:
            start_year = year if first <= month else year - 1
        end_year = start_year + (month < first)
        begin = datetime(start_year, first, 1)
        return Resolved("month", begin, _month_span(end_year, month)[1], inferred,
                        label_end=date(end_year, month, 1))
    if kind in {"month", "monthyear"} and month:
        inferred = year is None
        rel = (gr.get("rel") or "").lower()
        if year is None and rel:  # "septembre dernier": the last September before this month
            if rel in previous or rel.endswith(" past"):
                year = anchor.year if month < anchor.month else anchor.year - 1
            else:
                year = anchor.year if month > anchor.month else anchor.year + 1
        if year is None:
            year = _month_year(month, anchor, tense)
        begin, end = _month_span(year, month)
        return Resolved("month", begin, end, inferred)
    if kind == "ago":
        numbers = {k.lower(): v for k, v in table["numbers"].items()}
        raw = (gr.get("n") or "").lower()
        n = int(raw) if raw.isdigit() else numbers.get(raw, 0)
        unit = {k.lower(): v for k, v in table["ago_units"].items()}[(gr.get("agounit") or "").lower()]
        if unit == "year":
            begin = datetime(anchor.year - n, 1, 1)
            return Resolved("year", begin, begin.replace(year=begin.year + 1), True)
        if unit == "month":
            index = anchor.year * 12 + anchor.month - 1 - n
            begin, end = _month_span(index // 12, index % 12 + 1)
            return Resolved("month", begin, end, True)
        if unit == "week":
            monday = anchor - timedelta(days=anchor.weekday() + 7 * n)
            begin = datetime.combine(monday, time())
            return Resolved("week", begin, begin + timedelta(days=7), True)
        return _with_clock(anchor - timedelta(days=n), {}, True)
    if kind == "year" and year:
        begin = datetime(year, 1, 1)
        return Resolved("year", begin, begin.replace(year=year + 1), False)
    if kind == "clock":
        day = last_day or anchor
        resolved = _with_clock(day, gr, True)
        return resolved if resolved.granularity != "day" else None
    return None


def _label(r: Resolved) -> tuple[str, str | None]:
    s = r.start
    end_label = r.label_end.isoformat() if r.label_end else None
    if r.granularity == "year":
        return f"{s.year:04d}", end_label[:4] if end_label else None
    if r.granularity == "month":
        return f"{s.year:04d}-{s.month:02d}", end_label[:7] if end_label else None
    if r.granularity == "week":
        iso = s.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}", None
    if r.granularity == "day":
        return s.date().isoformat(), end_label
    if r.granularity == "hour":
        return s.strftime("%Y-%m-%dT%H"), None
    return s.strftime("%Y-%m-%dT%H:%M"), None


def _utc(moment: datetime, tz: ZoneInfo) -> str:
    return moment.replace(tzinfo=tz).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _cue_before(text: str, start: int, lang: str) -> str | None:
    """A preposition that fixes the direction whatever the verb: "depuis lundi", "since May" (past),
    "à partir de lundi" (future)."""
    before = text[max(0, start - 24):start].lower().rstrip()
    table = words()[lang]
    for direction in ("past", "future"):
        if any(before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum())
               for cue in table.get(f"{direction}_cues", [])):
            return direction
    return None


def text_zone(found: Found, city_zone: ZoneLookup | None) -> tuple[str | None, bool]:
    """(IANA zone named by the expression, whether it said 'local time'), from the text alone."""
    gr = found.groups
    phrase = (gr.get("tz") or "").strip()
    if not phrase:
        return None, False
    names = {k.lower(): v for k, v in words()["tz_names"].items()}
    if phrase.lower() in names:
        return names[phrase.lower()], False
    local = {p.lower() for lang in ("fr", "en") for p in words()[lang]["tz_local"]}
    if phrase.lower() in local:
        return None, True
    city = gr.get("tzcity")
    if city and city_zone is not None:
        return city_zone(city), False
    return None, False


def find_times(text: str, lang: str | None, published: datetime | None,
               tense_at: Callable[[int], str | None] | None = None,
               city_zone: ZoneLookup | None = None, place_zone: PlaceZone | None = None) -> list[TimeValue]:
    """Every time expression of `text` that can be normalised, in order."""
    g = grammar(lang or "")
    if g is None:
        return []
    anchor = published.date() if published else None
    out: list[TimeValue] = []
    last_day: date | None = None  # a bare clock ("à 10h") is on the last day named in its paragraph
    last_day_at = 0
    for found in scan(text, g):
        if "\n" in text[last_day_at:found.start]:
            last_day = None
        tense = _cue_before(text, found.start, lang or "") or (tense_at(found.start) if tense_at else None)
        resolved = resolve(found, g, anchor, tense, last_day)
        if resolved is None:
            continue
        if resolved.granularity in {"day", "hour", "minute"}:
            last_day, last_day_at = resolved.start.date(), found.end
        named, _local = text_zone(found, city_zone)  # "heure locale": the place's zone, as when unsaid
        tz_name, tz_from = named, "text"
        if tz_name is None:
            tz_name = place_zone(found.start) if place_zone else None
            tz_from = "place" if tz_name else "utc"
            tz_name = tz_name or "UTC"
        tz = zone(tz_name) or ZoneInfo("UTC")
        value, value_end = _label(resolved)
        end = found.end
        if found.groups.get("tzp") is None:
            end = found.start + len(text[found.start:found.end].rstrip(" ,"))
        out.append(TimeValue(
            text=text[found.start:end], start=found.start, end=end, granularity=resolved.granularity,  # type: ignore[arg-type]
            value=value, value_end=value_end, utc_start=_utc(resolved.start, tz), utc_end=_utc(resolved.end, tz),
            tz=tz.key, tz_from=tz_from, year_inferred=resolved.year_inferred,
        ))
    return out
