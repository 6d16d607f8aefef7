"""TimeML and TimelineJS3 exports: round trips and the TimelineJS3 JSON shape."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date

from dateline.model import Timex
from dateline.report import annotation_to_tml, timelinejs, write_timelinejs, write_timeml
from dateline.timex.timeml import parse_tml, read_tml
from report.corpus import XSS_SENTENCE, article, corpus


def _check_round_trip(ann, tml: str) -> None:
    ET.fromstring(tml.split("?>", 1)[1])  # well-formed XML
    doc = parse_tml(tml)
    assert doc.text == ann.article.text
    assert doc.dct == ann.article.dct
    got = [(g.start, g.end, g.text, g.type, g.value) for g in doc.gold]
    want = [(t.start, t.end, t.text, t.type, t.value) for t in ann.timexes]
    assert got == sorted(want)


def test_timeml_round_trips_every_article():
    for ann in corpus():
        _check_round_trip(ann, annotation_to_tml(ann))


def test_timeml_escapes_markup_and_keeps_odd_characters():
    ann = article("odd", ["Monday a <b>&amp;</b> b\r\nc\x07d met e."],
                  [(0, "met", "CONSULT", "2024-01-01", "a", "e")], date(2024, 1, 2), "T", "S")
    tml = annotation_to_tml(ann)
    assert "<b>" not in tml and "\x07" not in tml
    doc = parse_tml(tml)
    assert doc.text == ann.article.text.replace("\x07", " ")
    assert [g.value for g in doc.gold] == ["2024-01-01"]


def test_timeml_drops_crossing_timexes_keeping_the_longer():
    ann = corpus()[0]
    t = ann.timexes[0]
    crossing = Timex("t9", t.start + 2, t.end + 5, ann.article.text[t.start + 2:t.end + 5],
                     "DATE", "2024-01-01")
    ann2 = replace(ann, timexes=(*ann.timexes, crossing))
    doc = parse_tml(annotation_to_tml(ann2))
    assert (crossing.start, crossing.end) in {(g.start, g.end) for g in doc.gold}
    assert (t.start, t.end) not in {(g.start, g.end) for g in doc.gold}


def test_write_timeml_one_file_per_article(tmp_path):
    anns = corpus()
    paths = write_timeml(anns, tmp_path)
    assert [p.name for p in paths] == ["wire-1.tml", "paper-2.tml", "blog-3.tml", "evil-4.tml"]
    for ann, p in zip(anns, paths, strict=True):
        assert read_tml(p).text == ann.article.text


def _check_timelinejs_shape(doc: dict) -> None:
    """The TimelineJS3 JSON format: title slide and events with dated start and text."""
    assert set(doc) == {"title", "events"}
    assert isinstance(doc["title"]["text"]["headline"], str)
    for ev in doc["events"]:
        assert {"start_date", "text"} <= set(ev)
        for key in ("start_date", "end_date"):
            if key in ev:
                d = ev[key]
                assert set(d) <= {"year", "month", "day"} and "year" in d
                assert all(isinstance(v, int) for v in d.values())
                assert 1 <= d.get("month", 1) <= 12 and 1 <= d.get("day", 1) <= 31
        assert isinstance(ev["text"]["headline"], str) and isinstance(ev["text"]["text"], str)


def test_timelinejs_shape_precision_and_escaping(store):
    entries = store.timeline()
    doc = json.loads(json.dumps(timelinejs(entries, title="A & B")))
    _check_timelinejs_shape(doc)
    assert len(doc["events"]) == len(entries)
    assert doc["title"]["text"]["headline"] == "A &amp; B"
    by_group = {ev["group"]: ev for ev in doc["events"]}
    assert by_group["AID"]["start_date"] == {"year": 2024, "month": 3}  # "2024-03": no day
    assert by_group["CONSULT"]["start_date"] == {"year": 2024, "month": 1, "day": 16}
    evil = by_group["ASSAULT"]["text"]
    assert "<script" not in evil["text"] and "<script" not in evil["headline"]
    assert html.unescape(evil["text"]).startswith(f"<p>{XSS_SENTENCE}</p>")
    heads = {html.unescape(ev["text"]["headline"]) for ev in doc["events"]}
    assert "Acme Corp sued Globex" in heads


def test_timelinejs_spans_for_seasons_and_skips_undated(tmp_path):
    entries = [
        {"date": "2023-SU", "date_start": "2023-06-01", "date_end": "2023-08-31",
         "type": "AID", "trigger": "sent", "actor": "A", "sources": []},
        {"date": None, "date_start": None, "type": "AID", "trigger": "sent", "sources": []},
    ]
    path = write_timelinejs(entries, tmp_path / "tl.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    _check_timelinejs_shape(doc)
    [ev] = doc["events"]
    assert ev["start_date"] == {"year": 2023, "month": 6, "day": 1}
    assert ev["end_date"] == {"year": 2023, "month": 8, "day": 31}
