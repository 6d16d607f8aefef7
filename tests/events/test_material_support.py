"""Support that is money, arms or expertise is aid (CAMEO 07, nouns.json
n.aid.support_material), offered it is aid promised (033 AGREE); support voiced, stressed or
given to a plan stays verbal backing, SUPPORT (issue 4, the silver-wire audit of session 43)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    ("The bank has provided financial support to Dorvan since the floods.", "AID"),
    ("Kessland gave logistical support to the Tarvik army during the offensive.", "AID"),
    ("Kessland pledged military support to the Tarvik government on Monday.", "AGREE"),
    ("Kessland gave its support to the peace plan on Monday.", "SUPPORT"),
    ("The president stressed his support for the talks in a speech on Monday.", "SUPPORT"),
    ("The president enunciated his support for the one-state position.", "SUPPORT"),
])
def test_material_and_verbal_support(coded_events, text, root):
    evs = coded_events(text)
    assert evs and evs[0]["root"] == root, evs[:2]
