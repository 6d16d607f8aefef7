"""One test per input format; every file is written here under tmp_path."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from dateline.errors import UsageError
from dateline.ingest import article_from_text, iter_records
from dateline.model import Article, content_hash

from .helpers import split

BODY = "Dock workers in Halvard walked out on Tuesday, the union said.\nTalks resume Friday."


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    "raw",
    [
        f"date 2024-03-05\n{BODY}",
        f"date 2024-03-05 {BODY}",
        f"   date 2024-03-05\n\n{BODY}",
        f"\ndate 2024-03-05\r\n{BODY}",
    ],
)
def test_header_text(tmp_path: Path, raw: str) -> None:
    arts, errors, warns = split([write(tmp_path / "a.txt", raw)])
    assert not errors and not warns
    (a,) = arts
    assert a.dct == date(2024, 3, 5) and a.dct_source == "header"
    assert a.text == BODY  # the header is gone, offsets are into the body
    assert a.id == content_hash(BODY)


def test_plain_text_without_header_is_kept_undated(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", BODY)
    (a,), errors, _ = split([p])
    assert not errors and a.dct is None and a.dct_source == "unknown" and a.text == BODY
    (b,), _, _ = split([p], default_dct=date(2024, 1, 2))
    assert b.dct == date(2024, 1, 2) and b.dct_source == "default"


def test_header_date_beats_default(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", f"date 2024-03-05\n{BODY}")
    (a,), _, _ = split([p], default_dct=date(2000, 1, 1))
    assert a.dct == date(2024, 3, 5)


def test_article_from_text_default_dct_dates_only_what_states_no_date() -> None:
    """``default_dct`` (``dateline annotate --dct``) dates an article with no header, or one
    whose header cannot be read (its warning kept); a readable header wins; a bad default is
    a usage error."""
    dated = article_from_text(f"date 2024-03-05\n{BODY}", default_dct="2020-01-01")
    assert dated.dct == date(2024, 3, 5) and dated.dct_source == "header"
    bare = article_from_text(BODY, default_dct="2020-01-01")
    assert bare.dct == date(2020, 1, 1) and bare.dct_source == "default" and bare.text == BODY
    bad = article_from_text(f"date 2024-02-30\n{BODY}", default_dct=date(2020, 1, 1))
    assert bad.dct == date(2020, 1, 1) and bad.dct_source == "default" and bad.text == BODY
    assert bad.warnings == article_from_text(f"date 2024-02-30\n{BODY}").warnings != ()
    with pytest.raises(UsageError):
        article_from_text(BODY, default_dct="2024-13-45")


def test_prose_starting_with_date_is_not_a_header() -> None:
    text = "Date palms were planted along the harbour road on Monday."
    a = article_from_text(text)
    assert a.text == text and a.dct is None


def _jsonl_rows() -> list[dict[str, object]]:
    return [
        {
            "id": "a1",
            "text": BODY,
            "date": "2024-03-05",
            "title": "Strike",
            "url": "http://x/1",
            "source": "Harbour Post",
        },
        {"id": 7, "text": BODY + " More.", "published": "2024-03-06T09:30:00+01:00"},
        {"id": "n3", "text": BODY + " Even more.", "time": "March 7, 2024"},
    ]


def test_jsonl_fields(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in _jsonl_rows()) + "\n", encoding="utf-8")
    arts, errors, warns = split([p])
    assert not errors and not warns
    assert [a.dct for a in arts] == [date(2024, 3, 5), date(2024, 3, 6), date(2024, 3, 7)]
    assert [a.line for a in arts] == [1, 2, 3]
    assert arts[0].id == "a1:" + content_hash(BODY)
    assert arts[1].id.startswith("7:")
    assert (arts[0].title, arts[0].url, arts[0].source) == ("Strike", "http://x/1", "Harbour Post")
    assert all(a.dct_source == "field" for a in arts)


def test_jsonl_gz(tmp_path: Path) -> None:
    p = tmp_path / "feed.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for r in _jsonl_rows():
            fh.write(json.dumps(r) + "\n")
    arts, errors, _ = split([p])
    assert not errors and len(arts) == 3 and arts[2].dct == date(2024, 3, 7)


def test_tokenized_news_tls_variant(tmp_path: Path) -> None:
    row = {"id": "9", "time": "2010-05-15", "sentences": [{"raw": "First one ."}, {"raw": "Two ."}]}
    p = tmp_path / "articles.tokenized.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(row) + "\n")
    (a,), errors, _ = split([p])
    assert not errors and a.text == "First one .\nTwo ." and a.dct == date(2010, 5, 15)


def test_json_array(tmp_path: Path) -> None:
    p = tmp_path / "all.json"
    p.write_text(json.dumps(_jsonl_rows() + [["not", "an", "object"]]), encoding="utf-8")
    arts, errors, _ = split([p])
    assert len(arts) == 3 and len(errors) == 1 and errors[0].line == 4


def test_csv(tmp_path: Path) -> None:
    p = tmp_path / "table.csv"
    lines = [
        "ID,Date,Title,Text",
        f'c1,"March 5, 2024",Strike,"{BODY}"',
        'c2,2024-03-06,Multi,"line one\nline two, with a comma"',
        "c3,2024-03-07,Empty,",
    ]
    p.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    arts, errors, _ = split([p])
    assert [a.id.split(":")[0] for a in arts] == ["c1", "c2"]
    assert arts[0].dct == date(2024, 3, 5) and arts[0].title == "Strike"
    assert arts[1].text == "line one\nline two, with a comma"
    # BODY holds a newline, so rows start on physical lines 2, 4 and 6.
    assert [a.line for a in arts] == [2, 4]
    assert [(e.line, e.reason) for e in errors] == [(6, "empty text")]


def test_html(tmp_path: Path) -> None:
    para = "Dock workers returned to the quays of Halvard on Tuesday after nine days. " * 4
    page = (
        "<html><head><title>Strike ends</title>"
        '<meta property="article:published_time" content="2024-03-05T10:00:00+01:00">'
        "</head><body><nav>Home | World</nav><article><h1>Strike ends</h1>"
        f"<p>{para}</p><script>var tracking = 1;</script></article></body></html>"
    )
    (a,), errors, _ = split([write(tmp_path / "page.html", page)])
    assert not errors
    assert "Dock workers returned" in a.text and "tracking" not in a.text
    assert a.dct == date(2024, 3, 5) and a.dct_source == "html" and a.title == "Strike ends"


def test_timeml(tmp_path: Path) -> None:
    tml = (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" functionInDocument="CREATION_TIME">'
        "1998-11-20</TIMEX3></DCT>\n<TITLE>Port &amp; strike</TITLE>\n"
        '<TEXT>\nThe talks <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" '
        'value="1998-11-19">yesterday</TIMEX3> &amp; resume soon.\n</TEXT>\n</TimeML>\n'
    )
    (a,), errors, _ = split([write(tmp_path / "doc.tml", tml)])
    assert not errors
    assert a.text.strip() == "The talks ended yesterday & resume soon."
    assert a.dct == date(1998, 11, 20) and a.dct_source == "timeml" and a.title == "Port & strike"


def test_folders_recursive_and_several_paths(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "b.txt", f"date 2024-03-02\n{BODY} B")
    write(root / "sub" / "a.txt", f"date 2024-03-01\n{BODY} A")
    write(root / "sub" / "deeper" / "c.jsonl", json.dumps({"text": BODY + " C"}))
    write(root / "sub" / "photo.png", "\x89PNG")
    write(root / ".hidden" / "x.txt", BODY)
    write(root / "timelines.jsonl", '[["2024-01-01", ["gold"]]]')
    write(root / "keywords.json", '["strike"]')
    extra = write(tmp_path / "extra.txt", BODY + " extra")
    arts, errors, warns = split([root, extra])
    assert [a.text[-1:] for a in arts] == ["B", "A", "C", "a"]
    assert not errors
    skipped = sorted(Path(w.path).name for w in warns)
    assert skipped == ["keywords.json", "photo.png", "timelines.jsonl"]
    assert all("skipped" in w.reason for w in warns)


def test_explicit_file_without_known_extension_is_sniffed(tmp_path: Path) -> None:
    p = write(tmp_path / "feed", json.dumps({"text": BODY, "date": "2024-03-05"}) + "\n")
    (a,), _, _ = split([p])
    assert a.dct == date(2024, 3, 5) and a.line == 1


def test_missing_path_is_a_reject(tmp_path: Path) -> None:
    arts, errors, _ = split([tmp_path / "nope.txt", write(tmp_path / "ok.txt", BODY)])
    assert len(arts) == 1 and errors[0].reason == "no such file or folder"


def test_stdin_text_and_jsonl() -> None:
    arts, errors, _ = split(["-"], stdin=io.StringIO(f"date 2024-03-05\n{BODY}"))
    assert not errors and arts[0].dct == date(2024, 3, 5) and arts[0].path == "<stdin>"
    lines = "\n".join(json.dumps(r) for r in _jsonl_rows())
    arts, errors, _ = split(["-"], stdin=io.StringIO(lines))
    assert not errors and [a.line for a in arts] == [1, 2, 3]


def test_same_corpus_twice_gives_same_ids(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", f"date 2024-03-01\n{BODY}")
    (tmp_path / "b.jsonl").write_text(
        "\n".join(json.dumps(r) for r in _jsonl_rows()), encoding="utf-8"
    )
    first = [r.id for r in iter_records([tmp_path]) if isinstance(r, Article)]
    second = [r.id for r in iter_records([tmp_path]) if isinstance(r, Article)]
    assert first == second and len(set(first)) == 4


def test_article_from_text_dct_forms() -> None:
    assert article_from_text(BODY, dct="2024-03-05").dct == date(2024, 3, 5)
    assert article_from_text(BODY, dct=date(2024, 3, 5)).dct_source == "default"
    a = article_from_text(f"date 2024-03-05\n{BODY}")
    assert (a.dct, a.dct_source, a.text) == (date(2024, 3, 5), "header", BODY)
    b = article_from_text(f"date 2024-03-05\n{BODY}", dct="2020-01-01")
    assert b.dct == date(2020, 1, 1) and b.text == BODY
    for bad in ("2024-02-30", "soon", "9999-01-01"):
        with pytest.raises(UsageError):
            article_from_text(BODY, dct=bad)
