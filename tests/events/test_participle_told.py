"""An event noun after a past participle of one of its light verbs is told done ('the newly
imposed embargo', as 'imposed an embargo'), also as the subject of an intent verb whose
complement is another act (detect.told_by_participle; issue 4, session 24)."""

from __future__ import annotations

import pytest

from dateline.events.lexicon import planned_root


@pytest.mark.parametrize(("text", "root"), [
    ("The newly imposed embargo on Korvish timber, the bloc's harshest step in years, is "
     "expected to cost the mills dearly.", "SANCTION"),
    ("The hastily declared truce in the hills around Ostel held through the night.", "RETREAT"),
])
def test_noun_after_a_light_participle_is_the_act(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]
    assert evs[0]["rule"].startswith("participle:"), evs[0]


def test_participle_that_is_no_light_verb_adds_nothing(coded_events):
    # 'feared' is no light verb of any noun entry: no act is told done
    assert coded_events("The long-feared embargo on timber was the talk of the market.") == []


def test_planned_root_reads_the_participle_rule():
    assert planned_root("participle:impose+n.sanction+intent") == "SANCTION"
