"""bench/bench_datecheck.py: its corpus loaders read TimeML (TE3 and TE3 silver) and
news-tls JSONL into (name, true DCT, plain text)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

# An invented wire story in the shape of a TE3 silver file: the DCT line carries a
# dateline before its TIMEX3, the text gold tags and an entity.
_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>AFP_ENG_20010203.0001</DOCID>
<DCT>SOMEWHERE, <TIMEX3 tid="t0" type="TIME" value="2001-02-03" \
functionInDocument="CREATION_TIME">Feb 3 , 2001</TIMEX3> (AFP)</DCT>
<TEXT>
Grain prices <EVENT eid="e1">rose</EVENT> on <TIMEX3 tid="t1" type="DATE" \
value="2001-02-03">Saturday</TIMEX3> &amp; traders smiled.
</TEXT>
</TimeML>
"""


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("bench_datecheck")


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_silver_reads_its_own_folder_only(bench: ModuleType, tmp_path: Path) -> None:
    _write(tmp_path / "TE3-Silver-data", "AFP_ENG_20010203.0001.tml", _TML)
    _write(tmp_path / "TimeBank", "wsj_0001.tml", _TML.replace("2001-02-03", "1989-10-30"))
    [(name, dct, text)] = list(bench.corpus_docs("silver", tmp_path))
    assert name == "AFP_ENG_20010203.0001.tml"
    assert dct == date(2001, 2, 3)
    assert "<" not in text and "Grain prices rose on Saturday & traders smiled." in text
    [(_, te3_dct, _)] = list(bench.corpus_docs("te3", tmp_path))
    assert te3_dct == date(1989, 10, 30)


def test_halves_split_silver_files_even_and_odd(bench: ModuleType, tmp_path: Path) -> None:
    for i, day in enumerate(("01", "02", "03")):
        tml = _TML.replace("2001-02-03", f"2001-02-{day}")
        _write(tmp_path / "TE3-Silver-data", f"X{i}.tml", tml)
    res_a = bench.run(tmp_path, parse=False, show=False, corpus="silver", half="A")
    res_b = bench.run(tmp_path, parse=False, show=False, corpus="silver", half="B")
    assert (res_a["articles"], res_b["articles"]) == (2, 1)
    assert res_a["corpus"] == "silver"


def test_t17_reads_jsonl_and_undoes_tokenisation(bench: ModuleType, tmp_path: Path) -> None:
    rec = {"id": "a1", "time": "2010-05-02T00:00:00", "text": "Oil did n't stop , officials said ."}
    _write(tmp_path / "topic", "articles.jsonl", json.dumps(rec) + "\n")
    [(name, dct, text)] = list(bench.corpus_docs("t17", tmp_path))
    assert (name, dct, text) == ("topic/a1", date(2010, 5, 2), "Oil didn't stop, officials said.")
