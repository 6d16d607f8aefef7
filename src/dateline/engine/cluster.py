"""The Dask engine: annotate on a Dask cluster, store from one process.

Why this shape: DuckDB allows one writing process, so workers write Parquet
shards (:func:`dateline.store.write_shard`, complete or absent) and the client,
which holds the store open, loads each shard as its future completes (one
transaction per shard, idempotent). The client submits one future per batch
and keeps at most ``max_in_flight`` of them pending (``as_completed`` drains
one before the next is submitted), so neither the client nor the scheduler
ever holds more than a few batches: memory is bounded by batch size, not by
corpus size.

Crash safety: an article is in the store only once its shard's transaction
committed. After a crash the next run first loads any complete shards left in
the shard folder, removes half-written ones, then skips stored ids.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from dateline.config import Settings
from dateline.engine.batches import Batch, batches
from dateline.errors import DatelineError, UsageError
from dateline.store import Store

Progress = Callable[..., None]


def run_dask(
    paths: Sequence[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    default_dct: date | None = None,
    settings: Settings | None = None,
    scheduler: str | None = None,
    workers: int = 2,
    progress: Progress | None = None,
    shard_dir: str | os.PathLike[str] | None = None,
    max_in_flight: int | None = None,
) -> dict[str, Any]:
    """Ingest ``paths``, annotate on Dask, store into ``db``; returns summary counts.

    ``scheduler``: address of an existing cluster; otherwise a LocalCluster of
    ``workers`` single-threaded worker processes is started and stopped here.
    ``shard_dir`` (default ``<db>.shards``) must be reachable by the workers and
    this process. Counts: ``stored``, ``skipped``, ``rejected``, ``warnings``,
    ``recovered`` (of ``stored``: from shards a killed run left), ``shards``,
    ``workers`` (0 when nothing needed annotating, so no cluster was started),
    ``seconds``.
    """
    from dateline.ingest import iter_records

    if workers < 1:
        raise UsageError(f"--workers must be at least 1 (got {workers})")
    settings = settings or Settings()
    t0 = time.perf_counter()
    folder = Path(shard_dir) if shard_dir else Path(f"{db}.shards")
    # open first: a locked store fails before any cluster starts
    with Store(db) as store, store.bulk():
        counts: dict[str, Any] = {
            "stored": 0, "skipped": 0, "rejected": 0, "warnings": 0, "workers": 0,
        }
        counts["recovered"] = _recover(store, folder)["stored"]
        counts["stored"] += counts["recovered"]
        with ExitStack() as stack:

            def connect() -> Any:  # only once there is work: a rerun of a stored corpus
                client = stack.enter_context(_client(scheduler, workers))  # starts nothing
                counts["workers"] = len(client.nthreads())
                client.register_plugin(_preload(settings.model))
                return client

            records = iter_records([str(p) for p in paths], default_dct, settings)
            run = _Run(store, connect, settings, folder, counts, progress)
            run.pump(batches(store, records, settings.batch_size), max_in_flight)
        _remove_if_empty(folder)
    counts["seconds"] = time.perf_counter() - t0
    return counts


class _Run:
    """Submit batches with backpressure and load finished shards in the order their batches
    were read: a record repeated in a later batch is then skipped as the local engine skips
    it (the first copy is kept), however the workers' finishing order falls."""

    def __init__(
        self, store: Store, connect: Callable[[], Any], settings: Settings, folder: Path,
        counts: dict[str, Any], progress: Progress | None,
    ) -> None:
        self.store, self.connect, self.settings = store, connect, settings
        self.folder, self.counts, self.progress = folder, counts, progress
        self.tag = uuid.uuid4().hex[:8]  # shard names never collide with a crashed run's
        self.seq = 0
        self.counts["shards"] = 0
        self.seq_of: dict[str, int] = {}  # future key -> its batch's number
        self.ready: dict[int, Path] = {}  # finished shards waiting for an earlier one
        self.loaded = 0  # batches whose shards are loaded, in order

    def pump(self, feed: Iterator[Batch], max_in_flight: int | None) -> None:
        """Keep at most ``max_in_flight`` batches submitted (default: two per worker thread)."""
        from distributed import as_completed

        from dateline.engine.worker import annotate_shard

        in_flight, limit, client, pending = 0, 1, None, None
        for batch in feed:
            self._note_input(batch)
            if not batch.articles:
                continue
            if client is None:
                client = self.connect()
                limit = max_in_flight or 2 * max(1, sum(client.nthreads().values()))
                pending = as_completed()
            assert pending is not None
            while in_flight >= limit:
                self._finish(next(pending))
                in_flight -= 1
            self.seq += 1
            shard = self.folder / f"{self.tag}-{self.seq:07d}"
            fut = client.submit(
                annotate_shard, batch.articles, self.settings, str(shard), pure=False
            )
            self.seq_of[fut.key] = self.seq
            pending.add(fut)
            in_flight += 1
        for fut in pending or ():
            self._finish(fut)

    def _note_input(self, batch: Batch) -> None:
        """Rejects go straight to the store (this process is its writer); skips are counted."""
        if batch.rejects:
            self.store.write_rejects(batch.rejects)
            for r in batch.rejects:
                self.counts["warnings" if r.kind == "warning" else "rejected"] += 1
        self.counts["skipped"] += batch.skipped
        if batch.rejects or batch.skipped:
            self._report()

    def _finish(self, fut: Any) -> None:
        try:
            result = fut.result()
        except DatelineError:
            raise
        except Exception as exc:  # a worker-side failure: say which batch, keep the cause
            raise DatelineError(f"dask worker failed on a batch: {exc!r}") from exc
        finally:
            fut.release()
        self.ready[self.seq_of.pop(fut.key)] = Path(result["shard"])
        while self.loaded + 1 in self.ready:
            self.loaded += 1
            self._load(self.ready.pop(self.loaded))

    def _load(self, shard: Path) -> None:
        got = self.store.load_shards(shard)
        shutil.rmtree(shard, ignore_errors=True)
        self.counts["stored"] += got["stored"]
        self.counts["skipped"] += got["skipped"]
        self.counts["shards"] += 1
        self._report()

    def _report(self) -> None:
        if self.progress:
            self.progress(**{k: v for k, v in self.counts.items() if isinstance(v, int)})


def _recover(store: Store, folder: Path) -> dict[str, int]:
    """Load complete shards a killed run left behind; drop unfinished temp folders."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        return {"stored": 0}
    for tmp in folder.glob(".*.tmp-*"):
        shutil.rmtree(tmp, ignore_errors=True)
    got = store.load_shards(folder)
    from dateline.store.writer import shard_folders

    for shard in shard_folders(folder):
        shutil.rmtree(shard, ignore_errors=True)
    return got


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty (another run is using it) or already gone


def _preload(model: str) -> Any:
    from dateline.engine.worker import PreloadModel

    return PreloadModel(model)


#: Dask settings for the run's client and LocalCluster (issue 8). Every
#: ``BatchedSend`` (client -> scheduler, scheduler -> worker) keeps its last
#: ``low-level-log-length`` payloads (default 1000) for debugging, and a payload
#: holds a whole batch: the pickled task the client sent and the ``compute-task``
#: message with the batch's articles that the scheduler, which runs in the
#: client's process, sent on. 1,000 batches is 64,000 articles, so the client
#: kept every article of a 20,000-article run (~3.3 KiB per article). The same
#: key bounds the scheduler's transition log and event topics.
DASK_CONFIG = {"distributed.admin.low-level-log-length": 8}


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client on the given scheduler, or on a LocalCluster started (and stopped) here."""
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(DASK_CONFIG):  # read as each comm/scheduler is created
        if scheduler:
            try:
                client = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise DatelineError(f"cannot reach Dask scheduler {scheduler}: {exc}") from None
            with client:
                yield client
            return
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=":0", silence_logs=logging.ERROR,
        )
        with cluster, Client(cluster) as client:
            yield client
