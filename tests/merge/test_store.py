"""Canonical events and disagreements read back from a dateline store (hand-built articles)."""

from __future__ import annotations

from dateline.merge import disagreements, merge_annotations
from dateline.merge.store import store_disagreements, store_events
from dateline.store import Store

from .helpers import article

CLEAR = (
    "Riot police cleared the picket line at Gate 4 of Karsholm port on Wednesday, "
    "and {n} people were injured."
)


def _anns():
    out = []
    for aid, n, text, src in (
        ("a", 40, "at least 40", "Nordic Wire"),
        ("b", 38, "38", "Courier"),
        ("c", 38, "38", "Daily"),
    ):
        out.append(
            article(
                aid,
                "2025-03-06",
                [CLEAR.format(n=text)],
                [
                    {
                        "type": "ASSAULT",
                        "trigger": "cleared",
                        "date": "2025-03-05",
                        "actor": "police",
                    }
                ],
                quantities=[
                    {
                        "text": text,
                        "value": n,
                        "low": 40 if aid == "a" else None,
                        "approx": aid == "a",
                        "counts": "people",
                    }
                ],
                entities=[{"text": "Karsholm", "label": "GPE"}],
                source=src,
            )
        )
    out.append(
        article(
            "d",
            "2025-03-06",
            ["Nordhaven offered a raise of 5 percent on Tuesday."],
            [{"type": "AGREE", "trigger": "offered", "date": "2025-03-04", "actor": "Nordhaven"}],
        )
    )
    return out


def test_store_events_match_the_in_memory_merge(tmp_path):
    anns = _anns()
    with Store(tmp_path / "s.duckdb") as store:
        store.write(anns)
        events = store_events(store)
        assert [e.article_ids for e in events] == [e.article_ids for e in merge_annotations(anns)]
        (clash,) = [e for e in events if e.type == "ASSAULT"]
        assert clash.article_ids == ("a", "b", "c")  # every source kept
        assert {m.source for m in clash.mentions} == {"Nordic Wire", "Courier", "Daily"}
        assert store_events(store, entity="nordhaven")[0].type == "AGREE"
        assert store_events(store, since="2025-03-05", until="2025-03-05") == [clash]


def test_store_disagreements_show_numbers_side_by_side(tmp_path):
    anns = _anns()
    with Store(tmp_path / "s.duckdb") as store:
        store.write(anns)
        got = store_disagreements(store)
    assert got == disagreements(merge_annotations(anns))
    (d,) = got
    assert d.kind == "number" and d.about == "people"
    assert [(c.value, c.source) for c in d.claims] == [
        ("at least 40", "Nordic Wire"),
        ("38", "Courier"),
        ("38", "Daily"),
    ]
