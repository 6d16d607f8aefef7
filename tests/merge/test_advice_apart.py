"""The 'advice' veto (Mention.advised, read by vetoes.act_veto): what someone should or must
do is no report of it done: invented sentences."""

from __future__ import annotations

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.trigger_words import told_as_advice

from .helpers import mention

R = rules()
DAY = "2025-05-14"


def _ask(article: str, sentence: str):
    return mention(article, "e1", type="REQUEST", trigger="ask", date=DAY, sentence=sentence)


DONE = _ask("A", "Parents at Varn primary called the clinic to ask for a home visit.")
ADVICE = _ask("B", "Parents at Varn primary should ask the clinic for a home visit.")
ADVICE2 = _ask("C", "Parents at Varn primary must first ask the clinic for a home visit.")


def test_advice_and_the_act_done_are_apart():
    assert ADVICE.advised and ADVICE2.advised and not DONE.advised  # set once, when built
    assert pair_score(DONE, ADVICE, R).veto == pair_score(ADVICE, DONE, R).veto == "advice"


def test_two_tellings_of_one_advice_are_not_kept_apart():
    assert pair_score(ADVICE, ADVICE2, R).veto != "advice"


def test_advice_is_read_before_the_trigger_only():
    sent = "Parents should know that the clinic will ask for a home visit."
    assert not told_as_advice(sent, sent.index("ask"), R)  # 'should' is 4+ words back
    assert told_as_advice(sent, sent.index("know"), R)
    assert not told_as_advice(sent, -1, R)  # offset not known
