"""Merging event mentions into timeline entries, and the CLI formatters."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import date

from dateline.timeline import (
    CSV_COLUMNS,
    PAIRWISE_LIMIT,
    TimelineEntry,
    merge_rows,
    timeline_to_csv,
    timeline_to_json,
)


def row(aid, eid="e1", type_="ASSAULT", day=date(2024, 2, 5), actor=None, target=None,
        sentence="Something happened.", dct=date(2024, 2, 6), source="Wire"):
    return {
        "article_id": aid, "idx": 0, "event_id": eid, "type": type_, "trigger": "attacked",
        "actor": actor, "target": target, "location": None, "time_value": day.isoformat(),
        "date_start": day, "date_end": day, "sentence_text": sentence, "negated": False,
        "hedged": False, "modality": "asserted", "title": f"T {aid}", "source": source,
        "dct": dct, "path": "p", "date_verdict": "consistent",
    }


def ids(entries):
    return [sorted(s.article_id for s in e.sources) for e in entries]


def test_same_type_date_and_actor_merge_across_articles():
    got = merge_rows([row("a", actor="Israel", target="Gaza"), row("b", actor="israel"),
                      row("c", actor="Hamas", sentence="Hamas struck.")])
    assert ids(got) == [["a", "b"], ["c"]]


def test_conflicting_participants_do_not_merge_even_with_similar_sentences():
    s = "Troops attacked the camp at dawn."
    got = merge_rows([row("a", actor="Army", sentence=s), row("b", actor="Police", sentence=s)])
    assert ids(got) == [["a"], ["b"]]


def test_near_identical_sentences_merge_without_participants():
    got = merge_rows([row("a", sentence="Gunmen attacked a bus near the border on Monday."),
                      row("b", sentence="Gunmen attacked a bus near the border on Monday,"),
                      row("c", sentence="A completely different report about a bus.")])
    assert ids(got) == [["a", "b"], ["c"]]


def test_different_type_or_date_never_merge():
    got = merge_rows([row("a", actor="X"), row("b", actor="X", type_="PROTEST"),
                      row("c", actor="X", day=date(2024, 2, 6))])
    assert len(got) == 3
    assert [e.date_start for e in got] == [date(2024, 2, 5), date(2024, 2, 5), date(2024, 2, 6)]


def test_merge_is_order_independent():
    rows = [row(f"a{i}", actor=["X", "Y", None][i % 3], target=["T", None][i % 2],
                day=date(2024, 2, 1 + i % 4), sentence=f"Report number {i % 5} here.")
            for i in range(40)]
    want = [e.to_dict() for e in merge_rows(rows)]
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert [e.to_dict() for e in merge_rows(shuffled)] == want


def test_earliest_report_speaks_and_missing_participants_are_filled():
    got = merge_rows([row("late", actor="X", dct=date(2024, 3, 1), sentence="Late."),
                      row("early", target="Y", actor="X", dct=date(2024, 2, 5), sentence="Early.")])
    (e,) = got
    assert e.sentence == "Early." and e.target == "Y"
    assert [s.article_id for s in e.sources] == ["early", "late"]


def test_presorted_limit_stops_early_and_agrees_with_full_merge():
    rows = sorted((row(f"a{i}", actor=f"A{i % 7}", day=date(2024, 1, 1 + i % 20))
                   for i in range(200)), key=lambda r: (r["date_start"], r["type"]))
    consumed = []

    def stream():
        for r in rows:
            consumed.append(r)
            yield r

    top = merge_rows(stream(), limit=5, presorted=True)
    assert [e.to_dict() for e in top] == [e.to_dict() for e in merge_rows(rows)[:5]]
    assert len(consumed) < len(rows)


def test_big_groups_merge_on_identical_participants_only():
    n = PAIRWISE_LIMIT + 10
    rows = [row(f"a{i}", actor=f"A{i % 3}", sentence=f"s {i}") for i in range(n)]
    assert len(merge_rows(rows)) == 3


def _entries():
    return merge_rows([row("a", actor="X", sentence='He said "yes", then left.'),
                       row("b", actor="X", source=None)])


def test_json_formatter_round_trips():
    data = json.loads(timeline_to_json(_entries()))
    assert data == [e.to_dict() for e in _entries()]
    assert data[0]["date_start"] == "2024-02-05" and len(data[0]["sources"]) == 2


def test_csv_formatter_has_a_header_and_a_row_per_entry():
    entries = _entries() + merge_rows([row("c", actor="Z", type_="PROTEST")])
    rows = list(csv.DictReader(io.StringIO(timeline_to_csv(entries))))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(entries) == 2
    assert rows[0]["sentence"] == 'He said "yes", then left.'
    assert rows[0]["n_sources"] == "2" and rows[0]["article_ids"] == "a; b"
    assert rows[0]["sources"] == "Wire; T b"


def test_a_redated_source_says_so_in_json_and_csv():
    """A source of an article run --reanchor re-dated keeps date_verdict 'contradicted' and
    adds redated/stated_dct (the JSON) and date_verdicts/redated/stated_dcts (the CSV)."""
    from dataclasses import replace

    (e,) = merge_rows([row("a", actor="X"), row("b", actor="X")])
    moved = replace(e.sources[1], date_verdict="contradicted", dct=date(2024, 3, 5),
                    redated_from=date(2024, 2, 6))
    e = replace(e, sources=(e.sources[0], moved))
    got = [{k: s[k] for k in ("dct", "date_verdict", "redated", "stated_dct")}
           for s in json.loads(timeline_to_json([e]))[0]["sources"]]
    assert got == [
        {"dct": "2024-02-06", "date_verdict": "consistent", "redated": False,
         "stated_dct": "2024-02-06"},
        {"dct": "2024-03-05", "date_verdict": "contradicted", "redated": True,
         "stated_dct": "2024-02-06"}]
    (r,) = csv.DictReader(io.StringIO(timeline_to_csv([e])))
    assert (r["dcts"], r["date_verdicts"], r["redated"], r["stated_dcts"]) == (
        "2024-02-06; 2024-03-05", "consistent; contradicted", "false; true",
        "2024-02-06; 2024-02-06")


def test_entry_to_dict_is_json_safe():
    e = TimelineEntry("2024", date(2024, 1, 1), date(2024, 12, 31), "X", "t", None, None, None,
                      None)
    assert json.loads(json.dumps(e.to_dict()))["date_end"] == "2024-12-31"


def test_a_denial_does_not_merge_with_the_report():
    denied = row("b", actor="X")
    denied["negated"] = True
    got = merge_rows([row("a", actor="X"), denied])
    assert sorted(e.negated for e in got) == [False, True]


def test_an_entry_says_whether_the_text_dates_it():
    """One source stating the date is enough; with none, the article's date stands in."""
    stated = {**row("a", actor="Israel"), "time_how": "clause"}
    assumed = {**row("b", actor="Israel"), "time_how": "dct-past"}
    (both,) = merge_rows([stated, assumed])
    assert both.dated_by == "text" and both.to_dict()["dated_by"] == "text"
    (alone,) = merge_rows([assumed])
    assert alone.dated_by == "article"
    assert next(csv.DictReader(io.StringIO(timeline_to_csv([alone]))))["dated_by"] == "article"
    (undated,) = merge_rows([{**row("c"), "time_how": None}])
    assert undated.dated_by == "none"


def test_csv_counts_articles_not_mentions():
    """Two events of one article told on one entry are one source, as the merge counts them."""
    entries = merge_rows([row("a", eid="e1", actor="X"), row("a", eid="e2", actor="X"),
                          row("b", actor="X")])
    rows = list(csv.DictReader(io.StringIO(timeline_to_csv(entries))))
    assert rows[0]["article_ids"] == "a; a; b"  # one per mention, aligned with dcts
    assert rows[0]["n_sources"] == "2"
