"""People taken, dragged or led away, or forcibly sent back: by an armed group an abduction
(ASSAULT, verbs.json v.abduct.take), by police a detention (COERCE, v.take_away.police),
by anyone else no act (issue 4, audit probes section AT)."""

from __future__ import annotations


def test_taken_from_a_car_by_gunmen_is_an_abduction(coded_events, roots):
    evs = coded_events("Two aid workers were taken from their car by gunmen on the road to "
                       "the airport on Monday.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_led_away_by_police_is_a_detention(coded_events, roots):
    evs = coded_events("Police took the two suspects away for questioning on Friday.")
    assert roots(evs)[:1] == ["COERCE"], evs


def test_taken_away_by_relatives_is_no_act(coded_events):
    assert coded_events("The children were taken from the camp by their relatives.") == []


def test_a_sentence_initial_plural_in_men_read_as_a_name(nlp):
    """The tagger may call 'Militiamen' a name whose lemma is the word itself: read as
    'militiaman', so the subject lists of the lexicon match it; 'Rockets' as 'rocket'."""
    from spacy.tokens import Doc

    from dateline.events.words import noun_lemma

    doc = Doc(nlp.vocab, words=["Militiamen", "struck", "Rockets", "Yemen"],
              pos=["PROPN", "VERB", "PROPN", "PROPN"], sent_starts=[True, False, True, True],
              lemmas=["Militiamen", "strike", "Rockets", "Yemen"])
    assert [noun_lemma(doc[i]) for i in (0, 2, 3)] == ["militiaman", "rocket", "yemen"]


def test_militiamen_dragging_men_from_their_homes(coded_events, roots):
    evs = coded_events("Militiamen dragged at least 15 men from their homes overnight.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_forcibly_returned_is_a_deportation(coded_events, roots):
    """A verb entry's 'modifiers' ask for an adverb on the verb (verbs.json v.deport.forcibly):
    refugees forcibly sent back are deported, COERCE; a return without it is no deportation."""
    evs = coded_events("Hundreds of refugees were forcibly sent back across the border by "
                       "the army last week.")
    assert roots(evs)[:1] == ["COERCE"], evs
    evs = coded_events("Kestria repatriated 300 refugees on Friday.")
    assert "COERCE" not in roots(evs), evs
