"""A purpose to-clause goes after the act it is the aim of when that act is told by a noun,
the object of the verb the clause hangs on ('have been on strike to demand', 'resorted to
hostage-taking to press'): the act is coded, as 'staged demonstrations to demand' is
PROTEST (events.purpose; the multi-act convention, issue 4)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "act", "aim"), [
    ("Bus drivers in Osk have been on strike since May to demand a shorter week.",
     "PROTEST", "REQUEST"),
    ("The gunmen resorted to hostage-taking on Monday to demand a ransom.",
     "ASSAULT", "REQUEST"),
])
def test_the_act_comes_before_its_purpose(coded_events, roots, text, act, aim):
    evs = coded_events(text)
    assert roots(evs)[:1] == [act] and aim in roots(evs)[1:], evs


def test_a_purpose_with_no_act_noun_above_it_stays_first(coded_events, roots):
    """'wrote to the minister to demand' tells no act of its own above the aim."""
    evs = coded_events("Union leaders wrote to the minister on Friday to demand a pay rise.")
    assert roots(evs)[:1] == ["REQUEST"], evs
