"""Shared fixtures: the spaCy pipeline once per session, paths to shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_15bafae28f224b27.txt"
DATA = SHARED / "data"


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
