"""Acts the register batch (bench/plover_probes_register.txt: our own sentences in the PLOVER
gold's register for the held-out's weak roots, written from the codebook) found missed, and
whose fixes it prompted (issue 4, session 52): each with the near sense that must stay."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("relief_purposes"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_relief_purpose_examples(top_event, ex):
    """roles.json relief_purposes examples: a relief move AID, a show of force MOBILIZE."""
    assert top_event(ex["text"])["root"] == ex["root"]


@pytest.mark.parametrize(("text", "root"), [
    # forces moved to rescue or bring relief are aid (PLOVER 2021 3.14); to deter, a posture
    ("The army was sent to the flooded valley to rescue stranded farmers.", "AID"),
    ("Tarvik sent troops to the quake zone to help with relief work.", "AID"),
    ("Tarvik sent troops to the border to deter raids from Velmar.", "MOBILIZE"),
    ("Riot police were deployed in the capital to keep order during the vote.", "MOBILIZE"),
    # information shared, told as a noun: begun is cooperation, suspended a cut in relations;
    # power sharing is no exchange of information
    ("Velmar suspended its intelligence sharing with Kessland.", "SANCTION"),
    ("Arland and Dorvan began intelligence sharing on the smuggling gangs.", "COOPERATE"),
    ("Velmar halted the sharing of intelligence with Kessland in June.", "SANCTION"),
    ("The exchange of prisoners took place at the border crossing.", "RETREAT"),
    ("The two parties agreed a power sharing deal.", "AGREE"),
    # material work done jointly is cooperation
    ("The rebels and the army jointly cleared mines from the main road.", "COOPERATE"),
    # a person whose organisation names him is an individual expelled; the organisation
    # itself a presence ended
    ("Kessland expelled a Brel Radio journalist accused of spying.", "COERCE"),
    ("Dorvan expelled the Hope Relief agency on Tuesday.", "SANCTION"),
    # police or officials taking a body's offices repress it; rebels taking them capture
    ("The authorities searched the headquarters of the Green Front on Monday.", "COERCE"),
    ("Police seized the offices of the opposition weekly in Selm.", "COERCE"),
    ("Rebels seized the army headquarters in the north.", "ASSAULT"),
])
def test_register_fixes(top_event, text, root):
    assert top_event(text)["root"] == root
