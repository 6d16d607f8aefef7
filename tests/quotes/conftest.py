"""Shared fixtures of the quote finder's tests."""

from __future__ import annotations

import pytest

from dateline import quotes
from dateline.quotes import learned


@pytest.fixture
def use_model(monkeypatch):
    """``use_model(m)``: the learned cue tagger answers with ``m`` (a CueModel, or None for
    no model) for the rest of the test, whatever model ships."""

    def use(m):
        monkeypatch.setattr(learned, "model", lambda: m)

    return use


@pytest.fixture
def cue_sources(nlp):
    """``cue_sources(text)``: each cue word the finder reads in ``text`` with the first
    source span it gives that cue."""

    def sources(text):
        out = {}
        for q in quotes.find(text, nlp(text)):
            if q.cue and q.speaker_start is not None:
                out.setdefault(q.cue, text[q.speaker_start : q.speaker_end])
        return out

    return sources
