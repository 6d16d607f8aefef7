"""What a store's user is told when another process holds its DuckDB file's lock."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dateline.errors import StoreLockedError

if TYPE_CHECKING:
    import duckdb

_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<prog>.*?) \(PID (?P<pid>\d+)\)")


def lock_error(path: str, exc: duckdb.Error, read_only: bool) -> StoreLockedError | None:
    """DuckDB's lock message names the holding program and PID; say so in one line."""
    msg = str(exc)
    if "lock" not in msg.lower():
        return None
    m = _LOCK_HOLDER.search(msg)
    holder = f"process {m['pid']} ({m['prog']})" if m else "another process"
    why = (
        "while one process writes, no other may open the file, even to read"
        if read_only
        else "only one process may write at a time"
    )
    err = StoreLockedError(
        f"{path}: the store is locked by {holder}; {why} (wait for it to finish, or stop it)"
    )
    err.pid = int(m["pid"]) if m else None
    return err
