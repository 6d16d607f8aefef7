"""Cannot-links (rules.json cannot_link_vetoes) and the aspectual head of a trigger
(aspectual_verbs): invented sentences only."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.merge import EventMerger, Mention, rules
from dateline.merge.mention import Number
from dateline.merge.similarity import another_one, cannot_link, pair_score, two_triggers

from .helpers import mention

R = rules()


@pytest.mark.parametrize("ex", R.raw["cannot_link_examples"], ids=lambda e: e["note"][:40])
def test_cannot_link_examples(ex):
    """Two mentions of one sentence on two words of no class in common are kept apart; one
    class under any root ('targeted' / 'raids', 'make her third trip' / 'visiting') is not."""
    a, b = _example(ex["a"], "e1"), _example(ex["b"], "e2")
    assert cannot_link(a, b, R) == ex["cannot_link"]
    assert cannot_link(b, a, R) == ex["cannot_link"]


def _example(d: dict, eid: str) -> Mention:
    """An example's mention: ``numbers`` as [value, text] or [value, text, unit] lists,
    ``at`` the trigger's occurrence in the sentence (0: the first), ``article`` its article
    ('A' unless told), ``sentence_index`` its sentence (0 unless told)."""
    d = dict(d)
    at = d.pop("at", 0)
    index = d.pop("sentence_index", 0)
    d["numbers"] = tuple(Number(float(v), t, counts=(unit[0] if unit else None))
                         for v, t, *unit in d.pop("numbers", ()))
    m = mention(d.pop("article", "A"), eid, **d)
    start = m.start
    for _ in range(at):
        start = m.sentence.index(m.trigger, start + 1)
    return replace(m, start=start, end=start + len(m.trigger), sentence_index=index)


def test_two_triggers_needs_one_sentence_of_one_article():
    s = "Militia gunners shelled the harbour on Friday and killed three dock guards."
    shelled = mention("A", "e1", type="ASSAULT", trigger="shelled", sentence=s)
    killed = mention("A", "e2", type="ASSAULT", trigger="killed", sentence=s)
    elsewhere = mention("B", "e2", type="ASSAULT", trigger="killed", sentence=s)
    assert two_triggers(shelled, killed, R)
    assert not two_triggers(shelled, elsewhere, R)  # another telling: the score decides
    assert not two_triggers(shelled, shelled, R)
    assert cannot_link(shelled, killed, replace(R, cannot_link=frozenset())) is None


def _tellings() -> list:
    """Three tellings of one day: one names the shelling and the killings in one sentence,
    the other two in a sentence each, worded so alike that each shelling scores high with
    the killings of its own telling."""
    def m(aid: str, eid: str, trig: str, s: str):
        return mention(aid, eid, type="ASSAULT", rule="v.assault", trigger=trig,
                       date="2025-06-06", time_how="clause", sentence=s)

    one = ("Militia gunners from Dunmore shelled the harbour at Port Selby on Friday and "
           "killed three dock guards.")
    shelled = "On Friday militia gunners from Dunmore shelled the Port Selby harbour"
    killed = "Militia gunners from Dunmore killed three Port Selby harbour guards on Friday"
    return [
        m("A", "e1", "shelled", one), m("A", "e2", "killed", one),
        m("B", "e1", "shelled", shelled + "."), m("B", "e2", "killed", killed + "."),
        m("C", "e1", "shelled", shelled + ", the port said."),
        m("C", "e2", "killed", killed + ", the port said."),
    ]


#: the rules without the cause/effect veto, which alone would keep a shelling apart from the
#: killings (acts.cause_and_effect): the test is of the cannot-link through other tellings
R_ACTS = replace(R, raw={**R.raw, "harm_words": [], "harm_prefixes": []})


def test_two_acts_of_one_sentence_never_join_through_other_tellings():
    """A's shelling and killings (one sentence) each join their twins in B and C; the twins'
    own high scores (B's shelling ~ B's killings) no longer make all six one event."""
    ms = _tellings()
    assert pair_score(ms[0], ms[1], R_ACTS).veto == "another act"
    assert pair_score(ms[2], ms[3], R_ACTS).score >= R_ACTS.threshold
    off = EventMerger(replace(R_ACTS, cannot_link=frozenset()))
    off.add(ms)
    assert len(off.clusters()) == 1  # without the cannot-link: one event of six mentions
    on = EventMerger(R_ACTS)
    on.add(reversed(ms))
    got = sorted(sorted(m.article_id + m.trigger for m in g) for g in on.clusters())
    assert got == [["Akilled", "Bkilled", "Ckilled"], ["Ashelled", "Bshelled", "Cshelled"]]


@pytest.mark.parametrize("ex", R.raw["aspectual_examples"], ids=lambda e: e["trigger"])
def test_aspectual_examples(ex):
    """An aspectual verb ('continued', 'resumed') gives the trigger's head to the word after
    it; a trigger of one word keeps its own."""
    s = f"On Friday the army {ex['trigger']} near the border post."
    m = mention("A", type="COERCE", trigger=ex["trigger"], sentence=s)
    assert m.trigger_head == R.tokens(ex["head"])[0]


def test_continued_demolition_is_no_other_act_than_continued_to_demolish():
    a = mention("A", type="COERCE", rule="v.coerce", trigger="continued the demolition",
                date="2025-06-06", time_how="clause",
                sentence="As the army continued the demolition of border tunnels, engineers "
                         "sealed two shafts at Karvo.")
    b = mention("B", type="COERCE", rule="v.coerce", trigger="demolish",
                date="2025-06-06", time_how="clause",
                sentence="As the army continued to demolish border tunnels, engineers "
                         "sealed two shafts at Karvo.")
    assert a.trigger_head == R.tokens("demolition")[0]
    assert pair_score(a, b, R).veto is None
    # headed by 'continued', which stands in the other sentence too: read as another act
    assert pair_score(replace(a, trigger_head=R.tokens("continued")[0]), b, R).veto == "another act"


def _two_sentences(first: str, second: str, trig: str, days: tuple[str, str]) -> list[Mention]:
    """Two mentions of article A, one in each sentence, dated ``days``."""
    a = mention("A", "e1", type="AGREE", rule="v.agree", trigger=trig, date=days[0],
                time_how="clause", sentence=first)
    b = mention("A", "e2", type="AGREE", rule="v.agree", trigger=trig, date=days[1],
                time_how="clause", sentence=second)
    shift = len(first) + 1  # the second sentence follows the first in the article
    return [a, replace(b, sentence_index=1, sentence_start=shift, start=b.start + shift,
                       end=b.end + shift)]


def test_another_one_is_another_act_of_that_day_in_one_article():
    first = "Varnow and Tessel agreed to a six-hour truce on Friday."
    second = "Tessel agreed to another four-hour extension before the truce ended."
    a, b = _two_sentences(first, second, "agreed", ("2025-06-06", "2025-06-06"))
    assert another_one(a, b, R) and another_one(b, a, R)
    assert pair_score(a, b, R).veto == "another one"
    assert cannot_link(a, b, R) == "another one"
    # the earlier mention is not 'another' of the later one: order within the article counts
    c, d = _two_sentences(second, first, "agreed", ("2025-06-06", "2025-06-06"))
    assert not another_one(c, d, R)
    # another day's act may be the one the article told first (a late report): left to the score
    e, f = _two_sentences(first, second, "agreed", ("2025-06-06", "2025-06-09"))
    assert not another_one(e, f, R)
    # another article's 'another' may be the first act's own report
    other = replace(b, article_id="B")
    assert not another_one(a, other, R)


def test_another_after_a_word_of_time_order_compares_with_its_own_clause():
    first = "Varnow agreed to the truce on Friday."
    second = "Tessel agreed on Friday, two days after another party agreed to it."
    a, b = _two_sentences(first, second, "agreed", ("2025-06-06", "2025-06-06"))
    b2 = replace(b, start=b.start + second.index("agreed to it"), end=b.end + second.index(
        "agreed to it"))
    assert not another_one(a, b2, R)


def test_one_more_act_stays_apart_through_other_reports():
    """Article A tells a truce and one more; B and C each tell one of them worded like A's
    sentence, so each pair across articles scores high: without the cannot-link the two
    truces of A end in one event through B and C."""
    def m(aid: str, eid: str, s: str, idx: int = 0, shift: int = 0):
        x = mention(aid, eid, type="AGREE", rule="v.agree", trigger="agreed", date="2025-06-06",
                    time_how="clause", sentence=s)
        return replace(x, sentence_index=idx, sentence_start=shift, start=x.start + shift,
                       end=x.end + shift)

    s1 = "Varnow and Tessel agreed to a six-hour truce at Port Selby on Friday."
    s2 = "Varnow and Tessel agreed to another truce at Port Selby on Friday, of four hours."
    ms = [m("A", "e1", s1), m("A", "e2", s2, 1, len(s1) + 1),
          m("B", "e1", "Varnow and Tessel agreed to a truce at Port Selby on Friday."),
          m("C", "e1", "On Friday Varnow and Tessel agreed to a truce at Port Selby.")]
    off = EventMerger(replace(R, cannot_link=R.cannot_link - {"another one"}))
    off.add(ms)
    assert any({x.key for x in g} >= {ms[0].key, ms[1].key} for g in off.clusters())
    on = EventMerger(R)
    on.add(ms)
    assert not any({x.key for x in g} >= {ms[0].key, ms[1].key} for g in on.clusters())


def test_two_sums_keep_two_donors_apart_through_a_third_report():
    """Two aid reports of one article with other sums (two donors' pledges) end in two
    events even though each scores high with the other and with a report naming no sum;
    without the cannot-link the three are one event. Another article's report of a sum is
    left to the score."""
    base = {"type": "AID", "rule": "n.aid.standalone", "trigger": "aid",
            "date": "2025-06-06", "time_how": "clause"}
    tail = "sent {} in flood aid to the towns of Kessa on Friday."
    a = _example({**base, "numbers": [["4000000", "$4 million", "dollars"]],
                  "sentence": "Varnow " + tail.format("$4 million")}, "e1")
    b = _example({**base, "sentence_index": 3, "numbers": [["1000000", "$1 million", "dollars"]],
                  "sentence": "Tessel " + tail.format("$1 million")}, "e2")
    c = _example({**base, "sentence_index": 6,
                  "sentence": "Flood aid sent to the towns of Kessa on Friday began to arrive."},
                 "e3")
    assert pair_score(a, b, R).same(R.threshold)  # the pair alone would join
    assert cannot_link(a, b, R) == "two sums"
    assert cannot_link(a, replace(b, article_id="B"), R) is None
    for rules_, events in ((R, 2), (replace(R, cannot_link=R.cannot_link - {"two sums"}), 1)):
        m = EventMerger(rules_)
        m.add([a, b, c])
        assert len(m.clusters()) == events
