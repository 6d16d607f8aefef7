"""Place names that name an office-holder's seat, not where something happened
(rules.json ``title_place_about``): 'the Velsk mayor', 'Velsk's governor', 'the Velsk city
council', 'the governor of Velsk'. The incident check's exemption (vetoes.incidents_apart:
a place one sentence names after a place word standing anywhere in the other) reads the
other sentence without them."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.merge.rules import Rules

_TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s]")  # a mark is a token: no name runs across it
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def _bare(word: str) -> str:
    """``word`` lower-cased, a possessive ending dropped ('Velsk's' -> 'velsk')."""
    low = word.lower()
    for end in _POSSESSIVE:
        if low.endswith(end) and len(low) > len(end):
            return low[: -len(end)]
    return low


def _capital(word: str) -> bool:
    return word[:1].isupper()


def without_title_places(sentence: str, r: Rules) -> str:
    """``sentence`` with every place name that only qualifies a ``title_place_heads`` office
    blanked: the capitalised words (no stopword: 'The') right before the office word
    (``title_place_modifiers`` between: 'Velsk city council', 'Velsk's deputy mayor'), or
    right after it and 'of' ('the mayor of Velsk'); not when a ``title_place_sites`` word
    follows the office ('the Velsk council building' is a site in Velsk)."""
    return _without(sentence, frozenset(r.words("title_place_heads")),
                    frozenset(r.words("title_place_modifiers")),
                    frozenset(r.words("title_place_sites")), r.stopwords)


@lru_cache(maxsize=4096)
def _without(sentence: str, heads: frozenset[str], mods: frozenset[str],
             sites: frozenset[str], stop: frozenset[str]) -> str:
    toks = list(_TOKEN.finditer(sentence))
    if not any(_bare(t.group(0)) in heads for t in toks):
        return sentence
    words, ends = [t.group(0) for t in toks], heads | stop
    blank: set[int] = set()
    for i, w in enumerate(words):
        if _bare(w) not in heads:
            continue
        after = _bare(words[i + 1]) if i + 1 < len(words) else ""
        if after in sites or after in heads:
            continue  # 'the Velsk council building'; 'council chief': the last office word reads it
        j = i - 1
        while j >= 0 and (_bare(words[j]) in mods or _bare(words[j]) in heads):
            j -= 1
        k = j
        while k >= 0 and _capital(words[k]) and _bare(words[k]) not in ends:
            k -= 1
        blank.update(range(k + 1, j + 1))
        if after == "of":
            k = i + 2
            while k < len(words) and _capital(words[k]) and _bare(words[k]) not in stop:
                blank.add(k)
                k += 1
    if not blank:
        return sentence
    out, last = [], 0
    for i in sorted(blank):
        out.append(sentence[last:toks[i].start()])
        last = toks[i].end()
    out.append(sentence[last:])
    return "".join(out)
