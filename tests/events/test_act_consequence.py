"""An event noun as the subject of a verb telling what the act did (roles.json subject_events
consequences, events.consequence): the noun is the act, told done, and comes before the verb --
or what it makes someone do --, which stays a mention of its own (a store keeps what it held)
ranked after it (issue 4, blind batch of the audit probes, section AB)."""

from __future__ import annotations


def test_the_strike_closed_banks_is_the_strike(coded_events, roots):
    evs = coded_events("A general strike paralysed the railways and closed banks across "
                       "Dorvan, union leaders said.")
    assert roots(evs)[:1] == ["PROTEST"], evs
    assert "closed" in [e["trigger"] for e in evs[1:]], evs  # what it did, ranked after


def test_an_act_made_to_be_done_is_the_news(coded_events):
    """'prompted Kestria to recall its ambassador': the recall is the reaction, coded over
    its cause as the gold codes one ('suspended aid deliveries after two vehicles were
    hit'); the shelling stays, after it."""
    evs = coded_events("The shelling of the border town prompted Kestria to recall its "
                       "ambassador from Orlund on Tuesday, the foreign ministry said.")
    assert [e["trigger"] for e in evs][:2] == ["recall", "shelling"], evs


def test_an_act_made_to_be_done_under_its_light_verb(coded_events, roots):
    """The infinitive's act may be a noun behind its light verb ('to lodge a protest'); of
    two infinitives the first is the news."""
    evs = coded_events("The expulsion of two Dorvan diplomats prompted Dorvan to lodge a "
                       "formal protest with the Kestrian envoy on Monday.")
    assert roots(evs)[:1] == ["ACCUSE"], evs
    evs = coded_events("The bombing of the embassy forced Veskara to close its border and "
                       "recall its ambassador, officials said.")
    assert roots(evs)[:1] == ["COERCE"], evs
    assert roots(evs).index("ASSAULT") > 0, evs


def test_what_an_act_made_someone_do_that_is_no_act_leaves_it_first(coded_events, roots):
    """'forced the speaker to suspend the sitting', 'forced villagers to flee': procedure
    and flight are no acts, so the walkout and the fighting are the news."""
    evs = coded_events("A walkout by opposition members forced the speaker to suspend the "
                       "sitting of the assembly on Tuesday.")
    assert roots(evs)[:1] == ["PROTEST"], evs
    evs = coded_events("Renewed fighting in the north has forced some 30,000 villagers to "
                       "flee their homes, the UN refugee agency said.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_an_act_the_verb_carries_stays(coded_events):
    """'has prompted accusations': the accusations, read with their light verb, are a new
    act the criticism set off, not folded into it, and the news (roles.json provocations)."""
    evs = coded_events("The senator's sharp criticism of the firm has prompted accusations "
                       "of bias.")
    assert [e["trigger"] for e in evs] == ["prompted accusations", "criticism"], evs


def test_a_noun_needing_a_doer_is_not_read_without_one(coded_events):
    """'a fire forced a suspension': with no doer named, the fire is a blaze, not gunfire."""
    evs = coded_events("A small fire aboard a navy supply ship forced a suspension of the "
                       "drilling operation, military officials said.")
    assert "fire" not in [e["trigger"] for e in evs], evs


def test_a_clause_told_is_no_effect(coded_events):
    """'papers were claiming that ...': 'claim' tells a claim, not lives an act claimed."""
    evs = coded_events("The 'threat' of swine flu - newspapers were claiming, contrary to "
                       "the evidence, that half the population could die.")
    assert "threat" not in [e["trigger"] for e in evs], evs


def test_a_measure_with_no_actor_of_its_own_is_told_done(coded_events, roots):
    """'blockade' names an act only under a light verb or with an actor; as the subject of
    'has left' it is told done (read as announced)."""
    evs = coded_events("A month-long blockade of the northern coast has left the port of "
                       "Varo without fuel, aid workers said.")
    assert roots(evs)[:1] == ["COERCE"], evs


def test_a_container_gives_way_to_its_act(coded_events, roots):
    """'a fresh wave of air strikes left ...': the strikes, not a campaign of 'wave'."""
    evs = coded_events("A fresh wave of air strikes on the hill villages left at least 20 "
                       "people dead on Sunday, residents said.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_an_actor_or_a_stance_noun_as_subject_still_acts(coded_events, roots):
    """'the army closed the road' and 'the opposition disrupted the speech' are acts:
    neither subject names an act by itself."""
    assert roots(coded_events("The army closed the main road to the border."))[:1] == [
        "COERCE"]
    assert roots(coded_events("The opposition disrupted the president's speech."))[:1] == [
        "PROTEST"]


def test_a_cost_in_money_tells_no_act(coded_events):
    """'cost' is not listed: the embargo's cost is a background figure, no act done."""
    evs = coded_events("The minister said the embargo had cost the country 300 million "
                       "dollars in lost exports.")
    assert evs == [], evs


def test_an_act_set_off_by_another_is_the_news(coded_events):
    """'the arrest ... sparked riots' (roles.json provocations): the riots come first, as the
    gold codes a reaction over its cause; the arrest stays, after them."""
    evs = coded_events("The detention of a union leader by the secret police sparked strikes "
                       "in three ports on Friday.")
    assert [e["trigger"] for e in evs][:2] == ["strikes", "detention"], evs


def test_a_container_object_gives_way_to_its_act(coded_events, roots):
    evs = coded_events("The killing of two students on Monday triggered a week of rioting in "
                       "the northern towns.")
    assert roots(evs)[:1] == ["PROTEST"], evs


def test_an_effect_that_is_no_act_leaves_the_cause_first(coded_events, roots):
    """'sparked anger': no act set off, so the arrest is the news."""
    evs = coded_events("The arrest of the opposition leader sparked anger in the capital.")
    assert roots(evs)[:1] == ["COERCE"], evs


def test_an_act_told_stopped_comes_after_the_acts_done(coded_events, roots):
    """'trade ground to a halt after X imposed an embargo' (roles.json subject_events halted):
    the stopped trade has no doer and is no act done; the embargo is the news. The trade
    stays a mention."""
    evs = coded_events("Trade with the island came to a standstill after the navy imposed a "
                       "blockade on its ports last week.")
    assert roots(evs)[:1] == ["COERCE"], evs
    assert "COOPERATE" in roots(evs), evs
    evs = coded_events("Talks between the junta and the rebels came to a halt on Friday "
                       "after the army launched an offensive in the north.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_an_act_an_ending_verb_tells_stopped_comes_after_the_acts_done(coded_events, roots):
    """'grain exports stopped after ...': read by the ending verb ('stop' + the act noun as
    its subject, light.ending_verb_event) it is still stopped with no doer, so it goes after
    the act done, as the noun told stopped does; it stays a mention."""
    evs = coded_events("Grain exports from Pell stopped on Friday after dockers walked out "
                       "over pay.")
    assert roots(evs)[:1] == ["PROTEST"], evs
    assert "SANCTION" in roots(evs), evs
    evs = coded_events("Talks between the two sides stopped after rebels shelled the capital.")
    assert roots(evs)[:1] == ["ASSAULT"], evs


def test_an_act_halted_by_its_doer_is_no_stopped_subject(coded_events, roots):
    """'the army halted its offensive' names a doer and an object: an act of its own."""
    evs = coded_events("The army halted its offensive in the north on Friday.")
    assert roots(evs)[:1] == ["RETREAT"], evs
