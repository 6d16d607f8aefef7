"""Two mentions the events stage linked 'same' (an attack noun and the verb of its own
relative clause) are one event however unlike their trigger contexts: invented sentences."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import EventMerger, rules
from dateline.merge.similarity import cannot_link, pair_score, told_once

from .helpers import mention

R = rules()
S = ("The wave of Varnian air strikes on the coast of Tessel province that killed dozens of "
     "villagers in Dorna and Kessa on Monday drew protests across the region.")


def _pair(linked: bool):
    strikes = mention("A", "e1", type="ASSAULT", trigger="strikes", sentence=S)
    killed = mention("A", "e2", type="ASSAULT", trigger="killed", sentence=S)
    if linked:
        strikes = replace(strikes, links=(("same", "e2"),))
        killed = replace(killed, links=(("same", "e1"),))
    return strikes, killed


def test_a_same_link_is_a_must_link():
    strikes, killed = _pair(linked=True)
    assert told_once(strikes, killed) and told_once(killed, strikes)
    assert pair_score(strikes, killed, R).same(R.threshold)
    assert cannot_link(strikes, killed, R) is None
    merger = EventMerger(R)
    merger.add([strikes, killed])
    assert len(merger.clusters()) == 1


def test_without_the_link_the_sentence_rules_keep_them_apart():
    strikes, killed = _pair(linked=False)
    assert not told_once(strikes, killed)
    assert pair_score(strikes, killed, R).veto is not None
    assert cannot_link(strikes, killed, R) is not None
    merger = EventMerger(R)
    merger.add([strikes, killed])
    assert len(merger.clusters()) == 2
    other = replace(killed, article_id="B")
    assert not told_once(replace(strikes, links=(("same", "e2"),)), other)  # another article
