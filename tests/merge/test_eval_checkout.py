"""bench/eval_merge.py scores the merge code of its own checkout: run from a checkout whose
src is not on the path, it would import the venv's editable install of another checkout and
list that code's figures and errors as its own; it refuses instead."""

from __future__ import annotations

from types import SimpleNamespace

from .helpers import load_bench


def test_the_checkout_s_own_code_is_scored():
    ev = load_bench("eval_merge")
    ours = SimpleNamespace(__file__=str(ev.ROOT / "src" / "dateline" / "__init__.py"))
    assert ev.foreign_code(ours) is None


def test_another_checkout_s_code_is_refused_with_the_path_to_export(tmp_path):
    ev = load_bench("eval_merge")
    other = SimpleNamespace(__file__=str(tmp_path / "main" / "src" / "dateline" / "__init__.py"))
    why = ev.foreign_code(other)
    assert why is not None and str(tmp_path / "main") in why
    assert f"PYTHONPATH={ev.ROOT / 'src'}" in why

