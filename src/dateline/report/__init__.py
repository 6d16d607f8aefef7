"""See it and take it with you: the HTML timeline report, a plot, and extra export formats.

- :func:`render_report` / :func:`write_report`: one self-contained HTML file
  (zoomable time axis, entity/type filters, search, sources with the trigger marked).
- :func:`plot_events`: a PNG bar chart of events per day by type (PLOVER root or OCCURRENCE).
- :mod:`dateline.report.formats`: TimeML (one ``.tml`` per article) and TimelineJS3 JSON.
"""

from __future__ import annotations

from dateline.report.formats import (
    annotation_to_tml,
    timelinejs,
    write_timelinejs,
    write_timeml,
)
from dateline.report.html import render_report, write_report
from dateline.report.payload import build_payload, payload_for
from dateline.report.plot import plot_events

__all__ = [
    "annotation_to_tml",
    "build_payload",
    "payload_for",
    "plot_events",
    "render_report",
    "timelinejs",
    "write_report",
    "write_timelinejs",
    "write_timeml",
]
