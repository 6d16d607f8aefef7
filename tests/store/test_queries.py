"""Timeline and events queries: entity, date range, words; order by when it happened."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.errors import UsageError
from dateline.store import Store
from dateline.store.rows import name_key

from .store_factory import make


@pytest.fixture
def store(tmp_path):
    anns = [
        # reported late (dct 2024-03), happened early: must come first
        make("late", ["BP closed the refinery in 2023.", "Workers left."],
             [{"trigger": "closed", "type": "REDUCE", "actor": "BP", "time": "2023"}],
             dct=date(2024, 3, 1)),
        make("bpa", ["BPA sued the council on Monday."],
             [{"trigger": "sued", "type": "ACCUSE", "actor": "BPA", "target": "Council",
               "time": "2024-02-05"}]),
        make("ship", ["Navy boarded a tanker owned by BP Shipping.", "No one was hurt."],
             [{"trigger": "boarded", "type": "SEIZE", "actor": "Navy",
               "target": "BP Shipping", "time": "2024-01-10"}]),
        make("mention", ["Talks with Shell and BP stalled in June.", "Nobody commented."],
             [{"trigger": "stalled", "type": "CONSULT", "actor": "Shell", "time": "2023-06"}]),
        make("undated", ["Rebels attacked again.", "Details were scarce."],
             [{"trigger": "attacked", "type": "ASSAULT", "actor": "Rebels", "time": "P3D"}]),
    ]
    # the "mention" article's second entity: BP appears in the sentence, not as a participant
    m = anns[3]
    from dataclasses import replace

    from dateline.model import Entity

    at = m.article.text.index("BP")
    anns[3] = replace(m, entities=m.entities + (Entity(at, at + 2, "BP", "ORG", "BP", 0),))
    with Store(tmp_path / "q.duckdb") as st:
        st.write(anns)
        yield st


def test_timeline_orders_by_when_it_happened(store):
    got = store.timeline()
    assert [e.sources[0].article_id for e in got] == ["late", "mention", "ship", "bpa"]
    assert [e.date_start for e in got] == sorted(e.date_start for e in got)


def test_undated_events_are_not_on_the_timeline_but_are_events(store):
    assert "undated" not in {s.article_id for e in store.timeline() for s in e.sources}
    ev = store.events()
    assert {e["article_id"] for e in ev} == {"late", "bpa", "ship", "mention", "undated"}
    assert ev[-1]["article_id"] == "undated"  # nulls last


def test_entity_is_a_whole_name_case_insensitive(store):
    ids = {s.article_id for e in store.timeline(entity="bp") for s in e.sources}
    assert ids == {"late", "ship", "mention"}  # BP, "BP Shipping", BP named in the sentence
    assert {s.article_id for e in store.timeline(entity="BPA") for s in e.sources} == {"bpa"}
    assert store.timeline(entity="B") == []
    assert {s.article_id for e in store.timeline(entity="bp  shipping") for s in e.sources} == {
        "ship"}


def test_name_key_ignores_case_and_punctuation():
    assert name_key("U.S.  Army") == "u s army"
    assert name_key("Hamas's") == "hamas s"
    assert name_key("...") is None and name_key(None) is None


def test_since_until_by_date_start(store):
    got = store.timeline(since=date(2024, 1, 1), until=date(2024, 1, 31))
    assert [e.sources[0].article_id for e in got] == ["ship"]
    assert {e.sources[0].article_id for e in store.timeline(since=date(2023, 6, 1))} == {
        "mention", "ship", "bpa"}


def test_query_words_all_must_appear(store):
    assert [e.sources[0].article_id for e in store.timeline(query="tanker BOARDED")] == ["ship"]
    assert store.timeline(query="tanker refinery") == []
    assert store.timeline(query="100%") == []


def test_limit_and_types(store):
    assert len(store.timeline(limit=2)) == 2
    assert [e.type for e in store.timeline(types=["SEIZE"])] == ["SEIZE"]
    assert len(store.events(limit=1)) == 1


def test_entries_carry_their_sources(store):
    e = store.timeline(entity="navy")[0]
    assert (e.type, e.trigger, e.actor, e.target) == ("SEIZE", "boarded", "Navy", "BP Shipping")
    assert e.sentence == "Navy boarded a tanker owned by BP Shipping."
    src = e.sources[0]
    assert (src.title, src.source, src.dct, src.path) == ("Title ship", "Wire", date(2024, 2, 7),
                                                          "corpus.jsonl")


def test_stats_and_arrow(store):
    stats = store.stats()
    assert stats["articles"] == 5 and stats["events"] == 5
    tbl = store.to_arrow("events")
    assert tbl.num_rows == 5 and "date_start" in tbl.column_names
    with pytest.raises(UsageError):
        store.to_arrow("nope; drop table articles")


def test_limited_timeline_is_the_head_of_the_full_one(tmp_path):
    from .store_factory import simple

    anns = [simple(i, actor=f"Side {i % 4}", when=f"2024-01-{1 + i % 9:02d}") for i in range(120)]
    with Store(tmp_path / "many.duckdb") as st:
        st.write(anns)
        full = [e.to_dict() for e in st.timeline()]
        assert len(full) == 36  # 9 days x 4 sides, each merged from several articles
        for k in (1, 5, 17, 36, 50):
            assert [e.to_dict() for e in st.timeline(limit=k)] == full[:k]
        assert st.timeline(limit=0) == []


def test_dates_may_be_iso_strings_and_bad_ones_are_usage_errors(store):
    assert [e.sources[0].article_id for e in store.timeline(since="2024-01-01",
                                                            until="2024-01-31")] == ["ship"]
    with pytest.raises(UsageError):
        store.timeline(since="yesterday")


def test_entity_of_only_punctuation_matches_nothing(store):
    assert store.timeline(entity="...") == [] and store.events(entity="-") == []


def test_merged_timeline_joins_reports_that_date_one_event_differently(tmp_path):
    """One shelling told by two articles: the first dates it by its own 'on Monday', the
    second only by its article's date. The default timeline folds only one exact date span
    (two entries); ``merged=True`` gives the cross-article merge's one event, both sources."""
    import dateline

    a = dateline.annotate("date 2024-02-06\nVellmark troops shelled the port of Ardel on "
                          "Monday, killing four dockworkers, the harbour office said.")
    b = dateline.annotate("date 2024-02-07\nVellmark troops shelled the port of Ardel, "
                          "killing four dockworkers, the harbour office said.")
    with Store(tmp_path / "two.duckdb") as st:
        st.write([a, b])
        plain = [e for e in st.timeline() if e.type == "ASSAULT" and e.trigger == "shelled"]
        merged = [e for e in st.timeline(merged=True)
                  if e.type == "ASSAULT" and e.trigger == "shelled"]
        assert len(plain) == 2
        assert len(merged) == 1
        assert {s.article_id for s in merged[0].sources} == {a.article.id, b.article.id}
        assert merged[0].date_start == date(2024, 2, 5)  # the date the text gives
        assert st.timeline(merged=True, limit=1) == st.timeline(merged=True)[:1]


def test_the_timeline_merges_by_default_only_where_it_is_cheap(tmp_path, monkeypatch):
    """merged=None: the cross-article merge when the matching mentions, counted per (type,
    day), square-sum under the budget; the streaming fold above it."""
    import dateline.merge.store as merge_store
    import dateline.store.core as core

    from .store_factory import simple

    calls = []
    real = merge_store.timeline_entries
    monkeypatch.setattr(merge_store, "timeline_entries",
                        lambda st, rows, kept: calls.append(len(rows)) or real(st, rows, kept))
    with Store(tmp_path / "budget.duckdb") as st:
        st.write([simple(i, when="2024-01-02") for i in range(30)])
        st.timeline(merged=None)
        assert calls == [30]
        monkeypatch.setattr(core, "MERGED_TIMELINE_PAIRS", 30 * 30 - 1)
        st.timeline(merged=None)
        assert calls == [30]  # 30 alike mentions of one day: over the budget, not merged
        st.merge()
        st.timeline(merged=None)
        assert calls == [30, 30]  # a kept, up-to-date merge is read whatever the budget


@pytest.mark.parametrize("merged", [False, True])
def test_each_source_carries_its_sentence_span_in_the_article_text(tmp_path, merged):
    """A fact-checker goes from a timeline source to the characters it came from:
    ``text[sentence_start:sentence_end]`` of the stored article is its sentence."""
    from report.corpus import make_store

    with Store(make_store(tmp_path / "c.duckdb"), read_only=True) as st:
        texts = dict(st.con.execute("SELECT id, text FROM articles").fetchall())
        entries = st.timeline(merged=merged)
    assert len(entries) == 6
    for e in entries:
        for s, d in zip(e.sources, e.to_dict()["sources"], strict=True):
            assert s.sentence_span is not None
            assert (d["sentence_start"], d["sentence_end"]) == s.sentence_span
            start, end = s.sentence_span
            assert texts[s.article_id][start:end] == s.sentence
    met = next(s for e in entries for s in e.sources if s.trigger == "met")
    first = "Monday Acme Corp sued Globex over the patent."
    assert met.sentence_span[0] == len(first) + 1  # the article's second sentence
