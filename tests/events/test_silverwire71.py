"""Shapes of the plain blind batch Random(93) (issue 4, session 71;
bench/plover_probes_silverwire36.txt), each a general shape of English or of the codebook,
with the near sense that must stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "root"), [
    # a sports 'meeting' or 'meet' named by its sport is put on, no meeting of parties
    # (verbs.json v.consult not_objects)
    ("Rell Manor is a historic venue in Velkan sport since it hosted the first track meeting "
     "in Velka after the war.", "NONE"),
    ("The old stadium in Tesk hosted an athletics meeting last week.", "NONE"),
    ("The city of Harl hosted an international swimming meet in May.", "NONE"),
    # a meeting of parties hosted stays a meeting
    ("Lirn hosted a meeting of the two rival factions' leaders on Sunday.", "CONSULT"),
    ("Velka hosted a meeting of Lake Union foreign ministers on Monday.", "CONSULT"),
])
def test_a_sports_meeting_hosted(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # electricity a party provides another with is a supply, as fuel is (verbs.json
    # v.aid.provide_with)
    ("Through 12 cables, Velka provides Kado with the remaining electricity.", "AID"),
    ("Orland has supplied the enclave with electricity since the war began.", "AID"),
    ("Tesk provides the Velkan enclave with electricity and fuel.", "AID"),
    # powers given by a law are no supply
    ("The new law provides the police with powers to search homes.", "NONE"),
])
def test_electricity_provided(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a threat a storm or a flood owns, or 'its' standing for the storm that does the verb,
    # is a danger, no party's threat (nouns.json n.threaten not_owners; agents.non_agent_owner)
    ("Weather office KMA said Typhoon Lira has grown stronger and increased its threat to "
     "Rell.", "NONE"),
    ("The typhoon's threat to Rell grew overnight.", "NONE"),
    ("The flood's threat to the capital eased on Monday.", "NONE"),
    # a party's threat, told so or by 'its', stays a threat
    ("Velka has increased its threat to cut gas supplies to Orlund.", "THREATEN"),
    ("The rebels renewed their threat to attack the capital.", "THREATEN"),
    ("Velka's threat to cut gas supplies alarmed Orlund.", "THREATEN"),
])
def test_a_storm_s_threat(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a proposal or an offer sent or forwarded to a party is made to it, as one submitted
    # is (nouns.json n.agree.intent light)
    ("Velka sent new proposals on the gas price to the Kado side on Monday.", "AGREE"),
    ("Velka sent Kado a proposal on the gas price.", "AGREE"),
    ("The mediators forwarded an offer of talks to the rebel command.", "AGREE"),
    # a letter sent is no offer
    ("Velka sent a letter to Kado on Monday.", "NONE"),
])
def test_a_proposal_sent(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # a party, a movement or a body named as one joining a government or a cabinet shares
    # power; decided against, a refusal (verbs.json v.join.government)
    ("Kado Farmers' and Workers' Party (KFWP) resolved not to join the interim cabinet, but to "
     "play a \"strong role\" as opposition within the interim assembly, local paper The Kado "
     "Times reported Thursday.", "REJECT"),
    ("The Lirn Farmers' Party decided not to join the caretaker cabinet.", "REJECT"),
    ("The former rebel movement joined the unity government on Monday.", "COOPERATE"),
    ("The opposition party will join the new government next week.", "AGREE"),
    # a person who joins a cabinet takes a post
    ("Ado Renk joined the cabinet as finance minister in 2004.", "NONE"),
])
def test_a_party_joining_a_government(top_event, text, root):
    assert top_event(text)["root"] == root


@pytest.mark.parametrize(("text", "root"), [
    # an act in the topic of a debate or of talks, down its of-phrases and noun clauses, or
    # in the talks' own to-clause, is talked about, not done (events.mentioned._talked_about;
    # roles.json mentioned_acts talk_nouns)
    ("Marr made the statement at the outset of a full-day debate on Velka's planned command "
     "of a joint force to protect aid shipments to Kado.", "NONE"),
    ("The Velkan assembly opened a debate on sending troops to Kado.", "NONE"),
    ("Talks on a deal to release the prisoners stalled on Friday.", "CONSULT"),
    # the act told done stays
    ("Velka's force protected aid convoys to Kado on Monday.", "AID"),
])
def test_a_debate_s_topic(top_event, text, root):
    assert top_event(text)["root"] == root
