"""The report, exports and plot over a few real articles run through the whole pipeline.

Reads ../shared/data (never copied into the project); skips when it is absent.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dateline.report import annotation_to_tml, payload_for, render_report, timelinejs
from dateline.timex.timeml import parse_tml

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ARTICLES = DATA / "t17-dev" / "haiti_bbc" / "articles.jsonl"

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    if not ARTICLES.exists():
        pytest.skip(f"../shared/data absent: {ARTICLES} not found")
    from dateline.store import Store

    tmp = tmp_path_factory.mktemp("real")
    sample = tmp / "sample.jsonl"
    with ARTICLES.open(encoding="utf-8") as f:
        sample.write_text("".join(next(f) for _ in range(8)), encoding="utf-8")
    db = tmp / "real.duckdb"
    with Store(db) as st:
        st.add([sample])
    st = Store(db, read_only=True)
    yield st
    st.close()


def test_real_report_marks_stored_spans(real_store):
    data = payload_for(real_store)
    assert len(data["entries"]) >= 10
    for e in data["entries"]:
        for s in e["sources"]:
            a, b = s["highlight"]
            # the mark is the stored event span; its first word is the trigger's first word
            assert s["sentence"][a:b].split()[0].lower() == s["trigger"].split()[0].lower()
    page = render_report(real_store, title="haiti sample")
    assert page.count("<script") == 2


def test_real_articles_round_trip_through_timeml(real_store):
    n = 0
    for ann in real_store.annotations():
        tml = annotation_to_tml(ann)
        ET.fromstring(tml.split("?>", 1)[1])
        doc = parse_tml(tml)
        assert doc.text == ann.article.text and doc.dct == ann.article.dct
        spans = {(t.start, t.end, t.value) for t in ann.timexes}
        assert {(g.start, g.end, g.value) for g in doc.gold} <= spans
        n += 1
    assert n == 8


def test_real_timelinejs_has_every_dated_entry(real_store):
    entries = real_store.timeline()
    doc = json.loads(json.dumps(timelinejs(entries)))
    assert len(doc["events"]) == len(entries)
    assert all("year" in ev["start_date"] for ev in doc["events"])
