"""Word knowledge the pair score uses: how rare a word is, and which triggers name one happening.

Both are package data (``data/merge/idf.json``, ``data/merge/triggers.json``)
and fixed: a pair's score never depends on which other articles are merged,
so merging stays order-independent and incremental.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from dateline.errors import DatelineError
from dateline.merge.rules import Rules, rules
from dateline.model import OCCURRENCE


def read_data(name: str) -> Any:
    """A merge data file (``data/merge/NAME``) as parsed JSON."""
    res = files("dateline").joinpath("data", "merge", name)
    try:
        return json.loads(res.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # a missing or broken data file is a packaging bug
        raise DatelineError(f"merge data {name} unreadable: {exc}") from exc


class _Squares(dict[str, float]):
    """idf squared by token, filled on first use: the pair score sums these millions of
    times on a large corpus, and a dict lookup is what that sum can afford."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self._lex = lex

    def __missing__(self, token: str) -> float:
        v = self._lex.idf(token) ** 2
        self[token] = v
        return v


@dataclass(frozen=True, slots=True)
class Lexicon:
    idf_of: dict[str, float]  # stemmed token -> smoothed inverse document frequency
    unknown_idf: float  # tokens the table lacks (rarer than its min_df)
    number_idf: float  # digit tokens: a figure is telling, a year or a day much less so
    classes: dict[tuple[str, str], frozenset[str]]  # (PLOVER root, stem) -> trigger classes
    raw_triggers: dict[str, Any]
    squares: dict[str, float] = field(default_factory=dict)  # see _Squares

    def __post_init__(self) -> None:
        object.__setattr__(self, "squares", _Squares(self))

    def idf(self, token: str) -> float:
        if token.isdigit():
            return self.number_idf
        return self.idf_of.get(token, self.unknown_idf)

    def idf2(self, tokens: Iterable[str]) -> float:
        """Sum of squared idf over a bag of tokens, correctly rounded (math.fsum): a set's
        iteration order changes with the process's string hashing, and a plain sum would
        let that order move the last bit (a bag inside another then held 1.0000000000000002
        of it)."""
        return math.fsum(map(self.squares.__getitem__, tokens))

    def weight(self, tokens: Iterable[str]) -> float:
        """Euclidean norm of a bag of tokens under idf weights (the cosine's denominator)."""
        return math.sqrt(self.idf2(tokens))

    def trigger_classes(self, etype: str, stems: Iterable[str]) -> frozenset[str]:
        """Classes of a trigger's words under its PLOVER root ('walked out' -> {'strike'})."""
        out: set[str] = set()
        for s in stems:
            out |= self.classes.get((etype, s), frozenset())
        return frozenset(out)

    def any_root_classes(self, stems: Iterable[str]) -> frozenset[str]:
        """The classes of words under whichever PLOVER root lists them ('trip' -> {'visit'}
        whether the trigger was coded CONSULT or not)."""
        by_stem = _BY_STEM.get(id(self.classes))
        if by_stem is None:
            by_stem = _BY_STEM[id(self.classes)] = _by_stem(self.classes)
        return frozenset(c for s in stems for c in by_stem.get(s, ()))

    def reversed_classes(self, stems: Iterable[str]) -> frozenset[str]:
        """The sense of a reversal ('ended the strike', 'called off the walkout'): '~' and the
        class of the act it reverses, under whichever root lists that act's word (the rule
        coded the reversal's root, CONCEDE or RETREAT, not the act's)."""
        by_stem = _BY_STEM.get(id(self.classes))
        if by_stem is None:
            by_stem = _BY_STEM[id(self.classes)] = _by_stem(self.classes)
        return frozenset("~" + c for s in stems for c in by_stem.get(s, ()))


#: the class names of each stem under any root, per class table (Lexicon.reversed_classes)
_BY_STEM: dict[int, dict[str, frozenset[str]]] = {}


def _by_stem(classes: dict[tuple[str, str], frozenset[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for (root, stem), names in classes.items():
        if root != OCCURRENCE:  # a reversal ends an act ('lift the ban'), never a disaster
            out.setdefault(stem, set()).update(names)
    return {k: frozenset(v) for k, v in out.items()}


#: Inflections a listed word is also registered under: the crude stemmer leaves short words
#: alone ('asked' keeps its 'ed' because 'ask' is under min_stem), so their forms are listed.
INFLECTIONS = ("", "s", "es", "d", "ed", "ing")


def forms(word: str) -> tuple[str, ...]:
    """A listed word and its inflections, with the spelling changes English makes:
    a final 'e' dropped before '-ing' ('urge' -> 'urging') and a final consonant doubled
    after one short vowel ('ban' -> 'banned', 'bar' -> 'barring'), which the stemmer cannot
    undo on a short word."""
    w = word.lower()
    out = [w + end for end in INFLECTIONS]
    if w.endswith("e") and len(w) > 2:
        out.append(w[:-1] + "ing")
    vowels = "aeiou"
    if (
        len(w) >= 3
        and w[-1] not in vowels + "wxy"
        and w[-2] in vowels
        and w[-3] not in vowels
        and " " not in w
    ):
        out += [w + w[-1] + "ed", w + w[-1] + "ing"]
    return tuple(out)


def _classes(raw: dict[str, Any], r: Rules) -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for etype, classes in raw["classes"].items():
        for name, words in classes.items():
            for w in words:
                for form in forms(w):
                    for stem in r.tokens(form) or (r.stem(form),):
                        out.setdefault((etype, stem), set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


def tokenizer_fingerprint(r: Rules) -> str:
    """A digest of what decides tokens (stopwords, suffixes, endings, min_stem): idf.json
    records the one it was counted with, so a stale table is caught by a test."""
    spec = [sorted(r.stopwords), list(r.suffixes), [list(e) for e in r.endings], r.min_stem]
    return hashlib.sha1(json.dumps(spec).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (cached)."""
    r = rules()
    table, trig = read_data("idf.json"), read_data("triggers.json")
    try:
        n = int(table["docs"])
        idf = {t: math.log((1 + n) / (1 + int(df))) + 1 for t, df in table["df"].items()}
        top = math.log((1 + n) / (1 + int(table["min_df"]) - 1)) + 1
        cap = r.limits.get("idf_cap", top)
        return Lexicon(
            idf_of={t: min(v, cap) for t, v in idf.items()},
            unknown_idf=min(top, cap),
            number_idf=float(r.limits.get("number_idf", top / 2)),
            classes=_classes(trig, r),
            raw_triggers=trig,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DatelineError(f"merge idf.json/triggers.json malformed: {exc}") from exc
