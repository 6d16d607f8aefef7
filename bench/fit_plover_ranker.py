"""Fit the event ranker (src/dateline/data/events/ranker.json) on the PLOVER dev half.

Usage: .venv/bin/python bench/fit_plover_ranker.py [--data PATH]

Only the 'dev' half of bench/eval_plover.py's sha1 split is read; the 'test' half stays
unseen. A conditional-logit model (softmax over a sentence's candidates, L2-penalised):
the candidates of the first sentence with any, in the hand order (context.rank), described
by ranker.features; a candidate is right when its root is the gold root.

Records whose candidates hold no gold root teach nothing and are left out of the fit (they
still count as misses in the cross-validation figures). The L2 strength is chosen by 5-fold
cross-validation inside dev (folds by sha1 of the id, independent of the dev/test parity),
preferring the strongest penalty within 0.5 point of the best. Features seen in fewer than
2 dev records are dropped. Deterministic: fixed folds, L-BFGS from zeros, sorted features.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_plover import DEFAULT, load  # noqa: E402

from dateline.config import Settings  # noqa: E402
from dateline.events import context, detect, ranker  # noqa: E402
from dateline.pipeline import load_nlp  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "events" / "ranker.json"
GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
Group = tuple[list[list[str]], list[bool]]  # candidate features, candidate is right


def fold(rid: str) -> int:
    return (int(hashlib.sha1(rid.encode()).hexdigest(), 16) // 2) % 5


def plain_groups(recs: list[dict[str, Any]], nlp: Any) -> list[Group]:
    out: list[Group] = []
    for r in recs:
        doc = nlp(str(r["text"]))
        group: Group = ([], [])
        for sent in doc.sents:
            cands = detect.find(sent)
            if cands:
                context.analyse(cands, [])
                hand = context.rank(cands)
                group = (ranker.candidate_features(hand), [c.root == r["gold"] for c in hand])
                break
        out.append(group)
    return out


def fit(groups: list[Group], l2: float, vocab: list[str]) -> dict[str, float]:
    """Maximise sum over groups of log P(some right candidate), P = softmax of scores."""
    index = {f: i for i, f in enumerate(vocab)}
    mats = []
    for feats, right in groups:
        if len(feats) < 2 or not any(right) or all(right):
            continue  # no choice to learn from
        x = np.zeros((len(feats), len(vocab)))
        for j, fs in enumerate(feats):
            for f in fs:
                if f in index:
                    x[j, index[f]] = 1.0
        mats.append((x, np.array(right, dtype=bool)))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.5 * l2 * float(w @ w), l2 * w
        for x, right in mats:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = np.where(right, p, 0.0)
            pr = q.sum()
            total -= float(np.log(pr))
            grad = grad - x.T @ (q / pr - p)
        return total, grad

    w = _descend(loss, np.zeros(len(vocab)))
    return {f: round(float(v), 4) for f, v in zip(vocab, w, strict=True) if abs(v) >= 1e-4}


def _descend(loss: Any, w: np.ndarray, steps: int = 400) -> np.ndarray:
    """Gradient descent with backtracking (numpy only; the loss is convex, so this
    reaches the same optimum as any solver, deterministically)."""
    f, g = loss(w)
    lr = 1.0
    for _ in range(steps):
        if float(g @ g) < 1e-10:
            break
        while True:
            w2 = w - lr * g
            f2, g2 = loss(w2)
            if f2 <= f - 0.5 * lr * float(g @ g) or lr < 1e-8:
                break
            lr *= 0.5
        w, f, g = w2, f2, g2
        lr = min(lr * 2.0, 8.0)
    return w


def top_right(group: Group, w: dict[str, float]) -> bool:
    feats, right = group
    if not feats:
        return False
    scores = [ranker.score(f, w) for f in feats]
    best = max(range(len(feats)), key=lambda i: (scores[i], -i))
    return right[best]


def vocab_of(groups: list[Group]) -> list[str]:
    seen: dict[str, int] = {}
    for feats, _ in groups:
        for f in {f for fs in feats for f in fs}:
            seen[f] = seen.get(f, 0) + 1
    return sorted(f for f, n in seen.items() if n >= 2)


def choose(groups: list[Group], folds: list[int], name: str) -> tuple[float, dict[str, Any]]:
    hand = sum(top_right(g, {}) for g in groups) / len(groups)
    oracle = sum(any(g[1]) for g in groups) / len(groups)
    cv: dict[str, float] = {}
    for l2 in GRID:
        ok = 0
        for k in range(5):
            train = [g for g, f in zip(groups, folds, strict=True) if f != k]
            w = fit(train, l2, vocab_of(train))
            ok += sum(top_right(g, w) for g, f in zip(groups, folds, strict=True) if f == k)
        cv[str(l2)] = round(ok / len(groups), 4)
    best = max(cv.values())
    l2 = max(float(k) for k, v in cv.items() if v >= best - 0.005)
    print(f"{name}: hand order {hand:.3f}, oracle {oracle:.3f}, cv {cv} -> l2={l2}")
    return l2, {"hand_order": round(hand, 4), "oracle": round(oracle, 4), "cv_accuracy": cv,
                "l2": l2}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DEFAULT)
    a = ap.parse_args()
    if not a.data.exists():
        print(f"data absent: {a.data}", file=sys.stderr)
        return 2
    recs = load(a.data, "dev")
    folds = [fold(str(r["id"])) for r in recs]
    nlp = load_nlp(Settings().model)
    doc: dict[str, Any] = {
        "_doc": "Event ranker weights (conditional logit; see src/dateline/events/ranker.py), "
                "fitted by bench/fit_plover_ranker.py on the dev half of PLOVER_GSR_CAMEO. "
                "A candidate's score is the sum of its features' weights; highest first.",
        "records": len(recs),
    }
    groups = plain_groups(recs, nlp)
    l2, doc["plain_fit"] = choose(groups, folds, "plain")
    doc["plain"] = fit(groups, l2, vocab_of(groups))
    OUT.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(doc['plain'])} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
