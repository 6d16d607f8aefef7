"""A rising death toll of a war is a casualty report, ASSAULT (verbs.json v.toll.rise; issue 4,
bench/eval_st_events.py's second gaza sample); the toll of a flood is an occurrence."""

from __future__ import annotations

from dateline.events import OCCURRENCE


def test_a_war_death_toll_rising_is_assault(top_event):
    assert top_event("The death toll in the Dorvan valley rose to 412 on Friday.")["root"] == \
        "ASSAULT"


def test_a_flood_death_toll_rising_is_no_assault(coded_events):
    evs = coded_events("The death toll from the floods rose to 37 on Sunday.")
    roots = [e["root"] for e in evs]
    assert "ASSAULT" not in roots and all(r == OCCURRENCE for r in roots)


def test_whose_death_toll_rose_is_the_target_not_the_actor(coded_events):
    """verbs.json subject_suffers: the toll's people suffered the act; no one did it."""
    evs = coded_events("The Drovian death toll rose to 867.")
    rose = next(e for e in evs if e["root"] == "ASSAULT")
    assert (rose["actor"], rose["target"]) == (None, "Drovian")
