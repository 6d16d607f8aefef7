"""acts.headline_retold: an article's first sentence (its headline) and a sentence of its
lede telling an act by the same word, both dated only by the article, are one act, and so
are the headline dated the article's day and the lede's clause dated the day before
(merge.lede_day): invented sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dateline.merge import rules
from dateline.merge.acts import headline_retold
from dateline.merge.lede_day import lede_day_before
from dateline.merge.similarity import pair_score

from .helpers import mention

R = rules()
HEAD = "Gang attacked families queueing for flour at a Varn depot"
LATER = "Some two hundred people had queued since dawn when the armed men attacked."


def _m(article: str, sentence: str, index: int, day: str = "2025-02-11", how: str = "dct"):
    m = mention(article, f"e{index}", type="ASSAULT", trigger="attacked", date=day,
                sentence=sentence, time_how=how)
    return replace(m, sentence_index=index)


def test_the_headline_and_its_lede_telling_that_day_are_one_act():
    a, b = _m("A", HEAD, 0), _m("A", LATER, 2, how="dct-past")
    assert headline_retold(a, b, R) and headline_retold(b, a, R)
    assert pair_score(a, b, R).same(R.threshold)


def test_a_date_of_its_own_another_day_article_or_sentence_is_left_to_the_score():
    head = _m("A", HEAD, 0)
    assert not headline_retold(head, _m("A", LATER, 2, how="clause"), R)
    assert not headline_retold(head, _m("A", LATER, 2, day="2025-02-12"), R)
    assert not headline_retold(head, _m("B", LATER, 2), R)
    assert not headline_retold(_m("A", HEAD, 1), _m("A", LATER, 2), R)
    assert not headline_retold(head, _m("A", LATER, R.limits["lede_sentences"] + 1), R)


TOLL_HEAD = "Ostrel fever death toll passes 900 VARN | Thu Mar 6 , 2031"
TOLL_LEDE = ("A fever outbreak in Ostrel is worse than feared , with the death toll up fourfold"
             " , the ministry said on Wednesday .")


def _toll(sentence: str, index: int, day: str, how: str, rule: str = "occ.disease.death+noun"):
    m = mention("A", f"e{index}", type="OCCURRENCE", trigger="toll", date=day, sentence=sentence,
                time_how=how, rule=rule, dct=date(2031, 3, 6))
    return replace(m, sentence_index=index)


def test_the_lede_s_report_of_the_day_before_retells_the_headline():
    head = _toll(TOLL_HEAD, 0, "2031-03-06", "sentence")
    lede = _toll(TOLL_LEDE, 1, "2031-03-05", "clause")
    assert lede_day_before(head, lede, R) and not lede_day_before(lede, head, R)
    assert headline_retold(head, lede, R) and headline_retold(lede, head, R)
    assert headline_retold(replace(head, time_how="dct"), lede, R)  # dated by the article


@pytest.mark.parametrize(("note", "head", "lede"), [
    ("two days before", {}, {"day": "2031-03-04"}),
    ("the day after", {}, {"day": "2031-03-07"}),
    ("the headline of another day", {"day": "2031-03-05"}, {"day": "2031-03-04"}),
    ("the lede dated by its paragraph, not its clause", {}, {"how": "paragraph"}),
    ("past the lede", {}, {"index": 3}),
    ("no headline", {"index": 1}, {"index": 2}),
    ("another class", {}, {"rule": "occ.disease.case+noun"}),
])
def test_only_the_lede_s_own_day_before_of_one_class(note, head, lede):
    h = {"sentence": TOLL_HEAD, "index": 0, "day": "2031-03-06", "how": "sentence"} | head
    b = {"sentence": TOLL_LEDE, "index": 1, "day": "2031-03-05", "how": "clause"} | lede
    assert not headline_retold(_toll(**h), _toll(**b), R), note


MEET_HEAD = "Ferry owners gloomy at their yearly meeting as fuel costs climb"
MEET_LEDE = ("More than 150 ferry owners gathered at the Varn Shipping Council 's yearly meeting"
             " in Oskar this week .")


def _meeting(sentence: str, index: int, day: str, how: str):
    m = mention("A", f"e{index}", type="CONSULT", trigger="meeting", date=day, sentence=sentence,
                time_how=how, rule="n.consult", dct=date(2031, 3, 6))
    return replace(m, sentence_index=index)


def test_the_lede_s_week_holding_the_article_s_day_retells_the_headline():
    head = _meeting(MEET_HEAD, 0, "2031-03-06", "dct-past")
    lede = _meeting(MEET_LEDE, 1, "2031-W10", "clause")  # 3 to 9 March: holds the 6th
    assert lede_day_before(head, lede, R) and headline_retold(lede, head, R)
    assert pair_score(head, lede, R).same(R.threshold)


@pytest.mark.parametrize(("note", "day"), [
    ("a week that does not hold the article's day", "2031-W09"),
    ("a month: a tally's period, not the headline's act", "2031-03"),
    ("a year", "2031"),
])
def test_only_a_week_holding_the_article_s_day(note, day):
    head = _meeting(MEET_HEAD, 0, "2031-03-06", "dct-past")
    assert not headline_retold(head, _meeting(MEET_LEDE, 1, day, "clause"), R), note
