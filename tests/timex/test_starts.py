"""The word starts where rules are tried (``Ruleset.starts``, a prefix trie whose first
levels are case-sensitive classes): never fewer than a trie matched under IGNORECASE,
which is what the rules' own matching and :func:`fold_key` go by."""

from __future__ import annotations

import random
import re

from dateline.timex.rules import _TRIE_CLASS, PREFIX_LEN, ignorecase_classes, ruleset


def _ignorecase_trie() -> re.Pattern[str]:
    """The start scanner as one IGNORECASE trie (every level) of the prefixes' first
    PREFIX_LEN characters, as the scanner's, for comparison."""
    trie: dict[str, dict] = {}
    for p in {p[:PREFIX_LEN] for p in ruleset().by_prefix}:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        if "" in node:
            return ""
        alts = [_TRIE_CLASS.get(ch, re.escape(ch)) + walk(child)
                for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(r"(?<![^\W_])(?=" + walk(trie) + ")", re.IGNORECASE)


def test_a_letter_class_holds_every_case_variant() -> None:
    classes = ignorecase_classes({"k", "s", "i", "m", "-", "’"})
    for c, variants in [("k", "kK\u212a"), ("s", "sS\u017f"), ("i", "iI\u0130\u0131"),
                        ("m", "mM")]:
        rx = re.compile(classes[c])
        assert all(rx.fullmatch(v) for v in variants), c
        assert not rx.fullmatch("x")
    assert classes["-"] == re.escape("-") and classes["’"] == "’"


def test_starts_are_those_of_an_ignorecase_trie() -> None:
    old = _ignorecase_trie()
    new = ruleset().starts
    pieces = ["May", "MAY", "may", "Tuesday", "TUESDAY", "Dec.", "Jan", "19", "1-", " ",
              ",", "'", "’", "the", "last", "week", "\u212aelvin", "\u017funday",
              "\u0130n", "\u0131t", "\u00a0", "\u3000", "\u00c9t\u00e9", "\U0001d40cay",
              "noon", "SEPT", "fourth", "quarter", "Q3", "'90s"]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(30))
        got = {m.start() for m in new.finditer(" " + text)}  # (see Ruleset.starts)
        want = {m.start() for m in old.finditer(text)}
        assert want <= got, text
        # more only where an astral character lies within reach of the prefix
        assert all("\U0001d40c" in text[p:p + 8] for p in got - want), text
