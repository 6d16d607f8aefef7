"""Lexicon verbs and event nouns the tagger misread, left with no event before (issue 4,
session 41 task P2, bench/plover_probes_audit.txt section BE): a past verb taken for an
adjective of the verbless root noun (verb_frames.misread_verb), a headline's verb taken for a
singular noun the parser still gave a subject (verb_frames.subject_noun_verb), a light verb's
object noun taken for an adverb (light._nominal)."""

from __future__ import annotations


def _roots(coded_events, text: str) -> list[str]:
    return [e["root"] for e in coded_events(text)]


def test_a_verb_read_as_an_adjective_of_the_root_noun_is_the_verb(coded_events):
    # 'ceded' is parsed as an amod of the root 'control', the doer as its nmod
    evs = coded_events("Orlund ceded control of the harbour to the peacekeeping force.")
    assert evs and evs[0]["root"] == "RETREAT" and evs[0]["rule"].endswith("+misread"), evs[:2]
    assert evs[0]["actor"] == "Orlund", evs[0]  # the noun right before is its doer


def test_an_adjective_participle_after_an_adverb_is_no_verb(coded_events):
    # 'the newly deployed troops': no doer right before the -ed word
    evs = coded_events("The newly deployed troops reached the border town on Monday.")
    assert not any(e["rule"].endswith("+misread") for e in evs), evs[:2]


def test_a_headline_verb_tagged_as_a_noun_with_a_subject_is_the_verb(coded_events):
    # 'storm' an NN root, 'shell' an NN compound of the root 'capital': both with the
    # parser's nsubj before them
    assert _roots(coded_events, "Troops storm rebel stronghold.")[:1] == ["ASSAULT"]
    assert _roots(coded_events, "Rebels shell capital as talks falter.")[:1] == ["ASSAULT"]


def test_a_noun_with_a_determiner_is_no_headline_verb(coded_events):
    # 'A storm battered the coast': the storm is a thing, told with its article
    assert "ASSAULT" not in _roots(coded_events, "A storm battered the coast on Monday.")


def test_a_light_verb_object_tagged_as_an_adverb_is_still_its_noun(coded_events):
    # 'scorn' is tagged RB though it is the direct object of 'poured'
    evs = coded_events("The minister poured scorn on the union's demands.")
    assert evs and evs[0]["root"] == "ACCUSE" and evs[0]["trigger"] == "poured scorn", evs[:2]
    # a thing poured is no act
    assert coded_events("The minister poured water on the flowers.") == []
