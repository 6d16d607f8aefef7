"""OCCURRENCE events (disasters, accidents, disease) merge only within one occurrence class."""

from __future__ import annotations

from dateline.merge import pair_score, rules
from dateline.timeline import merge_rows

from .helpers import mention

R = rules()
DAY = "2009-04-27"


def _occ(aid: str, cls: str, trigger: str, sentence: str, **kw):
    return mention(aid, "o1", type="OCCURRENCE", rule=cls, trigger=trigger, date=DAY,
                   sentence=sentence, **kw)


def test_occurrences_of_one_class_are_scored_and_of_two_classes_vetoed():
    a = _occ("A", "occ.disease.death", "killed",
             "Swine flu has killed 149 people in Mexico, officials said on Monday.")
    b = _occ("B", "occ.disease.death", "deaths",
             "Mexico reported 149 swine flu deaths on Monday.")
    c = _occ("C", "occ.disease.case", "cases",
             "Mexico reported 149 swine flu cases on Monday.")
    assert a.occurrence_class == "occ.disease.death"
    assert pair_score(a, b).veto is None and pair_score(a, b).same(R.threshold)
    assert pair_score(b, c).veto == "type"


def test_an_occurrence_never_merges_with_a_plover_event():
    occ = _occ("A", "occ.accident.explosion", "explosion",
               "An explosion on the Norvik rig on Monday injured four workers.")
    act = mention("B", type="ASSAULT", rule="n.assault", trigger="explosion", date=DAY,
                  sentence="An explosion on the Norvik rig on Monday injured four workers.")
    assert occ.occurrence_class and act.occurrence_class is None
    assert pair_score(occ, act).veto == "type"


def test_timeline_keeps_occurrence_classes_apart():
    row = {"date_start": None, "date_end": None, "type": "OCCURRENCE", "negated": False,
           "actor": None, "target": "200 people", "article_id": "a", "idx": 0, "event_id": "o1",
           "sentence_text": "The earthquake killed 200 people.", "trigger": "earthquake"}
    quake = {**row, "rule": "occ.disaster.quake"}
    deaths = {**row, "rule": "occ.disaster.death", "article_id": "b", "trigger": "killed"}
    assert len(merge_rows([quake, deaths])) == 2
    assert len(merge_rows([quake, {**quake, "article_id": "b"}])) == 1
