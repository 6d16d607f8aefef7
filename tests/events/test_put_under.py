"""A verb that puts its object under a state ('put the leader under house arrest', 'placed the
town under martial law'): the subject does the act to the object (args._undergoes), where with no
object of its own the subject suffers it ('came under fire'); issue 4, session 41 task P2."""

from __future__ import annotations


def test_who_puts_an_object_under_arrest_is_the_actor(top_event):
    e = top_event("Police put the opposition leader under house arrest.")
    assert (e["root"], e["actor"], e["target"]) == ("COERCE", "Police", "opposition leader"), e


def test_a_place_put_under_martial_law_is_the_target(top_event):
    e = top_event("The junta placed the mining town under martial law after a week of strikes.")
    assert (e["root"], e["actor"], e["target"]) == ("COERCE", "junta", "mining town"), e


def test_a_subject_that_comes_under_attack_still_suffers_it(top_event):
    e = top_event("The convoy came under attack from gunmen.")
    assert (e["root"], e["actor"], e["target"]) == ("ASSAULT", "gunmen", "convoy"), e
