"""The cheap gates the finders test before their per-token frames (issue 4's speed target)
skip only words those frames would find nothing on: checked on every example sentence of the
lexicon files, so a frame added later that reads a word the gate skips fails here."""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, cast

import pytest

from dateline.events import duty, lexicon, light, senses, verb_candidates, verb_frames
from dateline.events.dependents import _told_of, objects
from dateline.events.light import light_lemmas, light_verb_event, nominal
from dateline.events.noun_candidates import _formed_from_verb
from dateline.events.senses import _unreadable, verb_entry
from dateline.events.verb_candidates import (
    _frame_lemmas,
    _framed,
    _misread_shape,
    _verb_event,
    _verb_frame_lemmas,
    _verb_readings,
)
from dateline.events.verb_frames import denial_event
from dateline.events.words import (
    _in_lexicon,
    lookup_lemma,
    noun_key,
    opens_sentence,
    repaired_lemma,
)
from dateline.events.words_read import DocWords, SentenceWords

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token


@pytest.fixture(scope="module")
def example_docs(nlp):
    texts = sorted({text for _, text, _ in lexicon.all_examples()})
    return list(nlp.pipe(texts, batch_size=64))


def test_words_no_frame_may_read_are_read_by_none(example_docs):
    skipped = framed = verbs = 0
    for doc in example_docs:
        for tok in doc:
            lemma, low = tok.lemma_.lower(), tok.lower_  # verb_candidates' gate on a word:
            verb = tok.pos_ == "VERB"
            if (lemma in _frame_lemmas() or low in lexicon.roles().stances
                    or _misread_shape(tok.dep_, tok.tag_, lemma, low)
                    or (verb and lookup_lemma(tok) in _verb_frame_lemmas())):
                framed += _framed(tok, set())[0] or denial_event(tok) is not None
                continue
            skipped += 1
            verbs += verb
            assert denial_event(tok) is None, (doc.text, tok.text)
            assert _framed(tok, set()) == (False, None), (doc.text, tok.text)
    assert skipped > 10 * framed > 0  # most words are skipped; some are framed
    assert verbs > 100  # verbs too: most go straight to their verb sense


class _Every:
    def __contains__(self, word: object) -> bool:
        return True


def test_verbs_no_reading_lists_have_no_candidate(example_docs, monkeypatch):
    # _verb_event stops at a verb whose lemma no reading lists (_verb_readings): with every
    # lemma let through, each such verb still gives no candidate
    skipped = read = 0
    monkeypatch.setattr(verb_candidates, "_verb_readings", _Every)
    for doc in example_docs:
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            if lookup_lemma(tok) in _verb_readings() or tok.lower_ in lexicon.roles().hopes:
                read += 1
                continue
            skipped += 1
            assert _verb_event(tok, set()) is None, (doc.text, tok.text)
    assert skipped > 100 and read > skipped


def test_particle_entries_the_sentence_cannot_read_change_no_sense(example_docs):
    # verb_entry skips an entry whose particles all begin with a word the verb's sentence
    # lacks (senses._unreadable): with the sentence's forms or without, the same entry
    skipped = verbs = 0
    for doc in example_docs:
        for sent in doc.sents:
            forms = frozenset(t.lower_ for t in sent)
            for tok in sent:
                if tok.pos_ not in ("VERB", "AUX"):
                    continue
                entries = lexicon.verbs().get(lookup_lemma(tok)) or []
                skipped += any(e.particle is not None and _unreadable(e.particle, forms)
                               for e in entries)
                verbs += 1
                assert verb_entry(tok, forms=forms) is verb_entry(tok), (doc.text, tok.text)
    assert verbs > skipped > 100  # many verbs have such an entry, not all


def test_verbs_of_no_light_reading_code_no_noun(example_docs):
    light = 0
    for doc in example_docs:
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            if lookup_lemma(tok) in light_lemmas():
                light += light_verb_event(tok, set()) is not None
                continue
            assert light_verb_event(tok, set()) is None, (doc.text, tok.text)
    assert light > 0


def test_nouns_neither_listed_nor_formed_from_a_verb_have_no_nominal(example_docs):
    formed = 0
    for doc in example_docs:
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or noun_key(tok) in lexicon.nouns():
                continue
            if _formed_from_verb(tok):
                formed += nominal(tok, set()) is not None
                continue
            assert nominal(tok, set()) is None, (doc.text, tok.text)
    assert formed > 0


def test_sentence_words_read_each_token_as_the_token_says(example_docs):
    # the events stage's passes test the reading (the document's arrays, read at once) in
    # place of the tokens' own attributes, and make a token only for a word they read on
    read = verbs = 0
    for doc in example_docs:
        whole = DocWords(doc)
        for sent in doc.sents:
            for words in (SentenceWords(sent, whole), SentenceWords(sent)):
                assert words.start == sent.start and len(words.lemmas) == len(sent)
                for j, tok in enumerate(sent):
                    assert (words.lemmas[j], words.pos[j], words.lowers[j], words.deps[j],
                            words.tags[j]) == (tok.lemma_.lower(), tok.pos_, tok.lower_,
                                               tok.dep_, tok.tag_)
                    assert (words.lemma_ids[j], words.lower_ids[j]) == (tok.lemma, tok.lower)
                    assert words.lookup(j) == lookup_lemma(tok)
                    assert words.token(j) == tok and words.token(j) is words.token(j)
                    read += 1
                    verbs += tok.pos_ == "VERB"
    assert read > 2000 and verbs > 200


def test_sentence_start_flag_and_lemma_ids_read_as_the_slow_ways(example_docs):
    # opens_sentence reads the start flag in place of building tok.sent; lookup_lemma keeps
    # a verb's repair per string ids in place of strings: both give what those would
    starts = 0
    for doc in example_docs:
        for tok in doc:
            assert opens_sentence(tok) == (tok.i == tok.sent.start), (doc.text, tok.text)
            starts += opens_sentence(tok)
            assert lookup_lemma(tok) == repaired_lemma(tok, _in_lexicon), (doc.text, tok.text)
    assert 0 < len(example_docs) <= starts


def _reading_lemmas() -> dict[Callable[..., object], frozenset[str]]:
    """Each reading of ``_verb_event`` with the lemmas its own first test reads a verb by,
    from its own data: the lexicon's verbs, roles.json lists, the light and causative verbs."""
    r = lexicon.roles()
    return {
        verb_frames.causative_event: verb_frames.causers(),
        verb_frames.penalty_order: r.penalty_orders,
        verb_frames.forces_readied: r.commands,
        senses.verb_entry: frozenset(lexicon.verbs()),
        light.light_verb_event: light_lemmas(),
        light.ending_verb_event: r.reverse,
        light.ended_phrase_event: r.ended_phrase_verbs,
        duty.must_frame: r.report | duty.particle_verbs(),
        verb_frames.verdict_frame: r.verdict_verbs,
        verb_frames.compelled: r.compulsion_verbs,
        verb_frames.wish_frame: r.wish_hopes | r.wish_verbs,
        verb_frames.called_to: r.call_to_verbs,
    }


def _readings_called() -> set[Callable[..., object]]:
    """The functions ``_verb_event`` calls that give a candidate or a lexicon entry: its
    readings, found in its own code, so a reading added there is found here too."""
    called = (getattr(verb_candidates, n, None) for n in _verb_event.__code__.co_names)
    return {f for f in called if inspect.isfunction(f)
            and str(inspect.signature(f).return_annotation).split(" ")[0] in ("Candidate", "Entry")}


def test_every_reading_of_a_verb_has_its_lemmas_in_the_gate():
    # _verb_event stops at a verb no reading lists (_verb_readings): a reading added without
    # its lemmas there would never fire, so every reading it calls must be known here, by
    # the lemmas of its first test, and those must be inside the gate
    readings = _reading_lemmas()
    assert _readings_called() == set(readings)
    for reading, lemmas in readings.items():
        assert lemmas and lemmas <= _verb_readings(), reading.__name__


def test_each_reading_gives_nothing_outside_its_lemmas(example_docs, monkeypatch):
    # the lemmas _reading_lemmas gives each reading are its first test, its own or the one
    # _verb_event calls it under ('lemma in r.reverse'): with every lemma let through the
    # gate, a reading called on a verb whose lemma is not among them (nor, for a wish, a
    # form of roles.json hopes) gives nothing
    readings = _reading_lemmas()
    hopes = lexicon.roles().hopes
    calls = dict.fromkeys(readings, 0)
    outside = dict.fromkeys(readings, 0)

    def watched(reading: Callable[..., object], lemmas: frozenset[str]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            got = reading(*args, **kwargs)
            tok = cast("Token", getattr(args[0], "tok", args[0]))  # a Verb's or the token
            calls[reading] += 1
            if lookup_lemma(tok) not in lemmas and not (
                    reading is verb_frames.wish_frame and tok.lower_ in hopes):
                outside[reading] += 1
                assert got is None, (reading.__name__, tok.doc.text, tok.text)
            return got
        return call

    monkeypatch.setattr(verb_candidates, "_verb_readings", _Every)
    for reading, lemmas in readings.items():
        monkeypatch.setattr(verb_candidates, reading.__name__, watched(reading, lemmas))
    for doc in example_docs:
        for tok in doc:
            _verb_event(tok, set())
    assert min(calls.values()) > 0 and sum(outside.values()) > 1000


def test_objects_helpers_read_the_labels_objects_read(example_docs):
    # objects reads each dependent's label once and hands the labels to its helpers
    # (a Token's dep_ looks its string up at each read); they find what the tokens say
    told = 0
    for doc in example_docs:
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            kids = list(tok.children)
            deps = [c.dep_ for c in kids]
            got = _told_of(tok, kids, deps)
            assert got == _told_of(tok, kids, [c.dep_ for c in tok.children])
            assert objects(tok) == objects(tok, tok.children)
            told += bool(got)
    assert told > 10



def test_a_sentence_with_no_feeling_word_looks_none_up(example_docs, monkeypatch):
    # judge tests a sentence once for any reaction word (most have none) before looking
    # each of its words up in roles.json reactions
    import dataclasses

    from dateline.events import judged

    class Counted(dict):
        calls = 0

        def get(self, *a):  # type: ignore[override]
            Counted.calls += 1
            return super().get(*a)

    real = lexicon.roles()
    reactions = Counted(real.reactions)
    monkeypatch.setattr(lexicon, "roles", lambda: dataclasses.replace(real, reactions=reactions))
    plain = next(s for d in example_docs for s in d.sents
                 if real.reactions.keys().isdisjoint(t.lower_ for t in s)
                 and real.reactions.keys().isdisjoint(t.lemma_.lower() for t in s))
    judged.judge(SentenceWords(plain), [])
    assert Counted.calls == 0
    felt = next(s for d in example_docs for s in d.sents
                if not real.reactions.keys().isdisjoint(t.lower_ for t in s))
    judged.judge(SentenceWords(felt), [])
    assert Counted.calls > 0
