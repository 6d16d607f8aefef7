"""Data test: the ten events the seed article reports come out with root and actor."""

from __future__ import annotations

import pytest

from dateline.ingest import article_from_text
from dateline.model import Annotation
from dateline.pipeline import STAGES

# (root, trigger word, acceptable actors); triggers locate the mention, not the coding
EXPECTED = [
    ("ASSAULT", "killed", {"Israel"}),
    ("AGREE", "agreed", {"Benjamin Netanyahu", "Israel"}),
    ("SUPPORT", "backed", {"United States", "Donald Trump"}),
    ("ACCUSE", "accused", {"Israel"}),
    ("REJECT", "denied", {"Hamas"}),
    ("REQUEST", "calling", {"Hamas"}),
    ("RETREAT", "released", {"Hamas"}),  # a release of persons, CAMEO 0841
    ("RETREAT", "pulled", {"Israel"}),
    ("AID", "aid", None),
    ("THREATEN", "threatened", {"Bezalel Smotrich"}),
]


@pytest.fixture(scope="module")
def seed_ann(nlp, seed_text) -> Annotation:
    ann = Annotation(article=article_from_text(seed_text, dct="2024-02-06"))
    doc = nlp(ann.article.text)  # ingest may strip the "date" header line
    for name, stage in STAGES:
        if name != "datecheck":
            ann = stage(ann, doc)
    return ann


@pytest.mark.data
@pytest.mark.parametrize(("root", "trigger", "actors"), EXPECTED, ids=[e[1] for e in EXPECTED])
def test_seed_event(seed_ann, root, trigger, actors):
    found = [e for e in seed_ann.events if e.type == root and trigger in e.trigger.split()]
    assert found, f"no {root} event triggered by {trigger!r}"
    if actors is not None:
        assert any(e.actor in actors for e in found), [(e.trigger, e.actor) for e in found]


@pytest.mark.data
def test_seed_denial_links_accusation(seed_ann):
    acc = next(e for e in seed_ann.events
               if e.type == "ACCUSE" and e.target == "Hamas" and e.trigger == "accused")
    den = next(e for e in seed_ann.events if e.type == "REJECT" and e.trigger == "denied")
    assert ("denies", acc.id) in den.links


@pytest.mark.data
def test_seed_accused_act_is_the_accuseds_and_alleged(seed_ann):
    """What Israel accuses Hamas of readying is Hamas's act as alleged, not one done or
    declared."""
    acc = next(e for e in seed_ann.events if e.type == "ACCUSE" and e.trigger == "accused"
               and e.target == "Hamas")
    alleged = [e for e in seed_ann.events if ("governed_by", acc.id) in e.links]
    assert alleged and all(e.actor == "Hamas" and e.modality == "reported" for e in alleged)


@pytest.mark.data
def test_seed_doubt_cast_names_no_people(seed_ann):
    """Doubt cast on a deal ('it') targets no people."""
    doubts = [e for e in seed_ann.events if e.trigger == "cast doubt"]
    assert doubts and all(e.target not in ("Palestine", "Palestinians") for e in doubts)
