"""A running server over the made-up corpus, on a free port of 127.0.0.1."""

from __future__ import annotations

import threading

import pytest
from report.corpus import make_store

from dateline.serve import make_server


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("serve") / "corpus.duckdb")


@pytest.fixture(scope="module")
def server(db):
    srv = make_server(db, retry_s=0.5)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()
