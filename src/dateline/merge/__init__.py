"""Cross-article event merging: mentions of one event become one canonical event.

Public API::

    mentions_from_annotation(ann) -> Iterator[Mention]
    mention_from_row(row) -> Mention                 # a store event row
    pair_score(a, b) -> PairScore; same_event(a, b) -> bool
    EventMerger().add(mentions) / .add_annotations(anns) / .events() / .clusters()
    merge_annotations(anns) -> list[CanonicalEvent]; merge_mentions(mentions) -> same
    disagreements(events) -> list[Disagreement]     # numbers, dates, denials

Rules and weights are data: ``dateline/data/merge/rules.json``.
"""

from dateline.merge.cluster import (
    CanonicalEvent,
    EventMerger,
    canonical,
    merge_annotations,
    merge_mentions,
)
from dateline.merge.disagree import Claim, Disagreement, disagreements
from dateline.merge.mention import (
    Mention,
    Number,
    make_mention,
    mention_from_row,
    mentions_from_annotation,
)
from dateline.merge.rules import Rules, rules
from dateline.merge.similarity import PairScore, pair_score, same_event

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
    "pair_score",
    "rules",
    "same_event",
]
