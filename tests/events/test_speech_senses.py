"""Words of the six big roots used in senses that are no such act, and idioms that are
(bench/plover_probes_accuse.txt, task C1): 'declined to comment', 'warned of storms',
'met with criticism', 'would not hesitate to', 'failed to reach agreement', 'the talks
between X and Y'."""

from __future__ import annotations


def test_refusing_to_discuss_is_still_a_rejection(coded_events):
    # only speaking about the matter is listed: refusing talks is CAMEO 125
    e = coded_events("The rebels refused to discuss the Tarvik proposal.")[0]
    assert (e["root"], e["rule"]) == ("REJECT", "v.reject")


def test_a_warning_of_what_the_speaker_will_do_stays_a_threat(coded_events):
    e = coded_events("Dorvan warned Tarvik of serious consequences.")[0]
    assert e["root"] == "THREATEN"


def test_not_hesitating_is_an_intention_in_the_future_and_the_act_in_the_past(coded_events):
    e = coded_events("Tarvik would not hesitate to cut off gas supplies to Dorvan.")[0]
    assert (e["root"], e["modality"], e["negated"]) == ("THREATEN", "planned", False)
    assert e["rule"].endswith("+intent")
    e = coded_events("The police did not hesitate to open fire on the crowd.")[0]
    assert (e["root"], e["modality"], e["negated"]) == ("ASSAULT", "asserted", False)
    # 'hesitated' without a negation is not made an intention
    e = coded_events("The army hesitated to attack the town.")[0]
    assert not e["rule"].endswith("+intent")


def test_failing_at_an_attack_stays_the_attack(coded_events):
    e = coded_events("The rebels failed to capture the town.")[0]
    assert (e["root"], e["rule"]) == ("ASSAULT", "v.assault.capture")
    e = coded_events("The two factions failed to agree on a transitional government.")[0]
    assert (e["root"], e["rule"]) == ("SANCTION", "v.agree+failed")


def test_a_between_phrase_names_the_parties_of_an_event_noun(coded_events):
    text = ("The talks between the two defence ministers, held behind closed doors in Abra, "
            "focused on the exchange of prisoners, officials said.")
    e = coded_events(text)[0]
    assert (e["root"], e["trigger"]) == ("CONSULT", "talks")
    # a noun that is no event noun is no event for it
    assert coded_events("The border between the two states runs along the river.") == []


def test_meeting_with_criticism_is_no_meeting(coded_events):
    evs = coded_events("The new budget met with sharp criticism from the Tarvik opposition.")
    assert [e["root"] for e in evs] == ["ACCUSE"]
    e = coded_events("The president met with opposition leaders on Monday.")[0]
    assert e["root"] == "CONSULT"  # 'opposition' as a modifier keeps the meeting


def test_an_act_told_as_possible_on_a_condition_is_an_intention(coded_events):
    text = "Dorvan said it might close its border with Tarvik if the smuggling went on."
    e = coded_events(text)[0]
    assert (e["root"], e["modality"]) == ("THREATEN", "planned")
    # without a condition 'might' only hedges the act
    e = coded_events("Dorvan might close its border with Tarvik.")[0]
    assert (e["root"], e["hedged"]) == ("COERCE", True)


def test_a_phrasal_verb_is_no_intent_word(coded_events):
    # 'set up roadblocks' is no 'set to': the protest beside it is told as done
    text = ("Angry fishermen set up roadblocks on the coastal highway, protesting against "
            "a fishing ban.")
    e = coded_events(text)[0]
    assert (e["root"], e["modality"]) == ("PROTEST", "asserted")
