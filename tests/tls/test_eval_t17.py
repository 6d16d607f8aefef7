"""The Timeline17 benchmark's leave-one-topic-out mode (bench/eval_t17.py --loto)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from dateline.tls import align_m1, rows_from_text, summarize_rows
from dateline.tls.summarize import params


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("eval_t17")


def test_shipped_weights_are_a_grid_point(bench: ModuleType) -> None:
    shipped = params()
    for key, values in bench.GRID.items():
        part, leaf = key.split(".")
        assert shipped[part][leaf] in values, key
        params({key: values[0]})  # every grid key names a weight


STORY = [
    ("a1", "The Kariba river dam collapsed on March 3, flooding four villages. "
           "Rescue teams searched for survivors in the mud.", date(2021, 3, 4)),
    ("a2", "Water burst through the dam wall on March 3 after days of heavy rain. "
           "The inquiry into the dam collapse opened on March 10 in the capital.",
     date(2021, 3, 11)),
]
GOLD = [(date(2021, 3, 3), ["The dam collapsed and flooded villages."]),
        (date(2021, 3, 10), ["An inquiry into the collapse opened."])]


def test_loto_holds_each_topic_out(bench: ModuleType, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    shipped = params()["sentence"]["story_weight"]
    monkeypatch.setattr(bench, "GRID", {"sentence.story_weight": [shipped, 0.0]})
    rows = [r for aid, text, dct in STORY for r in rows_from_text(aid, text, dct)]
    tasks = [(name, rows, 2, 1, None, GOLD) for name in ("dam_x", "dam_y", "flood_x")]
    assert bench.loto(tasks, "") == 0
    out = capsys.readouterr().out
    ar1 = align_m1(summarize_rows(rows, 2, 1), GOLD)["rouge_1"].f1
    assert f"shipped weights           AR-1 {ar1:.4f}" in out
    assert "held out dam " in out and "held out flood " in out
    assert "LOTO (micro selection)" in out and "LOTO (macro selection)" in out


def test_loto_refuses_a_grid_without_the_shipped_weights(bench,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "GRID", {"sentence.story_weight": [-1.0]})
    assert bench.loto([], "") == 2


def test_store_rows_read_a_topic_store_that_is_already_built(bench: ModuleType,
                                                             tmp_path: Path) -> None:
    """--stores reads the rows `dateline timeline --summary` reads, from a store built before."""
    duckdb = pytest.importorskip("duckdb")
    from dateline.store.schema import migrate
    from dateline.tls.records import SentenceRow

    topic = tmp_path / "data" / "dam_x"
    stores = tmp_path / "stores"
    stores.mkdir()
    sent = "The river dam gave way on March 3 near the town."
    con = duckdb.connect(str(stores / "dam_x.duckdb"))
    migrate(con)
    con.execute("INSERT INTO articles (id, dct, text) VALUES ('a', DATE '2021-03-05', ?)", [sent])
    con.execute("INSERT INTO sentences (article_id, idx, start_char, end_char, text)"
                " VALUES ('a', 0, 0, ?, ?)", [len(sent), sent])
    con.execute("INSERT INTO timexes (article_id, idx, tid, start_char, end_char, text, type,"
                " value, sentence) VALUES ('a', 0, 't1', 24, 31, 'March 3', 'DATE',"
                " '2021-03-03', 0)")
    con.close()
    (stores / "dam_x.done").write_text("1.0s\n", "utf-8")
    # the topic folder is not there: a finished store is reused, nothing is run
    assert bench.store_rows(topic, stores) == [
        SentenceRow("a", date(2021, 3, 5), 0, sent, ("2021-03-03",))]
