"""vetoes.targets_apart: one article telling an act of one sense twice, of two targets."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import rules
from dateline.merge.parties import targets_differ
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


@pytest.mark.parametrize("ex", R.raw["deed_targets_examples"])
def test_deed_targets_examples(ex):
    """A deed ('the ban') beside a party may be that party's own: no targets that differ."""
    a = _talk("x", "e1", "criticised", ex["a"], f"Critics criticised {ex['a']} on Monday.")
    b = _talk("x", "e2", "criticised", ex["b"], f"Critics criticised {ex['b']} again.", index=1)
    assert targets_differ(a, b, R) == ex["differ"] == targets_differ(b, a, R)


def test_a_person_and_the_organisation_the_article_ties_them_to_are_one_party():
    """'accused Velmar chief executive Dana Roth' / 'lambasted Velmar': the entities stage
    ties Dana Roth to Velmar (attrs 'affiliation'), which the mention keeps as target_of."""
    a = replace(_talk("x", "e1", "discussed", "Dana Roth", "Senators grilled Velmar Chief "
                      "Executive Dana Roth on Monday.", names=["Dana Roth", "Velmar"]),
                target_of="Velmar")
    b = _talk("x", "e2", "discussion", "Velmar", "Their discussion of Velmar went on for "
              "hours.", names=["Velmar"], index=1)
    assert not targets_differ(a, b, R) and not targets_apart(a, b, R)
    assert targets_differ(replace(a, target_of=None), b, R)
    assert targets_differ(replace(a, target_of="Brask Drilling"), b, R)
