"""One act told once gives one event: a purpose clause repeating the act, and a headline
whose subordinate clause the parser misread (issue #4)."""

from __future__ import annotations

from dateline.events import OCCURRENCE


def test_a_purpose_clause_of_the_same_act_is_no_second_event(annotate_events):
    """'will donate ... to assist the victims': one aid pledge (AGREE, the planned act AID),
    not an AGREE and an AID side by side."""
    ann = annotate_events("The singer Lorna Vale said she will donate $300,000 to assist the "
                          "flood victims in Marovia through a local charity.")
    assert [(e.type, e.trigger) for e in ann.events] == [("AGREE", "donate")]
    assert ann.events[0].rule == "v.aid+intent"
    ann = annotate_events("The singer gave $1 million to help flood victims in Marovia.")
    assert [(e.type, e.trigger) for e in ann.events] == [("AID", "gave")]


def test_a_purpose_clause_of_another_act_stays_its_own_event(annotate_events):
    ann = annotate_events("The army sent troops to attack the town of Brel.")
    assert {e.type for e in ann.events} >= {"ASSAULT"}


def test_a_quake_hitting_in_a_misread_headline_is_an_occurrence(annotate_events):
    """The parser reads 'as Peru quake hits' as 'as' + object, and 'hits' as the main verb
    with 'CCTV' for its subject: the quake still does the hitting, no ASSAULT by CCTV."""
    ann = annotate_events("CCTV of shops shaking as Peru quake hits CCTV cameras record the "
                          "moment .")
    assert [e.type for e in ann.events if e.type != OCCURRENCE] == []
    quakes = [e for e in ann.events if e.rule.startswith("occ.disaster.quake")]
    assert [e.trigger for e in quakes] == ["quake hits"]
