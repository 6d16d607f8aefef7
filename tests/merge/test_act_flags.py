"""merge.vetoes.act_flags and act_veto: what one mention tells the act tests is read once,
and skipping the tests that cannot fire for a pair changes no verdict."""

from __future__ import annotations

from itertools import permutations

from dateline.merge import rules
from dateline.merge.acts import (
    another_one,
    cause_and_effect,
    one_sentence_two_acts,
    planned_apart,
    reply_apart,
)
from dateline.merge.counts import rung_conflict
from dateline.merge.mention import Number
from dateline.merge.parties import names_overlap, one_party_of_all
from dateline.merge.places import places_apart
from dateline.merge.tallies import tallies_apart, tally_day, total_and_part
from dateline.merge.triggers import sibling_trigger
from dateline.merge.vetoes import (
    act_flags,
    act_veto,
    generic,
    hedge_conflict,
    incidents_apart,
    place_of,
    roles_crossed_on,
    synonyms_apart,
    targets_apart,
)

from .helpers import mention

R = rules()

CLASH = mention("a", "e1", type="FIGHT", trigger="clashed", date="2031-04-02",
                sentence="Militia fighters clashed with police in Tessel on Friday.")
HURT = mention("a", "e2", type="FIGHT", trigger="wounded", date="2031-04-02",
               sentence="Twelve officers were wounded in Tessel on Friday.")
RALLY = mention("b", "e1", type="PROTEST", trigger="rallied", date="2031-04-02",
                sentence="Thousands rallied in Varnow against the new port tax.")
CASE = mention("c", "e1", type="OCCURRENCE", trigger="case", date="2031-04-02",
               rule="occ.disease.case+noun", location="Denmark",
               sentence="Officials confirmed a case in Denmark on Friday.")
CASE2 = mention("d", "e1", type="OCCURRENCE", trigger="cases", date="2031-04-02",
                rule="occ.disease.case+noun", location="Portugal",
                numbers=(Number(2.0, "two", counts="cases"),),
                sentence="Officials confirmed two cases in Portugal on Friday.")
QUAKES = mention("d", "e2", type="OCCURRENCE", trigger="earthquakes", date="2031-04-02",
                 rule="occ.disaster.quake+noun",
                 sentence="Schools in Velmora drill pupils for earthquakes every year.")
ALL = (CLASH, HURT, RALLY, CASE, CASE2, QUAKES)


def test_the_flags_read_each_mention_alone():
    assert act_flags(HURT, R)[1] and not act_flags(CLASH, R)[1]  # names harm
    assert act_flags(CLASH, R)[3] and act_flags(RALLY, R)[3]  # incident types
    assert act_flags(CLASH, R)[4] and not act_flags(RALLY, R)[4]  # a reply type
    assert act_flags(CASE, R)[2] is not None and act_flags(CLASH, R)[2] is None  # place
    assert act_flags(QUAKES, R)[0] == generic(QUAKES, R) is True
    assert act_flags(CASE2, R)[5] == tally_day(CASE2, R) is not None  # a tally's day
    assert act_flags(CASE, R)[5] is None  # no figure


def _place_conflict(a, b):
    """Both mentions placed, by a type place_conflict_types lists, in two places neither of
    which contains the other: the pair test act_veto reads from the flags, asked afresh."""
    pa, pb = place_of(a, R), place_of(b, R)
    return pa is not None and pb is not None and places_apart(pa, pb)


def _every_test(a, b):
    """The verdict of asking every act test in act_veto's order, none skipped."""
    tests = (
        ("generic", generic(a, R) or generic(b, R)),
        ("actors differ", R.limits["actor_conflict_veto"]
         and names_overlap(a.actor, b.actor) == 0.0),
        ("roles crossed", roles_crossed_on(a, b, R)),
        ("another act", R.limits.get("sibling_veto") and sibling_trigger(a, b, R)),
        ("one sentence", one_sentence_two_acts(a, b, R)),
        ("cause and effect", cause_and_effect(a, b, R)),
        ("advice", a.advised != b.advised),
        ("planned and done", planned_apart(a, b, R)),
        ("targets apart", targets_apart(a, b, R)),
        ("synonyms apart", synonyms_apart(a, b, R)),
        ("places apart", _place_conflict(a, b)),
        ("rungs apart", rung_conflict(a, b)),
        ("tallies apart", tallies_apart(a, b, R)),
        ("total and part", total_and_part(a, b, R)),
        ("hedged", hedge_conflict(a, b, R)),
        ("incidents apart", incidents_apart(a, b, R)),
        ("another one", another_one(a, b, R)),
        ("reply", reply_apart(a, b, R)),
        ("one party of all", one_party_of_all(a, b, R)),
    )
    return next((why for why, fired in tests if fired), None)


def test_act_veto_gives_the_verdict_of_every_test_asked():
    verdicts = {(a.key, b.key): act_veto(a, b, R) for a, b in permutations(ALL, 2)}
    assert verdicts == {(a.key, b.key): _every_test(a, b) for a, b in permutations(ALL, 2)}
    assert verdicts[(CLASH.key, HURT.key)] == "cause and effect"
    assert verdicts[(CASE.key, CASE2.key)] == "places apart"
    assert verdicts[(QUAKES.key, CASE.key)] == "generic"
