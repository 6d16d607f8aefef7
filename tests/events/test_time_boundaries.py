"""A known event named as the time of another act is no new event (roles.json
time_boundaries; events._time_boundary): 'fired final shots before the ceasefire began'
(issue 4, bench/eval_st_events.py's second gaza sample)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("time_boundaries"),
                         ids=lambda ex: str(ex["text"])[:40])
def test_time_boundary_examples(coded_events, ex):
    triggers = [e["trigger"] for e in coded_events(str(ex["text"]))]
    if ex["trigger"] is not None:
        assert ex["trigger"] not in triggers
    assert ex["kept"] in triggers
