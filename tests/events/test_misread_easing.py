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


def test_a_verbless_clause_hung_on_a_trailing_report_verb_as_its_second_subject(coded_events):
    # ', official media reported': the parser makes 'restrictions' / 'missiles' a subject or
    # dependent of 'reported' beside 'media' (verb_frames._second_subject)
    for text, root in (
        ("The Cuban government relaxed restrictions on travel abroad by its citizens, official "
         "media reported.", "CONCEDE"),
        ("The air force test-fired two missiles over the sea early on Friday, state television "
         "reported.", "MOBILIZE"),
    ):
        evs = coded_events(text)
        assert evs and evs[0]["root"] == root, (text, evs[:2])


def test_a_noun_that_is_the_report_verbs_own_subject_is_no_verbless_clause(coded_events):
    # 'the newly relaxed rules' stays no easing though a report verb follows
    evs = coded_events("The newly relaxed rules worked well, officials reported.")
    assert "CONCEDE" not in [e["root"] for e in evs]
