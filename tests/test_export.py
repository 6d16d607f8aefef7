"""Exports: JSON Lines with the annotate contract, Parquet and CSV a file per table."""

from __future__ import annotations

import csv
import json
from datetime import date

import pyarrow.parquet as pq
import pytest
from store.store_factory import make, simple

from dateline.errors import UsageError
from dateline.export import export
from dateline.model import Reject
from dateline.serialize import annotation_to_dict
from dateline.store import Store
from dateline.store.schema import TABLES


@pytest.fixture
def store(tmp_path):
    anns = [simple(i) for i in range(3)] + [
        make("q", ['Ministers said "we will talk".', "Talks ran 2 days."],
             [{"trigger": "talk", "type": "CONSULT", "actor": "Ministers", "time": "2024-W05",
               "links": [("reports", "e2")]}], dct=date(2024, 1, 30), verdict="suspicious"),
    ]
    with Store(tmp_path / "s.duckdb") as st:
        st.write(anns, rejects=[Reject("bad.jsonl", 3, "line 3: not JSON")])
    with Store(tmp_path / "s.duckdb", read_only=True) as st:  # exports run on readers
        yield st, anns


def test_jsonl_is_the_annotate_contract(store, tmp_path):
    st, anns = store
    files = export(st, "jsonl", tmp_path / "out")
    lines = (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    got = {d["document"]["id"]: d for d in map(json.loads, lines)}
    assert got == {a.article.id: json.loads(json.dumps(annotation_to_dict(a))) for a in anns}
    rej = [json.loads(x) for x in files[1].read_text(encoding="utf-8").splitlines()]
    assert [(r["path"], r["line"]) for r in rej] == [("bad.jsonl", 3)]


def test_parquet_round_trips_every_table(store, tmp_path):
    st, _ = store
    files = export(st, "parquet", tmp_path / "pq")
    assert sorted(p.stem for p in files) == sorted(TABLES)
    for p in files:
        got, want = pq.read_table(p), st.to_arrow(p.stem)
        assert got.column_names == want.column_names, p.stem
        assert [f.type for f in got.schema] == [f.type for f in want.schema], p.stem
        assert got.to_pylist() == want.to_pylist(), p.stem


def test_csv_has_every_column_and_row_with_nested_values_as_json(store, tmp_path):
    st, _ = store
    files = export(st, "csv", tmp_path / "csv")
    for p in files:
        with p.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        want = st.to_arrow(p.stem)
        assert len(rows) == want.num_rows, p.stem
        if rows:
            assert list(rows[0]) == want.column_names
    with (tmp_path / "csv" / "events.csv").open(encoding="utf-8", newline="") as f:
        ev = {r["article_id"]: r for r in csv.DictReader(f)}
    assert json.loads(ev["q"]["links"]) == [{"relation": "reports", "event": "e2"}]
    assert ev["q"]["date_start"] == "2024-01-29" and ev["q"]["date_end"] == "2024-02-04"


def test_unknown_format_is_a_usage_error(store, tmp_path):
    with pytest.raises(UsageError):
        export(store[0], "xml", tmp_path)
