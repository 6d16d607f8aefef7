"""'raised their missions to embassy level': the parser reads 'to embassy' as an infinitive
with 'level' its object; the verb's phrase is 'to embassy' all the same (roles.json ranks,
dependents._misread_rank; issue 4, session 55's leftover)."""

from __future__ import annotations

from dateline.events.dependents import particles


def test_to_noun_level_read_as_an_infinitive_is_the_verbs_phrase(nlp, top_event):
    text = "Tarvik and Osk raised their diplomatic missions to embassy level after the treaty."
    doc = nlp(text)
    raised = next(t for t in doc if t.lower_ == "raised")
    embassy = next(t for t in doc if t.lower_ == "embassy")
    if embassy.pos_ == "VERB":  # the misparse this guards against
        assert "to embassy" in particles(raised)
    ev = top_event(text)
    assert ev["root"] == "SUPPORT" and ev["rule"] == "v.support.upgrade_mission", ev


def test_a_level_reached_by_a_real_noun_phrase_is_no_particle(nlp):
    doc = nlp("The army raised its alert to the highest level on Monday.")
    raised = next(t for t in doc if t.lower_ == "raised")
    assert not any(p.startswith("to ") and p != "to level" for p in particles(raised))
