"""vetoes.relief_at_large: aid named by a bare mass noun, with no giver and no sum, is the
relief effort at large, which joins no event (rules.json relief_mass_examples; invented
sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.mention import Number
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import generic, relief_at_large

from .helpers import mention

R = rules()
EXAMPLES = R.raw["relief_mass_examples"]


def _aid(ex, article="A", eid="e1"):
    nums = tuple(Number(float(v), t, counts=u) for v, t, u in ex.get("numbers", ()))
    return mention(article, eid, type="AID", rule="n.aid.standalone", trigger=ex["trigger"],
                   date="2025-04-02", sentence=ex["sentence"], actor=ex.get("actor"),
                   numbers=nums, time_how=ex.get("time_how", "dct"))


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_relief_mass_examples(ex):
    m = _aid(ex)
    assert relief_at_large(m, R) is ex["generic"]
    assert generic(m, R) is ex["generic"]


def test_aid_at_large_joins_no_report_of_aid():
    at_large = _aid(next(e for e in EXAMPLES if e["generic"]))
    again = _aid({"sentence": "Convoys bringing aid reached the north of Varn on Tuesday.",
                  "trigger": "aid"}, article="B", eid="e2")
    assert pair_score(at_large, again, R).veto == "generic"
