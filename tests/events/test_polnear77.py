"""Shapes of the first blind batch of PolNeAR's political news, Random(101) (issue 4, session 77;
bench/plover_probes_polnear1.txt), each a general shape of English with the near sense that
must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a party called out (for what it did) is criticized (verbs.json v.criticize.call_out)
    ("Senator Ivo Marr called out his rival Lin Rell for insulting Dornish voters.", "ACCUSE"),
    ("The Velkan premier called out Osk for its treatment of refugees.", "ACCUSE"),
    # a force called out is put to use, and a call for stays a call
    ("The governor called out the National Guard after the riots.", "MOBILIZE"),
    ("Velka called for the release of the Osk fishermen.", "REQUEST"),
])
def test_called_out(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # fun poked or made at a party mocks it (verbs.json v.criticize.poke_fun)
    ("The comedy show poked fun at Dana Orl for her trip to Osk.", "ACCUSE"),
    ("Osk's foreign minister made fun of the Velkan president at the summit.", "ACCUSE"),
    # other things made are no mockery
    ("The Velkan premier made a visit to Osk on Monday.", "CONSULT"),
])
def test_fun_poked(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a party joined in writing or drafting a text works with it (verbs.json
    # v.cooperate.join_in_drafting)
    ("Mr. Marr joined Unionists in writing a migration bill in 2011.", "COOPERATE"),
    ("Two Velkan senators joined the Osk caucus in drafting a ceasefire resolution.",
     "COOPERATE"),
    # joined in another act keeps that act's root
    ("France joined Germany in condemning the coup in Osk.", "ACCUSE"),
])
def test_joined_in_drafting(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a party's endorsement of a party backs it with no light verb (nouns.json
    # n.support.endorsement_of)
    ("Orl's endorsement of Marr is bad news for Rell.", "SUPPORT"),
    ("The union's endorsement of Senator Dana Orl came on Friday.", "SUPPORT"),
    # an endorsement of a plan names no party backed
    ("The board's endorsement of the plan came on Friday.", "NONE"),
])
def test_endorsement_of(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a party suspicious or distrustful of another distrusts it, as 'critical of' criticizes
    # (roles.json stances adjectives)
    ("\"The Velkan voters remain suspicious of Dana Orl,\" Marr said.", "ACCUSE"),
    ("The Velkan cabinet remains suspicious of Osk's motives in the talks.", "ACCUSE"),
    # a thing found suspicious is no stance toward a party
    ("Police said the package was suspicious.", "NONE"),
])
def test_suspicious_of(top_event, text, root):
    assert top_event(text)["root"] == root


# Second batch, Random(103) (bench/plover_probes_polnear2.txt)

@pytest.mark.parametrize(("text", "root"), [
    # an attack told scurrilous, baseless or partisan is a smear (nouns.json
    # n.accuse.smear_attack)
    ("Dana Orl is worried about scurrilous attacks on her family by Marr's allies.", "ACCUSE"),
    ("The Velkan premier dismissed the baseless attacks on him by the Osk opposition.", "ACCUSE"),
    # an attack with no such word stays a blow struck
    ("Rebels launched an attack on the Velkan army base at dawn.", "ASSAULT"),
])
def test_smear_attack(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a party signaling its support for another gives it (nouns.json n.support.signal)
    ("The Velkan cabinet was signaling its firm support for Mr. Orl.", "SUPPORT"),
    ("Osk signaled its backing for the Velkan premier on Monday.", "SUPPORT"),
    # a signal of nothing backed is no act
    ("The Velkan central bank signaled a pause in rate rises.", "NONE"),
])
def test_support_signaled(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a named party said to be a word of bad character is called so by the speaker
    # (roles.json conduct_claims labels)
    ("Senator Ivo Marr said Dana Orl is a liar and a bigot.", "ACCUSE"),
    ("Ivo Marr argued that Dana Orl was corrupt and unfit for office.", "ACCUSE"),
    ("Dana Orl is persuading voters that Ivo Marr is an egotist.", "ACCUSE"),
    # a neutral predicate, a negated one, or the speaker's own name is no charge
    ("Ivo Marr said Dana Orl is a senator from Velm.", "NONE"),
    ("Ivo Marr said Dana Orl is not a racist.", "NONE"),
    ("Marr said Marr was no liar and never corrupt.", "NONE"),
])
def test_called_names(top_event, text, root):
    assert top_event(text)["root"] == root
