"""An event noun that only names an earlier act as the cause of what its sentence tells
('not responsible for the bombing', 'in retaliation for the rocket fire') is a reference, not a
new event: the timeline would show it on the article's day, a false entry (issue #4). One its
own phrase dates stays, and so does the act of a claim of responsibility."""

from __future__ import annotations

import pytest

from dateline.events import lexicon
from dateline.model import OCCURRENCE


def _acts(ann):
    return [(e.type, e.trigger) for e in ann.events if e.type != OCCURRENCE]


def test_a_cause_denied_is_no_event(annotate_events):
    ann = annotate_events("The militia said it is not responsible for the bombing of the "
                          "market, and the army shelled the hills.", dct="2024-03-21")
    # the denial is an act of its own (REJECT, roles.json denials); the bombing is none
    assert _acts(ann) == [("REJECT", "is not responsible"), ("ASSAULT", "shelled")]


def test_retaliation_names_an_earlier_act(annotate_events):
    ann = annotate_events("The navy shelled the port in retaliation for the rocket fire, and "
                          "militants fired more rockets.", dct="2024-03-21")
    assert _acts(ann) == [("ASSAULT", "shelled"), ("ASSAULT", "fired")]
    # the ids stay a sequence: the left-out reference takes none
    assert [e.id for e in ann.events if e.type != OCCURRENCE] == ["e1", "e2"]


def test_a_cause_dated_in_its_own_phrase_stays(annotate_events):
    ann = annotate_events("On Thursday the navy shelled the port in retaliation for the March 19 "
                          "raid on its base.", dct="2024-03-21")
    raid = [e for e in ann.events if e.trigger == "raid"]
    assert [(e.type, e.time.value) for e in raid] == [("ASSAULT", "2024-03-19")]


def test_a_claim_of_responsibility_tells_the_act(annotate_events):
    ann = annotate_events("A little-known faction claimed responsibility for the bombing of "
                          "the market.", dct="2024-03-21")
    assert _acts(ann) == [("ASSAULT", "bombing")]


@pytest.mark.parametrize("ex", lexicon.role_examples("prevented", "involvement", "topics",
                                                 "proposals", "terms"),
                         ids=lambda ex: ex["text"][:40])
def test_a_thwarted_or_charged_act_is_no_event(annotate_events, ex):
    """roles.json prevented and involvement examples: the act thwarted or charged
    ('trigger') is no event; 'kept' is."""
    triggers = [e.trigger for e in annotate_events(ex["text"], dct="2024-03-21").events]
    if ex["trigger"] is not None:
        assert ex["trigger"] not in triggers
    if ex.get("kept"):
        assert ex["kept"] in triggers


def test_a_vote_on_a_plan_is_no_rejection(annotate_events):
    # v.block.proposal no longer lists 'vote': voting on a plan neither blocks it nor tells its
    # act; voting it down or against it stays REJECT (v.vote_down, v.vote_against)
    ann = annotate_events("The Velka assembly will vote next month on a plan to close the port.")
    assert _acts(ann) == []
    ann = annotate_events("The Velka assembly voted against the plan to close the port.")
    assert _acts(ann)[0] == ("REJECT", "voted")


def _triggers(annotate_events, text):
    return [e.trigger for e in annotate_events(text, dct="2024-05-10").events]


def test_an_act_only_named_as_a_time_is_no_event(annotate_events):
    """roles.json relative_to: 'a week before the raid' with no doer, no date of its own and
    no earlier act of its root is a time the text tells, no act it reports (issue #4)."""
    assert "raid" not in _triggers(
        annotate_events, "A week before the raid, the smugglers moved their boats to a cove.")
    assert "ambush" not in _triggers(
        annotate_events, "The guide kept a diary in the months following the ambush.")


def test_an_act_named_as_a_time_stays_with_its_doer_its_date_or_an_earlier_telling(
        annotate_events):
    # its doer ('the rebels' raid'), its own date ('the March 3 raid'), or the text told an
    # act of its root before: the mention is that act, a back-reference dated by it
    assert "raid" in _triggers(
        annotate_events, "The guards fled the town after the rebels' raid on the depot.")
    assert "raid" in _triggers(
        annotate_events, "A week before the March 3 raid, the smugglers moved their boats.")
    assert "raid" in _triggers(
        annotate_events, "Fighters stormed the fort at dawn. A week before the raid, the "
                         "smugglers moved their boats to a cove.")
