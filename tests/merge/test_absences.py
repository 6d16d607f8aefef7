"""merge.vetoes.absence: two reports that an occurrence did not take place are no one event."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import absence

from .helpers import mention

R = rules()


def _cases(article, sentence, date, negated=True):
    return mention(article, "e1", type="OCCURRENCE", trigger="cases", date=date,
                   rule="occ.disease.case", target="measles", sentence=sentence,
                   negated=negated)


NONE_A = _cases("a", "As yet, there have been no confirmed measles cases in Norvik.",
                "2031-03-04")
NONE_B = _cases("b", "There have been no confirmed measles cases in Norvik yet.",
                "2031-03-05")


def test_two_absences_of_an_occurrence_never_join():
    assert absence(NONE_A, R) and absence(NONE_B, R)
    assert pair_score(NONE_A, NONE_B, R).veto == "absences"


def test_an_occurrence_told_is_no_absence_and_the_veto_can_be_turned_off():
    told = _cases("c", "Two confirmed cases of measles were found in Norvik.", "2031-03-05",
                  negated=False)
    assert not absence(told, R)
    assert pair_score(NONE_A, told, R).veto == "polarity"
    off = replace(R, limits={**R.limits, "absence_veto": 0})
    assert not absence(NONE_A, off)
    assert pair_score(NONE_A, NONE_B, off).veto != "absences"
