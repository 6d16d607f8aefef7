"""One act told by two words of one complement (limits.complement_words): invented sentences."""

from __future__ import annotations

from dateline.merge import rules
from dateline.merge.similarity import pair_score
from dateline.merge.triggers import shared_complement, sibling_trigger

from .helpers import mention

R = rules()


def _m(trig: str, s: str, index: int, article: str = "A"):
    return mention(article, f"e{index}", type="AGREE", rule="v.agree", trigger=trig,
                   date="2025-06-06", time_how="clause", sentence=s, sentence_index=index)


AGREED = "Analysts doubt Korvel will pay more than it agreed to pay growers last week ."
PROMISED = ("Having promised to pay growers $ 5bn , Korvel hopes a quiet agreement with the "
            "ministry caps what it owes .")


def test_one_complement_is_one_act_despite_a_sibling_word():
    """'agreed' and 'promised' both govern 'to pay growers': the 'agreement' elsewhere in
    the second sentence is another act, no reason to keep these two apart."""
    agreed, promised = _m("agreed", AGREED, 2), _m("promised", PROMISED, 7)
    assert shared_complement(agreed, promised, R)
    assert not sibling_trigger(agreed, promised, R)
    assert pair_score(agreed, promised, R).veto is None


def test_another_complement_keeps_the_sibling_veto():
    agreed = _m("agreed", "The two firms agreed to merge their Korvel plants on Monday .", 2)
    promised = _m("promised", PROMISED, 7)
    assert not shared_complement(agreed, promised, R)
    assert sibling_trigger(agreed, promised, R)


def test_two_articles_keep_the_sibling_veto():
    agreed, promised = _m("agreed", AGREED, 2), _m("promised", PROMISED, 7, article="B")
    assert sibling_trigger(agreed, promised, R)
