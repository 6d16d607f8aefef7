"""The read-only web app: routes, filters, article pages, path safety, locked store."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import time

import pytest
from report.corpus import XSS_SENTENCE

from dateline.errors import UsageError
from dateline.serve import make_server
from dateline.store import Store
from serve.client import get, get_json


def test_binds_loopback_on_a_free_port(server):
    host, port = server.server_address[:2]
    assert host == "127.0.0.1" and port > 0
    assert server.url == f"http://127.0.0.1:{port}/"


def test_timeline_api_and_filters(server):
    status, data = get_json(server, "/api/timeline")
    assert status == 200
    assert [(e["type"], e["negated"]) for e in data["entries"]] == [
        ("ACCUSE", False), ("ACCUSE", True), ("CONSULT", False), ("PROTEST", False),
        ("ASSAULT", False), ("AID", False)]
    assert data["article_base"] == "/article/"
    # the report and its denial both carry the disagreement that links them
    assert [len(e["disagreements"]) for e in data["entries"]] == [1, 1, 0, 0, 0, 0]
    _, data = get_json(server, "/api/timeline?entity=Initech&since=2024-02-01&until=2024-02-28")
    assert [e["type"] for e in data["entries"]] == ["PROTEST"]
    _, data = get_json(server, "/api/timeline?q=negotiators")
    assert [e["type"] for e in data["entries"]] == ["CONSULT"]
    _, data = get_json(server, "/api/timeline?type=AID,ASSAULT&limit=1")
    assert [e["type"] for e in data["entries"]] == ["ASSAULT"] and data["truncated"]


def test_disagreements_api(server):
    status, data = get_json(server, "/api/disagreements")
    assert status == 200
    (d,) = data["disagreements"]
    assert d["kind"] == "denial" and d["type"] == "ACCUSE"
    assert [(c["value"], c["article_id"], c["source"]) for c in d["claims"]] == [
        ("asserted", "wire-1", "Wire One"), ("denied", "blog-3", "Blog Three")]
    assert get_json(server, "/api/disagreements?entity=Initech")[1]["disagreements"] == []
    assert get_json(server, "/api/disagreements?type=ACCUSE&since=2024-01-15")[1][
        "disagreements"]
    status, data = get_json(server, "/api/disagreements?until=soon")
    assert status == 400 and "not a date" in data["error"]


@pytest.mark.parametrize("query, args", [
    ("", ()),
    ("?entity=Globex", ("--entity", "Globex")),
    ("?since=2024-01-16", ("--since", "2024-01-16")),
    ("?q=did+not", ("--query", "did not")),  # only the denial's sentence holds the words
    ("?q=merger", ("--query", "merger")),
])
def test_disagreements_api_answers_as_the_cli_does(server, db, query, args):
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    result = CliRunner().invoke(app, ["disagreements", "--db", str(db), "--format", "json",
                                      *args])
    assert result.exit_code == 0, result.output
    cli = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    status, data = get_json(server, "/api/disagreements" + query)
    assert status == 200 and data["note"] is None
    assert data["disagreements"] == cli


def test_bad_query_is_400(server):
    status, data = get_json(server, "/api/timeline?since=yesterday")
    assert status == 400 and "not a date" in data["error"]


def test_article_api_spans_point_into_the_text(server):
    status, data = get_json(server, "/api/article/wire-1")
    assert status == 200 and data["source"] == "Wire One"
    kinds = {s["kind"] for s in data["spans"]}
    assert {"event", "timex", "entity"} <= kinds
    texts = {s["label"].split(":")[0]: data["text"][s["start"]:s["end"]]
             for s in data["spans"] if s["kind"] == "event"}
    assert texts == {"ACCUSE": "sued", "CONSULT": "met"}
    status, data = get_json(server, "/api/article/no-such-id")
    assert status == 404


def test_pages_are_html_with_data_escaped(server):
    status, ctype, body = get(server, "/")
    assert status == 200 and ctype.startswith("text/html")
    assert 'id="dateline-data"' in body and XSS_SENTENCE not in body
    status, ctype, body = get(server, "/article/evil-4")
    assert status == 200 and ctype.startswith("text/html")
    assert XSS_SENTENCE not in body and "<script>window" not in body
    assert get(server, "/", method="HEAD")[0] == 200


def test_assets_are_served_and_nothing_else(server):
    status, ctype, body = get(server, "/assets/report.js")
    assert status == 200 and "javascript" in ctype and "textContent" in body
    assert get(server, "/assets/report.html")[0] == 404  # templates are not assets
    assert get(server, "/assets/")[0] == 404


@pytest.mark.parametrize("path", [
    "/../../etc/passwd",
    "/assets/../../../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/assets/%2e%2e%2f%2e%2e%2fserve%2fapp.py",
    "/assets/..%2F..%2F..%2Fetc%2Fpasswd",
    "/%252e%252e/%252e%252e/etc/passwd",
    "/assets/..\\..\\etc\\passwd",
    "/assets/report.js%00.png",
    "/etc/passwd",
    "//etc/passwd",
    "/assets//etc/passwd",
    "/article/../../etc/passwd",
    "http://127.0.0.1/etc/passwd",
    "file:///etc/passwd",
])
def test_paths_outside_the_app_are_refused(server, path):
    status, _, body = get(server, path)
    assert status in (400, 404)
    assert "root:" not in body and "import" not in body


def test_the_store_is_only_read(server, db):
    before = hashlib.sha1(db.read_bytes()).hexdigest()
    for path in ("/", "/api/timeline", "/article/wire-1", "/api/article/paper-2"):
        assert get(server, path)[0] == 200
    assert hashlib.sha1(db.read_bytes()).hexdigest() == before
    with Store(db) as st:  # nothing is held open between requests: a writer gets in
        assert st.stats()["articles"] == 4


def test_missing_store_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such store"):
        make_server(tmp_path / "none.duckdb")


def test_locked_store_answers_503_then_recovers(server, db, hold_store):
    from dateline.serve.db import SNAPSHOTS

    SNAPSHOTS.forget(db)  # an app that never saw the store free has nothing to show
    with hold_store(db) as proc:
        t0 = time.monotonic()
        status, data = get_json(server, "/api/timeline")
        assert status == 503 and data["retry"] is True
        assert "locked" in data["error"] and str(proc.pid) in data["error"]
        assert time.monotonic() - t0 < 10
        status, _, _ = get(server, "/assets/report.css")
        assert status == 200  # assets need no store
    assert get_json(server, "/api/timeline")[0] == 200


def test_a_request_waits_out_a_short_write(db):
    """A writer that lets go within the retry window costs the reader a wait, not an error."""
    import threading

    srv = make_server(db, retry_s=20)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    code = textwrap.dedent(f"""
        import sys, time
        from dateline.store import Store
        st = Store({str(db)!r})
        print("ready", flush=True)
        time.sleep(1.0)
        st.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        status, data = get_json(srv, "/api/timeline")
        assert status == 200 and len(data["entries"]) == 6
    finally:
        proc.wait(timeout=30)
        srv.shutdown()
        srv.server_close()


def test_a_broken_store_answers_500_json_and_the_server_goes_on(tmp_path):
    import threading

    bad = tmp_path / "broken.duckdb"
    bad.write_bytes(b"this is not a duckdb file" * 100)
    srv = make_server(bad, retry_s=0.2)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        for _ in range(2):
            status, data = get_json(srv, "/api/timeline")
            assert status == 500 and str(bad) in data["error"]
        assert get(srv, "/assets/report.css")[0] == 200
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_long_write_is_answered_from_the_last_snapshot(server, db, hold_store):
    """`dateline run` holds the store for its whole length: the app keeps answering."""
    status, before = get_json(server, "/api/timeline")
    assert status == 200 and before["entries"]  # the app saw the store free: it has a snapshot
    with hold_store(db):
        status, during = get_json(server, "/api/timeline")
        assert status == 200
        assert [e["id"] for e in during["entries"]] == [e["id"] for e in before["entries"]]


def test_a_redated_article_shows_as_redated_with_both_dates(tmp_path):
    """run --reanchor re-dated paper-2 (stated 2024-02-03, its content: 2024-02-05): the
    timeline and its article page say so (↻ note), not 'article date contradicted'."""
    import threading

    from report.corpus import make_redated_store

    note = ("re-dated by its content: the article states 2024-02-03, "
            "its content dates it 2024-02-05")
    srv = make_server(make_redated_store(tmp_path / "redated.duckdb"), retry_s=0.5)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        status, data = get_json(srv, "/api/timeline")
        assert status == 200
        (protest,) = [e for e in data["entries"] if e["type"] == "PROTEST"]
        assert protest["warnings"] == [] and protest["notes"] == [note]
        status, art = get_json(srv, "/api/article/paper-2")
        assert status == 200 and art["verdict"] == "contradicted"
        assert (art["warning"], art["redated"], art["note"]) == (None, True, note)
        assert (art["dct"], art["stated_dct"]) == ("2024-02-05", "2024-02-03")
        assert art["evidence"]  # what contradicted the stated date is still shown
        status, art = get_json(srv, "/api/article/blog-3")
        assert (art["warning"], art["redated"], art["note"]) == (
            "article date suspicious", False, None)
        status, _, page = get(srv, "/article/paper-2")
        assert status == 200 and "contradicted by its content" not in page
    finally:
        srv.shutdown()
        srv.server_close()


def test_disagreements_api_pages(tmp_path):
    """/api/disagreements answers a page: ``limit`` of them from ``offset`` on, with the
    total and the next page's offset; ``limit=all`` gives every one."""
    from datetime import date

    from report.corpus import article

    from dateline.serve import pages

    anns = []
    for i, (firm, rival, day) in enumerate([("Acme Corp", "Globex", "2024-01-15"),
                                             ("Initech", "Hooli", "2024-02-12"),
                                             ("Umbrella", "Cyberdyne", "2024-03-11")]):
        anns.append(article(f"said-{i}", [f"Monday {firm} sued {rival} over a patent."],
                            [(0, "sued", "ACCUSE", day, firm, rival)],
                            date.fromisoformat(day), "Suit", "Wire"))
        anns.append(article(f"denied-{i}", [f"Monday {firm} did not sue {rival}, it said."],
                            [(0, "sue", "ACCUSE", day, firm, rival, True)],
                            date.fromisoformat(day), "Denial", "Blog"))
    db = tmp_path / "three.duckdb"
    with Store(db) as st:
        st.write(anns)
    with Store(db, read_only=True) as st:
        every = pages.disagreement_data(st, {})
        assert every["total"] == 3 and every["next"] is None and every["offset"] == 0
        assert len(every["disagreements"]) == 3 and every["limit"] == pages.DISAGREEMENT_LIMIT
        first = pages.disagreement_data(st, {"limit": "2"})
        assert first["total"] == 3 and first["next"] == 2
        rest = pages.disagreement_data(st, {"limit": "2", "offset": str(first["next"])})
        assert rest["next"] is None
        assert first["disagreements"] + rest["disagreements"] == every["disagreements"]
        assert [d["date"] for d in every["disagreements"]] == [
            "2024-01-15", "2024-02-12", "2024-03-11"]
        assert pages.disagreement_data(st, {"limit": "all"})["disagreements"] == every[
            "disagreements"]
        assert pages.disagreement_data(st, {"offset": "5"})["disagreements"] == []
        for bad in ({"limit": "0"}, {"limit": "many"}, {"offset": "-1"}):
            with pytest.raises(UsageError):
                pages.disagreement_data(st, bad)


def test_disagreements_api_bad_limit_is_400(server):
    status, data = get_json(server, "/api/disagreements?limit=lots")
    assert status == 400 and "limit" in data["error"]
    status, data = get_json(server, "/api/disagreements?limit=1")
    assert status == 200 and data["total"] == 1 and data["next"] is None
