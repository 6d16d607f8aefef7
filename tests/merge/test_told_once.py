"""Two mentions the events stage linked 'same' (an attack noun and the verb of its own
relative clause) are one event however unlike their trigger contexts -- unless one is the
harm the other caused: invented sentences."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import EventMerger, rules
from dateline.merge.acts import cause_and_effect
from dateline.merge.similarity import cannot_link, pair_score, told_once

from .helpers import mention

R = rules()
S = ("The wave of Varnian air strikes on the coast of Tessel province that killed dozens of "
     "villagers in Dorna and Kessa on Monday drew protests across the region.")
HIT = ("The wave of Varnian air strikes on the coast of Tessel province that hit the fishing "
       "ports of Dorna and Kessa on Monday drew protests across the region.")


def _pair(linked: bool, sentence: str = HIT, second: str = "hit"):
    strikes = mention("A", "e1", type="ASSAULT", trigger="strikes", sentence=sentence)
    other = mention("A", "e2", type="ASSAULT", trigger=second, sentence=sentence)
    if linked:
        strikes = replace(strikes, links=(("same", "e2"),))
        other = replace(other, links=(("same", "e1"),))
    return strikes, other


def _clusters(*ms):
    merger = EventMerger(R)
    merger.add(list(ms))
    return len(merger.clusters())


def test_a_same_link_is_a_must_link():
    strikes, hit = _pair(linked=True)
    assert told_once(strikes, hit, R) and told_once(hit, strikes, R)
    assert pair_score(strikes, hit, R).same(R.threshold)
    assert cannot_link(strikes, hit, R) is None
    assert _clusters(strikes, hit) == 1


def test_without_the_link_the_sentence_rules_keep_them_apart():
    strikes, killed = _pair(linked=False, sentence=S, second="killed")
    assert not told_once(strikes, killed, R)
    assert pair_score(strikes, killed, R).veto is not None
    assert cannot_link(strikes, killed, R) is not None
    assert _clusters(strikes, killed) == 2
    other = replace(killed, article_id="B")
    assert not told_once(replace(strikes, links=(("same", "e2"),)), other, R)  # another article


def test_the_strikes_and_the_deaths_they_caused_are_two_events_even_linked():
    strikes, killed = _pair(linked=True, sentence=S, second="killed")
    assert cause_and_effect(strikes, killed, R) and not told_once(strikes, killed, R)
    assert pair_score(strikes, killed, R).veto is not None  # 'another act' comes first
    assert _clusters(strikes, killed) == 2


def test_clashes_and_the_injured_of_two_reports_are_two_events():
    clashes = mention("A", "e1", type="ASSAULT", trigger="clashes", date="2025-03-05",
                      sentence="Clashes between police and pickets broke out at the Varn depot.")
    injured = mention("B", "e1", type="ASSAULT", trigger="injured", date="2025-03-05",
                      sentence="Twenty pickets were injured at the Varn depot, the union said.")
    assert pair_score(clashes, injured, R).veto == "cause and effect"


def test_two_words_for_the_dead_may_be_one_event():
    killed = mention("A", "e1", type="ASSAULT", trigger="killed", sentence="Gunmen killed six.")
    massacre = mention("B", "e1", type="ASSAULT", trigger="massacre",
                       sentence="Survivors of the massacre buried six.")
    deaths = mention("C", "e1", type="ASSAULT", trigger="deaths", sentence="The six deaths.")
    assert not cause_and_effect(killed, massacre, R) and not cause_and_effect(killed, deaths, R)
