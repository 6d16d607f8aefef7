"""vetoes.targets_apart: one article telling an act of one sense twice, of two targets."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import targets_apart

from .helpers import mention

R = rules()
DAY = "2025-03-10"


def _talk(article, eid, trigger, target, sentence, names=(), index=0):
    m = mention(article, eid, type="CONSULT", trigger=trigger, target=target, date=DAY,
                sentence=sentence, names=list(names))
    return replace(m, sentence_index=index)  # a sentence of its own in its article


FEES = ("The Norvik council discussed the harbour fees on Monday.", "the harbour fees")
ROUTE = ("Its members then held a discussion of the new ferry route.", "the new ferry route")


def test_one_article_tells_two_acts_of_two_targets():
    a = _talk("x", "e1", "discussed", FEES[1], FEES[0])
    b = _talk("x", "e2", "discussion", ROUTE[1], ROUTE[0], index=1)
    assert targets_apart(a, b, R) and targets_apart(b, a, R)
    assert pair_score(a, b, R).veto == "targets apart"


def test_another_article_may_word_the_target_otherwise():
    a = _talk("x", "e1", "discussed", FEES[1], FEES[0])
    b = _talk("y", "e1", "discussion", ROUTE[1], ROUTE[0])
    assert not targets_apart(a, b, R)


def test_a_description_may_stand_for_a_name_and_a_shared_word_is_one_target():
    name = _talk("x", "e1", "met", "Nordhaven Terminals",
                 "The union met Nordhaven Terminals on Monday.", names=["Nordhaven Terminals"])
    described = _talk("x", "e2", "meeting", "the port operator",
                      "Union leaders called the meeting with the port operator useful.")
    assert not targets_apart(name, described, R)
    fees = _talk("x", "e3", "talks", "port fees", "Talks on port fees went on late.")
    assert not targets_apart(_talk("x", "e1", "discussed", FEES[1], FEES[0]), fees, R)
