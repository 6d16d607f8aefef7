"""vetoes.likened: a kind the speaker compares with ('not seen a spill like this') is no instance
reported, so it joins nothing (rules.json likeness_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import generic, likened

from .helpers import occurrence_at

R = rules()
EXAMPLES = R.raw["likeness_examples"]
RULES = {"spill": "occ.accident.spill+noun", "flood": "occ.disaster.flood+noun",
         "spilled": "occ.accident.spill", "death": "occ.disease.death+noun",
         "Hurricane": "occ.disaster.storm+noun"}


def _occ(eid, ex, index=0):
    return occurrence_at(eid, {**ex, "at": "first"}, RULES[ex["trigger"]], "A", index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_likeness_examples(ex):
    m = _occ("e1", ex)
    assert likened(m, R) is ex["likened"]
    if ex["likened"]:
        assert generic(m, R)


def test_a_kind_likened_to_joins_not_the_spill_reported():
    told = {"sentence": "The spill off Varn has reached the coast , fishermen say .",
            "trigger": "spill"}
    a, b = _occ("e1", EXAMPLES[0]), _occ("e2", told, index=1)
    assert pair_score(a, b, R).veto == "generic"
