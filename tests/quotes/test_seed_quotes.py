"""The seed article's two Netanyahu quotes (skips when the seed is absent)."""

from __future__ import annotations

import re

import pytest

from dateline import quotes
from dateline.model import Timex
from dateline.text import sentences


def _text(seed_text):
    return re.sub(r"^date \d{4}-\d{2}-\d{2}\s*", "", seed_text)


def _at(text, s, value, tid):
    i = text.index(s)
    return Timex(tid, i, i + len(s), s, "DATE", value)


def _two(found):
    direct = [q for q in found if q.kind == "direct"]
    committed = [q for q in direct if "committed to continuing the war" in q.text]
    reserve = [q for q in direct if "reserve the right" in q.text]
    assert len(committed) == 1 and len(reserve) == 1
    return committed[0], reserve[0]


def test_seed_quotes_speaker_cue_and_time(nlp, seed_text):
    text = _text(seed_text)
    doc = nlp(text)
    # timexes as the timex stage should normalise them against DCT 2024-02-06
    txs = (_at(text, "last June", "2023-06", "t1"), _at(text, "Jan. 18", "2024-01-18", "t2"))
    committed, reserve = _two(quotes.find(text, doc, sentences(doc), txs))
    for q in (committed, reserve):
        assert q.speaker is not None and "Netanyahu" in q.speaker
        assert q.cue == "said" and text[q.speaker_start : q.speaker_end] == "he"
    assert committed.cue_start > committed.end  # "he said" after
    assert reserve.cue_end < reserve.start  # "he said" before
    assert committed.time == "2023-06"
    assert reserve.time == "2024-01-18"


def test_seed_indirect_claims(nlp, seed_text):
    text = _text(seed_text)
    found = quotes.find(text, nlp(text))
    got = {(q.speaker, q.cue, q.text) for q in found if q.kind == "indirect"}
    # the content runs from the accused party to the comma before the participle clause (the
    # seed's own words, read from it rather than copied here)
    start = text.index("Hamas of preparing")
    assert ("Israel", "accused", text[start : text.index(",", start)]) in got
    assert ("The militant group", "denied", "those allegations") in got


def test_seed_times_from_the_timex_stage(nlp, seed_text):
    from datetime import date

    from dateline import timex

    text = _text(seed_text)
    doc = nlp(text)
    txs = timex.tag(text, date(2024, 2, 6), doc)
    if not any(t.text == "last June" for t in txs):
        pytest.skip("timex engine does not tag 'last June' yet")
    committed, reserve = _two(quotes.find(text, doc, sentences(doc), txs))
    assert (committed.time, reserve.time) == ("2023-06", "2024-01-18")
