"""Labour strikes vs military strikes, and what may be an event's actor."""

from __future__ import annotations

import pytest

LABOUR = [
    "The strike began on Monday when 2,400 members of the dockworkers' federation walked out.",
    "Workers went on strike over pay.",
    "Nurses staged a walkout at three hospitals.",
    "Pickets blocked the factory gates.",
    "Dockworkers struck for a second day over wages.",
    "Ships pile up outside the port as the strike enters a second day.",
]
MILITARY = [
    "Israeli strikes killed hundreds.",
    "An air strike hit a hospital.",
    "A drone strike killed a militant commander.",
    "Missile strikes destroyed the bridge.",
    "US strikes on Yemen continued overnight.",
]


@pytest.mark.parametrize("text", LABOUR)
def test_labour_strike_is_protest(annotate_events, text):
    assert annotate_events(text).events[0].type == "PROTEST", text


@pytest.mark.parametrize("text", MILITARY)
def test_military_strike_is_assault(annotate_events, text):
    assert annotate_events(text).events[0].type == "ASSAULT", text


@pytest.mark.parametrize(("text", "root"), [
    # the strike's own sentence says nothing of its kind: the nearest sentence that does
    ("Jets pounded the border town overnight. No warning was given before the strikes began.",
     "ASSAULT"),
    ("Union members walked out over pay. No warning was given before the strikes began.",
     "PROTEST"),
    ("No warning was given before the strikes began. Rockets hit the town within minutes.",
     "ASSAULT"),
    # its own sentence decides when it can: the dockers' strike beside an air raid
    ("Rockets hit the town at dawn. The dockers' strike over pay began on Monday.", "PROTEST"),
])
def test_a_bare_strike_takes_its_sense_from_the_nearest_telling_sentence(
    annotate_events, text, root
):
    ann = annotate_events(text)
    assert [e.type for e in ann.events if e.trigger == "strikes" or e.trigger == "strike"] == [root]


@pytest.mark.parametrize(("text", "root"), [
    # a strike a force launches or begins on a target is an attack, whatever its modifier
    ("The Osk army launched targeted strikes on suspected militants on Tuesday.", "ASSAULT"),
    ("Government forces began strikes on rebel positions near Tesk overnight.", "ASSAULT"),
    ("The Velkan air force launched strikes on the border town.", "ASSAULT"),
    ("Marovia launched pre-emptive strikes against the rebel camps.", "ASSAULT"),
    # among workers, unions or wages a launched strike stays a stoppage, troops nearby or not
    ("Dockworkers at the Varn naval base launched a strike over unpaid wages.", "PROTEST"),
    ("The union staged targeted strikes at three plants.", "PROTEST"),
    ("Teachers launched a strike over unpaid wages.", "PROTEST"),
    ("Transport workers launched rolling strikes across the country.", "PROTEST"),
    ("Air traffic controllers in Osk launched a strike on Monday.", "PROTEST"),
    ("Jailed Tesk rebels launched a hunger strike at the Brel army camp.", "PROTEST"),
])
def test_a_launched_strike_is_military_among_forces_and_labour_among_workers(
    annotate_events, text, root
):
    assert annotate_events(text).events[0].type == root, text


@pytest.mark.parametrize("text", [
    # the parser may hang 'pre', '-' and 'emptive' each on the noun: the modifier is whole
    "Kessland launched pre-emptive strikes on Velmar.",
    "Kessland began pre-emptive strikes on Velmar on Monday.",
])
def test_a_hyphenated_modifier_split_by_the_parser_counts_whole(annotate_events, text):
    assert annotate_events(text).events[0].type == "ASSAULT", text


@pytest.mark.parametrize(("text", "root"), [
    # a state, its government or its forces launching strikes on a named party attacks it,
    # no word of arms in the sentence
    ("Kessland launched strikes on Velmar.", "ASSAULT"),
    ("Kessland began strikes on Velmar on Monday.", "ASSAULT"),
    ("The Velkan government began strikes against Tesk.", "ASSAULT"),
    ("Marovia launched strikes against Dorvan.", "ASSAULT"),
    # no named target, or a union, workers or an opposition as doer: a stoppage
    ("They launched a strike on Monday.", "PROTEST"),
    ("Workers began a strike on the railways.", "PROTEST"),
    ("The Tesk union began strikes against Kessair on Monday.", "PROTEST"),
    ("Velmar's opposition launched a strike against the Tesk government.", "PROTEST"),
    # 'air' is a word of arms only on a strike, a raid, a force or an attack
    ("The strike disrupted air traffic across Velmar.", "PROTEST"),
    ("Kessland launched air strikes on Velmar.", "ASSAULT"),
])
def test_a_state_launching_strikes_on_a_party_attacks_it(annotate_events, text, root):
    assert annotate_events(text).events[0].type == root, text


def test_walking_out_of_talks_is_not_a_strike(annotate_events):
    assert annotate_events("The delegation walked out of the talks.").events[0].type == "SANCTION"
    assert annotate_events("Teachers walked out of classrooms to demand higher wages."
                           ).events[0].type == "PROTEST"


def test_walking_out_of_parliament_is_a_protest(annotate_events):
    """Deputies walking out of parliament (or a sitting of it) protest against the government
    (CAMEO 143, verbs.json v.walk_out.chamber); out of talks they halt them (SANCTION)."""
    ann = annotate_events("Opposition deputies walked out of parliament on Monday in protest "
                          "at a bill extending the president's term.")
    assert ann.events[0].type == "PROTEST"
    ann = annotate_events("The opposition walked out of the sitting of the assembly before "
                          "the vote.")
    assert ann.events[0].type == "PROTEST"
    assert annotate_events("The minister walked out of the meeting.").events[0].type == "SANCTION"


def test_ending_a_strike_is_concede(annotate_events):
    # PLOVER CONCEDE: "suspending protests"
    assert annotate_events("The union called off the strike.").events[0].type == "CONCEDE"


def test_offer_is_agree(annotate_events):
    # PLOVER AGREE: "Agree to, offer, promise ... willingness to cooperate"
    assert annotate_events("The company has offered a 4 percent raise.").events[0].type == "AGREE"


@pytest.mark.parametrize("text", [
    "On Wednesday, the union rejected the offer.",
    "Wednesday saw the union reject the offer.",
    "About 71 percent backed the deal.",
    "The deal would end the strike.",
    "Three people were arrested on Friday.",
])
def test_actors_are_never_dates_numbers_or_events(annotate_events, text):
    ann = annotate_events(text)
    bad = {"wednesday", "friday", "71 percent", "deal", "about 71 percent"}
    for e in ann.events:
        assert (e.actor or "").lower() not in bad, (text, e)
        assert (e.target or "").lower() not in {"wednesday", "friday"}, (text, e)


def test_wire_dateline_is_not_an_actor(annotate_events):
    ann = annotate_events("KARSHOLM — The dockworkers' federation accused the operator of hiring "
                          "replacement workers.")
    assert ann.events and all((e.actor or "").upper() != "KARSHOLM" for e in ann.events)


@pytest.mark.parametrize("text, trigger, actor", [
    # the parser hangs the possessor on the date ('Oct'), not on the event noun
    ("Families mourned the dead of the militia's Oct 7, 2023, raid on the border towns.", "raid",
     "militia"),
    ("The rebels' March 2 offensive stalled within a week.", "offensive", "rebels"),
    ("Russia's February 2022 invasion shocked Europe.", "invasion", "Russia"),
])
def test_possessor_across_a_fronted_date_is_the_actor(annotate_events, text, trigger, actor):
    ev = [e for e in annotate_events(text).events if e.trigger == trigger]
    assert ev and actor.lower() in (ev[0].actor or "").lower(), (text, ev)


def test_a_date_alone_gives_no_possessor(annotate_events):
    ev = [e for e in annotate_events("On Oct 7, 2023, attacks hit the border towns.").events
          if e.type == "ASSAULT"]
    assert ev and not ev[0].actor, ev


def test_first_person_in_a_direct_quote_is_its_speaker(annotate_events):
    ann = annotate_events('"We will keep fighting until the end," Prime Minister Alma Dorn said.')
    # the fighting vowed ('will keep fighting': THREATEN, an act held out) is the speaker's
    fights = [e for e in ann.events if e.trigger == "fighting"]
    assert fights and fights[0].actor == "Alma Dorn", ann.events
    # outside any quote 'we' is the writer's: no actor rather than a guess
    ann = annotate_events("We will keep fighting until the end.")
    assert all(not e.actor for e in ann.events), ann.events


@pytest.mark.parametrize("text, trigger, actor", [
    # the subject reached through a predicate adjective ...
    ("The rebels are determined to keep attacking the city.", "attacking", "rebels"),
    # ... and through a subject the parser hung on the auxiliary ('Hamas' <- 'is')
    ("Hamas is committed to continuing the war once the lull ends.", "continuing the war", "Hamas"),
])
def test_subject_through_adjective_or_auxiliary(annotate_events, text, trigger, actor):
    ev = [e for e in annotate_events(text).events if e.trigger == trigger]
    assert ev and ev[0].actor and actor.lower() in ev[0].actor.lower(), (text, ev)


def test_who_holds_the_right_or_plan_would_act(annotate_events):
    ann = annotate_events("Mayor Ida Brenn said: \"We retain every right to return to war.\"")
    ev = [e for e in ann.events if e.trigger.startswith("return")]
    assert ev and ev[0].actor == "Ida Brenn", ann.events
    # an order is carried out by others: the one who gives it is no attacker
    ann = annotate_events("The general gave an order to attack the town.")
    ev = [e for e in ann.events if e.trigger == "attack"]
    assert ev and ev[0].actor != "general", ann.events


def test_a_pronoun_target_is_not_the_actor_again(annotate_events):
    ann = annotate_events("Drivers say depot broke pay deal; Vellacorp denies it")
    ev = [e for e in ann.events if e.trigger == "denies"]
    assert ev and ev[0].actor == "Vellacorp" and ev[0].target != ev[0].actor, ev
    ann = annotate_events("Israel has the right to arm itself.")
    ev = [e for e in ann.events if e.trigger == "arm"]
    assert ev and ev[0].target == ev[0].actor == "Israel", ev  # a reflexive is the actor
    # defending itself supports no other party: no SUPPORT event (roles.json self_support)
    ann = annotate_events("Israel has a right to defend itself.")
    assert not [e for e in ann.events if e.trigger == "defend"]


@pytest.mark.parametrize("text, trigger, actor, target", [
    # an ending verb with the act as a gerund ends that act, like 'halted its attacks'
    ("The rebels stopped fighting on Monday.", "stopped fighting", "rebels", None),
    ("The militia stopped shelling the town.", "stopped shelling", "militia", "town"),
])
def test_ending_an_act_told_as_a_gerund(annotate_events, text, trigger, actor, target):
    evs = annotate_events(text).events
    assert [(e.type, e.trigger) for e in evs] == [("RETREAT", trigger)], evs
    assert actor in (evs[0].actor or "") and (target or "") in (evs[0].target or ""), evs


def test_ending_a_light_verb_act_told_as_a_gerund(annotate_events):
    # 'paying aid' is AID; stopping it is SANCTION, with the aid's receiver as target
    evs = annotate_events("The council stopped paying aid to the refugees.").events
    assert [(e.type, e.target) for e in evs] == [("SANCTION", "refugees")], evs


@pytest.mark.parametrize("text, target", [
    # a dative told with 'to' is the receiver, never the word 'to'
    ("The relief agency sent food to the refugees.", "refugees"),
    ("The donors stopped giving aid to the ministry.", "ministry"),
])
def test_dative_receiver_is_the_target(annotate_events, text, target):
    evs = annotate_events(text).events
    assert evs and target in (evs[0].target or ""), evs


@pytest.mark.parametrize("text, root, target", [
    # 'give in' concedes; giving something to someone does not
    ("The council gave in to the tenants' demands.", "CONCEDE", "tenants"),
    ("Norway gave $5 million in aid to the flood victims.", "AID", "flood victims"),
])
def test_give_in_versus_give_to(annotate_events, text, root, target):
    evs = annotate_events(text).events
    assert evs and evs[0].type == root and target in (evs[0].target or ""), evs


def test_giving_a_contract_is_no_concession(annotate_events):
    assert not annotate_events("The ministry gave the contract to a local firm.").events
