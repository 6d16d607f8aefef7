"""An object's first coordinated modifier, which the parser makes an nmod ('restored internet
and mobile services'), counts for a verb entry's object condition (detect.objects; issue 4)."""

from __future__ import annotations


def test_coordinated_noun_modifier_meets_the_object_condition(coded_events):
    evs = coded_events("The authorities restored internet and mobile phone services in the "
                       "western provinces on Friday.")
    assert evs and evs[0]["root"] == "CONCEDE", evs[:2]


def test_unlisted_modifier_still_codes_nothing(coded_events):
    evs = coded_events("The utility restored water and heating services in the suburbs.")
    assert not evs or evs[0]["root"] != "CONCEDE", evs[:2]

