"""Store.merge and the merged timeline pause Python's cycle collector (gcpause.gc_paused)."""

from __future__ import annotations

import gc

import pytest

from dateline.gcpause import gc_paused


def test_the_collector_is_paused_inside_and_restored_after():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner block leaves it to the outer one
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_restores_it():
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_merge_and_a_merged_timeline_run_with_it_paused(tmp_path, monkeypatch):
    from dateline.merge import persist
    from dateline.merge import store as merge_store
    from dateline.store import Store

    seen: list[tuple[str, bool]] = []
    update, entries = persist.update, merge_store.timeline_entries

    def spy_update(store, workers=1):
        seen.append(("merge", gc.isenabled()))
        return update(store, workers)

    def spy_entries(*args, **kwargs):
        seen.append(("timeline", gc.isenabled()))
        return entries(*args, **kwargs)

    monkeypatch.setattr(persist, "update", spy_update)
    monkeypatch.setattr(merge_store, "timeline_entries", spy_entries)
    with Store(tmp_path / "e.duckdb") as st:
        assert st.merge().mentions == 0
        assert st.timeline(merged=True) == []
        assert gc.isenabled()
    assert seen == [("merge", False), ("timeline", False)]
