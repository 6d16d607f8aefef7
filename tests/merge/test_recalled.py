"""merge.recalled: an occurrence whose own phrase names a past occurrence its store ties to a
year long before is that old occurrence, and leaves the story's group (recalled_apart,
recalled_leave; rules.json recalled_examples; invented stores and sentences)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import rules
from dateline.merge.recalled import (
    past_names,
    recalled_apart,
    recalled_leave,
    recalled_name,
    table_rows,
    ties,
)

from .helpers import example_side, recalled_side

R = rules()
EXAMPLES = R.raw["recalled_examples"]


def _example(note: str) -> dict:
    return next(e for e in EXAMPLES if e["note"] == note)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e["note"][:40])
def test_recalled_examples(ex):
    a, b = recalled_side("e1", ex, "a"), recalled_side("e2", ex, "b", article="B")
    assert recalled_apart(a, b, R) is recalled_apart(b, a, R) is ex["apart"]
    group = [a.key, b.key, ("C", "e3")]
    mentions = {a.key: a, b.key: b, ("C", "e3"): replace(b, article_id="C", event_id="e3")}
    got = recalled_leave([group], mentions, R, lambda k: [])
    assert got == ([[a.key], sorted([b.key, ("C", "e3")])] if ex["apart"] else [group])


def test_those_recalling_one_name_leave_together():
    ex = next(e for e in EXAMPLES if e["apart"])
    a1, a2 = recalled_side("e1", ex, "a"), recalled_side("e1", ex, "a", article="C")
    b = recalled_side("e2", ex, "b", article="B")
    mentions = {m.key: m for m in (a1, a2, b)}
    tied = {a1.key: [(a2.key, R.threshold)], a2.key: [(a1.key, R.threshold)], b.key: []}
    got = recalled_leave([sorted(mentions)], mentions, R, lambda k: tied[k])
    assert got == sorted([[b.key], sorted([a1.key, a2.key])])
    assert recalled_leave([sorted(mentions)], mentions, R, lambda k: []) == sorted(
        [[b.key], [a1.key], [a2.key]])  # no scored pair at the threshold: each alone


def test_a_sentence_ties_a_name_to_a_past_year():
    assert ties("Crews recall the 1989 Corvane Meridian spill .", 2025, R) == [
        ("corvane meridian", 1989)]
    assert ties("Nobody forgot the Corvane Meridian tanker spill in 1989 .", 2025, R) == [
        ("corvane meridian", 1989)]  # the site word between is no part of the name
    assert ties("Velmar 's Corvane Meridian spill of 1989 cost billions .", 2025, R) == [
        ("corvane meridian", 1989)]
    assert ties("The 2025 Corvane Meridian spill is the largest yet .", 2025, R) == []
    assert ties("The 1989 Corvane Meridian sailed north .", 2025, R) == []  # no occurrence


def test_aliases_stand_for_the_name_tied_most():
    rows = table_rows([("Crews recall the 1989 Corvane Meridian spill .", 2025),
                       ("Corvane is a small port .", 2025)], R)
    got = {key: (label, year, tied, naming) for key, label, year, tied, naming in rows}
    assert got["corvane meridian"] == ("corvane meridian", 1989, 1, 1)
    assert got["meridian"] == ("corvane meridian", 1989, 1, 1)
    assert got["corvane"] == ("corvane meridian", 1989, 1, 2)


def test_the_names_phrase_before_and_after_the_trigger():
    ex = _example("the name after 'from', the year after the noun")
    assert recalled_side("e1", ex, "a").recalled == "corvane meridian"  # 'from the ...'
    assert recalled_side("e2", ex, "b").recalled == ""  # the story's own spill
    ex = _example("the old spill named outside the mention's phrase: a comparison")
    assert recalled_side("e1", ex, "a").recalled == ""


def test_a_store_naming_no_past_occurrence_reads_nothing():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = example_side("e1", ex, "a")
    assert recalled_name(a, {}, R) is None
    assert a.recalled is None  # from an Annotation
    b = recalled_side("e2", ex, "b", article="B")
    assert not recalled_apart(a, b, R) and recalled_apart(recalled_side("e1", ex, "a"), b, R)


def test_a_name_shared_by_many_sentences_is_the_storys_own():
    ex = _example("a name the story goes by, tied to a past year once among many")
    rows = table_rows([(s, y) for y, s in ex["store"]], R)
    assert any(key == "marrow" for key, *_ in rows)
    assert "marrow" not in past_names(rows, R)


def test_two_classes_are_not_asked():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = recalled_side("e1", ex, "a")
    b = replace(recalled_side("e2", ex, "b", article="B"), rule="occ.accident.fire+noun")
    assert not recalled_apart(a, b, R)


def test_the_veto_switches_off():
    ex = next(e for e in EXAMPLES if e["apart"])
    off = replace(R, limits={**R.limits, "recalled_veto": 0})
    a, b = recalled_side("e1", ex, "a"), recalled_side("e2", ex, "b", article="B")
    assert not recalled_apart(a, b, off)
    assert recalled_leave([[a.key, b.key]], {a.key: a, b.key: b}, off, lambda k: []) == [
        [a.key, b.key]]
    assert past_names(table_rows([(s, y) for y, s in ex["store"]], R), off) == {}


def test_an_old_occurrence_told_by_its_year_alone_is_left_to_the_dates():
    ex = next(e for e in EXAMPLES if e["apart"])
    a = recalled_side("e1", ex, "a")
    b = recalled_side("e2", ex, "b", article="B")
    old = replace(b, time_value="1989", time_how="clause", date_start=date(1989, 1, 1),
                  date_end=date(1989, 12, 31))
    assert b.recalled == old.recalled == "" and recalled_apart(a, b, R)
    assert not recalled_apart(a, old, R) and not recalled_apart(old, a, R)
