"""Regex sentence splitter for the spaCy-free path (speed over finesse).

Timeline summarization needs sentences, not parses; splitting thousands of
articles with a parser would dominate the run. Breaks come after ``. ! ?``
(optionally followed by closing quotes or brackets) before a word that can open
a sentence, unless the dot ends a listed abbreviation or a single initial.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.tls.resources import load

# end punctuation, optional closers, whitespace, then something that can open a sentence
_BREAK = re.compile(r"([.!?]+['\"\u201d\u2019)\]]*)\s+(?=[\"'\u201c\u2018(\[`]*[A-Z0-9])")
_LAST_WORD = re.compile(r"(\S+)$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(load("split.json")["abbreviations"])


def _is_abbreviation(before: str) -> bool:
    m = _LAST_WORD.search(before)
    if m is None:
        return False
    word = m.group(1).lstrip("\"'(\u201c\u2018[").lower()
    if not word.endswith("."):
        return False
    core = word[:-1]
    return core in _abbreviations() or (len(core) == 1 and core.isalpha())


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _BREAK.finditer(line.group(0)):
            end = line.start() + m.end(1)
            if _is_abbreviation(text[start:end]) and m.group(1) == ".":
                continue
            spans.append((start, end))
            start = line.start() + m.end()
        spans.append((start, line.end()))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def split(text: str) -> list[str]:
    """Sentences of ``text``."""
    return [text[s:e] for s, e in split_spans(text)]
