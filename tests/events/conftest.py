from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

import dateline
from dateline.config import Settings
from dateline.ingest import article_from_text
from dateline.model import Annotation, Timex
from dateline.pipeline import STAGES, load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp(Settings().model)


@pytest.fixture(scope="session")
def annotate_events(nlp):
    """Run the stages up to and including events on a text (datecheck left out)."""

    def run(text: str, dct: str | None = "2024-02-06", extra=None) -> Annotation:
        doc = nlp(text)
        dct_ = date.fromisoformat(dct) if dct else None
        ann = Annotation(article=article_from_text(text, dct=dct_))
        for name, stage in STAGES:
            if name == "events" and extra is not None:
                ann = extra(ann)
            if name != "datecheck":
                ann = stage(ann, doc)
        return ann

    return run


@pytest.fixture(scope="session")
def dated():
    """``dated({phrase: value, ...})``: an ``extra`` step for annotate_events giving the
    article DATE timexes t1, t2, ... at the first occurrence of each phrase, with the
    given values."""

    def make(dates: dict[str, str]):
        def add(ann: Annotation) -> Annotation:
            text = ann.article.text
            ts = tuple(Timex(f"t{i}", text.index(s), text.index(s) + len(s), s, "DATE", v,
                             sentence=0)
                       for i, (s, v) in enumerate(dates.items(), 1))
            return replace(ann, timexes=ts)

        return add

    return make


@pytest.fixture(scope="session")
def coded_events(nlp):
    """``coded_events(text)``: the events `dateline events` writes for one JSON line of text,
    most salient first (one helper for the test files that only need that)."""
    from dateline.events import code_events_jsonl

    def run(text: str) -> list[dict[str, object]]:
        return next(code_events_jsonl([json.dumps({"text": text})], nlp=nlp))["events"]

    return run


@pytest.fixture(scope="session")
def top_event(coded_events):
    """``top_event(text)``: the first (most salient) event coded_events writes for a text,
    else ``{"root": "NONE"}``, for the files that read that one event's fields."""

    def top(text: str) -> dict[str, object]:
        evs = coded_events(text)
        return evs[0] if evs else {"root": "NONE"}

    return top


@pytest.fixture(scope="session")
def top_root():
    """``top_root(evs)``: the root of the first (most salient) of coded_events' events,
    "NONE" when it found none (one helper for the files that assert the top event only)."""

    def top(evs: list[dict[str, object]]) -> object:
        return evs[0]["root"] if evs else "NONE"

    return top


@pytest.fixture(scope="session")
def roots():
    """``roots(evs)``: the roots of coded_events' events in their order, most salient first
    (for the files that assert the top one and what else was coded)."""

    def of(evs: list[dict[str, object]]) -> list[object]:
        return [e["root"] for e in evs]

    return of


@pytest.fixture(scope="session")
def event_at():
    """``event_at(text, trigger)``: the event ``dateline.annotate`` finds on ``trigger`` in the
    text, dated 2025-03-07 (one helper for the test files that ask one event's fields)."""

    def find(text: str, trigger: str):
        ann = dateline.annotate(f"date 2025-03-07\n{text}")
        return next(e for e in ann.events if e.trigger == trigger)

    return find
