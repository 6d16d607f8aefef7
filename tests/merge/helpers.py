"""Hand-built annotations for merge tests (invented sentences; no pipeline, no shared data),
and a loader for the merge benchmarks under bench/."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from types import ModuleType
from typing import Any

from bench_loader import load_bench_module

from dateline.merge import Mention, make_mention, rules
from dateline.merge.recalled import past_names, recalled_name, table_rows
from dateline.merge.similarity import FEATURES, pair_features, pair_score
from dateline.model import (
    Annotation,
    Article,
    Entity,
    Event,
    EventTime,
    Quantity,
    Sentence,
    Timex,
)


def mention(article: str, eid: str = "e1", **kw: Any) -> Mention:
    """A Mention from a small dict: type, trigger, date, sentence, actor, target, negated ..."""
    sent = kw.pop("sentence")
    for key in ("names", "specific"):  # lists in JSON examples, sets on a Mention
        if key in kw:
            kw[key] = frozenset(kw[key])
    trig = kw.pop("trigger")
    at = sent.find(trig)
    return make_mention(
        article_id=article,
        event_id=eid,
        type=kw.pop("type"),
        trigger=trig,
        start=at,
        end=at + len(trig),
        sentence_index=kw.pop("sentence_index", 0),
        sentence=sent,
        sentence_start=0,
        time_value=kw.pop("date", None),
        dct=kw.pop("dct", None),
        **kw,
    )


def occurrence_at(eid: str, side: dict[str, Any], rule: str, article: str = "A",
                  index: int = 0) -> Mention:
    """An occurrence mention of a rules.json pair example's side: its trigger at its first or
    last place in the sentence ('at'), in sentence ``index`` of ``article``."""
    s, trig = side["sentence"], side["trigger"]
    at = s.find(trig) if side["at"] == "first" else s.rfind(trig)
    m = mention(article, eid, type="OCCURRENCE", rule=rule, trigger=trig, date="2025-04-02",
                sentence=s)
    return replace(m, start=at, end=at + len(trig), sentence_index=index)


def example_side(eid: str, ex: dict[str, Any], side: str, article: str = "A",
                 index: int = 0) -> Mention:
    """:func:`occurrence_at` for side ``side`` ('a' or 'b') of a rules.json pair example
    whose rule is its ``class``, a noun trigger's with '+noun' when that side says ``noun``."""
    rule = ex["class"] + ("+noun" if ex[side]["noun"] else "")
    return occurrence_at(eid, ex[side], rule, article, index)


def example_pair(ex: dict[str, Any], article_b: str = "A",
                 index_b: int = 1) -> tuple[Mention, Mention]:
    """Both sides of a rules.json pair example: side 'a' as sentence 0 of article 'A', side
    'b' as sentence ``index_b`` of ``article_b``."""
    return (example_side("e1", ex, "a"),
            example_side("e2", ex, "b", article=article_b, index=index_b))


def recalled_side(eid: str, ex: dict[str, Any], side: str, article: str = "A",
                  index: int = 0) -> Mention:
    """:func:`example_side` of a rules.json ``recalled_examples`` pair, written 2025-04-02,
    with the past occurrence it recalls (``Mention.recalled``) read against the names the
    example's ``store`` sentences ([year, sentence]) tie to past years, as a store's merge
    reads its table (merge.recalled)."""
    r = rules()
    past = past_names(table_rows([(s, y) for y, s in ex["store"]], r), r)
    m = replace(example_side(eid, ex, side, article, index), dct=date(2025, 4, 2))
    return replace(m, recalled=recalled_name(m, past, r))


def feature_row(a: Mention, b: Mention, rules: Any) -> tuple[float, ...]:
    """The pair's features in FEATURES order, as similarity hands them to the join rules."""
    got = pair_features(a, b, rules)
    return tuple(got[k] for k in FEATURES)


def assert_pair_veto(check: Callable[[Mention, Mention, Any], bool], veto: str, a: Mention,
                     b: Mention, apart: bool, rules: Any) -> None:
    """A pair veto reads both orders alike, and when it parts the pair the score says so."""
    assert check(a, b, rules) is apart
    assert check(b, a, rules) is apart
    if apart:
        assert pair_score(a, b, rules).veto == veto


def article(
    aid: str,
    dct: str,
    sentences: list[str],
    events: list[dict[str, Any]],
    quantities: list[dict[str, Any]] = (),
    entities: list[dict[str, Any]] = (),
    source: str | None = None,
    timexes: list[dict[str, Any]] = (),
) -> Annotation:
    """An Annotation whose events point at triggers found in the given sentences (and
    ``timexes``: dicts of text, value, type (DATE), sentence, found there too)."""
    text, sents = "", []
    for i, s in enumerate(sentences):
        sents.append(Sentence(i, len(text), len(text) + len(s), s))
        text += s + " "
    evs = []
    for n, e in enumerate(events, 1):
        s = sents[e.get("sentence", 0)]
        at = s.start + s.text.index(e["trigger"])
        evs.append(
            Event(
                id=e.get("id", f"e{n}"),
                type=e["type"],
                trigger=e["trigger"],
                start=at,
                end=at + len(e["trigger"]),
                sentence=s.index,
                actor=e.get("actor"),
                target=e.get("target"),
                time=EventTime(e.get("date"), None, e.get("how", "sentence"), e.get("end")),
                quantities=tuple(e.get("quantities", ())),
                negated=e.get("negated", False),
                modality=e.get("modality", "asserted"),
                links=tuple(e.get("links", ())),
            )
        )
    qs = []
    for q in quantities:
        s = sents[q.get("sentence", 0)]
        at = s.start + s.text.index(q["text"])
        qs.append(
            Quantity(
                at,
                at + len(q["text"]),
                q["text"],
                q["value"],
                q.get("approx", False),
                q.get("low"),
                q.get("high"),
                q.get("counts"),
                s.index,
            )
        )
    ents = []
    for en in entities:
        s = sents[en.get("sentence", 0)]
        at = s.start + s.text.index(en["text"])
        ents.append(Entity(at, at + len(en["text"]), en["text"], en["label"], en["text"], s.index))
    tx = []
    for n, t in enumerate(timexes, 1):
        s = sents[t.get("sentence", 0)]
        at = s.start + s.text.index(t["text"])
        tx.append(Timex(f"t{n}", at, at + len(t["text"]), t["text"], t.get("type", "DATE"),
                        t["value"], sentence=s.index))
    art = Article(id=aid, text=text, dct=date.fromisoformat(dct), source=source)
    return Annotation(
        article=art,
        sentences=tuple(sents),
        events=tuple(evs),
        quantities=tuple(qs),
        entities=tuple(ents),
        timexes=tuple(tx),
    )


def load_bench(name: str) -> ModuleType:
    """bench/<name>.py imported as a module of its own: tests/conftest.py's one loader, for
    the merge tests that load a script at module level rather than through its fixture."""
    return load_bench_module(name)
