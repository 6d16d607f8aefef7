"""A PNG chart for the terminal-minded: events per day, stacked by type (PLOVER root or OCCURRENCE).

Drawn with matplotlib's object API (``Figure`` + Agg canvas, no pyplot) so it
touches no global state and needs no display. Only day-precise events are
counted per day (a "June 2023" event has no day to stand on); how many were
left out is said in the chart title. Over more than two years, bars are per
month instead, or they would be thinner than a pixel.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError, UsageError
from dateline.report.filters import entry_day
from dateline.timeline import TimelineEntry

#: Above this many days between first and last event, bars are per month.
DAILY_SPAN_LIMIT = 730
#: Types beyond this many (by count) are drawn together as "other".
MAX_TYPES = 12


def _fields(e: TimelineEntry | dict[str, Any]) -> tuple[date | None, date | None, str]:
    if isinstance(e, TimelineEntry):
        return e.date_start, e.date_end, e.type
    start, end = e.get("date_start"), e.get("date_end")
    return entry_day(start), entry_day(end), str(e.get("type") or "UNKNOWN")


def count_by_day(
    entries: Iterable[TimelineEntry | dict[str, Any]],
) -> tuple[Counter[tuple[date, str]], int]:
    """(day, type) -> events, and how many entries were not day-precise."""
    counts: Counter[tuple[date, str]] = Counter()
    skipped = 0
    for e in entries:
        start, end, typ = _fields(e)
        if start is None or (end is not None and end != start):
            skipped += 1
            continue
        counts[(start, typ)] += 1
    return counts, skipped


def _by_month(counts: Counter[tuple[date, str]]) -> Counter[tuple[date, str]]:
    out: Counter[tuple[date, str]] = Counter()
    for (d, t), n in counts.items():
        out[(d.replace(day=1), t)] += n
    return out


def _top_types(counts: Counter[tuple[date, str]]) -> list[str]:
    per_type: Counter[str] = Counter()
    for (_, t), n in counts.items():
        per_type[t] += n
    return [t for t, _ in per_type.most_common(MAX_TYPES)]


def plot_events(
    entries: Iterable[TimelineEntry | dict[str, Any]],
    out_png: str | os.PathLike[str],
    title: str = "Events per day by type",
) -> Path:
    """Write a stacked bar chart of ``entries`` to ``out_png``; returns the path."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise DatelineError("plotting needs matplotlib: pip install matplotlib") from None
    counts, skipped = count_by_day(entries)
    if not counts:
        raise UsageError("no day-precise events to plot")
    days = sorted({d for d, _ in counts})
    monthly = (days[-1] - days[0]).days > DAILY_SPAN_LIMIT
    if monthly:
        counts = _by_month(counts)
        days = sorted({d for d, _ in counts})
    fig = Figure(figsize=(11, 5), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    _stack_bars(ax, counts, days, monthly)
    _dress_axes(ax, title, days, monthly, skipped)
    fig.autofmt_xdate()
    path = Path(out_png)
    try:
        fig.savefig(path, format="png")
    except OSError as exc:
        raise DatelineError(f"{path}: cannot write plot: {exc}") from None
    return path


def _stack_bars(ax: Any, counts: Counter[tuple[date, str]], days: list[date],
                monthly: bool) -> None:
    """One bar series per top type (:data:`MAX_TYPES`), the rest as 'other', each stacked
    on the ones before it."""
    from matplotlib import colormaps
    from matplotlib.dates import date2num

    top = _top_types(counts)
    bottom = dict.fromkeys(days, 0)
    width = 25 if monthly else 0.85
    series_n = len(top) + 1
    colors = colormaps["tab10" if series_n <= 10 else "tab20"]
    series = top + (["other"] if len({t for _, t in counts}) > len(top) else [])
    for i, typ in enumerate(series):
        heights = [
            sum(n for (d2, t), n in counts.items() if d2 == d and (t not in top))
            if typ == "other" else counts.get((d, typ), 0)
            for d in days
        ]
        ax.bar([date2num(d) for d in days], heights, width=width, label=typ,
               bottom=[bottom[d] for d in days], color=colors(i % colors.N),
               align="edge" if monthly else "center")
        for d, h in zip(days, heights, strict=True):
            bottom[d] += h


def _dress_axes(ax: Any, title: str, days: list[date], monthly: bool, skipped: int) -> None:
    """The title (with how many events had no single day), labels, limits, grid, legend."""
    from matplotlib.dates import date2num
    from matplotlib.ticker import MaxNLocator

    ax.xaxis_date()
    unit = "month" if monthly else "day"
    plural = "s" if skipped != 1 else ""
    note = f" ({skipped} event{plural} without a single day not shown)" if skipped else ""
    ax.set_title(title.replace("per day", f"per {unit}") + note)
    ax.set_ylabel(f"events per {unit}")
    ax.set_xlim(date2num(days[0] - timedelta(days=1)),
                date2num(days[-1] + timedelta(days=31 if monthly else 1)))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, title="type")
