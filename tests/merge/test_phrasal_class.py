"""A verb and its particle as one act (rules.json phrasal_classes): invented sentences only."""

from __future__ import annotations

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.triggers import same_trigger

from .helpers import mention

R = rules()


def _m(article: str, trig: str, s: str):
    return mention(article, "e1", type="ASSAULT", rule="v.assault", trigger=trig,
                   date="2025-06-06", time_how="clause", sentence=s)


def test_shot_down_is_not_the_firing():
    """Two tellings of one salvo: the intercepted shells and the shells fired are two acts."""
    down = _m("A", "shot", "Three shells were shot down over Marlow and four fired at Tenby.")
    fired = _m("B", "fired", "Three shells were shot down over Marlow, four were fired at Tenby.")
    assert down.trigger_classes == frozenset({"down"})
    assert not same_trigger(down, fired, R)
    assert pair_score(down, fired, R).veto is not None


def test_shot_down_twice_and_a_shot_alone():
    a = _m("A", "shot", "Rebels shot down a cargo plane near Tenby on Friday.")
    b = _m("B", "shot", "A cargo plane was shot down by rebels near Tenby on Friday.")
    assert same_trigger(a, b, R)
    assert pair_score(a, b, R).veto is None
    alone = _m("C", "shot", "A guard was shot near Tenby on Friday.")
    assert "shoot" in alone.trigger_classes  # no particle: the verb's own class
