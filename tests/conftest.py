"""Shared fixtures: the spaCy pipeline once per session, paths to shared data."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest
from bench_loader import load_bench_module

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_15bafae28f224b27.txt"
DATA = SHARED / "data"
BENCH = ROOT / "bench"


@pytest.fixture(scope="session")
def load_bench() -> Callable[[str], ModuleType]:
    """Import a bench script by name (:func:`bench_loader.load_bench_module`), for tests
    of bench code."""
    return load_bench_module


@pytest.fixture(scope="session")
def nlp():
    from dateline.config import Settings
    from dateline.pipeline import load_nlp

    return load_nlp(Settings().model)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"../shared/seed absent: {SEED} not found")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def hold_store():
    """``with hold_store(db) as proc:``: another process holds the store ``db`` open for
    writing (its lock, as a running `dateline run` does) from when it says so until the
    block ends, then lets go (the tests of what readers and writers are told meanwhile)."""

    @contextmanager
    def hold(db: Path) -> Iterator[subprocess.Popen[str]]:
        code = textwrap.dedent(f"""
            import sys
            from dateline.store import Store
            st = Store({str(db)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """)
        proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
            yield proc
        finally:
            proc.communicate("\n", timeout=30)

    return hold
