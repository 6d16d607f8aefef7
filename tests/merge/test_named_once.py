"""One lasting occurrence an article names twice (merge.once, rules.json named_once_*):
invented sentences only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import EventMerger, pair_score, rules
from dateline.merge.once import (
    named_once,
    one_named_group,
    story_label,
    story_noun,
    told_indefinitely,
)

from .helpers import mention

R = rules()
SPILL = "occ.accident.spill+noun"
OFF = replace(R, raw={**R.raw, "named_once_kinds": []})


def _occ(aid: str, sentence: str, day: str, trigger: str = "spill", eid: str = "o1",
         index: int = 0, how: str = "clause", rule: str = SPILL):
    m = mention(aid, eid, type="OCCURRENCE", rule=rule, trigger=trigger, date=day,
                dct=date(2010, 5, 20), time_how=how, sentence=sentence)
    return replace(m, sentence_index=index)


@pytest.mark.parametrize("ex", R.raw["named_once_examples"], ids=lambda e: e["sentence"][:40])
def test_named_once_examples(ex):
    """'the spill', 'the oil spill' name the story's one; a named or newer spill ('the Varrow
    Bay spill', 'the latest spill'), an indefinite one, or a kind not listed does not."""
    m = _occ("A", ex["sentence"], "2010-05-20", trigger=ex["trigger"],
             rule=ex.get("rule", SPILL))
    assert named_once(m, R) is ex["named_once"]



def test_an_effect_span_is_read_only_without_effect_words():
    """'[[affected by the spill]]' tells the effect (rules.json effect_told_about); with no
    effect_told_words it is read as the spill at the end of a longer trigger."""
    m = _occ("A", "Lawyers met fishermen affected by the spill in Varn.", "2010-05-20",
             trigger="affected by the spill")
    assert not named_once(m, R)
    assert named_once(m, replace(R, raw={**R.raw, "effect_told_words": []}))

FOUGHT = "On Wednesday crews fought the spill off the Velmora coast with booms and skimmers."
BLAMED = "On Thursday hotel owners in Santo Mar blamed the spill for empty rooms and lost bookings."


def _story(trigger: str = "spill", named: str = "the {trigger}") -> tuple[list, object, object]:
    """Two day groups of other reports (crews at sea on the 19th, hotels on the 20th), and
    article A naming the spill in a sentence like each, dated by its clause to either day:
    each of A's two joins its day's group, and the two groups stay apart. ``named``: how A's
    first sentence names it."""
    fought = [_occ(f"B{i}", FOUGHT, "2010-05-19") for i in range(5)]
    blamed = [_occ(f"D{i}", BLAMED, "2010-05-20") for i in range(5)]
    told = named.format(trigger=trigger)
    first = _occ("A", f"Crews fought {told} off the Velmora coast with booms on Wednesday.",
                 "2010-05-19", trigger=trigger, index=2, how="antecedent")
    second = _occ("A", "Hotel owners in Santo Mar blamed the spill for empty rooms on Thursday.",
                  "2010-05-20", eid="o2", index=9)
    return [*fought, *blamed, first, second], first, second


def test_the_spill_named_twice_in_one_article_is_one_event():
    """Without the must-link A's two 'the spill' end in the two day groups; with it one joins
    the other's group, and the day groups stay two events."""
    ms, first, second = _story()
    assert named_once(first, R) and named_once(second, R)
    assert R.limits["score_floor"] <= pair_score(first, second, R).score < 1.0
    for rule_set, together in ((OFF, False), (R, True)):
        m = EventMerger(rule_set)
        m.add(ms)
        ids = m.cluster_ids()
        assert (ids[first.key] == ids[second.key]) is together
        assert len(set(ids.values())) == 2


def test_the_second_noun_of_a_coordination_the_determiner_opens_is_named_once():
    """'the rig blowout and oil spill' names the story's spill as 'the spill' does: A's two
    mentions end in one event; a name in the first conjunct tells another spill, and the two
    stay in their day groups."""
    for named, together in (("the rig blowout and oil {trigger}", True),
                            ("the Varrow Bay blowout and {trigger}", False)):
        ms, first, second = _story(named=named)
        assert named_once(first, R) is together
        m = EventMerger(R)
        m.add(ms)
        ids = m.cluster_ids()
        assert (ids[first.key] == ids[second.key]) is together
        assert len(set(ids.values())) == 2


def _gathered(first, second, others, refused=lambda k, g: False) -> list[list]:
    """one_named_group over two groups (``others``' halves, with ``first`` and ``second``
    one each), the two scored with each other."""
    half = len(others) // 2
    ms = {x.key: x for x in (*others, first, second)}
    groups = [sorted([*(x.key for x in others[:half]), first.key]),
              sorted([*(x.key for x in others[half:]), second.key])]
    pair = {first.key: [(second.key, 0.5)], second.key: [(first.key, 0.5)]}
    return one_named_group(groups, ms, R, lambda k: pair.get(k, ()), refused)


def test_one_noun_s_mentions_move_to_one_group_unless_refused():
    """The gathering itself: 'the spill' twice -> one group (the larger keeps it whole);
    'the gusher' and 'the spill' (the flow and the spill: two nouns) stay where they are,
    as do two a place or a hard rule refuses (the ``refused`` test)."""
    ms, first, second = _story()
    others = ms[:-2]
    out = _gathered(first, second, [*others, _occ("E", BLAMED, "2010-05-20")])
    assert [g for g in out if first.key in g] == [g for g in out if second.key in g]
    assert sorted(map(len, out)) == [5, 8]  # into the larger group
    gusher = replace(first, trigger="gusher", sentence=first.sentence.replace("spill", "gusher"))
    assert named_once(gusher, R)
    apart = _gathered(gusher, second, others)
    assert not [g for g in apart if gusher.key in g and second.key in g]
    refused = _gathered(first, second, others, refused=lambda k, g: True)
    assert not [g for g in refused if first.key in g and second.key in g]


@pytest.mark.parametrize("ex", R.raw["named_once_nouns_examples"], ids=lambda e: e["note"])
def test_nouns_that_name_the_story_s_occurrence_alike_are_gathered(ex):
    """'the oil leak' and 'the spill' of one article name the story's one spill
    (rules.json named_once_nouns) and end in one group; without the key they stay apart,
    and so do 'the gusher' (the flow) and 'the slick' (the floating oil) with it."""
    ms, _first, _second = _story()
    others = ms[:-2]
    first = _occ("A", ex["first"], "2010-05-19", trigger=ex["first_trigger"], index=2)
    second = _occ("A", ex["second"], "2010-05-20", trigger=ex["second_trigger"], eid="o2",
                  index=9)
    assert named_once(first, R) and named_once(second, R)
    assert (story_noun(first, R) == story_noun(second, R)) is ex["one"]
    out = _gathered(first, second, others)
    assert bool([g for g in out if first.key in g and second.key in g]) is ex["one"]
    plain = replace(R, raw={**R.raw, "named_once_nouns": {}})
    assert story_noun(first, plain) != story_noun(second, plain)


QUAKE = "occ.disaster.quake+noun"


def test_a_one_time_kind_is_gathered_by_its_class_a_lasting_one_by_its_noun():
    """'the earthquake' and 'the quake' of one article name the story's one quake and end
    in one group; 'the slick' and 'the spill' (a lasting occurrence's parts) stay apart."""
    others = [_occ(f"B{i}", "Crews searched the rubble the earthquake left in Port Vell.",
                   "2010-05-19", trigger="earthquake", rule=QUAKE) for i in range(6)]
    first = _occ("A", "Relief crews say the earthquake cut every road out of Port Vell.",
                 "2010-05-19", trigger="earthquake", rule=QUAKE, index=2)
    second = _occ("A", "Most schools in Port Vell stayed shut after the quake on Friday.",
                  "2010-05-20", trigger="quake", eid="o2", rule=QUAKE, index=9)
    assert named_once(first, R) and named_once(second, R)
    out = _gathered(first, second, others)
    assert [g for g in out if first.key in g] == [g for g in out if second.key in g]
    slick = replace(first, trigger="slick", rule=SPILL,
                    sentence="Boats sprayed the slick off the Velmora coast on Friday.")
    spill = replace(second, trigger="spill", rule=SPILL,
                    sentence="Hotel owners in Santo Mar blamed the spill for empty rooms.")
    apart = _gathered(slick, spill, others)
    assert not [g for g in apart if slick.key in g and spill.key in g]


@pytest.mark.parametrize("ex", R.raw["named_once_indefinite_examples"],
                         ids=lambda e: e["sentence"][:40])
def test_told_indefinitely_examples(ex):
    """'an earthquake' inside a quote tells the story's quake; outside a quote, after a
    figure or an ordinal, in the plural or of a kind not listed it does not."""
    m = _occ("A", ex["sentence"], "2010-05-20", trigger=ex["trigger"],
             rule=ex.get("rule", QUAKE))
    m = replace(m, start=ex["sentence"].index(ex["trigger"]), sentence_start=0)
    assert told_indefinitely(m, R) is ex["indefinite"]


def test_an_indefinite_quake_in_a_quote_joins_its_article_s_named_one():
    """A rescuer quoted 'nine days after an earthquake' in article A, which names 'the
    earthquake' elsewhere: the two mentions, in two groups and scored with each other, end
    in one; with no definite mention of that noun in A (only 'the quake') they stay apart."""
    others = [_occ(f"B{i}", "Crews searched the rubble the earthquake left in Port Vell.",
                   "2010-05-19", trigger="earthquake", rule=QUAKE) for i in range(6)]
    said = ("\"We pulled a girl out nine days after an earthquake, which is rare,\" said a "
            "rescuer from Tessel.")
    quoted = replace(_occ("A", said, "2010-05-28", trigger="earthquake", eid="o2", rule=QUAKE,
                          index=9), start=said.index("earthquake"), sentence_start=0)
    for noun, together in (("earthquake", True), ("quake", False)):
        named = _occ("A", f"Relief crews say the {noun} cut every road out of Port Vell.",
                     "2010-05-19", trigger=noun, rule=QUAKE, index=2)
        assert named_once(named, R) and told_indefinitely(quoted, R)
        out = _gathered(named, quoted, others)
        assert bool([g for g in out if named.key in g and quoted.key in g]) is together


@pytest.mark.parametrize("ex", R.raw["story_label_examples"], ids=lambda e: e["sentence"][:40])
def test_story_label_examples(ex):
    """'Varrow oil spill : ...' opening the headline is the label the article is filed
    under; a plural, a noun deeper in the line or with no mark after it, a kind not listed
    or a later sentence is not."""
    m = _occ("A", ex["sentence"], "2010-05-20", trigger=ex["trigger"],
             rule=ex.get("rule", SPILL), index=ex.get("index", 0))
    m = replace(m, start=ex["sentence"].index(ex["trigger"]), sentence_start=0)
    assert story_label(m, R) is ex["label"]


def test_a_headline_label_joins_its_article_s_named_spill():
    """Article A's headline 'Varrow oil spill : ...' and its 'the spill' below, in two groups
    and scored with each other, end in one; with no story_label_marks, or in an article
    naming the story's spill by another noun only ('the gusher'), they stay apart."""
    ms, _first, second = _story()
    others = ms[:-2]
    line = "Varrow oil spill : Hotel owners count the cost in Santo Mar"
    label = replace(_occ("A", line, "2010-05-19", trigger="spill", eid="o3", index=0),
                    start=line.index("spill"), sentence_start=0)
    gusher = replace(second, trigger="gusher", sentence=second.sentence.replace("spill", "gusher"))
    unmarked = replace(R, raw={**R.raw, "story_label_marks": []})
    for named, rule_set, together in ((second, R, True), (second, unmarked, False),
                                      (gusher, R, False)):
        assert named_once(named, R) and story_label(label, rule_set) is (rule_set is R)
        half = len(others) // 2
        keys = {x.key: x for x in (*others, label, named)}
        groups = [sorted([*(x.key for x in others[:half]), label.key]),
                  sorted([*(x.key for x in others[half:]), named.key])]
        pair = {label.key: [(named.key, 0.5)], named.key: [(label.key, 0.5)]}
        out = one_named_group(groups, keys, rule_set, lambda k, p=pair: p.get(k, ()),
                              lambda k, g: False)
        assert bool([g for g in out if label.key in g and named.key in g]) is together
