"""The client's feed: bounded batches, stored ids dropped before any work is sent."""

from __future__ import annotations

from dateline.engine.batches import batches
from dateline.ingest import iter_records
from dateline.model import Article, Reject
from dateline.store import Store, write_shard

from .support import annotate_lite


def test_batches_are_bounded_and_skip_stored_and_repeated_ids(tmp_path, lite):
    from dateline.engine.corpus import synthetic

    src = synthetic(tmp_path / "c.jsonl", 10)
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
        fh.write(src.read_text(encoding="utf-8").splitlines()[3] + "\n")  # article 3 again
    records = list(iter_records([src]))
    arts = [r for r in records if isinstance(r, Article)]
    shard = write_shard(annotate_lite(arts[:2], lite), tmp_path / "s1")
    with Store(tmp_path / "s.duckdb") as st:
        st.load_shards(shard)
        got = list(batches(st, records, 4))
    assert [len(b.articles) + len(b.rejects) + b.skipped for b in got] == [4, 4, 4]
    sent = [a.id for b in got for a in b.articles]
    # 0 and 1 are stored; the repeated 3 comes in a later batch, so it is sent again (memory
    # stays flat: no set of every id seen) and the store skips it when its shard loads
    assert sent == [a.id for a in arts[2:10]] + [arts[3].id]
    assert sum(b.skipped for b in got) == 2
    assert [type(r) for b in got for r in b.rejects] == [Reject]


def test_repeat_inside_one_batch_is_sent_once(tmp_path, lite):
    from dateline.engine.corpus import synthetic

    src = synthetic(tmp_path / "c.jsonl", 3)
    src.write_text(src.read_text(encoding="utf-8") * 2, encoding="utf-8")
    with Store(tmp_path / "s.duckdb") as st:
        (b,) = list(batches(st, iter_records([src]), 10))
    assert len(b.articles) == 3 and b.skipped == 3
    # each skipped copy is said, with where the article was first read
    assert [(r.kind, r.line) for r in b.rejects] == [("warning", 4), ("warning", 5),
                                                     ("warning", 6)]
    assert all(f"c.jsonl line {r.line - 3}:" in r.reason for r in b.rejects)


def test_a_copy_in_a_file_of_the_same_name_in_another_folder_is_said(
    tmp_path, lite, monkeypatch
):
    """Copies are told apart by path, not by file name alone: news-tls corpora name every
    topic's file articles.jsonl. A rerun, from whatever folder, says nothing."""
    from dateline.engine.corpus import synthetic

    for topic in ("harbour", "ferries"):
        (tmp_path / topic).mkdir()
        synthetic(tmp_path / topic / "articles.jsonl", 2)  # the same two articles in each
    paths = [tmp_path / "harbour", tmp_path / "ferries"]
    with Store(tmp_path / "s.duckdb") as st:
        (b,) = list(batches(st, iter_records(paths), 10))
        assert len(b.articles) == 2 and b.skipped == 2
        assert [r.path for r in b.rejects] == [str(tmp_path / "ferries" / "articles.jsonl")] * 2
        assert all("harbour" in r.reason and "stored once" in r.reason for r in b.rejects)
        st.write(annotate_lite(b.articles, lite))
        (again,) = list(batches(st, iter_records([tmp_path / "harbour"]), 10))
        assert again.skipped == 2 and again.rejects == []  # the same file: quiet
        monkeypatch.chdir(tmp_path)  # the same file named from its own folder: quiet too
        (inside,) = list(batches(st, iter_records(["harbour"]), 10))
        assert inside.skipped == 2 and inside.rejects == []
