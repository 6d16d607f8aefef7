"""Case-blind scans without re.IGNORECASE: a case-blind alternation of words tries every
alternative at every offset of the text (the regex engine finds no first letter to skip
to), while the same words lower-cased, searched case-sensitively in the lower-cased text,
let it skip to each place a word can begin.

Lowering a text keeps its offsets and finds what re.IGNORECASE finds for patterns of plain
(ASCII) letters unless a letter lowers to two characters (the dotted capital I, 'İ') or
folds to an ASCII letter other than its lowercase ('ı' to 'i', 'ſ' to 's'): checked over
every Unicode character, those three are all. A text holding one, or words not plain
ASCII, are scanned case-blind as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

_ODD = re.compile("[\u0131\u017f]")  # 'ı', 'ſ': IGNORECASE matches them to 'i' and 's'


@lru_cache(maxsize=4)  # one article's text, read by several rules in turn
def lowered(text: str) -> str | None:
    """``text`` lower-cased with its offsets kept, or None where a case-sensitive scan of
    the lowered text could find other words than a case-blind scan of ``text``."""
    low = text.lower()
    if len(low) != len(text) or _ODD.search(text) is not None:
        return None
    return low


@dataclass(frozen=True)
class Words:
    """An alternation of words (``space``: the pattern a space between two words becomes),
    case-blind, and lower-cased for lowered texts when every word is plain ASCII. Its
    matches may be over the lowered text: read their offsets, not their words."""

    blind: re.Pattern[str]
    low: re.Pattern[str] | None

    @classmethod
    def of(cls, words: Sequence[str], space: str = r"\ ") -> Words:
        def alt(ws: Sequence[str]) -> str:
            return "|".join(re.escape(w).replace(r"\ ", space) for w in ws) or r"(?!)"

        plain = all(w.isascii() for w in words)
        return cls(re.compile(alt(words), re.IGNORECASE),
                   re.compile(alt([w.lower() for w in words])) if plain else None)

    def _scanned(self, text: str) -> tuple[re.Pattern[str], str]:
        low = lowered(text) if self.low is not None else None
        return (self.blind, text) if low is None or self.low is None else (self.low, low)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pat, scanned = self._scanned(text)
        return pat.finditer(scanned)

    def search(self, text: str) -> re.Match[str] | None:
        pat, scanned = self._scanned(text)
        return pat.search(scanned)
