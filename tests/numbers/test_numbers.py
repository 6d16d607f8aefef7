"""Numbers stage: every table entry's own examples, counted nouns, units and vetoes."""

from __future__ import annotations

import pytest

from dateline import numbers
from dateline.model import Timex
from dateline.numbers.lexicon import load, tables
from dateline.numbers.parse import value_of


def _find(nlp, text, skip=()):
    return numbers.find(text, nlp(text), skip)


def _one(nlp, text, needle):
    hits = [q for q in _find(nlp, text) if needle.lower() in q.text.lower()]
    assert hits, f"{needle!r} not found in {text!r}: {_find(nlp, text)}"
    return hits[0]


VAGUE = [(v, ex) for v in load("vague.json")["vague"] for ex in v["examples"]]
MODS = [(m, ex) for m in load("modifiers.json")["modifiers"] for ex in m["examples"]]


@pytest.mark.parametrize(("entry", "example"), VAGUE, ids=[f"{v['phrase']}" for v, _ in VAGUE])
def test_vague_table_examples(nlp, entry, example):
    q = _one(nlp, example, entry["phrase"])
    assert q.value == entry["value"]
    assert q.approx == entry["approx"]
    if entry["approx"]:
        assert (q.low, q.high) == (entry["low"], entry["high"])


@pytest.mark.parametrize(("entry", "example"), MODS, ids=[m["phrase"] for m, _ in MODS])
def test_modifier_table_examples(nlp, entry, example):
    q = _one(nlp, example, entry["phrase"])
    assert q.approx
    if entry["bound"] == "below":
        assert q.high == q.value and q.low is None
    elif entry["bound"] == "above":
        assert q.low == q.value and q.high is None
    else:
        assert q.low is None and q.high is None


@pytest.mark.parametrize("ex", load("words.json")["examples"], ids=lambda e: e["text"])
def test_number_words(ex):
    assert value_of(ex["text"], tables()) == ex["value"]


ABBR = load("words.json")["abbreviations"]["examples"]


@pytest.mark.parametrize("ex", ABBR, ids=lambda e: e["text"])
def test_letter_scales(nlp, ex):
    """'£20m', '$1.5bn', '1.5 m Haitians' are millions and billions; '300m' or 'a 5m
    wall' is a length, reported as no count (words.json abbreviations' own examples)."""
    hits = [q for q in _find(nlp, ex["text"]) if ex["needle"] in q.text]
    if ex["value"] is None:
        assert not hits, hits
        return
    assert len(hits) == 1, (ex["text"], _find(nlp, ex["text"]))
    assert (hits[0].value, hits[0].counts) == (ex["value"], ex["counts"])


def test_letter_scale_agrees_with_the_word(nlp):
    """The same figure written two ways is one value: the disagreement check compares them."""
    short = _one(nlp, "Some 1.5 m Haitians lost their homes.", "1.5")
    long = _one(nlp, "Some 1.5 million Haitians lost their homes.", "1.5")
    assert (short.value, short.counts) == (long.value, long.counts) == (1_500_000, "Haitians")


def test_no_figure_is_cut_out_of_a_longer_one(nlp):
    """'$1.5bn' was read as '$1' before the parser saw '.5bn'."""
    found = [q.text for q in _find(nlp, "It paid $1.5bn for 2.5 tonnes.")]
    assert found == ["$1.5bn", "2.5 tonnes"]


@pytest.mark.parametrize(
    ("text", "needle", "value", "counts"),
    [
        ("Hamas released 25 Israeli hostages on Sunday.", "25", 25, "hostages"),
        ("It returned the bodies of eight others.", "eight", 8, "bodies"),
        ("Strikes killed dozens of Palestinians.", "dozens", 24, "Palestinians"),
        ("Two million people live in the strip.", "Two million", 2_000_000, "people"),
        ("The agency hired 40 aid workers.", "40", 40, "aid workers"),
        ("Nearly two dozen journalists signed.", "two dozen", 24, "journalists"),
    ],
)
def test_counted_noun(nlp, text, needle, value, counts):
    q = _one(nlp, text, needle)
    assert q.value == value
    assert q.counts == counts
    assert text[q.start : q.end] == q.text


def test_money_and_percent_keep_their_unit(nlp):
    q = _one(nlp, "The fund lost more than $5 million last year.", "$5")
    assert (q.value, q.counts, q.low) == (5_000_000, "dollars", 5_000_000)
    p = _one(nlp, "Turnout fell to 48% in the city.", "48")
    assert (p.value, p.counts) == (48, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2023 and ended later.",
        "It ended her almost unbroken 15-year rule.",
        "Netanyahu refused to move to Phase 2 of the deal.",
        "The meeting started at 10:30 and the vote was 3-2.",
        "She finished first and he came second.",
        "No one was hurt, and one of them fled.",
    ],
)
def test_not_counts(nlp, text):
    assert _find(nlp, text) == ()


def test_spans_inside_timexes_are_skipped(nlp):
    text = "Talks lasted three days and freed 12 hostages."
    start = text.index("three days")
    tx = Timex("t1", start, start + len("three days"), "three days", "DURATION", "P3D")
    found = numbers.find(text, nlp(text), [(tx.start, tx.end)])
    assert [q.value for q in found] == [12]


def test_works_without_a_parse():
    found = numbers.find("They freed 1,800 prisoners and hundreds of others.")
    assert [q.value for q in found] == [1800, 200]
    assert all(q.counts is None for q in found)


def test_bare_spelled_numbers_without_a_noun_are_not_counts(nlp):
    text = "Her flaws are, one, her temper, and two, her manners. Do you see those two?"
    assert _find(nlp, text) == ()
    assert [q.value for q in _find(nlp, "Two were killed and 650 injured.")] == [2, 650]


def test_a_spelled_number_with_a_scale_word_counts_without_a_noun(nlp):
    # 'the toll passed thirty thousand': written in words as 30,000 would be in digits
    found = _find(nlp, "The toll in the valley passed thirty thousand on Sunday.")
    assert [(q.text, q.value) for q in found] == [("thirty thousand", 30000)]
    assert [q.value for q in _find(nlp, "It rose to two hundred by noon, then to 250.")] \
        == [200, 250]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("A bomb went off in the depot hall, killing three.", [3]),
        ("Shells hit the ferry, killing two people and wounding two before dawn.", [2, 2]),
        ("Rebels shot 11 villagers near the bridge and another seven near a church.", [11, 7]),
        ("Nine guards died, including seven who were hit by a shell.", [9, 7]),
    ],
)
def test_a_spelled_number_standing_for_its_noun_counts(nlp, text, values):
    """'killing three', 'wounding two', 'another seven', 'including seven who died': the noun
    is left out, the figure is still a tally (issue #4; not 'those two' nor an enumeration)."""
    assert [q.value for q in _find(nlp, text)] == values


def test_a_number_coordinated_with_a_counted_noun_counts_it(nlp):
    q = _one(nlp, "The militia killed 3 farmers and seven were arrested.", "seven")
    assert (q.value, q.counts) == (7, "farmers")


@pytest.mark.parametrize(
    ("text", "needle", "counts"),
    [
        ("Troops found 40 rifles in the barn, thirty of which were loaded.", "thirty", "rifles"),
        ("Officials counted 900 shells on Monday, 120 of which hit homes.", "120", "shells"),
        ("The army stopped the convoys, 4 of which carried fuel.", "4", "which"),
    ],
)
def test_a_part_counted_by_a_relative_pronoun(nlp, text, needle, counts):
    """'thirty of which' counts what the larger figure before it in its sentence counts
    (not a noun the parser hangs the relative clause on: 'barn'); with none, 'which'."""
    assert _one(nlp, text, needle).counts == counts
