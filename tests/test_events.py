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
    [threat] = _english("Trump said he would raise tariffs on China.")
    assert threat.type == "THREATEN" and threat.modality == "asserted"  # the act is future, the threat made now
    [threat] = _french("Le général a affirmé que l'armée iranienne frappera les bases américaines.")
    assert threat.type == "THREATEN" and threat.modality != "planned"
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


def _french(text, published="2024-03-01"):
    return tidings.process_text(text, published=published, lang="fr").events


def test_french_people_counted_or_unlinked_are_recipients():
    [hit] = [e for e in _french("Les soldats ont frappé plusieurs personnes dans la rue.") if e.type == "ASSAULT"]
    assert hit.recipients and hit.recipients[0].text.startswith("plusieurs personnes")
    [release] = [e for e in _french("Les talibans ont libéré une centaine de prisonniers.") if e.type == "RETREAT"]
    assert [p.text for p in release.recipients] == ["prisonniers"]  # the people counted, not the count


def test_french_bare_participle_is_passive_and_predicate_noun_has_its_subject():
    events = _french("Critiqué par l'Allemagne pour sa politique, le gouvernement hongrois a maintenu sa décision.")
    assert _dyads(events, "ACCUSE") == [({"DEU"}, {"HUN"})]
    assert _dyads(_french("La Russie est devenue le principal soutien de la Syrie."), "SUPPORT") == [({"RUS"}, {"SYR"})]


def test_french_visit_host_is_the_country_of_the_town_named_on_its_clause():
    events = _french("La visite du Premier ministre indien a commencé lundi à Moscou.")
    assert _dyads(events, "CONSULT") == [({"IND"}, {"RUS"})]


def test_french_object_control_and_targeting_participles():
    events = _french("La France a amené la Turquie à renoncer à son offensive.")
    assert {p.actor.country for e in events if e.type == "CONCEDE" for p in e.actors} == {"TUR"}
    # persuading is itself a request (lexicon), and what is asked for is its content, no event of its own
    events = _french("La France a convaincu la Turquie de renoncer à son offensive.")
    assert _dyads(events, "REQUEST") == [({"FRA"}, {"TUR"})] and not _dyads(events, "CONCEDE")
    events = _french("L'Union européenne a adopté des sanctions visant la Russie.")
    assert _countries(events, "SANCTION", "recipients") == [{"RUS"}]


def test_french_event_noun_doer_from_its_nationality_and_target_from_its_relative_clause():
    events = _french("Une source libanaise a confirmé ces frappes israéliennes qui ont touché des bases du Hezbollah.")
    [strike] = [e for e in events if e.type == "ASSAULT"]
    assert {p.actor.country for p in strike.actors} == {"ISR"}
    assert [p.actor.name for p in strike.recipients] == ["Hezbollah"]


def test_french_patient_nouns_passive_agents_and_role_nouns():
    # "de" after a patient noun is never the doer: no assassination by Soleimani
    assert not [e for e in _french("L'assassinat de Qassem Soleimani a provoqué la colère de Téhéran.")
                if e.type == "ASSAULT"]
    [sentence] = _french("La condamnation de l'opposant a été confirmée par la Cour suprême.")
    assert [p.text for p in sentence.actors] == ["la Cour suprême"]
    [summons] = _french("Le ministre des Affaires étrangères, Jean-Yves Le Drian, a convoqué l'ambassadeur de Chine.")
    assert [p.text for p in summons.actors] == ["Jean-Yves Le Drian"]


def test_french_crowd_act_is_done_by_its_de_complement_but_an_exchange_is_not():
    events = _french("De nombreux rassemblements d'agriculteurs ont eu lieu samedi dans tout le pays.")
    assert [[p.text for p in e.actors] for e in events if e.type == "PROTEST"] == [["agriculteurs"]]
    assert not _french("Un échange de prisonniers a eu lieu à la frontière.")


def test_french_common_noun_apposed_to_a_name_is_that_person():
    [jailing] = _french("Le régime a emprisonné un journaliste américain, Evan Gershkovich.")
    assert [p.text for p in jailing.recipients] == ["Evan Gershkovich"]


def test_french_unnamed_group_apposed_to_names_is_those_bodies():
    events = _french("Le Bélarus réprime. Au Bélarus, les ONG Human Rights Watch et Amnesty International ont accusé "
                     "la police de torture.")
    [accusation] = [e for e in events if e.type == "ACCUSE"]
    assert [p.text for p in accusation.actors] == ["Human Rights Watch", "Amnesty International"]


def test_french_incise_speaker_is_the_inverted_subject():
    # '"...", a déclaré X': the model reads X as the object of the reporting verb; it is the speaker
    [accusation] = _french('"La politique de la Turquie est inacceptable", a déclaré Emmanuel Macron.')
    assert accusation.attribution.kind == "actor" and accusation.attribution.actor.name == "Emmanuel Macron"
    [warning] = [e for e in _french('"Nous avertissons Moscou", a déclaré le ministre allemand Boris Pistorius.')
                 if e.type == "THREATEN"]
    assert warning.attribution.actor is not None and warning.attribution.actor.name == "Boris Pistorius"


def test_french_speaker_is_never_the_euphonic_t_a_relative_pronoun_or_unnamed_sources():
    # "a-t-il ajouté": "-il" speaks (the antecedent), not the "-t" the tokenizer splits off
    events = _french('Le ministre iranien Ali Rezaei a reçu lundi son homologue irakien. "Nous ne céderons pas", '
                     "a-t-il ajouté, dénonçant les pressions de Washington.")
    [accusation] = [e for e in events if e.type == "ACCUSE"]
    assert accusation.attribution.kind == "actor" and accusation.attribution.text == "-il"
    # the event's own unnamed actor tells its own act: not "sources", and not reported by someone else
    [appeal] = [e for e in _french("Dénonçant une décision injuste, ses avocats ont indiqué qu'ils allaient faire "
                                   "appel.") if e.type == "ACCUSE"]
    assert appeal.attribution.kind == "actor" and appeal.attribution.text == "ses avocats"
    assert appeal.modality == "asserted"
    # "selon lesquelles" introduces what a noun says, not a source
    events = _french("Le gouvernement a rejeté les accusations de l'opposition selon lesquelles la police aurait "
                     "frappé des manifestants.")
    assert all(e.attribution.text != "lesquelles" for e in events)


def test_french_nationality_adjective_hung_on_another_adjective():
    # "frappe aérienne turque": the model makes "turque" a modifier of "aérienne", not of "frappe"
    [strike] = [e for e in _french("Un commandant a été tué par une frappe aérienne turque.") if e.type == "ASSAULT"]
    assert {p.actor.country for p in strike.actors} == {"TUR"}


def test_french_evaluation_judge_and_participle_adjoined_after_the_object():
    # "Pour X, Y est responsable": X judges; a comma-set participle after the object is the subject's act
    assert _dyads(_french("Pour Emmanuel Macron, le Kremlin est responsable."), "ACCUSE") == [({"FRA"}, {"RUS"})]
    events = _french("Le gouvernement iranien a rejeté ces demandes, décrivant les manifestations comme un complot.")
    assert _countries(events, "ACCUSE", "actors") == [{"IRN"}]


def _countries(events, event_type, role):
    """The countries of each event's actors or recipients, for the events of one type."""
    return [{p.actor.country for p in getattr(e, role)} for e in events if e.type == event_type]


def _types(events):
    return sorted(e.type for e in events)


def test_french_crowd_gathering_is_a_protest_and_leaders_gathering_a_meeting():
    # subject_lemmas: the same "se réunir" is a demonstration when its subject is a crowd
    assert _types(_french("Des milliers de manifestants se sont réunis devant le Parlement à Budapest.")) == ["PROTEST"]
    assert _types(_french("Emmanuel Macron et Olaf Scholz se sont réunis à Berlin.")) == ["CONSULT"]


def test_french_strike_call_warning_and_visit():
    [strike] = _french("La CGT a appelé à une grève générale lundi.")
    assert (strike.type, strike.mode) == ("PROTEST", "strike")
    assert _dyads(_french("La Russie a averti l'Ukraine qu'elle riposterait."), "THREATEN") == [({"RUS"}, {"UKR"})]
    [visit] = _french("Emmanuel Macron se rendra en Chine en novembre.")
    assert (visit.type, visit.mode) == ("CONSULT", "visit") and {p.actor.country for p in visit.recipients} == {"CHN"}
    assert not _french("Emmanuel Macron s'est rendu compte de son erreur.")


def test_french_military_backing_is_aid_and_signing_an_accord_is_one_agreement():
    assert _types(_french("La Turquie appuie militairement le gouvernement de Tripoli.")) == ["AID"]
    # the accord's "de coopération" is its content, not a second event; signing it is the agreement itself
    assert _types(_french("L'Iran et l'Irak ont signé un accord de coopération.")) == ["AGREE"]


def test_french_refusal_swallows_the_demands_it_turns_down():
    [refusal] = _french("Damas ne se soumettra pas aux exigences de Washington.")
    assert refusal.type == "REJECT"


def test_french_participle_with_its_doer_is_kept_only_for_material_acts():
    [seizure] = _french("Les biens confisqués par la justice française comprennent un château.")
    assert seizure.type == "COERCE" and {p.actor.country for p in seizure.actors} == {"FRA"}
    assert not _french("Les rebelles soutenus par la Turquie ont avancé vers Tripoli.")  # a standing relation


def test_french_inflected_demand_verb_with_a_subject_is_a_request():
    # the model keeps "demande" as the VERB lemma; lemma_repairs finds "demander"
    [demand] = _french("Marine Le Pen demande la démission du ministre de l'Intérieur.")
    assert (demand.type, demand.mode) == ("REQUEST", "change")


def test_french_not_ruling_out_sanctions_is_a_threat():
    events = _french("L'Allemagne n'exclut pas des sanctions contre la Russie.")
    assert _dyads(events, "THREATEN") == [({"DEU"}, {"RUS"})]


def test_french_march_needs_a_crowd_as_subject():
    assert _types(_french("Les manifestants ont parcouru les rues de Minsk.")) == ["PROTEST"]
    assert not _french("Les touristes ont parcouru les rues de Minsk.")


def test_french_relative_clause_verb_sees_its_antecedent():
    # "que" stands for "l'accord": signing it is an AGREE, though the model labels the clause acl
    events = _french("Washington a dénoncé l'accord que l'Iran avait signé.")
    assert ({"IRN"}, set()) in _dyads(events, "AGREE")
    assert ({"USA"}, set()) in _dyads(events, "SANCTION")


def test_french_readiness_to_talk_is_an_agreement_and_to_strike_a_threat():
    assert _types(_french("La Grèce est prête à dialoguer avec la Turquie.")) == ["AGREE"]
    assert _types(_french("La Turquie est prête à frapper les positions kurdes.")) == ["THREATEN"]


def test_french_handing_out_money_is_aid_and_keeping_options_open_a_threat():
    assert _dyads(_french("La Russie a distribué de l'argent aux rebelles syriens."), "AID") == [({"RUS"}, {"SYR"})]
    events = _french("Washington a prévenu envisager toutes les options contre l'Iran.")
    assert _dyads(events, "THREATEN") == [({"USA"}, {"IRN"})]


def test_french_critical_is_the_subjects_own_disapproval():
    [criticism] = _french("La CGT s'est montrée très critique sur la réforme.")
    assert (criticism.type, criticism.mode) == ("ACCUSE", "disapprove")


def test_the_one_asked_in_a_for_to_clause_is_the_recipient():
    events = _english("Germany called for Iran to release the detained sailors.")
    assert _dyads(events, "REQUEST") == [({"DEU"}, {"IRN"})]
    assert [e.mode for e in events if e.type == "REQUEST"] == ["yield"]
    assert not _dyads(events, "RETREAT")  # what is asked for is not an event of its own
    assert _dyads(_english("Poland pushed for Russia to withdraw its forces."), "REQUEST") == [({"POL"}, {"RUS"})]


def test_an_offered_or_threatened_act_goes_to_its_infinitive_target():
    threats = _dyads(_english("Russia threatened to cut off gas deliveries to Moldova."), "THREATEN")
    assert threats == [({"RUS"}, {"MDA"})]
    offers = _dyads(_english("Turkey offered to negotiate with Greece."), "AGREE")
    assert offers == [({"TUR"}, {"GRC"})]


def test_possessor_is_the_doer_of_an_event_noun_and_answering_it_makes_the_recipient():
    events = _english("Chile finally agreed to Bolivia's demands.")
    assert _dyads(events, "REQUEST") == [({"BOL"}, {"CHL"})]
    assert _dyads(_english("Canada's support for Ukraine has not wavered."), "SUPPORT") == [({"CAN"}, {"UKR"})]


def test_english_small_clause_copula_subject_and_deployed_forces():
    [verdict] = [e for e in _english("The jury found Michael Smith guilty.") if e.type == "SANCTION"]
    assert [p.text for p in verdict.recipients] == ["Michael Smith"]
    [verdict] = [e for e in _english("A Texas jury found the former officer guilty.") if e.type == "SANCTION"]
    assert [p.text for p in verdict.recipients] == ["the former officer"]
    judged = _english("Macron said that Erdogan's remarks were unacceptable.")
    assert _dyads(judged, "ACCUSE") == [({"FRA"}, {"TUR"})]
    assert _dyads(_english("China deployed its troops near the islands."), "MOBILIZE") == [({"CHN"}, set())]


def test_a_request_to_do_something_is_a_request():
    events = _english("Poland's request to Germany to deliver tanks was finally granted.")
    assert ({"POL"}, {"DEU"}) in _dyads(events, "REQUEST")


def test_it_stands_for_a_state_named_before_and_ending_ones_own_event_is_one_event():
    events = _english("Japan said on Tuesday that it had suspended its economic aid to Myanmar.")
    assert [e.type for e in events] == ["SANCTION"] and _dyads(events, "SANCTION")[0][0] == {"JPN"}
    assert [e.type for e in _english("The United States lifted its sanctions on Cuba.")] == ["RETREAT"]


def test_a_formal_protest_lodged_with_a_state_is_an_accusation_of_it():
    assert _dyads(_english("Greece lodged a formal protest with Turkey."), "ACCUSE") == [({"GRC"}, {"TUR"})]
    assert _dyads(_english("Thousands of students staged a protest in Athens."), "PROTEST")


def test_an_infinitive_of_a_plan_is_only_intended_but_an_attempt_is_coded():
    assert not _dyads(_english("Germany presented a plan to release the prisoners held by Iran."), "RETREAT")
    assert _dyads(_english("Rebels made an attempt to assassinate the Nigerian governor."), "ASSAULT")


# --- argument resolution (tidings.events.resolve) -----------------------------------------------------------
def _actors(events, event_type):
    return [[(p.actor.id, p.actor.country) for p in e.actors] for e in events if e.type == event_type]


def test_the_two_countries_are_the_two_named_before():
    events = _french("La Turquie a accusé la Grèce de provocations en mer Égée. "
                        "Les deux pays ont ensuite signé un accord de désescalade.", "2020-09-01")
    assert [{c for _, c in actors} for actors in _actors(events, "AGREE")] == [{"TUR", "GRC"}]


def test_a_bare_embassy_is_the_one_named_before_with_its_country():
    events = _french("L'ambassade de Russie à Paris a publié un texte sur la France. Le gouvernement français et "
                     "Paris ont protesté. Dans un autre message, l'ambassade a accusé les médias français de mentir.",
                     "2020-08-01")
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
    events = _french("Les talibans, qui contrôlent le sud, ont attaqué une base de l'armée afghane.", "2020-08-01")
    [attack] = [e for e in events if e.type == "ASSAULT"]
    assert [p.actor.id for p in attack.actors] == ["o:taliban"]
    events = _french("Le frère de Bachar al-Assad a été condamné à Paris mardi. "
                     "Ses avocats ont dénoncé une décision politique.", "2020-08-01")
    assert [c for _, c in _actors(events, "ACCUSE")[0]] == ["SYR"]


def test_a_title_apposed_to_a_name_is_the_name():
    events = _french("L'ONG Amnesty International a dénoncé l'arrestation de trois journalistes au Bélarus.",
                     "2020-08-01")
    assert _actors(events, "ACCUSE") == [[("Q42970", None)]]


def test_a_plural_pronoun_takes_up_a_group_the_linker_missed():
    events = _french('"Si (les talibans) refusent la paix et ils attaquent encore, la trêve mourra", a dit un '
                     "habitant de Kaboul.", "2020-08-01")
    assert {p.actor.id for e in events if e.type == "ASSAULT" for p in e.actors} == {"o:taliban"}


def test_forces_withdrawn_are_the_actors_own_and_an_intended_act_on_an_object_noun_is_the_verbs_subjects():
    events = _french("Le gouvernement turc a pris la décision de retirer ses troupes de Syrie.")
    [withdrawal] = [e for e in events if e.type == "RETREAT"]
    assert {p.actor.country for p in withdrawal.actors} == {"TUR"}
    assert [p.actor.country for p in withdrawal.recipients] == ["SYR"]  # not "ses troupes"
    [withdrawal] = [e for e in _english("Russia withdrew its troops from Syria on Monday.") if e.type == "RETREAT"]
    assert [p.actor.country for p in withdrawal.recipients] == ["SYR"]
    events = _english("Rebels made an attempt to assassinate the Nigerian governor.")
    [attack] = [e for e in events if e.type == "ASSAULT"]
    assert [p.text for p in attack.actors] == ["Rebels"]  # not "an attempt"


def test_french_official_telling_an_act_of_his_own_state_is_asserted():
    # the speaker is the acting state's own minister: its word on its own act, not a report of another's
    events = _french('"La Turquie a lancé son offensive contre les milices kurdes", a déclaré le ministre turc '
                     "de la Défense.")
    [offensive] = [e for e in events if e.type == "ASSAULT"]
    assert offensive.modality == "asserted" and offensive.attribution.kind == "actor"
    # another state's minister telling it: reported, with him as the source
    events = _french('"La Turquie a lancé son offensive contre les milices kurdes", a déclaré le ministre grec '
                     "de la Défense.")
    [offensive] = [e for e in events if e.type == "ASSAULT"]
    assert offensive.modality == "reported" and offensive.attribution.actor.country == "GRC"


def test_french_pronominal_verb_subject_is_its_actor():
    # "s'étaient rassemblés": the model reads the pronominal "être" as a passive and hangs the verb on the subject
    [protest] = [e for e in _french("Plusieurs centaines d'étudiants s'étaient rassemblés devant l'université de "
                                    "Bangkok.") if e.type == "PROTEST"]
    assert protest.actors and "étudiants" in protest.actors[0].text and not protest.recipients


def test_french_incise_between_auxiliary_and_participle():
    # "a de son côté procédé": the model makes the auxiliary the root and the participle a modifier of "côté"
    assert _actors(_french("Le Canada a de son côté procédé à trois arrestations."), "COERCE") == [[("Q16", "CAN")]]
    events = _french("Le Japon a pour sa part expulsé deux espions russes.")
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "expel")]
    assert _dyads(events, "SANCTION") == [({"JPN"}, {"RUS"})]


def test_french_agentless_arrest_reported_by_the_police_is_theirs():
    [arrest] = _french("Douze militants ont été interpellés, a annoncé la police.")
    assert arrest.type == "COERCE" and [p.actor.sector for p in arrest.actors] == ["police"]
    assert not _french("Douze militants ont été interpellés, a raconté un témoin.")


def test_french_multiword_predicates_and_insults():
    assert "SANCTION" in _types(_french("Moscou a mis fin au traité sur les armes nucléaires."))
    assert "SANCTION" not in _types(_french("Moscou a mis fin aux combats dans la région."))
    assert _types(_french("Le parquet de Minsk a entamé des poursuites contre l'opposante Maria Kolesnikova.")) == [
        "ACCUSE"]
    [insult] = _french("Le président brésilien a qualifié son rival de menteur.")
    assert (insult.type, insult.actors[0].actor.country) == ("ACCUSE", "BRA")
    [meddling] = _french("Selon le porte-parole chinois, l'Australie s'est ingérée dans les affaires de la Chine.")
    assert (meddling.type, meddling.mode, meddling.actors[0].actor.country) == ("ACCUSE", "allege", "CHN")
    assert not _french("L'Australie s'est ingérée dans les affaires de la Chine.")  # said by nobody: no accusation


def test_french_as_far_as_is_no_plan():
    events = _french("Pyongyang s'est insurgé contre Séoul, allant jusqu'à couper les canaux de communication.")
    assert ("SANCTION", "discontinue") in [(e.type, e.mode) for e in events]
    assert _types(_french("La Corée du Nord va couper les canaux de communication avec Séoul.")) == ["THREATEN"]


def test_french_event_noun_counted_by_a_series_has_the_verb_subject():
    events = _french("L'armée israélienne a revendiqué une série de frappes contre des positions du Hamas.")
    assert _actors(events, "ASSAULT") and {c for _, c in _actors(events, "ASSAULT")[0]} == {"ISR"}


def test_french_police_visit_is_questioning_done_by_the_police():
    [visit] = _french("Le journaliste a reçu la visite de la police chinoise.")
    assert (visit.type, visit.mode) == ("ACCUSE", "investigate")
    assert [p.actor.country for p in visit.actors] == ["CHN"] and [p.text for p in visit.recipients] == ["journaliste"]
    orders = _french("Le ministère n'a reçu aucun ordre de rencontrer l'ambassadeur ce jour-là.")
    assert "visit" not in [e.mode for e in orders]  # an order received is no visit


def test_french_violation_is_alleged_by_its_speaker_and_frames_what_it_breaks():
    [alleged] = _french("La police a estimé que le militant avait violé l'interdiction d'organiser des manifestations.")
    assert (alleged.type, alleged.mode) == ("ACCUSE", "allege")
    assert _types(_french("Téhéran accuse les Européens de violer leurs engagements.")) == ["ACCUSE"]


def test_french_no_passive_without_a_passive_auxiliary():
    # "par le passé" read as an agent made the subject passive
    [threat] = _french("Plusieurs de ses généraux iraniens ont déjà menacé par le passé d'attaquer Israël.")
    assert threat.type == "THREATEN" and "généraux" in threat.actors[0].text


def test_french_court_verdict_and_trial_reported_by_the_court():
    [trial] = _french("Le militant était jugé pour trafic de drogue, a annoncé le tribunal de Foshan.")
    assert trial.type == "ACCUSE" and [p.actor.sector for p in trial.actors] == ["judiciary"]
    assert _types(_french("Le tribunal a déclaré coupable l'ancien ministre.")) == ["SANCTION"]
    assert "SANCTION" not in _types(_french("Le ministre Ali Khamenei a reconnu qu'il était coupable."))


def test_french_finite_verb_misread_as_adjective_and_talks_exchanged():
    # the model reads "rencontrera" as an adjective on the subject
    [meeting] = _french("Le vice-président américain Mike Pence rencontrera M. Erdogan jeudi avec l'objectif affiché "
                        "d'obtenir un cessez-le-feu.")
    assert meeting.type == "CONSULT" and [p.actor.country for p in meeting.actors][:1] == ["USA"]
    [talks] = _french("Le ministre français Jean-Yves Le Drian a échangé avec ses homologues allemand et chinois.")
    assert talks.type == "CONSULT" and "FRA" in {p.actor.country for p in talks.actors}
    assert "CONSULT" not in _types(_french("Les deux armées ont échangé des tirs à la frontière."))


def test_french_title_glued_to_its_paragraph_by_a_lowercase_word():
    events = _french("Jeu trouble en Libye, méfiance russeEmmanuel Macron a accusé Ankara de jouer un jeu dangereux.")
    assert [{c for _, c in actors} for actors in _actors(events, "ACCUSE")] == [{"FRA"}]
    assert [e.sentence[:15] for e in events] == ["Emmanuel Macron"]  # the title is a sentence of its own


def test_french_taking_part_and_organised_by_a_counted_group():
    [demo] = _french("Quelque 20.000 personnes ont participé samedi à une manifestation contre les restrictions.")
    assert demo.type == "PROTEST" and "personnes" in demo.actors[0].text
    [organised] = _french("Des manifestations quasi-quotidiennes sont organisées par des groupes d'étudiants.")
    assert organised.type == "PROTEST" and "étudiants" in organised.actors[0].text


def test_french_promised_capture_or_measures_against_is_a_threat_and_a_danger_is_no_threat():
    [reward] = _french("La justice américaine a promis une récompense pour la capture du président Nicolas Maduro.")
    assert (reward.type, reward.mode) == ("THREATEN", "arrest")
    [measures] = _french("Mike Pompeo a promis que des mesures seraient annoncées contre les pays fautifs.")
    assert (measures.type, measures.mode) == ("THREATEN", "restrict")
    assert _types(_french("Emmanuel Macron a promis des mesures pour les agriculteurs.")) == ["AGREE"]
    assert not _french("Selon Donald Trump, la Corée du Nord n'était plus une menace nucléaire.")


def test_french_an_option_considered_is_hypothetical_not_a_threat():
    [option] = _french("L'Union européenne envisage de sanctionner Alexandre Loukachenko.")
    assert (option.type, option.modality) == ("SANCTION", "hypothetical")


def test_french_attack_on_freedoms_is_criticism_and_talks_without_are_none():
    assert _types(_french("Les opposants y voient une attaque grave contre les libertés de Hong Kong.")) == ["ACCUSE"]
    assert "CONSULT" not in _types(_french("Israël prépare une annexion sans pourparlers avec les Palestiniens."))


def test_french_lashing_out_and_sharp_reaction_are_disapproval():
    events = _french("Donald Trump s'est déchaîné mardi contre le diplomate britannique Kim Darroch.")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]
    assert _types(_french("Séoul avait réagi vivement aux diatribes de Kim Yo Jong.")) == ["ACCUSE"]
    assert not _french("Séoul a réagi aux propos de Kim Yo Jong.")


def test_french_speech_verb_after_a_quote_has_its_inverted_subject():
    [warning] = _french("\"Nous risquons d'assister à des départs massifs\", avertit le syndicat des urgentistes.")
    assert warning.type == "THREATEN" and "syndicat" in warning.actors[0].text
    [blame] = _french("\"Rien n'est plus hypocrite qu'une promesse creuse\", a dénoncé le ministre Ri Son Gwon.")
    assert blame.type == "ACCUSE" and "Ri" in blame.actors[0].text and not blame.recipients


def test_french_frozen_accreditations_restrict_and_remains_brought_home_are_no_retreat():
    [freeze] = _french("Pékin a décidé de geler les accréditations des médias américains.")
    assert (freeze.type, freeze.mode) == ("COERCE", "restrict")
    assert not _french("Washington a obtenu le rapatriement des restes de soldats américains.")


def test_french_intention_noun_holder_does_its_infinitive():
    events = _french("Les Etats-Unis dénoncent la décision de Pékin de geler les accréditations des médias américains.")
    assert _dyads(events, "COERCE") == [({"CHN"}, {"USA"})]


def test_french_reiterated_attacks_are_criticism_and_reiterate_is_a_light_verb():
    events = _french("Donald Trump a réitéré ses attaques contre la Première ministre britannique Theresa May.")
    assert [(e.type, e.mode) for e in events] == [("ACCUSE", "disapprove")]
    assert _dyads(_french("La France a renouvelé son soutien au gouvernement libanais."), "SUPPORT") == [
        ({"FRA"}, {"LBN"})]


def test_french_event_noun_carried_by_a_message_has_the_sender_as_doer():
    events = _french("Jean-Luc Mélenchon a transmis un message personnel de soutien à Richard Ferrand.")
    assert [(e.type, [p.text for p in e.recipients]) for e in events] == [("SUPPORT", ["Richard Ferrand"])]


def test_french_talking_with_ordinary_people_is_no_consultation():
    assert not _french("Juan Guaido marche près des véhicules en discutant avec des conducteurs.")
    assert _types(_french("Emmanuel Macron a discuté avec Angela Merkel.")) == ["CONSULT"]


def test_french_object_hung_on_an_adverbial_is_still_the_one_acted_upon():
    # the model attaches the object to the time word or to the oblique that comes between it and the verb
    [arrest] = [e for e in _french("La police a arrêté mercredi un opposant.") if e.type == "COERCE"]
    assert [p.text for p in arrest.recipients] == ["opposant"]
    events = _french("Un tribunal a condamné à mort pour le même motif un ressortissant canadien.")
    assert [c for e in events if e.type == "SANCTION" for c in [{p.actor.country for p in e.recipients}]] == [{"CAN"}]


def test_french_object_clitic_stands_for_the_one_named_before():
    events = _french("Le chef de l'opposition Alexeï Navalny est rentré à Moscou. Le parquet l'accuse d'avoir fraudé.",
                     "2021-01-20")
    [accusation] = [e for e in events if e.type == "ACCUSE"]
    assert [p.text for p in accusation.recipients] == ["l'"] and accusation.recipients[0].actor.country == "RUS"
    events = _french("Les talibans ont tué trois soldats. Le gouvernement afghan les a condamnés.", "2020-08-01")
    [condemnation] = [e for e in events if e.type == "ACCUSE"]
    assert [p.actor.id for p in condemnation.recipients] == ["o:taliban"]  # "les", though tagged an article


def test_french_warning_is_addressed_to_the_subject_of_what_it_announces():
    events = _french("L'Iran a averti que les Etats-Unis paieraient un prix très lourd.")
    assert _dyads(events, "THREATEN") == [({"IRN"}, {"USA"})]
    assert _dyads(_french("L'Iran a averti qu'il riposterait."), "THREATEN") == [({"IRN"}, set())]


def test_french_article_un_is_no_un_title_for_an_unlinked_name():
    # "un opposant, X": the indefinite article folds like the acronym "UN", which has no country
    [arrest] = [e for e in _french("Au Bélarus, la police a arrêté un opposant, Ivan Sokolov, mardi.")
                if e.type == "COERCE"]
    assert {p.actor.country for p in arrest.recipients} == {"BLR"}


def test_french_police_announcing_passive_arrests_made_them():
    [arrest] = [e for e in _french("La police a déclaré que 40 personnes avaient été arrêtées.") if e.type == "COERCE"]
    assert [p.text for p in arrest.actors] == ["police"] and [p.text for p in arrest.recipients] == ["40 personnes"]
    assert not [e for e in _french("Le journal a écrit que 40 personnes avaient été arrêtées.") if e.type == "COERCE"]
    # in an incise after the passive
    [arrest] = [e for e in _french("Douze personnes ont été interpellées, a ajouté la police.") if e.type == "COERCE"]
    assert [p.text for p in arrest.actors] == ["police"]
    assert not [e for e in _french("Douze personnes ont été interpellées, a ajouté un témoin.") if e.type == "COERCE"]
    events = _french("Une militante a été placée en détention mardi, selon la police.")
    assert [p.text for e in events if e.type == "COERCE" for p in e.actors] == ["police"]
    assert not [e for e in _french("Une militante a été placée en détention mardi, selon son avocat.")
                if e.type == "COERCE"]
    # the model hangs the subject ("que 11 suspects") on the reporting verb, apart from its participle
    events = _french("La police a indiqué dimanche que 11 suspects, dont neuf mineurs, avaient été arrêtés.")
    [arrest] = [e for e in events if e.type == "COERCE"]
    assert arrest.recipients and arrest.recipients[0].text.startswith("11 suspects")


def test_french_political_class_and_organisers_are_unnamed_recipients():
    events = _french("Au Liban, les manifestants accusent la classe politique de corruption.", "2020-08-01")
    assert [p.actor.sector for e in events if e.type == "ACCUSE" for p in e.recipients] == ["party"]
    events = _french("La police allemande a déposé plainte contre les organisateurs du rassemblement.", "2020-08-01")
    recipients = [p.text for e in events if e.type == "ACCUSE" for p in e.recipients]
    assert recipients == ["les organisateurs du rassemblement"]


def test_french_object_no_actor_is_aimed_at_its_owner():
    # "rejeter le texte proposé par X", "condamner la violence des manifestants": whose thing it is
    assert _dyads(_french("La Chine a rejeté le texte proposé par les Etats-Unis."), "REJECT") == [({"CHN"}, {"USA"})]
    events = _french("Le ministre turc a condamné la violence des manifestants.")
    assert [p.text for e in events if e.type == "ACCUSE" for p in e.recipients] == ["manifestants"]


def test_french_accusation_content_clause_names_the_accused():
    events = _french("En réponse aux accusations de Moscou selon lesquelles les soldats ukrainiens ont saboté le pont, "
                     "Kiev a démenti.")
    assert _dyads(events, "ACCUSE") == [({"RUS"}, {"UKR"})]


def test_french_event_noun_complement_hung_on_its_verb():
    # the model attaches "avec la Lituanie" to "démontrer", not to "solidarité"
    events = _french("Le Canada a voulu démontrer sa solidarité avec la Lituanie.")
    assert _dyads(events, "SUPPORT") == [({"CAN"}, {"LTU"})]


def test_french_supported_thing_is_its_owners():
    events = _french("Le Brésil a voté avec l'Inde pour soutenir son projet.")
    assert _dyads(events, "SUPPORT") == [({"BRA"}, {"IND"})]


def test_french_acceptance_in_a_relative_answers_the_main_clauses_subject():
    events = _french("Le président chinois a invité le chancelier allemand Olaf Scholz, qui a accepté.", "2023-01-01")
    accepted = [e for e in events if e.type == "AGREE" and e.trigger == "accepté"]
    assert [{p.actor.country for p in e.recipients} for e in accepted] == [{"CHN"}]


def test_french_judged_thing_made_by_a_subject_judges_that_subject():
    events = _french('"La Russie a pris une décision inacceptable", a déclaré Emmanuel Macron.', "2022-03-01")
    assert _dyads(events, "ACCUSE") == [({"FRA"}, {"RUS"})]


def test_english_single_party_agreement_goes_to_whom_the_act_is_for():
    assert _dyads(_english("Canada agreed to send two hundred engineers to Ukraine."), "AGREE") == [({"CAN"}, {"UKR"})]
    both = _dyads(_english("Germany and France agreed to hold talks."), "AGREE")
    assert both == [({"DEU", "FRA"}, set())]  # two parties: no recipient


def test_english_crushed_protests_stand_for_the_protesters():
    [crackdown] = [e for e in _english("The Belarusian police crushed the protests in Minsk.") if e.type == "ASSAULT"]
    assert [p.actor.country for p in crackdown.recipients] == ["BLR"]


def test_english_under_investigation_and_called_for_meeting_recipients():
    events = _english("The Hungarian government is under investigation by the European Commission.")
    assert [p.actor.country for e in events if e.type == "ACCUSE" for p in e.recipients] == ["HUN"]
    [request] = [e for e in _english("Lithuania called for an emergency meeting of the Security Council.")
                 if e.type == "REQUEST"]
    assert [p.text for p in request.recipients] == ["the Security Council"]


def test_english_event_noun_restating_a_verb_is_one_event():
    events = _english("Russian forces killed four Ukrainian soldiers in an attack near Bakhmut.")
    assert _dyads(events, "ASSAULT") == [({"RUS"}, {"UKR"})]


def test_english_warning_of_what_ones_own_side_will_do_is_a_threat():
    events = _english("China's foreign ministry warned that the Chinese army will respond.")
    assert _dyads(events, "THREATEN") == [({"CHN"}, set())]
    assert not _english("The doctors warned that migrants would face health risks.")


def test_english_misparsed_passive_subjects_of_active_verbs():
    events = _english("The Palestinian Authority - which has rejected the US plan if talks are revived - called for an "
                      "emergency meeting of the Arab League.")
    assert [[p.actor.country for p in e.actors] for e in events if e.type == "REQUEST"] == [["PSE"]]
    events = _english("Iran said it was treated unfairly and asked the United Nations to intervene.")
    assert [[p.actor.country for p in e.actors] for e in events if e.type == "REQUEST"] == [["IRN"]]
    [arrest] = [e for e in _english("Two Russian journalists were arrested by Belarusian police on Monday.")
                if e.type == "COERCE"]
    assert _dyads([arrest], "COERCE") == [({"BLR"}, {"RUS"})]  # a real passive stays one


def test_english_demand_from_someone_and_dropped_investigation_targets():
    events = _english("The US is seeking Assange's extradition from the United Kingdom.")
    assert _dyads(events, "REQUEST") == [({"USA"}, {"GBR"})]
    assert _dyads(_english("China demanded an apology from Japan."), "REQUEST") == [({"CHN"}, {"JPN"})]
    events = _english("Sweden dropped its investigation into allegations against Julian Assange.")
    assert [p.text for e in events if e.type == "CONCEDE" for p in e.recipients] == ["Julian Assange"]
    [defence] = [e for e in _english("Boris Johnson defended the Conservative Party's actions.") if e.type == "SUPPORT"]
    assert [p.text for p in defence.recipients] == ["the Conservative Party's"]


def test_english_a_meeting_verb_without_a_partner_is_no_consultation():
    assert not [e for e in _english('"We talk about it every day," Emmanuel Macron said.') if e.type == "CONSULT"]
    met = _dyads(_english("Emmanuel Macron met Olaf Scholz in Berlin."), "CONSULT")
    assert met == [({"FRA", "DEU"}, set())]


def test_english_legal_act_faced_in_a_country_is_that_states():
    events = _english("Julian Assange faces espionage charges in the United States.")
    assert _dyads(events, "ACCUSE") == [({"USA"}, {"AUS"})]


def test_english_signing_paperwork_is_no_support_and_recognising_a_capital_is():
    assert not _english("The two Polish guards signed false certifications, prosecutors said.")
    assert _dyads(_english("Trump recognised Jerusalem as Israel's capital."), "SUPPORT") == [({"USA"}, {"ISR"})]


def test_english_a_cooperative_act_agreed_to_is_the_agreements_content():
    assert _types(_english("Japan agreed to provide aid to Ukraine and to fund a new hospital.")) == ["AGREE"]


def test_english_people_in_custody_is_a_state_not_an_arrest():
    assert not _english("The deaths of three children in Russian police custody shocked the European Union.")
    events = _english("Russian police took Navalny into custody.")
    assert [e.type for e in events] == ["COERCE"]


def test_english_balking_scuttling_and_a_participle_restating_its_verb():
    assert _types(_english("Beijing is balking at committing to purchases.")) == ["REJECT"]
    events = _english("Donald Trump scuttled the talks with the Taliban in September.")
    assert [(e.type, e.mode) for e in events if e.type == "SANCTION"] == [("SANCTION", "withdraw")]
    events = _english("Emmanuel Macron angrily scolded the decision, accusing Turkey of violating the embargo.")
    assert _dyads(events, "ACCUSE") == [({"FRA"}, {"TUR"})]


def test_english_committing_to_specifics_is_an_agreement():
    [pledge] = _english("Japan committed to a rescue package for Ukraine.")
    assert pledge.type == "AGREE"


def test_english_relief_and_being_moved_are_the_speakers_approval():
    assert _types(_english('Emmanuel Macron said he was "very moved" by the decision.')) == ["SUPPORT"]
    events = _english('Olaf Scholz said in a statement: "We are deeply pleased and relieved" at the '
                      "hostages' release.")
    assert _dyads(events, "SUPPORT") == [({"DEU"}, set())]


def test_english_an_event_noun_withheld_or_postponed_does_not_take_place():
    events = _english("Donald Trump withheld US military aid to Ukraine.")
    assert "AID" not in _types(events) and "SANCTION" in _types(events)


def test_english_an_infinitive_on_a_plain_noun_is_only_intended_even_as_relcl():
    assert not _english("Beijing has the resolution and power to end the protests in Hong Kong.")
    events = _english("After the crash, Japan committed to a $9 billion lifeline to bail out the airline.")
    assert _types(events) == ["AGREE"]


def test_english_a_place_compounded_on_a_protest_noun_is_no_protester():
    events = _english("With Hong Kong protests exploding, Xi Jinping is likely to deploy troops.")
    assert "PROTEST" not in _types(events)


def test_english_taking_to_the_streets_is_troops_or_a_demonstration_by_who_does_it():
    assert _types(_english("The Chinese army took to the streets of Hong Kong.")) == ["MOBILIZE"]
    assert _types(_english("Thousands of Iranians took to the streets of Tehran.")) == ["PROTEST"]
    assert _types(_english("Russian troops took the city of Kherson.")) == ["COERCE"]


def test_english_a_trip_abroad_is_a_visit_and_one_at_home_is_not():
    events = _english("Emmanuel Macron's trip to Beijing was about trade.")
    assert _dyads(events, "CONSULT") == [({"FRA"}, {"CHN"})]
    assert not _english("Joe Biden's trip to Florida was a family holiday.")


def test_english_offering_guidance_or_condolences_is_no_agreement():
    assert not _english("Beijing is offering new guidance to the Hong Kong government.")
    assert "AGREE" in _types(_english("Turkey offered to negotiate with Greece."))


def test_english_saving_a_country_from_destruction_is_no_attack():
    events = _english('"In the end, we will win and save our country from certain destruction," Donald Trump tweeted.')
    assert "ASSAULT" not in _types(events)


def test_english_a_cooperation_participle_on_a_plain_noun_is_a_recalled_fact():
    events = _english("Indiana Governor Eric Holcomb defended the state budget approved by Republicans in April.")
    assert [e.trigger for e in events if e.type == "SUPPORT"] == ["defended"]


def test_french_name_tagged_as_adjective_is_the_one_accused():
    # the model tags "Ankara" as an adjective complement (xcomp) of "accuser": a linked name is still its object
    events = _french("Le président Macron avait accusé Ankara le 3 mai de mener un jeu trouble en Syrie.", "2020-07-01")
    assert ({"FRA"}, {"TUR"}) in _dyads(events, "ACCUSE")


def test_french_adverbial_locution_is_no_preposition_of_the_object():
    # "en outre" parsed as the case of "le gouvernement": the object is still a bare direct object
    events = _french("Les militantes accusent en outre le gouvernement turc de ne pas protéger les femmes.")
    assert any("TUR" in recipients for _, recipients in _dyads(events, "ACCUSE"))


def test_french_denounced_event_is_not_the_one_acted_upon():
    # the passive subject names an event (a lexicon noun), not a party: no recipient is made of it
    [denounced] = [e for e in _french("L'arrestation du journaliste a été dénoncée par Amnesty International.")
                   if e.type == "ACCUSE"]
    assert not any(p.text.startswith("L'arrestation") for p in denounced.recipients)


def test_french_lower_case_word_is_not_the_newspaper():
    # "libération" (release) begins with the letter the elided article "l'" also has: it is no alias of Libération
    [request] = [e for e in _french("La France réclame sa libération immédiate.") if e.type == "REQUEST"]
    assert not any(p.actor.name == "Libération" for p in request.recipients)
    [attack] = [e for e in _french("Les talibans ont attaqué une base de l'armée afghane.") if e.type == "ASSAULT"]
    assert [p.actor.name for p in attack.actors] == ["Taliban"]  # a lower-case alias as the registry writes it


def test_french_own_thing_after_a_withdrawal_noun_is_no_recipient():
    events = _french("Le Premier ministre belge Alexander De Croo a annoncé jeudi la démission de son gouvernement.")
    assert [recipients for _, recipients in _dyads(events, "RETREAT")] == [set()]


def test_french_people_of_a_named_group_are_of_its_country():
    # an adjective that names a registry group ("talibans") places its unnamed members, not the article's country
    events = _french("Le Pakistan a libéré mardi huit prisonniers talibans, a annoncé Islamabad.")
    assert ({"PAK"}, {"AFG"}) in _dyads(events, "RETREAT")


def test_french_finite_clause_misread_as_adverbial_keeps_its_own_subject():
    # the model hangs "qui ... avait tué" on the main verb as an advcl: a clause with a finite auxiliary does not
    # take the main clause's subject ("la liste" killed no one)
    events = _french("La liste des détenus comprend aussi les deux auteurs de l'attentat, ainsi qu'un ancien garde "
                     "syrien qui, en 2014 dans la province de Homs, avait tué quatre journalistes français.")
    assert not any(p.text.startswith("La liste") for e in events for p in e.actors)


def test_french_description_apposed_to_a_name_is_not_another_party():
    events = _french("Pékin fait pression sur l'Italie, la Grèce et l'Espagne (les trois pays européens les plus "
                     "endettés) pour obtenir des contrats portuaires.")
    assert ({"CHN"}, {"ITA", "GRC", "ESP"}) in _dyads(events, "REQUEST")


def test_french_place_inside_an_object_phrase_is_not_a_recipient():
    # "dans le nord de la Pologne" says where the deployment is; the denounced party is the alliance
    [denounced] = [e for e in _french("Le Kremlin a dénoncé le déploiement par l'Otan de troupes dans le nord de la "
                                      "Pologne.") if e.type == "ACCUSE"]
    assert "POL" not in {p.actor.country for p in denounced.recipients}
    assert any(p.text == "Otan" for p in denounced.recipients)


def test_unlinked_company_takes_the_nationality_written_before_it():
    article = tidings.process_text("Officials in Washington said the American firm had signed a deal with Japanese "
                                   "electronics maker Morikawa Denki Corp.", published="2024-03-01", lang="en")
    company = next(e for e in article.entities if e.text.startswith("Morikawa Denki"))
    assert company.actor is not None and company.actor.country == "JPN"


def test_unlinked_company_named_again_by_its_first_word_keeps_its_country():
    from tidings.link.actors import ArticleContext, registry, unknown_organization
    ctx, reg = ArticleContext(day=None, focus="USA"), registry()
    first = unknown_organization("Morikawa Denki Corp", "en", ctx, reg, "a deal with Japanese electronics maker ")
    assert first.country == "JPN"
    assert unknown_organization("Morikawa", "en", ctx, reg).country == "JPN"
    # a nationality beyond a preposition describes another noun: the article's country stays
    assert unknown_organization("Kestrel Foods", "en", ctx, reg, "the Japanese market for ").country == "USA"


def test_a_name_beginning_like_an_article_keeps_its_letters():
    from tidings.link import name_key
    assert name_key("Lamont") == "lamont" and name_key("Thebes") == "thebes" and name_key("Desai") == "desai"
    assert name_key("the Senate") == "senate" and name_key("l'Élysée") == "elysee"


def test_french_verbal_counter_attack_is_disapproval():
    events = _french("Le gouvernement iranien a contre-attaqué en jugant ces reproches absurdes.")
    assert "ACCUSE" in _types(events)


def test_french_passive_agent_read_as_a_modifier_is_the_actor():
    # the model labels "par les autorités" obl:mod, not obl:agent: in a passive it is still who banned it
    events = _french("Le rassemblement de dimanche a été interdit cette année par les autorités iraniennes, "
                     "officiellement pour des raisons sanitaires.")
    assert ({"IRN"}, set()) in _dyads(events, "COERCE")


def test_french_banned_vigil_is_not_a_recipient():
    # a vigil in someone's memory is a protest gathering, not a party acted upon
    [banned] = [e for e in _french("La veillée en hommage aux victimes a été interdite cette année par les "
                                   "autorités turques.") if e.type == "COERCE"]
    assert {p.actor.country for p in banned.actors} == {"TUR"}
    assert not banned.recipients


def test_a_clause_coordinated_after_a_reporting_verb_is_not_its_content():
    [accusation] = [e for e in _english("Moscow said the talks had failed, and Kyiv accused Russia of shelling "
                                        "the city.") if e.type == "ACCUSE"]
    assert accusation.modality == "asserted" and accusation.attribution.kind == "publisher"


def test_a_failure_does_not_negate_the_clause_coordinated_with_it():
    events = _french("Moscou a affirmé que les pourparlers avaient échoué, et Kiev a accusé la Russie de "
                     "bombarder la ville.")
    [accusation] = [e for e in events if e.type == "ACCUSE"]
    assert accusation.modality != "negated" and _dyads([accusation], "ACCUSE") == [({"UKR"}, {"RUS"})]
    [failed] = [e for e in _french("L'armée a échoué à reprendre la ville aux rebelles.") if e.type == "ASSAULT"]
    assert failed.modality == "negated"  # what the failure governs stays negated


def test_a_body_named_with_its_place_is_one_actor():
    [shot] = [e for e in _english("Hong Kong police fired tear gas at protesters on Sunday.") if e.type == "ASSAULT"]
    # the linker reads "Hong Kong police" as one description (Hong Kong's police), not the territory and a body
    assert [(p.actor.kind, p.actor.sector, p.actor.country) for p in shot.actors] == [("group", "police", "HKG")]


# General French news vocabulary (lexicon_fr.yaml, 2026-12 coverage pass): one sentence of our own per sense,
# spread over the 16 types; each must yield its type and mode.
FRENCH_COVERAGE = [
    ("Kiev a pointé du doigt la Russie après l'explosion du barrage.", 'ACCUSE', 'allege'),  # pointer
    ('Des députés ont hué le ministre de la Justice.', 'ACCUSE', 'disapprove'),  # huer
    ('Le président vénézuélien a vitupéré contre les États-Unis.', 'ACCUSE', 'disapprove'),  # vitupérer
    ("Paris regrette la décision de Washington de quitter l'Unesco.", 'ACCUSE', 'disapprove'),  # regretter
    ('Les suspicions de Washington contre Huawei se sont renforcées.', 'ACCUSE', 'allege'),  # suspicion
    ('Pékin a exprimé sa colère contre Washington.', 'ACCUSE', 'disapprove'),  # colère
    ("La Russie et l'Ukraine se sont accordées sur un échange de prisonniers.", 'AGREE', None),  # accorder
    ("L'Iran a acquiescé à la proposition de la France.", 'AGREE', None),  # acquiescer
    ("Le Maroc et l'Espagne ont paraphé un accord migratoire.", 'AGREE', None),  # parapher
    ('Le Soudan et le Tchad ont signé un protocole de paix.', 'AGREE', None),  # protocole
    ('Les Vingt-Sept sont parvenus à un consensus sur le budget.', 'AGREE', None),  # consensus
    ("L'acceptation par le Hamas du plan égyptien a été annoncée.", 'AGREE', None),  # acceptation
    ("L'Iran a approvisionné le Hezbollah en armes.", 'AID', None),  # approvisionner
    ("L'acheminement de l'aide par la Jordanie a repris.", 'AID', None),  # acheminement
    ("Le FMI a versé une nouvelle tranche de son prêt à l'Égypte.", 'AID', None),  # verser
    ("L'Union européenne a mené le sauvetage de la Grèce.", 'AID', None),  # sauvetage
    ("La contribution financière de l'Allemagne à l'Ukraine a doublé.", 'AID', None),  # contribution
    ("Le FMI a libéré une tranche de 1,5 milliard de dollars pour l'Ukraine.", 'AID', None),  # libérer
    ("L'armée ukrainienne a fait reculer les forces russes près de Kharkiv.", 'ASSAULT', None),  # reculer
    ('Des soldats ont roué de coups des civils.', 'ASSAULT', 'beat'),  # rouer
    ('Le prêtre a abusé sexuellement de plusieurs enfants.', 'ASSAULT', 'sexual'),  # abuser
    ('Les séparatistes ont posé une bombe devant la préfecture.', 'ASSAULT', 'explosives'),  # poser
    ("L'Ukraine a lancé une contre-offensive contre les forces russes.", 'ASSAULT', None),  # contre-offensive
    ('Israël a lancé une opération terrestre contre le Hamas à Rafah.', 'ASSAULT', None),  # opération
    ('Le Royaume-Uni veut renvoyer des migrants au Rwanda.', 'COERCE', 'deport'),  # renvoyer
    ('Le régime a mis derrière les barreaux des dizaines de journalistes.', 'COERCE', 'arrest'),  # mettre
    ("L'interception de la flottille par Israël a suscité la colère d'Ankara.", 'COERCE', 'seize'),  # interception
    ('Les forces de sécurité ont verrouillé la capitale.', 'COERCE', 'restrict'),  # verrouiller
    ("Le gouvernement taliban a prohibé l'éducation des filles.", 'COERCE', 'restrict'),  # prohiber
    ('Le gouvernement chinois a durci les restrictions à Shanghai.', 'COERCE', 'restrict'),  # durcir
    ('Le gouvernement a reculé sur la réforme des retraites.', 'CONCEDE', None),  # reculer
    ('Le gouvernement revient sur sa décision de fermer la frontière.', 'CONCEDE', None),  # revenir
    ('Le gouvernement a satisfait les revendications des syndicats.', 'CONCEDE', None),  # satisfaire
    ('Le président iranien a commué la peine de mort du rappeur.', 'CONCEDE', None),  # commuer
    ("L'Allemagne va dédommager les victimes namibiennes.", 'CONCEDE', None),  # dédommager
    ('Le gouvernement a décidé de geler la hausse des taxes sur le carburant.', 'CONCEDE', None),  # geler
    ('Emmanuel Macron a conversé avec Joe Biden pendant une heure.', 'CONSULT', None),  # converser
    ("Le Royaume-Uni veut renégocier l'accord avec l'Union européenne.", 'CONSULT', None),  # renégocier
    ('Les tractations entre Washington et Téhéran se poursuivent.', 'CONSULT', None),  # tractation
    ('Joe Biden a passé un coup de fil à Benjamin Netanyahou.', 'CONSULT', 'phone'),  # coup
    ('Les ministres russe et américain se sont retrouvés à la table des négociations à Genève.', 'CONSULT', None),
    ('Joe Biden a parlé au téléphone avec Xi Jinping.', 'CONSULT', 'phone'),  # parler
    ("La Russie s'est alliée avec la Corée du Nord.", 'COOPERATE', None),  # allier
    ('Le Canada et le Mexique ont joint leurs efforts contre le trafic de fentanyl.', 'COOPERATE', None),  # joindre
    ("La Finlande a adhéré à l'OTAN en 2023.", 'COOPERATE', None),  # adhérer
    ("L'adhésion de la Suède à l'OTAN a été ratifiée par la Turquie.", 'COOPERATE', None),  # adhésion
    ('Le Royaume-Uni va former des pilotes ukrainiens sur F-16.', 'COOPERATE', None),  # former
    ('Paris et Berlin ont coordonné leurs efforts contre le terrorisme.', 'COOPERATE', None),  # coordonner
    ('La Russie a acheminé des troupes vers la frontière.', 'MOBILIZE', 'troops'),  # acheminer
    ('Le redéploiement des forces françaises au Sahel a été annoncé par Paris.', 'MOBILIZE', 'troops'),  # redéploiement
    ('La Russie enrôle des détenus pour combattre en Ukraine.', 'MOBILIZE', 'troops'),  # enrôler
    ("L'Iran a enrichi de l'uranium à 60 %.", 'MOBILIZE', 'weapons'),  # enrichir
    ('La Chine a organisé une parade militaire sur la place Tiananmen.', 'MOBILIZE', 'weapons'),  # parade
    ('La police a procédé au quadrillage du quartier.', 'MOBILIZE', 'police'),  # quadrillage
    ('Le Hamas a appelé au boycott des produits israéliens.', 'PROTEST', 'boycott'),  # appeler
    ('Les cheminots ont tenu un piquet de grève devant la gare.', 'PROTEST', 'strike'),  # piquet
    ('Les agriculteurs ont mené une opération escargot sur le périphérique.', 'PROTEST', 'obstruct'),  # opération
    ('Des centaines de manifestants ont envahi le Parlement à Nairobi.', 'PROTEST', 'obstruct'),  # envahir
    ('Les contrôleurs aériens ont lancé un mouvement de grève.', 'PROTEST', 'strike'),  # mouvement
    ('Les opposants ont investi les rues de Belgrade.', 'PROTEST', 'demo'),  # investir
    ('Moscou a balayé les accusations de Kiev.', 'REJECT', None),  # balayer
    ('Le chancelier allemand a reporté sa visite en Chine.', 'REJECT', 'meet'),  # reporter
    ('Le Conseil constitutionnel a retoqué la loi immigration du gouvernement.', 'REJECT', None),  # retoquer
    ("Israël a ignoré les appels de l'ONU au cessez-le-feu.", 'REJECT', 'yield'),  # ignorer
    ('La Moldavie résiste aux pressions de Moscou.', 'REJECT', 'yield'),  # résister
    ('Le Sénat a enterré le projet de réforme constitutionnelle.', 'REJECT', None),  # enterrer
    ('Les Kurdes revendiquent leur autonomie auprès de Bagdad.', 'REQUEST', 'change'),  # revendiquer
    ('Le pape a adjuré la Russie de cesser les bombardements.', 'REQUEST', None),  # adjurer
    ('La Commission a adressé une mise en demeure à la Hongrie.', 'REQUEST', None),  # mise
    ('Moscou a adressé une sommation à Kiev.', 'REQUEST', None),  # sommation
    ('Le pape a conjuré les belligérants de cesser les combats.', 'REQUEST', None),  # conjurer
    ('Le Vatican a intercédé auprès de Moscou en faveur des prisonniers ukrainiens.', 'REQUEST', None),  # intercéder
    ('Les troupes russes ont reculé près de Kharkiv.', 'RETREAT', 'withdraw'),  # reculer
    ('Le Kazakhstan a mené sa dénucléarisation dans les années 1990.', 'RETREAT', 'disarm'),  # dénucléarisation
    ('Le départ des troupes françaises du Niger a commencé.', 'RETREAT', 'withdraw'),  # départ
    ("L'abdication de la reine Margrethe a surpris le Danemark.", 'RETREAT', 'resign'),  # abdication
    ('La junte birmane a élargi des milliers de prisonniers.', 'RETREAT', 'release'),  # élargir
    ('Les deux armées ont gelé les combats sur la ligne de front.', 'RETREAT', 'ceasefire'),  # geler
    ('Washington a blacklisté plusieurs entreprises chinoises.', 'SANCTION', None),  # blacklister
    ("Pékin a annoncé des représailles commerciales contre l'Union européenne.", 'SANCTION', None),  # représaille
    ("Le Royaume-Uni a stoppé ses exportations d'armes vers l'Arabie saoudite.", 'SANCTION', 'discontinue'),  # stopper
    ("La dénonciation du traité par la Russie a inquiété l'OTAN.", 'SANCTION', 'withdraw'),  # dénonciation
    ('La Lituanie a abaissé le niveau de ses relations diplomatiques avec la Chine.', 'SANCTION', 'withdraw'),
    ('Le Canada a étendu ses sanctions à de nouveaux oligarques russes.', 'SANCTION', None),  # étendre
    ('Le Conseil de sécurité a avalisé le plan de paix américain.', 'SUPPORT', None),  # avaliser
    ("Le Parti républicain s'est rallié à Donald Trump.", 'SUPPORT', None),  # rallier
    ("La réconciliation entre le Maroc et l'Algérie reste lointaine.", 'SUPPORT', None),  # réconciliation
    ("Moscou a donné sa bénédiction à l'opération turque.", 'SUPPORT', None),  # bénédiction
    ("La Chine a voté en faveur de la résolution de l'ONU.", 'SUPPORT', None),  # voter
    ('Washington a exprimé sa satisfaction après la décision de Riyad.', 'SUPPORT', None),  # satisfaction
    ('Le policier a fait trois sommations au conducteur.', 'THREATEN', None),  # sommation
    ('La marine chinoise a effectué des tirs de semonce contre un navire philippin.', 'THREATEN', 'violence'),
    ('Les policiers ont procédé à un tir de sommation.', 'THREATEN', 'violence'),  # tir
    ('La Chine a adressé une mise en garde aux États-Unis.', 'THREATEN', None),  # mise
    ("L'Iran se réserve le droit de riposter contre Israël.", 'THREATEN', 'violence'),  # réserver
]


@pytest.mark.parametrize(("sentence", "event_type", "mode"), FRENCH_COVERAGE)
def test_french_news_vocabulary_by_type(sentence, event_type, mode):
    assert (event_type, mode) in {(e.type, e.mode) for e in _french(sentence)}


# ... and their object or subject restrictions keep the everyday senses out.
FRENCH_NON_EVENTS = [
    ('La Bourse de Paris a reculé de 2 % mardi.', 'CONCEDE'),
    ('Le candidat socialiste a reculé dans les sondages.', 'CONCEDE'),
    ('Le gouvernement a retenu la leçon de la crise.', 'COERCE'),
    ('Le vent a balayé la côte bretonne.', 'REJECT'),
    ('Le président a poursuivi son discours devant les députés.', 'ACCUSE'),
    ("L'équipe de France a battu l'Allemagne 2-0.", 'ASSAULT'),
    ('Le navire a coulé au large de la Libye.', 'ASSAULT'),
    ("Le président est sorti de l'hôpital.", 'SANCTION'),
    ('Le ministre a regretté son absence.', 'ACCUSE'),
    ('Le Premier ministre a formé son gouvernement.', 'COOPERATE'),
    ('La société a conquis le marché chinois.', 'ASSAULT'),
    ('Le parti a revendiqué la victoire aux élections.', 'REQUEST'),
    ("L'Etat islamique a revendiqué l'attentat de Kaboul.", 'REQUEST'),
    ('Le président a posé une bombe politique.', 'ASSAULT'),
    ('Le club a recruté un attaquant brésilien.', 'MOBILIZE'),
    ('Devant la Vierge, ils prient tous les jours.', 'REQUEST'),
    ('Le gouvernement a publié un protocole sanitaire pour les écoles.', 'AGREE'),
    ('Le mécontentement grandit dans les campagnes.', 'ACCUSE'),
    ('Séoul a réagi aux diatribes de Kim Yo Jong.', 'ACCUSE'),
    ('Le président nous parle souvent de vous.', 'CONSULT'),
    ('Des fans se sont plaints du son du concert.', 'ACCUSE'),
    ('Je me suis mis en isolement chez moi.', 'COERCE'),
    ('Il met la droite et la gauche dans le même sac.', 'ASSAULT'),
    ('Les deux amis veulent se faire prendre en photo.', 'ACCUSE'),
    ('Le gouvernement ne doit pas relâcher la pression sur les banques.', 'RETREAT'),
    ('Le mouvement a libéré la parole des femmes.', 'RETREAT'),
    ("Les violences liées à l'insurrection islamiste ont fait fuir les habitants.", 'PROTEST'),
    ("À Paris, le loyer s'élève à 300 euros contre 81 euros.", 'ACCUSE'),
    ('Elle aurait pu se prendre une balle en pleine tête.', 'ACCUSE'),
    ('Le code pénal prévoit une peine de deux à huit ans de prison.', 'SANCTION'),
    ('Le réseau de surveillance a placé le territoire en alerte rouge aux pollens.', 'MOBILIZE'),
    ('Les militaires se rendent compte que le véhicule a été volé.', 'RETREAT'),
    ('Le chanteur a annoncé son départ de la troupe.', 'RETREAT'),
]


@pytest.mark.parametrize(("sentence", "event_type"), FRENCH_NON_EVENTS)
def test_french_everyday_senses_are_not_events(sentence, event_type):
    assert event_type not in {e.type for e in _french(sentence)}


def test_french_future_the_tagger_missed_is_a_threat():
    # "réduirons" comes out Tense=Imp: its surface (infinitive stem + future ending) still makes it a future act,
    # so a threat (made now: asserted), not an assault
    [threat] = [e for e in _french("Si Washington attaque, nous réduirons ses bases en poussière, a déclaré jeudi "
                                   "le président iranien Hassan Rohani.") if e.type in {"THREATEN", "ASSAULT"}]
    assert threat.type == "THREATEN" and threat.modality == "asserted"
    # a past historic ending in "-ra" is no future: "déclara" is not built on the stem of "déclarer"
    from tidings.events.lexicon import lexicon
    from tidings.events.triggers import surface_future
    from tidings.nlp import load_model
    lex = lexicon("fr")
    doc = load_model("fr_core_news_md")("Le ministre déclara la guerre.")
    assert not any(surface_future(t, lex.cues) for t in doc)


def test_french_verb_read_as_a_noun_keeps_its_verb_senses():
    # "réimposé" comes out NOUN with its own form as lemma: the participle's infinitive gives its senses
    assert "SANCTION" in _types(_french("Washington a réimposé des sanctions contre Téhéran la semaine dernière."))
    # a noun the lexicon deliberately leaves uncoded stays uncoded: a danger is no threat
    assert "THREATEN" not in _types(_french("Le président a affirmé que la Corée du Nord n'était plus une menace."))


def test_french_wanted_by_the_courts_is_an_investigation():
    [wanted] = [e for e in _french("L'opposant Ahmed Zaoui est recherché par la justice algérienne depuis mars.")
                if e.type == "ACCUSE"]
    assert wanted.mode == "investigate"
    # who searches matters: a family looking for someone accuses nobody
    assert "ACCUSE" not in _types(_french("La famille de Thomas Durand recherche des témoins de l'accident."))


def test_french_conditional_assent_blame_anger_and_economic_pressure():
    assert "REQUEST" in _types(_french("La Grèce conditionne son accord à l'adoption de sanctions contre la Turquie."))
    assert "ACCUSE" in _types(_french("Le ministre russe Sergueï Lavrov a tenu l'Ukraine pour responsable de "
                                      "l'attaque."))
    assert "ACCUSE" in _types(_french("La décision de Tokyo a provoqué la colère de Pékin."))
    assert ({"USA"}, {"IRN"}) in _dyads(_french("Washington exerce une pression économique maximale sur l'Iran."),
                                        "SANCTION")


def test_french_agentless_charge_is_the_reporting_police_officers_act():
    # the model hangs the incise's inverted subject on "à l'AFP" as an apposition (no comma between)
    [charge] = [e for e in _french("Les six militants sont accusés de sédition, a déclaré à l'AFP un responsable "
                                   "de la police thaïlandaise.") if e.type == "ACCUSE"]
    assert {p.actor.sector for p in charge.actors} == {"police"}


def test_french_passive_infinitive_takes_its_controllers_subject_as_the_one_acted_upon():
    # "sanctionnés" comes out NOUN (a passive auxiliary marks it as a verb); the countries are sanctioned
    assert ({"USA"}, {"IRN"}) in _dyads(_french("Les entreprises iraniennes risquent d'être sanctionnées par les "
                                                "Etats-Unis."), "SANCTION")
    [held] = [e for e in _french("Les manifestants ont été brièvement retenus par les forces de l'ordre.")
              if e.type == "COERCE"]
    assert held.mode == "arrest" and held.recipients


def test_french_labels_praise_and_dismantling():
    assert "ACCUSE" in _types(_french("Ankara considère les militants kurdes comme des terroristes."))
    assert "SUPPORT" in _types(_french("Donald Trump n'a cessé de vanter sa relation avec Kim Jong-un."))
    assert "RETREAT" in _types(_french("La Corée du Nord a annoncé le démantèlement de son site nucléaire."))
    # saluting the memory of the dead is a commemoration, not support
    assert "SUPPORT" not in _types(_french("Le Premier ministre japonais Shinzo Abe a salué la mémoire des soldats "
                                           "morts pendant la guerre."))


def test_french_event_noun_that_is_the_means_of_an_event_verb_is_the_same_act():
    events = _french("Les deux camps s'affrontent régulièrement avec des tirs de roquettes depuis la frontière.")
    assert _types(events).count("ASSAULT") == 1
    # a passive's agent is the act itself, with its own doer
    events = _french("La Turquie, frappée par plusieurs attentats commis par l'Etat islamique, a rejoint la coalition.")
    assert "ASSAULT" in _types(events)


def test_french_opposition_is_a_group_of_the_country():
    # as English "the opposition": "une manifestation de l'opposition" is done by the country's opposition
    [protest] = [e for e in _french("Dimanche, une nouvelle manifestation de l'opposition a eu lieu à Minsk, au "
                                    "Bélarus.") if e.type == "PROTEST"]
    assert {p.actor.sector for p in protest.actors} == {"civil_society"}


def test_french_working_people_and_embassies_are_groups():
    [protest] = [e for e in _french("A Lyon, des cheminots ont manifesté jeudi contre la réforme des retraites.")
                 if e.type == "PROTEST"]
    assert {p.actor.sector for p in protest.actors} == {"civil_society"}
    [call] = [e for e in _french("L'ambassade a appelé les autorités américaines à assurer la sécurité de ses "
                                 "employés.") if e.type == "REQUEST"]
    assert {p.actor.sector for p in call.actors} == {"government"}


def test_french_what_an_accusation_alleges_is_not_an_event_of_its_own():
    # without the rule "encourager" would be a SUPPORT of its own
    events = _french("Le procureur vénézuélien Tarek William Saab accuse Juan Guaido d'avoir fomenté une tentative "
                     "d'invasion et d'encourager des actions pour déstabiliser le régime.")
    assert _types(events) == ["ACCUSE"]


def test_french_concession_promised_under_an_agreement_is_its_content():
    events = _french("Le dirigeant nord-coréen Kim Jong Un s'est engagé à renoncer à son arsenal nucléaire.")
    assert _types(events) == ["AGREE"]


def test_french_light_verb_participle_read_as_a_noun_still_carries_its_event_noun():
    # "fait" comes out NOUN (lemma "fait") after "avoir": it still carries "pression"
    [demand] = [e for e in _french("Le Premier ministre australien Scott Morrison a déclaré avoir fait pression "
                                   "pour que le soldat reste en prison.") if e.type == "REQUEST"]
    assert [p.actor.name for p in demand.actors] == ["Scott Morrison"]


def test_english_names_in_a_title_or_apposition_describe_the_person_or_company():
    [arrest] = [e for e in _english("British police arrested WikiLeaks co-founder Julian Assange on Thursday.")
                if e.type == "COERCE"]
    assert [p.actor.name for p in arrest.recipients] == ["Julian Assange"]
    [fine] = _english("Britain fined Chinese telecom giant Huawei on Monday.")
    assert [p.text for p in fine.recipients] == ["Huawei"]
    [demand] = _english("Egypt must release the journalists, said Mary Smith, regional director at Human Rights Watch.")
    assert [p.text for p in demand.actors] == ["Mary Smith"]


def test_english_offered_act_goes_to_its_to_phrase_rather_than_what_is_given():
    [offer] = _english("Libya has offered to hand over two of its nationals to Great Britain.")
    assert _dyads([offer], "AGREE") == [({"LBY"}, {"GBR"})]


def test_english_event_noun_as_subject_lends_its_doers_and_names_its_target():
    events = _english("The attack on Ukraine by Russia killed ten people.")
    assert [{p.actor.country for p in e.actors} for e in events if e.trigger == "killed"] == [{"RUS"}]
    [tariffs] = _english("Retaliatory tariffs imposed by China have hurt U.S. farmers.")
    assert _dyads([tariffs], "SANCTION") == [({"CHN"}, {"USA"})]


def test_english_demand_a_protest_is_for_is_its_content_and_names_whom_it_is_against():
    events = _english("Thousands of students in Jakarta marched on Friday to demand the resignation of "
                      "Indonesian President Joko Widodo.")
    assert [e.type for e in events] == ["PROTEST"]
    assert {p.actor.country for p in events[0].recipients} == {"IDN"}
    assert not [e for e in _english("Farmers in Ohio held rallies on Monday calling for higher prices.")
                if e.type == "REQUEST"]


def test_english_object_pronoun_is_not_the_doer_wherever_the_doer_is_named():
    events = _english("Emmanuel Macron met Olaf Scholz in Berlin on Monday. Scholz urged him to send more weapons.")
    [request] = [e for e in events if e.type == "REQUEST"]
    assert [p.actor.name for p in request.recipients] == ["Emmanuel Macron"]
    events = _english("Iran seized a British tanker. The United Kingdom demanded that it release the ship.")
    assert ({"GBR"}, {"IRN"}) in _dyads(events, "REQUEST")


def test_english_ended_event_concerns_whom_the_event_was_aimed_at():
    events = _english("Prosecutors in Norway have dropped an investigation into a fraud allegation made against "
                      "Russian businessman Oleg Deripaska.")
    assert ({"NOR"}, {"RUS"}) in _dyads(events, "CONCEDE")


def test_english_bare_definite_kind_noun_takes_up_the_last_actor_of_that_kind():
    events = _english("The Labour Party published a misleading video on Monday. "
                      "Home Secretary Priti Patel condemned the party on Tuesday.")
    [accusation] = [e for e in events if e.type == "ACCUSE"]
    assert [p.actor.name for p in accusation.recipients] == ["Labour Party (UK)"]


def test_english_non_state_actor_may_act_upon_its_own_country():
    events = _english("The Kurdistan Workers' Party threatened to attack Turkey.")
    assert ({"TUR"}, {"TUR"}) in _dyads(events, "THREATEN")


def test_english_mockery_and_reproof_are_accusations_and_disowning_a_rejection():
    assert _dyads(_english("The Kremlin ridiculed Britain on Monday."), "ACCUSE") == [({"RUS"}, {"GBR"})]
    assert _dyads(_english("Germany sharply admonished Poland."), "ACCUSE") == [({"DEU"}, {"POL"})]
    assert [e.type for e in _english("Iran repudiated the nuclear deal.")] == ["REJECT"]


def test_english_accusation_over_an_act_is_against_its_doer_not_whom_it_is_told_to():
    events = _english("Syria complained to the United Nations on Monday over Turkish shelling of its border towns.")
    assert _dyads(events, "ACCUSE") == [({"SYR"}, {"TUR"})]


def test_english_what_is_granted_or_returned_goes_to_its_to_phrase():
    assert _dyads(_english("Kenya has granted political asylum to 20 Somali fighters."), "AID") == [({"KEN"}, {"SOM"})]
    assert _dyads(_english("Russia returned the disputed island to Japan."), "RETREAT") == [({"RUS"}, {"JPN"})]


def test_english_sworn_attack_is_a_threat():
    events = _english("The rebels have sworn to attack the capital until the president resigns.")
    assert [e.type for e in events if e.trigger == "attack"] == ["THREATEN"]


def test_english_a_withheld_gift_concerns_its_to_phrase():
    events = _english("Germany said on Friday it had halted economic aid to Serbia.")
    assert ({"DEU"}, {"SRB"}) in _dyads(events, "SANCTION")


def test_french_incise_accusation_is_about_the_quote_and_its_pronoun_is_not_named_inside_it():
    # the quote an incise follows is what it says; "il" is the speaker named before, not a name in the quote
    events = _french("Emmanuel Macron a reçu lundi les journalistes à l'Elysée. \"La Russie de Vladimir Poutine ne "
                     "respecte aucun de ses engagements et elle a envoyé des mercenaires au Mali\", a-t-il fustigé.")
    assert ({"FRA"}, {"RUS"}) in _dyads(events, "ACCUSE")


def test_french_coordinated_evaluation_judges_the_noun_not_the_clause_after_it():
    # "criminelle" coordinated with "directe" qualifies "responsabilité"; the relative clause names no one judged
    events = _french("\"C'est la responsabilité directe et criminelle de la Russie, qui prétend défendre l'Otan\", "
                     "a ajouté le président français.")
    assert _dyads(events, "ACCUSE") == [({"FRA"}, {"RUS"})]


def test_french_subject_pronoun_may_take_up_a_name_in_a_fronted_adverbial_clause():
    # the fronted "alors que" clause is outside the pronoun's binding domain: "il" is Trump, not Raab before
    events = _french("Le ministre britannique Dominic Raab a démissionné lundi. Alors que Donald Trump avait d'abord "
                     "réagi avec retenue, il s'est finalement déchaîné mardi contre le Premier ministre britannique.")
    assert _dyads(events, "ACCUSE") == [({"USA"}, {"GBR"})]


def test_french_target_hung_on_the_count_of_an_event_noun_is_the_events():
    events = _french("L'armée israélienne a revendiqué une série de frappes nocturnes contre des positions du Hamas "
                     "dans la bande de Gaza.")
    assert [[p.actor.name for p in e.recipients] for e in events if e.type == "ASSAULT"] == [["Hamas"]]


def test_french_demanded_act_of_its_possessor_is_asked_of_them_and_a_singular_possessive_is_no_crowd():
    # "sa démission": asked of the one who would resign, not of the protesters (plural) named before
    events = _french("Les manifestants thaïlandais ont encore défilé dimanche contre Prayut Chan-o-cha. Les étudiants "
                     "réclament sa démission.")
    assert [[p.actor.name for p in e.recipients] for e in events if e.type == "REQUEST"] == [["Prayut Chan-o-cha"]]
    # a release is done to its possessor: the one asked is someone else
    events = _french("Le Premier ministre Prayut Chan-o-cha a reçu les manifestants. Ses avocats réclament sa "
                     "libération.")
    assert all(not e.recipients for e in events if e.type == "REQUEST")


def test_french_offered_dialogue_goes_from_the_ready_side_to_its_partner():
    events = _french("Le ministre grec des Affaires étrangères Nikos Dendias a affirmé que son pays était prêt à avoir "
                     "un dialogue avec la Turquie.")
    assert ({"GRC"}, {"TUR"}) in _dyads(events, "AGREE")


def test_french_who_undergoes_the_passive_an_attack_noun_is_told_through_is_its_target():
    events = _french("Le général iranien Qassem Soleimani a été éliminé le 3 janvier dans une frappe de drone "
                     "américain à Bagdad.")
    assert _dyads(events, "ASSAULT") == [({"USA"}, {"IRN"})]
    # not a cooperative act: a cabinet formed after a resignation is not what the resignation hit
    events = _french("Le gouvernement de Hassan Diab a été formé en janvier après la démission de Saad Hariri.")
    assert all(not e.recipients for e in events if e.type == "RETREAT")


def test_french_who_announced_an_event_noun_does_not_do_it():
    events = _french("La normalisation des relations entre Israël et les Emirats arabes unis, annoncée jeudi par le "
                     "président américain Donald Trump, est historique.")
    assert _countries(events, "SUPPORT", "actors") == [{"ISR", "ARE"}]


def test_french_inverted_clitic_is_the_incise_subject_not_the_quotes_noun():
    events = _french("Emmanuel Macron est arrivé à Beyrouth jeudi. \"C'est bien l'avenir du Liban qui se joue\", "
                     "a-t-il estimé, en appelant à une enquête internationale.")
    assert _countries(events, "REQUEST", "actors") == [{"FRA"}]


def test_french_object_relative_pronoun_stands_for_its_antecedent():
    # "que" (tagged a subordinator by the model) is the accusation's object: the noun right before it
    events = _french("La Grèce, que la Turquie accuse de provocations en mer Egée, a rappelé son ambassadeur.")
    assert ({"TUR"}, {"GRC"}) in _dyads(events, "ACCUSE")


def test_french_object_after_an_adverbial_locution_despite_a_later_misread_object():
    # "en outre" read as a preposition, and "la hausse" far after read as the verb's object
    events = _french("Les associations accusent en outre les autorités turques de ne pas appliquer les lois votées "
                     "en 2012, ce qui explique selon elles la hausse des violences.")
    assert _countries(events, "ACCUSE", "recipients") == [{"TUR"}]


def test_french_one_sided_event_noun_with_a_partner_goes_to_the_partner():
    events = _french("La solidarité de la France avec le Liban est totale.")
    assert _dyads(events, "SUPPORT") == [({"FRA"}, {"LBN"})]


def test_french_who_acts_in_the_clause_a_meeting_is_the_setting_of_takes_part_in_it():
    events = _french("Le président russe Vladimir Poutine a dénoncé toute ingérence au Bélarus, dans un entretien "
                     "téléphonique avec le Premier ministre italien, Giuseppe Conte.")
    assert _countries(events, "CONSULT", "actors") == [{"RUS", "ITA"}]


def test_french_unnamed_doers_in_a_quote_are_the_quoted_speakers_side():
    events = _french("Les bombardements ont repris à Gaza. \"Les avions de combat et des tanks ont frappé un certain "
                     "nombre de cibles militaires du Hamas\", a indiqué l'armée israélienne dans un communiqué.")
    assert _countries(events, "ASSAULT", "actors") == [{"ISR"}]


def test_french_unlinked_speaker_keeps_the_country_its_complement_states():
    # "sud-coréenne" (split at its hyphen by the tokenizer) on the "de" complement, not the article's North Korea
    events = _french("La Corée du Nord a détruit le bureau de liaison. \"Nous ne tolérerons plus ces actions\", a "
                     "averti un porte-parole de la présidence sud-coréenne.")
    assert _countries(events, "THREATEN", "actors") == [{"KOR"}]


def test_french_target_of_an_event_noun_hung_on_its_participle_or_governing_noun():
    events = _french("L'offensive lancée par la Turquie contre le régime syrien a fait des centaines de morts.")
    assert _dyads(events, "ASSAULT") == [({"TUR"}, {"SYR"})]
    events = _french("Téhéran a repris ses activités nucléaires après le rétablissement des sanctions par les "
                     "Etats-Unis contre l'Iran.")
    assert _dyads(events, "SANCTION") == [({"USA"}, {"IRN"})]


def test_french_judging_a_thing_is_judging_whose_thing_it_is():
    events = _french("Les manifestants jugent frauduleux les résultats de l'élection remportée par Alexandre "
                     "Loukachenko.")
    assert [[p.actor.country for p in e.recipients] for e in events if e.type == "ACCUSE"] == [["BLR"]]


def test_french_dative_of_an_event_nouns_participle_is_its_recipient():
    events = _french("L'aide militaire fournie par les Etats-Unis à l'Ukraine a doublé.")
    assert _dyads(events, "AID") == [({"USA"}, {"UKR"})]


def test_french_gerund_is_done_by_its_clause_subject_even_a_passive_one():
    # the model makes "tendant" a `fixed` word of "en" and hangs "à Recep Tayyip Erdogan" on the governor
    events = _french("Le Premier ministre a essayé d'apaiser les tensions en tendant la main à Recep Tayyip Erdogan.")
    [overture] = [e for e in events if e.type == "SUPPORT"]
    assert [p.text for p in overture.actors] == ["Le Premier ministre"]
    assert [p.text for p in overture.recipients] == ["Recep Tayyip Erdogan"]
    [protest] = [e for e in _french("Le militant a été interpellé en manifestant devant l'ambassade.")
                 if e.type == "PROTEST"]
    assert [p.text for p in protest.actors] == ["militant"]


def test_french_agent_of_a_reduced_passive_and_of_an_event_noun_hung_elsewhere():
    events = _french("Les habitants dénoncent la mort d'un jeune homme noir asphyxié par un policier.")
    assert [[p.text for p in e.actors] for e in events if e.type == "ASSAULT"] == [["policier"]]
    events = _french("L'incident a provoqué la convocation de l'ambassadeur d'Italie par le ministère des Affaires "
                     "étrangères.")
    assert [[p.text for p in e.actors] for e in events if e.type == "ACCUSE"] == [["ministère des Affaires étrangères"]]


def test_french_subordinate_subject_pronoun_stands_for_the_main_subject_noun():
    events = _french("Des agriculteurs ont bloqué une autoroute samedi, alors qu'ils manifestaient contre la réforme.")
    protest = [e for e in events if e.trigger == "manifestaient"]
    assert [[p.text.split()[-1] for p in e.actors] for e in protest] == [["agriculteurs"]]
    [arrest] = [e for e in _french("La gendarmerie a indiqué qu'elle avait arrêté trois suspects.")
                if e.type == "COERCE"]
    assert [p.text for p in arrest.actors] == ["La gendarmerie"]
    # no agreement, no antecedent: "elles" is not "les policiers"
    events = _french("Les policiers ont été appelés parce qu'elles manifestaient devant la mairie.")
    assert not [e for e in events if e.type == "PROTEST" and any(p.text == "Les policiers" for p in e.actors)]
    # English: a relative clause on a noun, the verb above it; "he" only for a person noun
    [threat] = [e for e in _english("A Texas man pleaded guilty to charges he threatened to kill a senator.")
                if e.type == "THREATEN"]
    assert [p.text for p in threat.actors] == ["A Texas man"]


def test_french_who_organises_an_event_does_it():
    events = _french("L'opposant a dirigé l'organisation des rassemblements contre le gouvernement.")
    assert [[p.text for p in e.actors] for e in events if e.type == "PROTEST"] == [["opposant"]]


def test_french_compound_tense_hung_on_its_subject_is_active():
    # the model hangs "ont participé" on "personnes" (the root) as a relative clause; the root's final
    # punctuation is no part of the noun's phrase (else "la police" of the incise would be in it)
    events = _french("Quelque 5.000 personnes, selon les estimations de la police, ont participé dimanche à Lyon à une "
                     "manifestation contre la réforme.")
    assert [[p.text for p in e.actors] for e in events if e.type == "PROTEST"] == [["Quelque 5.000 personnes"]]


def test_french_adjunct_infinitive_is_done_by_the_subject_of_a_passive():
    [attack] = [e for e in _french("Le militant a été condamné pour avoir attaqué un policier.") if e.type == "ASSAULT"]
    assert [p.text for p in attack.actors] == ["militant"]
    # a complement is what one is made to do or said to have done, no act of one's own
    events = _french("Une militante accusée d'avoir attaqué un policier a été arrêtée.")
    assert not [e for e in events if e.type == "ASSAULT" and any("militante" in p.text for p in e.actors)]


def test_a_weekday_read_as_an_object_is_neither_controller_nor_actor():
    # the model reads "mardi" as the object of "décidé"; object control must not make it the expeller
    [expel] = [e for e in _french("Les ministres européens ont décidé mardi d'expulser des diplomates russes.")
               if e.type == "SANCTION"]
    assert [p.text for p in expel.actors] == ["Les ministres européens"]
    assert {p.actor.country for p in expel.recipients} == {"RUS"}


# lex2 pass: French locutions and nominalisations of listed verb senses, with their main participant
# (sentence, type, mode, an actor's country, a recipient's country or None)
FRENCH_LOCUTIONS = [
    ("Moscou a annoncé l'annulation de la visite du chancelier allemand.", 'REJECT', 'meet', 'RUS', None),
    ("La France a décidé un durcissement des sanctions contre l'Iran.", 'SANCTION', None, 'FRA', 'IRN'),
    ("Washington a approuvé l'octroi d'un prêt à la Pologne.", 'AID', None, 'USA', 'POL'),
    ("La France a annoncé un renforcement de sa présence militaire en Estonie.", 'MOBILIZE', 'troops', 'FRA', None),
    ("L'Iran dénonce une trahison de l'accord nucléaire par les États-Unis.", 'REJECT', None, 'USA', None),
    ("La Turquie a mis fin aux combats dans le nord de la Syrie.", 'RETREAT', 'ceasefire', 'TUR', None),
    ("Le Royaume-Uni a mis un terme à sa mission en Afghanistan.", 'RETREAT', 'withdraw', 'GBR', None),
    ("Téhéran a fermé la porte à toute négociation avec Washington.", 'REJECT', None, 'IRN', None),
    ("La Hongrie a tourné le dos à l'Union européenne.", 'REJECT', None, 'HUN', None),
    ("Le gouvernement algérien fait la sourde oreille aux demandes de Paris.", 'REJECT', None, 'DZA', None),
    ("Des soldats birmans ont fait feu sur des manifestants.", 'ASSAULT', 'firearms', 'MMR', None),
    ("La Russie a déclaré la guerre à l'Ukraine.", 'THREATEN', 'violence', 'RUS', 'UKR'),
    ("Le Qatar joue les médiateurs entre Israël et le Hamas.", 'CONSULT', 'third-party', 'QAT', None),
    ("Pékin a fait un geste d'apaisement envers Taipei.", 'CONCEDE', None, 'CHN', None),
    ("Paris a tapé du poing sur la table face à Rome.", 'ACCUSE', 'disapprove', 'FRA', None),
    ("Le Maroc et l'Algérie ont enterré la hache de guerre.", 'SUPPORT', None, 'MAR', None),
    ("Les rebelles maliens ont pris les armes contre le gouvernement.", 'MOBILIZE', 'militia', 'MLI', None),
    ("L'Italie et l'Espagne font front commun face à Bruxelles.", 'COOPERATE', None, 'ESP', None),
    ("La Chine hausse le ton contre l'Australie.", 'ACCUSE', 'disapprove', 'CHN', 'AUS'),
    ("La police russe a procédé à la fouille du domicile de l'opposant.", 'COERCE', None, 'RUS', None),
    ("Le président français a rendu visite à son homologue sénégalais.", 'CONSULT', 'visit', 'FRA', 'SEN'),
    ("Le gouvernement britannique a fait volte-face sur la taxe.", 'CONCEDE', None, 'GBR', None),
    ("Les talibans afghans ont fait main basse sur Hérat.", 'COERCE', 'seize', 'AFG', None),
    ("La police iranienne a fait usage de gaz lacrymogène.", 'ASSAULT', 'crowd-control', 'IRN', None),
    ("L'armée turque a pris pour cible des positions kurdes.", 'ASSAULT', None, 'TUR', None),
    ("Le Canada a prêté main-forte à la France.", 'AID', None, 'CAN', None),
    ("La police belge a mis sous les verrous un trafiquant.", 'COERCE', 'arrest', 'BEL', None),
    ("Washington a mis la pression sur Riyad.", 'REQUEST', None, 'USA', None),
    ("Le ministre grec a remis sa démission.", 'RETREAT', 'resign', 'GRC', None),
    ("Les syndicats italiens ont lancé un mot d'ordre de grève.", 'PROTEST', 'strike', 'ITA', None),
]


# ... and the same words in their everyday senses are not events
FRENCH_LOCUTION_NON_EVENTS = [
    ('Les écoles ferment leurs portes samedi.', 'REJECT'),
    ('Il a tourné le dos au public pendant le concert.', 'REJECT'),
    ("L'annulation du match a déçu les supporters.", 'REJECT'),
    ('La police a pris les armes des suspects.', 'MOBILIZE'),
    ('La fouille archéologique a révélé des trésors.', 'COERCE'),
    ('Le renforcement du dollar inquiète les marchés.', 'MOBILIZE'),
    ('Le chef a remis un prix au lauréat.', 'RETREAT'),
    ("Il a fait l'usage de son téléphone.", 'ASSAULT'),
]


# lex2 pass: English phrasal verbs, light-verb idioms and nominalisations of listed verb senses
# (sentence, type, mode, an actor's country, a recipient's country or None)
ENGLISH_PHRASAL = [
    ("Russian police rounded up dozens of opposition activists.", 'COERCE', 'arrest', 'RUS', None),
    ("Morocco broke off diplomatic relations with Iran.", 'SANCTION', 'withdraw', 'MAR', 'IRN'),
    ("Germany declared war on Russia.", 'THREATEN', 'violence', 'DEU', 'RUS'),
    ("The French government gave in to pressure from the unions.", 'CONCEDE', None, 'FRA', None),
    ("Turkey gave the green light to the accession of Finland.", 'AGREE', None, 'TUR', None),
    ("France reached out to China about the war.", 'CONSULT', None, 'FRA', 'CHN'),
    ("Iran slammed the door on talks with Washington.", 'REJECT', None, 'IRN', None),
    ("Japan joined forces with Australia against China.", 'COOPERATE', None, 'JPN', None),
    ("Beijing pushed back against Canadian criticism.", 'REJECT', None, 'CHN', 'CAN'),
    ("Egypt spoke out against the Israeli offensive.", 'ACCUSE', 'disapprove', 'EGY', None),
    ("Russia backed away from its threat against Finland.", 'CONCEDE', None, 'RUS', None),
    ("The United States backed out of the arms control treaty with Russia.", 'SANCTION', 'withdraw', 'USA', None),
    ("Rioters set fire to a police station in Nairobi.", 'ASSAULT', 'destroy', 'KEN', None),
    ("China shrugged off the protest from Japan.", 'REJECT', None, 'CHN', 'JPN'),
    ("Hamas handed over three Thai hostages to Egypt.", 'RETREAT', 'release', 'PSE', None),
    ("Erdogan hit back at Macron over the cartoons.", 'ACCUSE', 'disapprove', 'TUR', 'FRA'),
    ("China kicked out three Australian journalists.", 'SANCTION', 'expel', 'CHN', 'AUS'),
    ("Germany beefed up security around its synagogues.", 'MOBILIZE', 'police', 'DEU', None),
    ("Washington announced a halt to weapons deliveries to Turkey.", 'SANCTION', 'discontinue', 'USA', 'TUR'),
    ("Bolivia announced the expropriation of a Spanish power company.", 'COERCE', 'seize', 'BOL', 'ESP'),
    ("The Prime Minister of Italy tendered his resignation.", 'RETREAT', 'resign', 'ITA', None),
    ("Canada threw its weight behind Ukraine.", 'SUPPORT', None, 'CAN', 'UKR'),
    ("Russia locked up two British spies.", 'COERCE', 'arrest', 'RUS', 'GBR'),
    ("The government of Iran clamped down on the opposition.", 'COERCE', 'restrict', 'IRN', None),
    ("India took aim at Pakistan over the attack.", 'ACCUSE', 'disapprove', 'IND', None),
    ("Turkey lashed back at Sweden over the protests.", 'ACCUSE', 'disapprove', 'TUR', None),
]


ENGLISH_PHRASAL_NON_EVENTS = [
    ('She set the table for dinner.', 'ASSAULT'),
    ('The children gave in to temptation.', 'CONCEDE'),
    ('He hit back at critics of his new film.', 'ASSAULT'),
    ('He broke his leg in the match.', 'SANCTION'),
    ('He locked up the house before leaving.', 'COERCE'),
    ('The referee called for a halt to the game.', 'RETREAT'),
]


def _events_in(lang, sentence):
    return _french(sentence) if lang == "fr" else _english(sentence)


@pytest.mark.parametrize(("lang", "sentence", "event_type", "mode", "actor", "recipient"),
                         [("fr", *case) for case in FRENCH_LOCUTIONS] + [("en", *case) for case in ENGLISH_PHRASAL])
def test_locutions_phrasal_verbs_and_nominalisations(lang, sentence, event_type, mode, actor, recipient):
    found = [(a, r) for e in _events_in(lang, sentence) if (e.type, e.mode) == (event_type, mode)
             for a, r in _dyads([e], event_type)]
    assert any(actor in a and (recipient is None or recipient in r) for a, r in found), found


@pytest.mark.parametrize(("lang", "sentence", "event_type"), [("fr", *case) for case in FRENCH_LOCUTION_NON_EVENTS]
                         + [("en", *case) for case in ENGLISH_PHRASAL_NON_EVENTS])
def test_locution_words_in_everyday_senses(lang, sentence, event_type):
    assert event_type not in {e.type for e in _events_in(lang, sentence)}


# --- accuse branch: speaker evaluations ---------------------------------------------------------------------


def test_french_participial_evaluation_is_its_speakers_criticism():
    # "infondées" is read by the model as the participle of "infonder": still the adjective's evaluation
    events = _french("Le ministre allemand Heiko Maas a déclaré que les accusations de Moscou étaient infondées.")
    assert ({"DEU"}, {"RUS"}) in _dyads(events, "ACCUSE")
    events = _french("Le ministre allemand Heiko Maas a estimé que cette arrestation était politiquement motivée.")
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["allege"]


def test_french_evaluation_families_and_descriptive_adjectives():
    events = _french("Emmanuel Macron a jugé la décision turque arbitraire.")
    assert ({"FRA"}, {"TUR"}) in _dyads(events, "ACCUSE")
    events = _french("Selon Emmanuel Macron, le gouvernement turc a menti sur ses objectifs.")
    assert ({"FRA"}, {"TUR"}) in _dyads(events, "ACCUSE")
    assert not [e for e in _french("Emmanuel Macron a déclaré que la situation était dangereuse.")
                if e.type == "ACCUSE"]


def test_english_evaluation_families_and_descriptive_adjectives():
    events = _english("Sergey Lavrov said the report by the State Department was biased and unwarranted.")
    assert ({"RUS"}, {"USA"}) in _dyads(events, "ACCUSE")
    events = _english("Sergey Lavrov said the arrest was politically motivated.")
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["allege"]
    assert not [e for e in _english("Sergey Lavrov said the situation was dangerous.") if e.type == "ACCUSE"]


def test_an_evaluation_deep_in_an_argument_is_the_writers_not_the_subjects():
    # the party made the video; "deceitful" qualifies a thing the video contains, in the writer's words
    events = _english("The Labour Party produced a video containing a deceitful edit of an interview.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_proceedings_named_by_their_object_are_investigations():
    events = _english("The Democrats launched impeachment hearings against Donald Trump.")
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["investigate"]
    assert not [e for e in _english("The court will hold a hearing next week.") if e.type == "ACCUSE"]
    events = _french("Le Parlement péruvien a lancé une procédure de destitution contre le président Martín Vizcarra.")
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["investigate"]


def test_french_passe_d_armes_read_as_a_verb_is_a_mutual_criticism():
    events = _french("Le sommet a donné lieu à une violente passe d'armes entre la France et la Turquie.")
    assert _countries(events, "ACCUSE", "actors") == [{"FRA", "TUR"}]
    assert not [e for e in _french("Le ministre passe ses vacances en Corse.") if e.type == "ACCUSE"]


def test_verbal_attack_and_summons_families():
    assert _dyads(_english("Sergey Lavrov assailed the decision by Washington."), "ACCUSE") == [({"RUS"}, {"USA"})]
    events = _english("The House Intelligence Committee issued a subpoena to the White House.")
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["investigate"]
    events = _french("Le ministre turc Mevlüt Cavusoglu a jeté l'opprobre sur le gouvernement français.")
    assert _dyads(events, "ACCUSE") == [({"TUR"}, {"FRA"})]


def test_labelling_with_a_stigmatising_word_is_an_allegation():
    events = _french("Le gouvernement turc considère les YPG comme une organisation terroriste.")
    assert [e.mode for e in events if e.type == "ACCUSE"] == ["allege"]
    assert not [e for e in _french("Le ministre a qualifié la réunion de succès.") if e.type == "ACCUSE"]
    assert not [e for e in _french("Le gouvernement doit traiter la menace terroriste.") if e.type == "ACCUSE"]
    assert _dyads(_english("The United States labelled Iran a threat to world security."), "ACCUSE") == [
        ({"USA"}, {"IRN"})]
    assert not [e for e in _english("The United States labelled the products.") if e.type == "ACCUSE"]


def test_passive_agent_naming_a_body_of_people_is_the_actor():
    # "par une coalition", "par l'armée": a collective noun for actors, unlinked, still does the act
    [ousted] = [e for e in _french("Les rebelles ont été chassés de la capitale par une coalition régionale.")
                if e.type == "ASSAULT"]
    assert [p.text for p in ousted.actors] == ["une coalition régionale"]
    [shelled] = [e for e in _french("Le village a été bombardé par l'armée.") if e.type == "ASSAULT"]
    assert [p.text for p in shelled.actors] == ["l'armée"]
    # an international coalition is of no one country, whoever leads it
    [led] = [e for e in _french("Les rebelles ont été chassés de la capitale par une coalition internationale "
                                "conduite par le Tchad.") if e.type == "ASSAULT"]
    assert [(p.text, p.actor.country) for p in led.actors] == [("une coalition internationale", None)]


def test_french_inverted_clitic_on_the_auxiliary_is_the_subject():
    # "avait-elle mis en garde": the model hangs "-elle" on "avait", or takes the euphonic "-t" for the subject
    for incise in ("avait-elle mis en garde", "a-t-elle averti"):
        events = _french(f'Kim Yo Jong a parlé samedi. "Le bureau sera bientôt détruit", {incise}.')
        threats = [e for e in events if e.type == "THREATEN" and e.trigger != "parlé"]
        assert threats and [p.actor.name for p in threats[-1].actors] == ["Kim Yo-jong"], incise


def test_french_clitic_takes_up_the_unlinked_subject_of_the_sentence_before():
    # "Le ministre a parlé. ..., avait-il mis en garde": no name to link, the previous subject is the speaker
    [warned] = [e for e in _french('Le ministre a parlé samedi. "Nous frapperons", avait-il mis en garde.')
                if e.type == "THREATEN"]
    assert [p.text for p in warned.actors] == ["Le ministre"]
    # but only if it agrees: "la ministre" (the article tells the gender) is no "il"
    assert [[p.text for p in e.actors] for e in _french('La ministre a parlé samedi. "Nous frapperons", a-t-elle '
                                                        'averti.') if e.type == "THREATEN"] == [["La ministre"]]
    assert not [e for e in _french('La ministre a parlé samedi. "Nous frapperons", a-t-il averti.')
                if e.type == "THREATEN" and e.actors]


def test_french_avoir_compound_coordinated_with_an_etre_verb_is_active():
    # "sont montés" (a motion verb's "être", read as a passive) does not make "ont jeté" passive
    [thrown] = [e for e in _french("Des soldats sont entrés dans le village et ont frappé les habitants.")
                if e.type == "ASSAULT"]
    assert [p.text for p in thrown.actors] == ["soldats"] and [p.text for p in thrown.recipients] == ["habitants"]


def test_a_state_body_telling_an_act_of_another_body_of_its_state_is_asserted():
    # the White House for the Pentagon's deployment: one state's voice for its own forces (guidelines rule 14)
    [deployment] = [e for e in _english("The Pentagon deployed 3,000 troops to Poland, the White House said on "
                                        "Tuesday.") if e.type == "MOBILIZE"]
    assert deployment.modality == "asserted" and deployment.attribution.kind == "actor"
    # another state's government telling it is a report
    [deployment] = [e for e in _english("The Pentagon deployed 3,000 troops to Poland, the Russian government "
                                        "said on Tuesday.") if e.type == "MOBILIZE"]
    assert deployment.modality == "reported"


def test_reporting_adverbs_put_the_claim_on_the_media_or_unnamed_sources():
    [probe] = [e for e in _english("The company is reportedly being investigated by the state attorney general.")
               if e.type == "ACCUSE"]
    assert (probe.modality, probe.attribution.kind) == ("reported", "media")
    [supply] = [e for e in _english("Iran allegedly supplied drones to Russia.") if e.type == "AID"]
    assert (supply.modality, supply.attribution.kind) == ("reported", "sources")
    # "officially" says the act is formal, not who reports it
    [protest] = [e for e in _english("China officially accused Japan of spying.") if e.type == "ACCUSE"]
    assert (protest.modality, protest.attribution.kind) == ("asserted", "publisher")


def test_an_incise_read_as_a_conjunct_names_the_source():
    # the model reads ", a constaté un journaliste" as a second verb sharing the police's subject
    [volley] = [e for e in _french("La police a tiré des gaz lacrymogènes sur les manifestants, a constaté un "
                                   "journaliste de l'AFP.") if e.type == "ASSAULT"]
    assert volley.modality == "reported" and volley.attribution.actor is not None
    assert volley.attribution.actor.name == "Agence France-Presse"
