"""Shapes of the cue-aimed blind batch Random(92) (issue 4, session 69), each a general shape
of English or of the codebook, with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a sanction, an embargo or a freeze kept in force on a party (nouns.json n.sanction.kept)
    ("The Kessland cabinet has maintained its freeze on Marr family assets since March.",
     "SANCTION"),
    ("The bloc retained its sanctions on the Lirn junta after the vote.", "SANCTION"),
    # 'maintain' and 'keep' code no other event noun, and a freeze on one's own pay is no sanction
    ("Brel has maintained diplomatic relations with Lusk since 1970.", "NONE"),
    ("The Pella council kept its freeze on wages for a third year.", "NONE"),
    # pressure kept up on a party stays a demand (n.request.pressure)
    ("Kessland kept up the pressure on Orlund to free the fishermen.", "REQUEST"),
])
def test_a_sanction_kept_in_force(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a narcotic of any name seized by the authorities (verbs.json v.seize.property)
    ("Osk police said they had seized 300 kilograms of opium hidden in trucks.", "COERCE"),
    ("Border guards seized two tonnes of hashish near the port of Kado.", "COERCE"),
    # armed men seizing a town still capture it
    ("The rebels seized the town of Kado.", "ASSAULT"),
])
def test_a_narcotic_seized(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # rulers cancelling a vote's result or a party's victory annul it (v.annul.election_result)
    ("The military council scrapped the results of the May vote won by the Farmers' Front.",
     "COERCE"),
    ("The junta annulled the election won by the Farmers' League in March.", "COERCE"),
    # a show or a plan cancelled is no annulment
    ("The Harl board cancelled the concert after the storm.", "NONE"),
])
def test_an_election_result_cancelled(top_event, text, root):
    assert top_event(text)["root"] == root
