"""A store of the made-up corpus, built once per module."""

from __future__ import annotations

import pytest

from report.corpus import make_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("report") / "corpus.duckdb")


@pytest.fixture
def store(store_path):
    from dateline.store import Store

    with Store(store_path, read_only=True) as st:
        yield st
