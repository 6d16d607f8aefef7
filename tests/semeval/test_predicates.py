"""Events an entity takes part in (dateline.predicates), on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.ingest import article_from_text
from dateline.model import Annotation
from dateline.pipeline import STAGES
from dateline.predicates import lexicon, predicates, same_entity


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str, target: str, dct: str = "2024-02-06"):
        doc = nlp(text)
        ann = Annotation(article=article_from_text(text, dct=date.fromisoformat(dct)))
        for name, stage in STAGES:
            if name != "datecheck":
                ann = stage(ann, doc)
        return predicates(ann, doc, target)

    return go


@pytest.mark.parametrize("ex", lexicon().examples, ids=lambda ex: ex["text"][:40])
def test_lexicon_examples(run, ex) -> None:
    assert [p.text for p in run(ex["text"], ex["entity"])] == ex["predicates"]


def test_dates_come_from_the_events_anchoring(run) -> None:
    ps = run("Mara Velde founded the company in 1998. She was fired in 2003 and left "
             "for Oslo.", "Mara Velde")
    assert [(p.text, p.time.value, p.time.how) for p in ps] == [
        ("founded", "1998", "clause"), ("fired", "2003", "clause"), ("left", "2003", "clause")]
    assert [p.role for p in ps] == ["subject", "subject", "subject"]


def test_a_name_the_tagger_missed_is_found_by_its_words(run) -> None:
    ps = run("Sales of the zorblet fell sharply last year.", "zorblet")
    assert [p.text for p in ps] == ["Sales"]


def test_same_entity() -> None:
    assert same_entity("Apple Corps", "Beatles Apple Corps")
    assert not same_entity("Apple", "Beatles Apple Corps")
    assert same_entity("Jobs", "Jobs") and same_entity("iPhone 4", "iphone 4")
    assert not same_entity("iPhone", "iPhone 4")
    assert not same_entity("iPod nano", "iPod")
    assert same_entity("Beatles' Apple Corps", "Beatles Apple Corps")
    assert same_entity("the Vendo Music Store", "Vendo Store")
    assert not same_entity("Vendo Store Cards", "Vendo Store")
