"""acts.headline_retold: an article's first sentence (its headline) and a sentence of its
lede telling an act by the same word, both dated only by the article, are one act:
invented sentences."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import rules
from dateline.merge.acts import headline_retold
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
HEAD = "Gang attacked families queueing for flour at a Varn depot"
LATER = "Some two hundred people had queued since dawn when the armed men attacked."


def _m(article: str, sentence: str, index: int, day: str = "2025-02-11", how: str = "dct"):
    m = mention(article, f"e{index}", type="ASSAULT", trigger="attacked", date=day,
                sentence=sentence, time_how=how)
    return replace(m, sentence_index=index)


def test_the_headline_and_its_lede_telling_that_day_are_one_act():
    a, b = _m("A", HEAD, 0), _m("A", LATER, 2, how="dct-past")
    assert headline_retold(a, b, R) and headline_retold(b, a, R)
    assert pair_score(a, b, R).same(R.threshold)


def test_a_date_of_its_own_another_day_article_or_sentence_is_left_to_the_score():
    head = _m("A", HEAD, 0)
    assert not headline_retold(head, _m("A", LATER, 2, how="clause"), R)
    assert not headline_retold(head, _m("A", LATER, 2, day="2025-02-12"), R)
    assert not headline_retold(head, _m("B", LATER, 2), R)
    assert not headline_retold(_m("A", HEAD, 1), _m("A", LATER, 2), R)
    assert not headline_retold(head, _m("A", LATER, R.limits["lede_sentences"] + 1), R)
