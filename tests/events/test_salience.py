"""Which act a long sentence reports, and acts told without a plain main verb (task C2,
bench/plover_probes_salience.txt)."""

from __future__ import annotations


def test_a_fronted_after_clause_the_parser_made_the_root_is_background(coded_events):
    # the parser takes 'severed' for the root and 'agreed' for its conjunct
    text = ("A year after the two states severed diplomatic relations over the death of a "
            "reporter, Kessland and Dravia agreed on Friday to restore ties.")
    evs = coded_events(text)
    assert evs[0]["root"] == "AGREE", evs[:2]
    assert "SANCTION" in [e["root"] for e in evs]  # still told, ranked after


def test_a_parsed_subordinate_clause_stays_background(coded_events):
    text = "While police arrested 30 people in Orlen, the rebels shelled the harbour."
    assert coded_events(text)[0]["root"] == "ASSAULT"


def test_an_event_noun_that_comes_into_force_is_an_event(coded_events):
    evs = coded_events("An embargo on arms sales to Dravia came into force on Friday.")
    assert evs and evs[0]["root"] == "SANCTION"
    # 'came home' tells no event of the noun
    evs = coded_events("The delegation came home from the talks on Friday.")
    assert evs[0]["root"] == "CONSULT"
    assert not coded_events("The strike team came home on Friday.")


def test_a_measure_that_remains_in_force_is_told_going_on(coded_events):
    """'remained in force / in place' (roles.json subject_events with_words, announced): the
    curfew is told in force, as 'came into force' tells it; a person staying in place is no
    act."""
    evs = coded_events("A curfew remained in force in the northern town for a third day on "
                       "Wednesday, the army said.")
    assert evs and evs[0]["root"] == "COERCE", evs
    evs = coded_events("The sanctions on Dravia will stay in place until the elections.")
    assert evs and evs[0]["root"] == "SANCTION", evs
    assert not coded_events("The minister remained in place after the vote.")


def test_the_root_noun_of_a_verbless_sentence_is_told_as_happening(coded_events):
    evs = coded_events("Talks between Kessland and the guerrillas in Orlen on Friday.")
    assert [e["root"] for e in evs] == ["CONSULT"]


def test_a_headline_verb_tagged_as_a_plural_noun_is_read_as_the_verb(nlp):
    from spacy.tokens import Doc

    from dateline.events import detect

    # the tagger's reading of such a headline, built by hand: 'expels' a plural noun, the root
    words = ["Kessland", "expels", "three", "Dravian", "diplomats", "over", "spy", "row"]
    doc = Doc(nlp.vocab, words=words,
              pos=["PROPN", "NOUN", "NUM", "PROPN", "NOUN", "ADP", "NOUN", "NOUN"],
              tags=["NNP", "NNS", "CD", "NNP", "NNS", "IN", "NN", "NN"],
              deps=["compound", "ROOT", "nummod", "compound", "appos", "prep", "compound",
                    "pobj"],
              heads=[1, 1, 4, 4, 1, 4, 7, 5],
              lemmas=["Kessland", "expel", "three", "Dravian", "diplomat", "over", "spy", "row"],
              sent_starts=[True] + [False] * 7)
    cands = detect.find(next(iter(doc.sents)))
    assert [(c.root, c.head.text) for c in cands] == [("SANCTION", "expels")]
    assert cands[0].rule.endswith("+headline")
    # a plural that is an event noun of its own stays the noun ('Talks in Orlen')
    words = ["Talks", "in", "Orlen"]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "ADP", "PROPN"], tags=["NNS", "IN", "NNP"],
              deps=["ROOT", "prep", "pobj"], heads=[0, 0, 1], lemmas=["talk", "in", "Orlen"],
              sent_starts=[True, False, False])
    assert [c.rule for c in detect.find(next(iter(doc.sents)))] == ["n.consult"]


def test_riot_police_sent_are_no_riot(coded_events):
    evs = coded_events("The governor sent riot police to the port of Orlen on Friday.")
    assert "PROTEST" not in [e["root"] for e in evs]


def test_a_third_party_named_answerable_for_an_act_is_accused(coded_events):
    evs = coded_events("Officials in Orlen said the Dravian army was responsible for the massacre.")
    assert evs[0]["root"] == "ACCUSE"
    # not a pronoun (a side may claim its own act), nor an answerability for no act
    assert "ACCUSE" not in [e["root"] for e in coded_events(
        "The guerrillas said they were responsible for the bombing of the depot.")]
    assert not coded_events("The navy is responsible for security along the coast.")
