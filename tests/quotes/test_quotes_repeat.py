"""Quotes and numbers are found paragraph by paragraph: a text made of N copies of one
paragraph gives N copies of that paragraph's findings, shifted by the paragraph's offset.

Speed is measured in bench/ (``bench/eval_plover.py --speed``: the whole annotation
against bare spaCy), never in a timed unit test; this checks the behaviour that keeps the
cost linear: no finding reaches across paragraphs or depends on what came before.
"""

from __future__ import annotations

from dateline import numbers, quotes

PARA = (
    "\u201cWe will not stop,\u201d said Defense Minister Jane Doe, adding that 25 soldiers "
    "were hurt. According to officials, hundreds of people fled. Critics accused the army "
    "of ignoring warnings, and he said: \"Nobody listened to us.\"\n\n"
)


def _found(nlp, n):
    text = PARA * n
    doc = nlp(text)
    qs = [(q.start, q.end, q.speaker, q.cue, q.kind) for q in quotes.find(text, doc)]
    ns = [(x.start, x.end, x.value) for x in numbers.find(text, doc)]
    return qs, ns


def _shift(rows, k):
    step = len(PARA)
    return [(r[0] + k * step, r[1] + k * step, *r[2:]) for r in rows]


def test_repeated_paragraphs_repeat_findings(nlp):
    one_q, one_n = _found(nlp, 1)
    assert len(one_q) >= 3 and len(one_n) >= 2
    assert any(q[2] == "Jane Doe" for q in one_q)
    assert {q[4] for q in one_q} == {"direct", "indirect"}
    many_q, many_n = _found(nlp, 12)
    assert many_q == [row for k in range(12) for row in _shift(one_q, k)]
    assert many_n == [row for k in range(12) for row in _shift(one_n, k)]
