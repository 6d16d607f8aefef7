"""What runs on a Dask worker: annotate one batch and write it as a Parquet shard.

Workers never touch the DuckDB file (one writing process only); they hand back
the shard's folder and the client loads it. The spaCy pipeline is loaded once
per worker process: :class:`PreloadModel` loads it when the worker starts, and
``load_nlp``'s cache hands the same object to every later task.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from dateline.config import Settings
from dateline.model import Article


class PreloadModel(WorkerPlugin):
    """Load the spaCy pipeline as each worker starts, so the first batch does not pay for it."""

    name = "dateline-preload-model"

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from dateline.pipeline import load_nlp

        load_nlp(self.model)


def annotate_shard(articles: list[Article], settings: Settings, shard: str) -> dict[str, Any]:
    """Annotate ``articles`` and write them as the shard folder ``shard``.

    The worker is single-threaded and is itself one of the cluster's processes,
    so spaCy runs in-process (``n_process=1``). Returns the shard path and counts.
    """
    from dateline.pipeline import annotate_stream, load_nlp
    from dateline.store import write_shard

    settings = replace(settings, n_process=1)
    anns = annotate_stream(articles, settings, nlp=load_nlp(settings.model))
    write_shard(anns, shard)
    return {"shard": shard, "articles": len(articles)}
