"""The PNG chart: counts per day and type, and a real image with coloured bars."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.errors import UsageError
from dateline.report.plot import count_by_day, plot_events

PIL = pytest.importorskip("PIL.Image", reason="pillow comes with matplotlib")
pytest.importorskip("matplotlib", reason="matplotlib not installed")


def _entries():
    out = []
    for day, typ, n in ((1, "AID", 3), (1, "ASSAULT", 1), (3, "AID", 5)):
        d = date(2024, 1, day).isoformat()
        out += [{"date_start": d, "date_end": d, "type": typ}] * n
    out.append({"date_start": "2024-01-01", "date_end": "2024-01-31", "type": "AID"})
    return out


def test_counts_only_day_precise_events():
    counts, skipped = count_by_day(_entries())
    assert counts[(date(2024, 1, 1), "AID")] == 3
    assert counts[(date(2024, 1, 3), "AID")] == 5
    assert counts[(date(2024, 1, 1), "ASSAULT")] == 1
    assert skipped == 1


def test_plot_is_a_png_with_bars(tmp_path, store):
    out = plot_events(_entries(), tmp_path / "events.png")
    img = PIL.open(out)
    assert img.format == "PNG" and img.size == (1100, 500)
    rgb = img.convert("RGB")
    pixels = {c: n for n, c in rgb.getcolors(1_000_000)}
    # tab10's first two colours (AID, ASSAULT) fill bars, not just the legend's swatches;
    # AID (8 events) covers more than ASSAULT (1)
    aid, assault = pixels.get((31, 119, 180), 0), pixels.get((255, 127, 14), 0)
    assert aid > 5 * assault > 5 * 1000
    plot_events(store.timeline(), tmp_path / "store.png")
    assert PIL.open(tmp_path / "store.png").size == (1100, 500)


def test_nothing_to_plot_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        plot_events([{"date_start": None, "type": "AID"}], tmp_path / "x.png")
