"""Case-blind patterns tried only where a match can begin (issue 4 speed).

A case-blind pattern that opens with a lookbehind or a word boundary gives Python's regex
engine nothing to skip by: it tries the whole pattern at every offset of the text. The
numbers stage's patterns each begin with a word of a known list (a modifier, a number word,
a rung noun) or a digit or a currency sign, so the offsets where the lower-cased text holds
one are found first and the pattern is tried there alone: the same matches as ``finditer``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator

#: the letters beyond ASCII that a case-blind pattern reads as ASCII ones (dotted and
#: dotless I as 'i', the long s as 's', the Kelvin sign as 'k'): a lower-cased text does not
#: hold the ASCII letter there, so a text holding one is read by the pattern itself
ALIASES = frozenset("\u0130\u0131\u017f\u212a")


#: each letter of :data:`ALIASES` as the ASCII letter the case-blind pattern took it for
_AS_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def table_key(words: str) -> str:
    """Words a case-blind pattern matched as a table keyed by lower-cased ASCII words holds
    them: a letter of :data:`ALIASES` read as the one the pattern took it for ('\u017ftage' is
    'stage', where ``.lower()`` keeps the long s and the lookup failed), lower-cased, spaces
    collapsed."""
    return " ".join(words.translate(_AS_ASCII).lower().split())


def lowered(text: str) -> str | None:
    """``text`` lower-cased, where a case-blind pattern's ASCII words are found in it at the
    same offsets by a plain search; None where they may not be (a letter of
    :data:`ALIASES`, or a lower-casing that changes the length)."""
    if not ALIASES.isdisjoint(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def word_starts(low: str, words: Iterable[str]) -> list[int]:
    """The offsets of ``low`` where one of ``words`` (lower-cased) stands, in order."""
    out: set[int] = set()
    for w in words:
        i = low.find(w)
        while i >= 0:
            out.add(i)
            i = low.find(w, i + 1)
    return sorted(out)


def opened_by(pat: re.Pattern[str], firsts: frozenset[str], text: str,
              low: str | None) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)`` for a pattern whose every match opens with one of ``firsts``
    (lower-cased words), tried only where one stands in ``low``, the lower-cased text
    (:func:`lowered`); by the pattern itself where ``low`` is None or a first word is not
    ASCII."""
    if low is None or not all(w.isascii() for w in firsts):
        return pat.finditer(text)
    return tried_at(pat, text, word_starts(low, firsts))


def tried_at(pat: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pat.finditer(text)`` where every match of ``pat`` begins at one of ``starts``
    (ascending): ``pat`` tried at each, from the end of the last match on (no match of
    these patterns is empty)."""
    pos = 0
    for s in starts:
        if s >= pos and (m := pat.match(text, s)) is not None:
            yield m
            pos = m.end()
