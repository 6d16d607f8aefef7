"""merge.mention.once: a one-mention test worked out once per mention and rules object."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import rules
from dateline.merge.mention import once
from dateline.merge.vetoes import _generic, generic

from .helpers import mention


def test_once_works_out_a_test_once_per_rules_object():
    calls = []

    def count(m, r):
        calls.append(r)
        return len(m.trigger)

    m = mention("A", type="ASSAULT", trigger="shelled", sentence="Troops shelled the port.")
    r = rules()
    assert once(m, "n", r, count) == 7 and once(m, "n", r, count) == 7
    assert calls == [r]
    other = replace(r, raw=dict(r.raw))  # other rules: worked out again, then kept for them
    assert once(m, "n", other, count) == 7 and len(calls) == 2
    assert once(m, "n", other, count) == 7 and len(calls) == 2
    again = replace(m, trigger="fired")  # a changed mention keeps nothing of the old answers
    assert once(again, "n", other, count) == 5 and len(calls) == 3


def test_generic_kept_answers_as_worked_out():
    """The veto chain's generic reads the kept answer: the same as working it out, per rules."""
    plural = mention("A", type="OCCURRENCE", trigger="earthquakes", rule="occ.disaster.quake+noun",
                     sentence="Schools drill pupils for earthquakes every spring.")
    one = mention("B", type="OCCURRENCE", trigger="earthquake", rule="occ.disaster.quake+noun",
                  sentence="The earthquake struck at dawn.")
    r = rules()
    assert generic(plural, r) is _generic(plural, r) is True
    assert generic(one, r) is _generic(one, r) is False
    off = replace(r, raw={k: v for k, v in r.raw.items() if k != "reference_kinds"})
    assert generic(plural, off) is _generic(plural, off) is False
    assert generic(plural, r) is True
