"""The floating slick told as a thing (size, movement, handling) is its own occurrence class,
never the spill it came from; 'the slick' as the story's event stays the spill (issue #6)."""

from __future__ import annotations

import pytest

from dateline.events import OCCURRENCE, occur


def _classes(ann):
    return [e.rule.split("+")[0] for e in ann.events if e.type == OCCURRENCE]


@pytest.mark.parametrize("text", [
    "The slick had doubled in size by Friday, officials said.",
    "A slick the size of Wales floated off the shore.",
    "Booms were laid along the edge of the slick.",
    "Crews burned part of the slick on Sunday.",
    "The oil slick spreading from the wrecked platform worries fishermen.",
])
def test_the_slick_as_a_thing_is_no_spill(annotate_events, text):
    got = _classes(annotate_events(text))
    assert "occ.accident.slick" in got and "occ.accident.spill" not in got, (text, got)


@pytest.mark.parametrize("text", [
    "Tourism has slumped since the slick began.",
    "The slick has cost local fishermen millions.",
])
def test_the_slick_as_the_event_stays_the_spill(annotate_events, text):
    got = _classes(annotate_events(text))
    assert "occ.accident.spill" in got and "occ.accident.slick" not in got, (text, got)


def test_the_spill_itself_is_never_a_thing(annotate_events):
    # thing_heads belongs to the slick's entry: 'the spill spread' is the spill
    got = _classes(annotate_events("The spill spread across the gulf."))
    assert "occ.accident.spill" in got and "occ.accident.slick" not in got


def test_thing_words_read_the_governor_and_the_noun_s_own_clauses(nlp):
    doc = nlp("The slick appeared to triple in size as a picture of the slick showed.")
    first, second = [t for t in doc if t.lower_ == "slick"]
    assert {"appear", "triple"} <= occur._thing_words(first)
    assert "picture" in occur._thing_words(second)


def test_what_seems_of_the_slick_never_doubts_the_slick(annotate_events):
    # 'appeared to double' hedges the doubling; the spill told so stays hedged as before
    (slick,) = [e for e in annotate_events("The slick appeared to double in size overnight.").events
                if e.rule.startswith("occ.accident.slick")]
    assert not slick.hedged
    spills = [e for e in annotate_events("The spill appeared to grow overnight.").events
              if e.rule.startswith("occ.accident.spill")]
    assert spills and all(e.hedged for e in spills)
