"""Check reported casualty figures against a reference series of daily reports.

A fact-checker holding a story's articles and an official tally (a health ministry's
daily reports, a UN series) asks of every figure: does it match what the tally said on
that day, and if not, on which day did the tally say it? A figure that matches a report
weeks older is stale; one that matches a later report suggests the article's date is
wrong. Both are one line here, with the sentence and the source that gave the figure.

Two phases, like the rest of dateline: :func:`read` says what a figure counts (killed or
injured) and over what span (one day, the whole war, or unknown) from the words around
it (``data/numbers/crosscheck.json``); :func:`check` compares it with the series on the
figure's date. A series is described by a small JSON spec (which file, which date field,
which field holds which measure, which region it covers), so any tally can be used.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

from dateline.errors import InputError, UsageError
from dateline.model import Annotation
from dateline.numbers.lexicon import load
from dateline.serialize import iso_day
from dateline.store.tvalue import date_span
from dateline.wordlists import word_pattern

Scope = Literal["daily", "cumulative", "unknown"]
#: Slack around an exact figure for a late correction (rounding is allowed for apart:
#: '400' stands for 350-450, '48,577' for itself), and around an open or approximate one
#: ('more than 48,500' is at most this much more).
EXACT_SLACK = 0.002
OPEN_SLACK = 0.10
#: Report dates that can stand behind a figure: a day's deaths appear in that day's or
#: the next morning's report; a running total quoted on day d is from d, d-1 or d-2.
DAILY_WINDOW = (0, 1)
CUMULATIVE_WINDOW = (-2, 0)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    return load("crosscheck.json")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    lex = lexicon()
    return {
        "kinds": {k: word_pattern(ws) for k, ws in lex["kinds"].items()},
        "people": word_pattern(lex["people"]),
        "statement": re.compile(rf"\b(?:{'|'.join(map(re.escape, lex['statement']))})\s+$",
                                re.IGNORECASE),
        "cumulative": word_pattern(lex["cumulative"]),
        "daily": word_pattern(lex["daily"]),
        "reporting_window": word_pattern(lex["reporting_window"]),
        "not_casualty": word_pattern(lex["not_casualty"]),
    }


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ans|is|ese)$")


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported number in its sentence, with what dates and attributes it."""

    article_id: str
    sentence: str
    start: int  # the figure's span inside ``sentence``
    end: int
    text: str
    value: float
    low: float | None = None
    high: float | None = None
    approx: bool = False
    counts: str | None = None
    dct: date | None = None
    event_date: date | None = None  # the day of the event the figure is attached to
    speaker: str | None = None
    source: str | None = None  # outlet, title or file: what a reader recognises
    date_verdict: str | None = None
    context: str | None = None  # the article's title and lead: where the story is
    said_on: date | None = None  # the day of the statement the figure is reported in
    path: str | None = None  # the article's file
    title: str | None = None
    outlet: str | None = None  # the article's own ``source`` field
    sentence_start: int | None = None  # the sentence's offset in the article text

    @property
    def bounds(self) -> tuple[float, float]:
        """The values the wording allows ('hundreds': 200-999; 'more than 400': 400-440)."""
        v, lo, hi = self.value, self.low, self.high
        if lo is not None and hi is not None:
            return lo, hi
        if lo is not None:
            return lo, lo * (1 + OPEN_SLACK)
        if hi is not None:
            return hi * (1 - OPEN_SLACK), hi
        unit = _rounding_unit(v)
        slack = max(unit / 2, v * (OPEN_SLACK if self.approx else EXACT_SLACK))
        return v - slack, v + slack


def _rounding_unit(v: float) -> float:
    """0 for 48,577; 100 for 48,500 or 400: a round figure stands for half a unit either way."""
    n = int(round(v))
    if n <= 0 or n != v:
        return 0.0
    unit = 1
    while n % (unit * 10) == 0:
        unit *= 10
    return float(unit) if unit > 1 else 0.0


def counts_persons(counts: str | None) -> bool:
    """Whether a counted noun names persons ('people', 'aid workers', 'Haitians'), by the
    ``people`` words and demonyms of ``data/numbers/crosscheck.json``."""
    return bool(counts) and bool(_patterns()["people"].search(counts or "")
                                 or _DEMONYM.match(counts or ""))


def read(fig: Figure) -> tuple[str, Scope] | None:
    """(kind, scope) when the figure counts people killed or injured, else None."""
    pats = _patterns()
    s, a, b = fig.sentence, fig.start, fig.end
    if fig.counts and not counts_persons(fig.counts):
        # the counted noun says it itself: '150 deaths', 'hundreds of injuries'
        last = fig.counts.split()[-1]
        own = next((k for k, pat in pats["kinds"].items() if pat.fullmatch(last)), None)
        return None if own is None else (own, _scope(s, a, b, *_window(s, a, b)))
    lo, hi = _window(s, a, b)
    if pats["not_casualty"].search(s, a, min(len(s), b + 12)):
        return None  # 'hostages', 'bodies of eight others' right at the figure
    best: tuple[int, str] | None = None
    for kind, pat in pats["kinds"].items():
        for m in pat.finditer(s, lo, hi):
            gap = a - m.end() if m.end() <= a else max(0, m.start() - b)
            if best is None or gap < best[0]:
                best = (gap, kind)
    if best is None:
        return None
    return best[1], _scope(s, a, b, lo, hi)


def _window(s: str, a: int, b: int) -> tuple[int, int]:
    """Where the words that read a figure at ``a``..``b`` of ``s`` are looked for."""
    w = int(lexicon()["window"])
    return max(0, a - w), min(len(s), b + w)


def scope_at(sentence: str, start: int, end: int) -> Scope:
    """Whether the figure at ``start``..``end`` of ``sentence`` is a running total
    ('cumulative': 'bringing the total to 27', 'since the war began'), one day's count
    ('daily': 'overnight') or either ('unknown'), by the cues of ``crosscheck.json``."""
    return _scope(sentence, start, end, *_window(sentence, start, end))


def _scope(s: str, a: int, b: int, lo: int, hi: int) -> Scope:
    """The nearest span cue around the figure decides ('killed 400 on Tuesday, the
    deadliest day since the truce' is a day's count); else any in the sentence, a
    running total's first."""
    near: list[tuple[int, Scope]] = []
    for scope in ("cumulative", "daily"):
        for m in _cues(scope, s, lo, hi):
            gap = a - m.end() if m.end() <= a else max(0, m.start() - b)
            near.append((gap, scope))
    if near:
        return min(near)[1]
    if next(_cues("cumulative", s), None):
        return "cumulative"
    return "daily" if next(_cues("daily", s), None) else "unknown"


def _cues(scope: str, s: str, lo: int = 0, hi: int | None = None) -> Iterator[re.Match[str]]:
    """The scope's cues in ``s[lo:hi]``; a day right after a speech verb ('the ministry
    said on Friday') dates the statement, not the span the figure counts."""
    pats = _patterns()
    for m in pats[scope].finditer(s, lo, len(s) if hi is None else hi):
        if scope == "daily" and pats["statement"].search(s, max(0, m.start() - 20), m.start()):
            continue
        yield m


def group_of(fig: Figure) -> str | None:
    """The part of the dead or hurt a figure counts ('children', 'journalists',
    'combatants'), from its counted noun; None for everyone ('people', 'Palestinians')."""
    if not fig.counts:
        return None
    noun = fig.counts.split()[-1].lower()
    return next((g for g, words in lexicon()["groups"].items() if noun in words), None)


@dataclass(frozen=True, slots=True)
class Measure:
    kind: str
    scope: Literal["daily", "cumulative"]
    field: str
    group: str | None = None  # a part of the victims ('children'); None: everyone


@dataclass
class Series:
    """A reference tally: report date -> measure field -> value."""

    name: str
    measures: list[Measure]
    values: dict[date, dict[str, float]] = field(default_factory=dict)
    region: tuple[str, ...] = ()
    not_counted: tuple[str, ...] = ()  # people the tally leaves out ('Israeli', 'IDF')

    @cached_property
    def region_pattern(self) -> re.Pattern[str] | None:
        """The region's words as one pattern, built once (None: the tally covers all)."""
        return word_pattern(self.region) if self.region else None

    @cached_property
    def not_counted_pattern(self) -> re.Pattern[str] | None:
        return word_pattern(self.not_counted) if self.not_counted else None

    @property
    def first_day(self) -> date | None:
        return min(self.values, default=None)

    @property
    def last_day(self) -> date | None:
        return max(self.values, default=None)

    def measure(self, kind: str, scope: str, group: str | None = None) -> Measure | None:
        return next((m for m in self.measures
                     if m.kind == kind and m.scope == scope and m.group == group), None)

    def window(self, m: Measure, day: date) -> list[tuple[date, float]]:
        lo, hi = DAILY_WINDOW if m.scope == "daily" else CUMULATIVE_WINDOW
        out = []
        for k in range(lo, hi + 1):
            d = day + timedelta(days=k)
            v = self.values.get(d, {}).get(m.field)
            if v is not None:
                out.append((d, v))
        return out

    def best_match(self, m: Measure, lo: float, hi: float) -> date | None:
        """The report date whose value lies in [lo, hi] nearest its middle (earliest of ties)."""
        mid = (lo + hi) / 2
        fits = [(abs(v - mid), d) for d, row in self.values.items()
                if (v := row.get(m.field)) is not None and lo <= v <= hi]
        return min(fits)[1] if fits else None


def load_series(spec_path: str | Path, data_path: str | Path | None = None) -> Series:
    """A series from its JSON spec; ``data_path`` overrides the spec's ``data`` file.

    Spec: ``{"name", "data", "date_field", "region": [...], "not_counted": [...],
    "measures": [{"kind": "killed", "scope": "daily"|"cumulative", "field": "...",
    "group"?: "children"}]}``; the data file is a JSON array of objects or a CSV with a
    header, one report per row. ``not_counted``: words in a figure's own phrase that name
    people the tally leaves out ('IDF soldiers' for a ministry counting Gaza's dead).
    """
    spec_file = Path(spec_path)
    try:
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(spec_file), None, f"cannot read the series spec: {exc}") from None
    try:
        measures = [Measure(m["kind"], m["scope"], m["field"], m.get("group"))
                    for m in spec["measures"]]
        date_field = str(spec["date_field"])
    except (KeyError, TypeError) as exc:
        raise InputError(str(spec_file), None, f"spec lacks {exc}") from None
    bad = [m.scope for m in measures if m.scope not in ("daily", "cumulative")]
    if bad:
        raise InputError(str(spec_file), None, f"measure scope {bad[0]!r}: daily or cumulative")
    data = Path(data_path) if data_path else spec_file.parent / str(spec.get("data", ""))
    series = Series(str(spec.get("name") or data.name), measures,
                    region=tuple(spec.get("region") or ()),
                    not_counted=tuple(spec.get("not_counted") or ()))
    fields = {m.field for m in measures}
    for line, rec in _records(data):
        raw = rec.get(date_field)
        try:
            day = date.fromisoformat(str(raw)[:10])
        except ValueError:
            raise InputError(str(data), line, f"{date_field}={raw!r} is no date") from None
        row = series.values.setdefault(day, {})
        for f in fields:
            v = rec.get(f)
            if v not in (None, ""):
                try:
                    row[f] = float(v)
                except (TypeError, ValueError):
                    raise InputError(str(data), line, f"{f}={v!r} is no number") from None
    return series


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, record) of a JSON array or a CSV file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read the series: {exc}") from None
    if path.suffix.lower() == ".csv":
        for i, rec in enumerate(csv.DictReader(text.splitlines()), start=2):
            yield i, rec
        return
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InputError(str(path), getattr(exc, "lineno", None), f"broken JSON: {exc}") from None
    if not isinstance(data, list):
        raise InputError(str(path), 1, "expected a JSON array of daily reports")
    for i, rec in enumerate(data, start=1):
        if not isinstance(rec, dict):
            raise InputError(str(path), None, f"report {i} is not an object")
        yield i, rec


@dataclass(frozen=True, slots=True)
class Check:
    """One figure against the series."""

    figure: Figure
    kind: str
    scope: str  # the measure compared: daily | cumulative
    day: date | None  # the date the figure is about
    # consistent | higher | lower | differs (between the window's reports) | unclear (its
    # span is neither a day nor the whole) | no reference (the tally has no report then)
    verdict: str
    reference: tuple[tuple[date, float], ...] = ()
    matches: date | None = None  # first report date the figure fits, when it fits none here
    group: str | None = None  # the part of the victims compared ('children'); None: all

    def to_dict(self) -> dict[str, Any]:
        f = self.figure
        lo, hi = f.bounds
        at = f.sentence_start
        return {
            "article_id": f.article_id, "source": f.source, "speaker": f.speaker,
            "figure": f.text, "low": round(lo), "high": round(hi), "kind": self.kind,
            "scope": self.scope, "group": self.group, "date": iso_day(self.day),
            "verdict": self.verdict,
            "reference": [{"date": d.isoformat(), "value": v} for d, v in self.reference],
            "matches_report_of": iso_day(self.matches),
            "days_off": (self.matches - self.day).days if self.matches and self.day else None,
            "article_date": iso_day(f.dct), "date_verdict": f.date_verdict,
            "said_on": iso_day(f.said_on), "sentence": f.sentence,
            "path": f.path, "title": f.title, "outlet": f.outlet,
            # offsets into the stored article text, as every other listing gives them
            "start": None if at is None else at + f.start,
            "end": None if at is None else at + f.end,
            "sentence_start": at, "sentence_end": None if at is None else at + len(f.sentence),
        }


def _verdict(series: Series, m: Measure, fig: Figure, day: date) -> Check:
    lo, hi = fig.bounds
    ref = series.window(m, day)
    if not ref:
        return Check(fig, m.kind, m.scope, day, "no reference", group=m.group)
    if any(lo <= v <= hi for _, v in ref):
        return Check(fig, m.kind, m.scope, day, "consistent", tuple(ref), group=m.group)
    values = [v for _, v in ref]
    # between a day's report and the next: neither bears it out, neither is the side
    verdict = "higher" if lo > max(values) else "lower" if hi < min(values) else "differs"
    # a running total only grows, so the report it fits dates the figure; a day's
    # count goes up and down, and some other day always fits
    fits = series.best_match(m, lo, hi) if m.scope == "cumulative" else None
    return Check(fig, m.kind, m.scope, day, verdict, tuple(ref), fits, m.group)


def check_figure(series: Series, fig: Figure) -> Check | None:
    """The figure against the series, or None when it is no casualty count the series has.

    A day's count is about its event's day, else the day of the statement that reports
    it, else the article's date; one counted back from the report ('17 were killed over
    the past day, the ministry said on Thursday') is about the statement's day, else the
    article's date; a running total about the statement's day or the article's date.
    With the scope unknown, the measure that fits wins, else the running total. A figure
    counting a part of the victims ('12,500 women') is compared only with a measure of
    that part, and one counting people the tally leaves out not at all.
    """
    got = read(fig)
    if got is None:
        return None
    pat = series.not_counted_pattern
    if pat is not None and pat.search(fig.text):
        return None
    kind, scope = got
    group = group_of(fig)
    scopes = [scope] if scope != "unknown" else ["cumulative", "daily"]
    said = fig.said_on or fig.dct
    # 'over the past 24 hours' counts back from the report that gives it, not from the
    # article's date the engine resolves the phrase against
    window = _patterns()["reporting_window"].search(fig.sentence) is not None
    checks = []
    for sc in scopes:
        m = series.measure(kind, sc, group)
        day = (fig.event_date or said) if sc == "daily" and not window else said
        if m is None or day is None:
            continue
        checks.append(_verdict(series, m, fig, day))
    if not checks:
        return None
    fitting = next((c for c in checks if c.verdict == "consistent"), None)
    if fitting is not None or scope != "unknown":
        return fitting or checks[0]
    # Neither a day's count nor the running total: a count over some other span ('killed
    # dozens during the truce') that the tally cannot bear out or refute. Shown against
    # the measure nearest in size, as unclear, never as a disagreement; when that is the
    # running total, the report it fits stays as a lead ('25,000 had been killed, a figure
    # it first gave weeks ago' fits the total of weeks before)
    if not any(c.reference for c in checks):
        return checks[0]  # the tally has no report then: that is the answer, not 'unclear'
    mid = sum(fig.bounds) / 2
    near = min((c for c in checks if c.reference),
               key=lambda c: abs(math.log(max(mid, 1) / max(c.reference[-1][1], 1))),
               default=checks[0])
    lead = near.matches if near.scope == "cumulative" else None
    return replace(near, verdict="unclear", matches=lead)


def _in_region(series: Series, *texts: str | None) -> bool:
    pat = series.region_pattern
    return pat is None or any(t and pat.search(t) for t in texts)


def figures_of(ann: Annotation) -> list[Figure]:
    """The figures of one annotated article, with their event day and speaker."""
    text, art = ann.article.text, ann.article
    sents = {s.index: s for s in ann.sentences}
    lead = ann.sentences[0].text if ann.sentences else ""
    out = []
    for i, q in enumerate(ann.quantities):
        s = sents.get(q.sentence) if q.sentence is not None else None
        if q.value is None or s is None:
            continue
        ev = next((e for e in ann.events if i in e.quantities), None)
        day = (_day_of(ev.time.value)
               if ev is not None and ev.time.timex and ev.time.how not in _UNSTATED else None)
        quote = next((x for x in ann.quotes if x.start <= q.start and q.end <= x.end), None)
        out.append(Figure(
            art.id, text[s.start:s.end], q.start - s.start, q.end - s.start, q.text, q.value,
            q.low, q.high, q.approx, q.counts, art.dct, day,
            quote.speaker if quote else None, art.source or art.title,
            ann.datecheck.verdict if ann.datecheck else None, f"{art.title or ''} {lead}",
            _day_of(quote.time) if quote else None, art.path, art.title, art.source, s.start,
        ))
    return out


#: How an event is dated when its timex names no day ('the past', 'now'): the article's
#: date stands in, which says nothing of the day a figure is about (the events stage's
#: ``REF_HOW``). FIGURES_SQL reads the same list.
_UNSTATED = ("dct", "dct-past", "dct-future", "none")


def _day_of(value: str | None) -> date | None:
    """The day of a TIMEX3 value that names one ('2025-03-18', '2025-03-18TNI')."""
    span = date_span(value)
    return span[0] if span and span[0] == span[1] else None


FIGURES_SQL = """
SELECT q.article_id, q.idx, q.start_char, q.end_char, q.text, q.value, q.low, q.high,
       q.approx, q.counts, s.text AS sentence, s.start_char AS sentence_start,
       a.dct, a.date_verdict, coalesce(a.source, a.title, a.path) AS source,
       a.path, a.title, a.source AS outlet,
       concat_ws(' ', a.title, (SELECT first(l.text) FROM sentences l
         WHERE l.article_id = q.article_id AND l.idx = 0)) AS context,
       (SELECT first(e.time_value ORDER BY e.idx) FROM events e
         WHERE e.article_id = q.article_id AND list_contains(e.quantities, q.idx)
           AND e.time_timex IS NOT NULL
           AND e.time_how NOT IN ({unstated})) AS event_time,
       (SELECT first({{'speaker': t.speaker, 'time': t.time}} ORDER BY t.idx) FROM quotes t
         WHERE t.article_id = q.article_id AND t.start_char <= q.start_char
           AND q.end_char <= t.end_char) AS quote
FROM quantities q
JOIN sentences s ON s.article_id = q.article_id AND s.idx = q.sentence
JOIN articles a ON a.id = q.article_id
WHERE q.value IS NOT NULL
ORDER BY a.dct NULLS LAST, q.article_id, q.idx
""".format(unstated=", ".join(f"'{how}'" for how in _UNSTATED))


def figures_in_store(store: Any) -> Iterator[Figure]:
    """Every stored figure, in article date order."""
    from dateline.store.queries import iter_dicts

    for r in iter_dicts(store.con, FIGURES_SQL, []):
        off = r["sentence_start"]
        quote = r["quote"] or {"speaker": None, "time": None}  # the first quote holding it
        yield Figure(
            r["article_id"], r["sentence"], r["start_char"] - off, r["end_char"] - off,
            r["text"], r["value"], r["low"], r["high"], bool(r["approx"]), r["counts"],
            r["dct"], _day_of(r["event_time"]), quote["speaker"], r["source"],
            r["date_verdict"], r["context"], _day_of(quote["time"]), r["path"], r["title"],
            r["outlet"], off,
        )


def check(series: Series, figures: Iterable[Figure]) -> list[Check]:
    """Every figure the series can check, in the order given."""
    if not series.measures:
        raise UsageError(f"series {series.name!r} names no measures")
    out = []
    for fig in figures:
        if not _in_region(series, fig.sentence, fig.context):
            continue
        c = check_figure(series, fig)
        if c is not None:
            out.append(c)
    return out
