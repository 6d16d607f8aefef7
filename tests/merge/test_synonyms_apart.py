"""vetoes.synonyms_apart: one article telling two criticisms by two words of one class."""

from __future__ import annotations

from dataclasses import replace

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.vetoes import synonyms_apart

from .helpers import mention

R = rules()


def _blame(article, eid, trigger, target, sentence, day="2025-03-10", how="clause", index=0,
           names=()):
    m = mention(article, eid, type="ACCUSE", trigger=trigger, target=target, date=day,
                sentence=sentence, names=list(names), time_how=how)
    return replace(m, sentence_index=index)


JUDGE = ("Senators rebuked Judge Oma Relk over the delayed ruling on the Varn ferry.", "Oma Relk")
AGENCY = ("Two days later the mayor lambasted the agency for its silence on the ferry.",
          "the agency")


def test_two_targets_of_two_synonyms_are_two_criticisms():
    """A name and a description sharing no word: 'targets apart' leaves such a pair."""
    a = _blame("x", "e1", "rebuked", JUDGE[1], JUDGE[0], names=[JUDGE[1]])
    b = _blame("x", "e2", "lambasted", AGENCY[1], AGENCY[0], index=1)
    assert a.trigger_classes & b.trigger_classes  # the words meet in one class
    assert synonyms_apart(a, b, R) and synonyms_apart(b, a, R)
    assert pair_score(a, b, R).veto == "synonyms apart"


def test_two_days_stated_are_two_criticisms():
    a = _blame("x", "e1", "rebuked", "Ilse Marrow", "Senators rebuked Ilse Marrow on Monday.",
               names=["Ilse Marrow"])
    b = _blame("x", "e2", "castigated", "Ilse Marrow",
               "Senators castigated Ilse Marrow again on Thursday.", day="2025-03-13",
               index=1, names=["Ilse Marrow"])
    assert synonyms_apart(a, b, R)
    # the article's own date stands in for one: no day of its own, no conflict read
    assert not synonyms_apart(a, replace(b, time_how="dct"), R)


def test_one_criticism_retold_in_other_words_is_not_kept_apart():
    a = _blame("x", "e1", "rebuked", "Ilse Marrow", "Senators rebuked Ilse Marrow on Monday.",
               names=["Ilse Marrow"])
    b = _blame("x", "e2", "lambasted", "Marrow", "Marrow was lambasted by senators on Monday.",
               index=1, names=["Marrow"])
    assert not synonyms_apart(a, b, R)
    # one word told twice is left to 'targets apart'; two articles may word it otherwise
    c = _blame("x", "e3", "rebuked", AGENCY[1], AGENCY[0].replace("lambasted", "rebuked"))
    assert not synonyms_apart(_blame("x", "e1", "rebuked", JUDGE[1], JUDGE[0]), c, R)
    d = _blame("y", "e2", "lambasted", AGENCY[1], AGENCY[0])
    assert not synonyms_apart(_blame("x", "e1", "rebuked", JUDGE[1], JUDGE[0]), d, R)


def test_a_class_not_listed_is_not_guarded():
    a = mention("x", "e1", type="PROTEST", trigger="strike", target="the port",
                sentence="Dockers began a strike at the port.", date="2025-03-10")
    b = replace(mention("x", "e2", type="PROTEST", trigger="walkout", target="the ferries",
                        sentence="The walkout of ferry crews spread.", date="2025-03-12"),
                sentence_index=1)
    assert a.trigger_classes & b.trigger_classes
    assert not synonyms_apart(a, b, R)
