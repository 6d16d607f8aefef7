"""The HTML report: data embedded safely, filters, highlights, warnings, disagreements."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.errors import UsageError
from dateline.report import payload_for, render_report, write_report
from dateline.report.html import fill, json_for_script
from report.corpus import XSS_ACTOR, XSS_SENTENCE, XSS_TITLE

_BLOCK = re.compile(
    r'<script id="dateline-data" type="application/json">(.*?)</script>', re.DOTALL
)


def embedded(page: str) -> dict:
    blocks = _BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@given(st.text())
def test_json_for_script_cannot_end_the_block(text):
    out = json_for_script({"t": text, "k": [text]})
    assert not set(out) & set("<>&\u2028\u2029")
    assert json.loads(out) == {"t": text, "k": [text]}


def test_slots_are_filled_once():
    assert fill("{{A}}|{{B}}", {"A": "{{B}}", "B": "x"}) == "{{B}}|x"


def test_report_is_self_contained_and_payloads_stay_data(store):
    page = render_report(store, title="Report <script>alert(1)</script>")
    # only our two script elements: the data block and the inline page script
    assert len(re.findall(r"<script\b", page, re.IGNORECASE)) == 2
    assert "<title>Report &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    for raw in (XSS_SENTENCE, XSS_TITLE, XSS_ACTOR, "onerror=\"window"):
        assert raw not in page
    assert not re.search(r"<(link|img|iframe)\b|src=\"http", page, re.IGNORECASE)
    data = embedded(page)
    assert XSS_SENTENCE in {s["sentence"] for e in data["entries"] for s in e["sources"]}
    assert data["title"] == "Report <script>alert(1)</script>"


def test_every_source_marks_its_trigger(store):
    data = payload_for(store)
    sources = [s for e in data["entries"] for s in e["sources"]]
    assert len(sources) == 6
    for s in sources:
        a, b = s["highlight"]
        assert s["sentence"][a:b] == s["trigger"]


def test_entries_are_in_date_order_with_all_sources(store):
    data = payload_for(store)
    starts = [e["start"] for e in data["entries"]]
    assert starts == sorted(starts)
    # a report and its denial are two claims: two entries, each with its own source
    accuse = [e for e in data["entries"] if e["type"] == "ACCUSE"]
    assert [(e["negated"], [s["article_id"] for s in e["sources"]]) for e in accuse] == [
        (False, ["wire-1"]), (True, ["blog-3"])]
    assert sum(len(e["sources"]) for e in data["entries"]) == 6
    # every made-up mention is dated by its sentence: none rests on its article's date
    assert {e["dated_by"] for e in data["entries"]} == {"text"}


def _sides(d: dict) -> list[tuple[str, str, str]]:
    return [(c["value"], c["source"], c["dct"]) for c in d["claims"]]


def test_warnings_and_disagreements(store):
    data = payload_for(store)
    by_type = {e["type"]: e for e in data["entries"]}
    assert by_type["PROTEST"]["warnings"] == ["article date contradicted by its content"]
    assert by_type["CONSULT"]["warnings"] == []
    report, denial = [e for e in data["entries"] if e["type"] == "ACCUSE"]
    assert denial["warnings"] == ["article date suspicious"]
    # one denial disagreement, shown on both entries, each claim with its source
    (d,) = data["disagreements"]
    assert d["kind"] == "denial" and d["about"] == "sued"
    assert report["disagreements"] == denial["disagreements"] == [d]
    assert _sides(d) == [("asserted", "Wire One", "2024-01-17"),
                         ("denied", "Blog Three", "2024-01-18")]
    for c in d["claims"]:
        a, b = c["highlight"]
        assert c["sentence"][a:b] in ("sued", "sue")
    assert all(not e["disagreements"] for e in data["entries"] if e["type"] != "ACCUSE")


def test_entry_lists_find_the_denial_too(store):
    data = payload_for([e.to_dict() for e in store.timeline()])
    (d,) = data["disagreements"]
    assert d["kind"] == "denial"
    assert _sides(d) == [("asserted", "Wire One", "2024-01-17"),
                         ("denied", "Blog Three", "2024-01-18")]
    assert [len(e["disagreements"]) for e in data["entries"] if e["type"] == "ACCUSE"] == [1, 1]


def test_filters_keep_or_drop_the_disagreement(store):
    assert payload_for(store, entity="Globex")["disagreements"]
    assert payload_for(store, types=["ACCUSE"])["disagreements"]
    assert payload_for(store, entity="Initech")["disagreements"] == []
    # the denial is cut by the limit: the report still shows the whole disagreement
    data = payload_for(store, limit=1)
    assert [e["type"] for e in data["entries"]] == ["ACCUSE"]
    (d,) = data["entries"][0]["disagreements"]
    assert [c["value"] for c in d["claims"]] == ["asserted", "denied"]


def test_too_many_mentions_are_not_compared_and_say_so(store):
    from dateline.report.disagree import bounded_disagreements

    found, note = bounded_disagreements(store, max_events=6)
    assert len(found) == 1 and note is None
    found, note = bounded_disagreements(store, max_events=5)  # 6 mentions match
    assert found == [] and "not compared" in note
    assert payload_for(store)["disagreements_note"] is None


def test_a_kept_merge_is_compared_whatever_the_number_of_mentions(store_path, tmp_path):
    import shutil

    from dateline.report.disagree import bounded_disagreements
    from dateline.store import Store

    db = tmp_path / "merged.duckdb"
    shutil.copy(store_path, db)
    with Store(db) as st:
        st.merge()
    with Store(db, read_only=True) as st:  # grouped by the kept merge: no pairs to score
        found, note = bounded_disagreements(st, max_events=1)
    assert note is None
    assert [(d["kind"], [c["value"] for c in d["claims"]]) for d in found] == [
        ("denial", ["asserted", "denied"])]


def test_query_keeps_a_disagreement_either_side_of_which_holds_the_words(store):
    from dateline.report.disagree import bounded_disagreements

    for query, n in (("patent", 1), ("spokesman", 1), ("did not sue", 1), ("merger", 0)):
        found, _ = bounded_disagreements(store, query=query)
        assert len(found) == n, query


def test_only_http_links_survive(store):
    urls = {s["article_id"]: s["url"] for e in payload_for(store)["entries"]
            for s in e["sources"]}
    assert urls["wire-1"] == "https://example.org/a?x=1&y=2"
    assert urls["paper-2"] is None  # javascript: dropped


@pytest.mark.parametrize("filters, types", [
    ({"entity": "globex"}, {"ACCUSE", "CONSULT", "AID"}),
    ({"entity": "Initech"}, {"PROTEST", "AID"}),
    ({"since": "2024-02-01"}, {"PROTEST", "ASSAULT", "AID"}),
    ({"since": date(2024, 1, 16), "until": "2024-02-02"}, {"CONSULT", "PROTEST"}),
    ({"query": "plant"}, {"PROTEST"}),
    ({"types": ["AID", "CONSULT"]}, {"AID", "CONSULT"}),
])
def test_filters_narrow_the_same_way_for_stores_and_entry_lists(store, filters, types):
    from_store = payload_for(store, **filters)["entries"]
    assert {e["type"] for e in from_store} == types
    everything = [e.to_dict() for e in store.timeline()]
    from_list = payload_for(everything, **filters)["entries"]
    assert [(e["type"], e["date"]) for e in from_list] == [
        (e["type"], e["date"]) for e in from_store]


def test_limit_marks_truncation(store):
    data = payload_for(store, limit=2)
    assert len(data["entries"]) == 2 and data["truncated"]
    assert not payload_for(store)["truncated"]


def test_bad_filters_are_usage_errors(store):
    with pytest.raises(UsageError, match="not a date"):
        payload_for(store, since="last tuesday")
    with pytest.raises(UsageError, match="unknown filter"):
        payload_for(store, colour="red")


def test_entries_render_like_their_dicts(store):
    entries = store.timeline()
    a = payload_for(entries)
    b = payload_for([e.to_dict() for e in entries])
    assert a == b
    assert [e["type"] for e in a["entries"]] == [e.type for e in entries]


def test_write_report(store, tmp_path):
    out = write_report(store, tmp_path / "sub" / "timeline.html", title="T", entity="Acme Corp")
    data = embedded(out.read_text(encoding="utf-8"))
    assert data["title"] == "T"
    assert all("acme corp" in f"{e['actor']} {e['target']}".lower() for e in data["entries"])
    assert data["entries"]


def test_each_source_says_which_record_of_a_many_article_file_it_is():
    # a feed's records share a file name and an outlet: the page names each by its record
    from dateline.report.payload import build_payload

    src = {"event_id": "e1", "sentence": "Dockers walked out.", "trigger": "walked out",
           "source": "Harbour Wire", "dct": "2024-02-06"}
    entry = {"date": "2024-02-06", "type": "PROTEST", "trigger": "walked out", "sources": [
        {**src, "article_id": "w-3:0f3c", "path": "feeds/wires.jsonl"},
        {**src, "article_id": "9a8b7c6d5e4f3a2b", "path": "feeds/wires.jsonl"},
        {**src, "article_id": "0f3c", "path": "port/01.txt"}]}
    data = build_payload([entry])
    assert [s["record"] for s in data["entries"][0]["sources"]] == ["w-3", "9a8b7c6d", None]
    page = render_report([entry])
    assert "withRecord" in page  # the page's script shows it after the source's name
