"""Entity timelines in the SemEval-2015 Task 4 (TimeLine) format, and its score.

A timeline file names its target entity on the first line; each further line is
``<rank>\\t<date>\\t<mention> [<mention> ...]`` where a mention is
``<docid>-<sentence>-<token>`` and the date a TIMEX3 value or ``XXXX-XX-XX``. Rank 0
holds the events that cannot be ordered; equal ranks are simultaneous.

:func:`score` is the task's measure (Minard et al. 2015): each timeline becomes a
graph of TLINKs -- every ranked mention SIMULTANEOUS with a node for its date string,
and each mention BEFORE the next one in line order when its rank is lower, else
SIMULTANEOUS with it -- scored by temporal awareness (UzZaman & Allen 2011):
precision is the share of the system graph's reduced relations that the gold graph
entails, recall the share of the gold graph's reduced relations that the system graph
entails. As the official tool does: lines are sorted in natural order (rank, then date,
then mentions) before chaining; rank-0 lines are left out; a system mention is the gold
node of the same string (its k-th copy the gold's k-th), a date the gold's date node of
the same string; a relation is reduced away when the ones added before it (in TLINK
order: event-date links, then the chain) entail it, and one that contradicts them is
kept in the reduced graph but not added to it. Micro-averaging sums the four counts
over timelines (:func:`micro`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from dateline.model import EventTime

UNDATED = "XXXX-XX-XX"

Node = tuple[str, str, int]  # ("e", mention, copy) or ("t", date, 0)
Point = tuple[Node, str]  # (interval, "s" | "e")
Rel = tuple[Node, Node, str]


@dataclass(frozen=True, slots=True)
class Line:
    """One timeline line: its rank, date and the coreferent mentions it lists."""

    rank: int
    date: str
    mentions: tuple[str, ...]


def parse_timeline(text: str) -> tuple[str, list[Line]]:
    """(target entity, lines) of a timeline file; lines with fewer than three fields
    are skipped, as the official tool skips them."""
    rows = text.split("\n")
    entity = rows[0].strip() if rows else ""
    out: list[Line] = []
    for row in rows[1:]:
        parts = row.rstrip().split("\t")
        if len(parts) < 3 or not parts[0].strip().isdigit():
            continue
        out.append(Line(int(parts[0]), parts[1], tuple(p for p in parts[2:] if p)))
    return entity, out


def format_timeline(entity: str, lines: Iterable[Line]) -> str:
    body = "".join(f"{ln.rank}\t{ln.date}\t" + "\t".join(ln.mentions) + "\n" for ln in lines)
    return f"{entity}\n{body}"


_DAY = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def day_value(time: EventTime, dct: date | None, past_on_dct: bool = True) -> str | None:
    """The date an event goes on the timeline with (a year, month or day), or None for
    rank 0: no date, one that is no calendar date, or only the DCT for an event the
    article tells in the future tense (or, unless ``past_on_dct``, the past)."""
    v = time.value
    if v == "PRESENT_REF" and dct is not None:
        v = dct.isoformat()
    if v is None:
        return None
    v = v.split("T")[0]
    if not _DAY.fullmatch(v):
        return None
    if time.how == "dct-future" or (time.how == "dct-past" and not past_on_dct):
        return None
    return v


def _date_order(v: str) -> tuple[str, int]:
    return (v + "-01-01"[len(v) - 4:] if len(v) < 10 else v, len(v))


def rank_lines(entries: Iterable[tuple[str, str | None]]) -> list[Line]:
    """A timeline from (mention, date or None) pairs: the distinct dates ranked by their
    first day (a coarser date before a finer one that starts with it: 2006 before
    2006-03), every mention of a date on its rank, the undated on rank 0."""
    pairs = list(entries)
    dates = sorted({d for _m, d in pairs if d is not None}, key=_date_order)
    rank = {d: i + 1 for i, d in enumerate(dates)}
    lines = [Line(rank[d], d, (m,)) if d is not None else Line(0, UNDATED, (m,))
             for m, d in pairs]
    return sorted(lines, key=lambda ln: (ln.rank, _date_order(ln.date), ln.mentions))


def _natural_key(text: str) -> list[int | str]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text)]


def _sorted(lines: Sequence[Line]) -> list[Line]:
    def key(ln: Line) -> list[int | str]:
        return _natural_key(f"{ln.rank}\t{ln.date}\t" + "\t".join(ln.mentions))

    return sorted(lines, key=key)


def tlinks(lines: Sequence[Line], gold_counts: dict[str, int] | None = None) -> list[Rel]:
    """The TLINKs a timeline implies, in the order the official tool writes them.
    ``gold_counts``: how many times the gold lists each mention, for a system timeline
    (a copy past the gold's count is a node of its own)."""
    seen: dict[str, int] = {}
    events: list[tuple[Node, int, str]] = []
    for ln in _sorted(lines):
        if ln.rank == 0:
            continue
        for m in ln.mentions:
            k = seen.get(m, 0)
            seen[m] = k + 1
            if gold_counts is not None and k >= gold_counts.get(m, 0):
                k = -k - 1  # a system node no gold node shares
            events.append((("e", m, k), ln.rank, ln.date))
    out: list[Rel] = [(node, ("t", date, 0), "SIMULTANEOUS") for node, _r, date in events]
    for (a, ra, _), (b, rb, _) in zip(events, events[1:], strict=False):
        out.append((a, b, "BEFORE" if ra < rb else "SIMULTANEOUS"))
    return out


_INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "SIMULTANEOUS": "SIMULTANEOUS"}


class Graph:
    """Intervals as start/end points joined by '<' and '=' edges; a point relation is
    read from reachability (both ways '=', one way '<')."""

    def __init__(self) -> None:
        self.succ: dict[Point, set[Point]] = {}

    def has(self, n: Node) -> bool:
        return (n, "s") in self.succ

    def _node(self, n: Node) -> None:
        if not self.has(n):
            self.succ[(n, "s")] = {(n, "e")}
            self.succ[(n, "e")] = set()

    def _reaches(self, a: Point, b: Point) -> bool:
        stack, seen = [a], {a}
        while stack:
            p = stack.pop()
            if p == b:
                return True
            for q in self.succ[p]:
                if q not in seen:
                    seen.add(q)
                    stack.append(q)
        return False

    def point(self, a: Point, b: Point) -> str:
        ab, ba = self._reaches(a, b), self._reaches(b, a)
        return "=" if ab and ba else "<" if ab else ">" if ba else "?"

    def relation(self, x: Node, y: Node, rel: str) -> str:
        """'true' (entailed), '?' (unknown) or 'false' (contradicted)."""
        if not (self.has(x) and self.has(y)):
            return "?"
        if rel == "AFTER":
            x, y, rel = y, x, "BEFORE"
        if rel == "BEFORE":
            p = self.point((x, "e"), (y, "s"))
            return "true" if p == "<" else "?" if p == "?" else "false"
        s, e = self.point((x, "s"), (y, "s")), self.point((x, "e"), (y, "e"))
        if s in ("=", "?") and e in ("=", "?"):
            return "true" if s == e == "=" else "?"
        return "false"

    def add(self, x: Node, y: Node, rel: str) -> None:
        self._node(x)
        self._node(y)
        if rel == "AFTER":
            x, y, rel = y, x, "BEFORE"
        if rel == "BEFORE":
            self.succ[(x, "e")].add((y, "s"))
            return
        for side in ("s", "e"):
            self.succ[(x, side)].add((y, side))
            self.succ[(y, side)].add((x, side))


def reduce(rels: Sequence[Rel]) -> tuple[Graph, list[Rel]]:
    """The graph of ``rels`` and its reduced relations: each relation in turn is
    dropped when the ones added before entail it, kept but not added when they
    contradict it, else added and kept; a repeated relation counts once."""
    g = Graph()
    kept: list[Rel] = []
    done: set[Rel] = set()
    for r in rels:
        if r in done:
            continue
        done.add(r)
        x, y, rel = r
        if x == y and rel != "SIMULTANEOUS":
            kept.append(r)
            continue
        verdict = g.relation(x, y, rel) if g.has(x) and g.has(y) else "?"
        if verdict == "true":
            continue
        kept.append(r)
        if verdict == "?":
            g.add(x, y, rel)
    return g, kept


@dataclass(frozen=True, slots=True)
class Counts:
    """Temporal-awareness counts of one timeline (or summed over several)."""

    prec_matched: float = 0.0
    system_total: int = 0
    rec_matched: float = 0.0
    gold_total: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.prec_matched + other.prec_matched,
                      self.system_total + other.system_total,
                      self.rec_matched + other.rec_matched,
                      self.gold_total + other.gold_total)

    @property
    def precision(self) -> float:
        return self.prec_matched / self.system_total if self.system_total else 0.0

    @property
    def recall(self) -> float:
        return self.rec_matched / self.gold_total if self.gold_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _matched(rels: Sequence[Rel], raw: set[Rel], g: Graph) -> int:
    return sum(1 for r in rels if r in raw or g.relation(*r) == "true")


def _both_ways(rels: Sequence[Rel]) -> set[Rel]:
    return set(rels) | {(y, x, _INVERSE[rel]) for x, y, rel in rels}


def score(gold: Sequence[Line], system: Sequence[Line]) -> Counts:
    """Temporal-awareness counts of a system timeline against the gold one."""
    gold_rels = tlinks(gold)
    counts: dict[str, int] = {}
    for node, _t, _rel in gold_rels:
        if node[0] == "e" and node[2] >= 0:
            counts[node[1]] = max(counts.get(node[1], 0), node[2] + 1)
    sys_rels = tlinks(system, counts)
    g_gold, gold_red = reduce(gold_rels)
    g_sys, sys_red = reduce(sys_rels)
    return Counts(
        prec_matched=_matched(sys_red, _both_ways(gold_rels), g_gold),
        system_total=len(sys_red),
        rec_matched=_matched(gold_red, _both_ways(sys_rels), g_sys),
        gold_total=len(gold_red),
    )


def micro(per_timeline: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in per_timeline:
        total = total + c
    return total
