"""A reaction told as what an act caused (', prompting Y to Z', ', forcing Y to Z', ', leading Y
to Z', 'which led / prompted Y to Z'): the cause, the main clause's act, is coded first, as for
any participial tail or relative clause (bench/eval_plover.py, the multi-act convention; issue
4, session 40). No dev record has this shape, so the general rule decides."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cause", "reaction"), [
    ("Rebels attacked a supply convoy near the capital, forcing the government to suspend "
     "peace talks.", "ASSAULT", "SANCTION"),
    ("The army arrested three opposition leaders, which led their supporters to block the "
     "main highway.", "COERCE", "PROTEST"),
    ("Velmar imposed sanctions on Tessia, prompting Tessia to threaten retaliation.",
     "SANCTION", "THREATEN"),
    ("The rebels released 20 hostages, prompting the government to agree to talks.",
     "RETREAT", "AGREE"),
    ("The opposition staged a general strike, forcing the government to resume talks.",
     "PROTEST", "CONSULT"),
    ("Kestria cut off gas supplies to Dorvan, which prompted Dorvan to seek help from its "
     "neighbours.", "COERCE", "REQUEST"),
])
def test_the_cause_is_coded_before_the_reaction(coded_events, text, cause, reaction):
    roots = [e["root"] for e in coded_events(text)]
    assert roots[0] == cause and reaction in roots[1:], roots
