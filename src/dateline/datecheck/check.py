"""The verdict: does the stated date (DCT) agree with what the article says?

Readings (mention + tense) do not depend on the DCT, so they are computed once and can be
re-checked against other candidate dates; that is how :func:`estimate` finds the best
writing date. The verdict is a weighted sum of findings (the strongest finding per span
counts once) against the thresholds in ``rules.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dateline.datecheck.mentions import collect
from dateline.datecheck.notes import in_note, page_notes
from dateline.datecheck.prior import (
    Cue,
    assess,
    backing_cues,
    cues,
    fits_for,
    for_stated_lead,
    for_weekday_free,
    for_wire_copy,
    model_for,
    prior_model,
    shift_llrs,
    shifted,
    weekday_slip,
    year_fits,
    year_hint,
    year_llrs,
)
from dateline.datecheck.resources import lexicon, rule, rules
from dateline.datecheck.rules import (
    Bound,
    Finding,
    Reading,
    all_findings,
    consistent_bound,
    interval,
    plan_periods,
)
from dateline.datecheck.stamps import dated_by_update
from dateline.datecheck.tense import tense_of
from dateline.model import DateCheck, DateEvidence, Timex

if TYPE_CHECKING:
    from dateline.datecheck.prior import _Fits


@dataclass(frozen=True, slots=True)
class Outcome:
    """A check with the score behind it (the score ranks candidate dates)."""

    check: DateCheck
    score: float
    findings: tuple[Finding, ...]


def readings(text: str, timexes: Iterable[Timex] = (), doc: Any = None) -> list[Reading]:
    """Every calendar mention of ``text`` with the tense it is referred to in. A date of
    the page's later notes (:mod:`.notes`: comments, amendments) is only a limit: the
    article was written by then, in whatever tense the note is told; so is the date of
    a 'last updated' stamp (:func:`.stamps.dated_by_update`)."""
    notes = page_notes(text)
    return dated_by_update([
        Reading(m, "bounded" if in_note(notes, m.start, m.end)
                else tense_of(text, m.start, m.end, doc))
        for m in collect(text, tuple(timexes))
    ], text)


_PRIOR = "shifted_date_fits_better"


def score(findings: Iterable[Finding]) -> float:
    # The prior's finding sums the whole article, so it adds to a rule on the same span.
    best: dict[tuple[int, int, bool], float] = {}
    for f in findings:
        key = (f.start, f.end, f.rule == _PRIOR)
        best[key] = max(best.get(key, 0.0), f.weight)
    return sum(best.values())


def verdict_for(total: float) -> str:
    cut = rules()["verdict"]
    if total >= cut["contradicted"]:
        return "contradicted"
    if total >= cut["suspicious"]:
        return "suspicious"
    return "consistent"


def _bounds(
    found: list[Finding], reads: list[Reading], dct: date
) -> tuple[date | None, date | None]:
    lows: list[date] = []
    highs: list[date] = []
    # The prior's best date is a guess among a few shifts, not a bound: it only bounds
    # when no rule does (one cue alone may now carry it past its threshold).
    ruled = [f for f in found if f.bound_date is not None and f.rule != _PRIOR]
    for f in ruled or found:
        if f.bound_date is not None:
            (lows if f.bound == "earliest" else highs).append(f.bound_date)
    flagged = {(f.start, f.end) for f in found}
    for r in reads:
        if (r.mention.start, r.mention.end) in flagged:
            continue
        b = consistent_bound(r, dct)
        if b is not None:
            (lows if b[0] == "earliest" else highs).append(b[1])
    return (max(lows) if lows else None, min(highs) if highs else None)


def _explicit_bounds(reads: list[Reading]) -> tuple[date | None, date | None]:
    lows: list[date] = []
    highs: list[date] = []
    for r in reads:
        span = interval(r.mention)
        if span is None:
            continue
        if r.tense == "past":
            lows.append(span[0])
        elif r.tense == "future":
            highs.append(span[1])
    return (max(lows) if lows else None, min(highs) if highs else None)


def evaluate(
    reads: list[Reading], text: str, dct: date | None, cs: list[Cue] | None = None,
    hint: bool = True,
) -> Outcome:
    """Check the readings of one article against ``dct`` (``cs``: the prior's cues of
    ``reads``, when already read; they do not depend on the date). With ``hint`` the check
    keeps the prior's weak sign of a year's shift (:func:`.prior.year_hint`) and the text's
    own fit a year before and after (:func:`.prior.year_fits`, DateCheck.year_fit)."""
    if dct is None:
        # Without a stated date nothing can disagree, but explicit dates still bound
        # when the article can have been written.
        low, high = _explicit_bounds(reads)
        return Outcome(DateCheck("unknown", (), low, high), 0.0, ())
    cs = _unplanned(cues(text, reads) if cs is None else cs, reads, text, dct)
    fits = fits_for(cs)  # the prior's densities, shared by its finding and the year's fit
    found = sorted(
        [*all_findings(reads, text, dct), *prior_finding(reads, text, dct, cs, fits)],
        key=lambda f: (f.start, -f.weight),
    )
    total = score(found)
    evidence = tuple(DateEvidence(f.start, f.end, f.text, f.reason) for f in found)
    earliest, latest = _bounds(found, reads, dct)
    verdict = verdict_for(total)
    llrs = year_llrs(cs, dct, fits=fits) if hint else None  # one pass for the hint and the fit
    return Outcome(
        DateCheck(verdict, evidence, earliest, latest,  # type: ignore[arg-type]
                  hint=year_hint(cs, dct, llrs=llrs) if llrs is not None else None,
                  year_fit=year_fits(cs, dct, llrs=llrs) if llrs is not None else None),
        total,
        tuple(found),
    )


def _unplanned(cs: list[Cue], reads: list[Reading], text: str, dct: date) -> list[Cue]:
    """``cs`` without the years of a span wholly after ``dct`` ("job cuts between 2026 and
    2028"): a plan's period, whatever verb the parse hangs it on (rules.plan_periods),
    which the prior's tables would read as past years ahead, a later writing date."""
    plans = plan_periods(reads, text, dct)
    return [c for c in cs if c.start not in plans] if plans else cs


def year_fit(text: str, reads: list[Reading], dct: date, days: int) -> float:
    """How much better the cues of ``reads`` fit the writing date ``days`` from ``dct`` (a
    calendar year for 365 or -365) than ``dct`` itself: the prior's capped log-likelihood
    ratio under prior.json's tables (the word heuristic's; no flag threshold), 0.0 without
    cues: the text test of other articles' tellings a year away (datecheck.stories.year_told)
    where the check's own (DateCheck.year_fit, the parse's when it parsed) is not at hand."""
    cs = _unplanned(cues(text, reads), reads, text, dct)
    return shift_llrs(cs, dct, prior_model(), [days]).get(days, 0.0)


def sign_backing(text: str, reads: list[Reading], dct: date, when: date) -> list[Cue]:
    """The cues of ``reads`` that fit the writing date ``when`` better than ``dct`` under
    prior.json's tables (the word heuristic's): what a weak sign pointing to ``when``
    (DateCheck.hint) rests on, read where only the text is at hand
    (datecheck.stories.year_told)."""
    cs = _unplanned(cues(text, reads), reads, text, dct)
    return backing_cues(cs, dct, when, prior_model())


def prior_finding(
    reads: list[Reading], text: str, dct: date, cs: list[Cue] | None = None,
    fits: _Fits | None = None,
) -> list[Finding]:
    """One finding when a shifted writing date fits the article's cues much better
    (``fits``: the densities of ``cs``, :func:`.prior.fits_for`, when the caller has them)."""
    cs = cues(text, reads) if cs is None else cs
    model = for_weekday_free(cs, for_wire_copy(cs, text, model_for(cs), dct), dct)
    model = for_stated_lead(cs, text, model, dct)
    got = assess(cs, dct, model, fits)
    threshold = got.threshold
    if got.cue is None or got.llr <= threshold:
        return []
    spec = rule(_PRIOR)
    weight = float(spec["weight"])
    reason = _prior_reason(spec, got.shift, got.cue, dct).format(
        best=got.best.isoformat(),
        dct=dct.isoformat(),
        llr=got.llr,
        threshold=threshold,
        cue=got.cue.text,
    )
    bound: Bound = "earliest" if got.best > dct else "latest"
    c = got.cue
    return [Finding(_PRIOR, c.start, c.end, c.text, reason, weight, bound, got.best)]


def _prior_reason(spec: dict[str, Any], shift: int, cue: Cue, dct: date) -> str:
    """The reason's words for the winning shift: a day's shift backed by a weekday has its
    own (``reasons_by_shift``), since a year's shift moves a weekday by one day too and the
    evidence cannot tell the two apart; any other shift or cue, the rule's own, and so
    where the year that way crosses a 29 February (it moves the weekday two days)."""
    own = spec.get("reasons_by_shift", {}).get(str(shift))
    year = shifted(dct, 365 if shift > 0 else -365)
    if (own is not None and cue.base in own["kinds"] and year is not None
            and weekday_slip(dct, year) == shift):
        return str(own["reason"])
    return str(spec["reason"])


def _shift_years(d: date, years: int) -> date | None:
    """``d`` moved by whole calendar years (a 29 February lands on the 28th); None past the
    calendar's ends. Two years too are calendar years here, where ``prior.shifted`` keeps
    730 days, and the two are left apart on purpose: :func:`candidates` only proposes a
    date, which :func:`estimate` then checks against all the evidence, and a year written
    wrong keeps its month and day, so the calendar year is the date to try; no alarm rests
    on it. ``prior.shifted`` gives the dates the prior weighs to raise an alarm, where two
    calendar years raised TimeBank's false alarms (see its docstring)."""
    year = d.year + years
    if not 1 <= year <= 9999:
        return None
    return d.replace(year=year, day=min(d.day, 28) if d.month == 2 else d.day)


@lru_cache(maxsize=1)
def limit_rules() -> frozenset[str]:
    """Rules whose bound is a limit, not a guess at the day ('President Clinton': not before
    20 January 1993, but any day of his terms alike): those rules.json marks ``"limit": true``."""
    return frozenset(name for name, spec in rules()["rules"].items() if spec.get("limit"))


def limit_only(out: Outcome) -> set[date]:
    """Bound dates only a :func:`limit_rules` finding set (no other finding nor the range of
    the other findings names them): the estimate takes them last among equals."""
    limits = limit_rules()
    named = {f.bound_date for f in out.findings if f.rule not in limits}
    return {f.bound_date for f in out.findings
            if f.rule in limits and f.bound_date is not None and f.bound_date not in named}


def candidates(out: Outcome, dct: date) -> list[date]:
    """Dates worth trying as the real writing date: the bounds, and whole years away."""
    cands = {f.bound_date for f in out.findings if f.bound_date is not None}
    cands |= {d for d in (out.check.earliest, out.check.latest) if d is not None}
    cands |= {d for k in (-2, -1, 1, 2) if (d := _shift_years(dct, k)) is not None}
    return sorted(cands)


#: How much of the text is its lead, where a bare weekday names the news day.
LEAD_CHARS = 600


@lru_cache(maxsize=1)
def _weekday_pattern() -> re.Pattern[str]:
    # full names only ('wed', 'sun' are words too); 'last/next/this Friday' is another week
    names = sorted((w for w in lexicon()["weekdays"] if len(w) > 5), key=len, reverse=True)
    return re.compile(
        rf"(?<!last )(?<!next )(?<!this )\b({'|'.join(names)})\b", re.IGNORECASE
    )


def lead_weekday(text: str) -> int | None:
    """The weekday (0 = Monday) a news lead names bare ('strikes early Tuesday'), if any."""
    m = _weekday_pattern().search(text, 0, LEAD_CHARS)
    return None if m is None else int(lexicon()["weekdays"][m.group(1).lower()])


def _week_after_bounds(out: Outcome) -> set[date]:
    """The six days after the earliest bound and before the latest, inside the range (and
    inside the calendar: a bound on 1 January of year 1 has no day before it)."""
    low, high = out.check.earliest, out.check.latest
    days: set[date] = set()
    for k in range(1, 7):
        after = _shifted(low, k)
        if after is not None and (high is None or after <= high):
            days.add(after)
        before = _shifted(high, -k)
        if before is not None and (low is None or before >= low):
            days.add(before)
    return days


def _shifted(d: date | None, days: int) -> date | None:
    """``d`` moved by ``days``; None without a date or past either end of the calendar."""
    if d is None:
        return None
    try:
        return d + timedelta(days)
    except OverflowError:
        return None


def estimate(
    reads: list[Reading], text: str, dct: date | None, first: Outcome | None = None,
    cs: list[Cue] | None = None,
) -> date | None:
    """The candidate date that leaves the least evidence against it (the DCT if it agrees).

    Among equally good dates, one only a :func:`limit_rules` finding names (a term's first day:
    not before, but no guess at the day) comes last. Then one on the weekday the lead
    names comes first: a lead's bare
    'Tuesday' is the news day, so re-resolving against that date keeps the lead's events on
    or after the bound the evidence set ('the first phase ran to March 1' and 'strikes early
    Tuesday' give the Tuesday after March 1, not the Friday of March 1 with the strikes
    three days before it). Then the date nearest the stated one. ``first``: the outcome
    at ``dct`` when the caller has it; ``cs``: the prior's cues, when the caller has read
    them (else read here, once for all candidates).
    """
    if dct is None:
        return None
    cs = cues(text, reads) if cs is None else cs
    first = first or evaluate(reads, text, dct, cs)
    if first.check.verdict == "consistent":
        return dct
    wday = lead_weekday(text)
    cands = set(candidates(first, dct))
    if wday is not None:
        cands |= _week_after_bounds(first)

    limits = limit_only(first)

    def rank(d: date, s: float) -> tuple[float, int, int, int]:
        lead = int(wday is not None and d.weekday() != wday)
        return (s, int(d in limits), lead, abs((d - dct).days))

    best, best_rank = dct, (first.score, 2, 2, 0)  # the stated date only if nothing beats it
    for cand in sorted(cands):
        r = rank(cand, evaluate(reads, text, cand, cs, hint=False).score)
        if r < best_rank:
            best, best_rank = cand, r
    return best
