"""Store.add: ingest + annotate (real spaCy pipeline) + write, skipping what is stored."""

from __future__ import annotations

import pytest

import dateline.ingest
from dateline.config import Settings
from dateline.ingest import article_from_text
from dateline.model import Reject
from dateline.store import Store

TEXTS = {
    "a.txt": "date 2024-02-06\nThe army attacked the town on Monday. Officials said 12 died.",
    "b.txt": "date 2024-02-08\nThe government met rebel leaders in Cairo on Wednesday.",
}


def _files(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / n) for n in TEXTS]


def test_add_with_the_real_ingest_and_pipeline(tmp_path):
    if not hasattr(dateline.ingest, "iter_records"):
        pytest.skip("dateline.ingest.iter_records has not landed yet")
    paths = _files(tmp_path)
    db = tmp_path / "s.duckdb"
    with Store(db) as st:
        first = st.add(paths, settings=Settings(n_process=1, batch_size=8))
        stats1 = st.stats()
        second = st.add(paths, settings=Settings(n_process=1, batch_size=8))
        assert st.stats() == stats1
    assert first["stored"] == 2 and second == {**second, "stored": 0, "skipped": 2}
    assert stats1["sentences"] >= 3 and stats1["timexes"] >= 2


def test_a_copy_under_another_name_is_stored_once_and_said(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "first.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    (corpus / "zz_copy.txt").write_text(TEXTS["a.txt"], encoding="utf-8")
    settings = Settings(n_process=1, batch_size=8)
    with Store(tmp_path / "s.duckdb") as st:
        got = st.add([str(corpus)], settings=settings)
        again = st.add([str(corpus)], settings=settings)  # said again, kept once
        rejects = st.rejects()
        assert st.stats()["articles"] == 1
    assert got["stored"] == 1 and got["skipped"] == 1 and got["warnings"] == 1
    assert again["skipped"] == 2 and again["stored"] == 0
    (r,) = rejects
    assert r["path"].endswith("zz_copy.txt") and r["kind"] == "warning"
    assert f"as {corpus / 'first.txt'}: stored once" in r["reason"]


def test_add_skips_stored_articles_before_annotating(tmp_path, monkeypatch):
    """Records from a stand-in reader (so this runs before the real one lands); real pipeline."""
    arts = [article_from_text(t, path=n) for n, t in TEXTS.items()]
    fed: list[str] = []

    def fake_iter_records(paths, default_dct=None, settings=None):
        yield Reject("broken.jsonl", 2, "line 2: not JSON")
        yield Reject("odd.txt", None, "impossible date 2024-02-30", "warning")
        yield from arts

    import dateline.pipeline as pipeline

    real = pipeline.annotate_stream

    def spy(articles, settings=None, nlp=None):
        for a in articles:
            fed.append(a.id)
            yield from real([a], settings, nlp)

    monkeypatch.setattr(dateline.ingest, "iter_records", fake_iter_records, raising=False)
    monkeypatch.setattr(pipeline, "annotate_stream", spy)
    seen: list[dict] = []
    with Store(tmp_path / "s.duckdb") as st:
        st.write(list(real([arts[0]], Settings(n_process=1))))
        got = st.add(
            ["ignored"], settings=Settings(n_process=1), progress=lambda **c: seen.append(c)
        )
        assert st.stats()["articles"] == 2
        assert len(st.rejects()) == 2
        events = st.events()
    assert fed == [arts[1].id]  # the stored article never reached spaCy
    assert got["stored"] == 1 and got["skipped"] == 1
    assert got["rejected"] == 1 and got["warnings"] == 1 and got["seconds"] > 0
    assert seen and seen[-1]["stored"] == 1
    assert events and all(e["sentence_text"] for e in events)
