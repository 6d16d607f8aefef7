"""A trigger covers a hyphenated word whole: the parser splits 'cease-fire', and the
trigger must not start at 'fire' (gaza merge review #111)."""

from __future__ import annotations


def test_a_hyphenated_noun_is_the_whole_trigger(annotate_events):
    ann = annotate_events("A 72-hour cease-fire has been approved both by Varnia and by the "
                          "Tessel militia.")
    assert [(e.type, e.trigger) for e in ann.events] == [
        ("AGREE", "cease-fire has been approved")]
    e = ann.events[0]
    assert ann.article.text[e.start:e.end] == e.trigger


def test_a_word_before_a_hyphen_elsewhere_is_left_alone(annotate_events):
    ann = annotate_events("The anti-government protests spread to the port of Kessa.")
    assert [e.trigger for e in ann.events if e.type == "PROTEST"] == ["protests"]
