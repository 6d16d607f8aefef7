"""merge.vetoes.going_on / going_split: the flow told as going on is no report of the spill."""

from __future__ import annotations

from dateline.merge import EventMerger, rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import going_on, going_split

from .helpers import mention

R = rules()


def _spill(article, sentence, trigger, eid="e1", noun=True):
    return mention(article, eid, type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                   rule="occ.accident.spill" + ("+noun" if noun else ""), sentence=sentence)


SPILL = _spill("a", "The spill off Velmora has fouled the strait for weeks.", "spill")
GUSH = _spill("b", "Oil continues to gush off Velmora, fouling the strait for weeks.", "gush",
              noun=False)


def test_a_flow_verb_told_as_going_on():
    """An aspect word before the verb, or an -ing form after an auxiliary, tells the state."""
    still = _spill("c", "Crude is still leaking from the Velmora well.", "leaking", noun=False)
    been = _spill("c", "The well has been spewing for 47 days.", "spewing", noun=False)
    kept = _spill("c", "Oil kept flowing into the strait.", "flowing", noun=False)
    gushed = _spill("d", "Oil gushed from the Velmora well on Monday.", "gushed", noun=False)
    sent = _spill("d", "The blast sent oil spewing into the strait.", "spewing", noun=False)
    assert all(going_on(m, R) for m in (GUSH, still, been, kept))
    # a noun, a past, the flow a blast sent (going_on_causers): the spill's own release
    assert not any(going_on(m, R) for m in (SPILL, gushed, sent))


def test_a_participle_of_the_flow_is_the_flow_going_on():
    """going_on_participle_kinds 'spill': an -ing form with no auxiliary ('the oil seeping
    into the marshes', 'oil leaking from the well') is the flow going on too; an outbreak's
    participle is not read so ('the fever spreading in Velmora' may tell its spread)."""
    seeping = _spill("c", "Crews fought the oil seeping into the Velmora marshes.", "seeping",
                     noun=False)
    leaking = _spill("c", "A robot filmed oil leaking from the Velmora well.", "leaking",
                     noun=False)
    fever = mention("c", "e2", type="OCCURRENCE", trigger="spreading", date="2031-02-03",
                    rule="occ.disease.outbreak", sentence="The fever spreading in Velmora "
                    "worries officials.")
    assert going_on(seeping, R) and going_on(leaking, R)
    assert not going_on(fever, R)


def test_going_on_only_for_the_listed_kinds():
    fire = mention("e", "e1", type="OCCURRENCE", trigger="burning", date="2031-02-03",
                   rule="occ.accident.fire", sentence="The rig is still burning off Velmora.")
    assert not going_on(fire, R)


def test_the_flow_leaves_a_group_that_names_the_spill():
    ms = {m.key: m for m in (SPILL, GUSH)}
    other = _spill("f", "Oil is gushing off Velmora.", "gushing", noun=False)
    ms[other.key] = other
    got = going_split([[SPILL.key, GUSH.key, other.key]], ms, R)
    assert sorted(map(sorted, got)) == sorted([[SPILL.key], sorted([GUSH.key, other.key])])
    alone = [[GUSH.key, other.key]]  # flows only: nothing to leave
    assert going_split(alone, ms, R) == alone


def test_the_merger_keeps_the_flow_apart_though_the_pair_scores_over_the_threshold():
    later = _spill("g", "The spill off Velmora has fouled the strait for weeks, officials said.",
                   "spill")
    assert pair_score(SPILL, GUSH, R).same(R.threshold)  # alike enough to join on its own
    merger = EventMerger(R)
    merger.add([SPILL, GUSH, later])
    cid = merger.cluster_ids()
    assert cid[SPILL.key] == cid[later.key] and cid[GUSH.key] != cid[SPILL.key]


def test_an_outbreak_spreading_is_the_state_of_its_day_not_the_outbreak():
    """going_on_kinds 'outbreak': 'the fever is spreading in Velmora' tells how things stand
    that day; 'the fever spread into Velmora' and 'the outbreak' tell the outbreak."""
    def occ(article, sentence, trigger, noun=False):
        return mention(article, "e1", type="OCCURRENCE", trigger=trigger, date="2031-02-03",
                       rule="occ.disease.outbreak" + ("+noun" if noun else ""),
                       sentence=sentence)
    spreading = occ("h", "The fever is spreading in Velmora , officials said.", "spreading")
    spread = occ("i", "The fever has killed ten and spread into Velmora.", "spread")
    outbreak = occ("i", "The outbreak in Velmora worries officials.", "outbreak", noun=True)
    assert going_on(spreading, R) and not going_on(spread, R) and not going_on(outbreak, R)
    ms = {m.key: m for m in (spreading, spread)}
    got = going_split([[spread.key, spreading.key]], ms, R)
    assert sorted(got) == sorted([[spread.key], [spreading.key]])
