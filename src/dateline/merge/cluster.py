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

Passes over the finished groups then gather an article's story occurrence named twice
(:mod:`dateline.merge.once`), part the flow told as going on from the spill
(:func:`~dateline.merge.vetoes.going_split`) and take out of a group one of two mentions of
one article that a pair veto keeps apart ('the confirmed toll' / 'suspected deaths':
:mod:`dateline.merge.eject`); each reads one group at a time.

Steps 2 and 3 live in :mod:`dateline.merge.joins` (a mixin of :class:`EventMerger`), the
event a finished group describes in :mod:`dateline.merge.canonical_event`.

:class:`EventMerger` keeps an index of the mentions it has seen -- dated ones
by (type, day), undated ones by (type, content word), every one by (article,
type) -- so adding an article compares its mentions only with the few that could
match, and only the components it touched are re-clustered: no full rebuild.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from operator import itemgetter

from dateline.merge.apart import Profile
from dateline.merge.articles import mentions_from_annotation
from dateline.merge.canonical_event import CanonicalEvent, events_of

# re-exported: the package imports canonical, and _fold_row's tests import it, from here
from dateline.merge.canonical_event import canonical as canonical
from dateline.merge.eject import eject_vetoed
from dateline.merge.joins import GroupJoins
from dateline.merge.joins import _fold_row as _fold_row
from dateline.merge.mention import Mention
from dateline.merge.once import one_named_group
from dateline.merge.rules import Rules, rules
from dateline.merge.similarity import (
    ANCHORED,
    LOOSELY_APART,
    cheap_link_tests,
    date_veto,
    defaulted_dating,
    kinds,
    loose_dating,
    pair_verdict,
    plainly_dated,
)
from dateline.merge.triggers import kind_partners
from dateline.merge.vetoes import going_split
from dateline.model import Annotation

Key = tuple[str, str]
_first = itemgetter(0)

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


class EventMerger(GroupJoins):
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
        out = going_split(out, self.mentions, self.rules)
        return eject_vetoed(out, self.mentions, self.rules, self._row)

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
