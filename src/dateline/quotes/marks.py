"""Pair quotation marks into quote spans, from the text alone.

Curly marks say which way they face. A straight ``"`` (and the rare curly mark
used the wrong way round) is read from its neighbours: after a space or an
opening bracket and before a non-space it opens, otherwise it closes. Open
quotes do not cross a paragraph, except in the news convention where a quote
running over paragraphs leaves the paragraph unclosed and re-opens the next
one; each paragraph is then its own fragment. One left-to-right pass, no
backtracking, so the cost is linear in the text.
"""

from __future__ import annotations

OPENERS = "\u201c\u201e\u00ab"  # “ „ «
CLOSERS = "\u201d\u00bb"  # ” »
AMBIGUOUS = '"\u201d\u201c'
MAX_QUOTE_CHARS = 4000


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


def _next_paragraph_opens(text: str, nl: int) -> bool:
    """Does the paragraph after the line break at ``nl`` start with an opening mark?"""
    j = nl
    while j < len(text) and text[j].isspace():
        j += 1
    return j < len(text) and text[j] in OPENERS + '"' and _role(text, j) == "open"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quote fragment, marks included, in text order."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and open_at is not None:
            if _next_paragraph_opens(text, i):
                end = i
                while end > open_at + 1 and text[end - 1].isspace():
                    end -= 1
                spans.append((open_at, end))
            open_at = None
            continue
        if ch not in OPENERS and ch not in CLOSERS and ch != '"':
            continue
        role = _role(text, i)
        if role == "open" and open_at is None:
            open_at = i
        elif role == "close" and open_at is not None:
            if i + 1 - open_at <= MAX_QUOTE_CHARS and i > open_at + 1:
                spans.append((open_at, i + 1))
            open_at = None
        elif role == "open":
            open_at = i  # an unclosed mark before it: start again here
    return spans
