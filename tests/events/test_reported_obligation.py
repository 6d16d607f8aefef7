"""A reported clause that lays a duty on its subject is a demand (roles.json obligations;
duty._obliges): 'ought to' as the clause head, 'needed to' whose infinitive the
parser hangs as an adverbial clause, and 'had a duty to' act (issue 4, a blind batch of
near neighbours of the 'said X must' frame)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("obligations"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_obligation_examples(coded_events, ex):
    """A duty to act is a REQUEST; a duty owed to someone, with no act, asks for nothing."""
    evs = coded_events(ex["text"])
    if ex["root"] is None:
        assert all(e["root"] != "REQUEST" for e in evs), evs[:2]
    else:
        assert evs and evs[0]["root"] == ex["root"], evs[:2]
        assert evs[0]["rule"] == "frame:report+must"
