"""Cross-article event merging: mentions of one event become one canonical event.

Public API::

    mentions_from_annotation(ann) -> Iterator[Mention]
    mention_from_row(row) -> Mention                 # a store event row
    pair_score(a, b) -> PairScore; same_event(a, b) -> bool; pair_features(a, b) -> dict
    EventMerger().add(mentions) / .add_annotations(anns) / .events() / .clusters()
    merge_annotations(anns) -> list[CanonicalEvent]; merge_mentions(mentions) -> same
    disagreements(events) -> list[Disagreement]     # numbers, dates, denials
    dateline.merge.store.store_events(store, entity=, since=, until=, query=, types=)
    dateline.merge.store.store_disagreements(store, **same filters)

How: a pure pair relation (vetoes, then a logistic score over idf-weighted
wording, the words around the trigger, the trigger's sense class, shared
figures, named participants and how each date was found;
:mod:`~dateline.merge.similarity`; word knowledge in
:mod:`~dateline.merge.lexicon`), connected components of it, and average-link
inside each component (:mod:`~dateline.merge.cluster`). Every
step depends on the set of mentions only, never their order or batches; new
mentions are compared only with indexed ones of their type and days.

Rules and weights are data: ``dateline/data/merge/rules.json``, ``triggers.json``
and ``idf.json`` (examples and the idf table's tokenizer checked in
tests/merge/test_rules.py; the table is built by bench/build_merge_idf.py);
``bench/eval_merge.py`` measures them on the labelled pairs in tests/merge/data
and refits the weights.
"""

from dateline.merge.articles import mention_from_row, mentions_from_annotation
from dateline.merge.cluster import (
    CanonicalEvent,
    EventMerger,
    canonical,
    merge_annotations,
    merge_mentions,
)
from dateline.merge.disagree import Claim, Disagreement, disagreements
from dateline.merge.mention import Mention, Number
from dateline.merge.mention_fields import make_mention
from dateline.merge.rules import Rules, rules
from dateline.merge.similarity import PairScore, pair_features, pair_score, same_event

__all__ = [
    "CanonicalEvent",
    "Claim",
    "Disagreement",
    "EventMerger",
    "Mention",
    "Number",
    "PairScore",
    "Rules",
    "canonical",
    "disagreements",
    "make_mention",
    "mention_from_row",
    "mentions_from_annotation",
    "merge_annotations",
    "merge_mentions",
    "pair_features",
    "pair_score",
    "rules",
    "same_event",
]
