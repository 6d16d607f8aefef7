"""merge.status: one article's confirmed tally and its suspected tally are two
(rules.json status_examples; invented sentences)."""

from __future__ import annotations

import pytest

from dateline.merge import rules
from dateline.merge.status import status_apart, tally_status

from .helpers import assert_pair_veto, occurrence_at

R = rules()
EXAMPLES = R.raw["status_examples"]


def _side(eid, ex, side, article="A", index=0):
    return occurrence_at(eid, ex[side], ex["class"] + "+noun", article, index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_status_examples(ex):
    a, b = _side("e1", ex, "a"), _side("e2", ex, "b", index=ex.get("b_index", 0))
    assert_pair_veto(status_apart, "confirmed and suspected", a, b, ex["apart"], R)


def test_another_article_may_since_have_confirmed_them():
    ex = next(e for e in EXAMPLES if e["apart"] and e.get("b_index"))
    a, b = _side("e1", ex, "a"), _side("e2", ex, "b", article="B")
    assert tally_status(a, R) == "confirmed" and tally_status(b, R) == "suspected"
    assert not status_apart(a, b, R)


def test_a_verb_mention_has_no_standing():
    ex = EXAMPLES[0]
    side = ex["b"]
    m = occurrence_at("e1", side, ex["class"], "A", 0)
    assert tally_status(m, R) is None


@pytest.mark.parametrize("sentence", [
    "The valley has 40 confirmed cases, 14 deaths and two clinics shut .",  # untokenised
    "The valley has 40 confirmed cases , 14 deaths and two clinics shut .",  # tokenised
])
def test_a_comma_between_closes_the_phrase(sentence):
    side = {"sentence": sentence, "trigger": "deaths", "at": "first"}
    m = occurrence_at("e1", side, "occ.disease.death+noun", "A", 0)
    assert tally_status(m, R) is None
    plain = {**side, "sentence": "Health officials reported 14 confirmed deaths in the valley ."}
    assert tally_status(occurrence_at("e2", plain, "occ.disease.death+noun", "A", 0), R) == (
        "confirmed")
