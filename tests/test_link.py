"""Who, where, when: the registry, the gazetteer and the time normaliser, on the seed and on our own text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import tidings
from tidings.link.actors import ArticleContext, find_descriptions, link_name, registry
from tidings.link.places import gazetteer
from tidings.link.times import find_times

from .conftest import EXAMPLES, SEED, need


@pytest.fixture(scope="module")
def seed_article():
    return tidings.process_text(need(SEED).read_text(encoding="utf-8"), published="2025-08-14")


def _actors(article):
    return {(e.text, e.actor.id, e.actor.country) for e in article.entities if e.actor is not None}


def test_seed_leaders_aide_place_and_time(seed_article):
    linked = _actors(seed_article)
    assert ("Poutine", "Q7747", "RUS") in linked
    assert ("Trump", "Q22686", "USA") in linked
    assert any(text == "Ushakov" and country == "RUS" and actor_id for text, actor_id, country in linked)
    anchorage = next(e.place for e in seed_article.entities if e.text == "Anchorage")
    assert anchorage is not None and anchorage.country == "USA"
    assert anchorage.lat == pytest.approx(61.2, abs=0.1) and anchorage.lon == pytest.approx(-149.9, abs=0.1)
    [meeting] = [t for t in seed_article.times if "3h30" in t.text]
    assert meeting.utc_start == "2025-08-15T19:30:00Z"
    assert meeting.tz == "Asia/Shanghai" and meeting.tz_from == "text" and meeting.year_inferred


def test_seed_time_zone_city_is_not_a_place(seed_article):
    beijing = [e for e in seed_article.entities if e.text == "Pékin"]
    assert beijing and all(e.note == "time zone" and e.place is None and e.actor is None for e in beijing)


def test_role_and_group_descriptions_resolve_by_date():
    ctx = ArticleContext(day=datetime(2019, 5, 1).date())
    text = ("Le président russe a reçu le ministre français des Affaires étrangères. "
            "Des responsables américains ont réagi.")
    found = {text[d.start:d.end]: d.refs for d in find_descriptions(text, "fr", ctx)}
    assert found["président russe"][0].name == "Vladimir Putin"
    assert found["ministre français des Affaires étrangères"][0].name == "Jean-Yves Le Drian"
    group = found["responsables américains"][0]
    assert (group.id, group.country, group.sector, group.anonymous) == (None, "USA", "government", True)
    english = "The U.S. president spoke to the Russian foreign minister."
    found_en = {english[d.start:d.end]: d.refs for d in find_descriptions(english, "en", ctx)}
    assert found_en["U.S. president"][0].name == "Donald Trump"
    assert found_en["Russian foreign minister"][0].name == "Sergey Lavrov"


def test_names_metonyms_and_short_forms():
    reg = registry()
    ctx = ArticleContext(day=datetime(2022, 3, 1).date())
    for name, expected in [("Poutine", "Q7747"), ("Putin", "Q7747"), ("Vladimir Poutine", "Q7747"),
                           ("le Kremlin", "Q159"), ("Moscou", "Q159"), ("la Maison Blanche", "Q30"), ("OTAN", "Q7184")]:
        ref = link_name(name, "PER" if name[0] in "PV" else "ORG", ctx, reg, "fr")
        assert ref is not None and ref.id == expected, name
    assert link_name("M. Macron", "PER", ctx, reg, "fr").id == "Q3052772"


def test_lowercase_common_word_is_not_a_name():
    reg = registry()
    ctx = ArticleContext(day=datetime(2022, 3, 1).date())
    assert link_name("Libération", "ORG", ctx, reg, "fr") is not None
    assert link_name("libération", "ORG", ctx, reg, "fr") is None  # "la libération des otages"


def test_short_capitals_are_an_acronym_not_a_town():
    gaz = gazetteer()
    assert gaz.lookup("Gna") is not None and gaz.lookup("Gna").feature == "city"
    assert gaz.lookup("GNA") is None
    assert gaz.lookup("Rome").country == "ITA"


def test_gazetteer_ranks_by_context_and_population():
    gaz = gazetteer()
    assert gaz.lookup("Paris").country == "FRA"
    assert gaz.lookup("Donetsk").country == "UKR"
    assert gaz.lookup("Donetsk", {"RUS"}).country == "RUS"
    assert gaz.lookup("Donbass").feature == "region"
    assert gaz.city_zone("Pékin") == "Asia/Shanghai"


@pytest.mark.parametrize(("text", "lang", "value", "granularity", "inferred"), [
    ("le 16 août à 3h30, heure de Pékin", "fr", "2025-08-16T03:30", "minute", True),
    ("mardi dernier", "fr", "2025-08-12", "day", True),
    ("dans la nuit de samedi à dimanche", "fr", "2025-08-09", "day", True),
    ("le 24 juin 2019", "fr", "2019-06-24", "day", False),
    ("la semaine prochaine", "fr", "2025-W34", "week", True),
    ("il y a trois ans", "fr", "2022", "year", True),
    ("next Friday", "en", "2025-08-15", "day", True),
    ("on Aug. 15", "en", "2025-08-15", "day", True),
    ("last month", "en", "2025-07", "month", True),
    ("at 9 a.m. Eastern time", "en", "2025-08-14T09", "hour", True),
])
def test_time_expressions(text, lang, value, granularity, inferred):
    [found] = find_times(text, lang, datetime(2025, 8, 14, tzinfo=UTC), city_zone=gazetteer().city_zone)
    assert (found.value, found.granularity, found.year_inferred) == (value, granularity, inferred)


def test_zone_words_do_not_match_common_words():
    assert [t.text for t in find_times("Les négociations reprennent mardi et mercredi.", "fr",
                                       datetime(2025, 8, 14, tzinfo=UTC))] == ["mardi", "mercredi"]
    assert find_times("He may march on.", "en", datetime(2025, 8, 14, tzinfo=UTC)) == []


def test_our_example_shows_the_same_phenomena():
    [article] = list(tidings.extract([EXAMPLES / "fr_sommet_duplique.txt"],
                                     options=tidings.pipeline.Options(published="2025-11-28")))
    assert ("Xi Jinping", "Q15031", "CHN") in _actors(article) or any(
        e.actor and e.actor.name == "Xi Jinping" for e in article.entities)
    assert any(e.note == "time zone" and e.text == "Pékin" for e in article.entities)
    zoned = [t for t in article.times if "heure de Pékin" in t.text]
    assert zoned and zoned[0].tz == "Asia/Shanghai"
    groups = [e.actor for e in article.entities if e.actor and e.actor.how == "group"]
    assert any(g.country == "CHN" and g.anonymous for g in groups)


def _by_text(article):
    return {e.text: e for e in article.entities}


def test_english_titles_give_the_person_and_the_country():
    text = ("LONDON (AP) — Foreign Secretary Dominic Raab met Hong Kong Chief Executive Carrie Lam on Monday. "
            "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said the case was closed. "
            "Cmdr. Sean Robertson, the U.S. commander, said the base would stay. "
            "Trump agrees to Beijing's demands, and the White House advisers say US military aid to Ukraine "
            "will go on. In the morning, officials said Kabul had ensured it.")
    article = tidings.process_text(text, published="2019-11-20", lang="en")
    found = _by_text(article)
    assert found["LONDON"].place is not None and found["LONDON"].place.country == "GBR"  # the dateline
    assert found["Foreign Secretary"].actor.name == "Dominic Raab"  # the title is the person beside it
    assert found["Hong Kong Chief Executive"].actor.name == "Carrie Lam"  # Hong Kong's office, read whole
    persson = next(e for e in article.entities if "Persson" in e.text)
    assert (persson.actor.id, persson.actor.country) == (None, "SWE")  # an unknown person, Swedish by her title
    robertson = next(e for e in article.entities if e.text.endswith("Robertson"))
    assert robertson.actor.country == "USA"
    assert found["Beijing"].actor is not None and found["Beijing"].actor.country == "CHN"  # a possessor acts
    advisers = next(e.actor for e in article.entities if e.text.endswith("White House advisers"))
    assert (advisers.id, advisers.kind, advisers.country) == (None, "group", "USA")  # plural: no one office holder
    assert found["Ukraine"].actor is not None and found["Ukraine"].actor.id == "Q212"  # "aid to": a recipient
    assert found["Kabul"].actor.id == "Q889"  # before 2021-08-15 Kabul is the Islamic Republic, not the Taliban


def test_sports_reports_name_teams_and_missed_names_are_found():
    sport = ("MADRID — Rafael Nadal kept Spain's hopes alive in the doubles match to give the hosts a 2-1 win over "
             "Russia in the Davis Cup tennis tournament. Spain will face the defending champion Croatia, whose "
             "coach was pleased.")
    found = _by_text(tidings.process_text(sport, published="2019-11-19", lang="en"))
    assert found["MADRID"].place is not None and found["MADRID"].place.country == "ESP"
    assert all(found[name].actor is None and found[name].place is None for name in ("Russia", "Croatia"))
    news = ("Prosecutors in Sweden have dropped an investigation into Julian Assange. Wikileaks welcomed the move, "
            "and Assange, who denies it, faces charges. U.S. forces in southern Syria's al-Tanf stay.")
    article = tidings.process_text(news, published="2019-11-19", lang="en")
    found = _by_text(article)
    group = found["Prosecutors in Sweden"].actor
    assert (group.country, group.sector) == ("SWE", "judiciary")
    assert found["Wikileaks"].actor is not None and found["Wikileaks"].actor.name == "WikiLeaks"
    assert [e.actor.country for e in article.entities if e.text == "Assange"] == ["AUS"]
    tanf = found["al-Tanf"].place
    assert tanf is not None and tanf.country == "SYR" and tanf.geonameid is None


def test_french_titles_before_names_groups_and_states():
    text = ("Le nouveau président ukrainien Volodymyr Zelensky a parlé. La chancelière (Angela Merkel) a répondu. "
            "L'ex-agent (russe) Sergueï Skripal est parti. Sergueï Lavrov a parlé. Son homologue allemand a répondu. "
            "Berlin a mis en cause l'Etat russe. Les pays occidentaux et la communauté internationale ont réagi, "
            "selon une source diplomatique. L'Iran est l'ennemi numéro un d'Israël. Dans une interview, "
            "Recep Erdogan a parlé. Il a demandé à Berlin de fournir des preuves. Les raids sont attribués à Israël.")
    article = tidings.process_text(text, published="2019-05-25", lang="fr")
    found = _by_text(article)
    assert found["président ukrainien"].actor.name == "Volodymyr Zelensky"  # the name, not the holder on the day
    assert found["chancelière"].actor.name == "Angela Merkel"
    assert found["Sergueï Skripal"].actor.country == "RUS"  # the nationality in brackets
    assert found["homologue allemand"].actor.name == "Heiko Maas"  # Lavrov's office, in Germany
    assert found["Etat russe"].actor.country == "RUS"
    for group in ("pays occidentaux", "communauté internationale", "source diplomatique"):
        ref = found[group].actor
        assert (ref.kind, ref.country, ref.sector) == ("group", None, "government"), group
    assert not any(e.actor is not None and e.actor.name == "Benjamin Netanyahu" for e in article.entities)
    assert found["Recep Erdogan"].actor.name == "Recep Tayyip Erdoğan"  # the middle name left out
    datives = [e for e in article.entities if e.text in {"Berlin", "Israël"} and e.start > text.index("demandé")]
    assert datives and all(e.actor is not None and e.actor.kind == "country" for e in datives)


def test_glued_paragraphs_do_not_glue_names():
    text = ("La plus haute instance judiciaire de l'ONU.\"Les mesures sont claires. Escalade Grèce/TurquieLa situation "
            "empire, selon l'Observatoire syrien des droits de l'Homme (OSDH)Selon l'OSDH, rien.")
    article = tidings.process_text(text, published="2020-08-01", lang="fr")
    found = _by_text(article)
    assert not any('"' in e.text or "TurquieLa" in e.text or ")" in e.text for e in article.entities)
    [un] = [e for e in article.entities if e.text.endswith("ONU")]
    assert un.actor.id == "Q1065"
    assert found["Turquie"].place.country == "TUR"
    assert found["OSDH"].actor.name == "Syrian Observatory for Human Rights"


def test_regions_whole_sites_and_anaphoric_heads():
    text = ("Ils s'opposent sur la Méditerranée orientale. La situation dans la péninsule de Corée s'aggrave. "
            "Il faut oeuvrer à la désescalade au Moyen-Orient. La Cour, qui siège à La Haye, a parlé. La Cour "
            "internationale de justice (CIJ) a dit non. Le site d'essais de Punggye-ri est fermé. L'accord de Paris "
            "sur le climat. Il a été ressenti à Denpasar, la capitale de Bali, et en Ontario.")
    found = _by_text(tidings.process_text(text, published="2019-05-25", lang="fr"))
    assert found["Méditerranée orientale"].place.name == "Eastern Mediterranean"
    assert found["péninsule de Corée"].place.name == "Korean Peninsula"
    assert found["Moyen-Orient"].place.name == "Middle East"
    assert found["La Haye"].place.geonameid == 2747373  # the city itself, not the capital of its country
    assert found["Cour"].actor.id == "Q7801"
    assert found["Punggye-ri"].place.country == "PRK" and found["Punggye-ri"].actor is None
    assert found["Paris"].place is None and found["Paris"].actor is None  # a treaty's name
    assert found["Bali"].place.country == "IDN" and found["Ontario"].place.country == "CAN"
    english = tidings.process_text("MADRID — Rafael Nadal won. Israelis live in east Jerusalem.", lang="en")
    found_en = _by_text(english)
    assert found_en["MADRID"].place.geonameid == 3117735
    assert found_en["east Jerusalem"].place.country == "PSE"


def test_scorer_group_of_no_one_country():
    from tidings.evaluation.linking import actor_matches
    from tidings.model import ActorRef, Entity

    gold = {"id": None, "name": "Western countries", "kind": "group", "country": None, "sector": "government"}
    def mention(country):
        return Entity("pays occidentaux", "MISC", 0, 16, "", actor=ActorRef(None, "x", "group", country, "government"))
    assert actor_matches(gold, mention(None))
    assert not actor_matches(gold, mention("FRA"))
    assert not actor_matches({**gold, "country": "FRA"}, mention(None))


def test_unknown_person_country_from_the_title_before_the_name():
    from tidings.link.actors import country_of_title

    reg = registry()
    assert country_of_title("said White House Press Secretary ", reg) == ("USA",)
    assert country_of_title("the prospects of Taiwan’s incumbent president, ", reg) == ("TWN",)
    assert country_of_title("China’s ambassador to Britain ", reg) == ("CHN",)  # the possessive's country
    assert country_of_title("United Nations spokesman ", reg) == (None,)  # an IGO's: no country
    assert country_of_title("a déclaré à Moscou ", reg) is None  # a place, not whose title
    assert country_of_title("He met ", reg) is None


def test_country_names_in_a_sports_report_are_teams():
    text = ("MADRID — Rafael Nadal kept Spain's hopes alive in the Davis Cup: Spain beat Russia in the doubles "
            "after two singles. The top-ranked Nadal will play the semifinal of the tournament in Madrid.")
    article = tidings.process_text(text, lang="en")
    teams = [e for e in article.entities if e.text in {"Spain", "Russia"}]
    assert teams and all(e.actor is None and e.place is None for e in teams)
    assert {e.place.geonameid for e in article.entities if e.text.lower() == "madrid"} == {3117735}


def test_french_sports_report_and_accented_dateline():
    text = ("SÉVILLE — Le sélectionneur a salué ses joueurs : l'Espagne a battu la Russie en demi-finale du "
            "tournoi, devant un stade plein. L'entraîneur russe a reconnu la défaite.")
    article = tidings.process_text(text, published="2019-11-19", lang="fr")
    found = _by_text(article)
    assert found["SÉVILLE"].place is not None and found["SÉVILLE"].place.country == "ESP"  # accents in capitals
    teams = [e for e in article.entities if e.text in {"l'Espagne", "Espagne", "la Russie", "Russie"}]
    assert teams and all(e.actor is None for e in teams)  # accented sports words count after folding


def test_paragraphs_glued_after_a_year_or_a_bracket_are_sentences():
    from tidings.nlp import load_model

    nlp = load_model("fr_core_news_md")
    doc = nlp("Le retrait doit finir avant le printemps 2021.Les soldats partent. Il a été condamné par "
              "l'Organisation (OSCE).L'été dernier, il manifestait. Rien depuis mai 2019.A court terme, tout change. "
              "La hausse est de 3.5 points.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["Le", "Les", "Il", "L'été", "Rien", "A", "La"]
    assert doc.text.count("3.5") == 1 and not any(s.text.startswith("5") for s in doc.sents)  # decimals stay whole


def test_unknown_person_nationality_several_words_before_the_name():
    from tidings.link.actors import ArticleContext, unknown_person

    reg = registry()
    ctx = ArticleContext(day=None)
    ctx.focus = "TUR"  # the story is set elsewhere: the title's nationality wins
    ref = unknown_person("Kostas Lamprou", "le ministre grec des Affaires étrangères ", "fr", ctx, reg)
    assert ref is not None and ref.country == "GRC"
    ref = unknown_person("Kostas Lamprou", "a reçu ", "fr", ctx, reg)
    assert ref is not None and ref.country == "TUR" and ref.how == "unlinked (country from the article)"


def test_french_group_noun_used_as_an_adjective_is_no_group():
    article = tidings.process_text("La Turquie a renforcé sa présence militaire en Libye et la police turque a "
                                   "fermé les canaux officiels.", published="2024-03-01", lang="fr")
    texts = [e.text for e in article.entities if e.actor is not None]
    assert "militaire" not in texts and "officiels" not in texts
    assert "police turque" in texts  # the noun itself still names the group


def _police_and_focus(text: str) -> tuple[str | None, str | None]:
    """The country given to the first unnamed "police" of an English text, and the article's focus country."""
    article = tidings.process_text(text, published="2019-11-18", lang="en")
    police = next(e.actor for e in article.entities if e.text == "police" and e.actor is not None)
    return police.country, article.context_country


def test_unnamed_body_takes_the_place_its_sentence_names():
    # China is the most named country; the police and the protesters of the last sentence are Hong Kong's,
    # the sentence says where they are.
    assert _police_and_focus("China warned on Monday. Beijing said China would not yield. China's leaders met in "
                             "Beijing. In Hong Kong, police fired tear gas at protesters on Sunday.") == ("HKG", "CHN")


def test_hong_kong_names_its_own_bodies():
    found = find_descriptions("Hong Kong police arrested two men.", "en", ArticleContext(day=None))
    assert [ref.country for d in found for ref in d.refs] == ["HKG"]


def test_unnamed_body_takes_the_place_an_unknown_site_is_named_after():
    assert _police_and_focus("China warned on Monday. Beijing said China would not yield. China's leaders met. "
                             "The Hong Kong Baptist University was surrounded by police on Sunday.")[0] == "HKG"
