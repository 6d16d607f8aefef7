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
