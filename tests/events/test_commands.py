"""A command verb's to-complement as the event (roles.json commands; detect._commanded_act):
a hostile act ordered of a state is the act, as one ordered of the commander's own force is;
another act ordered of a state or a court's order to a government is asked for (issue 4,
bench/eval_st_events.py's second gaza sample)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("commands", "violation_claims"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_top_root_examples(coded_events, ex):
    """roles.json examples of sections coded by the top root (commands; violation_claims,
    tests/events/test_violation_claims.py)."""
    evs = coded_events(ex["text"])
    assert evs and evs[0]["root"] == ex["root"], evs[:2]


def test_ordered_strikes_keep_their_target(coded_events):
    evs = coded_events("The prime minister ordered Marovia to respond and resume air strikes "
                       "on the border towns.")
    assert [e["root"] for e in evs] == ["ASSAULT"]
    assert evs[0]["target"] == "border towns"
