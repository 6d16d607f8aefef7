"""A death with no doer in a story of one natural disaster is that disaster's (events.story)."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.events import lexicon, story
from dateline.events.words import lemmas_of
from dateline.model import OCCURRENCE

EXAMPLES = lexicon.load_json("occurrences.json")["story_disaster"]["examples"]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[str(i) for i in range(len(EXAMPLES))])
def test_story_disaster_example(annotate_events, ex):
    deaths = [e for e in annotate_events(ex["text"]).events if e.trigger.startswith("kill")]
    assert len(deaths) == 1, deaths
    death = deaths[0]
    if ex["rule"] is None:
        assert death.type != OCCURRENCE, death
    else:
        assert (death.type, death.rule) == (OCCURRENCE, ex["rule"]), death


def test_a_reporter_of_the_toll_is_no_violence(nlp):
    # the police only tell the toll; the soldiers in the second sentence did the killing
    told = nlp("According to the local police, about 900 people have been killed.")
    shot = nlp("About 900 people were killed by soldiers.")
    violence = frozenset({"police", "soldier"})
    assert not story.violent(told[9], violence)
    assert story.violent(shot[3], violence)


def test_the_word_counts_read_each_token_as_its_own_lemmas_do(nlp):
    # the story counts a word's tokens at once from the doc's arrays (story._word_counts):
    # the same words, as often, as reading each token that is no space or punctuation
    doc = nlp("\n\n".join(ex["text"] for ex in EXAMPLES) + " The rebels' 'raid' -- it's over.")
    got: Counter[frozenset[str]] = Counter()
    for words, n in story._word_counts(doc):
        got[frozenset(words)] += n
    want = Counter(frozenset(lemmas_of([t])) for t in doc if not (t.is_space or t.is_punct))
    assert got == want
    assert sum(want.values()) > 100 and max(want.values()) > 1
