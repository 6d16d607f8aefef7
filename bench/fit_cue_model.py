"""Fit the learned cue tagger (``dateline.quotes.learned``) on PolNeAR train.

Every candidate token (verb with a subject, noun with a possessor, predicate
adjective) outside direct quotes is an example; it is positive when it lies in a
gold attribution cue. An averaged perceptron over ``learned.features`` is
trained for a few epochs; features seen fewer than ``--min-count`` times are
dropped, weights rounded, and the result written as package data
``src/dateline/data/quotes/cue_model.json`` with the decision threshold.

The threshold (the veto on listed non-speech cues, the bar for denied action verbs)
is not fitted here: pick it by the end-to-end source F1 on a train slice the model
did not see, never on dev. The shipped model is fitted on train articles 1-560 and
701-840 (``--slices 0:560,700:840``); its bars were chosen on 561-700
(``bench/eval_polnear.py --split train --skip 560 --limit 140``).

Tried and not kept (561-700 source F1, shipped 0.782): the denied bar at 0.0 gives
0.786, but PolNeAR counts deeds as cues and the shipped model scores 'Hamas released
25 Israeli hostages' 0.28 and 'The senator signed the bill' 0.29, which
tests/quotes keeps out of the claims, so 0.3 stays; threshold 0.1 (0.782, and 'known
as' at 0.005 is lost) or -0.15 (0.780); features for the subject kind and lexicon
status crossed with each complement, a quotation mark in the sentence and the
nearest cue verb governing the clause (0.782); 15 epochs (0.779) or --min-count 2
(0.783); logistic regression on the same features (candidate-level average
precision for unlisted words 0.246 -> 0.259; 0.783 with the denied bar held).

Session 65, fitted on 1-560 only with the bars chosen on 701-840 (end-to-end source
overlap F1 there 0.816 at the shipped bars), none kept: the tagger is flat around its
bars (threshold -0.2 .. 0.2: 0.810-0.816; veto -0.6 .. -0.2, denied 0.15 .. 0.35,
adjective -0.5 .. -0.1: 0.814-0.817); features for a light verb's noun (whether the
lexicon lists the object or a preposition's object as a cue or word-carrying noun, and
whether that noun has a clause or preposition of its own: 'made the case that', 'came
under criticism') 0.815, and the unlisted candidates' average precision on 701-840 fell
0.350 -> 0.334; a veto on speech verbs ('say') scoring below -0.8 .. -0.2: 0.816 -> 0.816
.. 0.815; weights averaged over five shuffles 0.816. At the shipped bars the 1-560 fit
gives dev 0.801 and 561-700 0.795 (shipped 0.802 / 0.798): the 140 articles more help.
The shipped weights predate later lexicon changes (the 'lx=' feature): a refit on the same
slices with today's code keeps 20,661 features, not 20,842, and gives dev source 0.803,
cue 0.788 (shipped 0.791), 561-700 source 0.797, cue 0.777 (0.780): not kept either.
Of the 2,980 gold cues on train 1-560 that no predicted cue overlaps, 1,130 hold no
candidate at all (a noun with no possessor, a verb with no subject of its own, copular
'be', a preposition, a colon): a better score for the candidates cannot reach them.

Session 67, the adjective bar by 4-fold cross-validation within train 1-560 (each fold of
140 articles scored end to end by a model fitted on the other three and 701-840, today's
code, the copular participles of efca3a6a among the candidates; overlap hits/predicted
summed over the folds, gold source 12,308): no bar 9,299/11,216 (source F1 0.7906), -0.6
0.7903, -0.5 0.7909, -0.4 0.7907, -0.3 0.7907, -0.2 0.7908, -0.1 0.7909, 0.0 0.7906; cue
F1 0.7741-0.7747 (-0.3: 0.7747), content 0.7938-0.7942. Flat: -0.3 stays. A refit of the
shipped slices with today's code at -0.3 (20,615 features) gives dev source 0.802, cue
0.790 (shipped 0.803 / 0.791), 561-700 source 0.795 (0.798): not kept.

    .venv/bin/python bench/fit_cue_model.py --slices 0:560,700:840 [--threshold 0.0] \
        [--veto -0.4] [--denied 0.25] [--adjective -0.3] [--parses DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_polnear as E  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "dateline" / "data" / "quotes" / "cue_model.json"


def parsed(limit: int, skip: int, parses: Path | None) -> list:
    """spaCy docs of train articles skip+1..skip+limit, kept as a DocBin in ``parses`` (a
    folder) when given: the features change with dateline's code, the parses only with
    spaCy and its model (delete the folder when those change)."""
    from spacy.tokens import DocBin

    from dateline.config import Settings

    arts = E.articles("train", limit, skip)
    path = None if parses is None else parses / f"train_{skip}_{skip + limit}.spacy"
    if path is not None and path.exists():
        nlp = E._nlp(Settings().model)
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] == [text for _, text, _ in arts]:
            return docs
    nlp = E._nlp(Settings().model)
    docs = [nlp(text) for _, text, _ in arts]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    return docs


def examples(
    limit: int, skip: int = 0, parses: Path | None = None
) -> list[tuple[list[str], int]]:
    """Feature lists and labels of every candidate in train articles skip+1..skip+limit."""
    from dateline.quotes.learned import Parse, candidate, features
    from dateline.quotes.lexicon import lexicon
    from dateline.quotes.marks import quote_spans

    lex = lexicon()
    out: list[tuple[list[str], int]] = []
    docs = parsed(limit, skip, parses)
    for (_name, text, gold), doc in zip(E.articles("train", limit, skip), docs, strict=True):
        cues = sorted(r for a in gold for r in a.cue)
        quotes = quote_spans(text)
        parse = Parse(doc)  # the doc's arrays, read once for all its candidates
        for tok in doc:
            shape = candidate(tok)
            if shape is None or any(s <= tok.idx < e for s, e in quotes):
                continue
            y = int(any(a <= tok.idx < b for a, b in cues))
            out.append((features(tok, shape, lex.lemma(tok), parse=parse), y))
    return out


def train(data: list[tuple[list[str], int]], epochs: int, seed: int = 0) -> dict[str, float]:
    """Averaged perceptron (labels +1/-1), lazy averaging by timestamps."""
    w: dict[str, float] = {}
    total: dict[str, float] = {}
    stamp: dict[str, int] = {}
    t = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            t += 1
            feats, y = data[i]
            ys = 1 if y else -1
            score = math.fsum(w.get(f, 0.0) for f in feats)  # as learned.CueModel.score
            if ys * score <= 0:
                for f in feats:
                    total[f] = total.get(f, 0.0) + (t - stamp.get(f, 0)) * w.get(f, 0.0)
                    stamp[f] = t
                    w[f] = w.get(f, 0.0) + ys
    for f in w:
        total[f] = total.get(f, 0.0) + (t - stamp.get(f, 0)) * w[f]
    return {f: total[f] / t for f in w}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--slices",
        default="0:560,700:840",
        help="train article ranges START:END (0-based, end exclusive), comma-separated",
    )
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--threshold", type=float, default=0.0)
    ap.add_argument("--veto", type=float, default=-0.4, help="non-speech cues scoring below: none")
    ap.add_argument("--denied", type=float, default=0.25, help="not_cues scoring above: cues")
    ap.add_argument(
        "--adjective", type=float, default=-0.3, help="actor's predicate adjectives above: cues"
    )
    ap.add_argument("--cache", type=Path, default=None, help="pickle of extracted examples")
    ap.add_argument(
        "--parses", type=Path, default=None, help="folder keeping spaCy's parses per slice"
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = []
        for part in args.slices.split(","):
            lo, hi = (int(x) for x in part.split(":"))
            data += examples(hi - lo, lo, args.parses)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    counts: Counter[str] = Counter(f for feats, _ in data for f in feats)
    keep = {f for f, n in counts.items() if n >= args.min_count}
    data = [([f for f in feats if f in keep], y) for feats, y in data]
    weights = train(data, args.epochs)
    scale = max(abs(v) for v in weights.values()) or 1.0
    small = {f: round(v / scale, 4) for f, v in weights.items() if abs(v / scale) >= 1e-4}
    pos = sum(y for _, y in data)
    print(f"{len(data)} examples, {pos} positive, {len(small)} features kept")
    model = {
        "_doc": (
            "Averaged-perceptron weights of the learned cue tagger (dateline.quotes.learned), "
            f"fitted by bench/fit_cue_model.py on PolNeAR train articles {args.slices} "
            "(0-based, end exclusive) "
            f"({args.epochs} epochs, features seen >= {args.min_count} times, weights scaled to "
            "max 1). An unlisted candidate is a cue when its summed weights exceed 'threshold'; "
            "a listed cue that is no speech verb (not 'direct') scoring below 'veto' is "
            "dropped; an action verb the lexicon keeps out of the cues ('not_cues') counts "
            "when it scores above 'denied' (all three chosen end to end on the train articles "
            "left out, 561-700; 'denied' lowered from 0.3 to 0.25 together with the deed check "
            "of cues.json 'deeds', which keeps 'released 25 hostages' and 'signed the bill' "
            "out); a predicate adjective whose subject is an actor (a personal "
            "pronoun or a person, organisation, nationality or place) counts above the lower "
            "'adjective' bar."
        ),
        "threshold": args.threshold,
        "veto": args.veto,
        "denied": args.denied,
        "adjective": args.adjective,
        "weights": dict(sorted(small.items())),
    }
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
