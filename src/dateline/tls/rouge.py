"""ROUGE-N counts as tilse obtains them from ROUGE-1.5.5 (``-n 2 -m -s -t 2 -f A``).

tilse scores every daily summary through the Perl script with Porter stemming
(``-m``), stop-word removal (``-s``) and raw counts (``-t 2``). Reproduced here:

* text is lower-cased and every character other than ``a-z0-9`` becomes a space
  (so hyphens and apostrophes split words, punctuation vanishes);
* stop words (ROUGE's list, ``data/tls/rouge_stopwords.json``) are dropped
  *before* n-grams are formed, so bigrams bridge removed words;
* only words longer than 3 characters are stemmed;
* a summary's sentences are concatenated, so bigrams also cross sentence ends.

* a stemmed word is first looked up in ROUGE's WordNet exception table
  (``data/tls/wordnet_exceptions.json``: "told" -> "tell", "sank" -> "sink").

Checked against tilse 0.2.1 running the Perl ROUGE-1.5.5 on the T17 dev runs:
identical raw counts on sampled daily summaries.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dateline.tls.porter import stem
from dateline.tls.resources import load

_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(load("rouge_stopwords.json")["words"])


@lru_cache(maxsize=1)
def exceptions() -> dict[str, str]:
    table: dict[str, str] = load("wordnet_exceptions.json")["exceptions"]
    return table


def rouge_stem(word: str) -> str:
    """ROUGE's MorphStem: WordNet irregular form if listed, else Porter."""
    return exceptions().get(word) or stem(word)


@lru_cache(maxsize=100_000)
def rouge_tokens(text: str) -> tuple[str, ...]:
    """Tokens ROUGE compares for one sentence (lower-cased, stop words out, stemmed)."""
    stops = stopwords()
    out = []
    for tok in _WORD.findall(text.lower()):
        if tok in stops:
            continue
        out.append(rouge_stem(tok) if len(tok) > 3 else tok)
    return tuple(out)


def ngrams(sentences: Iterable[str], n: int) -> Counter[tuple[str, ...]]:
    """N-gram counts of a summary (its sentences read as one text, as ROUGE does)."""
    toks: list[str] = []
    for s in sentences:
        toks.extend(rouge_tokens(s))
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True, slots=True)
class Counts:
    """ROUGE raw counts: ``hit`` matched n-grams, ``peer`` n-grams of the system
    summary, ``model`` n-grams of the references (summed over references)."""

    hit: int
    peer: int
    model: int


def rouge_counts(pred: Sequence[str], refs: Sequence[Sequence[str]], n: int) -> Counts:
    """Counts of ``pred`` against each reference summary, summed (``-f A`` averaging
    works on these sums)."""
    p = ngrams(pred, n)
    p_total = sum(p.values())
    hit = peer = model = 0
    for ref in refs:
        r = ngrams(ref, n)
        hit += sum(min(c, r[g]) for g, c in p.items() if g in r)
        peer += p_total
        model += sum(r.values())
    return Counts(hit, peer, model)
