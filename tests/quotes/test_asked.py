"""'Asked about X, she said ...': the asked verb's attribution has no source (quotes.indirect)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline import quotes
from dateline.quotes.indirect import _bare_participle


def _got(nlp, text):
    return [
        (text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None, q.cue)
        for q in quotes.find(text, nlp(text))
    ]


def test_when_asked_names_no_asker(nlp):
    got = _got(nlp, "When asked whom she supported, the mayor smiled and said nothing.")
    assert (None, "asked") in got and ("the mayor", "asked") not in got


def test_someone_who_asks_is_the_source(nlp):
    got = _got(nlp, "When a reporter asked whether the ferry would run, the mayor said it would.")
    assert ("a reporter", "asked") in got


def test_bare_participle_tagged_as_past_tense(nlp):
    words = ["Asked", "about", "it", ",", "Lee", "said", "no", "."]
    heads = [5, 0, 1, 5, 5, 5, 5, 5]
    deps = ["advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    for tag in ("VBN", "VBD"):
        tags = [tag, "IN", "PRP", ",", "NNP", "VBD", "DT", "."]
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
        assert _bare_participle(doc[0])
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps,
              tags=["VBG", "IN", "PRP", ",", "NNP", "VBD", "DT", "."])
    assert not _bare_participle(doc[0])
    words = ["When", "Ann", "asked", "about", "it", ",", "Lee", "said", "no", "."]
    heads = [2, 2, 7, 2, 3, 7, 7, 7, 7, 7]
    deps = ["advmod", "nsubj", "advcl", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["WRB", "NNP", "VBD", "IN", "PRP", ",", "NNP", "VBD", "DT", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert not _bare_participle(doc[2])  # 'Ann asked': a subject of its own
