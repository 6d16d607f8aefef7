"""Opening the store for one request, politely, while a writer may hold it.

DuckDB allows one writing process; a read-only open fails while the writer
holds its lock (and a writer cannot open while a reader holds the file). So
the app keeps nothing open: each request opens the store read-only, reads,
and closes at once. When the open finds the file locked it retries for a
short while (a ``dateline run`` commits in batches, so the lock comes and
goes) and then gives up with :class:`StoreBusy`, which the app answers with
503 and a JSON message. We chose this over serving a snapshot copy because it
always shows what is committed and costs no disk.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dateline.errors import DatelineError, StoreLockedError
from dateline.store import Store

#: How long one request waits for a writer to let go, and how often it tries.
RETRY_SECONDS = 2.0
RETRY_STEP = 0.1


class StoreBusy(DatelineError):
    """The store stayed locked by a writer for the whole retry window."""


@contextmanager
def open_read_only(
    db: str | Path, retry_s: float = RETRY_SECONDS, step: float = RETRY_STEP
) -> Iterator[Store]:
    """The store, opened read-only for one request and closed after it."""
    deadline = time.monotonic() + retry_s
    while True:
        try:
            store = Store(db, read_only=True)
            break
        except StoreLockedError as exc:
            if time.monotonic() >= deadline:
                raise StoreBusy(
                    f"the store is being written by another process and stayed locked for "
                    f"{retry_s:g}s; try again shortly ({exc})"
                ) from None
            time.sleep(step)
    try:
        yield store
    finally:
        store.close()
