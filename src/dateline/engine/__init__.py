"""Engines that run the pipeline over a corpus at scale.

``run_dask`` annotates on Dask distributed workers (a LocalCluster by default)
that write Parquet shards; the calling process is the store's single writer and
loads each shard as it completes. ``lite_model`` builds a model-free spaCy
pipeline (tokenizer + sentencizer) for tests and memory/crash benchmarks that
must not wait on the statistical model.
"""

from __future__ import annotations

from dateline.engine.cluster import run_dask
from dateline.engine.lite import lite_model

__all__ = ["lite_model", "run_dask"]
