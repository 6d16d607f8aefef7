"""Every rule in the package data carries examples; each must come out as stated."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.timex import tag
from dateline.timex.rules import ruleset

CASES = [
    pytest.param(rule, ex, id=f"{rule.name}:{ex['text']}")
    for rule in ruleset().rules
    for ex in rule.examples
]


def test_every_rule_has_examples() -> None:
    assert all(rule.examples for rule in ruleset().rules)


@pytest.mark.parametrize(("rule", "ex"), CASES)
def test_rule_example(rule, ex) -> None:  # type: ignore[no-untyped-def]
    found = tag(ex["text"], date.fromisoformat(ex["dct"]))
    if "absent" in ex:  # a negative example: this span must not be tagged by the rule
        assert not [t for t in found if t.text == ex["absent"] and t.rule == rule.name], found
        return
    want = ex.get("match", ex["text"])
    hits = [t for t in found if t.text == want]
    assert hits, f"{want!r} not tagged in {ex['text']!r}: {found}"
    t = hits[0]
    assert t.rule == rule.name
    assert t.value == ex["value"]
    if "type" in ex:
        assert t.type == ex["type"]
    if "mod" in ex:
        assert t.mod == ex["mod"]
    assert ex["text"][t.start:t.end] == t.text
