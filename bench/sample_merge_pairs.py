"""Sample cross-article event-mention pairs from a store for labelling (issue 6 merge sets).

Usage:
  .venv/bin/python bench/sample_merge_pairs.py sample --db STORE --out PAIRS [--n 250] [--seed 17]
        [--topics bpoil_bbc bpoil_reuters]
  .venv/bin/python bench/sample_merge_pairs.py sample ... --cross-source  # two sources' pairs only
        [--exclude PAIRS...]          # none of the pairs those sets hold (a fresh set of a store)
  .venv/bin/python bench/sample_merge_pairs.py sample --tellings --db STORE --out PAIRS
        [--per-mention K]             # days told by several sources (a small story: K > 1)
  .venv/bin/python bench/sample_merge_pairs.py sample --within --db STORE --out PAIRS
        [--n 50] [--per-article 2] [--exclude PAIRS...]  # pairs of mentions of ONE article
                                      # (--exclude: none of the articles those sets name)
  .venv/bin/python bench/sample_merge_pairs.py show PAIRS [--skip N] [--count N] [--db STORE...]
                                      # blind, for labelling (--db: text from the stores);
                                      # labelled pairs only of a tuning half (eval_merge.tuning)
  .venv/bin/python bench/sample_merge_pairs.py apply PAIRS LABELS --out FILE  # 'pair s|d' lines

``sample`` writes the jsonl format of tests/merge/data/*_pairs.jsonl (pair, label, sampled,
a/b = {topic, article, sentence, start, end of the trigger}) with "label": "?" until
``apply`` fills it in. Only ids and offsets are written, never article text.

Strata ("sampled"), so that both easy and hard cases appear:

* ``score:LO-HI`` -- pairs the merger compares (its own candidate index, the exact set
  :class:`EventMerger` scores) and does not veto, binned by the shipped pair score
  (>= 0.9, 0.65-0.9, 0.4-0.65, 0.2-0.4, < 0.2); finds false positives and the borderline;
* ``unscored:REASON`` -- pairs the merger never scores: not among its candidates
  (another type, dates outside its index window) or vetoed (REASON = the veto), yet close
  -- dates (the mentions' own, else the articles') within ``--near`` days, a different
  trigger sense, and two shared content words with idf-weighted cosine >= ``--min-text`` or
  a shared person/organisation name; finds false negatives. Those with cosine >=
  ``--close-text`` (``...:close``) get CLOSE_SHARE of the unscored quota.

``--within`` samples pairs of mentions of ONE article instead (the merger joins those too:
in the BP-oil store 1,952 of its 4,222 merges); strata ``merged:direct`` / ``merged:linked``
(one event, by their own pair score or only through other mentions), ``score:LO-HI``
(scored, two events) and ``unscored:REASON`` as above; each article at most
``--per-article`` times (tests/merge/data/*_within_pairs.jsonl; bench/eval_merge.py reports
them as ``within:`` rows). ``show --db STORE`` reads the text from the stores (needed for
the sample corpus, examples/).

Each mention is used once and each article pair once; the seed fixes the sample. ``show``
prints the pairs in a shuffled order with the article dates, titles and both sentences
(the trigger in [[ ]]) read from ../shared/data -- never the score, stratum or decision,
so the labelling is blind.

Labelling guideline (the same for every set):

* **same** -- one real-world happening: the same act, by the same participants, at the same
  time (two reports of the 20 April rig explosion; 'BP said on Monday the cap was holding'
  and 'the company said the cap held', both of Monday's statement). A reference back to a
  specific happening ('the explosion', 'the spill that followed') is the same as its report
  when it names that very instance. Wording, tense and detail may differ; rival figures of
  one incident are still the same.
* **different** -- another act; another day's instance of a recurring act (BP statements,
  attempts to plug the well, hearings on different days); a general, habitual, planned vs
  done, or background mention ('oil has been leaking since April') against a specific one
  when the two are not one happening; a part against the whole only when the part is its
  own act (the 'top kill' attempt is not 'the spill'). One happening's other acts are other
  events: the blast vs the 11 deaths it caused ('exploded, killing 11 workers': 'exploded' and
  'killing' are different), vs the sinking two days later, vs the rig's destruction; a
  hypothetical or counterfactual instance ('might have lessened the force of any blast',
  'if the preventer had been closed') is not the one that happened.
* When the sentences alone do not settle it, read the articles around them (dates, who);
  still unsure -> 'different' (a merge needs evidence).
* Within one article the same holds: a headline and the lede's report of one act, or 'the
  spill' named twice, are the same; two incidents of one day, a summary total ('three more
  cases', 'the toll rose to 17') against one of its incidents, a general or hypothetical
  mention ('schools should not rush to close') against another, and the parts of one
  sentence ('accused ... of breaking the truce') are different.
* Cause and effect, across articles as within one: an act or occurrence and the casualties or
  damage it caused are two events -- a blast and its dead, an air strike and the deaths it
  caused, a quake and the buildings it brought down, a clash and the people hurt in it
  ('clashes left dozens injured': 'clashes' and 'injured' are different). Two reports of the
  casualties themselves (rival tolls of one clash) are the same.
* An effect told on the occurrence noun: the trigger decides. The noun alone ('wildlife
  affected by the [[spill]]') names the occurrence; a trigger that takes in the effect
  ('[[affected by the spill]]', '[[the spill will hit]] output') is the effect, another event
  (followed from the tune3 sets on; older sets took an 'affected by' span as the occurrence,
  and their tuning within halves were relabelled by it in session 65).
* Part and whole: a confrontation and an act told as what it consisted of, or as one side's
  account of it (the union's 'it was a beating', the police's 'officers were attacked'), are
  the same happening; a part is different only when it is its own act, with its own time,
  place or aim (the 'top kill' attempt is not 'the spill'; a shooting the next day).
  ``show --effects`` lists the pairs where exactly one trigger names casualties or damage, to
  check a set against the cause/effect line (the Karsholm cross-article set, labelled before
  it was written, had 25 clash/beating/violence vs injured pairs 'same'; relabelled by it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from eval_merge import T17, load_mentions, tuning  # noqa: E402

from dateline.merge import EventMerger, Mention  # noqa: E402
from dateline.merge.similarity import (  # noqa: E402
    date_gap,
    pair_score,
    same_trigger,
    weighted_similarity,
)

Key = tuple[str, str]
Side = tuple[str, int, int]  # a labelled mention: article, trigger start, end
Pools = dict[str, list[tuple[Key, Key]]]  # stratum -> its pairs of mention keys
#: (stratum, share of the sample); unscored takes what is left
BINS = ((0.9, 1.01), (0.65, 0.9), (0.4, 0.65), (0.2, 0.4), (0.0, 0.2))
SHARES = {
    "score:0.9-1.01": 0.2,
    "score:0.65-0.9": 0.16,
    "score:0.4-0.65": 0.14,
    "score:0.2-0.4": 0.1,
    "score:0.0-0.2": 0.08,
}
CLOSE_SHARE = 0.6  # of the unscored pairs, those with idf-weighted cosine >= close_text


def topic_of(m: Mention) -> str:
    return Path(m.path or "?/?").parent.name


def _day(m: Mention) -> date | None:
    return m.date_start or m.dct


def _near(a: Mention, b: Mention, days: int) -> bool:
    gap = date_gap(a, b)
    if gap is None:
        da, db = _day(a), _day(b)
        if da is None or db is None:
            return False
        gap = abs((da - db).days)
    return gap <= days


def _taker(
    pools: Pools,
    rng: random.Random,
    by_key: dict[Key, Mention],
    out: list[tuple[str, Mention, Mention]],
    admit: Callable[[Key, Key], bool],
) -> Callable[[str, int], None]:
    """``take(stratum, want)``: up to ``want`` pairs of the stratum's pool, in a seeded
    random order, that ``admit`` accepts (it records what it accepts), appended to ``out``."""

    def take(stratum: str, want: int) -> None:
        pool = sorted(set(pools.get(stratum, [])))
        rng.shuffle(pool)
        got = 0
        for ka, kb in pool:
            if got >= want:
                break
            if admit(ka, kb):
                out.append((stratum, by_key[ka], by_key[kb]))
                got += 1

    return take


def _take_in_proportion(take: Callable[[str, int], None], pools: Pools, strata: list[str],
                        amount: float) -> None:
    """About ``amount`` pairs of ``strata``, in proportion to their pools, at least a few of
    each (the unscored strata of a sample: many reasons, some rare)."""
    total = sum(len(pools[s]) for s in strata) or 1
    for s in strata:
        take(s, max(2, round(amount * len(pools[s]) / total)))


def _close_text(a: Mention, b: Mention, near: int, min_text: float) -> float | None:
    """The idf-weighted cosine of two mentions close enough to sample though the merger
    leaves them apart (dates within ``near`` days, another trigger sense, two shared content
    words with cosine >= ``min_text`` or a shared person/organisation name); None else."""
    if same_trigger(a, b) or not _near(a, b, near):
        return None
    named = bool(a.specific_words & b.specific_words)
    if len(a.tokens & b.tokens) < 2 and not named:
        return None
    text = weighted_similarity(a.tokens, b.tokens, a.text_norm, b.text_norm)
    return None if text < min_text and not named else text


def _scored_pools(merger: EventMerger, mentions: list[Mention], by_key: dict[Key, Mention],
                  pools: Pools) -> set[tuple[Key, Key]]:
    """Cross-article pairs the merger scores (its exact index), unvetoed and of one polarity,
    into pools by score bin; returns every pair it compared."""
    compared: set[tuple[Key, Key]] = set()
    for m in mentions:
        for k in merger.candidates(m):
            o = by_key[k]
            if o.article_id == m.article_id or not m.key < k:
                continue
            compared.add((m.key, k))
            ps = pair_score(m, o, merger.rules)
            if ps.veto is None and m.polarity == o.polarity:
                lo, hi = next(b for b in BINS if b[0] <= ps.score < b[1])
                pools[f"score:{lo}-{hi}"].append((m.key, k))
    return compared


def _unscored_pools(merger: EventMerger, mentions: list[Mention],
                    compared: set[tuple[Key, Key]], pools: Pools, near: int, min_text: float,
                    close_text: float) -> None:
    """Close cross-article pairs the merger never scores, or vetoes, into pools by reason
    (':close' at cosine >= ``close_text``): by day (the mention's own span, else the DCT)."""
    days: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        d = _day(m)
        if d is not None:
            days[d.toordinal()].append(m)
    for d in sorted(days):
        for m in days[d]:
            for dd in range(d, d + near + 1):
                for o in days.get(dd, ()):
                    a, b = (m, o) if m.key < o.key else (o, m)
                    if a.article_id == b.article_id or (dd == d and m.key > o.key):
                        continue
                    text = _close_text(a, b, near, min_text)
                    if text is None:
                        continue
                    if (a.key, b.key) in compared:
                        ps = pair_score(a, b, merger.rules)
                        if ps.veto is None and a.polarity == b.polarity:
                            continue  # scored: in a score bin
                        reason = ps.veto or "polarity"
                    else:
                        reason = "not indexed"
                    close = ":close" if text >= close_text else ""
                    pools[f"unscored:{reason}{close}"].append((a.key, b.key))


def _draw_stratified(pools: Pools, n: int, seed: int,
                     by_key: dict[Key, Mention]) -> list[tuple[str, Mention, Mention]]:
    """SHARES of ``n`` from the score bins, the rest from the unscored pools (CLOSE_SHARE of
    it from the close ones), each mention once and each article pair once."""
    used: set[Key] = set()
    used_articles: set[tuple[str, str]] = set()
    out: list[tuple[str, Mention, Mention]] = []

    def admit(ka: Key, kb: Key) -> bool:  # each mention once, each article pair once
        arts = (ka[0], kb[0])
        if ka in used or kb in used or arts in used_articles:
            return False
        used.update((ka, kb))
        used_articles.add(arts)
        return True

    take = _taker(pools, random.Random(seed), by_key, out, admit)

    for stratum, share in SHARES.items():
        take(stratum, round(n * share))
    rest = n - len(out)
    print(json.dumps({s: len(v) for s, v in sorted(pools.items())}), file=sys.stderr)
    for close, share in ((True, CLOSE_SHARE), (False, 1 - CLOSE_SHARE)):
        unscored = sorted(
            s for s in pools if s.startswith("unscored:") and s.endswith(":close") == close
        )
        _take_in_proportion(take, pools, unscored, rest * share)
    for s in sorted(pools, key=lambda s: (-len(pools[s]), s)):  # top up from the largest
        if s.startswith("unscored:") and len(out) < n:
            take(s, n - len(out))
    return out


def stratified(
    mentions: list[Mention],
    n: int,
    seed: int,
    near: int = 2,
    min_text: float = 0.25,
    close_text: float = 0.45,
    cross_source: bool = False,
    exclude: frozenset[frozenset[Side]] = frozenset(),
) -> list[tuple[str, Mention, Mention]]:
    """The sample: (stratum, a, b) with a's key < b's key, in stratum order; with
    ``cross_source`` only pairs of two sources (topic folders), for a set that pairs two
    outlets' reports of one story; never a pair ``exclude`` holds (an earlier set's pairs
    of the store, by :func:`_pairs_of`)."""
    merger = EventMerger()
    merger.add(mentions)
    by_key = {m.key: m for m in mentions}
    pools: Pools = defaultdict(list)
    compared = _scored_pools(merger, mentions, by_key, pools)
    _unscored_pools(merger, mentions, compared, pools, near, min_text, close_text)
    if cross_source:
        for s, keys in pools.items():
            pools[s] = [(a, b) for a, b in keys if topic_of(by_key[a]) != topic_of(by_key[b])]
    if exclude:
        for s, keys in pools.items():
            pools[s] = [(a, b) for a, b in keys
                        if frozenset((_side_key(by_key[a]), _side_key(by_key[b]))) not in exclude]
    return _draw_stratified(pools, n, seed, by_key)


#: --within: (stratum, share); the unscored close pairs take what is left
WITHIN_SHARES = {
    "merged:direct": 0.22,  # one cluster, their own pair score over the threshold
    "merged:linked": 0.13,  # one cluster through other mentions (average link, attach)
    "score:0.4-1.01": 0.15,  # scored, not merged (incl. over the threshold, split apart)
    "score:0.2-0.4": 0.1,
    "score:0.0-0.2": 0.1,
}


def _within_stratum(merger: EventMerger, cid: dict[Key, Any], a: Mention, b: Mention,
                    compared: bool, near: int, min_text: float) -> str | None:
    """The --within stratum of two mentions of one article (None: no stratum's)."""
    ps = pair_score(a, b, merger.rules) if compared else None
    if cid[a.key] == cid[b.key]:
        direct = ps is not None and ps.veto is None and ps.score >= merger.rules.threshold
        return "merged:direct" if direct else "merged:linked"
    if ps is not None and ps.veto is None and a.polarity == b.polarity:
        lo, hi = (0.4, 1.01) if ps.score >= 0.4 else next(
            x for x in BINS if x[0] <= ps.score < x[1]
        )
        return f"score:{lo}-{hi}"
    if _close_text(a, b, near, min_text) is None:
        return None
    return "unscored:" + ("not indexed" if ps is None else ps.veto or "polarity")


def _draw_within(pools: Pools, n: int, seed: int, by_key: dict[Key, Mention],
                 per_article: int) -> list[tuple[str, Mention, Mention]]:
    """WITHIN_SHARES of ``n``, the rest from the unscored pools in proportion, each mention
    once and each article at most ``per_article`` times."""
    used: set[Key] = set()
    per: dict[str, int] = defaultdict(int)
    out: list[tuple[str, Mention, Mention]] = []

    def admit(ka: Key, kb: Key) -> bool:  # each mention once, an article per_article times
        if ka in used or kb in used or per[ka[0]] >= per_article:
            return False
        used.update((ka, kb))
        per[ka[0]] += 1
        return True

    take = _taker(pools, random.Random(seed), by_key, out, admit)

    for stratum, share in WITHIN_SHARES.items():
        take(stratum, round(n * share))
    unscored = sorted(s for s in pools if s.startswith("unscored:"))
    _take_in_proportion(take, pools, unscored, n - len(out))
    for s in sorted(pools, key=lambda s: (-len(pools[s]), s)):  # top up from the largest
        if len(out) < n:
            take(s, n - len(out))
    return out


def within(
    mentions: list[Mention],
    n: int,
    seed: int,
    per_article: int = 2,
    near: int = 2,
    min_text: float = 0.25,
    skip: frozenset[str] = frozenset(),
) -> list[tuple[str, Mention, Mention]]:
    """The --within sample: pairs of mentions of ONE article, (stratum, a, b) with a's key
    < b's. Strata: ``merged:direct`` / ``merged:linked`` -- the merger puts both in one
    event, by their own pair score over the threshold or only through other mentions
    (average link, a lone mention attached); ``score:LO-HI`` -- scored (the merger's own
    candidates, no veto, one polarity) yet in two events; ``unscored:REASON`` -- never
    scored or vetoed, yet close as for cross-article pairs (dates within ``near`` days, a
    different trigger sense, two shared content words with idf-weighted cosine >=
    ``min_text`` or a shared person/organisation name). Each mention is used once and each
    article at most ``per_article`` times, so that many articles appear; none of the
    articles in ``skip`` (those of earlier sets: a fresh set is blind to what was tuned on),
    though their mentions are merged with the rest as the store holds them."""
    merger = EventMerger()
    merger.add(mentions)
    cid = merger.cluster_ids()
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    pools: Pools = defaultdict(list)
    for art, ms in by_article.items():
        if art in skip:
            continue
        ms.sort(key=lambda m: m.key)
        keys = {m.key for m in ms}
        cands = {m.key: merger.candidates(m) & keys for m in ms}
        for i, a in enumerate(ms):
            for b in ms[i + 1 :]:
                compared = b.key in cands[a.key] or a.key in cands[b.key]
                stratum = _within_stratum(merger, cid, a, b, compared, near, min_text)
                if stratum is not None:
                    pools[stratum].append((a.key, b.key))
    print(json.dumps({s: len(v) for s, v in sorted(pools.items())}), file=sys.stderr)
    return _draw_within(pools, n, seed, {m.key: m for m in mentions}, per_article)


#: --tellings: (stratum, share of the sample)
TELLING_SHARES = {
    "day:other-teller:same-root:close": 0.25,
    "day:other-teller:same-root": 0.15,
    "day:other-teller:other-root": 0.1,
    "days:same-root": 0.25,
    "day:same-teller": 0.25,
    "day:same-teller:close": 0.12,
}


def _root(m: Mention) -> str:
    """The root a pair is compared by: an OCCURRENCE counts as ASSAULT (a strike told as
    the deaths it caused), since the merge lets the two join (compatible kinds)."""
    return "ASSAULT" if m.type == "OCCURRENCE" else m.type


def _close(a: Mention, b: Mention) -> bool:
    """Three shared content words or a shared name word of a person or organisation."""
    return len(a.tokens & b.tokens) >= 3 or bool(a.specific_words & b.specific_words)


def _telling_pools(mentions: list[Mention], days_apart: int) -> Pools:
    """The --tellings strata's pools (see :func:`tellings`), from dates, sources and roots."""
    by_day: dict[date, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.dct is not None:
            by_day[m.dct].append(m)
    pools: Pools = defaultdict(list)
    for d, ms in by_day.items():
        ms.sort(key=lambda m: m.key)
        for i, a in enumerate(ms):
            for b in ms[i + 1 :]:
                same_root = _root(a) == _root(b)
                if a.article_id == b.article_id:
                    if same_root:
                        pools["day:same-teller"].append((a.key, b.key))
                    if same_root and len(a.tokens & b.tokens) >= 3:
                        pools["day:same-teller:close"].append((a.key, b.key))
                elif a.source != b.source:
                    if same_root:
                        name = "day:other-teller:same-root" + (":close" if _close(a, b) else "")
                        pools[name].append((a.key, b.key))
                    elif a.tokens & b.tokens:
                        pools["day:other-teller:other-root"].append((a.key, b.key))
        for gap in range(1, days_apart + 1):
            later = by_day.get(date.fromordinal(d.toordinal() + gap), [])
            for a in ms:
                for b in later:
                    if _root(a) == _root(b) and a.tokens & b.tokens:
                        pools["days:same-root"].append(tuple(sorted((a.key, b.key))))  # type: ignore[arg-type]
        for dd, later in by_day.items():  # a later day's telling told back: any gap, any root
            if dd > d:
                pools["days:close"].extend(
                    tuple(sorted((a.key, b.key))) for a in ms for b in later if _close(a, b)  # type: ignore[misc]
                )
    return pools


def tellings(
    mentions: list[Mention], n: int, seed: int, days_apart: int = 3, per_mention: int = 1
) -> list[tuple[str, Mention, Mention]]:
    """The --tellings sample, for a story each of whose days is told by several sources in
    their own words (one article per source and day: bench/socialtimeline_corpus.py).
    Drawn from the articles' dates, sources and the events stage's roots only, never from
    the merge's pair scores or clusters. Strata: ``day:other-teller:same-root`` -- one day,
    two sources, one root (OCCURRENCE counts as ASSAULT), ``...:close`` when they share
    three content words or a name word of a person or organisation; ``day:other-teller:other-root``
    -- one day, two sources, two roots, sharing a content word; ``days:same-root`` -- one
    root, days 1 to ``days_apart`` apart (daily strikes are other events);
    ``day:same-teller`` -- two mentions of one article of one root (written to a
    ``*_within_pairs.jsonl`` file), ``...:close`` when they share three content words
    (drawn last, so that the strata before it are drawn as without it); then, only while
    fewer than ``n`` are drawn (a small story), ``days:close`` -- two days any distance
    apart, any root, close as above (a later update telling an earlier day's act back).
    Each mention is used at most ``per_mention`` times (1: once; more for a story too
    small to fill ``n`` so) and each pair once."""
    pools = _telling_pools(mentions, days_apart)
    print(json.dumps({s: len(v) for s, v in sorted(pools.items())}), file=sys.stderr)
    by_key = {m.key: m for m in mentions}
    uses: dict[Key, int] = defaultdict(int)
    taken: set[tuple[Key, Key]] = set()

    def admit(ka: Key, kb: Key) -> bool:  # each mention per_mention times, each pair once
        if uses[ka] >= per_mention or uses[kb] >= per_mention or (ka, kb) in taken:
            return False
        uses[ka] += 1
        uses[kb] += 1
        taken.add((ka, kb))
        return True

    out: list[tuple[str, Mention, Mention]] = []
    take = _taker(pools, random.Random(seed), by_key, out, admit)
    for stratum, share in TELLING_SHARES.items():
        take(stratum, round(n * share))
    take("days:close", n - len(out))
    return out


def side(m: Mention, topic: str | None = None) -> dict[str, Any]:
    return {
        "topic": topic or topic_of(m),
        "article": m.article_id,
        "sentence": m.sentence_index,
        "start": m.start,
        "end": m.end,
    }


def _side_key(m: Mention) -> Side:
    return (m.article_id, m.start, m.end)


def _pair_records(paths: list[str]) -> Iterator[dict[str, Any]]:
    """Every record of the pair files ``paths`` (``--exclude``), in file order."""
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def _pairs_of(paths: list[str]) -> frozenset[frozenset[Side]]:
    """Every pair a pair file names, as its two sides' (article, start, end) (``--exclude``
    of a cross-article sample: leave earlier sets' pairs out)."""
    return frozenset(frozenset((rec[s]["article"], rec[s]["start"], rec[s]["end"]) for s in "ab")
                     for rec in _pair_records(paths))


def _articles_of(paths: list[str]) -> frozenset[str]:
    """Every article a pair file names (``--exclude``: leave earlier sets' articles out)."""
    return frozenset(rec[s]["article"] for rec in _pair_records(paths) for s in "ab")


def cmd_sample(a: argparse.Namespace) -> None:
    mentions = load_mentions(a.db)
    if a.topics:
        mentions = [m for m in mentions if topic_of(m) in a.topics]
    if a.tellings:
        rows = tellings(mentions, a.n, a.seed, per_mention=a.per_mention)
    elif a.within:
        rows = within(mentions, a.n, a.seed, a.per_article, a.near, a.min_text,
                      _articles_of(a.exclude or []))
    else:
        rows = stratified(mentions, a.n, a.seed, a.near, a.min_text, a.close_text,
                          a.cross_source, _pairs_of(a.exclude or []))
    with open(a.out, "w", encoding="utf-8") as f:
        for i, (stratum, ma, mb) in enumerate(rows):
            rec = {"pair": i, "label": "?", "sampled": stratum,
                   "a": side(ma, a.topic), "b": side(mb, a.topic)}
            f.write(json.dumps(rec) + "\n")
    counts: dict[str, int] = defaultdict(int)
    for s, _, _ in rows:
        counts[s] += 1
    print(json.dumps({"pairs": len(rows), "strata": dict(counts)}))


def _articles(topics: set[str]) -> dict[str, dict[str, Any]]:
    from dateline.model import content_hash

    out = {}
    for t in topics:
        for line in (T17 / t / "articles.jsonl").open(encoding="utf-8"):
            art = json.loads(line)
            out[f"{art['id']}:{content_hash(art['text'])}"] = art
    return out


def _stored_articles(dbs: list[str], ids: set[str]) -> dict[str, dict[str, Any]]:
    """The articles' text and date as the stores hold them (any source: examples/ too)."""
    import duckdb

    out = {}
    for db in dbs:
        con = duckdb.connect(db, read_only=True)
        try:
            for aid, text, dct in con.execute(
                "SELECT id, text, dct FROM articles WHERE id = any(?)", [sorted(ids)]
            ).fetchall():
                out[aid] = {"text": text, "date": str(dct or "")}
        finally:
            con.close()
    return out


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start - 1) + 1, 0)
    hi = min(x for x in (text.find("\n", end), text.find(". ", end), len(text)) if x >= 0)
    lo, hi = max(lo, start - 220), min(hi, end + 200)  # a window on a run-on 'sentence'
    return (text[lo:start] + "[[" + text[start:end] + "]]" + text[end : hi + 1]).strip()


#: trigger stems naming casualties or damage (``show --effects``: cause/effect pairs)
HARM = re.compile(
    r"\b(kill|death|dead|die[sd]?\b|dying|injur|wound|hurt|casualt|toll|damag|destr|victim"
    r"|fatal|bodies|lives)",
    re.I,
)


def _one_harm(rec: dict[str, Any], arts: dict[str, dict[str, Any]]) -> bool:
    """Exactly one of the pair's triggers names casualties or damage."""
    words = [arts[rec[s]["article"]]["text"][rec[s]["start"] : rec[s]["end"]] for s in "ab"]
    return len({bool(HARM.search(w)) for w in words}) == 2


def cmd_show(a: argparse.Namespace) -> None:
    recs = [json.loads(x) for x in Path(a.pairs).read_text().splitlines() if x.strip()]
    if a.db:
        arts = _stored_articles(a.db, {r[s]["article"] for r in recs for s in "ab"})
    else:
        arts = _articles({r[s]["topic"] for r in recs for s in "ab"})
    recs = [r for r in recs if a.label in (None, r["label"])]
    # a labelled pair of a held-out half is judged by eval_merge's scores only: never shown
    name = Path(a.pairs).name
    hidden = [r for r in recs if r["label"] != "?" and not tuning({**r, "file": name})]
    if hidden:
        print(f"# {len(hidden)} labelled held-out pairs not shown", file=sys.stderr)
    recs = [r for r in recs if r["label"] == "?" or tuning({**r, "file": name})]
    if a.effects:
        recs = [r for r in recs if _one_harm(r, arts)]
    order = sorted(recs, key=lambda r: hashlib.sha1(f"show:{r['pair']}".encode()).hexdigest())
    for r in order[a.skip : a.skip + a.count]:
        print(f"#{r['pair']}")
        for s in "ab":
            x = r[s]
            art = arts[x["article"]]
            when = str(art.get("time") or art.get("date") or "")[:10]
            title = " ".join(art["text"][:90].split())  # the headline leads the text
            print(f"  {s} {when} {x['topic']} | {title}")
            print(f"     {_sentence(art['text'], x['start'], x['end'])}")


def cmd_apply(a: argparse.Namespace) -> None:
    labels = {}
    for line in Path(a.labels).read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].isdigit():
            labels[int(parts[0])] = {"s": "same", "d": "different"}[parts[1]]
    out = []
    for line in Path(a.pairs).read_text().splitlines():
        if line.strip():
            rec = json.loads(line)
            if rec["pair"] in labels:
                rec["label"] = labels[rec["pair"]]
                out.append(rec)
    Path(a.out).write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    print(json.dumps({"labelled": len(out), "same": sum(r["label"] == "same" for r in out)}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--db", nargs="+", required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--topics", nargs="*")
    s.add_argument("--n", type=int, default=250)
    s.add_argument("--seed", type=int, default=17)
    s.add_argument("--near", type=int, default=2, help="days apart for unscored pairs")
    s.add_argument("--min-text", type=float, default=0.25)
    s.add_argument("--close-text", type=float, default=0.45)
    s.add_argument("--within", action="store_true", help="pairs of mentions of ONE article")
    s.add_argument("--cross-source", action="store_true", help="pairs of two topic folders only")
    s.add_argument("--per-article", type=int, default=2, help="--within: pairs per article")
    s.add_argument("--exclude", nargs="*", metavar="PAIRS",
                   help="--within: no pair of an article these pair files name; else no pair"
                   " they hold")
    s.add_argument("--tellings", action="store_true", help="days told by several sources")
    s.add_argument("--per-mention", type=int, default=1,
                   help="--tellings: pairs per mention (a story too small to fill --n)")
    s.add_argument("--topic", help="the topic written for each mention (else its folder)")
    v = sub.add_parser("show")
    v.add_argument("pairs")
    v.add_argument("--skip", type=int, default=0)
    v.add_argument("--count", type=int, default=10**6)
    v.add_argument("--db", nargs="*", help="read the articles from these stores (else t17-dev)")
    v.add_argument("--label", choices=("same", "different"), help="only pairs labelled so")
    v.add_argument("--effects", action="store_true", help="only pairs where one trigger is harm")
    p = sub.add_parser("apply")
    p.add_argument("pairs")
    p.add_argument("labels")
    p.add_argument("--out", required=True)
    a = ap.parse_args()
    {"sample": cmd_sample, "show": cmd_show, "apply": cmd_apply}[a.cmd](a)


if __name__ == "__main__":
    main()
