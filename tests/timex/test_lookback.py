"""lookback.behind_reach: how far before a search's start a pattern reads, which keys
the engine's memo of not_after searches (a run of dates asks it at every date)."""

from __future__ import annotations

import random
import re

import pytest

from dateline.timex import candidates
from dateline.timex.lookback import behind_reach
from dateline.timex.rules import ruleset


@pytest.mark.parametrize(("pattern", "want"), [
    (r"[A-Z][a-z]+ ", 0), (r"(?<=ab)c", 2), (r"\bx", 1), (r"x\B", 1), (r"(?<![\w.])Mr", 1),
    (r"(?<=a(?<=bc))x", 3), (r"(?!(?<=xyz))a", 3), (r"(?:a|(?<=q)b)+", 1), (r"x\Z", 0),
    (r"^x", None), (r"\Ax", None), (r"(a)?(?(1)b|c)", None),
])
def test_behind_reach(pattern: str, want: int | None) -> None:
    assert behind_reach(re.compile(pattern)) == want


def _texts(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    words = ["May", "June", "Karen", "In", "in", "Since", "the", "Long", "March", "x.",
             "Mr.", "U.S.", "1999", "2,000", "per", "year", "Tuesday", ",", ".", "-", "_",
             "a", "A", "é", "Élan", "\n"]
    return ["".join(rnd.choice(words) + rnd.choice(["", " ", " ", "  "])
                    for _ in range(rnd.randrange(1, 40))) for _ in range(n)]


def test_a_not_after_search_reads_only_its_reach() -> None:
    """Searched in the 40 characters before an offset, a rule's not_after finds the same
    in those and the characters of its reach before them, cut out of the text."""
    rules = [r for r in ruleset().rules if r.not_after is not None]
    assert rules and all(behind_reach(r.not_after) is not None for r in rules)
    for text in _texts(3, 300):
        for r in rules:
            reach = 40 + behind_reach(r.not_after)
            for pos in range(len(text) + 1):
                cut = text[max(0, pos - reach):pos]
                whole = r.not_after.search(text, max(0, pos - 40), pos)
                alone = r.not_after.search(cut, max(0, len(cut) - 40))
                assert (whole is None) == (alone is None)


@pytest.mark.parametrize("seed", range(3))
def test_candidates_with_the_not_after_memo_are_those_without(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rs = ruleset()
    # the same 40 characters before "May", a word character or none before them; a
    # stretch cut short by the text's start that begins a later full one
    texts = _texts(seed, 150) + ["Karen May " * 30, "xL" + "o" * 38 + " May, L" + "o" * 38 + " May",
                                 "Karen May Karen " + "x" * 31 + " in May"]
    want = [[(c.start, c.end, c.rule.name, c.values) for c in candidates.find_candidates(t, rs)]
            for t in texts]
    monkeypatch.setattr(candidates, "behind_reach", lambda _regex: None)  # no memo: _groups
    candidates._PLANS.clear()
    got = [[(c.start, c.end, c.rule.name, c.values) for c in candidates.find_candidates(t, rs)]
           for t in texts]
    candidates._PLANS.clear()
    assert got == want
