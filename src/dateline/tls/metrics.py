"""Timeline metrics as tilse computes them (Martschat & Markert 2017).

* :func:`align_m1` is tilse's ``align_date_content_costs_many_to_one`` ("align+
  m:1"), the metric news-tls reports as AR-1/AR-2: every predicted date is
  linked to the reference date of least cost, and every reference date to the
  predicted date of least cost, where cost = date distance factor
  ``1 - 1/(|days|+1)`` times content factor ``1 - approxROUGE-1 F1`` (on raw
  whitespace tokens, no stemming, as tilse does). Matched ROUGE hits are then
  weighted by ``1/(|days|+1)``; precision sums over predicted dates, recall
  over reference dates (micro average), F1 from the two.
* :func:`date_f1` is the news-tls date-selection F1 (exact day match).

A timeline is a list of ``(date, [sentence, ...])``; the reference may be one
timeline or several (tilse's ``GroundTruth``: a date's summaries from every
reference timeline, empty where one lacks that date).
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from dateline.tls.rouge import Counts, rouge_counts

Timeline = Sequence[tuple[date, Sequence[str]]]


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def f_score(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _prf(hit_p: float, den_p: float, hit_r: float, den_r: float) -> PRF:
    p = hit_p / den_p if den_p else 0.0
    r = hit_r / den_r if den_r else 0.0
    return PRF(p, r, f_score(p, r))


class _Ground:
    """tilse's GroundTruth: date -> the summaries the reference timelines give it."""

    def __init__(self, refs: Sequence[Timeline]) -> None:
        # like tilse, a reference without the date contributes an empty summary
        maps = [{d: [s.strip() for s in sents] for d, sents in tl} for tl in refs]
        days = {d for m in maps for d in m}
        self.by_date = {d: [m.get(d, []) for m in maps] for d in days}

    def dates(self) -> list[date]:
        return sorted(self.by_date)


def _bag(sentences: Sequence[str]) -> Counter[str]:
    """Whitespace tokens, minus those tilse 0.2.1 drops: any token that is a substring
    of ``string.punctuation`` (its test is ``k not in string.punctuation``)."""
    c: Counter[str] = Counter()
    for s in sentences:
        c.update(k for k in s.split() if k not in string.punctuation)
    return c


def approx_rouge1(pred: Sequence[str], refs: Sequence[Sequence[str]]) -> float:
    """tilse's cheap ROUGE-1 F1 used only for alignment costs (whitespace tokens, case
    kept, lone punctuation dropped)."""
    return _approx(_bag(pred), [_bag(r) for r in refs])


def _approx(pc: Counter[str], rcs: list[Counter[str]]) -> float:
    match = sum(min(c, rc[t]) for t, c in pc.items() for rc in rcs)
    p_den = len(rcs) * sum(pc.values())
    r_den = sum(sum(rc.values()) for rc in rcs)
    p = match / p_den if p_den else 0.0
    r = match / r_den if r_den else 0.0
    return f_score(p, r)


def _factor(a: date, b: date) -> float:
    return 1.0 / (abs(a.toordinal() - b.toordinal()) + 1)


def _best(costs: dict[date, float]) -> date:
    """Least-cost target; the earliest on ties, as numpy's argmin over sorted dates picks."""
    return min(sorted(costs), key=lambda d: costs[d])


def align_m1(pred: Timeline, refs: Timeline | Sequence[Timeline]) -> dict[str, PRF]:
    """AR-1 and AR-2 (``{"rouge_1": PRF, "rouge_2": PRF}``) of ``pred`` against ``refs``."""
    ref_list = _as_ref_list(refs)
    ground = _Ground(ref_list)
    pmap = {d: list(s) for d, s in pred}
    pdates, rdates = sorted(pmap), ground.dates()
    # cost of linking predicted date pd with reference date rd, both directions use it
    by_pred: dict[date, dict[date, float]] = {pd: {} for pd in pdates}
    by_ref: dict[date, dict[date, float]] = {rd: {} for rd in rdates}
    pbags = {pd: _bag(pmap[pd]) for pd in pdates}
    rbags = {rd: [_bag(r) for r in ground.by_date[rd]] for rd in rdates}
    for pd in pdates:
        for rd in rdates:
            cost = (1 - _factor(pd, rd)) * (1 - _approx(pbags[pd], rbags[rd]))
            by_pred[pd][rd] = by_ref[rd][pd] = cost
    # each predicted date with its reference date of least cost (precision), and each
    # reference date with its predicted one (recall); none when the other side is empty
    to_ref = [(pd, _best(by_pred[pd])) for pd in pdates] if rdates else []
    to_pred = [(_best(by_ref[rd]), rd) for rd in rdates] if pdates else []
    out = {}
    for n in (1, 2):
        hp = dp = hr = dr = 0.0
        for hit, c in _linked(to_ref, pmap, ground, n):
            hp += hit
            dp += c.peer
        if not rdates:  # each summary against an empty one per reference
            for pd in pdates:
                dp += rouge_counts(pmap[pd], [[""]] * len(ref_list), n).peer
        for hit, c in _linked(to_pred, pmap, ground, n):
            hr += hit
            dr += c.model
        if not pdates:
            for rd in rdates:
                dr += rouge_counts([], ground.by_date[rd], n).model
        out[f"rouge_{n}"] = _prf(hp, dp, hr, dr)
    return out


def _linked(
    links: list[tuple[date, date]], pmap: dict[date, list[str]], ground: _Ground, n: int
) -> Iterator[tuple[float, Counts]]:
    """Per linked (predicted, reference) date pair: its ROUGE-n hits weighted by the date
    distance factor, and its counts."""
    for pd, rd in links:
        c = rouge_counts(pmap[pd], ground.by_date[rd], n)
        yield _factor(pd, rd) * c.hit, c


def date_f1(pred: Timeline, ref: Timeline) -> PRF:
    """Date selection precision/recall/F1 (exact days; 0 when nothing is shared)."""
    pd, rd = {d for d, _ in pred}, {d for d, _ in ref}
    shared = len(pd & rd)
    if not shared:
        return PRF(0.0, 0.0, 0.0)
    p, r = shared / len(pd), shared / len(rd)
    return PRF(p, r, f_score(p, r))


def _as_ref_list(refs: Timeline | Sequence[Timeline]) -> list[Timeline]:
    """One timeline, or several: a timeline's items are (date, sentences) pairs."""
    if refs and isinstance(refs[0], tuple) and isinstance(refs[0][0], date):
        return [refs]  # type: ignore[list-item]
    return list(refs)  # type: ignore[arg-type]
