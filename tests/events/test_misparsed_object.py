"""A plural noun the parser makes a clausal complement of its verb ('began manoeuvres off
the coast': 'manoeuvres' an xcomp, 'off' its particle) is the verb's object
(dependents.objects; issue 4, a blind MOBILIZE batch)."""

from __future__ import annotations

from dateline.events.dependents import objects


def test_an_xcomp_plural_noun_is_an_object(coded_events, nlp):
    text = "The Kestrian navy began manoeuvres off the Orlundi coast on Sunday."
    doc = nlp(text)
    began = next(t for t in doc if t.lower_ == "began")
    noun = next(t for t in doc if t.lower_ == "manoeuvres")
    assert noun.dep_ == "xcomp"  # the misparse this guards against
    assert noun in objects(began)
    evs = coded_events(text)
    assert evs and evs[0]["root"] == "MOBILIZE" and evs[0]["trigger"] == "began manoeuvres"


def test_a_verb_complement_stays_no_object(nlp):
    """'began to withdraw': a verb in the complement is no noun object."""
    doc = nlp("The army began to withdraw its units from the valley.")
    began = next(t for t in doc if t.lower_ == "began")
    assert all(o.pos_ != "VERB" for o in objects(began))
