"""Conflict-news constructions (issue #4, bench/eval_st_events.py): our own sentences."""

from __future__ import annotations

import json

from dateline.events import code_events_jsonl


def _events(text: str) -> list[dict[str, object]]:
    (out,) = code_events_jsonl([json.dumps({"text": text})])
    return list(out["events"])


def test_a_passive_infinitive_under_a_reported_passive_is_done_to_its_subject():
    # 'shells' is the subject of 'were reported', and what 'been fired' was done to
    evs = _events("Some 90 shells are reported to have been fired, and a few of them "
                  "were intercepted; others caused damage.")
    assert evs and evs[0]["root"] == "ASSAULT" and evs[0]["trigger"] == "fired"


def test_a_predicate_adjective_parsed_as_an_adverbial_clause_is_still_read():
    evs = _events("The envoy said he held the rebels solely responsible for the violations "
                  "and demanded an apology.")
    assert [(e["root"], e["trigger"]) for e in evs][:2] == [
        ("ACCUSE", "held"), ("REQUEST", "demanded")]
    assert evs[0]["target"] == "rebels"


def test_shooting_a_nationality_is_an_assault():
    evs = _events("Border guards shot two Moldovans near the crossing.")
    assert (evs[0]["root"], evs[0]["actor"]) == ("ASSAULT", "Border guards")


def test_ending_a_ceasefire_is_refusing_it_and_breaking_it_fighting():
    assert _events("The militia called off the truce after two days.")[0]["root"] == "REJECT"
    assert _events("The junta abandoned the ceasefire it had declared.")[0]["root"] == "REJECT"
    assert _events("The militia broke the truce by shelling the port.")[0]["root"] == "ASSAULT"


def test_speaking_out_against_is_criticism_and_voting_against_a_rejection():
    evs = _events("The bishops spoke out against the junta and its curfew.")
    assert (evs[0]["root"], evs[0]["target"]) == ("ACCUSE", "junta")
    assert _events("Parliament voted against the treaty.")[0]["root"] == "REJECT"


def test_a_fired_weapon_is_the_means_and_what_it_was_fired_at_the_target():
    evs = _events("Mortars were fired from the hills towards the harbour in retaliation.")
    assert (evs[0]["root"], evs[0]["target"]) == ("ASSAULT", "harbour")
    evs = _events("Rockets were fired at the town.")  # sentence-initial plural, tagged a name
    assert (evs[0]["root"], evs[0]["target"]) == ("ASSAULT", "town")
    assert _events("Rockets were fired.")[0]["root"] == "ASSAULT"
    # a weapon shot down is what the act was done to
    evs = _events("A missile was shot down over the capital.")
    assert (evs[0]["root"], evs[0]["target"]) == ("ASSAULT", "missile")


def test_a_light_verb_takes_no_event_noun_from_a_finite_clause_it_governs():
    # the union announced no talks: it announced that they had failed
    assert _events("The union announced that the wage talks had failed.") == []
    # a to-infinitive's subject still is the verb's object, and so is a noun a participle
    # follows ('the curfew imposed ...', tagged as a past tense)
    assert _events("The government allowed opposition parties to campaign freely."
                   )[0]["root"] == "CONCEDE"
    assert _events("President Borel on Monday shortened by two hours the nightly curfew "
                   "imposed in Norland after the coup.")[0]["root"] == "CONCEDE"


def test_a_call_for_someone_to_act_is_a_request_governing_the_act():
    evs = _events("The bishops called for the army to withdraw.")
    assert [(e["root"], e["trigger"]) for e in evs] == [
        ("REQUEST", "called"), ("RETREAT", "withdraw")]


def test_rockets_sent_into_a_place_are_fired_and_weapons_sent_to_a_state_are_arms():
    evs = _events("The rebels began sending rockets into the town again.")
    assert (evs[0]["root"], evs[0]["target"]) == ("ASSAULT", "town")
    assert _events("Washington sent missiles to Kyiv last spring.")[0]["root"] == "AID"


def test_the_party_of_an_agreement_is_its_target_not_what_was_agreed():
    evs = _events("Norland and Borland agreed to a 9-hour humanitarian ceasefire on Sunday.")
    assert (evs[0]["root"], evs[0]["actor"], evs[0]["target"]) == ("AGREE", "Norland", "Borland")
    evs = _events("Norland agreed to a ceasefire with Borland.")
    assert (evs[0]["actor"], evs[0]["target"]) == ("Norland", "Borland")
    assert _events("The government rejected Hamas's proposal.")[0]["target"] == "Hamas"
    # where talks were held is their location, not who took part
    evs = _events("The envoy held talks in Geneva.")
    assert (evs[0]["root"], evs[0]["target"]) == ("CONSULT", None)


def test_what_a_fired_weapon_was_aimed_at_follows_the_verb():
    # the fronted 'at the end of the truce' is a time, the 'at' after the verb the target
    evs = _events("At dawn, at the end of the truce, rockets from the hills were fired at "
                  "the port.")
    assert (evs[0]["root"], evs[0]["target"]) == ("ASSAULT", "port")


def test_an_attack_noun_subject_targets_the_verbs_object():
    evs = _events("The warning came as an air strike destroyed an office building in the port.")
    assert evs[0]["root"] == "ASSAULT" and "office building" in (evs[0]["target"] or "")


def test_a_date_after_the_verb_is_no_particle_of_it():
    # 'on Monday' says when: the reservists are called up, not called on
    evs = _events("The defence ministry called up 15,000 more reservists on Monday.")
    assert (evs[0]["root"], evs[0]["rule"]) == ("MOBILIZE", "v.call_up")
    # and 'called on' still demands, with or without a date
    evs = _events("The envoy called on Tuesday for an end to the shelling.")
    assert evs[0]["root"] == "REQUEST"
    # 'for' before a date is still the call's own 'for'
    evs = _events("The union called for tomorrow to be a day of strikes.")
    assert evs[0]["root"] == "REQUEST"


def test_a_passive_act_takes_its_doer_from_a_when_clause_that_codes_an_act():
    evs = _events("Two farmers were killed when the navy launched a rocket at their truck.")
    assert (evs[0]["root"], evs[0]["actor"]) == ("ASSAULT", "navy")
    # a weapon does not act: no actor rather than the shell
    evs = _events("Five passengers were killed when a shell hit their bus.")
    assert evs[0]["trigger"] == "killed" and evs[0]["actor"] is None


def test_a_participle_under_a_passive_report_is_done_to_the_reports_subject():
    evs = _events("At least eight villagers have been reported killed during the raids.")
    assert (evs[0]["trigger"], evs[0]["target"]) == ("killed", "At least eight villagers")


def test_people_from_a_named_group_act_as_the_group():
    evs = _events("Fighters from the Falcon Brigade stormed the radio station.")
    assert evs[0]["actor"] == "Falcon Brigade"
    # from a place: the noun's own phrase names them
    evs = _events("Gunmen from the hills attacked the convoy.")
    assert evs[0]["actor"] == "Gunmen"


def test_lifting_a_blockade_is_retreat_other_restrictions_concessions():
    assert _events("The navy lifted its blockade of the island.")[0]["root"] == "RETREAT"
    evs = _events("The government lifted its ban on the opposition party.")
    assert evs[0]["root"] == "CONCEDE"
