"""Score the numbers stage on conflict updates: the quantities a reader sees in a seeded
sample of sentences of the Background Summarization timelines (issue #4).

Usage:
  .venv/bin/python bench/eval_st_numbers.py [--st DIR] [--story STORY ...]
                                            [--errors]   # list the misses (tuning stories only)

STORY is gaza_conflict, ukraine_conflict, mh370_disappearance or nsa_leak (default: the
first two). DIR holds ``<story>.jsonl`` as ``bench/socialtimeline_corpus.py`` writes them
(default /tmp/st). gaza_conflict, mh370_disappearance and nsa_leak are tuning stories;
ukraine_conflict is the check story: its errors are not listed (``--errors`` refuses it),
only its totals.

Gold (``bench/data/st_numbers_gold.jsonl``): one line per sampled sentence, ids and
character offsets only (the updates are CC-BY-NC; no text is copied). How it was made:
sentences of each story were split with a plain regex and shuffled with a fixed seed
(gaza 7, ukraine 11); the first sentences holding a digit or a number word were read
until about 150 (gaza) and 80 (ukraine) quantities were labelled, BLIND (before looking
at what dateline outputs for them). A quantity is what a fact-checker would take as a
reported figure: counts of people or things, money, percentages, distances; not dates,
clock times, durations ('a 72-hour ceasefire', 'two weeks'), ages, ordinals, names and
labels ('F-16', 'Tower 4', '2nd Lt.', 'Channel 5'), 'one' as a pronoun ('one of the
tunnels'). Each has ``value`` (the conservative reading as dateline's docs define it:
'hundreds' 200, 'several' 3, a range '50-60%' its low end), ``low``/``high`` (the bound a
modifier or a vague word sets: 'more than 100' low 100, 'nearly 300' high 300), ``approx``,
``counts`` (the lemma of the noun it counts as a reader resolves it in the sentence: '72
Palestinians' palestinian, 'eight of which' (rockets) rocket, 'wounded two' (people)
people, '150 Palestinian deaths' death; null when the sentence names none: 'the death
toll rose to 867'), and ``casualty`` (it counts people killed or injured). A sampled
sentence with no quantity is kept: what dateline finds there is a false alarm.

mh370_disappearance and nsa_leak (session 13, 95 quantities) were labelled the same way,
blind, from sentences split at a sentence-final '.', '!' or '?' before a space or at a line
break (regex ``[^\\n]+?(?:[.!?]+(?=\\s|$)|(?=\\n)|$)`` over the ingested text) and shuffled with
seed 17 (mh370, the first 110 sentences holding a digit or a number word: 91 quantities) and
13 (nsa_leak: all 15 such sentences, 4 quantities; its other figures are years, '21st',
'seven-term'). Cases gaza has none of: a distance or area counts its unit as written
('3,000 kilometres' kilometre, '60,000 square km' km, 'a 274,000-square-kilometre zone'
kilometre, '22.5 by 13 metres' metre for both figures); flight numbers and names ('Flight
370', 'MH370', 'Bluefin-21', 'Haixun 01') and durations ('four weeks', 'five hour period')
are no quantities; 'millions of Internet users' passwords' counts user; 'two of four pings'
counts ping for both. No casualty figure is among them (casualty recall is then null).

Figures (span R/P, value, counted; casualty R/P where there is one):
  before session 13's numbers change  mh370 0.934/1.000 1.000 0.953; nsa 1.000/1.000 1.000
    0.500; gaza 0.979/0.979 1.000 0.908 0.913/0.955; ukraine (check) 0.885/0.886 0.986 0.870
    0.700/0.778
  units, tallies, partitives, possessors, joined verbs, 'of which' (session 13)  mh370
    1.000/1.000 1.000 0.989; nsa 1.000/1.000 1.000 1.000; gaza 0.979/0.979 1.000 0.944
    0.913/0.955; ukraine unchanged. Left: a vague word the parse makes an adjective
    ('Several Hamas members': amod) still counts nothing -- reading amod gave gaza counted
    0.965 and ukraine 0.910/0.889, counted 0.873, casualty 0.800/0.800, but made the merge
    lose a true disagreement (eval_st_disagree gaza true groups 5 -> 4: an uncounted
    'several' was the near figure that joined the two tellings), so it waits for the merge.
    Session 14, measured again on stores rebuilt at 19c01dc (patch: amod of a plural, not a
    digit): gaza counted 0.965, ukraine counted 0.884 (span unchanged), mh370 0.989, nsa 1.000;
    no new disagreement row (no vague-vs-exact rival), but gaza true groups 5 -> 4 as before:
    the kidnap event's sentence figure 'several' (3-9, counting nothing) was near every
    soldier toll and glued the IDF's 'five soldiers' and Hamas's '10 IDF soldiers' into one
    event; counted as 'Hamas members' it glues nothing and the two tolls stay apart. The fix
    is the merge's (numbers_near takes an uncounted vague figure as a match for any count);
    not committed. 'many'/'some' are no quantities in this gold (0 of the 4 tuning
    occurrences labelled: 'many plots', 'of which some', 'some damage', 'many more').
  a vague amod counts its plural, landed with the merge's rival claims (session 14:
    similarity.numbers_near takes figures of one counted thing, each attributed in its
    sentence, from two articles, less than limits.rival_claim_ratio times apart, as near):
    gaza counted 0.944 -> 0.965, ukraine 0.870 -> 0.884, mh370 0.989 and nsa 1.000 kept,
    spans and values unchanged; eval_st_disagree gaza 5/5 (true 5) held, ukraine 3/3.

Scores: span recall/precision (a found quantity overlapping a gold span; the found ones
counted are those starting inside a sampled sentence), value accuracy (value and approx
equal, of the matched), bounds accuracy (low and high equal, of the matched),
counted-thing accuracy (the last word of dateline's ``counts``, lower-cased and made
singular, against the gold lemma; null against null), and casualty recall/precision
(dateline.crosscheck.read says killed/injured, of the matched).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "bench" / "data" / "st_numbers_gold.jsonl"
CHECK_STORIES = {"ukraine_conflict"}
_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "people": "people"}


def _lemma(counts: str | None) -> str | None:
    if not counts:
        return None
    w = counts.split()[-1].lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _annotations(st: Path, story: str, ids: set[str]) -> dict[str, object]:
    from dateline.ingest import iter_records
    from dateline.model import Article
    from dateline.pipeline import annotate_stream

    arts = [a for a in iter_records([st / f"{story}.jsonl"])
            if isinstance(a, Article) and a.id.split(":")[0] in ids]
    return {a.article.id.split(":")[0]: a for a in annotate_stream(arts)}


def _casualty(ann: object, q: object) -> bool:
    from dateline.crosscheck import figures_of, read

    for f in figures_of(ann):  # type: ignore[arg-type]
        if f.sentence_start is not None and f.sentence_start + f.start == q.start:  # type: ignore[attr-defined]
            return read(f) is not None
    return False


def score(story: str, st: Path, errors: bool = False) -> dict[str, float | None]:
    rows = [json.loads(line) for line in GOLD.open() if json.loads(line)["story"] == story]
    anns = _annotations(st, story, {r["article"] for r in rows})
    n_gold = n_found = hit_gold = hit_found = 0
    val = bounds = counted = 0
    cas_tp = cas_fp = cas_fn = 0
    for r in rows:
        ann = anns[r["article"]]
        text = ann.article.text  # type: ignore[attr-defined]
        s0, s1 = r["sentence"]
        found = [q for q in ann.quantities if s0 <= q.start < s1]  # type: ignore[attr-defined]
        n_found += len(found)
        gold = r["quantities"]
        n_gold += len(gold)
        for q in found:
            if any(q.start < g["end"] and g["start"] < q.end for g in gold):
                hit_found += 1
            elif errors:
                print(f"FALSE {r['article']} {q.start} {q.text!r} ({text[s0:s1].strip()[:120]})")
        for g in gold:
            ms = [q for q in found if q.start < g["end"] and g["start"] < q.end]
            if not ms:
                if errors:
                    print(f"MISS  {r['article']} {g['start']} {text[g['start']:g['end']]!r} "
                          f"({text[s0:s1].strip()[:140]})")
                cas_fn += g["casualty"]
                continue
            hit_gold += 1
            q = min(ms, key=lambda q: (abs(q.start - g["start"]), q.end - q.start))
            ok_v = q.value == g["value"] and q.approx == g["approx"]
            ok_b = (q.low, q.high) == (g["low"], g["high"])
            ok_c = _lemma(q.counts) == g["counts"]
            val += ok_v
            bounds += ok_b
            counted += ok_c
            cas = _casualty(ann, q)
            cas_tp += cas and g["casualty"]
            cas_fp += cas and not g["casualty"]
            cas_fn += g["casualty"] and not cas
            if errors and not (ok_v and ok_b and ok_c and cas == g["casualty"]):
                print(f"WRONG {r['article']} {g['start']} {q.text!r}: value {q.value} "
                      f"approx {q.approx} low {q.low} high {q.high} counts {q.counts!r} "
                      f"casualty {cas} | gold {g['value']} {g['approx']} {g['low']} "
                      f"{g['high']} {g['counts']!r} {g['casualty']}")
    matched = max(hit_gold, 1)
    return {
        "gold": n_gold, "found": n_found,
        "span_recall": round(hit_gold / max(n_gold, 1), 3),
        "span_precision": round(hit_found / max(n_found, 1), 3),
        "value_acc": round(val / matched, 3),
        "bounds_acc": round(bounds / matched, 3),
        "counted_acc": round(counted / matched, 3),
        "casualty_recall": round(cas_tp / (cas_tp + cas_fn), 3) if cas_tp + cas_fn else None,
        "casualty_precision": (round(cas_tp / (cas_tp + cas_fp), 3) if cas_tp + cas_fp
                               else None),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--st", type=Path, default=Path("/tmp/st"))
    ap.add_argument("--story", action="append")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    stories = args.story or ["gaza_conflict", "ukraine_conflict"]
    if args.errors and CHECK_STORIES & set(stories):
        print("--errors lists the tuning stories' errors only (--story gaza_conflict, "
              "mh370_disappearance or nsa_leak)",
              file=sys.stderr)
        return 2
    for story in stories:
        print(story, json.dumps(score(story, args.st, args.errors)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
