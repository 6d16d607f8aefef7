"""Pair quotation marks into quote spans, from the text alone.

Curly marks say which way they face. A straight ``"`` (and the rare curly mark
used the wrong way round) is read from its neighbours: after a space or an
opening bracket and before a non-space it opens, otherwise it closes. Open
quotes do not cross a paragraph, except in the news convention where a quote
running over paragraphs leaves the paragraph unclosed and re-opens the next
one; each paragraph is then its own fragment. One left-to-right pass, no
backtracking, so the cost is linear in the text.

Two apostrophes (``''``) are a straight double mark too: the New York Times style
(''We will win,'' she said), read from its neighbours like ``"``. In a run of three
the outer pair is the mark and the third closes or opens a quote inside it. Two
backquotes always open: the Penn Treebank style of tokenized corpora (Timeline17's text:
`` We will win , '' she said), whose closing pair stands between spaces.
"""

from __future__ import annotations

import re

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u201d\u00bb"  # ” »
AMBIGUOUS = '"\u201d\u201c'
MAX_QUOTE_CHARS = 4000
# the only characters the pass reads (a line break, a mark), found by one scan: at every
# other offset it goes on with nothing changed (two-apostrophe marks are looked up apart)
_READ = re.compile(f'[\n"{OPENERS}{CLOSERS}]')


def _role(text: str, i: int) -> str | None:
    """'open', 'close' or None (not a usable mark) for the mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    open_ctx = before.isspace() or before in "([{\u2014-:"
    close_ctx = not before.isspace()
    if ch in OPENERS and not (close_ctx and after.isspace() and ch in AMBIGUOUS):
        return "open"
    if ch in CLOSERS and not (open_ctx and not after.isspace() and ch in AMBIGUOUS):
        return "close"
    if ch == '"':
        if open_ctx and not after.isspace():
            return "open"
        if close_ctx:
            return "close"
    return None


def _apostrophe_marks(text: str) -> dict[int, tuple[str, int]]:
    """Start offset -> (role, end) of each two-apostrophe mark."""
    marks: dict[int, tuple[str, int]] = {}
    i = text.find("``")
    while i >= 0:
        marks[i] = ("open", i + 2)
        i = text.find("``", i + 2)
    i = text.find("''")
    while i >= 0:
        j = i
        while j < len(text) and text[j] == "'":
            j += 1
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < len(text) else " "
        if (before.isspace() or before in "([{\u2014-:") and not after.isspace():
            marks[i] = ("open", i + 2)
        elif not before.isspace() or after.isspace() or after in ",.;:!?":
            marks[j - 2] = ("close", j)  # the second: a tokenized close, ' potential '' ,'
        i = text.find("''", j)
    return marks


def _next_paragraph_opens(text: str, nl: int, apos: dict[int, tuple[str, int]]) -> bool:
    """Does the paragraph after the line break at ``nl`` start with an opening mark?"""
    j = nl
    while j < len(text) and text[j].isspace():
        j += 1
    if j in apos:
        return apos[j][0] == "open"
    return j < len(text) and text[j] in OPENERS + '"' and _role(text, j) == "open"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quote fragment, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    apos = _apostrophe_marks(text) if "''" in text or "``" in text else {}
    open_at: int | None = None
    inner = 0  # first offset after the opening mark
    skip = -1  # second apostrophe of a mark already read
    at = [m.start() for m in _READ.finditer(text)]
    if apos:  # apostrophes and backquotes: never a character _READ finds
        at = sorted([*at, *apos])
    for i in at:
        ch = text[i]
        if ch == "\n" and open_at is not None:
            if _next_paragraph_opens(text, i, apos):
                end = i
                while end > inner and text[end - 1].isspace():
                    end -= 1
                spans.append((open_at, end))
            open_at = None
            continue
        if i in apos:
            role: str | None
            role, end = apos[i]
            skip = end - 1
        elif i <= skip or (ch not in OPENERS and ch not in CLOSERS and ch != '"'):
            continue
        else:
            role, end = _role(text, i), i + 1
        if role == "open" and open_at is None:
            open_at, inner = i, end
        elif role == "close" and open_at is not None:
            if end - open_at <= MAX_QUOTE_CHARS and i > inner:
                spans.append((open_at, end))
            open_at = None
        elif role == "open":
            open_at, inner = i, end  # an unclosed mark before it: start again here
    return spans
