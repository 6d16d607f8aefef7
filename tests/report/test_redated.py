"""An article ``run --reanchor`` re-dated shows as re-dated (↻, both dates), not as
contradicted, in the report payload, its page and the TimelineJS export."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.report import payload_for, render_report
from dateline.report.formats import timelinejs
from report.corpus import make_redated_store
from report.test_html import embedded

NOTE = "re-dated by its content: the article states 2024-02-03, its content dates it 2024-02-05"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return make_redated_store(tmp_path_factory.mktemp("redated") / "corpus.duckdb")


@pytest.mark.parametrize("merged", [False, True, None])
def test_the_store_timeline_says_which_sources_were_redated(store, merged):
    assert store.redated() == {"paper-2": date(2024, 2, 3)}
    sources = [s for e in store.timeline(merged=merged) for s in e.sources]
    moved = {(s.article_id, s.dct, s.redated_from) for s in sources if s.redated_from}
    assert moved == {("paper-2", date(2024, 2, 5), date(2024, 2, 3))}
    assert all(s.redated_from is None for s in sources if s.article_id != "paper-2")


def test_payload_gives_a_redated_note_not_a_contradiction_warning(store):
    data = payload_for(store)
    by_type = {e["type"]: e for e in data["entries"]}
    protest = by_type["PROTEST"]
    assert protest["warnings"] == [] and protest["notes"] == [NOTE]
    (s,) = protest["sources"]
    assert (s["verdict"], s["warning"], s["redated"]) == ("contradicted", None, True)
    assert (s["dct"], s["stated_dct"], s["note"]) == ("2024-02-05", "2024-02-03", NOTE)
    # the suspicious denial keeps its warning; a source not re-dated has its own date twice
    denial = next(e for e in data["entries"] if e["type"] == "ACCUSE" and e["negated"])
    assert denial["warnings"] == ["article date suspicious"] and denial["notes"] == []
    (d,) = denial["sources"]
    assert (d["redated"], d["note"], d["stated_dct"]) == (False, None, d["dct"])


def test_entry_dicts_from_timeline_json_give_the_same_payload(store):
    from_store = payload_for(store)
    from_json = payload_for([e.to_dict() for e in store.timeline(merged=None)])
    assert [e["notes"] for e in from_json["entries"]] == [
        e["notes"] for e in from_store["entries"]]
    assert NOTE in {n for e in from_json["entries"] for n in e["notes"]}


def test_the_report_page_carries_the_note_and_a_style_for_it(store):
    page = render_report(store)
    assert NOTE in {n for e in embedded(page)["entries"] for n in e["notes"]}
    assert "article date contradicted" not in page
    assert ".redated" in page and "\\u21bb" in page  # the class and the mark the script adds


def test_timelinejs_names_both_dates(store):
    body = next(ev["text"]["text"] for ev in timelinejs(store.timeline())["events"]
                if "protested" in ev["text"]["headline"])
    assert ("article date 2024-02-05 (re-dated by its content; the article states 2024-02-03)"
            in body)
    assert "contradicted" not in body
