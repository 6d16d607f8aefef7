"""vetoes.imagined: an instance pictured in a scenario is not one that happened, so it joins
nothing (rules.json scenario_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import generic, imagined

from .helpers import occurrence_at

R = rules()
EXAMPLES = R.raw["scenario_examples"]


def _spill(eid, ex, index=0):
    rule = "occ.accident.spill+noun" if ex["trigger"] == "spill" else "occ.disaster.flood"
    return occurrence_at(eid, {**ex, "at": "first"}, rule, "A", index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_scenario_examples(ex):
    m = _spill("e1", ex)
    assert imagined(m, R) is ex["imagined"]
    if ex["imagined"]:
        assert generic(m, R)


def test_an_imagined_spill_joins_not_the_spill_reported():
    ex = EXAMPLES[0]
    told = {"sentence": "The oil spill off Varn has reached the coast , officials said .",
            "trigger": "spill"}
    a, b = _spill("e1", ex), _spill("e2", told, index=1)
    assert pair_score(a, b, R).veto == "generic"
