"""Every rule in rules.json carries its own examples; each must (not) fire as stated."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.datecheck.check import evaluate, readings
from dateline.datecheck.resources import rules

CASES = [(name, ex) for name, spec in rules()["rules"].items() for ex in spec["examples"]]

IDS = [f"{n}:{e['text'][:30]}" for n, e in CASES]


@pytest.mark.parametrize(("name", "example"), CASES, ids=IDS)
def test_rule_example_without_parse(name, example):
    text, dct = example["text"], date.fromisoformat(example["dct"])
    fired = {f.rule for f in evaluate(readings(text), text, dct).findings}
    assert (name in fired) is example["fires"], fired


@pytest.mark.parametrize(("name", "example"), CASES, ids=IDS)
def test_rule_example_with_parse(nlp, name, example):
    text, dct = example["text"], date.fromisoformat(example["dct"])
    fired = {f.rule for f in evaluate(readings(text, (), nlp(text)), text, dct).findings}
    assert (name in fired) is example["fires"], fired


def test_every_rule_has_a_firing_and_a_quiet_example():
    for name, spec in rules()["rules"].items():
        outcomes = {ex["fires"] for ex in spec["examples"]}
        assert outcomes == {True, False}, name
