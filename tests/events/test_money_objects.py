"""A sum of money's in-object is what the verb acts on ('suspended $50 million in aid')."""

from __future__ import annotations


def test_a_sum_suspended_in_aid_is_aid_suspended(coded_events, top_root):
    # the parse makes the sum ('million') the object and the aid its in-object
    assert top_root(coded_events("Lindmark suspended $50 million in economic aid to "
                                 "Gorvath.")) == "SANCTION"
    assert top_root(coded_events("Lindmark froze 40 million dollars in military assistance "
                                 "to Tamsin.")) == "SANCTION"


def test_a_count_in_a_place_is_no_object(coded_events):
    # only a sum of money reads its in-object: '40 in the capital' are people, not the capital
    evs = coded_events("Police arrested 40 in the capital of Gorvath on Friday.")
    assert evs[0]["root"] == "COERCE"
    assert evs[0]["target"] != "capital"
