"""Opening the store for one request, politely, while a writer may hold it.

DuckDB allows one writing process; a read-only open fails while the writer
holds its lock (and a writer cannot open while a reader holds the file). So
the app keeps nothing open: each request opens the store read-only, reads,
and closes at once. When the open finds the file locked it retries for a
short while (a ``dateline run`` commits in batches, so the lock comes and
goes) and then gives up with :class:`StoreBusy`, which the app answers with
503 and a JSON message.

A ``dateline run`` holds the file for its whole length, though, so the app also
keeps a snapshot: whenever a request does get the store, and the file changed
since the last snapshot, it copies the file (and its WAL) while its read-only
connection keeps writers out, so the copy is consistent. While a writer holds
the store, requests are answered from that snapshot (what was committed when
the app last saw the store free) instead of 503; only an app that has never
seen the store free answers 503.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
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


class _Snapshots:
    """The last consistent copy of each store this process has read."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._copies: dict[str, tuple[tuple[int, ...], Path]] = {}
        self._dir: Path | None = None

    @staticmethod
    def _fingerprint(db: Path) -> tuple[int, ...]:
        out: list[int] = []
        for f in (db, Path(f"{db}.wal")):
            st = f.stat() if f.exists() else None
            out += [st.st_mtime_ns, st.st_size] if st else [0, 0]
        return tuple(out)

    def refresh(self, db: Path) -> None:
        """Copy ``db`` if it changed; call only while holding a read-only connection."""
        key = str(db.resolve())
        with self._lock:
            fp = self._fingerprint(db)
            have = self._copies.get(key)
            if have and have[0] == fp:
                return
            if self._dir is None:
                self._dir = Path(tempfile.mkdtemp(prefix="dateline-serve-"))
                atexit.register(shutil.rmtree, self._dir, True)
            target = self._dir / f"{len(self._copies)}-{time.monotonic_ns()}.duckdb"
            shutil.copyfile(db, target)
            wal = Path(f"{db}.wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{target}.wal"))
            self._copies[key] = (fp, target)
            if have:
                for old in (have[1], Path(f"{have[1]}.wal")):
                    with _suppress_os_error():
                        os.remove(old)

    def forget(self, db: Path) -> None:
        """Drop the snapshot of ``db`` (the next locked request answers 503 again)."""
        with self._lock:
            self._copies.pop(str(db.resolve()), None)

    def get(self, db: Path) -> Path | None:
        with self._lock:
            have = self._copies.get(str(db.resolve()))
        return have[1] if have else None


@contextmanager
def _suppress_os_error() -> Iterator[None]:
    try:
        yield
    except OSError:
        pass


SNAPSHOTS = _Snapshots()


@contextmanager
def open_read_only(
    db: str | Path, retry_s: float = RETRY_SECONDS, step: float = RETRY_STEP
) -> Iterator[Store]:
    """The store, opened read-only for one request and closed after it.

    While a writer holds it, the last snapshot is read instead (see module doc);
    such a store has ``snapshot = True``.
    """
    path = Path(db)
    deadline = time.monotonic() + retry_s
    while True:
        try:
            store = Store(path, read_only=True)
            try:
                SNAPSHOTS.refresh(path)
            except OSError:
                pass  # no snapshot (disk full?): the live store still answers
            break
        except StoreLockedError as exc:
            snap = SNAPSHOTS.get(path)
            if snap is not None:
                store = Store(snap, read_only=True)
                store.snapshot = True
                break
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
