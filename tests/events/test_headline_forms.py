"""Acts told in headline shapes and split particle phrases (session 22 task P, issue #4)."""

from __future__ import annotations

import json

from dateline.events import code_events_jsonl


def _top(nlp, text):
    out = next(code_events_jsonl([json.dumps({"text": text})], nlp=nlp))["events"]
    return out[0] if out else {"root": "NONE", "rule": None}


def test_a_headline_without_its_auxiliary_is_read_as_a_passive(nlp):
    # the bare noun that opens the headline is what was lifted, sent or imposed
    assert _top(nlp, "Curfew lifted in eastern Dorvia.")["root"] == "CONCEDE"
    assert _top(nlp, "Warships sent to Strait of Ober after border incident.")["root"] == "MOBILIZE"
    assert _top(nlp, "Embargo imposed on Tessaly.")["root"] == "SANCTION"
    # the parser may make the noun the root and the verb its participle: still what was imposed,
    # ahead of the nouns after the verb (the 'tests' are no military show here)
    e = _top(nlp, "Sanctions imposed on Tessaly over missile tests.")
    assert (e["root"], e["rule"]) == ("SANCTION", "light:impose+n.sanction")


def test_a_bare_subject_no_entry_names_gives_no_act(nlp):
    # prices are no restriction: their easing is no concession
    assert _top(nlp, "Prices eased in March.")["root"] == "NONE"


def test_a_particle_the_parser_splits_from_its_noun_still_names_the_state(nlp):
    # 'on' made a particle and 'standby' an adverb of 'put': still 'put on standby'
    e = _top(nlp, "Thousands of troops were put on standby in the southern provinces.")
    assert (e["root"], e["rule"]) == ("MOBILIZE", "v.put_on_alert")


def test_a_headline_infinitive_is_a_plan(nlp):
    # 'X to VERB' with no finite verb: what X is to do, coded as 'will VERB' is (a hostile
    # act held out THREATEN, another one promised AGREE), whichever way the parser hangs it
    for text, root in [("Kestria to withdraw troops from disputed border villages.", "AGREE"),
                       ("Veskara to send food aid to flood victims.", "AGREE"),
                       ("Veskara to expel three Kestrian diplomats.", "THREATEN"),
                       ("Kestria to impose curfew in restive south.", "THREATEN")]:
        e = _top(nlp, text)
        assert (e["root"], e["modality"]) == (root, "planned"), text


def test_an_infinitive_beside_a_finite_verb_or_on_an_event_noun_is_no_headline_plan(nlp):
    e = _top(nlp, "Kestria sent troops to the border to deter an attack.")
    assert e["root"] == "MOBILIZE" and e["modality"] != "planned"
    assert _top(nlp, "Veskara expels three Kestrian diplomats.")["root"] == "SANCTION"


def test_a_headline_noun_before_a_verb_read_as_a_plural_noun_is_the_act(nlp):
    # the tagger reads 'cripples', 'halts' as plural nouns and the first noun as their
    # compound: the act the first noun names is still told
    assert _top(nlp, "Strike cripples Belvorian ports for third day.")["root"] == "PROTEST"
    assert _top(nlp, "Blast rocks Veskaran capital, five dead.")["root"] == "ASSAULT"
    # a plural after the noun with no object after it is a plural: no act is told
    assert _top(nlp, "Protest leaders in Orlund capital.")["root"] == "NONE"
