"""find_indirect's gate (quotes.indirect._may_cue): an auxiliary, noun or adjective it skips
must be one stance.find and _from_verb find nothing at, and no learned cue shape."""

from __future__ import annotations

import pytest

from dateline.quotes import learned, stance
from dateline.quotes.context import Context
from dateline.quotes.indirect import _from_verb, _may_cue, _possessed
from dateline.quotes.lexicon import lexicon, load_raw
from dateline.quotes.marks import quote_spans
from dateline.quotes.speakers import Mentions
from dateline.text import sentences

RAW = load_raw()
# the lexicon's own examples (each group's, the frames', the adjectives', the mined ones')
TEXTS = sorted(
    {ex["text"] for g in RAW["groups"] for ex in g["examples"]}
    | {ex["text"] for key in ("frames", "adjectives", "mined", "as_it", "according_to")
       for ex in RAW[key]["examples"]}
    | {
        "Her refusal to testify angered the panel's chair, who is skeptical of the plan.",
        "Our view is that the senators' letter was unfair, and the critics were wrong.",
        "The mayor's aides are angry about the decision he made at his desk.",
    }
)


def _context(text, doc):
    return Context(text=text, doc=doc, lex=lexicon(), mentions=Mentions.from_doc(doc, None),
                   quotes=quote_spans(text), sentences=sentences(doc))


@pytest.mark.parametrize("text", TEXTS, ids=[t[:40] for t in TEXTS])
def test_a_skipped_word_is_no_cue_and_no_candidate(nlp, text):
    doc = nlp(text)
    ctx = _context(text, doc)
    possessed = _possessed(doc)
    assert possessed == {t.head.i for t in doc if t.dep_ == "poss"}
    for tok in doc:
        if tok.pos_ not in ("AUX", "NOUN", "ADJ") or _may_cue(ctx, ctx.parse, tok.i, tok.pos_,
                                                              possessed):
            continue
        assert learned.candidate(tok) is None, tok.text
        assert stance.find(ctx, tok) is None, tok.text
        assert _from_verb(ctx, tok) is None, tok.text


def test_the_gate_skips_plain_words_and_keeps_shapes(nlp):
    text = "The mayor's aides are angry about the new budget, officials said."
    doc = nlp(text)
    ctx = _context(text, doc)
    kept = {t.text for t in doc
            if t.pos_ in ("AUX", "NOUN", "ADJ")
            and _may_cue(ctx, ctx.parse, t.i, t.pos_, _possessed(doc))}
    assert {"aides", "angry"} <= kept  # a possessed noun, a predicate adjective
    assert not {"budget", "new", "officials", "are"} & kept


@pytest.mark.parametrize("text", TEXTS, ids=[t[:40] for t in TEXTS])
def test_the_loop_asks_stance_only_of_frame_words(nlp, text):
    """find_indirect asks stance.find only of a word a frame lists (by its form or lemma)."""
    doc = nlp(text)
    ctx = _context(text, doc)
    lex = ctx.lex
    for tok in doc:
        if tok.lower_ not in lex.frame_words and tok.lemma_.lower() not in lex.frame_lemmas:
            assert stance.find(ctx, tok) is None, tok.text


def test_a_verb_in_a_quote_or_a_taken_cue_is_skipped(nlp):
    """find_indirect skips a verb inside a direct quote or at a cue taken before making its
    Token: _from_verb finds nothing there."""
    text = 'Mara Lindqvist said the plan would fail. Brel wrote: "Officials said it is dead."'
    doc = nlp(text)
    said = [t for t in doc if t.lower_ == "said"]
    ctx = _context(text, doc)
    assert ctx.in_quote(said[1].idx) and _from_verb(ctx, said[1]) is None
    assert _from_verb(ctx, said[0]) is not None
    ctx = _context(text, doc)
    ctx.used_cues.add(said[0].i)
    assert _from_verb(ctx, said[0]) is None
