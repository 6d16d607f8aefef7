"""How far can lone weekdays tell a year's shift? An oracle bound for datecheck_ceiling.py.

A year moves the writing date's weekday by one or two days, so "said Tuesday" fits the
true date a little better than the shifted one. This scores each article's lone-weekday
cues with the prior's fitted tables (``prior.json``, uncapped) and asks: at the
threshold that keeps false alarms at the true dates at ``fa`` (the larger of the two
shifts' ratios, as a checker not knowing the direction must), how many shifted copies
are caught when the oracle knows which way the date was moved? No checker can do better
from the same cues with the same tables, so it bounds the soft evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bench_datecheck import shifted

from dateline.datecheck.check import readings
from dateline.datecheck.prior import Cue, _base, _logp, cues, prior_model

_DIRS = {"-1y": -1, "+1y": 1}


def weekday_llr(cs: Sequence[Cue], stated: date, cand: date) -> float:
    """Log-likelihood ratio of writing date ``cand`` over ``stated`` from weekday cues."""
    model = prior_model()
    total = 0.0
    for c in cs:
        if _base(c.kind) != "W":
            continue
        here, there = _logp(model, c, stated), _logp(model, c, cand)
        if here is not None and there is not None:
            total += there - here
    return total


def weekday_oracle(
    docs: Sequence[tuple[str, date, str]], fa: float = 0.03
) -> tuple[dict[str, object], list[set[str]]]:
    """Recall per direction of the weekday-only oracle at ``fa`` false alarms, and for
    each article the directions it catches."""
    at_true: list[float] = []
    moved: dict[str, list[float]] = {d: [] for d in _DIRS}
    for _name, dct, text in docs:
        cs = [c for c in cues(text, readings(text)) if _base(c.kind) == "W"]
        at_true.append(max(weekday_llr(cs, dct, shifted(dct, k)) for k in _DIRS.values()))
        for label, k in _DIRS.items():
            stated = shifted(dct, k)
            moved[label].append(weekday_llr(cs, stated, dct))
    ranked = sorted(at_true, reverse=True)
    allowed = int(fa * len(ranked))  # this many true-date scores may exceed the threshold
    threshold = max(ranked[allowed] if allowed < len(ranked) else 0.0, 0.0)
    n = len(docs)
    flags = [{d for d, s in moved.items() if s[i] > threshold} for i in range(n)]
    summary = {
        "false_alarms": fa,
        "threshold": round(threshold, 3),
        "recall": {d: round(sum(v > threshold for v in s) / n, 4) for d, s in moved.items()},
    }
    return summary, flags
