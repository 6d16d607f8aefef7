"""Designations: a rung of a graded scale ('level 5', 'phase six', 'Category 4 hurricane',
'the fifth level', 'DEFCON 2'), a figure of its own kind.

A designation is no count: the numbers stage reports no quantity inside one, so a
'level 4 lab' is not four labs and 'stage five on a six-step scale' no tally, and the
cross-check and disagreements never see them. The merge reads them off a mention's
sentence (:func:`rungs`): two reports naming different rungs of one scale ('raised the
alert to level 4' / 'raised it to level 5') tell two events. Nouns, ordinals and the
words around them are package data (``data/numbers/designations.json``, with examples
a test runs); a regex finds them, no parse is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateline.numbers.lexicon import load
from dateline.numbers.scan import lowered, opened_by, table_key
from dateline.wordlists import any_of


@dataclass(frozen=True, slots=True)
class Designation:
    """One rung named in a text: ``kind`` is its noun's kind ('level'), ``value`` the rung,
    ``role`` 'from' for the rung an event leaves ('from level 4 to level 5'), else None.
    ``start``/``end`` cover the noun, the number and a scale's size after it ('Phase 4 out
    of 6')."""

    start: int
    end: int
    text: str
    kind: str
    value: int
    role: str | None = None


@dataclass(frozen=True)
class _Table:
    nouns: dict[str, str]
    numbers: dict[str, int]  # lower-case number words and digits, up to max_value
    ordinals: dict[str, int]
    roman: dict[str, int]
    from_words: frozenset[str]
    not_after: frozenset[str]
    after: re.Pattern[str]  # noun then number ('level 5')
    before: re.Pattern[str]  # ordinal then noun ('the fifth level')
    more: re.Pattern[str]  # 'to six' / 'from three' right after a designation
    scale: re.Pattern[str]  # a scale named without a rung noun: 'raised its alert to five'
    scales: dict[str, str]
    prev_word: re.Pattern[str]
    # the lower-cased first words that open a match of ``after``, ``before`` and ``scale``
    firsts: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
        frozenset(), frozenset(), frozenset())


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = load("designations.json")
    top = int(raw["max_value"])
    units = {w: v for w, v in load("words.json")["units"].items() if 1 <= v <= top}
    numbers = {**units, **{str(i): i for i in range(1, top + 1)}}
    nouns = {k.lower(): v for k, v in raw["nouns"].items()}
    roman = dict(raw["roman"])
    num = rf"(?:{any_of(units)}|\d{{1,2}}|(?-i:{any_of(roman)}))"
    scale = rf"(?:\s+out)?\s+of\s+(?:a\s+)?(?:possible\s+)?{num}(?:-\w+)?(?:\s+scale)?(?![\w-])"
    end = r"(?![\w%-]|[.,]\d)"
    # 'lift the sea level eight or 12 feet': a number with an alternative is a count
    after = re.compile(
        rf"\b(?P<noun>{any_of(nouns)})(?:\s+|-)(?P<num>{num}){end}(?!\s+or\s+{num}\b)"
        rf"(?P<scale>{scale})?",
        re.IGNORECASE,
    )
    before = re.compile(
        rf"\b(?P<num>{any_of(raw['ordinals'])})(?:\s+|-)(?P<noun>{any_of(nouns)})\b(?!-)"
        rf"(?P<scale>{scale})?",
        re.IGNORECASE,
    )
    more = re.compile(rf"\s+(?P<prep>to|from)\s+(?P<num>{num}){end}", re.IGNORECASE)
    scales = {" ".join(k.lower().split()): v for k, v in raw["scales"].items()}
    words = [w for w in raw["scale_next"] if w[0].isalpha()]
    marks = "".join(re.escape(w) for w in raw["scale_next"] if not w[0].isalpha())
    nxt = rf"(?=\s*(?:[{marks}]|$)|\s+(?:{any_of(words)})\b)"
    prep = r"(?:to|at|from)"
    scale_rx = re.compile(
        rf"\b(?P<noun>{any_of(scales)})\b(?:\s+(?!{prep}\b)[\w'-]+){{0,{int(raw['scale_window'])}}}?"
        rf"\s+(?P<prep>{prep})\s+(?P<num>{num}){end}{nxt}",
        re.IGNORECASE,
    )
    return _Table(
        nouns, numbers, {k.lower(): v for k, v in raw["ordinals"].items()}, roman,
        frozenset(raw["from"]), frozenset(raw["not_after"]), after, before, more, scale_rx,
        scales, re.compile(r"([A-Za-z]+)\W*$"),
        (_firsts(nouns), _firsts(raw["ordinals"]), _firsts(scales)),
    )


def _firsts(phrases: Iterable[str]) -> frozenset[str]:
    """The phrases' first words, lower-cased: each match of a pattern opening with them
    begins with one (:func:`dateline.numbers.scan.opened_by`)."""
    return frozenset(p.split()[0].lower() for p in phrases)


def _value(num: str, t: _Table) -> int | None:
    return t.roman.get(num) or t.numbers.get(num.lower()) or t.ordinals.get(num.lower())


def _word_before(text: str, at: int, t: _Table) -> str:
    m = t.prev_word.search(text, max(0, at - 40), at)
    return m.group(1).lower() if m else ""


def _continued(text: str, at: int, kind: str, t: _Table) -> list[Designation]:
    """A bare rung right after one ('from phase five to six': 'six'; 'to four from three')."""
    nxt = t.more.match(text, at)
    if nxt is None or (v := _value(nxt.group("num"), t)) is None:
        return []
    role = "from" if nxt.group("prep").lower() in t.from_words else None
    return [Designation(nxt.start("num"), nxt.end(), nxt.group("num"), kind, v, role)]


def designations(text: str) -> tuple[Designation, ...]:
    """Every designation in ``text``, in order (see ``data/numbers/designations.json``)."""
    t = _table()
    found: list[Designation] = []
    low = lowered(text)
    for pat, order, firsts in ((t.after, "after", t.firsts[0]), (t.before, "before", t.firsts[1])):
        for m in opened_by(pat, firsts, text, low):
            value = _value(m.group("num"), t)
            if value is None:
                continue
            prev = _word_before(text, m.start(), t)
            if order == "after" and prev in t.not_after:
                continue  # 'at this stage two people had died'
            role = "from" if prev in t.from_words else None
            kind = t.nouns[table_key(m.group("noun"))]
            found.append(Designation(m.start(), m.end(), m.group(0), kind, value, role))
            found.extend(_continued(text, m.end(), kind, t))
    # 'alert to five', 'alert level ... raised three to four'
    for m in opened_by(t.scale, t.firsts[2], text, low):
        value = _value(m.group("num"), t)
        if value is None:
            continue
        kind = t.scales[table_key(m.group("noun"))]
        role = "from" if table_key(m.group("prep")) in t.from_words else None
        found.append(Designation(m.start("num"), m.end(), m.group("num"), kind, value, role))
        found.extend(_continued(text, m.end(), kind, t))
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[Designation] = []
    for d in found:  # an overlap keeps the first, longest one
        if not out or d.start >= out[-1].end:
            out.append(d)
    return tuple(out)


@lru_cache(maxsize=4096)
def _of_sentence(text: str) -> tuple[Designation, ...]:
    return designations(text)


def rungs(
    text: str | None,
    start: int | None = None,
    end: int | None = None,
    before: int = 0,
    after: int = 0,
) -> frozenset[tuple[str, int]]:
    """The ``(kind, value)`` rungs a sentence names as where something is or goes (the
    rungs it leaves, role 'from', left out): 'raised the alert from level 4 to level 5'
    gives {('level', 5)}. Given the span ``start``..``end`` of a word (an event's trigger),
    only rungs at most ``after`` words after it or ``before`` words before it: 'raised its
    alert to level 5' and 'a Category 4 hurricane' say which raise or storm it was; in
    'raised its alert to level four on 3 June, the fever has spread' the rung says
    nothing of the fever."""
    if not text:
        return frozenset()
    out = set()
    for d in _of_sentence(text):
        if d.role is not None:
            continue
        if start is not None and end is not None:
            if d.start >= end and len(text[end : d.start].split()) > after:
                continue
            if d.end <= start and len(text[d.end : start].split()) > before:
                continue
        out.add((d.kind, d.value))
    return frozenset(out)
