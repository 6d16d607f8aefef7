"""An act judged a violation by whoever reports it is an accusation (roles.json
judged_violations; events.judged): ACCUSE by the one who says so, against the act's doer,
the act itself governed by it; a verdict of blame or praise on an act likewise ACCUSE or
SUPPORT (roles.json verdicts; issue 4, bench/plover_probes_audit.txt sections W and Y)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("judged_violations", "verdicts"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert evs and evs[0]["root"] == ex["root"], evs[:2]


def test_the_judge_accuses_the_doer_and_governs_the_act(coded_events):
    evs = coded_events("The Dorvan foreign ministry said the bombing of the bridge by Kessland "
                       "was a clear breach of the truce.")
    assert (evs[0]["root"], evs[0]["actor"], evs[0]["target"]) == ("ACCUSE", "Dorvan", "Kessland")
    bombing = next(e for e in evs if e["trigger"] == "bombing")
    assert bombing["root"] == "ASSAULT"
    assert {"relation": "governed_by", "event": evs[0]["id"]} in bombing["links"]


@pytest.mark.parametrize("text", [
    "Kessland called the expulsion of its envoys an infringement of the Vienna convention.",
    "Tessia regards the stationing of rockets on the island as a violation of the treaty.",
    "The union said the closure of the mines was in violation of the labour code.",
    "The opposition said the postponement of the vote ran counter to the constitution.",
])
def test_other_shapes_of_judgement(coded_events, text):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == "ACCUSE", evs[:2]


@pytest.mark.parametrize(("text", "root"), [
    # an actor breaking a rule does the act; a violation no one reports is the act
    ("Observers said Dorvan troops had violated the ceasefire on Sunday.", "ASSAULT"),
    ("The shelling violated the ceasefire.", "ASSAULT"),
    ("Dorvan troops crossed into the buffer zone in violation of the truce, monitors said.",
     "ASSAULT"),
])
def test_no_judgement_of_an_act(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]
    assert all("judged" not in e["rule"] for e in evs)


def test_praise_of_an_act_supports_its_doer(coded_events):
    evs = coded_events("The Dorvan president said Kessland's release of the fishermen was a "
                       "welcome gesture.")
    assert (evs[0]["root"], evs[0]["actor"], evs[0]["target"]) == ("SUPPORT", "Dorvan", "Kessland")
    release = next(e for e in evs if e["trigger"] == "release")
    assert {"relation": "governed_by", "event": evs[0]["id"]} in release["links"]


@pytest.mark.parametrize(("text", "root"), [
    ("Tessia said the reopening of the port was a sign of good faith.", "SUPPORT"),
    ("Kessland regards the shelling of the border post as a hostile act.", "ACCUSE"),
    ("The foreign ministry said the expulsion of the monitors was unacceptable and reckless.",
     "ACCUSE"),
])
def test_a_verdict_word_qualifying_or_completing_the_predicate(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]


def test_a_verdict_on_an_actor_judges_no_act(coded_events):
    # the subject is a party, not an act: no verdict on an act is told
    evs = coded_events("The minister said the rebels were a provocation to the region.")
    assert all("judged" not in e["rule"] for e in evs)


def test_a_feeling_shown_at_an_act_judges_it(coded_events):
    evs = coded_events("Kessland voiced alarm at the shelling of Dorvan border villages.")
    assert (evs[0]["root"], evs[0]["actor"]) == ("ACCUSE", "Kessland")
    shelling = next(e for e in evs if e["trigger"] == "shelling")
    assert {"relation": "governed_by", "event": evs[0]["id"]} in shelling["links"]
    evs = coded_events("The Dorvan president said he was pleased with Osk's release of the "
                       "detainees.")
    assert evs[0]["root"] == "SUPPORT"


def test_a_feeling_about_no_act_judges_nothing(coded_events):
    # the weather is no act: no reaction to an act is told
    evs = coded_events("The farmers expressed concern about the weather in the north.")
    assert all("reaction" not in e["rule"] for e in evs)


def test_a_judgement_keeps_who_judges_and_the_act_for_args(nlp):
    # judge() reads (who judges, the act judged) once, with the walk up to the report
    # verb; args takes the parties from the candidate instead of walking again
    from dateline.events import detect

    sent = next(nlp("The Dorvan ministry said the bombing of the bridge by Kessland was a "
                    "clear breach of the truce.").sents)
    judged = [c for c in detect.find(sent) if c.judged is not None]
    assert len(judged) == 1 and "judged" in judged[0].rule
    teller, act = judged[0].judged
    assert teller is not None and (teller.text, act.text) == ("ministry", "bombing")
    plain = next(nlp("Kessland bombed the bridge on Monday.").sents)
    assert all(c.judged is None for c in detect.find(plain))
