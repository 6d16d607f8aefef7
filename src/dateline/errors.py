"""Exceptions the library raises. The CLI turns each into one clear line and an exit code."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class: a problem the user can act on (bad path, locked store, bad option)."""

    exit_code = 1


class UsageError(DatelineError):
    exit_code = 2


class StoreLockedError(DatelineError):
    """The DuckDB file is held by another writing process."""

    pid: int | None = None  #: the holder's process id, when DuckDB's message names it


class InputError(DatelineError):
    """A file or record could not be read; carries the file and line."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = path, line, reason
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")
