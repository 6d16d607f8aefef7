"""Precision of ``dateline disagreements`` on conflict news: are the rows it shows real
disagreements a fact-checker can trust (issue #6)?

Usage:
  .venv/bin/python bench/eval_st_disagree.py --db STORE [--db STORE ...] [--errors]
  .venv/bin/python bench/eval_st_disagree.py --db t17_bpoil=BP_STORE --db t17_mj_haiti=MJH_STORE

A ``STORY=STORE`` names the story of a store whose article ids do not carry it (the news
stores below).

Each STORE is a store of one socialtimeline story built as ``bench/socialtimeline_corpus.py``
builds them (/tmp/fin/gaza.duckdb, /tmp/fin/ukraine.duckdb; work on a copy: the disagreements
read the store's kept merge, or merge it when none is kept). The story is read off the article
ids. gaza_conflict is the tuning story (``--errors`` lists its wrong groups by ids and offsets);
ukraine_conflict is the check story: totals only.

Gold (``bench/data/st_disagree_gold.jsonl``): one line per disagreement row (group) dateline
emitted on the stores of 2026-11-30 (/tmp/fin, code at ef24c93): the story, the kind
(number/date/denial), the label ('true': the sources really disagree about one event's number
or date, or one denies what another reports; 'false': separate incidents, an update against a
total, different counted things, a date that is another act's, a 'denial' that denies
something else) with a short category, and its claims as ids and offsets only (the updates are
CC-BY-NC; no text is copied): the article id, the event mention's trigger span, for a number the
figure's span, for a date its normalised value, for a denial 'asserted'/'denied'; and each
claim's ``fact``, an opaque id of the one real-world fact (an incident's toll, an incident's date,
an act reported or denied) the claim speaks of, shared across groups of its story; '-' for a
claim that states no such fact (a date that is when something was announced, a 'denied' report
whose denial is of another matter). How they were made: every group was read (the claims'
sentences, and the article around them when needed) and each claim given the incident and the
counted thing its own sentence ties it to, BLIND to why dateline paired them (the merge
scores, the rules that matched); the group label follows: true when all its claims speak of
one fact, false otherwise (one stray claim makes the row misleading).

Scoring a store (rebuilt or changed code): each emitted group's claims are keyed by ids and
offsets; a group all of whose claims are labelled is true when they share one fact (not '-'),
false otherwise; a group with unlabelled claims is false when its labelled ones already speak
of two facts (or one is '-'), else counted as unlabelled (label it, then score again).

Because the labels are of dateline's own output, this measures PRECISION only: a disagreement
dateline never emits is not counted anywhere (no recall). It also reports how many true groups
remain (a fix that drops real disagreements shows there).

Measure the disagree code alone: other merge files edited in the working tree make the kept
merge stale and the store is then re-merged with them; run with ``PYTHONPATH`` set to a copy
of ``src`` at the commit plus the disagree files.

News stores (``bench/data/news_disagree_gold.jsonl``, same format): every row
``dateline disagreements --format json`` emitted, after ``dateline merge``, on copies of the
t17-dev BP-oil store (story ``t17_bpoil``, /tmp/fin13/bp.duckdb) and the Michael Jackson +
Haiti store (``t17_mj_haiti``, /tmp/fin13/mjhaiti.duckdb), both built at 76ad7f8 and merged and
read with the code of 76ad7f8 (session 14): 69 and 40 rows, all labelled, the same way and
as blind (each claim's sentence read, and its article where needed, before anything of why
the rows were made). A claim's fact is '-' also when it gives no figure or date of its own
fact to set against another: a vague figure ('thousands', 'millions of barrels') or a bound
or range compatible with the estimate it stands beside ('up to 200,000' beside 'an estimated
200,000'), a rounding or another currency's conversion of a figure the row already has, a
name read as a figure ('flight 103'), or a date dateline misread (a comment's time stamp, a
'tomorrow' of a speech given the day before). A running figure (a toll, a share price's
fall, an estimate of the flow) is one fact per time it was reported: figures of different
days are a progression, not rivals. Both stories are tuning data (t17-dev): ``--errors``
lists their wrong rows. Commands (copies; merging writes):
  cp /tmp/fin13/bp.duckdb /tmp/fin13/mjhaiti.duckdb /tmp/X/
  .venv/bin/dateline merge --db /tmp/X/bp.duckdb   # and mjhaiti
  .venv/bin/python bench/eval_st_disagree.py --db t17_bpoil=/tmp/X/bp.duckdb \
      --db t17_mj_haiti=/tmp/X/mjhaiti.duckdb

Check store (rows marked ``"check": true``, story ``t17_h1n1``): every row (38) emitted on a
copy of the t17-dev H1N1 store (/tmp/fin13/h1n1.duckdb) merged and read with the code of
d8727e0 (session 14), labelled the same way and as blind, BEFORE any further disagree change;
it is a CHECK story like ukraine: ``--errors`` never lists it, report its totals only:
  .venv/bin/dateline merge --db /tmp/X/h1n1.duckdb
  .venv/bin/python bench/eval_st_disagree.py --db t17_h1n1=/tmp/X/h1n1.duckdb

Figures (news stores, bp / mj_haiti; precision, true groups):
  76ad7f8, labels made here       2/69 = 0.029, 2 | 8/40 = 0.200, 8
    (false rows, bp: different things measured in one unit (dollars, per cent, miles) 32,
    dates of separate acts or a misread date 14, no denial 5, a part and its whole 4,
    vague against exact or a running figure 7; mj_haiti: vague or running tolls 11,
    different things 7, no denial 6, dates 3)
  disagree: no side, measures      2/17 = 0.118, 2 | 8/19 = 0.421, 8
    (gaza 5/5, 5 and ukraine 3/5, 3 with it, from 5/5 and 3/7: figures that take no side
    (vague, a part, a name, a range's end, a conversion in brackets), measures (dollars, per
    cent, miles) compared only when words near them tell one thing at one rate, running
    totals of different days a progression, one article's two dates two acts, a day right
    after a later 'said' the saying's, refusals and a charge's matter no denial; measured
    on the stores above, merged at 76ad7f8, with the disagree files alone). Ablations, each
    off (bp / mj_haiti): measures 2/40 / 8/23, no side 2/22 / 8/32 (ukraine 3/7), running
    totals 2/20 / 8/20, one article's dates 2/21, saying's day 2/18, refusals - / 8/20.
    Left: bp dates of separate acts the merge joined (a lawsuit and a share fall, senators'
    call and a board's delay, a 'tomorrow' of a speech given the day before) and 'denials'
    of another matter; mj_haiti: different drugs' doses, different senders' doctors,
    displaced against homeless, readers' comments.
  disagree: a saying's day before  2/16 = 0.125, 2 | 8/19 = 0.421, 8
    (a day right after 'said' before the act, the sentence's only one, is the saying's:
    'Two lawmakers said on Monday the firm should halt its payout'; gaza 5/5, ukraine 3/5)
  d8727e0 on stores merged at d8727e0 2/16 = 0.125, 2 | 7/19 = 0.368, 7
    (the merge of d8727e0 joins other mentions than that of 76ad7f8: one true mj_haiti row
    fewer, and a new false one, a 'last Tuesday' misread as the day before in a Wednesday's
    article, labelled then as blind: group mjhaiti-h8). Stores from here on: copies of
    /tmp/fin13 merged at d8727e0, the disagree files alone changed.
  disagree: readers, both told,   2/12 = 0.167, 2 | 8/16 = 0.500, 8
  infinitives, homeless
    (readers' comments under an article make no claim: a comment stamp 'At 03:35 am on 11
    Jun 2010 , reader1 wrote :' opens the readers' part; two articles that each tell both
    figures agree on both (two drugs' doses); a to-infinitive is dated by the clause it
    hangs on ('apologised on Thursday for having to agree'), unless a plan, start or
    attempt ('due to visit on Friday'); people displaced and people left homeless are two
    counts. gaza 5/5, 5; ukraine 3/5 -> 3/3, 3; h1n1 check 3/38 -> 3/32, 3.) Ablations,
    each off (bp / mj_haiti): comments 2/14 / 8/17 (h1n1 3/34), both told - / 8/18
    (ukraine 3/5, h1n1 3/36), infinitives 2/14 / -, homeless - / 7/16 (the split turns a
    false row into a true one: 1.5 million against two million homeless).
  disagree: a denying verb only   2/11 = 0.182, 2 | 8/16 = 0.500, 8
  against an allegation
    (a report whose trigger is itself a verb of denying, 'denied that the push came from the
    White House', gainsays only an accusation or a criticism, not 'interrogated him for
    hours'; also for an article's own 'denies' link. gaza 5/5, ukraine 3/3, h1n1 3/32.)
  disagree: a link list's         2/10 = 0.200, 2 | 8/16 = 0.500, 8
  headlines
    (a headline stamped with its age, 'Obama visits Gulf disaster - 2 hrs ago', is dated by
    its posting; one mj_haiti claim newly shown labelled blind, mjhaiti-h4b: a 'Tuesday's
    earthquake' of a Monday's article read as the next day. gaza 5/5, ukraine 3/3, h1n1
    3/32.)
  disagree: page stamps           2/9 = 0.222, 2  | 8/16 = 0.500, 8
    (a headline before its page's stamp, 'US sues BP ... 14 December 2010 Last updated at
    07:31 GMT', is dated by the page; gaza 5/5, ukraine 3/3, h1n1 3/32.)
    With the range parse of 10fb699 (stored quantities of the copies updated as it reads
    them): mj_haiti 8/14 = 0.571, bp and h1n1 unchanged.
  disagree: a weekday a week off  2/9 = 0.222, 2  | 8/14 = 0.571, 8
    (two single days exactly a week apart, one of them read off a weekday its sentence
    names: 'last Tuesday's quake' in a Wednesday's article read as the day before; with
    the range parse mj_haiti 8/12 = 0.667. gaza 5/5, ukraine 3/3, h1n1 3/32.)
  disagree: a speaker's tomorrow  2/8 = 0.250, 2  | 8/14 = 0.571, 8
    (a 'tomorrow', 'today' ... in a sentence whose speaker ('I', 'we') tells the act is
    reckoned from when the speaker spoke: 'Tomorrow, I will meet the chairman' in the
    transcript of a speech given the evening before the article; gaza 5/5, ukraine 3/3,
    h1n1 3/32.)

  strength: the default view     all rows as above; shown by default (strong rows):
    (rows weak when a doubt holds: numbers with more than two figures, figures more than
    twice apart or reports more than 7 days apart; a denial that is a bare negation of an
    act that is no accusation; a date of an event of more than 10 mentions; stores: copies
    of /tmp/fin13 merged at d8727e0 with the range parse's quantities, the disagree files
    alone changed)
      bp 2/8 = 0.250 -> 2/4 = 0.500 (true kept 2/2), mj_haiti 8/12 = 0.667 -> 8/8 = 1.000
      (8/8), gaza 5/5 -> 5/5 (5/5), ukraine 3/3 -> 3/3 (3/3), h1n1 check 4/29 = 0.138 ->
      4/10 = 0.400 (true kept 4/4). Buckets, tuning stores / h1n1 check totals (true/all):
      numbers: figures > 2x apart 0/0 / 0/13; > 2 figures 0/1 / 0/9; within 2x and two
      figures 9/10 / 3/8; of those reports > 7 days apart 0/1 / 0/0. Denials: ACCUSE 8/9 /
      1/2, other types (a bare negation: 'did not hand out food') 0/3 / 0/5. Dates: event
      of <= 10 mentions 1/2 / -, more 0/3 / -.
  a66dcf23, the stores of session 77  5/17 = 0.294, 5 | 8/14 = 0.571, 8
    (copies of /tmp/fin77/n/m/{bp,mjh}.duckdb, read at a66dcf23; their rows no label covered,
    bp 12 and mj_haiti 7, labelled on 2026-12-07 (session 77) the same way and as blind:
    groups bpoil-v*, mjhaiti-v*. Before, labelled rows only: 2/5, 2 | 6/7, 6; shown by
    default 2/4 -> 5/12, 6/6 -> 8/13.)

Figures (h1n1 check store; precision, true groups; totals only):
  d8727e0, labels made here       3/38 = 0.079, 3
  disagree: readers, both told,   3/32 = 0.094, 3
  infinitives, homeless
  disagree: a denying verb ...   3/32 = 0.094, 3
  disagree: link list headlines  3/32 = 0.094, 3
  disagree: page stamps          3/32 = 0.094, 3
  disagree: a weekday a week off 3/32 = 0.094, 3
  disagree: a speaker's tomorrow 3/32 = 0.094, 3
  a66dcf23, the store of session 77  2/21 = 0.095, 2
    (a copy of /tmp/fin77/n/m/h1n1.duckdb; its 8 rows no label covered labelled on 2026-12-07
    (session 77) as blind, groups h1n1-v*; before 1/13, shown by default 1/8 -> 2/13)

Figures (gaza tuning / ukraine check; precision, true groups):
  ef24c93, labels made here       2/15 = 0.133, 2 | 2/11 = 0.182, 2
  disagree: separate incidents    5/6  = 0.833, 5 | 3/7  = 0.429, 3
    (places, means, 'a separate incident', far-apart figures tied to their own incident,
    one row per connected group of rival claims, span tallies, dates of a saying, a report
    written before the other's day, a 'denial' of another clause). Ablations on gaza, each
    rule off: denial clause 5/8, told-before 5/7, other counts in dates 5/8, dates of a
    saying 5/9, span tallies 4/8, far apart 5/8 (ukraine 2/7), own incident 4/6, places and
    means in dates 5/7. Left on gaza: one date row (a rocket from the north on its day
    against a week's running total 'since' the truce broke down).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = (ROOT / "bench" / "data" / "st_disagree_gold.jsonl",
        ROOT / "bench" / "data" / "news_disagree_gold.jsonl")
CHECK_STORIES = {"ukraine_conflict", "t17_h1n1"}

Key = tuple[str, str, int, int, str]


def story_of(article_id: str) -> str:
    return article_id.split("-a", 1)[0]


def claim_keys(con: Any, group: dict[str, Any]) -> list[tuple[Key, dict[str, Any]]]:
    """Each claim's key: (kind, article id, trigger start, trigger end, value), the value a
    figure's ``start:end`` span, a date's normalised value, or 'asserted'/'denied'."""
    out = []
    for c in group["claims"]:
        start, end, sent = con.execute(
            "SELECT start_char, end_char, sentence FROM events WHERE article_id = ? AND "
            "event_id = ?", [c["article_id"], c["event_id"]]).fetchone()
        value = c["value"]
        if group["kind"] == "number":
            spans = con.execute(
                "SELECT start_char, end_char FROM quantities WHERE article_id = ? AND "
                "sentence = ? AND text = ? ORDER BY start_char",
                [c["article_id"], sent, value]).fetchall()
            value = f"{spans[0][0]}:{spans[0][1]}" if spans else "?"
        out.append(((group["kind"], c["article_id"], int(start), int(end), value), c))
    return out


def gold_facts(gold: list[dict[str, Any]]) -> dict[Key, str]:
    facts: dict[Key, str] = {}
    for g in gold:
        for c in g["claims"]:
            facts[(g["kind"], c["article_id"], c["start"], c["end"], c["value"])] = c["fact"]
    return facts


def judge(keys: list[Key], facts: dict[Key, str]) -> str:
    """'true', 'false' or 'unlabelled' for one emitted group."""
    known = {facts[k] for k in keys if k in facts}
    if "-" in known or len(known) > 1:
        return "false"
    if len(known) == 1 and all(k in facts for k in keys):
        return "true"
    return "unlabelled"


def emitted(db: Path, named: str | None = None
            ) -> tuple[str, list[tuple[dict[str, Any], list[Key]]]]:
    from dateline.report.disagree import store_disagreement_dicts
    from dateline.store import Store

    st = Store(str(db))
    groups = store_disagreement_dicts(st)
    out = [(g, [k for k, _ in claim_keys(st.con, g)]) for g in groups]
    stories = {story_of(c["article_id"]) for g in groups for c in g["claims"]}
    story = stories.pop() if len(stories) == 1 else ",".join(sorted(stories))
    return named or story, out


def store_arg(text: str) -> tuple[str | None, Path]:
    """``STORE`` or ``STORY=STORE``."""
    story, sep, path = text.partition("=")
    return (story, Path(path)) if sep else (None, Path(text))


def score(db: Path, gold: list[dict[str, Any]], errors: bool,
          named: str | None = None) -> Counter[str]:
    story, groups = emitted(db, named)
    facts = gold_facts([g for g in gold if g["story"] == story])
    c: Counter[str] = Counter()
    for g, keys in groups:
        verdict = judge(keys, facts)
        c[verdict] += 1
        c[f"{g['kind']} {verdict}"] += 1
        if g.get("strength", "strong") == "strong":
            c[f"strong {verdict}"] += 1
        if errors and verdict != "true" and story not in CHECK_STORIES:
            print(f"  {verdict}: {g['kind']} {g['event_id']} "
                  + " ".join(f"{k[1].split(':')[0]}@{k[2]}/{k[4]}={facts.get(k, '?')}"
                             for k in keys))
    c["story " + story] = 1
    return c


def report(db: Path, c: Counter[str]) -> None:
    story = next(k[6:] for k in c if k.startswith("story "))
    labelled = c["true"] + c["false"]
    prec = c["true"] / labelled if labelled else 0.0
    kinds = ", ".join(f"{k}: {c[f'{k} true']}/{c[f'{k} true'] + c[f'{k} false']}"
                      for k in ("number", "date", "denial"))
    print(f"{story} ({db}): groups {labelled + c['unlabelled']}, precision "
          f"{c['true']}/{labelled} = {prec:.3f} (true groups {c['true']}; {kinds}); "
          f"unlabelled {c['unlabelled']}")
    shown = c["strong true"] + c["strong false"]
    print(f"  shown by default (strong): {c['strong true']}/{shown} = "
          f"{c['strong true'] / shown if shown else 0.0:.3f}, true groups kept "
          f"{c['strong true']}/{c['true']}; unlabelled {c['strong unlabelled']}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=store_arg, action="append", required=True,
                    help="STORE, or STORY=STORE for a store whose ids do not name the story")
    ap.add_argument("--gold", type=Path, action="append", help="default: both gold files")
    ap.add_argument("--errors", action="store_true", help="list wrong groups (tuning story)")
    a = ap.parse_args()
    gold = [json.loads(line) for f in (a.gold or GOLD) for line in f.read_text().splitlines()
            if line.strip()]
    for named, db in a.db:
        report(db, score(db, gold, a.errors, named))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
