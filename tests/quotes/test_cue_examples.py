"""Every example shipped with the cue lexicon (data/quotes/cues.json) must be found exactly."""

from __future__ import annotations

import pytest

from dateline import quotes
from dateline.quotes.lexicon import lexicon, load_raw

RAW = load_raw()
EXAMPLES = (
    [(g["name"], ex) for g in RAW["groups"] for ex in g["examples"]]
    + [("according_to", ex) for ex in RAW["according_to"]["examples"]]
    + [("direct", ex) for ex in RAW["direct"]["examples"]]
    + [("mined", ex) for ex in RAW["mined"]["examples"]]
    + [("lemma_fixes", ex) for ex in RAW["lemma_fixes"]["examples"]]
    + [("headlines", ex) for ex in RAW["headlines"]["examples"]]
    + [("aspectual", ex) for ex in RAW["aspectual"]["examples"]]
    + [("object_not_content", ex) for ex in RAW["object_not_content"]["examples"]]
    + [("control", ex) for ex in RAW["control"]["examples"]]
    + [("unsourced", ex) for ex in RAW["unsourced"]["examples"]]
    + [("frames", ex) for ex in RAW["frames"]["examples"]]
    + [("adjectives", ex) for ex in RAW["adjectives"]["examples"]]
    + [("as_it", ex) for ex in RAW["as_it"]["examples"]]
    + [("clause_breaks", ex) for ex in RAW["clause_breaks"]["examples"]]
    + [("misread_verbs", ex) for ex in RAW["misread_verbs"]["examples"]]
    + [("compared", ex) for ex in RAW["compared"]["examples"]]
)


IDS = [f"{g}:{e['text'][:30]}" for g, e in EXAMPLES]


@pytest.mark.parametrize(("group", "ex"), EXAMPLES, ids=IDS)
def test_lexicon_example(nlp, group, ex):
    text = ex["text"]
    found = quotes.find(text, nlp(text))
    got = [
        (
            text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
            q.cue,
            q.text,
        )
        for q in found
    ]
    assert (ex["source"], ex["cue"], ex["content"]) in got, got
    for q in found:
        assert text[q.start : q.end] == q.text


def test_lemmas_merge_across_groups():
    lex = lexicon()
    # "hope" is a cognition verb (that-clause) and an intention verb (to-infinitive)
    assert {"ccomp", "xcomp"} <= set(lex.cue("hope").content)
    assert lex.cue("say").direct and not lex.cue("believe").direct
    assert lex.cue("nonexistentverb") is None


def test_cue_reads_the_table_of_its_part_of_speech():
    """Lexicon.cue: a verb's, a noun's or an adjective's entry by its lower-cased lemma,
    none for any other part of speech."""
    lex = lexicon()
    for pos, table in (("VERB", lex.cues), ("NOUN", lex.nouns), ("ADJ", lex.adjectives)):
        lemma = next(iter(table))
        assert lex.cue(lemma, pos) is table[lemma] is lex.cue(lemma.upper(), pos)
    assert lex.cue("say", "AUX") is None and lex.cue("say", "") is None
    assert lex.cue("say") is lex.cues["say"]


def test_hand_listed_adjective_needs_its_complement(nlp):
    def got(text):
        return [
            (text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None, q.cue)
            for q in quotes.find(text, nlp(text))
        ]

    assert ("The growers", "unhappy") in got("The growers are unhappy with the new water levy.")
    # no complement: a mood, not a stance on anything
    assert got("The growers were unhappy.") == []
    # only a listed complement: 'hostile' takes 'to', not 'in'
    assert not any(cue == "hostile" for _, cue in got("The crowd was hostile in tone."))
