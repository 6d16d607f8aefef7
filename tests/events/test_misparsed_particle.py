"""A verb's particle the parser hangs on the object as its adjective ('shot dead two
fishermen': 'dead' an amod of 'fishermen') is read as the verb's (dependents.particles;
issue 4, a probe line that gave no event)."""

from __future__ import annotations

from dateline.events.dependents import particles


def test_shot_dead_with_an_unlisted_object_is_an_attack(coded_events, nlp):
    text = "Coastguards shot dead two fishermen near the reef."
    doc = nlp(text)
    shot = next(t for t in doc if t.lower_ == "shot")
    # the parse this guards against: 'dead' hung on the object, not on the verb
    assert next(t for t in doc if t.lower_ == "dead").dep_ == "amod"
    assert "dead" in particles(shot)
    evs = coded_events(text)
    assert evs and evs[0]["root"] == "ASSAULT" and evs[0]["rule"] == "v.shoot.dead", evs[:2]


def test_an_adjective_of_the_object_elsewhere_is_no_particle(nlp):
    """Only the word right after the verb: 'shot two dead fishermen' has no 'shot dead'."""
    doc = nlp("Coastguards shot two dead fishermen near the reef.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert "dead" not in particles(shot)
