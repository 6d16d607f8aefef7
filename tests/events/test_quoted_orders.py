"""A quoted clause that opens with a bare verb and has no subject orders or appeals: a
demand, REQUEST, when it names an act, the speech verb names a party it tells, or the speaker
is a party (roles.json quoted_orders; events.duty._quoted_imperative; issue 4, blind batch
Random(78))."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("quoted_orders"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_quoted_order_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    if ex["root"] is None:
        assert evs == [], evs[:2]
    else:
        assert evs and evs[0]["root"] == ex["root"], evs[:2]
        assert evs[0]["rule"] == "frame:report+imperative"


@pytest.mark.parametrize("text", [
    # a subject of its own: a statement, no order
    '"We stop the talks today," the Velkan president told the Lirnian envoy.',
    # no quote opens the clause: a bare verb inside a reported sentence is no order
    "The Velkan president said the talks would stop today.",
])
def test_no_order_without_a_quoted_bare_verb(coded_events, text):
    evs = coded_events(text)
    assert all(e["rule"] != "frame:report+imperative" for e in evs), evs[:2]


def test_the_order_names_its_speaker_and_whom_it_tells(coded_events):
    evs = coded_events('"Release the two sailors at once," the Kessian foreign minister '
                       "told Dorvia.")
    assert evs[0]["root"] == "REQUEST"
    assert "minister" in (evs[0]["actor"] or "") or "Kessia" in (evs[0]["actor"] or "")
    assert evs[0]["target"] == "Dorvia"
