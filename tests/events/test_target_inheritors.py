"""A threat with no target of its own takes the target of the act it holds out
(roles.json target_inheritors; events._inherit_targets; issue 4, task C3 of session 21)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("target_inheritors"),
                         ids=lambda ex: str(ex["text"])[:40])
def test_target_inheritor_examples(coded_events, ex):
    evs = coded_events(str(ex["text"]))
    ev = next(e for e in evs if e["trigger"] == ex["trigger"])
    assert ev["target"] == ex["target"], evs


def test_a_refusal_keeps_no_target(coded_events):
    evs = coded_events("The junta refused to release the sailors.")
    ev = next(e for e in evs if e["trigger"] == "refused")
    assert ev["target"] is None, evs
