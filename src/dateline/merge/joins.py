"""When two groups of mentions inside one component join (steps 2 and 3 of
:mod:`dateline.merge.cluster`): average-link agglomeration of a component, the attach of
lone mentions, and the scans that keep two groups apart (places, rungs, hard rules). Kept
apart from the merger's index and scoring, which decide the pairs; this reads only the
scored pairs and the mentions, so the clusters stay a function of the set of mentions.

:class:`GroupJoins` is a mixin of :class:`~dateline.merge.cluster.EventMerger`: the
attributes it declares are the merger's."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import TypeVar

from dateline.merge.acts import planned_verb, told_sum, verb_dated
from dateline.merge.apart import GroupLinks, Profile, apart_through
from dateline.merge.dates import paragraph_statement
from dateline.merge.links import CheapLink
from dateline.merge.marks import GroupMarks, GroupScan
from dateline.merge.mention import Mention
from dateline.merge.one_or_count import readings
from dateline.merge.rules import Rules
from dateline.merge.similarity import (
    ARTICLE_LINKS,
    SENTENCE_LINKS,
    cannot_link,
    one_more_told,
)
from dateline.merge.tallies import paragraph_tally, tally_place, told_total

Key = tuple[str, str]
_N = TypeVar("_N", int, float)


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


class GroupJoins:
    """Steps 2 and 3 of the merge over a merger's mentions and scored pairs."""

    rules: Rules
    mentions: dict[Key, Mention]
    _scores: dict[Key, tuple[list[Key], array[float]]]
    _cheap_links: list[CheapLink] | None
    _profiles: dict[Key, Profile]

    def _row(self, k: Key) -> Iterable[tuple[Key, float]]:
        """The scored partners of ``k`` with their scores."""
        row = self._scores.get(k)
        return zip(row[0], row[1], strict=True) if row else ()

    def _split_component(self, keys: list[Key]) -> list[list[Key]]:
        """Average-link agglomeration inside one component (step 2 of
        :mod:`dateline.merge.cluster`)."""
        return self._agglomerate(keys)

    def _agglomerate(self, keys: list[Key], counts: bool = False) -> list[list[Key]]:
        """Average-link agglomeration of ``keys`` (sorted; a component, or a finished group:
        its own pairs only); ``counts``: with the marks of one case and a count (:meth:`_part`).

        Each group keeps the summed scores to its neighbouring groups, so a join
        costs the neighbours of the smaller group, not a scan of both groups' pairs."""
        if len(keys) == 1:
            return [keys]
        t, link = self.rules.threshold, self.rules.limits["average_link"]
        head = {k: k for k in keys}  # mention -> its group's name (a member key)
        edges = sorted(  # best first, then by keys: (-score, a, b) sorts as wanted
            (-s, a, b)
            for a in keys
            for b, s in self._row(a)
            if a < b and s >= t and b in head  # a group of a component: its own pairs
        )
        members: dict[Key, list[Key]] = {k: [k] for k in keys}
        # places, rungs and tally days: groups they keep apart never join
        marks = GroupMarks.of(((k, (k,)) for k in keys), self.mentions, self.rules, counts)
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

    def _part(self, groups: list[list[Key]]) -> list[list[Key]]:
        """Each finished group that holds one case and a count of one class, or two single
        cases placed apart (``limits.one_count_marks``), or running counts of two days
        (``limits.running_count_marks``; marks.GroupMarks.torn), parted: its own mentions
        agglomerated again with those marks read, and each mention that leaves alone joins
        the part of two or more it has the most summed score with (not one the marks keep it
        apart from). The steps before never read these marks: a join they blocked left both
        sides smaller, and a smaller group's mean link to a third is higher, so the sides
        took in groups they never took in, and lone reports attached to another event.
        Parted last, the marks change only the groups they part."""
        r, ms = self.rules, self.mentions
        if not r.limits.get("one_count_marks") and not r.limits.get("running_count_marks"):
            return groups
        out: list[list[Key]] = []
        for g in groups:
            if len(g) < 2 or not GroupMarks.of(((g[0], g),), ms, r, counts=True).torn(g[0]):
                out.append(g)
                continue
            parts = self._agglomerate(sorted(g), counts=True)
            marks = GroupMarks.of(((p[0], p) for p in parts), ms, r, counts=True)
            head = {k: p[0] for p in parts if len(p) > 1 for k in p}
            taken: dict[Key, list[Key]] = {}
            for p in parts:
                if len(p) > 1:
                    continue
                sums: dict[Key, float] = {}
                for o, s in self._row(p[0]):
                    if (h := head.get(o)) is not None:
                        sums[h] = sums.get(h, 0.0) + s
                best = min(((-t, h) for h, t in sums.items() if not marks.apart(h, p[0])),
                           default=None)
                if best is None:
                    out.append(p)
                else:
                    taken.setdefault(best[1], []).extend(p)
            out.extend(sorted(p + taken.get(p[0], [])) for p in parts if len(p) > 1)
        return out

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
        (tallies.told_total), a tally dated by its paragraph (tallies.paragraph_tally:
        'tallies days apart'), a statement dated to a day by its paragraph or own words
        (dates.paragraph_statement: 'statements days apart'), a verb dated to a day
        (acts.verb_dated: 'verbs days apart'), a plan (acts.planned_verb) or a sum of aid or
        of a deal (acts.told_sum: 'two sums')."""
        hard, r, ms = self.rules.cannot_link, self.rules, self.mentions
        near = hard <= SENTENCE_LINKS | ARTICLE_LINKS
        articles: dict[Key, set[str]] = {}
        more: dict[Key, bool] = {}
        if hard & ARTICLE_LINKS:
            articles = {k: {k[0]} for k in keys}
            more = {k: one_more_told(ms[k], r) or told_total(ms[k], r)
                    or tally_place(ms[k], r) is not None or paragraph_tally(ms[k], r)
                    or paragraph_statement(ms[k], r)
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
        'firing back once shot at', however many other reports link the two).
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

    def _refused(self, k: Key, group: list[Key]) -> bool:
        """Mention ``k`` may not join ``group``: placed apart from it, naming another rung,
        or a pair a hard rule keeps apart (what keeps two groups apart in steps 2 and 3)."""
        marks = GroupMarks.of(((group[0], group), (k, (k,))), self.mentions, self.rules)
        return marks.apart(group[0], k) or self._kept_apart([k], group)

    def _refused_parted(self, k: Key, group: list[Key]) -> bool:
        """:meth:`_refused`, or ``k`` read as one case, or giving a figure ``group`` does
        not give (another count: 'the bodies of eight nationals killed in the quake' beside
        the quake's toll), or ``group`` with ``k`` in it would hold what :meth:`_part` parts
        (one case and a count of one class): several may move into one group, and none of
        them brings a single case, so the group they make is torn only if one alone tears it."""
        if self._refused(k, group):
            return True
        m = self.mentions[k]
        if any(how == "one" for _cls, how, _place in readings(m, self.rules)):
            return True
        if m.figures and not m.figures <= {f for o in group for f in self.mentions[o].figures}:
            return True  # a figure the group does not give: another count ('eight nationals')
        joined = [*group, k]
        return GroupMarks.of(((joined[0], joined),), self.mentions, self.rules,
                             counts=True).torn(joined[0])

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

