"""A later back-reference to a one-time occurrence ('the earthquake' in an article days after
it, dated only by that article) reaches back to the days before its article (rules.json
reference_days, reference_kinds, reference_words, reference_score): invented sentences."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest

from dateline.merge import EventMerger, pair_score, rules
from dateline.merge.references import reference_days

from .helpers import mention

R = rules()
QUAKE = "occ.disaster.quake+noun"
DAYS = int(R.limits["reference_days"])


def _quake(aid: str, sentence: str, trigger: str = "earthquake", how: str = "dct",
           day: str = "2010-01-16", rule: str = QUAKE, **kw):
    return mention(aid, "o1", type="OCCURRENCE", rule=rule, trigger=trigger, date=day,
                   dct=date.fromisoformat(day if how.startswith("dct") else "2010-01-13"),
                   time_how=how, sentence=sentence, **kw)


STRUCK = ("The earthquake that struck Port Vell on Tuesday destroyed the old cathedral "
          "and most of the harbour.")
LATER = ("Rescuers are still searching the ruins of the old cathedral in Port Vell, "
         "destroyed by the earthquake along with most of the harbour.")


def test_a_definite_one_time_occurrence_dated_by_its_article_reaches_back():
    ref = _quake("B", LATER)
    assert ref.reach == DAYS > 0
    assert ref.span == (date(2010, 1, 16 - DAYS), date(2010, 1, 16))
    assert (ref.date_start, ref.date_end) == (date(2010, 1, 16), date(2010, 1, 16))  # as stored
    poss = _quake("B", "Port Vell's devastating earthquake left thousands homeless.")
    assert poss.reach == DAYS


def test_no_reach_for_an_own_date_a_new_instance_a_plural_or_a_lasting_occurrence():
    assert _quake("A", STRUCK, how="clause", day="2010-01-12").reach == 0
    assert _quake("B", "Scientists warn that an earthquake could hit the coast.").reach == 0
    assert _quake("B", "The region is at risk from earthquakes.", trigger="earthquakes").reach == 0
    spill = _quake("B", "Fishermen say the spill has ruined the season.", trigger="spill",
                   rule="occ.accident.spill+noun")
    assert spill.reach == 0  # a spill goes on the article's day: its date is no guess


def test_the_reference_joins_the_report_that_dates_the_event():
    first = _quake("A", STRUCK, how="clause", day="2010-01-12")
    ref = _quake("B", LATER)
    ps = pair_score(first, ref)
    assert ps.veto is None and ps.same(R.threshold)
    m = EventMerger(R)
    m.add([first, ref])
    ids = m.cluster_ids()
    assert ids[first.key] == ids[ref.key]
    (ev,) = m.events()
    assert ev.date_start == date(2010, 1, 12)  # the date the first report gives


def test_the_reach_goes_back_only_so_far_and_never_forward():
    first = _quake("A", STRUCK, how="clause", day="2010-01-12")
    # the reach, and the two days a date guessed from an article is let off by (dct_gap_days)
    late = _quake("B", LATER, day=f"2010-01-{12 + DAYS + int(R.limits['dct_gap_days']) + 1}")
    assert pair_score(first, late).veto == "dates apart"
    # a reference told before the dated report cannot be to it
    after = _quake("A", STRUCK, how="clause", day="2010-01-20")
    assert pair_score(after, _quake("B", LATER)).veto == "dates apart"


def test_weak_likeness_met_only_by_the_reach_is_refused():
    """Under ``reference_score`` a pair the reach alone brings together is vetoed; the same
    pair a day apart (no reach needed) keeps its low score for the group means."""
    first = _quake("A", STRUCK, how="clause", day="2010-01-12", names=["port vell"])
    text = "Rescuers in Santo Mar searched the ruins after the earthquake."
    ref = _quake("B", text, names=["santo mar"])
    assert ref.reach
    assert pair_score(first, ref).veto == "dates apart"
    near = pair_score(first, _quake("B", text, day="2010-01-13", names=["santo mar"]))
    assert near.veto is None and 0 < near.score < R.limits["reference_score"]


@pytest.mark.parametrize("ex", R.raw["reference_examples"], ids=lambda e: e["note"][:40])
def test_reference_examples(ex):
    """rules.json reference_examples: reference_words, reference_new_instance and the plural
    endings decide whether a noun dated by its article reaches back."""
    m = _quake("B", ex["sentence"], trigger=ex["trigger"], rule=ex["rule"])
    assert (m.reach == DAYS) is ex["reach"]
    assert m.reach in (0, DAYS)


def _story(lone_sentence: str, lone_trigger: str = "earthquake"):
    """Twenty reports dating the quake, five later back-references that reach it, and one
    more back-reference dated by its paragraph a day after those: it is scored with the
    five (a day apart), not with the twenty (days apart, no reach)."""
    first = [_quake(f"A{i:02d}", STRUCK, how="clause", day="2010-01-12") for i in range(20)]
    later = [_quake(f"B{i}", LATER) for i in range(5)]
    lone = mention("C", "o1", type="OCCURRENCE", rule=QUAKE, trigger=lone_trigger,
                   date="2010-01-17", dct=date(2010, 1, 18), time_how="paragraph",
                   sentence=lone_sentence)
    return [*first, *later], lone


def test_a_lone_back_reference_joins_a_large_event_by_its_count_of_alike_reports():
    """Over a group of hundreds, most of them reports of other days, the mean the attach step
    asks of a lone mention is out of reach; a back-reference ('the earthquake') joins on
    attach_min_pairs pairs of reference_score or more instead (each under the threshold)."""
    group, lone = _story("Aid workers say the earthquake left the town without water.")
    assert lone.back_reference and lone.reach == 0  # dated by its paragraph: no reach
    scores = [pair_score(lone, m) for m in group]
    alike = [s.score for s in scores if s.veto is None]
    assert len(alike) == int(R.limits["attach_min_pairs"])
    assert all(R.limits["reference_score"] <= s < R.threshold for s in alike)
    assert sum(alike) / len(group) < R.limits["attach_link"]
    m = EventMerger(R)
    m.add([*group, lone])
    assert len(set(m.cluster_ids().values())) == 1


def test_a_new_instance_stays_alone_however_many_reports_it_is_like():
    group, lone = _story("Aid workers say an earthquake could leave the town without water.")
    assert not lone.back_reference
    m = EventMerger(R)
    m.add([*group, lone])
    ids = m.cluster_ids()
    assert len(set(ids.values())) == 2 and ids[lone.key] != ids[group[0].key]


def test_two_copies_of_a_back_reference_join_together():
    """Two copies of one later report are a group of step 2 of their own; a group of fewer
    than attach_min_pairs back-references moves as a lone one does."""
    group, lone = _story("Aid workers say the earthquake left the town without water.")
    copy = mention("D", "o1", type="OCCURRENCE", rule=QUAKE, trigger="earthquake",
                   date="2010-01-17", dct=date(2010, 1, 18), time_how="paragraph",
                   sentence=lone.sentence)
    assert pair_score(lone, copy).same(R.threshold)
    m = EventMerger(R)
    m.add([*group, lone, copy])
    assert len(set(m.cluster_ids().values())) == 1


SPILL = "occ.accident.spill+noun"
SPILLED = "The spill from the Tessa well has fouled the Velmora coast and closed its fisheries."


def _spill(aid: str, sentence: str, day: str = "2010-05-16"):
    return mention(aid, "o1", type="OCCURRENCE", rule=SPILL, trigger="spill", date=day,
                   dct=date.fromisoformat(day), time_how="dct", sentence=sentence)


def test_the_story_s_lasting_occurrence_named_again_joins_by_its_count_of_alike_reports():
    """lasting_reference_kinds: 'the spill' in a later report is a back-reference to the
    story's spill -- no reach (a spill goes on the article's day), but in the attach step it
    joins on attach_min_pairs pairs of reference_score or more, where 'a spill' (a new
    instance) must meet the mean. attach_link is raised here to stand for a group of hundreds
    whose other days' reports the lone mention is never scored with."""
    group = [_spill(f"A{i:02d}", SPILLED) for i in range(12)]
    later = "Hotels in Santo Mar say bookings fell after {} spill reached the coast."
    the = _spill("C", later.format("the"), day="2010-05-17")
    new = _spill("C", later.format("a"), day="2010-05-17")
    assert the.back_reference and the.reach == 0 and not new.back_reference
    assert all(R.limits["reference_score"] <= pair_score(the, m).score < R.threshold
               for m in group)
    hundreds = replace(R, limits={**R.limits, "attach_link": 0.9})
    for lone, groups in ((the, 1), (new, 2)):
        m = EventMerger(hundreds)
        m.add([*group, lone])
        assert len(set(m.cluster_ids().values())) == groups, lone.sentence


def _fields(m) -> dict:
    return {f.name: getattr(m, f.name) for f in fields(m)}


def test_reference_days_is_the_reach_of_a_one_time_back_reference_only():
    """references.reference_days reads from a mention's fields the reach make_mention gives a
    back-reference to a one-time occurrence; a lasting one ('the spill') reaches no day
    back by it, though a stated time into it still dates its start (ongoing_days)."""
    ref = _quake("B", LATER)
    assert reference_days(_fields(ref), R) == ref.reach == DAYS
    fresh = _quake("B", "Scientists warn that an earthquake could hit the coast.")
    assert reference_days(_fields(fresh), R) == fresh.reach == 0
    spill = _quake("B", "Five days into the spill, fishermen count their losses.",
                   trigger="spill", rule="occ.accident.spill+noun")
    assert spill.back_reference and spill.reach == 5
    assert reference_days(_fields(spill), R) == 0
