"""The merger's candidate index (:class:`CandidateIndex`, a base of
:class:`~dateline.merge.cluster.EventMerger`): the mentions it has seen, dated ones by
(type, day) or (type, year), undated ones by (type, content word), every one by (article,
type), defaulted ones also by (type, article date, trigger word) for near copies dated
apart (merge.copies), each by its number, so that a new mention is scored only against the
few the pair relation could accept (the index is exact, not lossy)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from dateline.merge.copies import copy_key
from dateline.merge.mention import Mention
from dateline.merge.retold import trigger_words
from dateline.merge.rules import Rules
from dateline.merge.similarity import ANCHORED, defaulted_dating, kinds

Key = tuple[str, str]


def _retold_partners(r: Rules) -> dict[str, tuple[str, ...]]:
    """Each PLOVER root's near roots (``retold_roots``), for the candidate index."""
    out: dict[str, list[str]] = {}
    for pair in r.retold_roots:  # its keys: two roots each
        for t in pair:
            out.setdefault(t, []).extend(sorted(pair - {t}))
    return {t: tuple(sorted(v)) for t, v in out.items()}


class CandidateIndex:
    """The index of the mentions by day, year, word and article, under ``rules``."""

    def __init__(self, rule_set: Rules) -> None:
        self.rules = rule_set
        #: the index of the mentions by day, year, word and article: each holds a mention's
        #: number (its place in _known), as a set of small ints is built and read much faster
        #: than one of key tuples (whose hash is worked out anew at each insertion)
        self._days: dict[tuple[str, int], list[int]] = {}
        self._years: dict[tuple[str, int], list[int]] = {}
        self._words: dict[tuple[str, str], list[int]] = {}
        #: (article, type block) -> its mentions: two mentions of one article are always
        #: scored, whatever their dates (one statement quoted twice, dated apart by paragraphs)
        self._arts: dict[tuple[str, str], list[int]] = {}
        #: (type block, article date, trigger stem) -> its mentions dated by no words of
        #: their own (copies.copy_key): one line copied into articles of one date, dated
        #: days apart by their paragraphs, is scored (the date veto yields to copies)
        self._copies: dict[tuple[str, date, str], list[int]] = {}
        #: (trigger stem, span's first and last day) -> its dated mentions, any type: one word
        #: coded under two roots by two tellings of one day (retold.one_word_roots)
        self._worded: dict[tuple[str, date, date | None], list[int]] = {}
        self._known: list[Key] = []  # number -> key of each indexed mention

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
        copy = copy_key(m, self.rules)
        for t in (block, m.planned) if m.planned and m.planned != block else (block,):
            for k in self._keys(m, t, 0):
                table.setdefault(k, []).append(n)
            if copy is not None:
                self._copies.setdefault((t, *copy), []).append(n)
        for word in self._word_keys(m):
            self._worded.setdefault(word, []).append(n)

    def _word_keys(self, m: Mention) -> list[tuple[str, date, date | None]]:
        """``m``'s keys in the one-word index: its trigger's stems on its exact span (none
        unless ``limits.retold_one_word``; a dated mention)."""
        if not self.rules.limits.get("retold_one_word") or m.date_start is None:
            return []
        return [(w, m.date_start, m.date_end) for w in sorted(trigger_words(m, self.rules))]

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
        copy = copy_key(m, self.rules)
        for t in self._types(m) if block == m.type else [block, *self._kind_blocks(m)]:
            found.update(self._arts.get((m.article_id, t), ()))
            if m.date_start is None:
                for w in m.tokens:
                    found.update(self._words.get((t, w), ()))
                continue
            table = self._days if self.narrow(m) else self._years
            for k in self._keys(m, t, pad):
                found.update(table.get(k, ()))
            if copy is not None:
                found.update(self._copies.get((t, *copy), ()))
        if m.date_start is not None and block == m.type:
            self._near_roots(m, found)
        for word in self._word_keys(m):
            found.update(self._worded.get(word, ()))
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
        index = CandidateIndex(self.rules)
        for m in stored:
            index._index(m, m.key)
        found: set[Key] = set()
        for m in new:
            if m.span is not None:
                found |= index.candidates(m)
        return found
