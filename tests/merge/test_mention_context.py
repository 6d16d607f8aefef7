"""merge.mention_fields' trigger context: the words either side of a trigger are sliced from its
sentence's tokens (Rules.token_spans, once per sentence), as tokenising each side gave."""

from __future__ import annotations

from dateline.merge import rules
from dateline.merge.mention_fields import _sides_of

from .helpers import mention

R = rules()

SENTENCES = [
    "The outbreak's toll rose to 40 on Monday, officials in Varnow said.",
    "Crews didn't return: the walkout at Nordhaven (a 3.5-day stoppage) went on.",
    "İzmir's port closed; dockers rallied at Gate 4.",  # lowering moves offsets
    "",
]


def test_sides_are_the_tokens_of_each_side_at_every_cut():
    """Every cut of each sentence, between words or inside one ('break' of 'outbreak'),
    gives the tokens of the text before and after it."""
    cuts = 0
    for sent in SENTENCES:
        for at in range(len(sent) + 1):
            for end in range(at, min(len(sent), at + 12) + 1):
                assert _sides_of(sent, at, end, R) == (R.tokens(sent[:at]), R.tokens(sent[end:]))
                cuts += 1
    assert cuts > 1000


def test_token_spans_hold_the_tokens_and_where_each_word_stands():
    sent = SENTENCES[0]
    spans = R.token_spans(sent)
    assert spans is not None
    starts, ends, before, toks = spans
    assert toks == R.tokens(sent) and before[-1] == len(toks) and len(before) == len(starts) + 1
    assert [sent[s:e].lower() for s, e in zip(starts, ends, strict=True)][:3] == [
        "the", "outbreak's", "toll"]
    assert before[:3] == (0, 0, 1)  # 'the' a stopword: no token before 'outbreak's'
    assert R.token_spans(SENTENCES[2]) is None  # 'İ' lowers to two characters


def test_a_mentions_context_is_the_words_around_its_trigger():
    m = mention("a", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                sentence="Thousands of dockers rallied in Varnow against the new port tax.")
    k = int(R.limits["context_words"])
    at = m.sentence.index("rallied")
    left, right = R.tokens(m.sentence[:at]), R.tokens(m.sentence[at + len("rallied"):])
    assert m.context == frozenset(left[len(left) - k:] + R.tokens("rallied") + right[:k])
    assert "varnow" in m.context
