"""The local engine behind ``Store.add``: ingest -> skip stored -> annotate -> write in batches.

One spaCy stream runs over the whole input (so ``n_process`` workers start
once); the article generator asks the store which ids it already holds a
chunk at a time, so a rerun after a crash annotates only what is missing and
memory stays bounded by the batch size.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING, Any

from dateline.model import Annotation, Article, Reject, duplicate_reject

if TYPE_CHECKING:
    from dateline.store.core import Progress, Store


class _Feed:
    """Articles not yet stored, with rejects and counts collected on the side."""

    def __init__(self, store: Store, records: Iterable[Article | Reject], chunk: int) -> None:
        self.store, self.records, self.chunk = store, records, chunk
        self.rejects: list[Reject] = []
        self.skipped = 0
        # Ids handed to the pipeline and not yet written: a repeat of one is skipped
        # here; once written, the store's answer covers it, so the set stays bounded
        # by what is in flight (see ``written``) instead of growing with the corpus.
        # Where each was read from, to name it when a copy under another name is skipped.
        self.seen: dict[str, tuple[str | None, int | None]] = {}

    def __iter__(self) -> Iterator[Article]:
        it = iter(self.records)
        while chunk := list(islice(it, self.chunk)):
            arts = [r for r in chunk if isinstance(r, Article)]
            self.rejects.extend(r for r in chunk if isinstance(r, Reject))
            stored = self.store.stored_places(a.id for a in arts)
            for a in arts:
                first = stored.get(a.id) or self.seen.get(a.id)
                if first is not None:
                    self.skipped += 1
                    if (dup := duplicate_reject(a, first)) is not None:
                        self.rejects.append(dup)
                    continue
                self.seen[a.id] = (a.path, a.line)
                yield a

    def written(self, batch: Iterable[Annotation]) -> None:
        """These articles' write committed (stored, or found stored): forget their ids."""
        for ann in batch:
            self.seen.pop(ann.article.id, None)


def run_local(
    store: Store,
    paths: Sequence[str | os.PathLike[str]],
    default_dct: date | None,
    settings: Any,
    progress: Progress | None,
    batch_size: int | None,
) -> dict[str, Any]:
    from dateline.config import Settings
    from dateline.ingest import iter_records
    from dateline.pipeline import annotate_stream

    settings = settings or Settings()
    size = batch_size or settings.batch_size
    t0 = time.perf_counter()
    feed = _Feed(store, iter_records([str(p) for p in paths], default_dct, settings), size)
    counts: dict[str, Any] = {"stored": 0, "skipped": 0, "rejected": 0, "warnings": 0}
    late_skips = 0  # stored by someone else between the check and the write

    def flush(batch: list[Annotation]) -> None:
        nonlocal late_skips
        got = store.write(batch, rejects=feed.rejects, batch_size=len(batch) or 1)
        counts["stored"] += got["stored"]
        late_skips += got["skipped"]
        feed.written(batch)
        _count_rejects(counts, feed.rejects)
        feed.rejects.clear()
        counts["skipped"] = feed.skipped + late_skips
        if progress:
            progress(**counts)

    batch: list[Annotation] = []
    for ann in annotate_stream(feed, settings):
        batch.append(ann)
        if len(batch) >= size:
            flush(batch)
            batch = []
    flush(batch)
    counts["seconds"] = time.perf_counter() - t0
    return counts


def _count_rejects(counts: dict[str, Any], rejects: list[Reject]) -> None:
    for r in rejects:
        counts["warnings" if r.kind == "warning" else "rejected"] += 1
