"""Acts told through a noun's on-object or a verb its subject undergoes (task C2, issue #4)."""

from __future__ import annotations


def test_drawn_criticism_is_made_by_the_from_phrase_of_the_subject(top_event):
    e = top_event("The port authority's new fees drew sharp criticism from the fishermen's guild.")
    assert (e["root"], e["actor"], e["target"]) == (
        "ACCUSE", "fishermen's guild", "port authority's new fees")


def test_a_noun_on_object_picks_the_sense_and_its_reversal(top_event):
    # a ban on goods is an embargo (SANCTION); lifting it eases sanctions (CAMEO 085 RETREAT)
    assert top_event("Halvard announced a ban on exports of Ostmark grain.")["root"] == "SANCTION"
    assert top_event("Halvard lifted its ban on exports of Ostmark grain.")["root"] == "RETREAT"
    # a ban on a party stays a restriction of political freedom, lifted a concession
    assert top_event("Halvard announced a ban on the Farmers' League.")["root"] == "COERCE"
    assert top_event("Halvard lifted its ban on the Farmers' League.")["root"] == "CONCEDE"


def test_a_sentence_initial_plural_tagged_as_a_name_is_still_the_subject(top_event):
    # 'Guerrillas' opens the sentence: the tagger calls it a name, lemma 'guerrillas'
    e = top_event("Guerrillas snatched two teachers from a school near the dam.")
    assert (e["root"], e["rule"]) == ("ASSAULT", "v.abduct.snatch")


def test_a_participle_is_done_to_its_noun_by_its_by_phrase(top_event):
    # 'seized' has no subject or object of its own: the men seize the farmer it describes
    e = top_event("A farmer, seized by armed men near the market on Friday, is still missing.")
    assert (e["root"], e["rule"]) == ("ASSAULT", "v.abduct.snatch")


def test_an_object_under_a_particle_beside_a_bare_dative_to(top_event):
    # the parser makes 'to' the dative and puts 'weapons' under the particle 'in'
    text = "Some 1,500 former rebels handed in their weapons to African Union monitors."
    assert top_event(text)["root"] == "RETREAT"


def test_an_under_phrase_beside_a_from_object_is_no_object(top_event):
    # the deal names the terms of the withdrawal, not what the troops withdrew from
    e = top_event("Troops withdrew from the village of Brask under the terms of the peace deal.")
    assert e["root"] == "RETREAT"
    assert top_event("The rebels withdrew from the peace talks in Vardo.")["root"] == "SANCTION"
