"""Writers for a summarized timeline."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

_RULE = "-" * 32  # tilse's and Timeline17's separator line


def to_tilse(timeline: Sequence[tuple[date, Sequence[str]]]) -> str:
    """The plain-text format ``tilse.data.timelines.Timeline.from_file`` reads:
    a ``YYYY-MM-DD`` line, one sentence per line, then a line of 32 dashes."""
    out = []
    for d, sents in sorted(timeline, key=lambda x: x[0]):
        out.append(d.isoformat())
        out.extend(" ".join(s.split()) for s in sents)
        out.append(_RULE)
    return "\n".join(out) + ("\n" if out else "")


def to_jsonl(timeline: Sequence[tuple[date, Sequence[str]]]) -> str:
    """One ``["YYYY-MM-DD", [sentences...]]`` JSON array per line, dates ascending."""
    lines = [json.dumps([d.isoformat(), list(s)], ensure_ascii=False)
             for d, s in sorted(timeline, key=lambda x: x[0])]
    return "\n".join(lines) + ("\n" if lines else "")
