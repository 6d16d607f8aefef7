"""Event dating on the conflict updates of the Background Summarization timelines
(bench/socialtimeline_corpus.py): each record is one annotator's update of one day, so
its DCT is the day it tells, and what an event mention of it is dated says whether the
dating stage read the update's own time words.

Usage::

    .venv/bin/python bench/eval_st_dating.py [--store EVENT=PATH ...] [--gold FILE]
    .venv/bin/python bench/eval_st_dating.py --sample EVENT N [--store EVENT=PATH]

Stores default to /tmp/st/<event>.duckdb (``dateline run /tmp/st/<event>.jsonl --db
STORE``). gaza_conflict is the tuning story, ukraine_conflict the check story.

(a) Totals per story, over all event mentions: the share dated the update's day, the day
before, another past date, after the update's day (or with no date); and the count of
asserted mentions (modality 'asserted', not negated or hedged) dated after the update's
day: "impossible", since a thing told as having happened on or before the day it is told
cannot have happened later.

(b) Exact-day accuracy on a labelled set (bench/data/st_dating_gold.jsonl): one line per
mention, ``{"story", "article", "start", "end", "gold", "reason"}`` -- article id and
trigger character offsets, the gold date, a three-word reason code; no text of the
updates (CC-BY-NC). ``gold`` is a day (``2014-07-20``) or a range (``2014-07-13/2014-07-19``,
for 'last week'). A mention is right when its stored date_start..date_end equals the day,
or lies inside the range. A gold mention the store no longer has (detection changed) is
counted as missed and reported apart.

How the labels were made: a seeded sample (``--sample``, random.Random(2026) over the
store's mentions ordered by article and offset; 120 gaza_conflict and 80 ukraine_conflict
mentions of the stores built at abb7809) was printed as the paragraph up to the end of the
mention's sentence with the trigger marked, WITHOUT any date dateline gave it, and each
was labelled by hand from the text alone, before any of dateline's dates for them was
looked at: the date the text gives for that act -- the update's day unless the sentence or
its paragraph says otherwise ('on 17 July', 'two weeks before', an earlier date the
paragraph's narrative is in, a planned date for what is planned). As in the PLOVER
manual, an event is dated when it occurs, not when it is reported; a statement made on
the day is of the day; a state holding since an earlier date, and a past act the text
gives no date for, take the day they are told; 'overnight' and 'during the night' at the
head of a day's update are that day's early hours. Three mentions whose text gives no
day at all ('soldiers who were previously injured', 'the night before the war began', a
conditional act with no deadline of its own) were left out: 118 gaza + 79 ukraine labels.
A second set, 54 nsa_leak + 45 mh370_disappearance labels (tuning stories too: the
gaza/ukraine gap says the dating fits gaza's wording), was drawn the same way from copies
of the stores built at 374463f (``--sample nsa_leak 55``, ``--sample mh370_disappearance
45``, same seed) and labelled blind by the same conventions; one conditional act with no
deadline ('would weigh but need not approve') was left out. Two cases gaza has
none of: a naming participle ('a waypoint called X') is a state, the day it is told; an
update whose own text puts what it tells after its date (dated the 7th, 'lost contact ...
on 8 March', then the search) takes the text's day, as the text gives it. Reasons: nsa
49 update-day-default, 3 future-no-date, 2 explicit-date-sentence ('in 2010': the year's
range); mh370 36, 4, 2, and 2 earlier-past-background ('discovered four days earlier'), 1
paragraph-date-carry.
Reason codes: ``update-day-default`` (no time words; told that day; gaza 57, ukraine 53),
``same-day-words`` ('in the morning', 'today', 'at 01:00'; 39, 7), ``explicit-date-sentence``
(a date in its own sentence; 1, 8), ``paragraph-date-carry`` (an earlier date of the
paragraph still governs; 1, 6), ``planned-future-date`` (a planned act on a later date; 1,
0), ``earlier-past-background`` (a past act the text dates earlier; 1, 0),
``future-no-date`` (planned, no date given: the day it is announced; 18, 5).

Figures, exact day / share dated the update's day / 'impossible' (asserted, after it):
gaza_conflict (tuning): abb7809 0.898 (106/118) / 0.853 / 22; 092ec72 (a date from outside
the event's clause only when its tense and modality fit; a 'since' date carries no
paragraph on) 0.932 / 0.886 / 6; the timex 'since' change (no narrative date from a 'since'
date) 0.941 / 0.896 / 6; c57c821 (a season after a capitalised name word is no date) 0.958 /
0.909 / 6; 5fbc64e (a 'since' date in a relative clause dates no other act) 0.966 (114/118)
/ 0.909 / 6; the timex 'since' change reverted (aa1a893: it also kept 'two days later' and
'the next day' from counting from a since-date, and cost held-out merge pairs) 0.958
(113/118) / 0.901 / 6. ukraine_conflict (check, not tuned on): 0.747 (59/79) / 0.725 / 108;
0.772 / 0.775 / 66; 0.772 / 0.775 / 66; 0.797 / 0.771 / 67; 0.797 (63/79) / 0.772 / 67;
0.797 / 0.772 / 69. nsa_leak and mh370_disappearance unchanged throughout (day 0.961, 0.783).
With their labels, at 374463f: nsa_leak 0.981 (53/54) / 0.961 / 0; mh370_disappearance
0.822 (37/45) / 0.783 / 2. On stores rebuilt at e1cf0c0 (three gaza gold mentions no
longer detected: gaza 0.932 (110/118) / 0.904 / 6; ukraine 0.797 / 0.771 / 69): 3e23f26
('Christmas Island' is no date) mh370 0.844 (38/45); then a date in a relative or
participle clause on another noun dating no act told in the present ('rules out the zone
of the signals heard on 2 May') mh370 0.867 (39/45) / 0.817 / 2, ukraine 0.797 / 0.774 / 68,
gaza and nsa unchanged -- reverted: with the stores rebuilt, eval_merge.py's unseen-topics
pairs fell on their own store (t17_mj_haiti dev 0.960/0.889 -> 0.941/0.889, held-out
0.906/0.814 -> 0.904/0.797) for one mh370 mention. Also tried and not kept: such a date
carrying no paragraph on ('photos taken on 2 May show ... . The unit leads a team that
...'): gaza 0.949 (112/118), ukraine 0.835 (66/79) / 0.815 / 67, mh370 0.911 (41/45), but the
ukraine tellings merge (eval_merge.py --pairs st_ukraine_pairs.jsonl on the rebuilt store) fell
0.649/0.632 -> 0.622/0.605 (gaza unchanged); carrying it on to acts told as done only kept
the merge drop and lost the ukraine gain. Nor a decade or century the telling is in
dating no act told in the present ('the norms of this century are being flouted'):
nsa 1.0 (54/54), the rest unchanged, but eval_merge.py within dev 0.783/0.750 ->
0.750/0.750 (an h1n1 pair of one article).
Stores rebuilt at 14f2e25 (gaza 0.932, ukraine 0.797 / 0.771 / 69, nsa 0.981, mh370 0.844),
first tried and held back, then adopted by the lead (session 14): a paragraph whose last
date is one on the SUBJECT of a sentence told in the present ('satellite photos from
Paris taken on 23 March show ...': a phrase or participle clause on the subject noun, the verb
VBZ/VBP) carries no date on: mh370 0.911 (41/45) / 0.850 / 2, gaza, nsa, ukraine unchanged,
ukraine tellings merge unchanged, gaza within pairs 0.250 -> 0.333; the same for a date on
any noun of such a sentence, or skipping such dates for an earlier one: ukraine tellings
merge 0.750/0.632 -> 0.727/0.632 (those broader forms stay out). Held back because the
unseen-topics pairs on their own
store (t17_mj_haiti, 14f2e25 merge code) lose one dev pair, 0.959/0.870 -> 0.940/0.870 (test
0.904/0.797 kept): a haiti 'aid' cluster of 122 mentions takes in one more article's 'aid';
each of three unrelated correct dating changes (this one, a page's 'Last updated at' stamp
dating no event, passive plan words dating ahead) flips that same pair.
Adopted with the page-stamp rule anyway: the dates they give are right and the lost pair is
the merge's chaining of a large cluster, not a dating error (the passive-plan rule stays out).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import duckdb

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "st_dating_gold.jsonl"
STORIES = ("gaza_conflict", "ukraine_conflict", "nsa_leak", "mh370_disappearance")
SEED = 2026


def _stores(pairs: list[str]) -> dict[str, Path]:
    out = {s: Path(f"/tmp/st/{s}.duckdb") for s in STORIES}
    for p in pairs:
        k, _, v = p.partition("=")
        out[k] = Path(v)
    return out


def _rows(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.sql(
            "select e.article_id, e.start_char, e.end_char, a.dct, e.date_start, e.date_end,"
            " e.modality, e.negated, e.hedged from events e join articles a"
            " on a.id = e.article_id order by e.article_id, e.start_char").fetchall()
    finally:
        con.close()


def totals(rows: list[tuple]) -> dict[str, float | int]:
    """Shares of mentions by where their date falls against the update's day."""
    n = len(rows)
    counts = {"day": 0, "day_before": 0, "older": 0, "after": 0, "undated": 0}
    impossible = 0
    for _aid, _s, _e, dct, start, _end, modality, negated, hedged in rows:
        if start is None or dct is None:
            counts["undated"] += 1
        elif start == dct:
            counts["day"] += 1
        elif start == dct - timedelta(days=1):
            counts["day_before"] += 1
        elif start < dct:
            counts["older"] += 1
        else:
            counts["after"] += 1
            if modality == "asserted" and not negated and not hedged:
                impossible += 1
    out: dict[str, float | int] = {"mentions": n}
    for k, v in counts.items():
        out[k] = round(v / n, 3) if n else 0.0
    out["after_n"] = counts["after"]
    out["impossible"] = impossible
    return out


def _gold_range(g: str) -> tuple[date, date]:
    lo, _, hi = g.partition("/")
    return date.fromisoformat(lo), date.fromisoformat(hi or lo)


def score(rows: list[tuple], gold: list[dict]) -> dict[str, float | int]:
    by_key = {(r[0], r[1]): r for r in rows}
    by_article: dict[str, list[tuple]] = {}
    for r in rows:
        by_article.setdefault(r[0], []).append(r)
    right = missed = 0
    for g in gold:
        r = by_key.get((g["article"], g["start"]))
        if r is None:  # the trigger moved within its word span
            r = next((x for x in by_article.get(g["article"], [])
                      if x[1] < g["end"] and g["start"] < x[2]), None)
        if r is None:
            missed += 1
            continue
        lo, hi = _gold_range(g["gold"])
        start, end = r[4], r[5] or r[4]
        if start is not None and lo <= start and end <= hi:
            right += 1
    n = len(gold)
    found = n - missed
    # accuracy counts a labelled mention the events stage no longer finds as wrong; a
    # change that drops acts by design (a condition, a proposal's content) then reads as
    # a dating loss, so the accuracy over the mentions still found is given beside it.
    return {"labelled": n, "right": right, "missed": missed,
            "accuracy": round(right / n, 3) if n else 0.0,
            "accuracy_found": round(right / found, 3) if found else 0.0}


def sample(db: Path, story: str, n: int) -> None:
    """Print n seeded mentions for blind labelling: context and trigger, no dates."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.sql("select e.article_id, e.start_char, e.end_char, a.text from events e"
                       " join articles a on a.id = e.article_id"
                       " order by e.article_id, e.start_char").fetchall()
    finally:
        con.close()
    picked = sorted(random.Random(SEED).sample(rows, min(n, len(rows))), key=lambda r: r[:2])
    for aid, s, e, text in picked:
        para = text.rfind("\n\n", 0, s)
        para = 0 if para < 0 else para + 2
        stop = min((k for k in (text.find(". ", e), text.find("\n", e)) if k >= 0),
                   default=len(text))
        ctx = text[para:s] + "[[" + text[s:e] + "]]" + text[e:stop + 1]
        print(json.dumps({"story": story, "article": aid, "start": s, "end": e}))
        print("   ", ctx.replace("\n", " / "))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", action="append", default=[], metavar="EVENT=PATH")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--sample", nargs=2, metavar=("EVENT", "N"))
    a = ap.parse_args()
    stores = _stores(a.store)
    if a.sample:
        sample(stores[a.sample[0]], a.sample[0], int(a.sample[1]))
        return 0
    gold = [json.loads(x) for x in a.gold.read_text().splitlines() if x.strip()] \
        if a.gold.exists() else []
    report = {}
    for story, db in stores.items():
        if not db.exists():
            continue
        rows = _rows(db)
        entry: dict[str, object] = {"totals": totals(rows)}
        mine = [g for g in gold if g["story"] == story]
        if mine:
            entry["gold"] = score(rows, mine)
        report[story] = entry
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
