"""Acts the blind real-wire batch Random(64) (bench/plover_probes_realwire8.txt, cues of the
held-out's weak roots) found missed or coded where none was told, and whose fixes it prompted
(issue 4, session 51): each with the near sense that must stay as it was."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("joint_manners", "figurative",
                                                     "hazard_warnings"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_role_examples_code_their_root(top_event, ex):
    """roles.json joint_manners, figurative and hazard_warnings examples, null ones too."""
    assert top_event(ex["text"])["root"] == (ex["root"] or "NONE")


@pytest.mark.parametrize(("text", "root"), [
    # reinforcing forces or positions is a show of force; reinforcing anything else is not
    ("Tamrin reinforced its garrison in the northern town of Tor on Thursday.", "MOBILIZE"),
    ("The editor hoped the new prize would reinforce the ethics of young authors.", "NONE"),
    ("The visit will reinforce ties between the two neighbours.", "NONE"),
    # a court's fine is a finding of liability; a regulator's an administrative sanction
    ("A court fined the ruling party for illegal campaign financing.", "ACCUSE"),
    ("The regulator fined the bank for breaking currency rules.", "COERCE"),
    # a motion of no confidence or censure moved against a party condemns it
    ("Counsel for the defence moved a no-confidence motion against the trial judge.", "ACCUSE"),
    ("The cabinet won a confidence vote in parliament.", "NONE"),
    # an economic or international boycott is a cut in exchange; a vote boycotted a protest
    ("Arland joined the economic boycott of the junta on Monday.", "SANCTION"),
    ("The opposition called a boycott of the parliamentary elections.", "PROTEST"),
    # a warning against a belief cautions; against an attack it threatens; against a mood
    # it exhorts the hearers, the lexicon's warning as before
    ("Mr Vane cautioned against hopes of a quick deal after the first round of talks.", "NONE"),
    ("The Lirnian health minister warned Osk against complacency as cases rose.", "THREATEN"),
    ("Arland warned against any attack on its ships in the strait.", "THREATEN"),
    # what an action needs is no demand; a party requiring another to act is one
    ("Rebuilding the port would require years of work, the minister said.", "NONE"),
    ("The minister said that Osk would require the rebels to hand in their weapons.", "REQUEST"),
    # forces named as already in place are a presence; a clause telling the posture or a
    # perfect tells a move or a show of force
    ("The mandate covers the Velmari forces already deployed in Dorvan.", "NONE"),
    ("Osk's army is still stationed on the frontier, ready to respond.", "MOBILIZE"),
    ("Arland has already deployed 3,000 troops on the border.", "MOBILIZE"),
    # an act done in collaboration with a named party; the phrase on a noun only describes it
    ("Kessland began the registration of refugees in collaboration with the UN refugee "
     "agency.", "COOPERATE"),
    ("Dr Lin has written papers on projects in cooperation with Velmar and Brel.", "NONE"),
    # what a text provides, told in a relative clause, asks nothing now
    ("He cited the 1990 accord between Arland and Orlund, which calls for civil liberties to "
     "go on in the old territory.", "NONE"),
    ("The new resolution calls for an immediate ceasefire in the north.", "REQUEST"),
    # a text recalled is remembered; an envoy recalled is withdrawn
    ("Mr Dane recalled the 1990 accord between Arland and Orlund.", "NONE"),
    ("Ostria recalled its ambassador from Calva in protest at the arrests.", "SANCTION"),
])
def test_realwire8_prompted_senses(top_event, text, root):
    assert top_event(text)["root"] == root


def test_the_collaborating_doer_is_the_actor(coded_events):
    e = coded_events("Kessland began the registration of refugees in collaboration with the "
                     "UN refugee agency.")[0]
    assert e["actor"] == "Kessland" and e["root"] == "COOPERATE"
