"""A known event named as the time of another act is no new event (roles.json
time_boundaries; events._time_boundary): 'fired last shots before the truce began'
(issue 4, bench/eval_st_events.py's second gaza sample)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("time_boundaries"),
                         ids=lambda ex: str(ex["text"])[:40])
def test_time_boundary_examples(coded_events, ex):
    triggers = [e["trigger"] for e in coded_events(str(ex["text"]))]
    if ex["trigger"] is not None:
        assert ex["trigger"] not in triggers
    assert ex["kept"] in triggers


def test_a_measure_before_the_clause_may_carry_the_subordinator(nlp):
    """'Hours before the truce was announced': the parser may make 'before' a preposition on
    'Hours', which hangs on the clause's verb; the clause is still one of time."""
    from spacy.tokens import Doc

    from dateline.events import _time_marked

    words = ["Hours", "before", "the", "truce", "was", "announced", ",", "he", "said", "."]
    heads = [5, 0, 3, 5, 5, 8, 8, 8, 8, 8]
    deps = ["dep", "prep", "det", "nsubjpass", "auxpass", "advcl", "punct", "nsubj", "ROOT",
            "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    marks = lexicon.roles().boundary_marks
    assert _time_marked(doc[5], marks)
    deps[0] = "nsubj"  # no measure: 'before' on a subject is no subordinator of the clause
    assert not _time_marked(Doc(nlp.vocab, words=words, heads=heads, deps=deps)[5], marks)
