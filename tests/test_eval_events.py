"""The event scorer: counts on hand-made gold and system events (no model needed)."""

from __future__ import annotations

from tidings.evaluation.events import EventScores, agree_on_matched, score_sentence
from tidings.model import ActorRef, Attribution, Event, Participant

IRAN = ActorRef(id="Q794", name="Iran", kind="country", country="IRN", sector="government")
ISRAEL = ActorRef(id="Q801", name="Israel", kind="country", country="ISR", sector="government")
GOLD_IRAN = {"id": "Q794", "name": "Iran", "country": "IRN"}
GOLD_ISRAEL = {"id": "Q801", "name": "Israel", "country": "ISR"}


def _event(type_: str, actors: list[ActorRef], recipients: list[ActorRef], modality: str = "asserted",
           attribution: Attribution | None = None) -> Event:
    def part(ref: ActorRef) -> Participant:
        return Participant(ref, ref.name, 0, 1)

    return Event(event_id="e", doc_id="d", type=type_, mode=None, quad_class="verbal_conflict",
                 actors=[part(a) for a in actors], recipients=[part(r) for r in recipients], sentence="s",
                 sentence_start=0, sentence_end=1, trigger="t", trigger_start=0, modality=modality,
                 attribution=attribution or Attribution("publisher"), intensity=-2.0, confidence=0.5,
                 extractor="x", plover_version="v")


def test_type_and_full_counts():
    gold = [{"type": "ACCUSE", "actors": [GOLD_IRAN], "recipients": [GOLD_ISRAEL]},
            {"type": "THREATEN", "actors": [GOLD_IRAN], "recipients": [GOLD_ISRAEL]}]
    got = [_event("ACCUSE", [IRAN], [ISRAEL]), _event("THREATEN", [IRAN], []), _event("ASSAULT", [ISRAEL], [IRAN])]
    (tp, fp, fn), (full_tp, full_fp, full_fn) = score_sentence(gold, got)
    assert (tp, fp, fn) == (2, 1, 0)
    assert (full_tp, full_fp, full_fn) == (1, 2, 1)  # the threat lacks its recipient


def test_modality_and_attribution_agree_on_type_matched_events_only():
    gold = [{"type": "ACCUSE", "actors": [GOLD_IRAN], "recipients": [GOLD_ISRAEL], "modality": "asserted",
             "attribution": None},
            {"type": "THREATEN", "actors": [GOLD_ISRAEL], "recipients": [GOLD_IRAN], "modality": "reported",
             "attribution": {"kind": "anonymous_officials"}},
            {"type": "ASSAULT", "actors": [GOLD_ISRAEL], "recipients": [], "modality": "asserted"}]
    got = [_event("ACCUSE", [IRAN], [ISRAEL], attribution=Attribution("actor", IRAN, "Téhéran")),  # its own word
           _event("THREATEN", [ISRAEL], [IRAN], modality="asserted", attribution=Attribution("media"))]
    scores = EventScores()
    assert agree_on_matched(gold, got, scores)  # the sentence goes to the `--errors` dump
    assert (scores.modality.total, scores.modality.right) == (2, 1)  # the unmatched ASSAULT is not compared
    assert scores.modality.confusions == {("reported", "asserted"): 1}
    assert (scores.attribution.total, scores.attribution.right) == (2, 1)
    assert scores.attribution.confusions == {("anonymous_officials", "media"): 1}


def test_dev_files_pool_by_summed_counts():
    from tidings.evaluation.report import pooled

    def part(tp: int, fp: int, fn: int) -> dict:
        counts = {"tp": tp, "fp": fp, "fn": fn}
        return {"gold_events": tp + fn, "sentences": 10, "type": counts, "type_actors_recipients": counts}

    out = pooled([part(6, 2, 4), part(2, 6, 0)])
    assert out["gold_events"] == 12 and out["sentences"] == 20
    assert (out["type"]["tp"], out["type"]["fp"], out["type"]["fn"]) == (8, 8, 4)
    assert out["type"]["precision"] == 0.5 and out["type"]["recall"] == round(8 / 12, 4)  # not the mean of ratios


def test_a_gold_speaker_who_is_the_actor_counts_as_the_publisher_on_both_sides():
    # one annotator writes the actor as the speaker of its own act, the convention leaves it null: both agree
    gold = [{"type": "ACCUSE", "actors": [GOLD_IRAN], "recipients": [GOLD_ISRAEL], "modality": "asserted",
             "attribution": {"kind": "actor", "actor": GOLD_IRAN}},
            {"type": "THREATEN", "actors": [GOLD_ISRAEL], "recipients": [GOLD_IRAN], "modality": "reported",
             "attribution": {"kind": "actor", "actor": GOLD_IRAN}}]
    got = [_event("ACCUSE", [IRAN], [ISRAEL]),
           _event("THREATEN", [ISRAEL], [IRAN], modality="reported")]  # Iran's claim, told as the publisher's
    scores = EventScores()
    agree_on_matched(gold, got, scores)
    assert (scores.attribution.total, scores.attribution.right) == (2, 1)
    assert scores.attribution.confusions == {("actor:IRN", "publisher"): 1}


def test_unnamed_groups_without_country_are_compared_by_surface():
    west = ActorRef(id=None, name="pays occidentaux", kind="group", country=None, sector="government")
    ngos = ActorRef(id=None, name="ONG", kind="group", country=None, sector="civil_society")
    west_gold = {"id": None, "name": "Western countries", "country": None, "text": "les autres pays occidentaux"}
    gold = [{"type": "REQUEST", "actors": [west_gold], "recipients": [GOLD_IRAN]}]
    assert score_sentence(gold, [_event("REQUEST", [west], [IRAN])])[1] == (1, 0, 0)
    assert score_sentence(gold, [_event("REQUEST", [ngos], [IRAN])])[1] == (0, 1, 1)  # another group
    assert score_sentence(gold, [_event("REQUEST", [ISRAEL], [IRAN])])[1] == (0, 1, 1)  # a state is no match


def test_an_event_of_a_glued_sentence_is_scored_where_its_trigger_is():
    from dataclasses import replace

    from tidings.evaluation.events import _told_in
    glued = replace(_event("ACCUSE", [IRAN], [ISRAEL]), sentence_start=0, sentence_end=80, trigger_start=50,
                    mentions=[(0, 80)])  # the model made one sentence of gold sentences 0-40 and 40-80
    assert not _told_in(glued, 0, 40) and _told_in(glued, 40, 80)
    restated = replace(glued, mentions=[(0, 80), (100, 140)])
    assert _told_in(restated, 100, 140)  # a restatement counts where it is told


def test_scores_per_type_and_participant_errors_of_type_matched_events():
    gold = [{"type": "ACCUSE", "actors": [GOLD_IRAN], "recipients": [GOLD_ISRAEL]},
            {"type": "THREATEN", "actors": [GOLD_IRAN], "recipients": [GOLD_ISRAEL]},
            {"type": "REQUEST", "actors": [GOLD_ISRAEL], "recipients": []}]
    got = [_event("ACCUSE", [IRAN], [ISRAEL]), _event("THREATEN", [IRAN], []),
           _event("REQUEST", [IRAN], [ISRAEL]), _event("ASSAULT", [ISRAEL], [IRAN])]
    scores = EventScores()
    agree_on_matched(gold, got, scores)
    scores.add_sentence(gold, got, "en")
    by_type = scores.as_dict()["by_type"]
    assert by_type["ACCUSE"]["type_actors_recipients"]["f1"] == 1.0
    assert (by_type["THREATEN"]["type"]["tp"], by_type["THREATEN"]["type_actors_recipients"]["tp"]) == (1, 0)
    assert (by_type["ASSAULT"]["type"]["fp"], by_type["ASSAULT"]["type"]["tp"]) == (1, 0)
    # the threat lacks its recipient; the demand has the wrong actor and a recipient the gold lacks
    assert scores.argument_errors == {"recipients missing": 1, "actors wrong": 1, "recipients extra": 1}


def test_pairing_prefers_the_same_type_event_whose_participants_agree():
    gold = [{"type": "ACCUSE", "actors": [GOLD_IRAN], "recipients": [GOLD_ISRAEL]}]
    got = [_event("ACCUSE", [ISRAEL], [IRAN]), _event("ACCUSE", [IRAN], [ISRAEL])]
    scores = EventScores()
    assert not agree_on_matched(gold, got, scores)
    assert not scores.argument_errors


def test_pooled_by_type_sums_the_files():
    from tidings.evaluation.report import pooled

    def part(tp: int, errors: dict) -> dict:
        counts = {"tp": tp, "fp": 0, "fn": 1}
        return {"gold_events": tp + 1, "sentences": 1, "type": counts, "type_actors_recipients": counts,
                "by_type": {"AID": {"type": counts, "type_actors_recipients": counts}}, "argument_errors": errors}

    out = pooled([part(1, {"actors wrong": 2}), part(3, {"actors wrong": 1, "recipients missing": 4})])
    assert out["by_type"]["AID"]["type"]["tp"] == 4 and out["by_type"]["AID"]["type"]["fn"] == 2
    assert out["argument_errors"] == {"recipients missing": 4, "actors wrong": 3}
