"""merge.flowing.flowing_noun: a spill's noun after a flow verb's -ing form ('the gushing
oil leak') tells the flow going on, which going_split parts from the spill (rules.json
flowing_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.flowing import flowing_noun
from dateline.merge.vetoes import going_on, going_split

from .helpers import mention

R = rules()


def _spill(article, sentence, trigger, noun=True):
    return mention(article, "e1", type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                   rule="occ.accident.spill" + ("+noun" if noun else ""), sentence=sentence)


@pytest.mark.parametrize("ex", R.raw["flowing_examples"], ids=lambda e: e["sentence"][:40])
def test_flowing_examples(ex):
    m = _spill("a", ex["sentence"], ex["trigger"])
    assert flowing_noun(m, R) is ex["flowing"]
    assert going_on(m, R) is ex["flowing"]


def test_only_a_listed_kind_s_noun():
    fire = mention("a", "e1", type="OCCURRENCE", trigger="fire", date="2031-02-03",
                   rule="occ.accident.fire+noun", sentence="Crews fought the flowing fire .")
    assert not flowing_noun(fire, R)
    verb = _spill("a", "Oil from the gushing well spilled into Varn Bay .", "spilled", noun=False)
    assert not flowing_noun(verb, R)


def test_the_gushing_leak_leaves_the_spill_s_group():
    leak = _spill("a", "Robots fitted a cap on the gushing Varn Bay oil leak on Monday .", "leak")
    spill = mention("a", "e2", type="OCCURRENCE", trigger="spill", date="2031-02-03",
                    rule="occ.accident.spill+noun",
                    sentence="Officials call the cap a stopgap for the spill .")
    ms = {leak.key: leak, spill.key: spill}
    got = going_split([[leak.key, spill.key]], ms, R)
    assert sorted(got) == sorted([[spill.key], [leak.key]])
