"""Learned salience: which of a sentence's event candidates is the one the sentence reports.

The lexicon proposes candidates, each with a root; the hand-written order (``context.rank``:
not subordinate, shallow, verbal, early) is the prior. A tiny conditional-logit model re-ranks
them: score(c) = sum of the weights of c's features, the top score is the most salient event.
Weights are package data (``data/events/ranker.json``) fitted on the dev half of the PLOVER
gold records by ``bench/fit_plover_ranker.py`` (deterministic; the regularization is chosen
by cross-validation inside the dev half), so every decision is a readable sum of named
features. Features are structural (where the trigger sits in the parse, its modality, how
the hand order placed it, which roots other words of the sentence cue) rather than words,
so what is learned carries over to sentences the lexicon was not written on.

Given source/target names (``jsonl.rank_for``) still re-rank by name match first: a hinted
model fitted on dev put position over names, only because the hand order was written on
those very sentences, so it is not used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events import lexicon
from dateline.events.detect import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

COARSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp",
                         "nsubj", "nsubjpass", "dobj", "pobj", "parataxis"})


@dataclass(frozen=True)
class Weights:
    plain: dict[str, float]


@lru_cache(maxsize=1)
def weights() -> Weights:
    d = lexicon.load_json("ranker.json")
    return Weights(plain={k: float(v) for k, v in d["plain"].items()})


def _kind(c: Candidate) -> str:
    """The lexicon path that proposed the candidate (light verb + noun, ending verb, ...)."""
    for prefix in ("light:", "reverse:", "frame:"):
        if c.rule.startswith(prefix):
            return prefix[:-1]
    return "noun" if c.is_noun else "verb"


def _cue_roots(sent_tokens: Sequence[Token], skip: set[int]) -> set[str]:
    """Roots that words of the sentence other than the trigger name in the lexicon, any
    sense ('troops' and 'border' near 'moved' cue MOBILIZE)."""
    out: set[str] = set()
    verbs, nouns = lexicon.verbs(), lexicon.nouns()
    for t in sent_tokens:
        if t.i in skip or t.pos_ not in ("VERB", "NOUN"):
            continue
        table = verbs if t.pos_ == "VERB" else nouns
        for e in table.get(t.lemma_.lower(), ()):
            out.add(e.root)
    return out


def features(c: Candidate, position: int, n: int, cues: set[str]) -> list[str]:
    """Named features of one candidate; ``position`` is its place in the hand order."""
    root, kind = c.root, _kind(c)
    dep = c.head.dep_ if c.head.dep_ in COARSE_DEPS else "other"
    f = [f"root={root}", f"kind={kind}", f"kind={kind}|root={root}", f"pos={min(position, 3)}",
         f"depth={min(c.depth, 3)}", f"mod={c.modality}", f"dep={dep}", f"dep={dep}|kind={kind}"]
    if position == n - 1 and n > 1:
        f.append("last")
    if c.subordinate:
        f.append("sub")
        if c.governor is not None:
            f.append(f"gov={c.governor.root}|root={root}")
    if c.negated:
        f.append("neg")
    if c.hedged:
        f.append("hedged")
    if c.control:
        f.append("control")
    if "+intent" in c.rule:
        f.append("intent")
    if root in cues:
        f.append("cued")
    head = c.head.head
    if head.i != c.head.i and head.lemma_.lower() in lexicon.roles().report:
        f.append("under_report")
    return f


def candidate_features(cands: list[Candidate]) -> list[list[str]]:
    """Features of every candidate of one sentence, hand-ordered as given."""
    if not cands:
        return []
    sent = list(cands[0].head.sent)
    out = []
    for i, c in enumerate(cands):
        cues = _cue_roots(sent, {t.i for t in c.tokens})
        out.append(features(c, i, len(cands), cues))
    return out


def score(feats: Sequence[str], w: dict[str, float]) -> float:
    return sum(w.get(f, 0.0) for f in feats)


def rank(cands: list[Candidate], hand_rank: Callable[[list[Candidate]], list[Candidate]]
         ) -> list[Candidate]:
    """Most salient first: the hand order re-ranked by the plain model (stable on ties)."""
    ordered = hand_rank(cands)
    if len(ordered) < 2:
        return ordered
    w = weights().plain
    scores = [score(f, w) for f in candidate_features(ordered)]
    idx = sorted(range(len(ordered)), key=lambda i: -scores[i])
    return [ordered[i] for i in idx]
