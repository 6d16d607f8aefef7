"""Tokenised brackets ('-LRB-', '-RRB-': Penn-Treebank-style text) stay out of names."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.entities.document import bracket_cut
from dateline.ingest import article_from_text
from dateline.merge.name_words import name_tokens
from dateline.model import Annotation
from dateline.pipeline import STAGES


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Norvik Energy Plc", "Norvik Energy Plc"),
        ("-RRB- - Norvik Energy Plc", "Norvik Energy Plc"),
        ("Norvik Energy Plc -LRB- NOR.L", "Norvik Energy Plc"),
        ("-RRB- - Norvik Energy Plc -LRB- NOR.L -RRB-", "Norvik Energy Plc"),
        ("the Coastal Safety Board -LRB- CSB -RRB-", "the Coastal Safety Board"),
        ("Reuters -RRB- - Lawmakers", "Lawmakers"),
        ("IMO -RRB-", "IMO"),
        ("-RRB-", ""),
        ("-LRB- CSB", ""),
        ("Havnor - Stellby", "Havnor - Stellby"),  # no bracket: the name is whole
    ],
)
def test_bracket_cut(words, name):
    ws = words.split()
    lo, hi = bracket_cut(ws)
    assert " ".join(ws[lo:hi]) == name


def _annotate(nlp, text):
    doc = nlp(text)
    ann = Annotation(article=article_from_text(text, dct=date(2024, 6, 4)))
    for name, stage in STAGES:
        if name != "datecheck":
            ann = stage(ann, doc)
    return ann


def test_entities_and_actors_leave_brackets_out(nlp):
    ann = _annotate(
        nlp,
        "The International Maritime Organisation -LRB- IMO -RRB- said on Monday it would "
        "investigate the collision . The IMO condemned the crew .",
    )
    assert ann.entities
    for e in ann.entities:
        assert "-LRB-" not in e.text + e.canonical and "-RRB-" not in e.text + e.canonical
    # the acronym in tokenised brackets aliases the long name, as '(IMO)' does
    imo = [e for e in ann.entities if e.text == "IMO"]
    assert imo and imo[0].canonical == "International Maritime Organisation"
    actors = {ev.trigger: ev.actor for ev in ann.events}
    assert actors.get("condemned") == "International Maritime Organisation"


def test_merge_name_words_leave_brackets_out_and_keep_acronyms():
    # stores built before the entities fix still hold such names
    assert name_tokens("IMO -RRB-") == name_tokens("the IMO") == frozenset({"imo"})
    assert name_tokens("WHO -RRB-") == frozenset({"who"})
    assert "rrb" not in name_tokens("-RRB- - Norvik Plc")
