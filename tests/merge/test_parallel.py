"""Scoring a merge's new mentions in forked worker processes (EventMerger(workers=n)): the
same pairs, rows, components and events as one process, in a one-shot merge and in a
store's incremental updates; a worker's error reaches the caller and leaves no process."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from dataclasses import replace

import pytest

from dateline.config import Settings
from dateline.merge import EventMerger, cluster, forked
from dateline.store import Store

from .helpers import article, mention

pytestmark = pytest.mark.skipif(forked._FORK is None, reason="no fork on this platform")

_PARENT = os.getpid()

#: invented stories, each told by several outlets in its own words: (type, trigger, day,
#: wordings); a wording holds {t} where the trigger goes
STORIES = [
    ("ASSAULT", "stormed", "2025-03-05",
     ["Masked men {t} the customs depot at Varnhold before dawn on Wednesday.",
      "Gunmen {t} a customs depot in Varnhold early on Wednesday, officials said.",
      "The Varnhold customs depot was {t} by armed men on Wednesday."]),
    ("COERCE", "closed", "2025-03-06",
     ["The port authority {t} the northern ferry terminal after the raid.",
      "Officials {t} Varnhold's ferry terminal on Thursday, citing the raid.",
      "Ferries stopped as the authority {t} the terminal at Varnhold."]),
    ("CONSULT", "met", "2025-03-05",
     ["The two trade ministers {t} in Ostrava to discuss steel quotas.",
      "Trade ministers of both countries {t} on Wednesday over the quota row.",
      "Steel quotas dominated as the ministers {t} in Ostrava."]),
    ("ASSAULT", "shelled", "2025-05-19",
     ["Artillery {t} the river crossing near Dolna for a third night.",
      "The crossing at Dolna was {t} again overnight, residents said.",
      "Troops {t} positions by the Dolna bridge late on Monday."]),
    ("PROTEST", "marched", None,
     ["Thousands of nurses {t} through the capital over unpaid overtime.",
      "Nurses {t} to parliament demanding their overtime pay.",
      "Striking nurses {t} past the health ministry."]),
]
OUTLETS = ["wire", "daily", "courier", "herald"]


def _mentions() -> list:
    """Every outlet's report of every story, as Mentions; some a day off or dated by the
    article only, so pairs land on either side of the threshold."""
    out = []
    for s, (etype, trig, day, wordings) in enumerate(STORIES):
        for o, outlet in enumerate(OUTLETS):
            text = wordings[(s + o) % len(wordings)].format(t=trig)
            date = day
            if day and o == 3:  # a day late
                date = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
            m = mention(f"{outlet}-{s}", "e1", type=etype, trigger=trig, date=date,
                        sentence=text, time_how="dct" if o == 2 else "sentence")
            out.append(replace(m, source=outlet))
            # a second event of the same article: the same act retold
            again = wordings[(s + o + 1) % len(wordings)].format(t=trig)
            out.append(replace(mention(f"{outlet}-{s}", "e2", type=etype, trigger=trig,
                                       date=date, sentence=again), source=outlet))
    return out


def _forked(run: tuple[int, int]) -> object:
    """_score_run, only ever in a forked worker."""
    assert os.getpid() != _PARENT
    return _REAL_SCORE_RUN(run)


def _failing(run: tuple[int, int]) -> object:
    raise ValueError(f"no scores for run {run}")


_REAL_SCORE_RUN = forked._score_run


@pytest.fixture
def small_runs(monkeypatch):
    """The forked path for a handful of mentions, cut into runs of three."""
    monkeypatch.setattr(forked, "PARALLEL_MIN_MENTIONS", 1)
    monkeypatch.setattr(forked, "PARALLEL_RUN", 3)
    monkeypatch.setattr(forked, "_score_run", _forked)
    calls: list[int] = []
    real = cluster.EventMerger._add_forked

    def counted(self, batch):
        calls.append(len(batch))
        return real(self, batch)

    monkeypatch.setattr(cluster.EventMerger, "_add_forked", counted)
    return calls


def _state(m: EventMerger) -> tuple[object, ...]:
    """All the merge keeps: every row in order (iter_pairs walks them as stored), the
    components' roots, the clusters and the events."""
    return (list(m.iter_pairs()), m.pairs_scored,
            {k: m._uf.find(k) for k in m.mentions}, m.cluster_ids(),
            [e.to_dict() for e in m.events()])


@pytest.mark.parametrize("workers", [2, 3])
def test_forked_scoring_keeps_what_one_process_keeps(small_runs, workers):
    ms = _mentions()
    one = EventMerger()
    one.add(ms)
    many = EventMerger(workers=workers)
    many.add(ms)
    assert small_runs == [len(ms)]  # the forked path scored them
    assert _state(many) == _state(one)
    assert one.pairs_scored > 0 and any(len(e.mentions) > 2 for e in one.events())
    assert len(one.events()) < len(ms)  # some reports join, not all: a real test


def test_forked_batches_after_serial_ones_and_repeats(small_runs):
    """A forked batch is scored against what earlier batches left (its candidates numbered
    before it); a mention given again, or twice in one batch, is ignored."""
    ms = _mentions()
    half = len(ms) // 2
    one = EventMerger()
    one.add(ms)
    many = EventMerger(workers=2)
    many.add(ms[:5])
    many.add(ms[5:half] + ms[:3])
    many.add(ms[half:] + ms[half:half + 2])
    many.add(ms[:4])  # nothing new: no pool, nothing scored
    assert len(small_runs) == 4
    assert _state(many) == _state(one)


def test_an_error_in_a_worker_reaches_the_caller_and_leaves_no_worker(small_runs, monkeypatch):
    monkeypatch.setattr(forked, "_score_run", _failing)
    merger = EventMerger(workers=2)
    with pytest.raises(ValueError, match="no scores for run"):
        merger.add(_mentions())
    assert multiprocessing.active_children() == []
    assert forked._FORKED is None


def test_one_worker_or_a_small_batch_stays_in_this_process(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(cluster.EventMerger, "_add_forked", lambda self, b: calls.append(1))
    EventMerger(workers=1).add(_mentions())
    EventMerger(workers=4).add(_mentions()[:3])  # under PARALLEL_MIN_MENTIONS
    assert calls == []


def _articles() -> list:
    """The stories as annotated articles, one per outlet and story."""
    out = []
    for s, (etype, trig, day, wordings) in enumerate(STORIES):
        for o, outlet in enumerate(OUTLETS):
            text = wordings[(s + o) % len(wordings)].format(t=trig)
            out.append(article(f"{outlet}-{s}", "2025-05-21" if s == 3 else "2025-03-07",
                               [text], [{"type": etype, "trigger": trig, "date": day}],
                               source=outlet))
    return out


def _kept(store: Store) -> tuple[object, ...]:
    con = store.con
    return (sorted(con.execute("SELECT * FROM event_clusters").fetchall()),
            sorted(con.execute("SELECT * FROM merge_pairs").fetchall()))


def test_a_store_update_with_workers_keeps_the_same_pairs_and_clusters(small_runs, tmp_path):
    anns = _articles()
    got = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.duckdb") as st:
            st.write(anns[:9])
            first = st.merge(workers=workers)
            st.write(anns[9:])
            second = st.merge(workers=workers)  # incremental: the new ones only
            got.append((_kept(st), first.pairs_scored, second.pairs_scored, second.events))
    assert got[0] == got[1]
    assert len(small_runs) == 2  # both updates of the two-worker store forked
    assert got[0][3] < len(anns)


def test_the_workers_setting_reads_its_variable(monkeypatch):
    monkeypatch.setenv("DATELINE_MERGE_WORKERS", "3")
    assert Settings().merge_workers == 3
    monkeypatch.delenv("DATELINE_MERGE_WORKERS")
    assert Settings().merge_workers == len(os.sched_getaffinity(0))


def _forked_split(at: int) -> object:
    """_split_run, only ever in a forked worker."""
    assert os.getpid() != _PARENT
    return _REAL_SPLIT_RUN(at)


_REAL_SPLIT_RUN = forked._split_run


@pytest.fixture
def small_splits(monkeypatch):
    """Components of two mentions or more split in forked workers; the sizes of those split
    in this process are listed."""
    monkeypatch.setattr(forked, "PARALLEL_MIN_MENTIONS", 1)
    monkeypatch.setattr(forked, "PARALLEL_SPLIT_MIN", 2)
    monkeypatch.setattr(forked, "_split_run", _forked_split)
    here: list[int] = []
    real = cluster.EventMerger._split_component

    def counted(self, keys):
        if os.getpid() == _PARENT:
            here.append(len(keys))
        return real(self, keys)

    monkeypatch.setattr(cluster.EventMerger, "_split_component", counted)
    return here


def test_the_costliest_components_go_to_whoever_has_least_to_split(monkeypatch):
    """Components of PARALLEL_SPLIT_MIN or more are shared out by their scored pairs, this
    process starting with the smaller ones; none are with one worker or too few mentions."""
    monkeypatch.setattr(forked, "PARALLEL_MIN_MENTIONS", 1)
    monkeypatch.setattr(forked, "PARALLEL_SPLIT_MIN", 3)
    ms = _mentions()
    merger = EventMerger(workers=3)
    merger.add(ms)
    todo = {r: sorted(ks) for r, ks in merger.components().items()}
    pairs = {r: len(ks) + sum(len(merger._scores.get(k, ((),))[0]) for k in ks)
             for r, ks in todo.items()}
    big = sorted((r for r, ks in todo.items() if len(ks) >= 3), key=lambda r: -pairs[r])
    assert len(big) >= 3
    plan = merger._split_plan(todo)
    assert 1 <= len(plan) <= 2 and {r for roots in plan for r in roots} <= set(big)
    assert big[0] in plan[0]  # the costliest first, to a worker with nothing yet
    merger.workers = 1
    assert merger._split_plan(todo) == []
    merger.workers = 2
    monkeypatch.setattr(forked, "PARALLEL_MIN_MENTIONS", len(ms) + 1)
    assert merger._split_plan(todo) == []


@pytest.mark.parametrize("workers", [2, 3])
def test_forked_splitting_keeps_the_clusters_of_one_process(small_splits, workers):
    ms = _mentions()
    one = EventMerger()
    one.add(ms)
    want = _state(one)
    small_splits.clear()
    many = EventMerger(workers=workers)
    many.add(ms)
    assert _state(many) == want
    # the workers split some components of two or more, this process the rest
    sizes = sorted(len(ks) for ks in one.components().values())
    assert max(sizes) > 2 and small_splits
    assert len(small_splits) < len(sizes) and sum(small_splits) < len(ms)
    assert all(n in sizes for n in small_splits)


def test_an_error_in_a_splitting_worker_reaches_the_caller(small_splits, monkeypatch):
    monkeypatch.setattr(forked, "_split_run", _failing)
    merger = EventMerger(workers=2)
    merger.add(_mentions())
    with pytest.raises(ValueError, match="no scores for run"):
        merger.cluster_ids()
    assert multiprocessing.active_children() == []
    assert forked._FORKED is None and forked._SPLITTING == []
