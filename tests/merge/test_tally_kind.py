"""merge.tally_kind: one sentence's new ones (or rate) and the running count are two
(rules.json tally_kind_examples; invented sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, pair_score, rules
from dateline.merge.similarity import cannot_link
from dateline.merge.tally_kind import kinds_apart, tally_kind

from .helpers import assert_pair_veto, mention, occurrence_at

R = rules()
EXAMPLES = R.raw["tally_kind_examples"]


def _side(eid, ex, side, article="A", index=0):
    return occurrence_at(eid, ex[side], ex["class"] + "+noun", article, index)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_tally_kind_examples(ex):
    a, b = _side("e1", ex, "a"), _side("e2", ex, "b", index=ex.get("b_index", 0))
    assert_pair_veto(kinds_apart, "tally kinds apart", a, b, ex["apart"], R)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_a_cannot_link_of_one_sentence(ex):
    a, b = _side("e1", ex, "a"), _side("e2", ex, "b", index=ex.get("b_index", 0))
    assert cannot_link(a, b, R) == ("tally kinds apart" if ex["apart"] else None)


def _cases(eid: str, sentence: str, last: bool, index: int):
    m = mention("A", eid, type="OCCURRENCE", rule="occ.disease.case+noun", trigger="cases",
                sentence=sentence, date="2025-04-02", time_how="dct")
    at = sentence.rfind("cases") if last else sentence.find("cases")
    return replace(m, start=at, end=at + len("cases"), sentence_index=index)


def test_new_ones_and_the_total_never_join_through_the_new_ones_told_before():
    """The new cases, told in a sentence of their own, score high with both mentions of the
    next sentence (the new ones named again, and the total they make): without the
    cannot-link the three are one event; with it the total stays apart."""
    first = "Seventeen new cases of the fever were confirmed among students at Varn colleges ."
    then = ("Health officials said the new cases meant there were 20 confirmed cases of the "
            "fever among students at Varn colleges .")
    ms = [_cases("e1", first, False, 0), _cases("e2", then, False, 1),
          _cases("e3", then, True, 1)]
    assert pair_score(ms[0], ms[2], R).score >= R.threshold
    assert pair_score(ms[1], ms[2], R).veto == "tally kinds apart"
    off = EventMerger(replace(R, cannot_link=R.cannot_link - {"tally kinds apart"}))
    off.add(ms)
    assert len(off.clusters()) == 1
    on = EventMerger(R)
    on.add(reversed(ms))
    got = sorted(sorted(m.event_id for m in g) for g in on.clusters())
    assert got == [["e1", "e2"], ["e3"]]


def test_kinds_read():
    new, rate = EXAMPLES[0], EXAMPLES[2]
    assert tally_kind(_side("e1", new, "a"), R) == "new"
    assert tally_kind(_side("e2", new, "b"), R) == "count"
    assert tally_kind(_side("e1", rate, "a"), R) == "rate"


def test_only_one_sentence():
    ex = EXAMPLES[0]
    a, b = _side("e1", ex, "a"), _side("e2", ex, "b", index=1)
    assert tally_kind(a, R) != tally_kind(b, R)
    assert not kinds_apart(a, b, R)


def test_a_verb_mention_has_no_kind():
    """'infected' is no noun: neither new ones nor a count, so no kind tells it apart from
    the count of its sentence."""
    s = "Nine more people were infected in Varn , where 40 cases are now known ."
    verb = occurrence_at("e1", {"sentence": s, "trigger": "infected", "at": "first"},
                         "occ.disease.case", "A", 0)
    count = occurrence_at("e2", {"sentence": s, "trigger": "cases", "at": "first"},
                          "occ.disease.case+noun", "A", 0)
    assert tally_kind(verb, R) is None and tally_kind(count, R) == "count"
    assert not kinds_apart(verb, count, R) and not kinds_apart(count, verb, R)


def test_a_comma_closes_the_phrase():
    side = {"sentence": "Besides the new , 40 cases were logged .", "trigger": "cases",
            "at": "first"}
    assert tally_kind(occurrence_at("e1", side, "occ.disease.case+noun", "A", 0), R) == (
        "count")
