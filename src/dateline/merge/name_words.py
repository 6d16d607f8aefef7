"""The words of participant names as merging compares them: a name's words
(:func:`name_tokens`), the rare ones that identify it (:func:`rare_name_tokens`), and what
a sentence's names offer and seek when two occurrences are matched by name
(:func:`name_sides`)."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.entities.document import CLOSE_BRACKETS, OPEN_BRACKETS
from dateline.merge.lexicon import lexicon
from dateline.merge.rules import rules
from dateline.store.rows import name_key

#: marks a single word among the names of :func:`name_sides` (no name key holds it)
_WORD = "\x00"


@lru_cache(maxsize=4096)
def name_sides(names: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """What a sentence's names offer and seek, so that two occurrences name one place or party
    (:func:`~dateline.merge.parties.occurrence_names`) when either offers what the other seeks.
    Offered: the names, and each one-word name as a word. Sought: the names, the names of
    three words or more less their last word ('vila do sal' of 'vila do sal residents': the
    recogniser took in the next word), and the last word of each longer name as a word
    ('jackson' of 'michael jackson': a surname against the full name). Worked out once per
    mention (cached: the mentions of one sentence share their names)."""
    offer = set(names)
    seek = set(names)
    for n in names:
        if " " not in n:
            offer.add(_WORD + n)
            continue
        head, last = n.rsplit(" ", 1)
        seek.add(_WORD + last)
        if " " in head:
            seek.add(head)
    return frozenset(offer), frozenset(seek)


@lru_cache(maxsize=65536)
def rare_name_tokens(name: str | None) -> frozenset[str]:
    """Words of a name rare enough in news to identify it (``limits.name_idf``)."""
    lex, floor = lexicon(), rules().limits["name_idf"]
    return frozenset(w for w in name_tokens(name) if lex.idf(w) >= floor)


_CAPS = re.compile(r"[A-Z]{2,}")
#: the tokeniser's bracket words ('-RRB-') as name_key writes them ('rrb'): the entities
#: stage cuts names at the same words (entities.document.bracket_cut)
_BRACKET_KEYS = frozenset(name_key(w) for w in OPEN_BRACKETS | CLOSE_BRACKETS)


@lru_cache(maxsize=65536)
def name_tokens(name: str | None) -> frozenset[str]:
    """Words of a participant name, lower case ('Coastal Dockworkers' Federation').

    The tokeniser's bracket words ('WHO -RRB-': _BRACKET_KEYS) are no words of the name.
    A stopword written in capitals is an acronym and stays ('WHO', 'US'), unless every word
    of the name is in capitals (a shouted headline)."""
    key = name_key(name)
    if not key or name is None:
        return frozenset()
    r = rules()
    raw = [w for w in name.split() if name_key(w) not in _BRACKET_KEYS]
    caps = [w for w in raw if _CAPS.fullmatch(w)]
    kept = (frozenset(w.lower() for w in caps)
            if caps and (len(caps) < len(raw) or len(raw) == 1) else frozenset())
    return frozenset(r.stem(w) for w in key.split()
                     if w not in _BRACKET_KEYS and (w not in r.stopwords or w in kept))
