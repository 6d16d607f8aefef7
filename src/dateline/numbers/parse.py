"""Turn a number expression ("1,800", "2.5 million", "twenty-five", "a dozen") into a value."""

from __future__ import annotations

import re

from dateline.numbers.lexicon import Tables

_SPLIT = re.compile(r"[\s-]+")


def norm(phrase: str) -> str:
    """Lower-case, single-spaced form used as a table key."""
    return " ".join(phrase.lower().split())


def words_value(phrase: str, t: Tables) -> float | None:
    """Value of spelled-out numbers: units/tens add, scales multiply the running group."""
    total, group, seen = 0.0, 0.0, False
    for w in _SPLIT.split(norm(phrase)):
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            group, seen = 1.0, True
        elif w in t.units:
            group += t.units[w]
            seen = True
        elif w in t.tens:
            group += t.tens[w]
            seen = True
        elif w in t.scales:
            scale = t.scales[w]
            group = (group or 1.0) * scale
            if scale >= 1000:
                total, group = total + group, 0.0
            seen = True
        else:
            return None
    return total + group if seen else None


# Reported counts and sums stay far below 10**15; longer digit runs are ids or noise.
MAX_DIGITS = 15


def value_of(phrase: str, t: Tables) -> float | None:
    """Digits (with commas, decimals and an optional scale word or letters: '1.5bn') or
    number words."""
    p = norm(phrase)
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(?:\s*([a-z]+))?", p)
    if m:
        digits = m.group(1).replace(",", "")
        if len(digits.split(".")[0]) > MAX_DIGITS:
            return None  # an identifier or a run of digits, not a reported number
        base = float(digits)
        scale = m.group(2)
        if scale is None:
            return base
        factor = t.scales.get(scale) or t.abbreviations.get(scale)
        return base * factor if factor else None
    return words_value(p, t)
