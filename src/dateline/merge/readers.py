"""The disagree package's readers of incidents and counted things, which the pair tests call
(imported on first use), and the plain word pattern those tests read sentences with."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple

from dateline.merge.mention import Number
from dateline.merge.rules import Rules

#: A word of lower-case letters (the pair tests read lowered sentences with it).
WORD = re.compile(r"[a-z]+")


class Incidents(NamedTuple):
    """The disagree package's readers of incidents (merge/disagree/), by name."""

    counted: Callable[[Number, Rules], str]  # counted_thing
    far_apart: Callable[[Number, str | None, Number, str | None], bool]
    separate_incidents: Callable[[str | None, str | None], bool]
    marks: Callable[[str | None], Any]  # incident_marks


@cache
def incident_readers() -> Incidents:
    """The disagree package's readers of incidents (imported on first use: disagree imports the
    merger, which imports the pair tests that read them)."""
    from dateline.merge.disagree import counted_thing, far_apart, incident_marks, separate_incidents
    return Incidents(counted_thing, far_apart, separate_incidents, incident_marks)
