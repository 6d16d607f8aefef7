"""Violence by a crowd in a protest or riot is the riot, PROTEST (CAMEO 145; verbs.json
v.riot.throw, v.riot.loot, v.riot.arson, gated on roles.json contexts unrest); the same
acts by armed men, or by youths with no word of unrest near, stay attacks (issue 4, audit
probes section AP)."""

from __future__ import annotations


def test_stones_and_petrol_bombs_in_a_riot_are_the_riot(coded_events, roots):
    evs = coded_events("Hundreds of youths hurled stones and petrol bombs at police in the "
                       "port city on Monday in a second night of rioting.")
    assert roots(evs)[:1] == ["PROTEST"], evs


def test_stones_thrown_with_no_word_of_unrest_stay_an_attack(coded_events, roots):
    evs = coded_events("Youths threw stones at a passing army patrol near the border post.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_fire_set_by_rioters_is_rioting_by_troops_an_attack(coded_events, roots):
    """'set fire to' is read as the phrasal verb before the light verb + 'fire'."""
    assert roots(coded_events("Rioters set fire to cars and shops in the old town."))[:1] == [
        "PROTEST"]
    assert roots(coded_events("Troops set fire to houses in the village."))[:1] == ["ASSAULT"]


def test_a_mob_stoning_someone_to_death_is_a_killing(coded_events, roots):
    evs = coded_events("A mob stoned a police officer to death in the market town during "
                       "a protest on Monday.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_looting_and_stoning_by_protesters(coded_events, roots):
    assert roots(coded_events("Protesters looted shops along the main avenue."))[:1] == [
        "PROTEST"]
    evs = coded_events("Demonstrators stoned the governor's convoy as it left the rally.")
    assert roots(evs)[:1] == ["PROTEST"], evs
