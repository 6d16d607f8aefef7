"""Overlap resolution (select keeps what one greedy pass over all candidates keeps) and
the Timex the engine builds slot by slot.

select ranks only the candidates that overlap others, cluster by cluster; the
reference below ranks every candidate of the text at once (longest first, then
higher priority, then earlier start, then rule order) and takes each one that
overlaps nothing taken so far.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from dateline.timex import tag
from dateline.timex.candidates import Candidate, find_candidates, select


@dataclass(frozen=True)
class _Rule:
    priority: int
    order: int


def _reference(cands: list[Candidate]) -> list[Candidate]:
    order = sorted(cands, key=lambda c: (c.start - c.end, -c.rule.priority, c.start, c.rule.order))
    taken: set[int] = set()
    kept = []
    for c in order:
        if taken.isdisjoint(range(c.start, c.end)):
            taken.update(range(c.start, c.end))
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


@pytest.mark.parametrize("seed", range(40))
def test_select_matches_one_greedy_pass(seed: int) -> None:
    rnd = random.Random(seed)
    rules = [_Rule(rnd.randint(0, 3), k) for k in range(6)]
    cands = []
    for _ in range(rnd.randint(0, 60)):
        start = rnd.randint(0, 80)
        end = start + rnd.randint(1, 12)
        cands.append(Candidate(start, end, rules[rnd.randrange(6)], (str(len(cands)),), ("n",)))
    # the same span and rule twice (two groups): the first in the list wins, as before
    if cands:
        c = cands[0]
        cands.append(Candidate(c.start, c.end, c.rule, ("copy",), ("n",)))
    got = select(list(cands))
    assert [id(c) for c in got] == [id(c) for c in _reference(cands)]


@pytest.mark.parametrize("seed", range(20))
def test_select_of_candidates_that_overlap_nothing(seed: int) -> None:
    # spans one after another, some touching (end == next start: no overlap); then the
    # same with one overlapping pair added at the end, past the lone ones
    rnd = random.Random(seed)
    rules = [_Rule(rnd.randint(0, 3), k) for k in range(4)]
    cands, at = [], 0
    for _ in range(rnd.randint(0, 30)):
        at += rnd.randint(0, 3)
        end = at + rnd.randint(1, 6)
        cands.append(Candidate(at, end, rules[rnd.randrange(4)], (str(len(cands)),), ("n",)))
        at = end
    rnd.shuffle(cands)
    got = select(list(cands))
    assert [id(c) for c in got] == [id(c) for c in sorted(cands, key=lambda c: c.start)]
    assert [id(c) for c in got] == [id(c) for c in _reference(cands)]
    cands += [Candidate(at + 1, at + 4, rules[0], ("a",), ("n",)),
              Candidate(at + 2, at + 8, rules[1], ("b",), ("n",))]
    got = select(list(cands))
    assert len(got) == len(cands) - 1
    assert [id(c) for c in got] == [id(c) for c in _reference(cands)]


def test_select_on_found_candidates() -> None:
    text = ("From Jan. 4 to March 2, 2021 the fair ran; it reopens May 3-5 and May 9 and 10. "
            "On Tuesday, May 1- May 2- May 3 the talks, set for next week, were held last Friday.")
    cands = find_candidates(text)
    assert [id(c) for c in select(cands)] == [id(c) for c in _reference(cands)]
    spans = [(t.start, t.end) for t in tag(text, None)]
    assert spans == [(c.start, c.end) for c in _reference(cands)]


def test_timex_built_slot_by_slot_is_the_dataclass() -> None:
    import dataclasses

    from dateline.model import Timex
    from dateline.timex.candidates import Candidate
    from dateline.timex.engine import _timexes
    from dateline.timex.partial import Partial
    from dateline.timex.rules import ruleset

    rule = next(r for r in ruleset().rules if r.name == "date_weekday")
    fields = ("t2", 12, 19, "Tuesday", "DATE", "2024-02-06", "START", "EVERY", "P1W",
              "narrative", "date_weekday", 3)
    kept = [Candidate(0, 3, rule, (), ()), Candidate(12, 19, rule, (), ())]
    built = [(Partial(kind="point"), "START", "EVERY", "P1W", "DATE")] * 2
    first, made = _timexes("Mon. 6 Feb. Tuesday", kept, built, [None, "2024-02-06"],
                           ["dct", "narrative"], lambda at: at // 4)
    assert (first.tid, first.text, first.value, first.sentence) == ("t1", "Mon", "XXXX", 0)
    ref = Timex(*fields)  # type: ignore[arg-type]
    assert made == ref and hash(made) == hash(ref) and repr(made) == repr(ref)
    assert dataclasses.astuple(made) == fields
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = "XXXX"  # type: ignore[misc]


def test_a_scans_case_and_context_checks_are_those_of_groups() -> None:
    # _Scan._ruled_out answers most checked rules from the plan (one cased group's first
    # letter, the memoised not_after search): over generated texts, at every word start
    # where a checked rule matches, it rules out exactly what _groups does
    import random

    from dateline.timex.candidates import _groups, _Scan
    from dateline.timex.rules import ruleset

    rs = ruleset()
    pieces = ["may", "May", "March", "march", "1", "2011", "the", "of", "Sun", "sun", "fall",
              "Fall", "spring", "a", "in", "will", "last", "Friday", "second", "- ", " ", ", "]
    rnd = random.Random(5)
    asked = ruled = 0
    for _ in range(400):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(2, 7)))
        scan = _Scan(text, rs, None)
        plan = scan.plan
        for pos in range(len(text)):
            if pos and text[pos - 1].isalnum():
                continue
            for i in range(len(plan.rules)):
                m = plan.match[i](text, pos) if plan.checked[i] else None
                if m is None or m.end() <= pos:
                    continue
                vals = plan.pad[i] + m.groups() if plan.plain[i] else tuple(
                    m.groupdict().values())
                want = _groups(plan.rules[i], dict(zip(plan.names[i], vals, strict=True)),
                               text, pos) is None
                assert scan._ruled_out(i, vals, pos) == want, (text, pos, plan.rules[i].name)
                asked += 1
                ruled += want
    assert asked > 200 and 0 < ruled < asked
