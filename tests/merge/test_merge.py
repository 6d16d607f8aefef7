"""Merging: same event across articles -> one canonical event; order and batching do not matter."""

from __future__ import annotations

import random

from dateline.merge import EventMerger, merge_mentions

from .helpers import article, mention

CLASH = [
    (
        "w1",
        "Riot police cleared the picket line at Gate 4 of Karsholm port on Wednesday.",
        "cleared",
    ),
    (
        "w2",
        "Police cleared the Gate 4 picket line at Karsholm port with batons on Wednesday.",
        "cleared",
    ),
    ("w3", "On Wednesday riot police cleared the picket at Gate 4 in Karsholm port.", "cleared"),
]
OTHER = [
    ("w4", "Officers cleared a student sit-in at the Lindholm university library.", "cleared"),
    ("w5", "Nordhaven Terminals offered a 5.5 percent raise to the dockworkers' union.", "offered"),
    ("w6", "Nordhaven Terminals offered dockworkers a raise of 5.5 percent.", "offered"),
]


def _mentions():
    out = [
        mention(a, type="ASSAULT", trigger=t, date="2025-03-05", sentence=s, actor="police")
        for a, s, t in CLASH + OTHER[:1]
    ]
    out += [
        mention(
            a, type="AGREE", trigger=t, date="2025-03-11", sentence=s, actor="Nordhaven Terminals"
        )
        for a, s, t in OTHER[1:]
    ]
    return out


def _clusters(events):
    return sorted(tuple(sorted(m.key for m in e.mentions)) for e in events)


def test_same_event_merges_and_keeps_every_source():
    events = merge_mentions(_mentions())
    by_size = sorted(events, key=lambda e: -e.n_sources)
    assert by_size[0].article_ids == ("w1", "w2", "w3")
    assert {e.article_ids for e in events} >= {("w4",), ("w5", "w6")}
    assert by_size[0].to_dict()["n_sources"] == 3
    assert [m["article_id"] for m in by_size[0].to_dict()["mentions"]] == ["w1", "w2", "w3"]


def test_shuffled_input_gives_the_same_clusters():
    ms = _mentions()
    want = _clusters(merge_mentions(ms))
    rng = random.Random(5)
    for _ in range(20):
        rng.shuffle(ms)
        assert _clusters(merge_mentions(ms)) == want


def test_incremental_batches_equal_one_shot():
    ms = _mentions()
    want = _clusters(merge_mentions(ms))
    rng = random.Random(9)
    for _ in range(10):
        rng.shuffle(ms)
        m = EventMerger()
        cut = rng.randrange(1, len(ms))
        m.add(ms[:cut])
        first = m.events()  # reading in between must not freeze anything
        m.add(ms[cut:])
        m.add(ms[:2])  # mentions seen before are ignored
        assert _clusters(m.events()) == want
        assert sum(len(e.mentions) for e in first) == cut


def test_adding_an_article_rescores_only_its_mentions():
    ms = _mentions()
    m = EventMerger()
    m.add(ms[:-1])
    before = m.pairs_scored
    m.add(ms[-1:])
    assert m.pairs_scored - before <= 2  # one AGREE candidate that day, not the whole store


def test_denial_and_far_dates_do_not_merge():
    s = "Police used excessive force against protesters at Gate 4, the union said."
    a = mention("a", type="ASSAULT", trigger="used", date="2025-03-05", sentence=s)
    b = mention("b", type="ASSAULT", trigger="used", date="2025-03-05", sentence=s, negated=True)
    c = mention("c", type="ASSAULT", trigger="used", date="2025-03-09", sentence=s)
    d = mention("d", type="ASSAULT", trigger="used", date="2025-03-06", sentence=s)
    events = merge_mentions([a, b, c, d])
    assert _clusters(events) == [(("a", "e1"), ("d", "e1")), (("b", "e1"),), (("c", "e1"),)]
    assert {e.polarity for e in events} == {"pos", "neg"}


def test_canonical_date_is_what_most_articles_say():
    s = "Negotiators reached a tentative deal to end the Karsholm port strike."
    ms = [
        mention(a, type="AGREE", trigger="reached", date=d, sentence=s)
        for a, d in (("x", "2025-03-17"), ("y", "2025-03-17"), ("z", "2025-03-16"))
    ]
    (ev,) = merge_mentions(ms)
    assert ev.date == "2025-03-17" and ev.n_sources == 3


def test_undated_mentions_stay_apart_from_dated_ones():
    s = "Negotiators reached a tentative deal to end the Karsholm port strike."
    a = mention("a", type="AGREE", trigger="reached", date=None, sentence=s)
    b = mention("b", type="AGREE", trigger="reached", date="2025-03-17", sentence=s)
    c = mention("c", type="AGREE", trigger="reached", date=None, sentence=s)
    assert _clusters(merge_mentions([a, b, c])) == [(("a", "e1"), ("c", "e1")), (("b", "e1"),)]


def test_mentions_carry_their_sentence_names():
    """Names of the sentence's entities reach the pair features (two schools, two names)."""
    from dateline.merge import mentions_from_annotation
    from dateline.merge.similarity import pair_features

    ev = [{"type": "COERCE", "trigger": "closed", "date": "2009-05-04"}]
    a = article(
        "a1",
        "2009-05-04",
        ["Alleyn's School in Dulwich closed after pupils fell ill."],
        ev,
        entities=[{"text": "Alleyn's School", "label": "ORG"}, {"text": "Dulwich", "label": "GPE"}],
    )
    b = article(
        "a2",
        "2009-05-04",
        ["Dolphin School in Battersea closed after pupils fell ill."],
        ev,
        entities=[
            {"text": "Dolphin School", "label": "ORG"},
            {"text": "Battersea", "label": "GPE"},
        ],
    )
    (ma,), (mb,) = list(mentions_from_annotation(a)), list(mentions_from_annotation(b))
    assert ma.names == {"alleyn s school", "dulwich"} and ma.specific == {"alleyn s school"}
    assert ma.sentence_start == 0 and "clos" in "".join(ma.context)
    f = pair_features(ma, mb)
    assert f["names_conflict"] == f["specific_conflict"] == 1.0
    assert f["names_shared"] == f["specific_shared"] == 0.0
    assert pair_features(ma, ma)["specific_shared"] == 1.0


def test_one_full_name_in_both_sentences_is_no_name_conflict():
    """Two reports that both name one person or organisation in full do not name different
    parties, though the words of that name are too common to count ('Peter Brown') and each
    names another place too (one place a sentence's aside, or a name the recogniser cut)."""
    from dateline.merge import mentions_from_annotation
    from dateline.merge.similarity import pair_features

    ev = [{"type": "ACCUSE", "trigger": "charged", "date": "2011-02-08"}]

    def report(aid: str, sentence: str, person: str, place: str) -> object:
        ents = [{"text": person, "label": "PERSON"}, {"text": place, "label": "GPE"}]
        (m,) = mentions_from_annotation(article(aid, "2011-02-08", [sentence], ev,
                                                entities=ents))
        return m

    a = report("a1", "In Ostbyhaven, prosecutors charged Peter Brown with fraud.",
               "Peter Brown", "Ostbyhaven")
    b = report("a2", "Peter Brown, who lives in Lundvik, was charged with fraud.",
               "Peter Brown", "Lundvik")
    assert a.specific & b.specific == {"peter brown"} and a.name_words != b.name_words
    f = pair_features(a, b)
    assert f["names_conflict"] == f["specific_conflict"] == 0.0
    c = report("a3", "In Lundvik, prosecutors charged Karin Solvik with fraud.",
               "Karin Solvik", "Lundvik")
    assert pair_features(a, c)["names_conflict"] == 1.0  # two parties, nothing in common


def test_two_reports_naming_one_day_that_is_not_their_date():
    """A day both sentences name besides their own date ('closed until 6 May') is a detail
    two reports of one closure share: a feature of the pair, across articles only (one
    article repeats its own dates)."""
    from dateline.merge import mentions_from_annotation
    from dateline.merge.similarity import pair_features

    def closure(aid: str, dct: str, sentence: str, trigger: str, day: str) -> object:
        ev = [{"type": "COERCE", "trigger": trigger, "date": dct, "how": "dct"}]
        until = [{"text": day, "value": f"2009-05-0{day[0]}"}]
        return article(aid, dct, [sentence], ev, timexes=until)

    a = closure("a1", "2009-04-25", "Officials ordered schools in the capital shut until 6 May.",
                "shut", "6 May")
    b = closure("a2", "2009-04-26", "Schools around the capital will stay closed until 6 May.",
                "closed", "6 May")
    c = closure("a3", "2009-04-26", "Schools around the capital will stay closed until 8 May.",
                "closed", "8 May")
    (ma,), (mb,), (mc,) = (list(mentions_from_annotation(x)) for x in (a, b, c))
    assert ma.named_days == {"2009-05-06"}
    assert pair_features(ma, mb)["day_shared"] == 1.0
    assert pair_features(ma, mc)["day_shared"] == 0.0  # another day
    own = mention("a2", "e2", type="COERCE", trigger="reopen", date="2009-05-06",
                  sentence="Schools reopen on 6 May.", named_days=("2009-05-06",))
    assert not own.named_days  # the day it happens is its date, not a day it names
    same_article = mention("a1", "e9", type="COERCE", trigger="closed", date="2009-04-26",
                           sentence="Markets stay closed until 6 May.",
                           named_days=("2009-05-06",))
    assert pair_features(ma, same_article)["day_shared"] == 0.0


def test_index_finds_a_defaulted_date_two_days_off():
    """The candidate index reaches dct_gap_days for a defaulted or own-dated mention, so the
    merger finds every pair the relation accepts, in either order."""
    from dateline.merge import rules

    ex = [e for e in rules().raw["pair_examples"] if "dct_gap_days" in e["note"]][0]
    a, b = mention("A", **ex["a"]), mention("B", **ex["b"])
    for order in ([a, b], [b, a]):
        m = EventMerger()
        for x in order:
            m.add([x])
        assert len(m.clusters()) == 1


def test_an_event_dated_by_a_range_spans_it():
    """'in force from Jan. 19 until March 1': EventTime.end / events.time_end carries the
    span to the range's last day, from an annotation and from a store row (its date_end or
    time_end)."""
    from datetime import date

    from dateline.merge import mention_from_row, mentions_from_annotation
    from dateline.merge.similarity import date_gap

    sent = "During the truce, in force from Jan. 19 until March 1, 31 captives were released."
    ann = article("r1", "2025-03-10", [sent], [
        {"type": "COOPERATE", "trigger": "released", "date": "2025-01-19", "end": "2025-03",
         "how": "clause"},
    ])
    (m,) = mentions_from_annotation(ann)
    assert m.time_end == "2025-03"
    assert m.span == (date(2025, 1, 19), date(2025, 3, 31))  # a month end: its last day
    row = {"article_id": "r2", "event_id": "e1", "type": "COOPERATE", "trigger": "released",
           "sentence_text": sent, "time_value": "2025-01-19", "time_how": "clause"}
    day = date(2025, 1, 19)
    assert mention_from_row({**row, "time_end": "2025-03-01"}).span == (day, date(2025, 3, 1))
    stored = {**row, "date_start": day, "date_end": date(2025, 3, 1)}
    assert mention_from_row(stored).span == (day, date(2025, 3, 1))
    assert mention_from_row(row).span == (day, day)  # no range: one day
    inside = mention("r3", type="COOPERATE", trigger="released", date="2025-02-20",
                     sentence="Hamas released three hostages on Feb. 20.")
    assert date_gap(m, inside) == 0 and date_gap(mention_from_row(row), inside) == 32


def test_an_intention_meets_the_act_it_names_in_the_index():
    """'will close' is coded THREATEN, 'closed' COERCE: the index files the intention under
    the act it names too, so the merger finds the pair in either order; without the
    intention's rule the two types stay apart."""
    from dateline.merge import rules, same_event

    ex = [e for e in rules().raw["pair_examples"] if "intention" in e["note"]][0]
    a, b = mention("A", **ex["a"]), mention("B", **ex["b"])
    assert a.planned == "COERCE" and b.planned is None
    for order in ([a, b], [b, a]):
        m = EventMerger()
        for x in order:
            m.add([x])
        assert len(m.clusters()) == 1
    plain = mention("A", **{**ex["a"], "rule": "v.threaten"})
    assert not same_event(plain, b)


def test_derived_fields_follow_replace():
    from dataclasses import replace

    m = mention("A", "1", type="COERCE", trigger="closed", date="2025-03-04", negated=True,
                sentence="Schools were not closed on Tuesday.")
    assert m.polarity == "neg" and m.span is not None and m.span[0] == m.span[1]
    pos = replace(m, negated=False, date_end=m.span[0].replace(day=9))
    assert pos.polarity == "pos" and (pos.span[1] - pos.span[0]).days == 5  # recomputed


REPORTS = [
    "Riot police and strikers clashed at Gate 4 of Karsholm port on Wednesday.",
    "Strikers clashed with riot police at the Gate 4 picket in Karsholm on Wednesday.",
    "On Wednesday strikers clashed with police at Gate 4 of the Karsholm port.",
    "Police and strikers clashed on Wednesday at Gate 4, the Karsholm port said.",
    "Strikers and riot police clashed at Karsholm's Gate 4 on Wednesday.",
]


def _reports(n):
    return [
        mention(f"r{i}", type="ASSAULT", trigger="clashed", date="2025-03-05", sentence=s,
                time_how="clause")
        for i, s in enumerate(REPORTS[:n])
    ]


def test_a_lone_report_joins_the_event_it_is_weakly_like_in_many_reports():
    """'officers had been attacked' shares no name or figure with any report of the clash
    (each pair scores under the threshold), but is like every one of them that day: with
    attach_min_pairs such reports it joins their event; with fewer, or the rule off, it
    stays alone. In any order and any batches."""
    from dataclasses import replace

    from dateline.merge import rules, similarity

    r = rules()
    lone = mention("x", type="ASSAULT", trigger="attacked", date="2025-03-05",
                   time_how="dct-past",
                   sentence="A spokeswoman said officers had been attacked with bottles.")
    need = int(r.limits["attach_min_pairs"])
    group = _reports(need)
    scores = [similarity.pair_score(lone, m).score for m in group]
    assert all(r.limits["attach_link"] <= s < r.threshold for s in scores)
    ms = [*group, lone]
    assert _clusters(merge_mentions(ms)) == [tuple(sorted(m.key for m in ms))]
    rng = random.Random(3)
    for _ in range(5):
        rng.shuffle(ms)
        m = EventMerger()
        m.add(ms[:2])
        m.add(ms[2:])
        assert len(m.events()) == 1
    assert len(merge_mentions([*group[:-1], lone])) == 2  # too few reports to add up
    off = replace(r, limits={**r.limits, "attach_min_pairs": 0})
    assert len(merge_mentions([*group, lone], off)) == 2


def test_a_huge_or_odd_figure_in_a_sentence_is_no_error():
    """Digits Python's int() refuses (over 4,300 of them) or cannot read ('²') are read by
    length: the hostile corpus's 200,000-digit budget line reached the merge."""
    huge = "9" * 20_000
    m = mention("a", type="AGREE", trigger="approved",
                sentence=f"The council approved the budget for {huge} and x² on Tuesday.")
    assert any(len(f) > 4300 and set(f) == {"9"} for f in m.figures)
    assert not any("²" in f for f in m.figures)
    assert mention("b", type="AGREE", trigger="approved",
                   sentence="The council approved 31 items and 032 others.").figures == {"032"}


def test_two_countries_never_join_through_an_unplaced_report():
    """'a case in Denmark' and 'cases in the U.S.' are two events even when a third report
    (no place of its own) is like both: the merger keeps the two countries apart, the
    unplaced report joins one of them, in any order and any batches."""
    kw = dict(type="OCCURRENCE", rule="occ.disease.case+noun", date="2025-04-30",
              time_how="clause")
    dk = mention("dk", trigger="cases", location="Denmark", sentence="Officials confirmed "
                 "new cases of the Ostrava flu strain in Denmark on Wednesday.", **kw)
    us = mention("us", trigger="cases", location="U.S.", sentence="Officials confirmed "
                 "new cases of the Ostrava flu strain in the U.S. on Wednesday.", **kw)
    mid = mention("mid", trigger="cases", sentence="Officials confirmed new cases of the "
                  "Ostrava flu strain on Wednesday.", **kw)
    _kept_apart_through(dk, us, mid, "places apart", seed=5)


def _kept_apart_through(a, b, mid, veto: str, seed: int) -> None:
    """``a`` and ``b`` are vetoed as a pair (``veto``), each is the same event as ``mid``,
    and still the merger never puts ``a`` and ``b`` in one event, in any order and any
    batches (the article ids are the mentions' names, each one event 'e1')."""
    from dateline.merge import rules, similarity

    assert similarity.pair_score(a, b).veto == veto
    assert similarity.pair_score(a, mid).same(rules().threshold)
    assert similarity.pair_score(b, mid).same(rules().threshold)
    ms = [a, b, mid]
    want = _clusters(merge_mentions(ms))
    pair = {(a.article_id, "e1"), (b.article_id, "e1")}
    assert len(want) == 2 and not any(pair <= set(c) for c in want)
    rng = random.Random(seed)
    for _ in range(5):
        rng.shuffle(ms)
        m = EventMerger()
        m.add(ms[:1])
        m.add(ms[1:])
        assert _clusters(m.events()) == want


def test_two_rungs_never_join_through_a_report_naming_none():
    """'raised its alert to level 4' and 'to level five' are two raises even when a third
    report ('raised its alert', no rung) is like both: the merger keeps the two rungs
    apart, in any order and any batches."""
    kw = dict(type="MOBILIZE", rule="light:raise+n.mobilize.alert", trigger="raised its alert",
              date="2025-04-28", time_how="clause")
    four = mention("four", sentence="The Ostrava health agency raised its alert to level 4 "
                   "on Monday as the flu spread.", **kw)
    five = mention("five", sentence="The Ostrava health agency raised its alert to level "
                   "five on Monday as the flu spread.", **kw)
    mid = mention("mid", sentence="The Ostrava health agency raised its alert on Monday "
                  "as the flu spread.", **kw)
    _kept_apart_through(four, five, mid, "rungs apart", seed=7)


def _restored(groups_scores, cross, rule_set):
    """A merger holding mentions and given pair scores (no scoring: EventMerger.restore)."""
    ms, pairs = [], []
    for g, (n, s) in enumerate(groups_scores):
        own = [mention(f"g{g}m{i}", type="ASSAULT", trigger="clashed", date="2025-03-05",
                       sentence=f"Riot police and strikers clashed at gate {g}.")
               for i in range(n)]
        ms.append(own)
        pairs += [(a.key, b.key, s) for a in own for b in own if a.key < b.key]
    pairs += [(ms[0][i].key, ms[1][j].key, s) for i, j, s in cross]
    m = EventMerger(rule_set)
    m.restore([x for g in ms for x in g], pairs)
    return m, ms


def test_two_large_groups_tied_by_many_pairs_join_though_their_mean_is_low():
    """One event told in two large groups (a quake's first week and the weeks after): a
    group of 3 tied to one of 30 by dense_link_ratio pairs at the threshold per mention
    joins it, though the mean over all 90 cross pairs stays under average_link (most lie
    days apart, unscored). Tied by one pair (a hub report), or with the rule off, it stays
    apart. In any order of the pairs."""
    from dataclasses import replace

    from dateline.merge import rules

    r = rules()
    small = int(r.limits["dense_link_min_size"])
    ratio = r.limits["dense_link_ratio"]
    hits = int(ratio * small)
    s = r.threshold + 0.05
    cross = [(i, j % small, s) for i, j in zip(range(hits), range(hits), strict=True)]
    assert hits * s / (30 * small) < r.limits["average_link"]
    m, ms = _restored([(30, 0.9), (small, 0.9)], cross, r)
    assert len(m.clusters()) == 1
    m, _ = _restored([(30, 0.9), (small, 0.9)], cross[:1], r)
    assert len(m.clusters()) == 2  # one pair ties them: a hub report, not one event
    off = replace(r, limits={**r.limits, "dense_link_min_size": 0})
    m, _ = _restored([(30, 0.9), (small, 0.9)], cross, off)
    assert len(m.clusters()) == 2
    m, _ = _restored([(30, 0.9), (small - 1, 0.9)], [c for c in cross if c[1] < small - 1],
                     replace(r, limits={**r.limits, "dense_link_ratio": 1.0}))
    assert len(m.clusters()) == 2  # a group under dense_link_min_size joins by the mean only
    single = int(r.limits["dense_link_single"])
    lone = [(i, 0, s) for i in range(single)]
    assert single * s / 30 < r.limits["average_link"]
    m, _ = _restored([(30, 0.9), (1, 0.9)], lone, r)
    assert len(m.clusters()) == 1  # a lone report like many of the event's reports
    m, _ = _restored([(30, 0.9), (1, 0.9)], lone[:-1], r)
    assert len(m.clusters()) == 2
