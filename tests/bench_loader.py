"""The one loader of bench scripts for tests (bench/ is no package). A module of its own,
not conftest: several test folders have a conftest, so ``import conftest`` finds whichever
came first."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def load_bench_module(name: str) -> ModuleType:
    """bench/<name>.py imported as a module of its own (bench/ is no package), with bench/
    on the path while it loads: the scripts import their bench neighbours by name."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"{name}_under_test", BENCH / f"{name}.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # dataclasses and pickle look their module up by name
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(BENCH))
