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
(:mod:`dateline.merge.once`), join a definite noun to the one verb of its act told before it
(:mod:`dateline.merge.told_back`) and a lone verb or headline noun to the article's definite
nouns of its act (:mod:`dateline.merge.lone_tellings`), part the flow told as going on from the
spill (:func:`~dateline.merge.vetoes.going_split`), part the slick a spill left from the spill
(:func:`~dateline.merge.residue.residue_split`) and take out of a group one of two mentions of
one article that a pair veto keeps apart ('the confirmed toll' / 'suspected deaths':
:mod:`dateline.merge.eject`) and an effect span from a group holding its article's telling
of the occurrence ('affected by the spill' / 'the spill': :mod:`dateline.merge.effect_told`);
each reads one group at a time. Last, a group holding one
case and a count of one class is parted (``limits.one_count_marks``; joins._part), and an
article's tellings of one death or toll the parting split are gathered again
(:mod:`dateline.merge.one_death`), never a single case or a figure the group lacks
(joins._refused_parted).

Steps 2 and 3 live in :mod:`dateline.merge.joins` (a mixin of :class:`EventMerger`), the
event a finished group describes in :mod:`dateline.merge.canonical_event`.

:class:`EventMerger` keeps an index of the mentions it has seen -- dated ones
by (type, day), undated ones by (type, content word), every one by (article,
type): :mod:`dateline.merge.candidate_index`, its base -- so adding an article compares
its mentions only with the few that could match, and only the components it touched are
re-clustered: no full rebuild. With workers, a large batch is scored and the largest
components split in forked processes (:mod:`dateline.merge.forked`, a mixin), with the
same result as one process.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

from dateline.merge.apart import Profile
from dateline.merge.articles import mentions_from_annotation
from dateline.merge.candidate_index import CandidateIndex
from dateline.merge.canonical_event import CanonicalEvent, events_of

# re-exported: the package imports canonical, and _fold_row's tests import it, from here
from dateline.merge.canonical_event import canonical as canonical
from dateline.merge.effect_told import effect_leave
from dateline.merge.eject import eject_vetoed
from dateline.merge.forked import ForkedWork
from dateline.merge.joins import GroupJoins
from dateline.merge.joins import _fold_row as _fold_row
from dateline.merge.lone_tellings import lone_tellings
from dateline.merge.mention import Mention
from dateline.merge.once import one_named_group
from dateline.merge.one_death import one_death_group
from dateline.merge.recalled import recalled_leave
from dateline.merge.residue import residue_split
from dateline.merge.rules import Rules, rules
from dateline.merge.similarity import (
    ANCHORED,
    LOOSELY_APART,
    cheap_link_tests,
    date_veto,
    kinds,
    loose_dating,
    pair_verdict,
    plainly_dated,
)
from dateline.merge.told_again import told_again_group
from dateline.merge.told_back import told_back
from dateline.merge.triggers import kind_partners
from dateline.merge.union_find import UnionFind
from dateline.merge.vetoes import going_split
from dateline.model import Annotation

Key = tuple[str, str]
_first = itemgetter(0)


class EventMerger(CandidateIndex, ForkedWork, GroupJoins):
    """Add mentions (or annotations) in any order, in any batches; read canonical events.

    >>> m = EventMerger(); m.add_annotations(anns); events = m.events()
    """

    def __init__(self, rule_set: Rules | None = None, workers: int = 1) -> None:
        super().__init__(rule_set or rules())  # the candidate index (its _known numbers)
        #: processes that score a large batch of new mentions (:meth:`add`); 1: this one
        self.workers = max(1, workers)
        self.mentions: dict[Key, Mention] = {}
        self._uf = UnionFind()
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
        todo = self._add_in_workers(mentions)
        if todo is None:  # scored in forked workers
            return
        for m in todo:
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

    def _know_new(self, mentions: Iterable[Mention]) -> None:
        """Keep and index each of ``mentions`` not known yet, unscored, each its own group
        (:meth:`restore` takes back scores kept; the forked add scores them after)."""
        known = self.mentions
        for m in mentions:
            key = m.key
            if key not in known:
                self._uf.add(key)
                self._know(m, key)

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
        self._know_new(mentions)
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
        out = told_again_group(out, self.mentions, self.rules, self._row, self._refused)
        out = told_back(out, self.mentions, self.rules, self._refused)
        out = lone_tellings(out, self.mentions, self.rules, self._row, self._refused)
        out = one_death_group(out, self.mentions, self.rules, self._row, self._refused)
        out = going_split(out, self.mentions, self.rules)
        out = residue_split(out, self.mentions, self.rules)
        out = eject_vetoed(out, self.mentions, self.rules, self._row)
        out = effect_leave(out, self.mentions, self.rules, self._row)
        out = recalled_leave(out, self.mentions, self.rules, self._row)
        return one_death_group(self._part(out), self.mentions, self.rules, self._row,
                               self._refused_parted)

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
