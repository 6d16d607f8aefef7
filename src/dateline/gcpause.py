"""Python's cycle collector paused for a block that builds many short-lived, acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector for the block; nested blocks leave it as the outermost
    found it. Each full collection walks every live object, and the collector starts one
    whenever the objects made since the last outnumber a quarter of those already kept:
    blocks that build many objects forming no reference cycles pay for walks that free
    nothing. Users: a merge's Mentions and indexes and a merged timeline's rows
    (store.core; t17-dev, best of 2 under load: ``dateline merge`` user 44.1 -> 42.9 s,
    ``dateline timeline --format json`` 4.8 -> 3.9 s, same peak memory), and the
    candidates, groups and timexes of one text (timex.engine.tag_text: a fifth of the
    time of a megabyte of dates). Reference counting still frees everything as usual;
    only cycles wait for the block's end."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
