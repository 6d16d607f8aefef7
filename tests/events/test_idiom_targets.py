"""Idioms whose noun is part of the act, not what it is done to ('took issue with X', 'took
exception to X': verbs.json v.take_issue / v.take_exception, 'means'): X is the target (issue 4,
session 41 task P2; a t17 'took issue with' sentence had 'issue' as its target)."""

from __future__ import annotations


def test_the_with_object_of_took_issue_is_the_target(top_event):
    e = top_event("The shipping firm took issue with the port authority's new rules.")
    assert e["root"] == "ACCUSE" and e["target"] not in (None, "issue"), e
    assert "port authority" in e["target"], e


def test_the_to_object_of_took_exception_is_the_target(top_event):
    e = top_event("The embassy took exception to remarks by the minister.")
    assert (e["root"], e["target"]) == ("ACCUSE", "remarks"), e
