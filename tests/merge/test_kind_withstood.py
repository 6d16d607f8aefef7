"""vetoes.kind_withstood: a compound adjective of a kind and '-proof', '-prone' or
'-resistant' tells what withstands or suffers any instance of the kind, no one reported
(rules.json kind_suffixes_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import generic, kind_withstood

from .helpers import mention

R = rules()
EXAMPLES = R.raw["kind_suffixes_examples"]


def _occurrence(eid, ex, index=0):
    m = mention("A", eid, type="OCCURRENCE", rule="occ.disaster.quake+noun",
                trigger=ex["trigger"], date="2025-04-02", sentence=ex["sentence"])
    assert m.nominal
    return replace(m, sentence_index=index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_kind_suffixes_examples(ex):
    m = _occurrence("e1", ex)
    assert kind_withstood(m, R) is ex["generic"]
    if ex["generic"]:
        assert generic(m, R)


def test_a_kind_withstood_joins_not_the_quake_reported():
    proof = next(e for e in EXAMPLES if e["note"] == "what withstands quakes")
    quake = next(e for e in EXAMPLES if e["note"] == "the noun alone")
    a, b = _occurrence("e1", proof), _occurrence("e2", quake, index=1)
    assert pair_score(a, b, R).veto == "generic"
    assert pair_score(a, b, replace(R, raw={**R.raw, "kind_suffixes": []})).veto != "generic"
