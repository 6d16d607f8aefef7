"""Incremental, order-independent merging of mentions into canonical events.

Three steps, each a function of the set of mentions only, so any input order (and
any split into batches) gives the same clusters:

1. components: mentions linked by a pair that passes the pure relation in
   :mod:`dateline.merge.similarity` (union-find, updated as mentions arrive);
2. inside each component, average-link agglomeration: links are taken best
   first (score, then keys) and two groups join only when the mean score over
   all their cross pairs (unscored pairs count 0) reaches ``average_link``.
   Step 2 stops chains ("school A closed" ~ "schools closed" ~ "school B
   closed") that plain components would fold into one event -- unless both groups are
   large and tied by many pairs at the threshold (``dense_link_min_size``,
   ``dense_link_ratio``: a quake's first week and the weeks after); two groups whose
   mentions place the event in two places apart (two countries, two regions of one) never join
   (:func:`~dateline.merge.similarity.place_of`: 'a case in Denmark' ~ 'cases
   confirmed on Friday' ~ 'cases in the US'), nor two groups naming different rungs of
   one scale and none in common (:func:`~dateline.merge.similarity.rungs_apart`:
   'raised its alert to level 4' ~ 'raised its alert' ~ 'raised its alert to level 5'),
   nor two groups holding a pair a hard rule keeps apart
   (:func:`~dateline.merge.similarity.cannot_link`: two acts of one sentence, 'shelled the
   port and killed three guards', each joined to its twin in another telling);
3. a mention step 2 left alone joins the group it is weakly like in many reports
   (``attach_min_pairs`` scored pairs, mean ``attach_link`` over the group; not a
   group placed apart from it, naming another rung or kept apart from it), or, told as
   a back-reference ('the quake' in a later report), with ``attach_min_pairs`` pairs of
   ``reference_score`` or more however large the group: one pass over the groups of step 2,
   never a chain.

:class:`EventMerger` keeps an index of the mentions it has seen -- dated ones
by (type, day), undated ones by (type, content word), every one by (article,
type) -- so adding an article compares its mentions only with the few that could
match, and only the components it touched are re-clustered: no full rebuild.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter
from typing import Any, TypeVar

from dateline.merge.acts import planned_verb, told_sum, verb_dated
from dateline.merge.apart import GroupLinks, Profile, apart_through
from dateline.merge.marks import GroupMarks, GroupScan
from dateline.merge.mention import Mention, mentions_from_annotation
from dateline.merge.once import one_named_group
from dateline.merge.rules import Rules, rules
from dateline.merge.similarity import (
    ANCHORED,
    ARTICLE_LINKS,
    LOOSELY_APART,
    SENTENCE_LINKS,
    cannot_link,
    cheap_link_tests,
    date_veto,
    defaulted_dating,
    kinds,
    loose_dating,
    one_more_told,
    pair_verdict,
    plainly_dated,
)
from dateline.merge.tallies import tally_place, told_total
from dateline.merge.triggers import kind_partners
from dateline.merge.vetoes import going_split
from dateline.model import Annotation

Key = tuple[str, str]
_first = itemgetter(0)
_N = TypeVar("_N", int, float)
Day = date  # the field ``CanonicalEvent.date`` shadows the type inside the class

#: Fewer new mentions than this are scored in one process (a fork and its pool cost more
#: than they save); a run is at most PARALLEL_RUN new mentions, the unit a worker scores.
PARALLEL_MIN_MENTIONS = 2000
PARALLEL_RUN = 256
#: Worker processes are forked (they read the merger as it is, nothing is pickled to them):
#: on Linux only, where fork is the default way to start one (macOS's system libraries may
#: crash in a child forked from a process with threads); elsewhere scoring stays here.
_FORK = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
#: The merger a pool's workers score for, as forked (set only while its pool runs).
_FORKED: EventMerger | None = None
#: Components of this many mentions or more may be split (average link, _split_component)
#: in forked workers when a merger with workers clusters at least PARALLEL_MIN_MENTIONS;
#: the largest few cost most of it (t17-dev's three largest, 5,168, 1,329 and 882
#: mentions: 4.6 of 5.4 s).
PARALLEL_SPLIT_MIN = 200
#: Each worker's components, each as its sorted keys (set only while a pool splits).
_SPLITTING: list[list[list[Key]]] = []


def _score_run(run: tuple[int, int]) -> tuple[int, int, array[int], array[int], array[float]]:
    """In a worker: score the new mentions numbered ``run`` (first, end) of the forked
    merger, each against the candidates numbered before it; (first, candidates in all,
    each mention's count of hits, the hits' numbers, their scores), as arrays (cheap to
    send back)."""
    merger = _FORKED
    assert merger is not None
    cheap = merger._cheap
    scored = 0
    sizes, nums, got = array("l"), array("l"), array("d")
    for j in range(*run):
        m = cheap[j][4]
        cands = [i for i in merger._candidate_ids(m) if i < j]
        scored += len(cands)
        hit, score = merger._hits(m, cands)
        sizes.append(len(hit))
        nums.extend(hit)
        got.extend(score)
    return run[0], scored, sizes, nums, got


def _retold_partners(r: Rules) -> dict[str, tuple[str, ...]]:
    """Each PLOVER root's near roots (``retold_roots``), for the candidate index."""
    out: dict[str, list[str]] = {}
    for pair in r.retold_roots:  # its keys: two roots each
        for t in pair:
            out.setdefault(t, []).extend(sorted(pair - {t}))
    return {t: tuple(sorted(v)) for t, v in out.items()}


@dataclass(frozen=True, slots=True)
class CanonicalEvent:
    """One real-world event with every mention of it and every article that reported it."""

    id: str
    type: str
    date: str | None
    date_start: Day | None
    date_end: Day | None
    trigger: str
    actor: str | None
    target: str | None
    location: str | None
    sentence: str | None
    polarity: str
    mentions: tuple[Mention, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))

    @property
    def n_sources(self) -> int:
        return len(self.article_ids)

    def to_dict(self) -> dict[str, Any]:
        iso = _iso
        return {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "date_start": iso(self.date_start),
            "date_end": iso(self.date_end),
            "trigger": self.trigger,
            "actor": self.actor,
            "target": self.target,
            "location": self.location,
            "sentence": self.sentence,
            "polarity": self.polarity,
            "n_sources": self.n_sources,
            "mentions": [
                {
                    "article_id": m.article_id,
                    "event_id": m.event_id,
                    "type": m.type,
                    "trigger": m.trigger,
                    "date": m.time_value,
                    "dct": iso(m.dct),
                    "source": m.source,
                    "title": m.title,
                    "sentence": m.sentence,
                    "negated": m.negated,
                    "modality": m.modality,
                }
                for m in self.mentions
            ],
        }


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Key, Key] = {}

    def add(self, k: Key) -> None:
        self.parent.setdefault(k, k)

    def find(self, k: Key) -> Key:
        root = k
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[k] != root:  # path compression
            self.parent[k], k = root, self.parent[k]
        return root

    def union(self, a: Key, b: Key) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)  # the smaller key roots: not order-dependent
            self.parent[hi] = lo


def _fold_row(table: dict[Key, dict[Key, _N]], ga: Key, gb: Key) -> None:
    """Group ``gb`` joins ``ga`` in a symmetric table of group-to-group totals (summed pair
    scores, or counts of pairs at the threshold): ``gb``'s row and column are added to
    ``ga``'s, and the pair's own entry goes."""
    row = table[ga]
    for other, total in table.pop(gb).items():
        if other == ga:
            continue
        # the table is symmetric, bit for bit (each entry's two sides are summed alike):
        # ``other``'s entries for ga and gb are row's and ``total``, so one sum serves both
        had = row.get(other)
        row[other] = new = total if had is None else had + total
        back = table[other]
        del back[gb]
        back[ga] = new
    row.pop(gb, None)


def _split_run(at: int) -> tuple[int, list[list[list[int]]]]:
    """In a worker: the clusters of the components of _SPLITTING[at] in the forked merger,
    each cluster as the places of its keys in its component's (cheap to send back; the
    parent names them with its own key objects)."""
    merger = _FORKED
    assert merger is not None
    out = []
    for keys in _SPLITTING[at]:
        place = {k: i for i, k in enumerate(keys)}
        out.append([[place[k] for k in g] for g in merger._split_component(keys)])
    return at, out


class EventMerger:
    """Add mentions (or annotations) in any order, in any batches; read canonical events.

    >>> m = EventMerger(); m.add_annotations(anns); events = m.events()
    """

    def __init__(self, rule_set: Rules | None = None, workers: int = 1) -> None:
        self.rules = rule_set or rules()
        #: processes that score a large batch of new mentions (:meth:`add`); 1: this one
        self.workers = max(1, workers)
        self.mentions: dict[Key, Mention] = {}
        self._uf = _UnionFind()
        #: the index of the mentions by day, year, word and article: each holds a mention's
        #: number (its place in _known), as a set of small ints is built and read much faster
        #: than one of key tuples (whose hash is worked out anew at each insertion)
        self._days: dict[tuple[str, int], list[int]] = {}
        self._years: dict[tuple[str, int], list[int]] = {}
        self._words: dict[tuple[str, str], list[int]] = {}
        #: (article, type block) -> its mentions: two mentions of one article are always
        #: scored, whatever their dates (one statement quoted twice, dated apart by paragraphs)
        self._arts: dict[tuple[str, str], list[int]] = {}
        self._known: list[Key] = []  # number -> key of each indexed mention
        self._kind_sets: dict[frozenset[str], frozenset[str]] = {}
        #: scored pairs above the floor, both ways: each mention's partners and their scores
        #: side by side, in the order scored (a dict per mention cost ~60 bytes a pair and
        #: way, these 16; every reader walks a row, none looks a pair up)
        self._scores: dict[Key, tuple[list[Key], array[float]]] = {}
        self._split: dict[Key, list[list[Key]]] = {}  # component root -> its clusters (cache)
        #: what the cheap tests of :meth:`add` read of each known mention, read once, by its
        #: number: its polarity, tokens, their norm and its loose_dating (millions of
        #: candidate pairs), the mention, its span as day numbers, whether it is
        #: plainly_dated, its kinds (triggers.kinds) and its key
        self._cheap: list[tuple[str, frozenset[str], float, int, Mention, int, int, bool,
                                frozenset[str], Key]] = []
        #: the cheap tests of the hard rules beyond one sentence, and each mention's keys
        #: for them (_profile): read when two groups are scanned for a pair kept apart
        self._cheap_links = cheap_link_tests(self.rules.cannot_link)
        self._profiles: dict[Key, Profile] = {}
        self.pairs_scored = 0

    # --- adding ---

    def add_annotations(self, anns: Iterable[Annotation]) -> None:
        for ann in anns:
            self.add(mentions_from_annotation(ann))

    def add(self, mentions: Iterable[Mention]) -> None:
        """Merge new mentions into what is there; a mention seen before is ignored.

        Each new mention is scored against the mentions known before it (those added
        earlier, in this call or before). With ``workers`` above 1 and at least
        ``PARALLEL_MIN_MENTIONS`` new ones, worker processes score them (:meth:`_add_forked`)
        and the scores are taken in here in the same order: the same state as one process."""
        known = self.mentions
        if self.workers > 1 and _FORK is not None:
            batch = list(mentions)
            if len(batch) >= PARALLEL_MIN_MENTIONS:
                self._add_forked(batch)
                return
            mentions = batch
        for m in mentions:
            key = m.key  # one tuple per mention, shared by every table below (memory)
            if key in known:
                continue
            self._uf.add(key)
            cands = self._candidate_ids(m)
            self.pairs_scored += len(cands)
            self._take(key, *self._hits(m, cands))
            self._know(m, key)

    def _hits(self, m: Mention, cands: Iterable[int]) -> tuple[list[int], list[float]]:
        """The candidates (numbers) ``m`` is scored with at the floor or the threshold,
        whichever is lower, and their scores, in the order of ``cands``."""
        r, cheap = self.rules, self._cheap
        least = min(r.limits["score_floor"], r.threshold)
        # the cheap tests pair_verdict would veto a pair by, asked first (millions of pairs):
        # LOOSELY_APART of the two mentions' loose_dating (kept in self._cheap), and
        # shares_enough, of which enough shared words is the first step
        min_shared, wide_text = r.limits["min_shared_tokens"], r.limits["wide_text"]
        gap_days = r.limits["date_gap_days"]
        pol, toks, norm = m.polarity, m.tokens, m.norm
        apart = LOOSELY_APART[loose_dating(m, r)]
        art, etype, t_key, t_classes = m.article_id, m.type, m.trigger_key, m.trigger_classes
        own_day = m.date_start is not None and m.time_how in ANCHORED
        lo, hi = (m.span[0].toordinal(), m.span[1].toordinal()) if m.span else (0, 0)
        plain = plainly_dated(m, r)
        meets = kind_partners(m, r)  # kinds_meet against each candidate's kinds
        nums: list[int] = []
        got: list[float] = []
        for i in cands:  # in no set order: what follows is the same in any
            o_pol, o_toks, o_norm, o_dating, o, o_lo, o_hi, o_plain, o_kinds, _ = cheap[i]
            if pol != o_pol:  # cheap vetoes first
                continue
            common = toks & o_toks  # the text feature reads them again (pair_verdict)
            shared = len(common)
            text = shared / (norm * o_norm) if shared else 0.0
            if apart[o_dating] and text < wide_text:
                continue  # loosely dated apart: pair_verdict would veto it
            # same_trigger, written out and asked once a pair (shares_enough, the vetoes
            # and the score read it)
            same = (t_key == o.trigger_key or not t_classes.isdisjoint(o.trigger_classes)
                    or (etype != o.type and not meets.isdisjoint(o_kinds)))
            if shared < min_shared:
                if not (same or (own_day and etype == o.type and o.time_how in ANCHORED
                                 and m.date_start == o.date_start
                                 and m.date_end == o.date_end)):
                    continue  # pair_verdict would veto it: nothing shared
            near = not (o_lo - hi > gap_days or lo - o_hi > gap_days)
            if not near and art != o.article_id and date_veto(m, o, text, r):
                # days apart (most by date_veto): any veto ends the pair, whichever the
                # chain names first, and of two articles nothing comes before the chain
                continue
            s, why = pair_verdict(m, o, r, shared, same, common, near and plain and o_plain)
            if why is None and s >= least:
                nums.append(i)
                got.append(s)
        return nums, got

    def _take(self, key: Key, nums: Sequence[int], got: Sequence[float]) -> None:
        """Keep the new mention ``key``'s scored pairs (:meth:`_hits`): those at the
        threshold join components, those at the floor go into both mentions' rows."""
        floor, threshold = self.rules.limits["score_floor"], self.rules.threshold
        uf, split, known, scores = self._uf, self._split, self._known, self._scores
        kept: list[tuple[Key, float]] = []
        for i, s in zip(nums, got, strict=True):
            other = known[i]
            if s >= floor:
                kept.append((other, s))
            if s >= threshold:  # the union's root is the smallest key: any order
                if split:  # cached clusters of the components it joins are stale
                    split.pop(uf.find(other), None)
                    split.pop(uf.find(key), None)
                uf.union(key, other)
        if kept:
            # rows in the partners' key order, as scored before (the sums of a lone
            # mention's scores in _attach add them in row order)
            kept.sort(key=_first)  # each partner once: by key alone, the same order
            partners, values = scores.get(key) or scores.setdefault(key, ([], array("d")))
            for other, s in kept:  # _link, inline: millions of pairs
                partners.append(other)
                values.append(s)
                row = scores.get(other)
                if row is None:
                    row = scores[other] = ([], array("d"))
                row[0].append(key)
                row[1].append(s)

    def _add_forked(self, mentions: list[Mention]) -> None:
        """:meth:`add` with the scoring in ``workers`` forked processes. Every new mention
        is indexed first; a worker scores a run of them, each against the candidates
        numbered before it (those it was known after, as :meth:`add` finds them one by
        one), and sends back numbers and scores; they are taken in here run by run, in
        order, as one process takes them. The workers read this merger as forked (nothing
        is sent to them but the runs' bounds) and end with the pool, on errors too."""
        global _FORKED
        known = self.mentions
        first = len(self._known)
        for m in mentions:
            key = m.key
            if key not in known:
                self._uf.add(key)
                self._know(m, key)
        last = len(self._known)
        if last == first:  # every one known before: nothing to score
            return
        n = self.workers
        # runs small enough to share out evenly (a later mention has more candidates)
        step = max(1, min(PARALLEL_RUN, -(-(last - first) // (4 * n))))
        runs = [(lo, min(lo + step, last)) for lo in range(first, last, step)]
        _FORKED = self
        try:
            assert _FORK is not None
            with _FORK.Pool(min(n, len(runs)), initializer=gc.disable) as pool:
                for lo, scored, sizes, nums, got in pool.imap(_score_run, runs):
                    self.pairs_scored += scored
                    at = 0
                    for j, size in enumerate(sizes, lo):
                        self._take(self._known[j], nums[at:at + size], got[at:at + size])
                        at += size
        finally:
            _FORKED = None

    def _know(self, m: Mention, key: Key) -> None:
        """Keep a mention (its key as given) and index it."""
        self.mentions[key] = m
        span = m.span  # as day numbers: add reads the gap of most candidate pairs
        lo, hi = (span[0].toordinal(), span[1].toordinal()) if span else (0, 0)
        r = self.rules
        own = kinds(m)  # one kept copy of each set of kinds (few differ: memory)
        own = self._kind_sets.setdefault(own, own)
        self._cheap.append((m.polarity, m.tokens, m.norm, loose_dating(m, r), m, lo, hi,
                            plainly_dated(m, r), own, key))
        self._index(m, key)  # its number: the place just taken in _cheap and _known

    def drop_mentions(self) -> None:
        """Let go of the Mentions (their memory), keeping the scores: after this only what
        the scored pairs and the union of them say can be read (:meth:`iter_pairs`)."""
        self.mentions.clear()
        self._cheap.clear()
        self._profiles.clear()

    def restore(self, mentions: Iterable[Mention], pairs: Iterable[tuple[Key, Key, float]]) -> None:
        """Take back mentions merged before with the pairs :meth:`pairs` gave for them,
        without scoring again: the state is the one :meth:`add` left, so adding new
        mentions afterwards scores only those (a store's incremental update). Each pair
        is given once, as :meth:`pairs` lists them."""
        threshold, known, scores = self.rules.threshold, self.mentions, self._scores
        for m in mentions:
            key = m.key
            if key not in known:
                self._uf.add(key)
                self._know(m, key)
        own = {k: k for k in known}  # a pair's keys as the tables hold them: one tuple each
        union = self._uf.union
        for a, b, s in pairs:
            a, b = own.get(a), own.get(b)  # type: ignore[assignment]
            if a is not None and b is not None:
                for x, y in ((a, b), (b, a)):  # _link, inline: millions of pairs
                    row = scores.get(x)
                    if row is None:
                        row = scores[x] = ([], array("d"))
                    row[0].append(y)
                    row[1].append(s)
                if s >= threshold:  # a kept pair has no veto: add() joined it
                    union(a, b)
        self._split.clear()

    def pairs(self, keys: Iterable[Key] | None = None) -> list[tuple[Key, Key, float]]:
        """Scored pairs (smaller key first) -- all, or those touching ``keys`` -- as
        :meth:`restore` takes them back (each once, in no set order)."""
        return list(self.iter_pairs(keys))

    def iter_pairs(self, keys: Iterable[Key] | None = None) -> Iterator[tuple[Key, Key, float]]:
        """:meth:`pairs` one at a time (a store's millions are written in chunks)."""
        scores = self._scores
        if keys is None:
            for a, (partners, values) in scores.items():
                for b, s in zip(partners, values, strict=True):
                    if a < b:
                        yield a, b, s
            return
        mine = set(keys)  # a pair inside ``keys`` is listed once, from its smaller key
        for a in mine:
            for b, s in self._row(a):
                if a < b:
                    yield a, b, s
                elif b not in mine:
                    yield b, a, s

    def partners(self, keys: Iterable[Key]) -> set[Key]:
        """The mentions scored with any of ``keys`` (at or above the floor), not in ``keys``."""
        mine = set(keys)
        return {o for k in mine for o, _ in self._row(k) if o not in mine}

    def _row(self, k: Key) -> Iterable[tuple[Key, float]]:
        """The scored partners of ``k`` with their scores."""
        row = self._scores.get(k)
        return zip(row[0], row[1], strict=True) if row else ()

    def _types(self, m: Mention) -> list[str]:
        """The index blocks ``m`` can meet: its type, the types the rules list as compatible
        with it, and the act an intention names (similarity.veto accepts each)."""
        t = m.type
        out = [t] + sorted(x for p in self.rules.compatible if t in p for x in p if x != t)
        out += [x for x in self._kind_blocks(m) if x not in out]
        return out + [m.planned] if m.planned and m.planned not in out else out

    def _kind_blocks(self, m: Mention) -> list[str]:
        """The blocks of the other kinds ``m``'s kinds meet (similarity.kinds_meet): an
        occurrence's class meets a PLOVER root, a root's trigger class an occurrence class."""
        own = kinds(m)
        out = set()
        for p in self.rules.kinds:
            if own & p:
                for x in p - own:
                    out.add(x if x.startswith("occ.") else x.split(".")[0])
        return sorted(out)

    @staticmethod
    def _block(m: Mention) -> str:
        """The index's type key: the PLOVER root, or the occurrence's class ('the spill'
        never meets 'the quake' in the index, since the pair relation refuses them)."""
        return m.occurrence_class or m.type

    def narrow(self, m: Mention) -> bool:
        """Spans up to ``coarse_span_days`` (days, weeks, months) are indexed day by day;
        wider ones (a year, a decade) by year, and the two kinds never meet."""
        span = m.span
        return span is not None and (span[1] - span[0]).days < self.rules.limits["coarse_span_days"]

    def _keys(self, m: Mention, t: str, pad: int) -> list[tuple[str, int]]:
        """Index keys of ``m`` under type ``t``: days for narrow spans, years for coarse ones.

        Coarse spans (a year, a decade) only ever pair with coarse spans (the
        similarity vetoes the rest), so the two never need to meet here."""
        span = m.span
        assert span is not None
        lo, hi = span[0] - timedelta(days=pad), span[1] + timedelta(days=pad)
        if self.narrow(m):
            return [(t, d) for d in range(lo.toordinal(), hi.toordinal() + 1)]
        return [(t, y) for y in range(lo.year, hi.year + 1)]

    def _index(self, m: Mention, key: Key) -> None:
        block = self._block(m)
        n = len(self._known)
        self._known.append(key)
        self._arts.setdefault((m.article_id, block), []).append(n)
        if m.date_start is None:
            for t in (block, m.planned) if m.planned and m.planned != block else (block,):
                for w in m.tokens:
                    self._words.setdefault((t, w), []).append(n)
            return
        table = self._days if self.narrow(m) else self._years
        for t in (block, m.planned) if m.planned and m.planned != block else (block,):
            for k in self._keys(m, t, 0):
                table.setdefault(k, []).append(n)

    def candidates(self, m: Mention) -> set[Key]:
        """Every indexed mention the pair relation could accept (the index is exact, not lossy):
        those :meth:`add` scores ``m`` against."""
        known = self._known
        return {known[i] for i in self._candidate_ids(m)}

    def _candidate_ids(self, m: Mention) -> set[int]:
        """:meth:`candidates` as the mentions' numbers."""
        found: set[int] = set()
        lim = self.rules.limits
        pad = int(lim["date_gap_days"])
        if m.time_how.startswith(defaulted_dating(self.rules)) or m.time_how in ANCHORED:
            pad = max(pad, int(lim.get("dct_gap_days", 0)))  # see dates.date_veto
        block = self._block(m)
        for t in self._types(m) if block == m.type else [block, *self._kind_blocks(m)]:
            found.update(self._arts.get((m.article_id, t), ()))
            if m.date_start is None:
                for w in m.tokens:
                    found.update(self._words.get((t, w), ()))
                continue
            table = self._days if self.narrow(m) else self._years
            for k in self._keys(m, t, pad):
                found.update(table.get(k, ()))
        if m.date_start is not None and block == m.type:
            self._near_roots(m, found)
        return found

    def _near_roots(self, m: Mention, found: set[int]) -> None:
        """Add the mentions of the roots ``retold_roots`` pairs with ``m``'s that its span's
        first day finds: 'retold' joins them only on one exact span, which that day's key
        holds (one key a root, not the padded days: few pairs more to score)."""
        near = self.rules.derived("retold_partners", _retold_partners).get(m.type)
        if near:
            table = self._days if self.narrow(m) else self._years
            for t in near:
                found.update(table.get(self._keys(m, t, 0)[0], ()))

    def meeting(self, stored: Iterable[Mention], new: Iterable[Mention]) -> set[Key]:
        """The mentions of ``stored`` that an index of them offers a dated mention of ``new``
        as candidates (:meth:`candidates`), read in an index of their own (this merger keeps
        nothing of them). The index reads a dated mention's span, type, rule and occurrence
        class only, so ``stored`` may be mentions built of those fields alone: a store's
        update finds the kept mentions its new ones meet without building them
        (:func:`dateline.merge.persist.update`)."""
        index = EventMerger(self.rules)
        for m in stored:
            index._index(m, m.key)
        found: set[Key] = set()
        for m in new:
            if m.span is not None:
                found |= index.candidates(m)
        return found

    # --- reading ---

    def components(self) -> dict[Key, list[Key]]:
        comps: dict[Key, list[Key]] = {}
        for k in self.mentions:
            comps.setdefault(self._uf.find(k), []).append(k)
        return comps

    def _split_component(self, keys: list[Key]) -> list[list[Key]]:
        """Average-link agglomeration inside one component (see the module docstring).

        Each group keeps the summed scores to its neighbouring groups, so a join
        costs the neighbours of the smaller group, not a scan of both groups' pairs."""
        if len(keys) == 1:
            return [keys]
        t, link = self.rules.threshold, self.rules.limits["average_link"]
        edges = sorted(  # best first, then by keys: (-score, a, b) sorts as wanted
            (-s, a, b)
            for a in keys
            for b, s in self._row(a)
            if a < b and s >= t
        )
        head = {k: k for k in keys}  # mention -> its group's name (a member key)
        members: dict[Key, list[Key]] = {k: [k] for k in keys}
        # places, rungs and tally days: groups they keep apart never join
        marks = GroupMarks.of(((k, (k,)) for k in keys), self.mentions, self.rules)
        scan = self._scan_of(keys)
        # each scanned group's index (apart.GroupLinks), made when first scanned and kept
        # as groups join: a large group meets many small ones
        links: dict[Key, GroupLinks] = {}
        sums: dict[Key, dict[Key, float]] = {
            k: {o: s for o, s in self._row(k) if o in head} for k in keys
        }
        # pairs at the threshold between two groups (dense_link_min_size, _dense)
        dense_min = int(self.rules.limits.get("dense_link_min_size", 0))
        hits: dict[Key, dict[Key, int]] = (
            {k: {o: 1 for o, s in self._row(k) if o in head and s >= t} for k in keys}
            if dense_min else {})
        # group -> the key its rows of sums and hits are filed under: of two groups joining,
        # the larger row stays and the smaller is folded into it (_fold_row's cost), whichever
        # group keeps its name (the sums are the same: each entry adds the same two totals)
        rid = {k: k for k in keys}
        for _s, a, b in edges:
            ga, gb = head[a], head[b]
            if ga == gb:
                continue
            na, nb = len(members[ga]), len(members[gb])
            ra, rb = rid[ga], rid[gb]
            if sums[ra].get(rb, 0.0) / (na * nb) < link and not (
                    dense_min and self._dense(na, nb, hits[ra].get(rb, 0), dense_min)):
                continue
            if marks.apart(ga, gb):
                continue  # 'a case in Denmark' and 'cases in the US', however linked
            if scan.may_hold(ga, gb) and self._kept_apart(
                    members[ga], members[gb],
                    self._links_of(links, gb if na <= nb else ga, members)):
                continue  # a pair a hard rule keeps apart (two acts of one sentence)
            if na < nb:
                ga, gb = gb, ga  # fold the smaller group into the larger
            self._fold_links(links, ga, gb, members[gb])
            marks.fold(ga, gb)
            scan.fold(ga, gb)
            for k in members[gb]:
                head[k] = ga
            members[ga].extend(members.pop(gb))
            keep, gone = rid[ga], rid.pop(gb)
            if len(sums[keep]) < len(sums[gone]):
                keep, gone = gone, keep
                rid[ga] = keep
            _fold_row(sums, keep, gone)
            if hits:
                _fold_row(hits, keep, gone)
        return sorted(sorted(g) for g in members.values())

    def _scan_of(self, keys: list[Key]) -> GroupScan:
        """When the one-mention groups of ``keys`` are scanned for a pair a hard rule keeps
        apart (_kept_apart): only when one may be there. That is when they share a sentence
        (two mentions of one sentence can be kept apart by any reason), or when both hold a
        mention that a reason can keep apart from a mention of another sentence ('afar').
        No mention can when every cannot-link reason is of two mentions of one sentence;
        every one can when some other reason has no cheap test; else those some cheap test
        can hold for (keys not None: a named actor for 'roles crossed', a reply type for
        'reply': similarity.cheap_link_tests). With a reason of two mentions of one article
        ('another one') in the rules, groups are also scanned when they share an article
        and one holds a mention told as one more (similarity.one_more_told), as a total
        (tallies.told_total), a verb dated to a day (acts.verb_dated: 'verbs days apart'),
        a plan (acts.planned_verb) or a sum of aid or of a deal (acts.told_sum: 'two sums')."""
        hard, r, ms = self.rules.cannot_link, self.rules, self.mentions
        near = hard <= SENTENCE_LINKS | ARTICLE_LINKS
        articles: dict[Key, set[str]] = {}
        more: dict[Key, bool] = {}
        if hard & ARTICLE_LINKS:
            articles = {k: {k[0]} for k in keys}
            more = {k: one_more_told(ms[k], r) or told_total(ms[k], r)
                    or tally_place(ms[k], r) is not None
                    or verb_dated(ms[k], r) or planned_verb(ms[k])
                    or told_sum(ms[k], r) for k in keys}
        if near or self._cheap_links is None:
            afar = dict.fromkeys(keys, not near)
        else:
            afar = {k: bool(self._profile(k)[1]) for k in keys}
        return GroupScan({k: {self._sentence(k)} for k in keys}, articles, more, afar)

    def _fold_links(self, links: dict[Key, GroupLinks], ga: Key, gb: Key,
                    joining: list[Key]) -> None:
        """Group ``gb`` (its members ``joining``) joins ``ga``: a kept index of ``ga`` takes
        them in, ``gb``'s own index goes."""
        if ga in links:
            if gb in links:
                links[ga].absorb(links.pop(gb))
            else:
                for k in joining:
                    links[ga].add(k, self._profile(k))
        else:
            links.pop(gb, None)

    def _dense(self, na: int, nb: int, hits: int, dense_min: int) -> bool:
        """Two groups of ``dense_min`` mentions or more that ``hits`` pairs at the threshold
        tie together, at least ``dense_link_ratio`` per mention of the smaller: one event
        told in two large groups (the quake's reports of its first week and of the weeks
        after), whose mean over all their pairs stays under ``average_link`` only because
        most of the pairs lie days apart, unscored. A chain through one hub report ties two
        groups by a pair or two, never by one per mention. A lone mention joins a group it
        has ``dense_link_single`` pairs at the threshold with, however large the group."""
        small = min(na, nb)
        single = self.rules.limits.get("dense_link_single", 0)
        if small == 1 and single and hits >= single:
            return True
        return small >= dense_min and hits >= self.rules.limits["dense_link_ratio"] * small

    def _kept_apart(self, ga: list[Key], gb: list[Key], index: GroupLinks | None = None) -> bool:
        """Some mention of one group and some of the other are a pair a hard rule keeps
        apart (:func:`~dateline.merge.similarity.cannot_link`: two acts of one sentence,
        'returning fire after being shot at', however many other reports link the two).
        Two mentions of one sentence are read whether scored or not; for the other reasons
        (vetoes) only unscored pairs are, since a scored pair passed every veto. ``index``:
        the larger group's (the second's on a tie), when the caller keeps one."""
        hard = self.rules.cannot_link
        if not hard:
            return False
        r, ms = self.rules, self.mentions
        where = self._article if hard & ARTICLE_LINKS else self._sentence
        if hard <= SENTENCE_LINKS | ARTICLE_LINKS:  # only mentions of one sentence (article)
            by_sentence: dict[tuple[str, int] | str, list[Key]] = {}
            for b in gb:
                by_sentence.setdefault(where(b), []).append(b)
            return any(cannot_link(ms[a], ms[b], r)
                       for a in ga for b in by_sentence.get(where(a), ()))
        cheap = self._cheap_links
        if cheap is None:
            for a in ga:
                near = self._scored_with(a)
                ma = ms[a]
                for b in gb:
                    mb = ms[b]
                    if (b not in near or mb.sentence_index == ma.sentence_index
                            or (where is self._article and mb.article_id == ma.article_id)):
                        if cannot_link(ma, mb, r):
                            return True
            return False
        # Every reason beyond one sentence has a cheap test: the mentions of the smaller
        # group are looked up in an index of the larger (apart.GroupLinks), which offers
        # only the pairs of one article (sentence) and those a cheap test may hold for
        # (the answer is the same as reading every pair; this scan is the merge's hottest)
        small, large = (ga, gb) if len(ga) <= len(gb) else (gb, ga)
        return apart_through(small, index or self._group_links(large), small is ga, ms,
                             self._profile, self._scored_with, cheap, r)

    def _profile(self, k: Key) -> Profile:
        """A mention's place in a group's index (apart.Profile), worked out once."""
        got = self._profiles.get(k)
        if got is None:
            m, r = self.mentions[k], self.rules
            place = m.article_id if r.cannot_link & ARTICLE_LINKS else m.sentence_index
            tests = tuple((i, *keys) for i, (_t, make) in enumerate(self._cheap_links or ())
                          if (keys := make(m, r)) is not None)
            got = self._profiles[k] = (place, tests)
        return got

    def _links_of(self, links: dict[Key, GroupLinks], g: Key,
                  members: dict[Key, list[Key]]) -> GroupLinks | None:
        """Group ``g``'s index, made now if not kept (None when no scan reads one)."""
        if self._cheap_links is None or self.rules.cannot_link <= SENTENCE_LINKS | ARTICLE_LINKS:
            return None
        got = links.get(g)
        if got is None:
            got = links[g] = self._group_links(members[g])
        return got

    def _group_links(self, keys: Iterable[Key]) -> GroupLinks:
        index = GroupLinks()
        for k in keys:
            index.add(k, self._profile(k))
        return index

    def _article(self, k: Key) -> str:
        return self.mentions[k].article_id

    def _sentence(self, k: Key) -> tuple[str, int]:
        m = self.mentions[k]
        return m.article_id, m.sentence_index

    def _scored_with(self, k: Key) -> frozenset[Key]:
        """The mentions ``k`` has a scored pair with (none of them vetoed)."""
        row = self._scores.get(k)
        return frozenset(row[0]) if row else frozenset()

    def _groups(self, keys: Iterable[Key] | None = None) -> list[list[Key]]:
        """Clusters of every mention, or of ``keys`` only -- a set closed under the scored
        pairs (no pair leads out of it), as the clusters of such a set depend on its own
        mentions and pairs only: steps 1 and 2 work inside a component of pairs at the
        threshold, step 3 moves a lone mention along its scored pairs."""
        out: list[list[Key]] = []
        if keys is None:
            comps = self.components()
        else:
            comps = {}
            for k in keys:
                comps.setdefault(self._uf.find(k), []).append(k)
        self._split_all({root: sorted(members) for root, members in comps.items()
                         if root not in self._split})
        for root in comps:
            out.extend(self._split[root])
        out = one_named_group(self._attach(out), self.mentions, self.rules, self._row,
                              self._refused)
        return going_split(out, self.mentions, self.rules)

    def _refused(self, k: Key, group: list[Key]) -> bool:
        """Mention ``k`` may not join ``group``: placed apart from it, naming another rung,
        or a pair a hard rule keeps apart (what keeps two groups apart in steps 2 and 3)."""
        marks = GroupMarks.of(((group[0], group), (k, (k,))), self.mentions, self.rules)
        return marks.apart(group[0], k) or self._kept_apart([k], group)

    def _split_all(self, todo: dict[Key, list[Key]]) -> None:
        """Split the components ``todo`` (root -> sorted keys) into the cache, shared out
        (:meth:`_split_plan`) between this process and forked workers, which read the
        merger as forked: the clusters are those of one process."""
        plan = self._split_plan(todo)
        if not plan:
            for root, keys in todo.items():
                self._split[root] = self._split_component(keys)
            return
        global _FORKED, _SPLITTING
        _FORKED, _SPLITTING = self, [[todo[r] for r in roots] for roots in plan]
        try:
            assert _FORK is not None
            with _FORK.Pool(len(plan), initializer=gc.disable) as pool:
                done = pool.imap_unordered(_split_run, range(len(plan)))  # started now
                forked = {r for roots in plan for r in roots}
                for root, keys in todo.items():
                    if root not in forked:
                        self._split[root] = self._split_component(keys)
                for at, splits in done:
                    for root, groups in zip(plan[at], splits, strict=True):
                        keys = todo[root]
                        self._split[root] = [[keys[i] for i in g] for g in groups]
        finally:
            _FORKED, _SPLITTING = None, []

    def _split_plan(self, todo: dict[Key, list[Key]]) -> list[list[Key]]:
        """The roots each forked worker splits (none: all here). Only with workers, at least
        PARALLEL_MIN_MENTIONS mentions to cluster and components of PARALLEL_SPLIT_MIN or
        more; those go, the costliest first, to whichever of this process and ``workers - 1``
        workers has the least work yet, this one starting with the smaller components. A
        split's cost is about its mentions' scored pairs (the sums it folds)."""
        if (self.workers < 2 or _FORK is None
                or sum(map(len, todo.values())) < PARALLEL_MIN_MENTIONS):
            return []
        scores = self._scores

        def cost(keys: list[Key]) -> int:
            return len(keys) + sum(len(scores[k][0]) for k in keys if k in scores)

        big = [(cost(ks), r) for r, ks in todo.items() if len(ks) >= PARALLEL_SPLIT_MIN]
        if not big:
            return []
        here = sum(cost(ks) for ks in todo.values() if len(ks) < PARALLEL_SPLIT_MIN)
        plan: list[list[Key]] = [[] for _ in range(self.workers - 1)]
        work = [0] * len(plan)
        for c, root in sorted(big, key=lambda x: -x[0]):
            i = min(range(len(work)), key=work.__getitem__)
            if here <= work[i]:
                here += c
            else:
                plan[i].append(root)
                work[i] += c
        return [roots for roots in plan if roots]

    def _attach(self, groups: list[list[Key]]) -> list[list[Key]]:
        """A mention left alone joins the event it is weakly like in many reports: scored
        with at least ``attach_min_pairs`` of the group's mentions (each pair under the
        threshold, none vetoed), at a mean of ``attach_link`` or more over all the group's
        mentions (unscored ones count 0). One report rarely says enough to be matched on
        its own ('officers had been attacked with bottles' shares no name or figure with
        'clashes at Gate 4 left dozens injured'), but resembling every report of that
        day's clash is evidence that adds up. A back-reference ('the quake' in a later
        report; Mention.back_reference), or a group of fewer than ``attach_min_pairs``
        back-references (two copies of one report), joins instead on ``attach_min_pairs``
        pairs of ``reference_score`` or more with the group, however large. Only such small
        groups join, each to its best group of step 2 (mean, then smallest key), in one
        pass: no chains, so the result stays a function of the set of mentions."""
        r = self.rules
        need = r.limits.get("attach_min_pairs")
        link = r.limits.get("attach_link")
        told = r.limits.get("reference_score", 1.0)
        if not need or link is None:
            return groups
        head = {k: g[0] for g in groups for k in g}
        size = {g[0]: len(g) for g in groups}
        members = {g[0]: g for g in groups}
        marks = GroupMarks.of(((g[0], g) for g in groups), self.mentions, r)
        moves: dict[Key, list[Key]] = {}
        for g in groups:
            back = all(self.mentions[k].back_reference for k in g)
            if len(g) != 1 and not (back and len(g) < need):
                continue
            totals: dict[Key, list[float]] = {}
            for other, score in (x for k in g for x in self._row(k)):
                h = head[other]
                if h != g[0] and size[h] >= need and not marks.apart(g[0], h):
                    t = totals.setdefault(h, [0.0, 0.0, 0.0])
                    t[0] += score
                    t[1] += 1
                    t[2] += score >= told
            # a back-reference ('the quake' in a later report) joins on its count of pairs
            # alike enough: over a group of hundreds, its reports of other days, a mean says
            # nothing
            best = min(
                ((-t[0] / size[h], h) for h, t in totals.items()
                 if t[1] >= need and ((len(g) == 1 and t[0] / size[h] >= link)
                                      or (back and t[2] >= need))
                 and not self._kept_apart(g, members[h])),
                default=None,
            )
            if best is not None:
                moves.setdefault(best[1], []).extend(g)
        if not moves:
            return groups
        moved = {k for ks in moves.values() for k in ks}
        return [sorted(g + moves.get(g[0], [])) for g in groups if g[0] not in moved]

    def clusters(self) -> list[list[Mention]]:
        """Mentions grouped by event, each group and the list in canonical order."""
        out = [sorted((self.mentions[k] for k in g), key=Mention.sort_key) for g in self._groups()]
        out.sort(key=lambda g: g[0].sort_key())
        return out

    def cluster_ids(self, keys: Iterable[Key] | None = None) -> dict[Key, Key]:
        """Every mention's key -> the smallest key of its cluster (a stable cluster name);
        with ``keys`` (a set no scored pair leads out of) those mentions' only: a store's
        update re-clusters the mentions the new ones reach, and keeps the other clusters."""
        return {k: g[0] for g in self._groups(keys) for k in g}

    def events(self) -> list[CanonicalEvent]:
        """Canonical events in timeline order (date, then type, then first report)."""
        return events_of(self.clusters())


def events_of(groups: Iterable[list[Mention]]) -> list[CanonicalEvent]:
    """Canonical events of mention groups (each one event), in timeline order (date, then
    type, then first report)."""
    evs = [canonical(sorted(g, key=Mention.sort_key)) for g in groups]
    evs.sort(key=_event_order)
    return evs


def _event_order(e: CanonicalEvent) -> tuple[Any, ...]:
    return (
        e.date_start is None,
        e.date_start or date.min,
        e.date_end or date.min,
        e.type,
        e.mentions[0].sort_key(),
    )


def _vote(values: Iterable[str | None]) -> str | None:
    """Most frequent non-empty value; ties go to the one seen first (mentions are sorted)."""
    c = Counter(v for v in values if v)
    return max(c, key=lambda v: (c[v], -list(c).index(v))) if c else None


def canonical(group: list[Mention]) -> CanonicalEvent:
    """The event a cluster describes: the date most articles give, the majority type and names.

    The date is voted by articles (an article counts once), ties go to the
    narrowest span, then the earliest; the representative mention is the first
    report that carries that date and type."""
    group = sorted(group, key=Mention.sort_key)
    spans: dict[tuple[date | None, date | None], set[str]] = {}
    for m in group:
        spans.setdefault((m.date_start, m.date_end), set()).add(m.article_id)

    def span_rank(s: tuple[date | None, date | None]) -> tuple[Any, ...]:
        width = (s[1] - s[0]).days if s[0] and s[1] else 10**6
        return (-len(spans[s]), s[0] is None, width, s[0] or date.min)

    span = min(spans, key=span_rank)
    etype = _vote(m.type for m in group) or group[0].type
    rep = next(
        (m for m in group if (m.date_start, m.date_end) == span and m.type == etype), group[0]
    )
    first = min(m.key for m in group)
    ident = hashlib.sha1(f"{first[0]}/{first[1]}".encode()).hexdigest()[:12]
    return CanonicalEvent(
        id=f"ev-{ident}",
        type=etype,
        date=rep.time_value,
        date_start=span[0],
        date_end=span[1],
        trigger=rep.trigger,
        actor=_vote(m.actor for m in group),
        target=_vote(m.target for m in group),
        location=_vote(m.location for m in group),
        sentence=rep.sentence,
        polarity=rep.polarity,
        mentions=tuple(group),
    )


def merge_mentions(
    mentions: Iterable[Mention], rule_set: Rules | None = None
) -> list[CanonicalEvent]:
    """One-shot merge (see :class:`EventMerger` for adding more later)."""
    m = EventMerger(rule_set)
    m.add(mentions)
    return m.events()


def merge_annotations(
    anns: Iterable[Annotation], rule_set: Rules | None = None
) -> list[CanonicalEvent]:
    """Canonical events of annotated articles."""
    m = EventMerger(rule_set)
    m.add_annotations(anns)
    return m.events()
