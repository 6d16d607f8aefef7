"""Two occurrences each told as the story's one ('the earthquake', "the singer's death"),
however each is dated, weigh rules.json reference_shared (Mention.refers): invented sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, pair_features, pair_score, rules

from .helpers import mention

R = rules()


def _pair(ex):
    return mention("A", **dict(ex["a"])), mention("B", **dict(ex["b"]))


@pytest.mark.parametrize("ex", R.raw["reference_shared_examples"], ids=lambda e: e["note"][:40])
def test_reference_shared_examples(ex):
    a, b = _pair(ex)
    assert [a.refers, b.refers] == ex["refers"]
    assert pair_features(a, b)["reference_shared"] == (1.0 if all(ex["refers"]) else 0.0)
    ps = pair_score(a, b)
    assert ps.veto is None
    assert ps.same(R.threshold) is ex["same"]
    assert pair_score(b, a) == ps
    for order in ([a, b], [b, a]):
        m = EventMerger(R)
        m.add(order)
        assert (len(m.clusters()) == 1) is ex["same"]


def test_the_weight_is_what_lifts_the_pair():
    """Without reference_shared the two references score as any two like nouns do (the
    trigger and nominal_trigger alone), under the threshold."""
    a, b = _pair(R.raw["reference_shared_examples"][0])
    off = replace(R, weights={**R.weights, "reference_shared": 0.0})
    assert not pair_score(a, b, off).same(R.threshold)
    assert pair_score(a, b).same(R.threshold)


def test_refers_is_told_by_the_words_not_the_date():
    """An own date does not stop a reference from referring (it only stops the reach)."""
    m = mention("A", type="OCCURRENCE", rule="occ.accident.explosion+noun", trigger="explosion",
                date="2024-03-02", time_how="clause",
                sentence="Divers reached the wreck on Saturday, a week after the explosion.")
    assert m.refers and m.reach == 0
    verb = mention("A", type="OCCURRENCE", rule="occ.accident.explosion", trigger="exploded",
                   date="2024-03-02", time_how="clause",
                   sentence="A fuel tank exploded at the depot on Saturday.")
    assert not verb.refers
    other = mention("B", type="OCCURRENCE", rule="occ.accident.explosion+noun",
                    trigger="explosion", date="2024-03-02", time_how="clause",
                    sentence="Divers reached the wreck on Saturday, a week after the explosion.")
    # a PLOVER event is never weighed so, even told with a determiner
    attack = replace(other, type="ASSAULT", rule="n.assault")
    assert pair_features(m, other)["reference_shared"] == 1.0
    assert pair_features(attack, attack)["reference_shared"] == 0.0
