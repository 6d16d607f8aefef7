"""Article-level and date-source pair features: same_story, dct_adjacent, context_contained."""

from __future__ import annotations

from dateline.merge import mentions_from_annotation, rules
from dateline.merge.mention import lead_text
from dateline.merge.similarity import containment, dct_adjacent, pair_features, same_story

from .helpers import article, mention

MID = rules().limits["mid_similarity"]
GATE = "Police clear Karsholm port gate. Riot police cleared the Gate 4 picket on Wednesday."
SITIN = "Students occupy Lindholm library over fees. Police cleared the sit-in on Wednesday."


def _m(aid, lead=None, **kw):
    base = {
        "type": "ASSAULT",
        "trigger": "cleared",
        "date": "2025-03-05",
        "sentence": "Police cleared the picket on Wednesday.",
    }
    return mention(aid, lead_text=lead, **{**base, **kw})


def test_lead_is_the_title_and_first_sentences():
    k = int(rules().limits["lead_sentences"])
    sents = [f"Sentence {i}." for i in range(k + 2)]
    assert lead_text("Title", sents) == " ".join(["Title", *sents[:k]])
    assert lead_text(None, []) == ""


def test_same_story_reads_the_leads():
    assert same_story(_m("A", GATE), _m("B", GATE), MID)
    assert not same_story(_m("A", GATE), _m("B", SITIN), MID)
    assert same_story(_m("A", GATE), _m("B"), MID)  # unknown lead: no evidence against
    assert not same_story(_m("A", GATE), _m("A", GATE, trigger="Police"), MID)  # one article


def test_different_stories_lower_the_score():
    f_same = pair_features(_m("A", GATE), _m("B", GATE))
    f_diff = pair_features(_m("A", GATE), _m("B", SITIN))
    assert f_same["same_story"] == 1.0 and f_diff["same_story"] == 0.0
    assert rules().weights["same_story"] > 0


def test_annotation_mentions_carry_their_lead():
    ann = article(
        "x",
        "2025-03-06",
        ["Karsholm gate cleared.", "Police cleared the picket.", "Talks resume."],
        [{"type": "ASSAULT", "trigger": "cleared", "sentence": 1, "date": "2025-03-05"}],
    )
    (m,) = mentions_from_annotation(ann)
    assert "karsholm" in m.lead and m.lead_norm > 0


def test_dct_adjacent_needs_one_day_one_dct_one_anchored():
    dct = _m("A", date="2025-03-04", time_how="dct")
    own = _m("B", date="2025-03-03", time_how="clause")
    assert dct_adjacent(dct, own) and dct_adjacent(own, dct)
    assert not dct_adjacent(dct, _m("B", date="2025-03-03", time_how="dct"))
    assert not dct_adjacent(dct, _m("B", date="2025-03-02", time_how="clause"))
    assert not dct_adjacent(dct, _m("B", date="2025-03-04", time_how="clause"))


def test_containment_is_share_of_the_smaller_bag():
    assert containment(frozenset("ab"), frozenset("abcd")) == 1.0
    assert containment(frozenset("ax"), frozenset("abcd")) == 0.5
    assert containment(frozenset(), frozenset("a")) == 0.0
