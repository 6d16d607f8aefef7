"""Regex pieces made from the data files' word lists, one rule for every stage: each word
escaped, the longest first, so a longer phrase wins over a word it begins with ('last
updated at' over 'last updated')."""

from __future__ import annotations

import re
from collections.abc import Iterable


def any_of(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words, as whole words, in any case."""
    return re.compile(rf"\b(?:{any_of(words)})\b", re.IGNORECASE)
