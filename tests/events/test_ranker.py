"""The learned ranker: its weights are package data, and it re-ranks only by their sums."""

from __future__ import annotations

from dateline.events import context, detect, ranker


def _cands(nlp, text):
    sent = next(nlp(text).sents)
    cands = detect.find(sent)
    context.analyse(cands, [])
    return cands


def test_weights_are_named_features_with_a_fit_record():
    w = ranker.weights().plain
    assert w, "ranker.json has no weights"
    assert all("=" in k or k.isidentifier() for k in w)
    fit = ranker.lexicon.load_json("ranker.json")["plain_fit"]
    assert fit["l2"] > 0 and str(fit["l2"]) in {str(float(k)) for k in fit["cv_accuracy"]}


def test_features_describe_parse_position_and_modality(nlp):
    hand = context.rank(_cands(nlp, "Iran threatened to close the strait."))
    feats = ranker.candidate_features(hand)
    assert hand[0].root == "THREATEN" and "pos=0" in feats[0] and "control" in feats[0]
    assert "sub" in feats[1] and "gov=THREATEN|root=COERCE" in feats[1]


def test_rank_is_the_hand_order_when_scores_tie(nlp, monkeypatch):
    cands = _cands(nlp, "Police arrested protesters after gunmen attacked a convoy.")
    monkeypatch.setattr(ranker, "weights", lambda: ranker.Weights(plain={}))
    assert ranker.rank(cands, context.rank) == context.rank(cands)
    # a weight on a feature only the second candidate has moves it first
    second = ranker.candidate_features(context.rank(cands))[1]
    only = next(f for f in second if f not in ranker.candidate_features(context.rank(cands))[0])
    monkeypatch.setattr(ranker, "weights", lambda: ranker.Weights(plain={only: 5.0}))
    assert ranker.rank(cands, context.rank)[0] is context.rank(cands)[1]


def test_shipped_weights_keep_control_verbs_salient(nlp):
    top = ranker.rank(_cands(nlp, "The rebels refused to release the hostages."), context.rank)
    assert top[0].root == "REJECT"
