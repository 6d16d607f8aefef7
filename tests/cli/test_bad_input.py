"""Hostile input through the commands: each bad record is named (file and line) in one
line, the good records before and after it are all kept, and the exit code says what
happened (our own synthetic bytes, written under tmp_path)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()

_GOOD = "Harbortown police arrested three protesters on Monday."


def _line(text: str) -> bytes:
    return json.dumps({"text": text}).encode() + b"\n"


def test_events_names_a_line_of_bytes_that_are_not_text_and_codes_the_rest(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(_GOOD) + b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe" + b"\n"
                     + _line("The mayor of Harbortown met union leaders on Tuesday."))
    res = runner.invoke(app, ["events", str(feed)])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.stdout.splitlines()]
    # the binary lines 2-4 (split at its newline bytes) are errors, lines 1 and 5 coded
    assert [r["line"] for r in out] == [1, 2, 3, 4, 5]
    assert ["error" in r for r in out] == [False, True, True, True, False]
    assert out[0]["text"] == _GOOD and out[4]["events"]
    assert f"{feed}: 3 of 5 lines could not be read" in res.stderr
    assert "Traceback" not in res.output


def test_events_reads_utf16_with_a_bom(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(json.dumps({"text": _GOOD}).encode("utf-16"))
    res = runner.invoke(app, ["events", str(feed)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["text"] == _GOOD


def test_events_cuts_a_line_over_the_article_limit_as_run_does(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_MAX_CHARS", "3000")
    monkeypatch.setenv("DATELINE_PARSE_CHARS", "700")
    long = " ".join([_GOOD] * 100)  # 5,500 characters: cut, parsed in pieces
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(_GOOD) + _line(long) + _line(_GOOD))
    res = runner.invoke(app, ["events", str(feed)])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["line"] for r in out] == [1, 2, 3] and not any("error" in r for r in out)
    assert len(out[1]["text"]) <= 3000 and long.startswith(out[1]["text"])
    assert out[1]["warning"].startswith(f"text cut at {len(out[1]['text'])} of {len(long)}")
    assert out[1]["events"] and "warning" not in out[0]


def _tml(dcts: str, body: str = "The port reopened on <TIMEX3 tid=\"t1\" type=\"DATE\" "
         "value=\"2023-04-02\">Sunday</TIMEX3>.") -> str:
    return f'<?xml version="1.0"?>\n<TimeML><DOCID>x</DOCID>{dcts}<TEXT>{body}</TEXT></TimeML>'


_DCT = ('<DCT><TIMEX3 tid="t0" type="DATE" value="{}" functionInDocument="CREATION_TIME">'
        'x</TIMEX3></DCT>')


def _tml_folder(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a_good.tml").write_text(_tml(_DCT.format("2023-04-03")), encoding="utf-8")
    (gold / "b_binary.tml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff")
    (gold / "c_notext.tml").write_text("<TimeML><DOCID>y</DOCID></TimeML>", encoding="utf-8")
    (gold / "d_nodct.tml").write_text(_tml(""), encoding="utf-8")
    (gold / "e_twodcts.tml").write_text(
        _tml(_DCT.format("2023-04-03") + _DCT.format("2020-01-01")), encoding="utf-8")
    return gold


def test_eval_tempeval_names_unreadable_files_and_scores_the_rest(tmp_path):
    gold = _tml_folder(tmp_path)
    res = runner.invoke(app, ["eval", "tempeval", str(gold), "--format", "json"])
    assert res.exit_code == 1
    scores = json.loads(res.stdout)
    assert scores["documents"] == 3 and scores["gold"] == 3
    assert [why.split(":")[0] for why in scores["unreadable"]] == [
        str(gold / "b_binary.tml"), str(gold / "c_notext.tml")]
    assert f"error: {gold / 'c_notext.tml'}: no <TEXT> element: left out" in res.stderr
    assert "2 file(s) could not be read" in res.stderr and "Traceback" not in res.output


def test_timeml_warns_of_a_missing_or_doubled_dct(tmp_path):
    gold = _tml_folder(tmp_path)
    res = runner.invoke(app, ["timeml", str(gold), str(tmp_path / "out")])
    assert res.exit_code == 1  # two files could not be read
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "a_good.tml", "d_nodct.tml", "e_twodcts.tml"]
    lines = res.stderr.splitlines()
    assert f"warning: {gold / 'd_nodct.tml'}: no <DCT>: relative dates left unresolved" in lines
    assert (f"warning: {gold / 'e_twodcts.tml'}: 2 <DCT> elements: the first (2023-04-03) "
            "is used") in lines
    assert not any("a_good" in line for line in lines)


def test_annotate_reads_a_one_record_feed_by_its_lines_not_as_text(tmp_path):
    feed = tmp_path / "one.jsonl"
    feed.write_bytes(b"\x00" * 12 + b"IHDR\x01\x02\n" + _line(_GOOD))
    res = runner.invoke(app, ["annotate", str(feed)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["document"]["path"] == str(feed)
    assert res.stderr.splitlines() == [f"error: {feed}:1: binary content (NUL bytes)"]


def test_annotate_says_what_a_path_is_when_it_is_no_file(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    for path, said in ((folder, "is a folder"), (loop, "not a regular file"),
                       (tmp_path / "gone.txt", "no such file")):
        res = runner.invoke(app, ["annotate", str(path)])
        assert res.exit_code == 2 and res.stderr.startswith(f"error: {path}: {said}"), said
        assert len(res.stderr.strip().splitlines()) == 1


def test_annotate_names_the_warnings_of_a_text_on_stderr(tmp_path):
    empty = tmp_path / "blank.txt"
    empty.write_bytes(b"  \r\n\t\n")
    res = runner.invoke(app, ["annotate", str(empty)])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["document"]["warnings"] == ["empty text"]
    assert res.stderr.splitlines() == [f"warning: {empty}: empty text"]


# A few NUL bytes, or bytes that are not UTF-8, in an otherwise good text: kept, and each
# command says so (file, and line for a line format), as `run` lists them in `rejects`.
_NUL_TEXT = b"date 2024-03-05\nHarbortown police\x00 arrested three protesters on Monday.\n"


def test_annotate_and_check_dates_keep_a_text_with_a_nul_byte_and_warn(tmp_path):
    text = tmp_path / "nul.txt"
    text.write_bytes(_NUL_TEXT)
    res = runner.invoke(app, ["annotate", str(text)])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)["document"]
    assert doc["warnings"] == ["1 NUL byte removed"] and doc["dct"] == "2024-03-05"
    assert res.stderr.splitlines() == [f"warning: {text}: 1 NUL byte removed"]
    res = runner.invoke(app, ["check-dates", str(text), "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["verdict"] == "consistent"
    assert f"warning: {text}: 1 NUL byte removed" in res.stderr.splitlines()


def test_annotate_warns_of_a_cp1252_text(tmp_path):
    text = tmp_path / "w.txt"
    text.write_bytes("\u201cHarbortown police arrested three protesters,\u201d she said."
                     .encode("cp1252"))
    res = runner.invoke(app, ["annotate", str(text)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["document"]["warnings"] == ["not UTF-8: read as cp1252"]
    assert res.stderr.splitlines() == [f"warning: {text}: not UTF-8: read as cp1252"]


def test_events_warns_of_a_nul_byte_and_a_cp1252_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(_GOOD).replace(b"police", b"pol\x00ice")
                     + json.dumps({"text": "Le caf\u00e9 " + _GOOD}, ensure_ascii=False)
                     .encode("cp1252") + b"\n" + _line(_GOOD))
    res = runner.invoke(app, ["events", str(feed)])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r.get("warning") for r in out] == [
        "1 NUL byte removed", "not UTF-8: read as cp1252", None]
    assert out[0]["text"] == _GOOD and out[1]["text"] == "Le caf\u00e9 " + _GOOD


# the <b> opened in <TEXT> is never closed: where the XML parser says the mismatch is
_BROKEN = "not well-formed XML (mismatched tag: line 2, column 219): read leniently"


def test_timeml_and_eval_read_a_latin1_or_broken_tml_with_a_warning(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "l1.tml").write_bytes(_tml(_DCT.format("2023-04-03"), "Le caf\u00e9 reopened on "
                                       "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-04-02\">"
                                       "Sunday</TIMEX3>.").encode("latin-1"))
    (gold / "x.tml").write_text(_tml(_DCT.format("2023-04-03")).replace("The port", "<b>The"),
                                encoding="utf-8")
    res = runner.invoke(app, ["timeml", str(gold), str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert "Le caf\u00e9 reopened" in (tmp_path / "out" / "l1.tml").read_text(encoding="utf-8")
    warned = [line for line in res.stderr.splitlines() if line.startswith("warning:")]
    assert warned == [f"warning: {gold / 'l1.tml'}: not UTF-8: read as cp1252",
                      f"warning: {gold / 'x.tml'}: {_BROKEN}"]
    res = runner.invoke(app, ["eval", "tempeval", str(gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)
    assert scores["documents"] == 2 and scores["gold"] == 2 and scores["strict_f1"] == 100.0
    assert scores["warnings"] == [f"{gold / 'l1.tml'}: not UTF-8: read as cp1252",
                                  f"{gold / 'x.tml'}: {_BROKEN}"]
    assert res.stderr.splitlines() == [f"warning: {w}" for w in scores["warnings"]]
