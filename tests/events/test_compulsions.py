"""A party forcing another to do what is no coded act coerces it (roles.json compulsions,
verb_frames.compelled; issue 4, plover_probes_audit.txt section BK)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("compulsions"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_compulsion_examples(top_event, ex):
    assert top_event(ex["text"])["root"] == ex["root"]


def test_forcer_is_actor_and_forced_the_target(top_event):
    ev = top_event("The junta forced the state airline to fly its planes to Osk.")
    assert (ev["root"], ev["rule"]) == ("COERCE", "frame:compelled")
    assert ev["actor"] == "junta" and ev["target"] == "state airline"


@pytest.mark.parametrize("text", [
    "The storm forced the airline to keep its planes on the ground.",  # no party forces
    "The airline was forced to keep its planes on the ground.",  # passive: no forcer
    "The new rules forced the airline to keep its planes on the ground.",  # no party
])
def test_no_coercion_without_a_forcing_party(coded_events, text):
    assert "frame:compelled" not in [e["rule"] for e in coded_events(text)]


def test_coded_complement_stays_the_event(top_event):
    """'forced the rebels to pull back': the complement's own act is coded."""
    ev = top_event("The army forced the rebels to pull back from the town.")
    assert (ev["root"], ev["rule"]) != ("COERCE", "frame:compelled")
    assert ev["root"] == "RETREAT"
