"""Shapes of the weak-roots batch of session 76 (issue 4; bench/plover_probes_weakroots76.txt):
an agreement or a promise told as meeting a demand is a concession, with the near senses that
must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # an 'as'-clause of a demand on the infinitive the agreement governs, or a participle
    # meeting one, makes the agreement a concession (roles.json yielded_acts, detect._yielded)
    ("President Ivo Marn agreed to hold a referendum on the new constitution, as the "
     "opposition had demanded.", "CONCEDE"),
    ("The junta promised to hand power to an elected civilian government by the end of the "
     "year, meeting a key demand of the protesters.", "CONCEDE"),
    ("The Osk premier agreed to resign, as the striking miners had demanded.", "CONCEDE"),
    # an agreement told alone, or as promised, stays an intent (AGREE)
    ("The Brel president agreed to hold early elections, as he had promised.", "AGREE"),
    ("The Brel president agreed on Monday to hold early elections in the spring.", "AGREE"),
    ("Velka promised to hand power to an elected government before the year is out.",
     "AGREE"),
])
def test_agreement_meeting_a_demand(top_event, text, root):
    assert top_event(text)["root"] == root
