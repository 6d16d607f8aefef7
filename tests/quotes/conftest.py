"""Shared fixtures of the quote finder's tests."""

from __future__ import annotations

import pytest

from dateline.quotes import learned


@pytest.fixture
def use_model(monkeypatch):
    """``use_model(m)``: the learned cue tagger answers with ``m`` (a CueModel, or None for
    no model) for the rest of the test, whatever model ships."""

    def use(m):
        monkeypatch.setattr(learned, "model", lambda: m)

    return use
