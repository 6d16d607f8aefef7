"""An easing verb the parser reads as an adjective of its object, leaving the sentence
verbless (task C1 of session 18, bench/plover_probes_modes.txt): verb_frames.misread_easing."""

from __future__ import annotations


def test_an_easing_verb_read_as_an_adjective_still_eases_its_object(coded_events):
    # 'relaxed' is parsed as an amod of the root 'censorship' / 'restrictions'
    for text in ("The military council relaxed censorship of the press on Friday.",
                 "The junta relaxed travel restrictions imposed after the coup."):
        evs = coded_events(text)
        assert evs and evs[0]["root"] == "CONCEDE", (text, evs[:2])


def test_an_easing_read_as_an_adjective_under_a_prepositional_root_phrase(coded_events):
    # 'Officials in Vardo relaxed ...': the parser makes 'Officials' the root and the eased
    # restrictions the object of its in-phrase
    evs = coded_events("Officials in Vardo relaxed travel restrictions on foreign reporters.")
    assert evs and evs[0]["root"] == "CONCEDE", evs[:2]


def test_an_eased_thing_with_no_doer_before_it_is_no_easing(coded_events):
    # 'the newly relaxed rules': the -ed word follows an adverb, not a doer
    evs = coded_events("The newly relaxed rules took effect in Tarvik on Monday.")
    assert "CONCEDE" not in [e["root"] for e in evs]
