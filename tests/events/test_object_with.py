"""A verb's with-phrase the parser hung on the verb's object or on a prepositional object
after it ('reached the town with food'): read as the verb's own 'with food' for the entries
that ask for one (dependents._object_with; issue 4, session 41 task P2, audit section BH)."""

from __future__ import annotations


def test_relief_brought_to_a_place_is_aid_whatever_the_with_phrase_hangs_on(coded_events):
    # 'with food' hangs on 'villages' (the direct object) and on 'district' (under 'in')
    for text in ("A UN convoy reached the cut-off villages of the Tor valley with food on Tuesday.",
                 "Relief workers arrived in the flooded district with medicine and tents."):
        evs = coded_events(text)
        assert evs and evs[0]["root"] == "AID", (text, evs[:2])


def test_a_with_phrase_of_people_on_the_object_brings_no_aid(coded_events):
    # only the listed goods: the aides are who came along, nothing is brought
    evs = coded_events("The delegation reached the capital with its aides.")
    assert "AID" not in [e["root"] for e in evs], evs[:2]
