"""Force used to disperse a gathering is crowd control, COERCE (roles.json dispersals;
detect._dispersal): the purpose tells what the force was, as the gold codes fire opened to
disperse demonstrators; force with another purpose or none stays ASSAULT (issue 4)."""

from __future__ import annotations

import pytest

from dateline.events import lexicon


@pytest.mark.parametrize("ex", lexicon.role_examples("dispersals"),
                         ids=lambda ex: str(ex["text"])[:48])
def test_top_root_examples(coded_events, ex):
    evs = coded_events(ex["text"])
    assert evs and evs[0]["root"] == ex["root"], evs[:2]


def test_the_force_and_its_purpose_are_one_event(coded_events):
    """The dispersal told as purpose is the same act: one COERCE, on the force verb (live
    rounds: rubber bullets are crowd control by themselves, v.use_riot_control)."""
    evs = coded_events("Police fired live rounds on Saturday to scatter the crowd of "
                       "striking dockers outside the port of Osk.")
    assert [e["root"] for e in evs] == ["COERCE"]
    assert evs[0]["rule"].endswith("+dispersal")


@pytest.mark.parametrize("text", [
    "Police fired tear gas and water cannon at demonstrators outside the ministry.",
    "Riot police fired rubber bullets at stone-throwing youths in Varn on Friday.",
])
def test_crowd_control_weapons_fired_at_people_are_coerce(coded_events, text):
    """Tear gas, water cannon or rubber bullets fired at people: crowd control, COERCE (the
    probe files' convention, v.use_riot_control), not fire opened (v.fire_on)."""
    evs = coded_events(text)
    assert evs[0]["root"] == "COERCE" and evs[0]["rule"] == "v.use_riot_control", evs[:2]
