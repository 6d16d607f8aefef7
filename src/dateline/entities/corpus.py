"""Corpus-level entity names: one canonical name per actor across articles.

Exact matching on a normalised key (case, articles, titles, possessives, state aliases
and demonyms) and then fuzzy matching with rapidfuzz for spelling variants
("Netanyahu"/"Netanyahou"); a single surname joins the one full name it ends.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from dateline.entities import resources
from dateline.entities.document import split_title
from dateline.entities.record import clean_name

FUZZY_MIN = 90.0  # token_sort_ratio; 90 keeps "United States"/"United Nations" apart
MATCH_MIN = 85.0


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Normalised comparison key of a name (state aliases collapse onto the state)."""
    cleaned = clean_name(name)
    _title, rest = split_title(cleaned.split())
    cleaned = " ".join(rest) if rest else cleaned
    state = resources.states().state_of(cleaned)
    if state:
        cleaned = state[0]
    return resources.norm(cleaned).replace(".", "")


def canonicalize_corpus(names: Iterable[str]) -> dict[str, str]:
    """Map every given name to one canonical name shared by all its variants.

    The canonical name of a group is its longest full form (at most four words) that
    was seen, ties broken by frequency, so "Netanyahu" and "Prime Minister Benjamin
    Netanyahu" both map to "Benjamin Netanyahu".
    """
    counts = Counter(n for n in names if n and n.strip())
    groups: dict[str, list[str]] = {}
    for name in counts:
        groups.setdefault(name_key(name), []).append(name)
    keys = sorted(groups, key=lambda k: (-len(k.split()), -sum(counts[n] for n in groups[k]), k))
    parent: dict[str, str] = {}
    reps: list[str] = []
    for key in keys:
        target = _join_target(key, reps)
        if target is None:
            reps.append(key)
            parent[key] = key
        else:
            parent[key] = target
    display: dict[str, str] = {}
    for key in reps:
        members = [n for k in keys if parent[k] == key for n in groups[k]]
        display[key] = _display_name(key, members, counts)
    return {n: display[parent[k]] for k, ns in groups.items() for n in ns}


def _join_target(key: str, reps: list[str]) -> str | None:
    if not reps or not key:
        return None
    if len(key.split()) == 1 and len(key) >= 4:
        # a lone surname joins the one full name it ends (spelling variants allowed)
        enders = [
            r for r in reps
            if 2 <= len(r.split()) <= 4 and fuzz.ratio(r.split()[-1], key) >= FUZZY_MIN
        ]
        if len(enders) == 1:
            return enders[0]
    best = process.extractOne(key, reps, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_MIN)
    return str(best[0]) if best is not None else None


def _display_name(key: str, members: list[str], counts: Counter[str]) -> str:
    """A readable member name: the state name, else the cleaned longest variant."""
    state = resources.states().state_of(key)
    if state:
        return state[0]
    cleaned = []
    for n in members:
        c = clean_name(n)
        _t, rest = split_title(c.split())
        cleaned.append((" ".join(rest) if rest else c, counts[n]))
    cleaned.sort(key=lambda p: (-(len(p[0].split()) <= 4) * len(p[0].split()), -p[1], p[0]))
    return cleaned[0][0]


def match_entity(query: str, names: Iterable[str]) -> list[str]:
    """Names (from ``names``) that refer to the same actor as ``query``, best first.

    Same canonical name after :func:`canonicalize_corpus` over the names plus the
    query, or a fuzzy score of at least 85 against the query.
    """
    pool = list(dict.fromkeys(n for n in names if n and n.strip()))
    canon = canonicalize_corpus([*pool, query])
    qc = canon.get(query)
    qk = name_key(query)
    scored: list[tuple[float, str]] = []
    for n in pool:
        s = fuzz.token_sort_ratio(qk, name_key(n))
        if canon.get(n) == qc or s >= MATCH_MIN:
            scored.append((max(s, 100.0 if canon.get(n) == qc else s), n))
    scored.sort(key=lambda p: (-p[0], p[1]))
    return [n for _s, n in scored]
