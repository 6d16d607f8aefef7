"""How the cross-article merge grows with the corpus (issue #6 scale).

Usage:
  .venv/bin/python bench/merge_scale.py --db STORE [STORE ...] [--fractions 0.25 0.5 1]
                                        [--copies 1] [--by-topic] [--incremental 50]
                                        [--profile OUT]

Each size runs in a fresh process (so its memory is its own): the articles of the stores
are ordered by sha1(article id) (``--by-topic``: whole stories first, a story being an
article's folder up to its first '_') and the first ``fraction`` of them are merged with
:class:`~dateline.merge.EventMerger` from scratch (add every mention, then read the
events), as ``dateline merge`` does without the store's reads and writes. ``--copies K``
tells every article K times, as K outlets (article ids ``ID~1`` ...; same days, same
words): a story grown denser, whose blocks of alike mentions of a day grow K-fold and
their pairs K²-fold, against more stories or more days, which add blocks. With
``--incremental N`` a size also times adding N more articles to it the way a store's
update does: the merged state is taken back from its pairs (:meth:`EventMerger.restore`),
the N articles' mentions are added, the events read. Prints one JSON line per size and
the growth exponents (log-log slope between the smallest and largest size) of merge time,
pairs scored and kept, and the merger's memory.

Measured 2026-11-30 05:30-05:41 (2 cores shared with other jobs, load 1.5-3.3; t17-dev is
/tmp/m23/t17.duckdb, annotated 2026-11-29 21:40; TE3 silver, 2,452 .tml, and the four
socialtimeline stories annotated with the code of 2026-11-30 05:15, ``--no-merge``).
merge_mb is the merger's own memory (resident after the merge less resident with the
mentions read); the whole ``dateline merge`` of t17-dev peaks at 552 MB.

  slice                                  mentions  pairs scored  kept    merge_s  merge_mb
  t17-dev, a quarter of its articles       11,145       257,445    90k     2.1      17
  t17-dev, half                            21,542       993,713   351k    10.4      41
  t17-dev, all                             42,893     3,878,566  1.38M    34.3      99
  t17-dev, all, each article told twice    85,786    15,537,011  5.58M   203.1     322
  a quarter, told 4x (44,580)              44,580     4,194,690  1.51M    41.5     106
  by whole stories (t17 + TE3 + st), 20%   18,675       767,179   260k     6.7      33
  ... 45%                                  41,055     3,788,419  1.38M    36.0     121
  ... 70%                                  50,405     3,936,749  1.40M    36.9     139
  ... all                                  62,974     4,487,700  1.45M    41.2     129

Growth exponents (log-log slope, smallest to largest size): a story grown denser (more
reports of the same days: t17-dev's articles drawn at random, or told K times) scores
pairs ~ n^2.0 and takes ~ n^2.1 time (n^2.6 from 1x to 2x, at load 3.3 against 2),
memory ~ n^1.3; more stories on other days add their own blocks: from 41k to 63k
mentions pairs ~ n^0.4, time ~ n^0.3 (TE3 silver and the socialtimeline stories are sparse
in days; over the whole curve, which starts inside bpoil, n^1.45 and n^1.5). Time tracks the
pairs scored, 8-13 us a pair at every size (cProfile: pair_score and the candidate loop of
EventMerger.add ~90 %, the clustering -- components, average link, cannot-links, attach,
canonical events -- ~7 %, no step superlinear in the pairs): the work is
sum over (type, day) blocks of the block's size squared, and a story n times as dense
costs n^2. Adding 50 articles (``--incremental 50``, the next articles of the story):
restore 2.2-4.1 s and add + re-cluster 4.5-6.8 s at 41-62k mentions, against 0.4 s + 2.0 s at
18.7k: each update re-reads every kept pair and re-clusters every component, linear in
the store; ``dateline run`` of 50 TE3 articles into the merged t17-dev store 37 s with
annotation, ``dateline merge`` of 50 more (181 mentions) 16.1 s, 562 MB.

2026-12-02 14:08-14:10 (load ~3; ``--fractions 1`` on /tmp/fin32/t17all.duckdb, 42,888
mentions, 4.63M candidate pairs, 1.57M kept): the merge code of 14b0bcf less c552546
98.1 s, merge_mb 179; at be2f7ff 74.4 s, merge_mb 186 (the scan for a pair kept apart
through an index of the larger group, c552546, and generic() once per mention, be2f7ff).
The clustering was no longer ~7 % of the time: the cannot-link scan read 26M pairs of
two groups (16.5 s CPU of t17-dev's clustering), now 5.5 s; pair scoring is the rest.

2026-12-02 17:05-17:15 (load ~3; ``dateline merge`` of copies of /tmp/fin32/t17all.duckdb,
three runs alternated with the code of 493b1f5): 48.4-53.8 s user (median 49.4) against
53.0-57.6 s (median 53.4), peak 668-670 MB both, identical clusters and pairs. Pair scoring
costs ~81k instructions a candidate pair that reaches it (cachegrind: 3.313 G over 40,734
pairs, 3.593 G before 836cb49); clustering 4.1-4.5 s CPU of it.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import math
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_merge import load_mentions  # noqa: E402

from dateline.merge import EventMerger, Mention  # noqa: E402


def _sha(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def topic(m: Mention) -> str:
    """The story an article is of: its folder's name up to the first '_' (t17-dev's
    'H1N1_bbc' and 'H1N1_reuters' are one story)."""
    return Path(m.path or "").parent.name.split("_")[0]


def pick(mentions: list[Mention], fraction: float, copies: int, extra: int,
         by_topic: bool = False) -> tuple[list[Mention], list[Mention]]:
    """The first ``fraction`` of the articles by sha1 of their id (``by_topic``: whole
    stories first, by sha1 of the story's name; each told ``copies`` times), and the next
    ``extra`` articles' mentions."""
    by_article: dict[str, list[Mention]] = {}
    story: dict[str, str] = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
        story[m.article_id] = _sha(topic(m)) if by_topic else ""
    order = sorted(by_article, key=lambda a: (story[a], _sha(a)))
    n = round(len(order) * fraction)
    base = [m for a in order[:n] for m in by_article[a]]
    more = [m for a in order[n:n + extra] for m in by_article[a]]
    if copies > 1:
        base += [replace(m, article_id=f"{m.article_id}~{k}")
                 for k in range(1, copies) for m in base]
    return base, more


def _rss_now() -> int:
    """Resident memory now, KiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def one(cache: str, profile: str | None) -> None:
    with open(cache, "rb") as f:
        base, more = pickle.load(f)
    gc.collect()
    rss0 = _rss_now()
    prof = cProfile.Profile() if profile else None
    t0 = time.perf_counter()
    if prof:
        prof.enable()
    merger = EventMerger()
    merger.add(base)
    events = merger.events()
    t1 = time.perf_counter()
    if prof and profile:
        prof.disable()
        prof.dump_stats(profile)
    out = {
        "mentions": len(base),
        "articles": len({m.article_id for m in base}), "events": len(events),
        "pairs_scored": merger.pairs_scored,
        "pairs_kept": sum(len(r[0]) for r in merger._scores.values()) // 2,
        "merge_s": round(t1 - t0, 2),
        "rss_loaded_mb": round(rss0 / 1024),  # the mentions read, nothing merged
        "rss_merged_mb": round((rss1 := _rss_now()) / 1024),  # and the merger's pairs, events
        "merge_mb": round((rss1 - rss0) / 1024),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if more:
        pairs = merger.pairs()
        del merger, events
        t2 = time.perf_counter()
        again = EventMerger()
        again.restore(base, pairs)
        t3 = time.perf_counter()
        again.add(more)
        n_events = len(again.events())
        t4 = time.perf_counter()
        out |= {"added_mentions": len(more), "restore_s": round(t3 - t2, 2),
                "add_s": round(t4 - t3, 2), "added_pairs_scored": again.pairs_scored,
                "events_after": n_events}
    print(json.dumps(out), flush=True)


def slope(rows: list[dict], y: str) -> float:
    a, b = rows[0], rows[-1]
    return round(math.log(b[y] / a[y]) / math.log(b["mentions"] / a["mentions"]), 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", nargs="+", required=True)
    ap.add_argument("--fractions", nargs="+", type=float, default=[0.25, 0.5, 1.0])
    ap.add_argument("--copies", nargs="+", type=int, default=[1])
    ap.add_argument("--by-topic", action="store_true",
                    help="grow by whole stories (folders), not by articles drawn from all")
    ap.add_argument("--incremental", type=int, default=0, help="articles added after")
    ap.add_argument("--profile", help="cProfile stats of the largest size to this file")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--cache", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        one(a.cache, a.profile)
        return
    mentions = load_mentions(a.db)  # the stores read once, not per size
    rows = []
    sizes = [(f, c) for c in a.copies for f in a.fractions]
    for i, (f, c) in enumerate(sizes):
        fd, cache = tempfile.mkstemp(suffix=".pickle")  # only this size's mentions: its
        with os.fdopen(fd, "wb") as fh:  # process's peak RSS is the merge's own
            picked = pick(mentions, f, c, a.incremental, a.by_topic)
            pickle.dump(picked, fh, pickle.HIGHEST_PROTOCOL)
        cmd = [sys.executable, __file__, "--one", "--db", "-", "--cache", cache]
        if a.profile and i == len(sizes) - 1:
            cmd += ["--profile", a.profile]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        except subprocess.CalledProcessError as e:
            sys.exit(e.stderr)
        finally:
            os.unlink(cache)
        row = {"fraction": f, "copies": c} | json.loads(res.stdout.strip().splitlines()[-1])
        print(json.dumps(row), flush=True)
        rows.append(row)
    if len(rows) > 1:
        rows.sort(key=lambda r: r["mentions"])
        print(json.dumps({"exponent": {y: slope(rows, y) for y in
                                       ("merge_s", "pairs_scored", "pairs_kept", "merge_mb")}}))


if __name__ == "__main__":
    main()
