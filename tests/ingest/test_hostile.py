"""Bad input: every unusable record is a Reject, the run goes on, nothing good is lost."""

from __future__ import annotations

import gzip
import json
import os
import random
from datetime import date
from pathlib import Path

import pytest

from dateline.ingest import article_from_text, iter_records, lines
from dateline.ingest.build import cut
from dateline.model import Article, Reject

from .helpers import small, split

GOOD = "The harbour authority said the cranes stood idle for a third day."


def put(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def with_good(tmp_path: Path, bad: Path) -> tuple[list[Article], list[Reject], list[Reject]]:
    """Read the bad file next to a good one: the good one must always come through."""
    good = put(tmp_path / "zz_good.txt", f"date 2024-03-05\n{GOOD}".encode())
    arts, errors, warns = split([bad, good])
    assert arts[-1].text == GOOD and arts[-1].dct == date(2024, 3, 5)
    return arts[:-1], errors, warns


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"])
def test_empty_and_whitespace_files(tmp_path: Path, data: bytes) -> None:
    arts, errors, _ = with_good(tmp_path, put(tmp_path / "empty.txt", data))
    assert not arts and [e.reason for e in errors] == ["empty text"]


def test_random_binary(tmp_path: Path) -> None:
    rng = random.Random(7)
    blob = bytes(rng.randrange(256) for _ in range(20_000))
    for name in ("blob.txt", "blob.jsonl", "blob.csv", "blob.html", "blob.tml", "blob.jsonl.gz"):
        arts, errors, _ = with_good(tmp_path, put(tmp_path / name, blob))
        assert not arts and errors, name


# A few NUL bytes in a good text (a broken copy, a padded export) used to reject the whole
# article as binary: a good article lost for a byte. Now the share of NUL and control
# bytes decides, as it did for control bytes: a few are removed with a warning naming the
# file (and line), many still make the file binary.
def test_a_few_nul_bytes_are_removed_with_a_warning(tmp_path: Path) -> None:
    (a,), errors, warns = with_good(
        tmp_path, put(tmp_path / "nul.txt", b"date 2024-03-05\nThe port\x00 re\x00opened.")
    )
    assert not errors and a.text == "The port reopened." and a.dct == date(2024, 3, 5)
    (w,) = warns
    assert w.path.endswith("nul.txt") and w.reason == "2 NUL bytes removed"
    assert a.warnings == (w.reason,)


def test_a_file_mostly_nul_bytes_is_binary(tmp_path: Path) -> None:
    # UTF-16 without its BOM: every other byte is NUL
    data = ("The port reopened on Monday after a week. " * 5).encode("utf-16-le")
    arts, errors, _ = with_good(tmp_path, put(tmp_path / "u16.txt", data))
    assert not arts and errors[0].reason == "binary content (NUL bytes)"


def test_nul_in_a_json_line_is_removed_with_a_warning_naming_the_line(tmp_path: Path) -> None:
    line = json.dumps({"text": GOOD}) + "\n" + json.dumps({"id": "x", "text": "ab\u0000cd"})
    (_, b), errors, warns = split([put(tmp_path / "n.jsonl", line.encode())])
    assert not errors and b.text == "abcd"
    assert [(w.line, w.reason) for w in warns] == [(2, "1 NUL byte removed")]


def test_utf16_with_bom(tmp_path: Path) -> None:
    text = f"date 2024-03-05\nΣτο λιμάνι — «{GOOD}»"
    for enc in ("utf-16", "utf-16-be", "utf-16-le"):
        data = text.encode(enc)
        if enc != "utf-16":
            data = ("\ufeff" + text).encode(enc)
        (a,), errors, _ = with_good(tmp_path, put(tmp_path / f"{enc}.txt", data))
        assert not errors and a.text.startswith("Στο λιμάνι") and a.dct == date(2024, 3, 5)


def test_utf16_jsonl(tmp_path: Path) -> None:
    data = (json.dumps({"text": "Ünïcode " + GOOD}, ensure_ascii=False) + "\n").encode("utf-16")
    (a,), errors, _ = with_good(tmp_path, put(tmp_path / "u16.jsonl", data))
    assert not errors and a.text.startswith("Ünïcode")


def test_latin1_and_cp1252(tmp_path: Path) -> None:
    (a,), errors, _ = with_good(
        tmp_path, put(tmp_path / "l1.txt", "Le syndicat a déclaré « grève ».".encode("latin-1"))
    )
    assert not errors and "déclaré" in a.text and a.warnings == ("not UTF-8: read as cp1252",)
    (b,), _, warns = with_good(
        tmp_path, put(tmp_path / "w.txt", "\u201cNo deal,\u201d he said.".encode("cp1252"))
    )
    assert b.text == "\u201cNo deal,\u201d he said."
    assert [(w.path, w.reason) for w in warns] == [
        (str(tmp_path / "w.txt"), "not UTF-8: read as cp1252")]


MIXED = "The mayor\u2019s caf\u00e9 speech \u2014 in S\u00e3o Tom\u00e9 \u2014 was short."


def test_one_bad_byte_does_not_make_utf8_text_cp1252(tmp_path: Path) -> None:
    # a stray byte used to send the whole file to cp1252: every curly quote and accent
    # became mojibake ('mayorâ€™s cafÃ©'), with no warning
    data = MIXED.encode() + b" A stray \xff byte."
    (a,), errors, warns = with_good(tmp_path, put(tmp_path / "mixed.txt", data))
    assert not errors and a.text.startswith(MIXED) and "\ufffd" in a.text
    (w,) = warns
    assert w.path.endswith("mixed.txt") and "1 byte sequence not valid UTF-8" in w.reason
    assert a.warnings == (w.reason,)


def test_one_bad_byte_in_a_long_utf8_file_read_in_part(tmp_path: Path) -> None:
    data = (MIXED + " ") .encode() * 40 + b"\xc3\x28 end."
    (a,), _, warns = with_good(tmp_path, put(tmp_path / "long.txt", data))
    assert a.text.startswith(MIXED) and any("not valid UTF-8" in w.reason for w in warns)
    arts, _, warns = split([put(tmp_path / "long.txt", (b"\xff" + data))], settings=small(200))
    assert arts[0].text.startswith("\ufffd" + MIXED[:50]) and arts[0].truncated_from
    assert any("not valid UTF-8" in w.reason for w in warns)


def test_one_bad_byte_in_a_utf8_json_line(tmp_path: Path) -> None:
    line = json.dumps({"id": "m", "text": MIXED + " X", "date": "2024-03-05"}, ensure_ascii=False)
    data = line.encode().replace(b" X", b" \xff")
    (a,), errors, warns = with_good(tmp_path, put(tmp_path / "m.jsonl", data + b"\n"))
    assert not errors and a.text.startswith(MIXED)
    assert [(w.line, w.reason) for w in warns] == [
        (1, "1 byte sequence not valid UTF-8 in UTF-8 text, read as U+FFFD")]


def test_a_json_line_that_is_not_utf8_is_cp1252_with_a_warning(tmp_path: Path) -> None:
    # one line of a UTF-8 feed written by another tool: its lone byte 0xe9 was read as
    # cp1252 (right) but silently
    good = json.dumps({"id": "u", "text": MIXED}, ensure_ascii=False).encode()
    bad = json.dumps({"id": "c", "text": "Le caf\u00e9 ferme."}, ensure_ascii=False)
    data = good + b"\n" + bad.encode("cp1252") + b"\n"
    (u, c), errors, warns = split([put(tmp_path / "mix.jsonl", data)])
    assert not errors and u.text == MIXED and c.text == "Le caf\u00e9 ferme."
    (w,) = warns
    assert w.path.endswith("mix.jsonl") and (w.line, w.reason) == (2, "not UTF-8: read as cp1252")
    assert c.warnings == (w.reason,) and not u.warnings


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbfdate 2024-03-05\r\nLine one.\r\nLine two.\rLine three.\r\n"
    (a,), errors, _ = with_good(tmp_path, put(tmp_path / "bom.txt", data))
    assert not errors and a.dct == date(2024, 3, 5)
    assert a.text == "Line one.\nLine two.\nLine three.\n" and "\ufeff" not in a.text


def test_broken_and_non_object_json_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "1", "text": GOOD, "date": "2024-03-05"}),
        '{"id": "2", "text": "unterminated',
        '["an", "array"]',
        "42",
        '"a string"',
        "null",
        "",
        json.dumps({"id": "3", "title": "no text here"}),
        json.dumps({"id": "4", "text": GOOD + " Again.", "date": "2024-03-06"}),
    ]
    arts, errors, _ = split([put(tmp_path / "mixed.jsonl", "\n".join(lines).encode())])
    assert [a.line for a in arts] == [1, 9]
    assert [e.line for e in errors] == [2, 3, 4, 5, 6, 8]
    # placed by its column only: json's own 'line 1' would contradict the file's line 2
    assert errors[0].reason == "broken JSON: Unterminated string starting at column 21"
    assert "not a JSON object" in errors[1].reason and "no text field" in errors[-1].reason


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    rows = "".join(json.dumps({"text": f"{GOOD} {i}."}) + "\n" for i in range(2000))
    data = gzip.compress(rows.encode())
    arts, errors, _ = split([put(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])])
    assert 0 < len(arts) < 2000 and len(errors) == 1 and "cannot read further" in errors[0].reason


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-45", "0000-01-01", "9999-01-01"])
def test_impossible_header_date_keeps_article(tmp_path: Path, value: str) -> None:
    (a,), errors, warns = with_good(
        tmp_path, put(tmp_path / "d.txt", f"date {value}\n{GOOD}".encode())
    )
    assert not errors and a.dct is None and a.text == GOOD
    assert len(warns) == 1 and value in warns[0].reason and a.warnings == (warns[0].reason,)
    assert warns[0].path.endswith("d.txt") and warns[0].line == 1


@pytest.mark.parametrize("header, value", [
    ("date around teatime on Tuesday", "around teatime on Tuesday"),
    ("\nDate: 32/13/2024", "32/13/2024"),
    ("date Marchember 40th", "Marchember 40th"),
])
def test_unreadable_header_is_said_and_keeps_article(tmp_path: Path, header: str,
                                                     value: str) -> None:
    (a,), errors, warns = with_good(
        tmp_path, put(tmp_path / "h.txt", f"{header}\n{GOOD}".encode()))
    # kept, undated (the default date is for records that give none), the header not text
    assert not errors and a.dct is None and a.dct_source == "unknown" and a.text == GOOD
    (w,) = warns
    assert w.kind == "warning" and w.path.endswith("h.txt") and value in w.reason
    assert w.line == header.count("\n") + 1 and a.warnings == (w.reason,)
    (b,), _, _ = split([tmp_path / "h.txt"], default_dct=date(2024, 1, 2))
    assert b.dct is None


@pytest.mark.parametrize("text", [
    "Date palms shade the quay where 40 trawlers tie up.",
    "Dated ledgers from 1911 list every crane.",
    "Date 12 crates arrived at the quay before dawn.",
])
def test_prose_on_the_first_line_stays_text(tmp_path: Path, text: str) -> None:
    (a,), errors, warns = with_good(tmp_path, put(tmp_path / "p.txt", f"{text}\n{GOOD}".encode()))
    assert not errors and not warns and a.text == f"{text}\n{GOOD}" and a.dct is None


@pytest.mark.parametrize("value", ["2024-02-30", "2024-13-45", "0000-01-01", "9999-01-01", "soon"])
def test_impossible_field_date_keeps_article(tmp_path: Path, value: str) -> None:
    line = json.dumps({"id": "k", "text": GOOD, "date": value})
    (a,), errors, warns = split(
        [put(tmp_path / "d.jsonl", line.encode())], default_dct=date(2024, 1, 1)
    )
    assert not errors and a.dct is None and a.dct_source == "unknown"
    assert warns[0].line == 1 and warns[0].kind == "warning" and a.warnings


@pytest.mark.parametrize(
    "data", [b"date 2024-03-05", b"date 2024-03-05\n\n   \n", b"  date 2024-02-30\n"]
)
def test_header_only_files(tmp_path: Path, data: bytes) -> None:
    arts, errors, _ = with_good(tmp_path, put(tmp_path / "h.txt", data))
    assert not arts and errors[0].reason.startswith("header only")


def test_one_megabyte_token(tmp_path: Path) -> None:
    big = "x" * 1_000_000
    p = put(tmp_path / "token.txt", f"date 2024-03-05\n{big}".encode())
    (a,), errors, warns = with_good(tmp_path, p)
    assert len(a.text) == 200_000 and a.truncated_from == 1_000_000  # hard cut: no whitespace
    assert warns and "cut" in warns[0].reason
    line = json.dumps({"text": big, "date": "2024-03-05"})
    (b,), _, _ = split([put(tmp_path / "token.jsonl", line.encode())], settings=small(1000))
    assert len(b.text) == 1000 and b.truncated_from == 1_000_000


def test_eight_megabyte_article(tmp_path: Path) -> None:
    sentence = "Officials said the talks would resume on Friday in the port city. "
    text = sentence * (8_000_000 // len(sentence))
    p = put(tmp_path / "huge.txt", f"date 2024-03-05\n{text}".encode())
    (a,), errors, _ = with_good(tmp_path, p)
    assert not errors and a.truncated_from == len(text)
    assert len(a.text) <= 200_000 and text.startswith(a.text)
    assert text[len(a.text)].isspace()  # cut at a word boundary
    assert any("cut" in w for w in a.warnings)


def test_truncation_limit_is_a_setting(tmp_path: Path) -> None:
    p = put(tmp_path / "a.txt", ("word " * 100).encode())
    (a,), _, _ = split([p], settings=small(52))
    assert a.text == "word " * 9 + "word" and a.truncated_from == 500


def test_cut_never_splits_a_word() -> None:
    assert cut("alpha beta gamma", 12) == "alpha beta"
    assert cut("alpha beta gamma", 100) == "alpha beta gamma"
    assert cut("abcdefghij", 4) == "abcd"


def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "loop"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "story.txt").write_text(GOOD)
    os.symlink(root, root / "a" / "b" / "back")
    os.symlink(root / "a", root / "a" / "self")
    os.symlink(tmp_path / "missing", root / "dangling.txt")
    arts, errors, warns = split([root])
    assert [a.text for a in arts] == [GOOD]
    assert len(warns) == 2 and all("visited" in w.reason for w in warns)
    assert len(errors) == 1 and "not a regular file" in errors[0].reason


def test_names_with_spaces_and_non_latin_letters(tmp_path: Path) -> None:
    folder = tmp_path / "новости 2024" / "港口 罢工"
    folder.mkdir(parents=True)
    p = put(folder / "Ελληνικά άρθρο (1).txt", f"date 2024-03-05\n{GOOD}".encode())
    (a,), errors, _ = split([tmp_path / "новости 2024"])
    assert not errors and a.path == str(p)


def test_markup_payloads_are_kept_as_text(tmp_path: Path) -> None:
    payload = "<script>alert('x')</script> <img src=x onerror=alert(1)> &amp; {{7*7}} ${jndi:x}"
    (a,), errors, _ = with_good(
        tmp_path, put(tmp_path / "p.txt", f"date 2024-03-05\n{payload}".encode())
    )
    assert not errors and a.text == payload
    line = json.dumps({"text": payload, "title": "<b>bold</b>"})
    (b,), _, _ = split([put(tmp_path / "p.jsonl", line.encode())])
    assert b.text == payload and b.title == "<b>bold</b>"


def test_html_without_main_text(tmp_path: Path) -> None:
    arts, errors, _ = with_good(tmp_path, put(tmp_path / "e.html", b"<html><body></body></html>"))
    assert not arts and "no main text" in errors[0].reason


def test_timeml_without_text_element(tmp_path: Path) -> None:
    arts, errors, _ = with_good(tmp_path, put(tmp_path / "x.tml", b"<TimeML><DCT></DCT></TimeML>"))
    assert not arts and "TEXT" in errors[0].reason


def test_control_characters_do_not_break_offsets() -> None:
    a = article_from_text("date 2024-03-05\nThe port\x1breopened on Mon\x00day.")
    assert a.text == "The port reopened on Monday." and a.dct == date(2024, 3, 5)
    assert a.warnings == ("1 NUL byte removed",)
    # a short text this much NUL and control is binary: an empty article, said why
    b = article_from_text("date 2024-03-05\nab\x1bcd\x00ef")
    assert b.text == "" and b.warnings == ("binary content (NUL bytes)",)


def test_csv_with_nul_and_ragged_rows(tmp_path: Path) -> None:
    data = b'id,text,date\r\nr1,"' + GOOD.encode() + b'",2024-03-05\r\nr2,bad\x00row,2024-03-05\r\n'
    data += b'r3,short\r\nr4,"' + GOOD.encode() + b' 4",2024-03-06,extra,cells\r\n'
    arts, errors, warns = split([put(tmp_path / "t.csv", data)])
    assert [a.id.split(":")[0] for a in arts] == ["r1", "r2", "r3", "r4"]
    assert arts[1].text == "badrow" and not errors
    assert [(w.line, w.reason) for w in warns] == [(3, "1 NUL byte removed")]


def test_a_csv_file_that_is_not_utf8_is_cp1252_with_one_warning(tmp_path: Path) -> None:
    data = "id,text\r\nr1,Le caf\u00e9 ferme.\r\nr2,\u201cNon\u201d, dit-il.\r\n".encode("cp1252")
    arts, errors, warns = split([put(tmp_path / "w.csv", data)])
    assert not errors and arts[0].text == "Le caf\u00e9 ferme."
    assert [(w.line, w.reason) for w in warns] == [(None, "not UTF-8: read as cp1252")]


def test_iter_records_is_lazy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first record comes after parsing its own line, not the file (counted, not timed)."""
    p = tmp_path / "many.jsonl"
    with p.open("w") as fh:
        for i in range(50_000):
            fh.write(json.dumps({"text": f"{GOOD} {i}"}) + "\n")
    parsed: list[str] = []
    real_loads = json.loads

    def counting_loads(s: str, *args: object, **kwargs: object) -> object:
        parsed.append(s)
        return real_loads(s)

    monkeypatch.setattr(lines.json, "loads", counting_loads)
    records = iter(iter_records([p]))
    first = next(records)
    assert first.line == 1 and len(parsed) == 1
    second = next(records)
    assert second.line == 2 and len(parsed) == 2


def test_binary_named_jsonl_is_given_up_early(tmp_path: Path) -> None:
    rng = random.Random(3)
    lines = b"\n".join(bytes(rng.randrange(256) for _ in range(40)) for _ in range(5000))
    arts, errors, _ = split([put(tmp_path / "junk.jsonl", lines)])
    assert not arts and len(errors) <= 21 and "not JSON Lines" in errors[-1].reason


def test_gzip_without_gz_name_is_read(tmp_path: Path) -> None:
    data = gzip.compress((json.dumps({"text": GOOD, "date": "2024-03-05"}) + "\n").encode())
    (a,), errors, _ = split([put(tmp_path / "feed.jsonl", data)])
    assert not errors and a.text == GOOD


def test_csv_without_text_column_is_one_reject(tmp_path: Path) -> None:
    rows = "name,date\n" + "".join(f"n{i},2024-03-05\n" for i in range(500))
    arts, errors, _ = with_good(tmp_path, put(tmp_path / "t.csv", rows.encode()))
    assert not arts and len(errors) == 1 and "no text column" in errors[0].reason


def test_stdin_with_bom() -> None:
    import io

    line = "\ufeff" + json.dumps({"text": GOOD, "date": "2024-03-05"})
    (a,), errors, _ = split(["-"], stdin=io.StringIO(line))
    assert not errors and a.dct == date(2024, 3, 5)
    (b,), _, _ = split(["-"], stdin=io.StringIO("\ufeff" + GOOD))
    assert b.text == GOOD


def _escaping_stdin(data: bytes):
    """What Python's stdin is under a UTF-8 locale: a bad byte becomes a lone surrogate."""
    import io

    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape")


def test_a_bad_byte_on_stdin_is_read_as_in_a_file(tmp_path: Path) -> None:
    # stdin escapes a byte that is not UTF-8 ('\udcff'); stored as is, it failed the whole
    # run when the text was hashed ('surrogates not allowed')
    data = b"date 2024-03-05\n" + MIXED.encode() + b" A stray \xff byte."
    (a,), errors, warns = split(["-"], stdin=_escaping_stdin(data))
    assert not errors and a.dct == date(2024, 3, 5) and a.text.startswith(MIXED)
    assert "\ufffd" in a.text and a.text.encode("utf-8")
    assert [w.reason for w in warns] == [a.warnings[0]] and "not valid UTF-8" in a.warnings[0]
    (f,), _, _ = split([put(tmp_path / "same.txt", data)])
    assert f.text == a.text  # as the same bytes in a file
    line = json.dumps({"text": MIXED + " X", "date": "2024-03-05"}, ensure_ascii=False)
    (j,), errors, _ = split(["-"], stdin=_escaping_stdin(line.encode().replace(b" X", b" \xff")))
    assert not errors and j.text == MIXED + " \ufffd"
    # a cp1252 text on stdin is cp1252, as a file's would be
    quoted = "\u201cNo deal,\u201d he said."
    (c,), _, warns = split(["-"], stdin=_escaping_stdin(quoted.encode("cp1252")))
    assert c.text == quoted and [w.reason for w in warns] == ["not UTF-8: read as cp1252"]


def test_annotate_reads_a_bad_byte_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.cli.analysis import _read_input

    monkeypatch.setattr("sys.stdin", _escaping_stdin(MIXED.encode() + b" \xff"))
    text, name, note = _read_input("-")
    assert (text, name) == (MIXED + " \ufffd", "<stdin>") and "not valid UTF-8" in str(note)


def test_raw_nul_bytes_in_a_json_line_are_removed_with_a_warning(tmp_path: Path) -> None:
    # a raw NUL is not JSON: the line was 'binary content', its good record lost
    good = json.dumps({"id": "g", "text": GOOD}).encode()
    data = good + b"\n" + good.replace(b"harbour", b"har\x00bour").replace(b'"g"', b'"n"')
    data += b"\n" + b"\x00" * 40 + b"\n"
    (_, n), errors, warns = split([put(tmp_path / "raw.jsonl", data)])
    assert n.text == GOOD and [(w.line, w.reason) for w in warns] == [(2, "1 NUL byte removed")]
    assert [(e.line, e.reason) for e in errors] == [(3, "binary content (NUL bytes)")]
