"""The days a plan may lie on: a verb told as planned ('she would consult experts before
raising the alert') names what is still to come on the day its article tells it, so a date
it takes from no words of its own (its paragraph's week, an earlier sentence's date) holds
no day before that one."""

from __future__ import annotations

from datetime import date
from typing import Any

from dateline.merge.mention import nominal_rule
from dateline.merge.rules import Rules


def plan_start(kw: dict[str, Any], r: Rules) -> date | None:
    """make_mention's field ``not_before``: the article's date for a verb (no noun: 'the
    meeting' names the act however told) of modality 'planned' dated by a
    ``plan_start_dating`` default; else None."""
    if kw.get("modality") != "planned" or nominal_rule(kw.get("rule")):
        return None
    if (kw.get("time_how") or "") not in r.words("plan_start_dating"):
        return None
    dct = kw.get("dct")
    return dct if isinstance(dct, date) else None
