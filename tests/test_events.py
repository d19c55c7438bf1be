"""Events on the seed article and on our own examples; the ontology; `tidings events` over the store."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import tidings
from tidings.cli import app
from tidings.evaluation.events import score_sentence
from tidings.events import ontology

from .conftest import EXAMPLES, SEED, need


@pytest.fixture(scope="module")
def seed_events():
    return tidings.process_text(need(SEED).read_text(encoding="utf-8"), published="2025-08-14").events


def _names(participants):
    return {p.actor.name for p in participants}


def test_ontology_has_the_16_types_with_signed_intensities():
    onto = ontology()
    assert len(onto.types) == 16
    assert onto.intensity("ASSAULT", "aerial") == -9.5 and onto.intensity("ACCUSE", None) == -3
    assert onto.types["AID"].quad_class == "material_cooperation"


def test_seed_summit_is_one_planned_meeting_in_anchorage(seed_events):
    leaders = {"Donald Trump", "Vladimir Putin"}
    summits = [e for e in seed_events if e.type == "CONSULT" and _names(e.actors) >= leaders]
    assert len(summits) == 1
    summit = summits[0]
    assert summit.modality == "planned" and not summit.recipients
    assert summit.place is not None and summit.place.name == "Anchorage"
    assert summit.time is not None and summit.time["utc_start"] == "2025-08-15T19:30:00Z"


def test_seed_conditional_threat_reported_by_anonymous_officials(seed_events):
    [threat] = [e for e in seed_events if e.type == "THREATEN"]
    assert {p.actor.country for p in threat.actors} == {"USA"}
    assert {p.actor.country for p in threat.recipients} == {"RUS"}
    assert threat.modality == "conditional"
    assert threat.attribution.kind == "anonymous_officials"
    assert threat.intensity < 0


def test_seed_russian_concession_and_demand_on_ukraine(seed_events):
    concessions = [e for e in seed_events if e.type == "CONCEDE" and "Vladimir Putin" in _names(e.actors)]
    demands = [e for e in seed_events if e.type == "REQUEST" and "Vladimir Putin" in _names(e.actors)
               and "UKR" in {p.actor.country for p in e.recipients}]
    assert len(concessions) == 1 and len(demands) == 1
    assert demands[0].mode == "yield"


def test_seed_nothing_in_beijing_and_no_publisher_actor(seed_events):
    assert all(e.place is None or e.place.name != "Beijing" for e in seed_events)
    assert all("Gate" not in p.actor.name for e in seed_events for p in e.actors + e.recipients)
    assert len({e.event_id for e in seed_events}) == len(seed_events)


def test_same_event_told_twice_is_stored_once():
    text = ("Le président russe Vladimir Poutine a menacé l'Ukraine de représailles massives.\n\n"
            "Plus tard dans la journée, Vladimir Poutine a de nouveau menacé l'Ukraine de représailles massives.")
    events = tidings.process_text(text, published="2024-03-01").events
    threats = [e for e in events if e.type == "THREATEN"]
    assert len(threats) == 1 and len(threats[0].mentions) == 2


def test_scoring_one_sentence():
    gold = [{"type": "ACCUSE", "actors": [{"id": "Q30", "country": "USA"}], "recipients": [{"country": "RUS"}]}]
    event = tidings.process_text("Les États-Unis ont accusé la Russie de mentir.", published="2020-01-01").events
    type_counts, full_counts = score_sentence(gold, event)
    assert type_counts[0] + type_counts[2] == 1 and full_counts[0] <= type_counts[0]


def test_events_command_filters_the_store(tmp_path):
    runner = CliRunner()
    db = tmp_path / "e.duckdb"
    assert runner.invoke(app, ["run", str(EXAMPLES), str(SEED), "--db", str(db), "--no-progress",
                               "--published", "2025-08-14"]).exit_code == 0
    listed = runner.invoke(app, ["events", "--db", str(db), "--json"]).stdout
    everything = [json.loads(x) for x in listed.splitlines()]
    assert everything
    listed = runner.invoke(app, ["events", "--db", str(db), "--json", "--type", "threaten"]).stdout
    threats = [json.loads(x) for x in listed.splitlines()]
    assert threats and all(t["type"] == "THREATEN" for t in threats)
    russia = runner.invoke(app, ["events", "--db", str(db), "--actor", "RUS"])
    assert russia.exit_code == 0 and "Vladimir Putin" in russia.stdout


def _english(text):
    return tidings.process_text(text, published="2024-03-01", lang="en").events


def _dyads(events, event_type):
    return [({p.actor.country for p in e.actors}, {p.actor.country for p in e.recipients})
            for e in events if e.type == event_type]


def test_accusation_is_about_the_subject_of_its_clause():
    events = _english("Russia alleged that Ukraine shelled the nuclear plant.")
    assert ({"RUS"}, {"UKR"}) in _dyads(events, "ACCUSE")


def test_undergone_criticism_has_the_subject_as_recipient():
    events = _english("Russia faced sharp criticism from Germany over the decision.")
    assert _dyads(events, "ACCUSE") == [({"DEU"}, {"RUS"})]


def test_announced_sanction_is_a_threat_and_promised_aid_an_agreement():
    assert [e.type for e in _english("Trump said he would raise tariffs on China.")] == ["THREATEN"]
    [aid] = _english("Japan will provide humanitarian aid to Ukraine.")
    assert aid.type == "AGREE" and aid.modality == "planned"


def test_visit_needs_a_host_and_people_nouns_are_recipients():
    assert not [e for e in _english("Angela Merkel visited the border on Tuesday.") if e.type == "CONSULT"]
    [threat] = _english("Iran threatened to kill the hostages.")
    assert threat.type == "THREATEN" and [p.text for p in threat.recipients] == ["the hostages"]


def test_no_event_noun_inside_an_organisation_name():
    events = _english("The Alliance for American Manufacturing applauded the tariffs.")
    assert all(e.trigger != "Alliance" for e in events)


def test_obligation_said_by_another_is_a_request():
    events = _english('"Russia must withdraw its troops from Ukraine," the French president Emmanuel Macron said.')
    assert ({"FRA"}, {"RUS"}) in _dyads(events, "REQUEST")
    assert not _dyads(events, "RETREAT")  # what is demanded is not an event of its own
    assert not _english('"We must withdraw our troops," Emmanuel Macron said.')


def test_readiness_to_cooperate_is_an_agreement_and_mobilised_forces_are_their_own_side():
    [offer] = _english("France is ready to contribute 4,000 troops to the peacekeeping force in Mali.")
    assert offer.type == "AGREE" and {p.actor.country for p in offer.actors} == {"FRA"}
    mobilised = [e for e in _english("Russian troops could be deployed to the border.") if e.type == "MOBILIZE"]
    assert mobilised and mobilised[0].modality == "hypothetical"
    assert {p.actor.country for p in mobilised[0].actors} == {"RUS"}


# --- argument resolution (tidings.events.resolve) -----------------------------------------------------------
def _french(text, published="2020-08-01"):
    return tidings.process_text(text, published=published, lang="fr").events


def _actors(events, event_type):
    return [[(p.actor.id, p.actor.country) for p in e.actors] for e in events if e.type == event_type]


def test_the_two_countries_are_the_two_named_before():
    events = _french("La Turquie a accusé la Grèce de provocations en mer Égée. "
                     "Les deux pays ont ensuite signé un accord de désescalade.", "2020-09-01")
    assert [{c for _, c in actors} for actors in _actors(events, "SUPPORT")] == [{"TUR", "GRC"}]


def test_a_bare_embassy_is_the_one_named_before_with_its_country():
    events = _french("L'ambassade de Russie à Paris a publié un texte sur la France. Le gouvernement français et "
                     "Paris ont protesté. Dans un autre message, l'ambassade a accusé les médias français de mentir.")
    assert [c for _, c in _actors(events, "ACCUSE")[-1]] == ["RUS"]


def test_an_abstract_noun_is_no_actor():
    assert not [e for e in _english("The move threatens Russia and its allies.") if e.type == "THREATEN"]


def test_an_office_without_country_is_its_holder_named_before():
    events = _french("Emmanuel Macron a reçu Vladimir Poutine à Brégançon lundi. "
                     "Le chef de l'État a appelé la Russie à respecter le cessez-le-feu.", "2019-08-19")
    assert _actors(events, "REQUEST") == [[("Q3052772", "FRA")]]


def test_a_pronoun_after_a_quote_is_not_a_name_inside_it():
    events = _french("Emmanuel Macron était à Berlin lundi. "
                     '"Le président turc Recep Tayyip Erdogan viole l\'embargo", a-t-il dénoncé.', "2020-06-29")
    assert {p.actor.id for e in events for p in e.actors if p.text == "-il"} == {"Q3052772"}


def test_a_group_name_the_linker_missed_and_a_possessed_noun():
    [attack] = [e for e in _french("Les talibans, qui contrôlent le sud, ont attaqué une base de l'armée afghane.")
                if e.type == "ASSAULT"]
    assert [p.actor.id for p in attack.actors] == ["o:taliban"]
    events = _french("Le frère de Bachar al-Assad a été condamné à Paris mardi. "
                     "Ses avocats ont dénoncé une décision politique.")
    assert [c for _, c in _actors(events, "ACCUSE")[0]] == ["SYR"]


def test_a_title_apposed_to_a_name_is_the_name():
    events = _french("L'ONG Amnesty International a dénoncé l'arrestation de trois journalistes au Bélarus.")
    assert _actors(events, "ACCUSE") == [[("Q42970", None)]]


def test_a_plural_pronoun_takes_up_a_group_the_linker_missed():
    events = _french('"Si (les talibans) refusent la paix et ils attaquent encore, la trêve mourra", a dit un '
                     "habitant de Kaboul.")
    assert {p.actor.id for e in events if e.type == "ASSAULT" for p in e.actors} == {"o:taliban"}
