"""The merge kept in the store (dateline.merge.persist): incremental updates equal one
merge of everything, in any order of runs; timelines read the kept clusters only while
they cover the store."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hst

from dateline.merge import merge_annotations, persist
from dateline.store import Store

from .helpers import article

ROOT = Path(__file__).resolve().parents[2]

Partition = set[frozenset[tuple[str, str]]]


def _partition(store: Store) -> Partition:
    groups: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for a, e, ca, ce in store.con.execute("SELECT * FROM event_clusters").fetchall():
        groups.setdefault((ca, ce), set()).add((a, e))
    return {frozenset(g) for g in groups.values()}


def _pairs(store: Store) -> set[tuple[object, ...]]:
    return set(store.con.execute("SELECT * FROM merge_pairs").fetchall())


@pytest.fixture(scope="module")
def sample(tmp_path_factory, nlp):
    """The sample corpus annotated once (examples/), merged in one go."""
    corpus = ROOT / "examples"
    if not corpus.is_dir():
        pytest.skip("examples/ absent")
    db = tmp_path_factory.mktemp("persist") / "all.duckdb"
    with Store(db) as st:
        st.add([str(corpus)])
        anns = list(st.annotations())
        done = st.merge()
        return anns, _partition(st), _pairs(st), done


def test_one_merge_of_the_sample_corpus_is_the_in_memory_merge(sample):
    anns, part, pairs, done = sample
    assert done.new == done.mentions > 50 and done.pairs_scored > 0
    assert part == {frozenset(m.key for m in ev.mentions) for ev in merge_annotations(anns)}
    assert any(len(g) > 5 for g in part)  # the strike, reported by many
    assert pairs and all((a, ae) < (b, be) for a, ae, b, be, _ in pairs)


def _named_by_smallest(store: Store) -> bool:
    """Every kept event is named by its smallest member's key (kept or clustered again)."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for a, e, ca, ce in store.con.execute("SELECT * FROM event_clusters").fetchall():
        groups.setdefault((ca, ce), []).append((a, e))
    return all(name == min(keys) for name, keys in groups.items())


@pytest.mark.parametrize(("seed", "batches"), [(0, 3), (1, 3), (2, 3), (3, 2), (4, 5), (5, 8)])
def test_runs_in_any_order_and_batches_give_the_same_clusters(sample, tmp_path, seed, batches):
    anns, part, pairs, _ = sample
    order = list(anns)
    random.Random(seed).shuffle(order)
    cuts = sorted(random.Random(seed + 10).sample(range(1, len(order)), batches - 1))
    with Store(tmp_path / "inc.duckdb") as st:
        scored = 0
        for lo, hi in zip([0, *cuts], [*cuts, len(order)], strict=True):
            st.write(order[lo:hi])
            assert not persist.fresh(st.con)
            done = st.merge()
            assert persist.fresh(st.con)
            assert done.new == sum(len(a.events) for a in order[lo:hi])
            assert done.new <= done.reclustered <= done.mentions
            assert done.events == persist.merged_events(st.con)
            scored += done.pairs_scored
        assert _partition(st) == part
        assert _pairs(st) == pairs
        assert _named_by_smallest(st)
        again = st.merge()  # nothing new: nothing scored, nothing changed
        assert (again.new, again.pairs_scored) == (0, 0) and _partition(st) == part


def test_changed_merge_rules_drop_the_kept_pairs(sample, tmp_path, monkeypatch):
    anns, part, pairs, _ = sample
    with Store(tmp_path / "r.duckdb") as st:
        st.write(anns)
        st.merge()
        monkeypatch.setattr(persist, "rules_fingerprint", lambda: "other-rules")
        assert not persist.fresh(st.con)
        done = st.merge()
        assert done.rebuilt and done.new == done.mentions
        assert _partition(st) == part and _pairs(st) == pairs


CLASH = "Riot police cleared the picket line at Gate 4 of Karsholm port on Wednesday."


def _clash(aid: str, trigger: str = "cleared", date: str = "2025-03-05"):
    text = CLASH if trigger == "cleared" else f"Pickets {trigger} the Gate 4 fence on Wednesday."
    return article(aid, "2025-03-06", [text],
                   [{"type": "ASSAULT", "trigger": trigger, "date": date, "actor": "police"}])


def test_timeline_reads_the_kept_clusters_while_they_cover_the_store(tmp_path):
    with Store(tmp_path / "t.duckdb") as st:
        st.write([_clash("a"), _clash("b"), _clash("c", "burned")])
        st.merge()
        entries = st.timeline(merged=None)
        assert sorted(len(e.sources) for e in entries) == [1, 2]
        # regroup the kept clusters by hand: a timeline that reads them shows it
        st.con.execute("UPDATE event_clusters SET cluster_article = 'a', cluster_event = 'e1'")
        assert [len(e.sources) for e in st.timeline(merged=None)] == [3]
        assert [len(e.sources) for e in st.timeline(merged=True)] == [3]
        st.write([_clash("d", "burned")])  # not merged yet: the kept clusters are stale
        assert not persist.fresh(st.con)
        assert sorted(len(e.sources) for e in st.timeline(merged=None)) == [2, 2]
        st.merge()
        assert sorted(len(e.sources) for e in st.timeline(merged=None)) == [2, 2]


def test_an_empty_store_merges_to_nothing(tmp_path):
    with Store(tmp_path / "e.duckdb") as st:
        done = st.merge()
        assert (done.mentions, done.events) == (0, 0) and persist.fresh(st.con)
        assert st.timeline(merged=None) == []


INJURED = "Riot police cleared the picket line at Gate 4 on Wednesday, and {n} people were injured."


def _injured(aid: str, n: int, date: str, union: bool = False):
    text = INJURED.format(n=n) + (" The Harbour Union condemned it." if union else "")
    return article(
        aid, "2025-03-06", [text],
        [{"type": "ASSAULT", "trigger": "cleared", "date": date, "actor": "police"}],
        quantities=[{"text": str(n), "value": n, "counts": "people"}],
        entities=[{"text": "Harbour Union", "label": "ORG"}] if union else [],
    )


def test_a_filter_picks_whole_kept_events(tmp_path):
    """With the kept merge, a mention matching --entity/--since brings its whole event: the
    other side of a disagreement that names no entity, reports dating it a day off."""
    from dateline.merge.store import store_disagreements

    with Store(tmp_path / "f.duckdb") as st:
        st.write([_injured("a", 40, "2025-03-05", union=True), _injured("b", 38, "2025-03-05"),
                  _injured("c", 38, "2025-03-06")])
        st.merge()
        (entry,) = st.timeline(merged=None, entity="Harbour Union")
        assert sorted(s.article_id for s in entry.sources) == ["a", "b", "c"]
        (clash,) = store_disagreements(st, entity="Harbour Union")
        assert {c.article_id for c in clash.claims} >= {"a", "b"}
        # one id for the event wherever it is shown: timeline entry, disagreement, export
        exported = {c for (c,) in st.con.execute(
            "SELECT 'ev-' || substr(sha1(cluster_article || '/' || cluster_event), 1, 12) "
            "FROM event_clusters").fetchall()}
        assert entry.event_id == clash.event_id and exported == {entry.event_id}
        assert entry.to_dict()["event_id"] == entry.event_id
        # dated 03-05 by two reports: a view from 03-06 leaves the event out ...
        assert st.timeline(merged=None, since="2025-03-06") == []
        assert [len(e.sources) for e in st.timeline(merged=None, since="2025-03-05")] == [3]
        # ... but the disagreement about its date and figures is still found from 03-06
        assert store_disagreements(st, since="2025-03-06")


def test_the_fingerprint_is_of_every_file_that_decides_a_merge(monkeypatch):
    """A kept merge is stale after a change to any file that decides which mentions are one
    event: the merge's rules, and the disagree package (a folder of its own) and
    disagree.json, whose incident and count readers the pair scoring calls (the disagreements
    themselves are found when read)."""
    from importlib.resources import files

    from dateline.merge import persist

    def fingerprint(changed: str) -> str:
        real = type(files("dateline").joinpath("merge", "persist.py"))
        read = real.read_bytes
        monkeypatch.setattr(real, "read_bytes",
                            lambda self: read(self) + (b" " if self.name == changed else b""))
        persist.rules_fingerprint.cache_clear()
        try:
            return persist.rules_fingerprint()
        finally:
            monkeypatch.undo()
            persist.rules_fingerprint.cache_clear()

    base = fingerprint("")
    # disagree's readers decide pairs too (separate incidents, two counts of one word)
    for name in ("similarity.py", "rules.json", "incidents.py", "figures.py", "disagree.json"):
        assert fingerprint(name) != base, name


def _quake(aid: str, words: str = "collapsed") -> object:
    """A report of another story: another day, months away from the Gate 4 clash."""
    return article(aid, "2025-09-21", [f"The old harbour crane {words} onto the pier on Saturday."],
                   [{"type": "ASSAULT", "trigger": words, "date": "2025-09-20"}])


def _rows(store: Store, article_ids: set[str]) -> set[tuple[object, ...]]:
    return {r for r in store.con.execute("SELECT * FROM event_clusters").fetchall()
            if r[0] in article_ids}


def test_an_update_clusters_again_only_what_the_new_mentions_reach(tmp_path, monkeypatch):
    """Reports of a story on other days share no scored pair with the kept clash: an update
    reads none of the clash's kept pairs, clusters none of its mentions again, and keeps its
    canonical event and id as stored; the result is still the one-shot merge."""
    read: list[tuple[str, str]] = []
    kept_pairs = persist._kept_pairs

    def spy(con, keys):
        read.extend(keys)
        return kept_pairs(con, keys)

    monkeypatch.setattr(persist, "_kept_pairs", spy)
    clash = [_clash("a"), _clash("b"), _clash("c", "burned")]
    crane = [_quake("x"), _quake("y")]
    with Store(tmp_path / "u.duckdb") as st:
        st.write(clash + crane)
        st.merge()
        before = _rows(st, {"a", "b", "c"})
        assert len({(r[2], r[3]) for r in before}) == 2  # two events of the clash story

        st.write([_quake("z")])
        done = st.merge()
        assert (done.new, done.reclustered) == (1, 3)  # z and the two it is scored with
        assert {k[0] for k in read} == {"x", "y"}  # only the crane story's pairs are read
        assert _rows(st, {"a", "b", "c"}) == before  # untouched: same events, same ids
        everything = clash + crane + [_quake("z")]
        want = {frozenset(m.key for m in ev.mentions) for ev in merge_annotations(everything)}
        assert _partition(st) == want

        crane_rows = _rows(st, {"x", "y", "z"})
        read.clear()
        st.write([_clash("d")])
        done = st.merge()
        assert done.new == 1 and {k[0] for k in read} <= {"a", "b", "c"}
        assert _rows(st, {"x", "y", "z"}) == crane_rows
        everything.append(_clash("d"))
        want = {frozenset(m.key for m in ev.mentions) for ev in merge_annotations(everything)}
        assert _partition(st) == want and _named_by_smallest(st)


POOL = [_clash("a"), _clash("b"), _clash("c", "burned"), _clash("d", "burned"), _clash("e"),
        _injured("f", 40, "2025-03-05", union=True), _injured("g", 38, "2025-03-05"),
        _injured("h", 38, "2025-03-06"), _quake("x"), _quake("y"), _quake("z", "toppled")]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(order=hst.permutations(range(len(POOL))), cuts=hst.sets(hst.integers(1, len(POOL) - 1)))
def test_any_order_and_split_into_updates_is_the_one_shot_merge(tmp_path_factory, order, cuts):
    anns = [POOL[i] for i in order]
    want = {frozenset(m.key for m in ev.mentions) for ev in merge_annotations(POOL)}
    bounds = sorted(cuts)
    with Store(tmp_path_factory.mktemp("prop") / "p.duckdb") as store:
        for lo, hi in zip([0, *bounds], [*bounds, len(anns)], strict=True):
            store.write(anns[lo:hi])
            store.merge()
        assert _partition(store) == want and _named_by_smallest(store)


def _report(aid: str, date: str | None, how: str, words: str = "cleared") -> object:
    """The Gate 4 clash told again: dated by its own clause, only by the article's date
    (dct: merges across a wider gap), by a year (a coarse span) or not at all."""
    return article(aid, "2025-03-07", [f"Riot police {words} the picket line at Gate 4 of "
                                       "Karsholm port, the union said."],
                   [{"type": "ASSAULT", "trigger": words, "date": date, "how": how,
                     "actor": "police"}])


EDGES = [_report("p", "2025-03-05", "clause"), _report("q", "2025-03-07", "dct"),
         _report("r", "2025", "sentence"), _report("s", "2025", "sentence", "charged"),
         _report("t", None, "none"), _report("u", None, "none", "charged"),
         _report("v", "2025-03-07", "dct", "charged"), _quake("x"), _quake("y")]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_an_update_builds_only_the_mentions_it_can_meet(tmp_path, monkeypatch, seed):
    """An update builds the new mentions, the kept ones the index could offer them as
    candidates (found by their stored dates: a dct-dated report two days off, a year, the
    undated ones) and the region clustered again -- not every stored mention -- and still
    gives the one-shot merge, in any order of single-article updates."""
    from dateline.merge import store as merge_store

    built: list[tuple[str, str]] = []
    real = merge_store.store_mentions

    def spy(con, keys=None):
        got = real(con, keys)
        built.extend(m.key for m in got)
        return got

    monkeypatch.setattr(merge_store, "store_mentions", spy)
    want = {frozenset(m.key for m in ev.mentions) for ev in merge_annotations(EDGES)}
    assert any(len(g) > 1 and {k[0] for k in g} & {"q", "r", "t"} for g in want)
    order = list(EDGES)
    random.Random(seed).shuffle(order)
    with Store(tmp_path / "m.duckdb") as st:
        for ann in order:
            st.write([ann])
            built.clear()
            st.merge()
            assert (ann.article.id, "e1") in built and len(built) == len(set(built))
            if ann.article.id in "xy":  # another story months away: no clash report is built
                assert {k[0] for k in built} <= {"x", "y"}
        assert _partition(st) == want and _named_by_smallest(st)
