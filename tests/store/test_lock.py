"""One writer: a second process finds the file locked and is told who holds it."""

from __future__ import annotations

import pytest

from dateline.errors import StoreLockedError
from dateline.store import Store


@pytest.fixture
def holder(tmp_path, hold_store):
    db = tmp_path / "held.duckdb"
    with hold_store(db) as proc:
        yield db, proc


@pytest.mark.parametrize("read_only", [False, True])
def test_second_process_gets_a_clear_lock_error(holder, read_only):
    db, proc = holder
    with pytest.raises(StoreLockedError) as info:
        Store(db, read_only=read_only)
    msg = str(info.value)
    assert f"process {proc.pid}" in msg
    assert "locked" in msg and str(db) in msg
    assert info.value.pid == proc.pid


def test_store_opens_again_once_the_holder_is_gone(holder):
    db, proc = holder
    proc.kill()
    proc.wait()
    with Store(db) as st:
        assert st.stats()["articles"] == 0
