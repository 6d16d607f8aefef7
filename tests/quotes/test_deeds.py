"""Deeds are never claims ('Hamas released 25 hostages'), whatever the learned tagger
scores; an object that carries words is content ('released a statement')."""

from __future__ import annotations

import pytest

from dateline import quotes
from dateline.quotes import learned
from dateline.quotes.lexicon import load_raw

EXAMPLES = load_raw()["deeds"]["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_deed_example(nlp, ex):
    text = ex["text"]
    cues = [q.cue for q in quotes.find(text, nlp(text))]
    assert (ex["cue"] in cues) == ex["kept"], cues


def test_deed_check_holds_for_any_score(nlp, use_model):
    """Even a tagger that scores 'release' far above every bar takes no deed."""
    use_model(learned.CueModel({"l=release": 5.0, "l=sign": 5.0}, 0.0, denied=0.0))
    text = "Hamas released 25 Israeli hostages. The senator signed the bill."
    assert quotes.find(text, nlp(text)) == ()
    text = "The town released a statement on Friday."
    assert [q.cue for q in quotes.find(text, nlp(text))] == ["released"]
    # the parser reads 'video' and 'showing' as modifiers of 'fire': the video still counts
    text = "Police released the video showing fire shot from a mall roof."
    assert [q.cue for q in quotes.find(text, nlp(text))] == ["released"]
