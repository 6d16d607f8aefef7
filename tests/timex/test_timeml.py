# ruff: noqa: E501  (TimeML sample lines are long by nature)
"""TimeML reading, writing (byte-identical text) and the TE3 scorer, on synthetic files."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.model import Timex
from dateline.timex.evaluate import (
    Counts,
    evaluate_folder,
    figures,
    format_table,
    score_document,
)
from dateline.timex.timeml import GoldTimex, parse_tml, read_tml, render_tml, tag_folder

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-02-06" functionInDocument="CREATION_TIME">20240206</TIMEX3></DCT>
<TEXT>
The mayor <EVENT eid="e1" class="OCCURRENCE">resigned</EVENT> <TIMEX3 tid="t5" type="DATE" value="2024-02-05">yesterday</TIMEX3> &amp; will <EVENT eid="e2" class="OCCURRENCE">leave</EVENT> office on March 3.
A vote is set for <TIMEX3 tid="t6" type="DATE" value="2024-W07">next week</TIMEX3>; turnout fell for <TIMEX3 tid="t7" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>
"""


def _strip(xml_text: str) -> str:
    inner = xml_text[xml_text.index("<TEXT>") + 6:xml_text.index("</TEXT>")]
    return re.sub(r"<[^>]+>", "", inner)


def test_parse_text_dct_and_gold_offsets() -> None:
    doc = parse_tml(TML)
    assert doc.dct == date(2024, 2, 6)
    assert "resigned yesterday & will leave" in doc.text
    assert [(g.text, g.value) for g in doc.gold] == [
        ("yesterday", "2024-02-05"), ("next week", "2024-W07"), ("three years", "P3Y")]
    assert all(doc.text[g.start:g.end] == g.text for g in doc.gold)


def test_render_keeps_text_bytes_and_dct() -> None:
    from dateline.timex import tag

    doc = parse_tml(TML)
    found = tag(doc.text, doc.dct)
    out = render_tml(doc, found)
    assert _strip(out) == _strip(TML)  # character data byte-identical (entities kept)
    assert out[:out.index("<TEXT>")] == TML[:TML.index("<TEXT>")]  # DCT and header kept
    assert out[out.index("</TEXT>"):] == TML[TML.index("</TEXT>"):]
    assert 'tid="t6"' not in out  # gold TIMEX3s in TEXT are gone
    assert '<EVENT eid="e1" class="OCCURRENCE">resigned</EVENT>' in out
    ET.fromstring(out[out.index("<TEXT>"):out.index("</TEXT>") + 7])
    again = parse_tml(out)
    assert [(g.text, g.type, g.value) for g in again.gold] == [
        (t.text, t.type, t.value) for t in found]
    assert ("March 3", "DATE", "2024-03-03") in [(t.text, t.type, t.value) for t in found]


def test_render_drops_markup_that_would_cross_a_timex() -> None:
    raw = TML.replace("<EVENT eid=\"e2\" class=\"OCCURRENCE\">leave</EVENT> office on March",
                      "leave office <EVENT eid=\"e9\">on March</EVENT>")
    doc = parse_tml(raw)
    t = Timex("t1", doc.text.index("March"), doc.text.index("March") + 7, "March 3", "DATE",
              "2024-03-03")
    out = render_tml(doc, [t])
    ET.fromstring(out[out.index("<TEXT>"):out.index("</TEXT>") + 7])
    assert _strip(out) == _strip(raw)
    assert '<TIMEX3 tid="t1" type="DATE" value="2024-03-03">March 3</TIMEX3>' in out


def test_missing_text_element_is_an_input_error() -> None:
    with pytest.raises(InputError):
        parse_tml("<TimeML><DCT></DCT></TimeML>", "bad.tml")


def test_tag_folder_writes_every_file(tmp_path: Path) -> None:
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.tml").write_text(TML, encoding="utf-8")
    (src / "b.tml").write_text(TML.replace("2024-02-06\" functionIn", "2023-02-06\" functionIn"),
                               encoding="utf-8")
    assert tag_folder(src, dst) == 2
    b = read_tml(dst / "b.tml")
    assert b.dct == date(2023, 2, 6)
    assert ("yesterday", "2023-02-05") in [(g.text, g.value) for g in b.gold]


def test_tag_folder_reports_an_unreadable_file_and_tags_the_rest(tmp_path: Path) -> None:
    """With ``report`` one unreadable file is named and skipped (the CLI's behaviour);
    without it, it raises."""
    src, dst = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.tml").write_text(TML, encoding="utf-8")
    (src / "b.tml").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    seen: list[tuple[str, bool]] = []
    assert tag_folder(src, dst, report=lambda p, why, bad: seen.append((p.name, bad))) == 1
    assert ("b.tml", True) in seen and (dst / "a.tml").exists() and not (dst / "b.tml").exists()
    with pytest.raises(InputError):
        tag_folder(src, tmp_path / "out2")


def test_scores_by_hand() -> None:
    gold = [GoldTimex(0, 5, "today", "DATE", "2024-02-06"),
            GoldTimex(10, 20, "last month", "DATE", "2024-01"),
            GoldTimex(30, 35, "daily", "SET", "P1D")]
    system = [Timex("t1", 0, 5, "today", "DATE", "2024-02-06"),
              Timex("t2", 15, 20, "month", "DURATION", "P1M"),
              Timex("t3", 40, 45, "x", "DATE", "2020")]
    c = Counts()
    score_document(c, gold, system)
    f = figures(c)
    assert (c.strict, c.relaxed) == (1, 2)
    assert f["strict_precision"] == pytest.approx(100 / 3)
    assert f["relaxed_f1"] == pytest.approx(200 / 3)
    assert f["value_f1"] == pytest.approx(f["relaxed_f1"] / 2)
    assert f["type_f1"] == pytest.approx(f["relaxed_f1"] / 2)
    table = format_table(f)
    assert "relaxed span" in table and "value F1" in table


def test_evaluate_folder_on_synthetic_gold(tmp_path: Path) -> None:
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    f = evaluate_folder(tmp_path)
    assert f["documents"] == 1 and f["gold"] == 3
    assert f["relaxed_recall"] == pytest.approx(100.0)
    assert f["value_f1"] > 0
    with pytest.raises(InputError):
        evaluate_folder(tmp_path / "nope")


def test_our_tids_do_not_collide_with_the_dct() -> None:
    raw = TML.replace('tid="t0" type="DATE" value="2024-02-06"', 'tid="t1" type="DATE" value="2024-02-06"')
    doc = parse_tml(raw)
    from dateline.timex import tag

    out = render_tml(doc, tag(doc.text, doc.dct))
    tids = re.findall(r'tid="([^"]+)"', out)
    assert len(tids) == len(set(tids)) and tids[0] == "t1"
