"""vetoes.stance_on: a bare plural after 'in favour of' or 'opposed to' names the kind someone is
for or against, not acts reported (rules.json stance_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import generic, stance_on

from .helpers import mention

R = rules()
EXAMPLES = R.raw["stance_examples"]


def _act(eid, ex, index=0):
    s, trig = ex["sentence"], ex["trigger"]
    m = mention("A", eid, type="ASSAULT", rule="n.assault", trigger=trig, date="2025-04-02",
                sentence=s)
    at = s.index(trig)
    return replace(m, start=at, end=at + len(trig), sentence_index=index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_stance_examples(ex):
    m = _act("e1", ex)
    assert stance_on(m, R) is ex["stance"]
    if ex["stance"]:
        assert generic(m, R)


def test_a_stance_joins_not_the_raids_reported():
    told = next(e for e in EXAMPLES if e["note"] == "no stance")
    stance = next(e for e in EXAMPLES if e["stance"])
    assert pair_score(_act("e1", stance), _act("e2", told, index=1), R).veto == "generic"
