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


def test_the_object_of_a_purpose_clause_told_again_is_no_event_of_its_own(annotate_events):
    """'opened the crossing to allow aid in': the allowing is the opening told again, and
    the aid it lets through is its object, not an AID of its own."""
    ann = annotate_events("The Dorvan government opened the border post to allow aid "
                          "into the province.")
    assert [(e.type, e.trigger) for e in ann.events] == [("RETREAT", "opened")]


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


def test_a_quake_or_storm_hitting_with_no_subject_of_its_own_is_no_assault(annotate_events):
    """'the worst earthquake to hit Marovia' (the infinitive's doer is its noun), 'after a
    strong earthquake hit west of the port city' (the parser hung 'hit' on the noun as a
    participle), 'after Hurricane Dora hit the coast' (a storm's name): no ASSAULT, and the
    quake does the hitting."""
    for text in ("It is the worst earthquake to hit Marovia in 200 years.",
                 "Hundreds are feared dead after a strong earthquake hit west of the "
                 "port city.",
                 "A month after Hurricane Dora hit the coast, voters were angry."):
        ann = annotate_events(text)
        assert "ASSAULT" not in {e.type for e in ann.events}, text
        assert any(e.type == OCCURRENCE for e in ann.events), text
    ann = annotate_events("It is the worst earthquake to hit Marovia in 200 years.")
    assert [e.trigger for e in ann.events] == ["earthquake to hit"]


def test_workers_killed_in_a_blast_stay_the_blast_s_dead(annotate_events):
    """A participle on persons is no doer: the workers are killed, the blast kills them."""
    ann = annotate_events("Nine crewmen killed in the explosion aboard the tanker were buried.")
    assert [e.rule for e in ann.events if e.type == OCCURRENCE][:1] == ["occ.accident.death"]


def test_a_name_whose_first_word_is_a_non_agent_word_still_acts(annotate_events):
    """'Bill' is a non-agent word (a bill), but 'President Bill Morrow' is a person who acts."""
    ann = annotate_events("President Bill Morrow has imposed sanctions on the ruling faction "
                          "of Marovia.")
    assert "SANCTION" in {e.type for e in ann.events}


def test_a_disaster_told_through_it_a_controller_or_a_superlative_is_no_assault(annotate_events):
    """The quake or storm that hits is found through 'it' (the subject before it in its
    sentence, else the subject of the sentence before), through the verb an infinitive
    completes ('if a typhoon were to hit', 'storms will keep striking', 'was about to
    hit') and through a superlative standing for its subject ('the quake was the worst to
    hit'): an occurrence, not an ASSAULT."""
    for text in ("Hurricane Dora was a category 3 storm when it hit the coast of Marovia.",
                 "The earthquake struck before dawn. It hit the old port hardest.",
                 "If a typhoon were to hit the bay this autumn, the slick would reach the "
                 "shore.",
                 "Fishermen say that storms will keep striking the bay every autumn.",
                 "Rumours spread that a quake was about to hit the capital.",
                 "The quake was the worst to hit Marovia in a century.",
                 "Footage of the tsunami hitting the harbour was shown on Monday."):
        ann = annotate_events(text)
        assert "ASSAULT" not in {e.type for e in ann.events}, text


def test_it_that_stands_for_an_actor_still_acts(annotate_events):
    """'it' for an army or a state keeps its act: 'The army said it struck a depot'."""
    for text in ("The army said it struck a rebel depot near the border on Monday.",
                 "The navy was ordered to sea. It shelled the port at dawn."):
        ann = annotate_events(text)
        assert "ASSAULT" in {e.type for e in ann.events}, text
