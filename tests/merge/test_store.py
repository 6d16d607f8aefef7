"""Canonical events and disagreements read back from a dateline store (hand-built articles)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from dateline.merge import disagreements, mentions_from_annotation, merge_annotations
from dateline.merge import store as merge_store
from dateline.merge.mention_figures import may_count
from dateline.merge.store import store_disagreements, store_events, store_mentions
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
    assert d.kind == "number" and d.about == "people (injured)"
    assert [(c.value, c.source) for c in d.claims] == [
        ("at least 40", "Nordic Wire"),
        ("38", "Courier"),
        ("38", "Daily"),
    ]


def _every_field(m):
    # derived fields too; not the memo (answers kept as pairs asked them: mention.once)
    return tuple(getattr(m, f.name) for f in fields(m) if f.name != "memo")


@pytest.mark.parametrize("chunk", [1, 2, 5000])  # events read per chunk of whole articles
def test_store_mentions_are_the_annotations_mentions(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(merge_store, "CHUNK_EVENTS", chunk)
    anns = [
        *_anns(),
        article(
            "e",
            "2025-03-07",
            [
                "The union said talks would resume on 10 March.",
                "Ilse Marten of the Coastal Dockworkers' Federation denied that 12 ships left "
                "Karsholm on Thursday, and 3 cranes stood idle.",
            ],
            [
                {"type": "CONSULT", "trigger": "talks", "date": None, "how": "none"},
                {
                    "type": "COERCE",
                    "trigger": "left",
                    "sentence": 1,
                    "date": "2025-03-06",
                    "modality": "denied",
                    "quantities": [1],
                    "links": [("denied_by", "e-0")],
                },
            ],
            quantities=[
                {"text": "12", "value": 12, "counts": "ships", "sentence": 1},
                {"text": "3", "value": 3, "counts": "cranes", "sentence": 1},
            ],
            entities=[
                {"text": "Ilse Marten", "label": "PERSON", "sentence": 1},
                {"text": "Coastal Dockworkers' Federation", "label": "ORG", "sentence": 1},
                {"text": "Karsholm", "label": "GPE", "sentence": 1},
                {"text": "Thursday", "label": "DATE", "sentence": 1},
            ],
            timexes=[
                {"text": "10 March", "value": "2025-03-10"},
                {"text": "Thursday", "value": "2025-03-06", "sentence": 1},  # its own date
            ],
        ),
    ]
    with Store(tmp_path / "s.duckdb") as store:
        store.write(anns)
        got = store_mentions(store.con)
        some = {m.key for m in got[1::2]} | {("nowhere", "e1")}  # only those asked for
        picked = store_mentions(store.con, some)
    want = [m for a in sorted(anns, key=lambda a: a.article.id)
            for m in mentions_from_annotation(a)]
    assert [_every_field(m) for m in got] == [_every_field(m) for m in want]
    assert [_every_field(m) for m in picked] == [_every_field(m) for m in want[1::2]]
    talks, left = got[-2:]
    assert talks.named_days == {"2025-03-10"} and not left.named_days
    assert left.numbers[0].text == "3" and left.polarity == "neg"  # by the event's own index
    assert left.specific and "karsholm" in left.names and left.sentence_start is not None


def _both_paths(tmp_path, ann):
    """One article's one event as the store's row path (the timeline's) reads it back, and
    as the annotation path makes it."""
    with Store(tmp_path / "s.duckdb") as store:
        store.write([ann])
        (ev,) = store_events(store)
    (want,) = mentions_from_annotation(ann)
    return ev.mentions[0], want


def test_store_events_read_the_days_a_sentence_names(tmp_path):
    # the store's row path (the timeline's) gives a mention the days its sentence names
    # besides its own date, as the annotation path does
    ann = article(
        "g",
        "2009-04-26",
        ["Schools around the capital will stay closed until 6 May."],
        [{"type": "COERCE", "trigger": "closed", "date": "2009-04-26", "how": "dct"}],
        timexes=[{"text": "6 May", "value": "2009-05-06"}],
    )
    got, want = _both_paths(tmp_path, ann)
    assert got.named_days == want.named_days == {"2009-05-06"}


def test_store_events_keep_the_figures_an_occurrence_may_count(tmp_path):
    # the spill hit birds; 'Nine crew members' counts other victims, so neither path gives
    # it to the spill (the timeline's store path as the annotation path)
    ann = article(
        "f",
        "2024-05-02",
        ["Nine crew members died in the blast, and the spill is fouling nesting birds."],
        [{"type": "OCCURRENCE", "trigger": "spill", "date": "2024-04-30",
          "target": "nesting birds", "rule": "occ.accident.spill+noun"}],
        quantities=[{"text": "Nine", "value": 9, "counts": "crew members"}],
    )
    got, want = _both_paths(tmp_path, ann)
    assert want.numbers == () and got.numbers == want.numbers


def test_a_stale_store_scores_the_mentions_its_merge_would_keep(tmp_path, monkeypatch):
    # without an up-to-date kept merge the store's events are merged on the fly: from the
    # Mentions `dateline merge` scores (store_mentions), not the rows' own, which lack e.g.
    # the sentence's offset, so the groups are those its update would keep
    scored: list = []
    real_add = merge_store.EventMerger.add

    def add(self, mentions):
        mentions = list(mentions)
        scored.extend(mentions)
        return real_add(self, mentions)

    anns = _anns()
    merged = [e.article_ids for e in merge_annotations(anns)]
    monkeypatch.setattr(merge_store.EventMerger, "add", add)
    with Store(tmp_path / "s.duckdb") as store:
        store.write(anns)
        events = store_events(store)
        want = store_mentions(store.con)
    assert sorted(map(_every_field, scored)) == sorted(map(_every_field, want))
    assert all(m.sentence_start is not None for m in scored)
    assert [e.article_ids for e in events] == merged


def test_a_figure_of_the_trigger_noun_counts_the_occurrence(tmp_path):
    # 'cases' of measles: the target names the disease, the figure counts the trigger's
    # own noun, so the tally report keeps its figure on both paths
    ann = article(
        "f",
        "2024-05-02",
        ["The number of confirmed measles cases in Norvik has risen to 18."],
        [{"type": "OCCURRENCE", "trigger": "cases", "date": "2024-05-02",
          "target": "measles", "rule": "occ.disease.case"}],
        quantities=[{"text": "18", "value": 18, "counts": "cases"}],
    )
    got, want = _both_paths(tmp_path, ann)
    assert [n.value for n in want.numbers] == [18]
    assert got.numbers == want.numbers
    assert not may_count("OCCURRENCE", "measles", "cases")
    assert may_count("OCCURRENCE", "measles", "cases", "cases")
