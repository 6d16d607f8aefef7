"""A word's dependents read once per article (events.kids, issue 4 speed)."""

from __future__ import annotations

from dateline.events.kids import kids_of, reading


def test_kids_are_the_children_read_once_while_the_article_is_read(nlp):
    doc = nlp("The army shelled the town and troops seized the bridge. Talks resumed.")
    other = nlp("Rebels fired rockets at the airport.")
    words = list(doc)
    with reading(doc):
        for t in words:
            got = kids_of(t)
            assert [c.i for c in got] == [c.i for c in t.children]
            assert kids_of(t) is got  # read once: the same tuple again
        assert kids_of(other[1]) is not kids_of(other[1])  # another doc: read afresh
        assert [c.i for c in kids_of(other[1])] == [c.i for c in other[1].children]
    verb = doc[2]
    assert kids_of(verb) is not kids_of(verb)  # nothing kept after the article
    assert [c.i for c in kids_of(verb)] == [c.i for c in verb.children]
