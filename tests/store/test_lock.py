"""One writer: a second process finds the file locked and is told who holds it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from dateline.errors import StoreLockedError
from dateline.store import Store


@pytest.fixture
def holder(tmp_path):
    db = tmp_path / "held.duckdb"
    code = textwrap.dedent(f"""
        import sys, time
        from dateline.store import Store
        st = Store({str(db)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    yield db, proc
    proc.kill()
    proc.wait()


@pytest.mark.parametrize("read_only", [False, True])
def test_second_process_gets_a_clear_lock_error(holder, read_only):
    db, proc = holder
    with pytest.raises(StoreLockedError) as info:
        Store(db, read_only=read_only)
    msg = str(info.value)
    assert f"process {proc.pid}" in msg
    assert "locked" in msg and str(db) in msg
    assert info.value.pid == proc.pid  # type: ignore[attr-defined]


def test_store_opens_again_once_the_holder_is_gone(holder):
    db, proc = holder
    proc.kill()
    proc.wait()
    with Store(db) as st:
        assert st.stats()["articles"] == 0
