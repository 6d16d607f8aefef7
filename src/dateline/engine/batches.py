"""Client side of the Dask engine: records in, bounded batches of articles to annotate out.

Records stream from ingest a batch at a time; each batch asks the store which
of its ids are already stored and drops them before anything is sent to a
worker, so a rerun after a crash only annotates what is missing. Nothing here
keeps a per-article record across batches (no set of every id seen): an id
repeated in a later batch is annotated again and skipped when its shard loads,
which keeps memory flat however long the corpus is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from dateline.model import Article, Reject, duplicate_reject

if TYPE_CHECKING:
    from dateline.store import Store


@dataclass
class Batch:
    """One batch of input: articles still to annotate, and what was rejected or skipped."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    skipped: int = 0


def batches(store: Store, records: Iterable[Article | Reject], size: int) -> Iterator[Batch]:
    """Split ``records`` into batches of at most ``size`` records, stored ids removed."""
    it = iter(records)
    while chunk := list(islice(it, max(1, size))):
        batch = Batch(rejects=[r for r in chunk if isinstance(r, Reject)])
        arts = [r for r in chunk if isinstance(r, Article)]
        stored = store.stored_places(a.id for a in arts)
        fresh: dict[str, Article] = {}
        for a in arts:
            first = stored.get(a.id) or (
                (fresh[a.id].path, fresh[a.id].line) if a.id in fresh else None
            )
            if first is None:
                fresh[a.id] = a
                continue
            batch.skipped += 1
            if (dup := duplicate_reject(a, first)) is not None:
                batch.rejects.append(dup)
        batch.articles = list(fresh.values())
        yield batch
