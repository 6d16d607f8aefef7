"""One Dask cluster per module (starting one costs seconds) and the model-free settings."""

from __future__ import annotations

import logging

import pytest

from dateline.config import Settings
from dateline.engine import lite_model


@pytest.fixture(scope="session")
def lite() -> Settings:
    return Settings(model=str(lite_model()), batch_size=16, n_process=1)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as c:
        yield c
