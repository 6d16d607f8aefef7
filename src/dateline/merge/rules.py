"""The merge rules (weights, limits, compatible types, stopwords) as package data.

Everything tunable lives in ``dateline/data/merge/rules.json`` so tuning never
touches code; :func:`rules` parses it once and checks it is well formed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from dateline.errors import DatelineError

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class Rules:
    threshold: float
    weights: dict[str, float]
    limits: dict[str, float]
    compatible: frozenset[frozenset[str]]
    stopwords: frozenset[str]
    suffixes: tuple[str, ...]
    min_stem: int
    endings: tuple[tuple[str, str], ...]  # rewrites after suffix stripping: close/closed -> clos
    speech_words: frozenset[str]  # words that make a name next to them a quoted source
    raw: dict[str, Any]
    #: pairs of kinds that may tell one happening: an occurrence class and a PLOVER root's
    #: trigger class ('occ.accident.explosion' ~ 'ASSAULT.bomb'; compatible_kinds)
    kinds: frozenset[frozenset[str]] = frozenset()
    #: event types whose mentions are never one event when their own places are two
    #: places apart (place_conflict_types; merge.places; similarity.place_of)
    place_types: frozenset[str] = frozenset()
    #: veto reasons (similarity.veto's words) that keep two mentions out of one event even
    #: through other mentions (cannot_link_vetoes; similarity.cannot_link)
    cannot_link: frozenset[str] = frozenset()
    #: event types whose mentions are never one event when their sentences tie them to
    #: separate incidents (incident_types; similarity.incidents_apart)
    incident_types: frozenset[str] = frozenset()
    #: pairs of PLOVER roots one act is coded as in two tellings ('embraces' AGREE /
    #: 'supports' SUPPORT), which only the 'retold' rule may join, each with the senses of
    #: its roots that may meet ('AGREE.agree', not 'AGREE.offer'; retold_roots; merge.retold)
    retold_roots: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    #: stems already computed (a word's stem depends only on the fields above): reading a
    #: corpus stems the same few thousand words millions of times
    _stems: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: a word's content token (:meth:`_content_of`), the one step tokens() and token_spans()
    #: take per word: a lookup, then the split, stopword test and stem once per word form
    _content: dict[str, str] = field(default_factory=dict, init=False, repr=False,
                                     compare=False)
    #: word lists of ``raw`` already made sets (:meth:`words`), read on the pair-scoring path
    _word_sets: dict[str, frozenset[str]] = field(default_factory=dict, init=False, repr=False,
                                                  compare=False)
    #: prefix lists of ``raw`` already made tuples (:meth:`prefixes`)
    _prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict, init=False, repr=False,
                                                  compare=False)
    #: values other modules derive from these rules (:meth:`derived`)
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def types_compatible(self, a: str, b: str) -> bool:
        """Same PLOVER root, or a pair the rules list as often coding one event."""
        return a == b or (a, b) in self.compatible_pairs

    @property
    def compatible_pairs(self) -> frozenset[tuple[str, str]]:
        return _pairs(self.compatible)

    def words(self, key: str) -> frozenset[str]:
        """The word list ``raw[key]`` as a set (empty when the rules have none), made once."""
        got = self._word_sets.get(key)
        if got is None:
            got = self._word_sets[key] = frozenset(self.raw.get(key, ()))
        return got

    def prefixes(self, key: str) -> tuple[str, ...]:
        """The list ``raw[key]`` as a tuple for ``str.startswith`` (empty when the rules have
        none), made once."""
        got = self._prefixes.get(key)
        if got is None:
            got = self._prefixes[key] = tuple(self.raw.get(key, ()))
        return got

    def derived(self, key: str, make: Callable[[Rules], Any]) -> Any:
        """``make(self)``, computed once per rules object and kept under ``key``: a value that
        depends on these rules (a word set with its stems) lives as long as they do."""
        got = self._derived.get(key)
        if got is None:
            got = self._derived[key] = make(self)
        return got

    def stem(self, word: str) -> str:
        """Crude suffix stripping: 'cleared'/'clearing' -> 'clear' (enough to match wording).

        Then one ending rewrite and an undoubled final consonant, so the bare
        form meets its inflections: 'close'/'closed' -> 'clos', 'deny'/'denied'
        -> 'deni', 'shut'/'shutting' -> 'shut'."""
        got = self._stems.get(word)
        if got is None:
            got = self._stems[word] = self._stem(word)
        return got

    def _stem(self, word: str) -> str:
        for suf in self.suffixes:
            if word.endswith(suf) and len(word) - len(suf) >= self.min_stem:
                word = word[: -len(suf)]
                break
        for end, new in self.endings:
            if word.endswith(end) and len(word) - len(end) + len(new) >= self.min_stem:
                word = word[: len(word) - len(end)] + new
                break
        if len(word) > self.min_stem and word[-1] == word[-2] and word[-1] not in "aeiou":
            word = word[:-1]
        return word

    def tokens(self, text: str | None) -> tuple[str, ...]:
        """Content tokens of a sentence, in order, stopwords out, stems in."""
        if not text:
            return ()
        out = []
        content = self._content
        for w in _WORD.findall(text.lower()):
            got = content.get(w)
            if got is None:
                got = self._content_of(w)
            if got:
                out.append(got)
        return tuple(out)

    def token_spans(
        self, text: str
    ) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[str, ...]] | None:
        """:meth:`tokens` of ``text`` with where each word stands: the starts and ends of its
        words (stopwords too), how many content tokens come before each word (and after the
        last), and the tokens; None when lowering the text moves offsets ('İ'). The tokens of
        a slice cut between two words are then a slice of these (mention: the words either
        side of a trigger, without tokenising the sentence again for each of its events)."""
        low = text.lower()
        if len(low) != len(text):
            return None
        starts: list[int] = []
        ends: list[int] = []
        before: list[int] = []
        out: list[str] = []
        content = self._content
        for m in _WORD.finditer(low):
            s, e = m.span()
            starts.append(s)
            ends.append(e)
            before.append(len(out))
            w = low[s:e]
            got = content.get(w)
            if got is None:
                got = self._content_of(w)
            if got:
                out.append(got)
        before.append(len(out))
        return tuple(starts), tuple(ends), tuple(before), tuple(out)

    def _content_of(self, word: str) -> str:
        """The content token of one lowered word as :meth:`tokens` reads it ('' for a
        stopword; a clitic cut off: "bp's" -> 'bp'), kept for the next time."""
        w = word.split("'")[0]
        got = self._content[word] = self.stem(w) if w and w not in self.stopwords else ""
        return got


@lru_cache(maxsize=8)
def _pairs(compatible: frozenset[frozenset[str]]) -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for p in compatible for a in p for b in p if a != b)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The shipped rules (cached)."""
    res = files("dateline").joinpath("data", "merge", "rules.json")
    try:
        raw = json.loads(res.read_text(encoding="utf-8"))
        return Rules(
            threshold=float(raw["threshold"]),
            weights={k: float(v) for k, v in raw["weights"].items()},
            limits={k: float(v) for k, v in raw["limits"].items()},
            compatible=frozenset(frozenset(p) for p in raw["compatible_types"]),
            stopwords=frozenset(raw["stopwords"]),
            suffixes=tuple(sorted(raw["suffixes"], key=len, reverse=True)),
            min_stem=int(raw["min_stem"]),
            endings=tuple((str(a), str(b)) for a, b in raw.get("endings", ())),
            speech_words=frozenset(raw.get("speech_words", ())),
            raw=raw,
            kinds=frozenset(frozenset(p) for p in raw.get("compatible_kinds", ())),
            place_types=frozenset(raw.get("place_conflict_types", ())),
            cannot_link=frozenset(raw.get("cannot_link_vetoes", ())),
            incident_types=frozenset(raw.get("incident_types", ())),
            retold_roots={frozenset(p["roots"]): frozenset(p["senses"])
                          for p in raw.get("retold_roots", ())},
        )
    except (KeyError, TypeError, ValueError) as exc:  # a broken data file is a packaging bug
        raise DatelineError(f"merge rules.json is malformed: {exc}") from exc
