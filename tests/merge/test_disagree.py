"""Disagreements: numbers, dates, accusation vs denial, side by side with their sources."""

from __future__ import annotations

import pytest

from dateline.merge import disagreements, merge_annotations

from .helpers import article

INJURED = (
    "At least {n} people were injured when riot police cleared the picket at Gate 4 "
    "of Karsholm port."
)


def _injury(
    aid, n, text, source, approx=False, low=None, high=None, date="2025-03-05", how="sentence"
):
    return article(
        aid,
        "2025-03-06",
        [INJURED.format(n=text)],
        [{"type": "ASSAULT", "trigger": "injured", "date": date, "how": how, "quantities": [0]}],
        quantities=[
            {
                "text": text,
                "value": n,
                "approx": approx,
                "low": low,
                "high": high,
                "counts": "people",
            }
        ],
        source=source,
    )


def test_different_numbers_for_one_event():
    anns = [
        _injury("a", 40, "at least 40", "Nordic Wire", approx=True, low=40),
        _injury("b", 38, "38", "Karsholm Courier"),
    ]
    events = merge_annotations(anns)
    assert len(events) == 1
    (d,) = disagreements(events)
    assert d.kind == "number" and d.about == "people (injured)"
    assert {(c.value, c.source) for c in d.claims} == {
        ("at least 40", "Nordic Wire"),
        ("38", "Karsholm Courier"),
    }
    assert d.to_dict()["claims"][0]["article_id"] in {"a", "b"}


def test_a_sentence_listing_clashing_figures_takes_no_side():
    """'the 1918 flu killed 50 million people, the 1957 one two million' counts two things:
    those figures clash with no other report's; two reports of one figure each do."""
    def ann(aid, sentence, quantities):
        return article(aid, "2025-03-06", [sentence],
                       [{"type": "OCCURRENCE", "trigger": "killed", "date": "2025-03-04",
                         "quantities": list(range(len(quantities)))}],
                       quantities=[{"text": t, "value": v, "counts": "people"}
                                   for t, v in quantities])

    listed = ann("a", "The Vellmark flu killed 5,000 people and the Zorblet flu 200 people, "
                 "officials said on Tuesday.", [("5,000", 5000), ("200", 200)])
    one = ann("b", "The Vellmark flu killed 300 people, officials said on Tuesday.",
              [("300", 300)])
    other = ann("c", "The Vellmark flu killed 5,000 people, officials said on Tuesday.",
                [("5,000", 5000)])
    assert not [d for d in disagreements(merge_annotations([listed, one]))
                if d.kind == "number"]
    (d,) = [d for d in disagreements(merge_annotations([listed, one, other]))
            if d.kind == "number"]
    assert {(c.value, c.article_id) for c in d.claims} == {("300", "b"), ("5,000", "c")}


def test_number_bounds():
    from dateline.merge import Number

    assert Number(40, "at least 40", low=40, approx=True).bounds() == (40, float("inf"))
    assert Number(7, "nearly 7", high=7, approx=True).bounds() == (6.3, 7)
    assert Number(35, "about 35", approx=True).bounds() == (31.5, 38.5)
    assert Number(38, "38").bounds() == (38, 38)
    assert Number(None, "some").bounds() is None


def test_compatible_numbers_are_no_disagreement():
    """'about 35' allows 38 (approximate numbers get a margin); one figure twice is agreement."""
    anns = [
        _injury("a", 35, "about 35", "Wire", approx=True),
        _injury("b", 38, "38", "Courier"),
        _injury("c", 38, "38", "Daily"),
    ]
    events = merge_annotations(anns)
    assert len(events) == 1
    assert disagreements(events) == []


def test_different_dates_for_one_event():
    anns = [
        _injury("a", 38, "38", "Wire", how="clause"),
        _injury("b", 38, "38", "Courier", date="2025-03-06", how="clause"),
    ]
    events = merge_annotations(anns)
    assert len(events) == 1
    (d,) = disagreements(events)
    assert d.kind == "date"
    assert sorted(c.value for c in d.claims) == ["2025-03-05", "2025-03-06"]


def test_a_date_defaulted_to_the_article_date_claims_nothing():
    """An article that never says when (dated by its DCT), or dates only another clause of the
    sentence, does not dispute a date stated in the event's own clause."""
    anns = [
        _injury("a", 38, "38", "Wire", how="clause"),
        _injury("b", 38, "38", "Courier", date="2025-03-06", how="dct-past"),
    ]
    events = merge_annotations(anns)
    assert len(events) == 1 and len(events[0].mentions) == 2
    assert disagreements(events) == []
    anns[1] = _injury("b", 38, "38", "Courier", date="2025-03-06", how="sentence")
    assert disagreements(merge_annotations(anns)) == []


def test_accusation_and_denial_by_wording():
    s_acc = (
        "Police used excessive force against protesters at Gate 4 of Karsholm port, the union said."
    )
    s_den = (
        "Police did not use excessive force against protesters at Gate 4 of Karsholm port, "
        "the chief said."
    )
    anns = [
        article(
            "a",
            "2025-03-06",
            [s_acc],
            [
                {
                    "type": "ASSAULT",
                    "trigger": "used",
                    "date": "2025-03-05",
                    "actor": "police",
                    "modality": "reported",
                }
            ],
            source="W",
        ),
        article(
            "b",
            "2025-03-06",
            [s_den],
            [
                {
                    "type": "ASSAULT",
                    "trigger": "use",
                    "date": "2025-03-05",
                    "actor": "police",
                    "negated": True,
                }
            ],
            source="C",
        ),
    ]
    events = merge_annotations(anns)
    assert len(events) == 2  # never merged ...
    (d,) = disagreements(events)  # ... but shown side by side
    assert d.kind == "denial"
    assert [(c.value, c.article_id) for c in d.claims] == [("asserted", "a"), ("denied", "b")]


def test_a_negated_state_with_no_doer_is_no_denial():
    """'districts which were not affected by the cyclone' says what the cyclone spared,
    not that it did not strike: no denial of 'the cyclone hit'. The same negated occurrence
    told as a denial ('officials denied that the cyclone hit the island') is one."""
    hit = "The cyclone hit the island of Marra on Tuesday, the agency said."
    spared = ("Aid will be bought in districts of Marra which were not affected by the "
              "cyclone on Tuesday, the agency said.")
    denied = "Officials denied that the cyclone hit the island of Marra on Tuesday."

    def ann(aid, sentence, trigger, **flags):
        return article(aid, "2025-03-06", [sentence],
                       [{"type": "OCCURRENCE", "trigger": trigger, "date": "2025-03-04",
                         **flags}], source=aid.upper())

    said = ann("a", hit, "cyclone hit", modality="reported")
    assert disagreements(merge_annotations(
        [said, ann("b", spared, "affected by the cyclone", negated=True, modality="reported")]
    )) == []
    (d,) = disagreements(merge_annotations(
        [said, ann("c", denied, "cyclone hit", modality="denied")]))
    assert d.kind == "denial"
    assert [(c.value, c.article_id) for c in d.claims] == [("asserted", "a"), ("denied", "c")]


def test_accusation_and_denial_by_link():
    """An article that reports a claim and its denial links them (Event.links 'denies')."""
    sents = [
        "The union accused Nordhaven of breaking the truce on Wednesday.",
        "Nordhaven denied the accusation.",
    ]
    anns = [
        article(
            "a",
            "2025-03-12",
            sents,
            [
                {
                    "id": "e1",
                    "type": "ACCUSE",
                    "trigger": "accused",
                    "date": "2025-03-12",
                    "actor": "union",
                },
                {
                    "id": "e2",
                    "type": "REJECT",
                    "trigger": "denied",
                    "date": "2025-03-12",
                    "sentence": 1,
                    "actor": "Nordhaven",
                    "links": [("denies", "e1")],
                },
            ],
        )
    ]
    events = merge_annotations(anns)
    (d,) = disagreements(events)
    assert d.kind == "denial" and d.type == "ACCUSE"
    assert [c.value for c in d.claims] == ["asserted", "denied"]


def test_agreeing_sources_have_no_disagreement():
    anns = [_injury("a", 38, "38", "Wire"), _injury("b", 38, "38", "Courier")]
    assert disagreements(merge_annotations(anns)) == []


def test_claims_date_examples_of_the_data_file():
    """Every example of data/merge/disagree.json: when an event noun's clause date is a
    claim about the event (a verb's always is)."""
    import json
    from importlib.resources import files

    from dateline.merge.disagree import claims_date

    data = json.loads(files("dateline").joinpath("data", "merge", "disagree.json").read_text())
    assert len(data["examples"]) >= 4
    for ex in data["examples"]:
        assert claims_date(ex["sentence"], ex["trigger"], nominal=True) is ex["claims"], ex
        assert claims_date(ex["sentence"], ex["trigger"], nominal=False)


def test_figure_unit_examples_of_the_data_file():
    """Every ``figures`` example of data/merge/disagree.json: the unit a figure with no
    counted noun is in ('' none, None not a tally to compare)."""
    from dateline.merge.disagree import figure_unit
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["figures"]["examples"]
    assert len(examples) >= 6
    for sentence, figure, unit in examples:
        assert figure in sentence
        assert figure_unit(figure, sentence) == unit, (sentence, figure)


def _bare(aid, sentence, figure, value):
    return article(aid, "2025-03-06", [sentence],
                   [{"type": "ASSAULT", "trigger": "injured", "date": "2025-03-05",
                     "how": "sentence", "quantities": [0]}],
                   quantities=[{"text": figure, "value": value, "counts": None}])


def test_a_measure_is_not_set_against_a_tally():
    """'3.2 ft' measures a distance, '18' tallies the injured: no dispute between them;
    two distances in feet that differ are one."""
    tally = _bare("a", "Riot police injured 18 at Gate 4 of Karsholm port on Wednesday.",
                  "18", 18)
    far = _bare("b", "Riot police injured pickets at Gate 4 of Karsholm port on Wednesday, "
                "pushing them back 3.2 ft.", "3.2", 3.2)
    farther = _bare("c", "Riot police injured pickets at Gate 4 of Karsholm port on Wednesday, "
                    "pushing them back 10 ft.", "10", 10)
    events = merge_annotations([tally, far])
    assert len(events) == 1
    assert [d for d in disagreements(events) if d.kind == "number"] == []
    events = merge_annotations([tally, far, farther])
    assert len(events) == 1
    (d,) = [d for d in disagreements(events) if d.kind == "number"]
    assert d.about == "in ft" and {c.value for c in d.claims} == {"3.2", "10"}


def test_a_clock_time_is_no_figure():
    a = _bare("a", "Riot police injured 18 at Gate 4 of Karsholm port, updated 18.45 BST.",
              "18.45", 18.45)
    b = _bare("b", "Riot police injured 18 at Gate 4 of Karsholm port, updated 21.10 BST.",
              "21.10", 21.10)
    events = merge_annotations([a, b])
    assert len(events) == 1
    assert [d for d in disagreements(events) if d.kind == "number"] == []


def test_figure_thing_examples_of_the_data_file():
    """Every ``counted`` example of data/merge/disagree.json: what a bare figure counts, told
    by its sentence ('' when it does not tell)."""
    from dateline.merge.disagree import figure_thing
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["counted"]["examples"]
    assert len(examples) >= 8 and {t for _, _, t in examples} >= {"deaths", "cases", ""}
    for sentence, figure, thing in examples:
        assert figure in sentence
        assert figure_thing(figure, sentence) == thing, (sentence, figure)


def test_figure_thing_of_persons_examples_of_the_data_file():
    """Every ``noun_examples`` entry of data/merge/disagree.json: what befell the persons a
    figure counts ('' when its sentence does not say)."""
    from dateline.merge.disagree import figure_thing
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["counted"]["noun_examples"]
    assert {t for _, _, t in examples} >= {"deaths", "affected", "evacuated", "injured", ""}
    for sentence, figure, thing in examples:
        assert figure in sentence
        assert figure_thing(figure, sentence, counted=True) == thing, (sentence, figure)


def test_people_dead_and_people_in_need_are_not_set_against_each_other():
    """'two million people need food aid' and 'up to 80,000 people may have died' count two
    things; two death tolls that differ are a dispute about people (deaths), and a figure of
    people whose sentence says nothing of them is left out beside told ones."""
    need = _toll("a", "Aid groups say two million people in Varnmoor will need food aid after "
                 "the fever outbreak.", "two million people", 2_000_000, counts="people")
    dead = _toll("b", "Doctors fear up to 80,000 people may have died during the fever outbreak in "
                 "Varnmoor.", "up to 80,000 people", 80_000, counts="people")
    assert _number_disputes([need, dead]) == []
    fewer = _toll("c", "The fever outbreak in Varnmoor has killed 3,000 people, officials said.",
                  "3,000 people", 3_000, counts="people")
    crowd = _toll("d", "Around 300 people gathered in Varnmoor to mourn after the fever outbreak.",
                  "Around 300 people", 300, counts="people")
    (d,) = _number_disputes([need, dead, fewer, crowd])
    assert d.about == "people (deaths)"
    assert {c.value for c in d.claims} == {"up to 80,000 people", "3,000 people"}


def _toll(aid, sentence, figure, value, counts=None):
    return article(aid, "2025-03-06", [sentence],
                   [{"type": "OCCURRENCE", "trigger": "outbreak", "date": "2025-03-05",
                     "how": "sentence", "quantities": [0]}],
                   quantities=[{"text": figure, "value": value, "counts": counts}])


def _number_disputes(anns):
    events = merge_annotations(anns)
    assert len(events) == 1
    return [d for d in disagreements(events) if d.kind == "number"]


def test_bare_figures_of_different_things_are_not_set_against_each_other():
    """A toll of dead and a tally of cases, both written without a counted noun, are two
    things; two tolls that differ are a dispute, about deaths."""
    dead = _toll("a", "The death toll from the fever outbreak in Varnmoor rose to 18 on Tuesday.",
                 "18", 18)
    cases = _toll("b", "The number of confirmed cases from the fever outbreak in Varnmoor "
                  "reached more than 160 on Tuesday.", "more than 160", 160)
    assert _number_disputes([dead, cases]) == []
    more_dead = _toll("c", "The fever outbreak in Varnmoor has killed 25 by Tuesday, doctors said.",
                      "25", 25)
    (d,) = _number_disputes([dead, cases, more_dead])
    assert d.about == "death" and {c.value for c in d.claims} == {"18", "25"}


def test_a_bare_toll_joins_the_counted_deaths():
    """'the death toll rose to 18' counts what '20 deaths' counts."""
    toll = _toll("a", "The death toll from the fever outbreak in Varnmoor rose to 18 on Tuesday.",
                 "18", 18)
    deaths = _toll("b", "The fever outbreak in Varnmoor has caused 20 deaths by Tuesday.",
                   "20 deaths", 20, counts="deaths")
    cases = _toll("c", "The number of confirmed cases from the fever outbreak in Varnmoor "
                  "reached 160 on Tuesday.", "160", 160)
    (d,) = _number_disputes([toll, deaths, cases])
    assert d.about == "death" and {c.value for c in d.claims} == {"18", "20 deaths"}


def test_a_figure_that_tells_no_thing_joins_only_a_clear_one():
    """A figure whose sentence names nothing it counts joins the event's one counted thing;
    beside two (deaths and cases) it stays out, and alone with another such figure it is
    compared with nothing."""
    vague = _toll("a", "The fever outbreak in Varnmoor: the figure given on Tuesday was 64.",
                  "64", 64)
    dead = _toll("b", "The death toll from the fever outbreak in Varnmoor rose to 18 on Tuesday.",
                 "18", 18)
    (d,) = _number_disputes([vague, dead])
    assert d.about == "death" and {c.value for c in d.claims} == {"64", "18"}
    cases = _toll("c", "The number of confirmed cases from the fever outbreak in Varnmoor "
                  "reached 18 on Tuesday.", "18", 18)
    assert _number_disputes([vague, dead, cases]) == []
    other = _toll("d", "The fever outbreak in Varnmoor: the figure given on Tuesday was 90.",
                  "90", 90)
    assert _number_disputes([vague, other]) == []


@pytest.mark.parametrize("said_on, denied_on, how", [
    ("2025-03-05", "2025-03-05", "sentence"),
    ("2025-03-05", "2025-03-06", "sentence"),  # a day apart
    ("2025-03-05", "2025-03-07", "dct"),  # a guessed date two days apart
    ("2025-03-05", "2025-03-07", "sentence"),
    ("2025-03-05", "2025-03-09", "dct"),
    ("2025-W10", "2025-03-09", "sentence"),  # the week's last day
    ("2025", "2025", "sentence"),
    ("2025", "2025-03-05", "sentence"),
    (None, None, "sentence"),
    ("2025-03-05", None, "sentence"),
])
def test_a_denial_is_paired_with_the_reports_scoring_every_one_would_pair(said_on, denied_on, how):
    """Reports are looked up by type and date for a denial: the same pairs as scoring every
    report of its type, whatever the dates (a day or days apart, a week, a year, undated)."""
    from dateline.merge.disagree import denial_disagreements
    from dateline.merge.rules import rules
    from dateline.merge.similarity import pair_score

    said = "Police used excessive force against protesters at Gate 4 of Karsholm port, {} said."
    denied = "Police did not use excessive force against protesters at Gate 4 of Karsholm port."
    other = "Police beat up a reporter near the fish market of Karsholm, {} said."
    anns = [
        article("r", "2025-03-09", [said.format("the union")],
                [{"type": "ASSAULT", "trigger": "used", "actor": "police", "date": said_on}]),
        article("o", "2025-03-09", [other.format("the paper")],
                [{"type": "ASSAULT", "trigger": "beat", "actor": "police", "date": said_on}]),
        article("d", "2025-03-09", [denied],
                [{"type": "ASSAULT", "trigger": "use", "actor": "police", "date": denied_on,
                  "how": how, "negated": True}]),
    ]
    events = merge_annotations(anns)
    r = rules()
    (neg,) = [e for e in events if e.polarity == "neg"]
    every = {p.id for p in events if p.polarity == "pos"
             and pair_score(_as_said(neg.mentions[0]), p.mentions[0], r).same(r.threshold)}
    found = {d.event_id for d in denial_disagreements(events, r)}
    assert found == every


def test_denials_pair_across_a_day_or_a_week():
    """The cases above are not all refused: a denial a day after the report, or on the closing
    day of the week it is dated by, is paired."""
    for said_on, denied_on in (("2025-03-05", "2025-03-06"), ("2025-W10", "2025-03-09")):
        anns = [
            article("r", "2025-03-09", ["Police used excessive force at Gate 4 of Karsholm "
                                        "port, the union said."],
                    [{"type": "ASSAULT", "trigger": "used", "actor": "police",
                      "date": said_on}]),
            article("d", "2025-03-09", ["Police did not use excessive force at Gate 4 of "
                                        "Karsholm port."],
                    [{"type": "ASSAULT", "trigger": "use", "actor": "police",
                      "date": denied_on, "negated": True}]),
        ]
        (d,) = disagreements(merge_annotations(anns))
        assert d.kind == "denial", (said_on, denied_on)


def _as_said(m):
    from dataclasses import replace

    return replace(m, negated=False, modality="asserted")


def test_figures_of_two_days_are_an_update_not_a_dispute():
    """Reports the merge joined but dated on different days give two days' figures (or a
    later count), not rival tellings of one; the same figures on one day are a dispute."""
    one_day = [_injury("a", 38, "38", "Karsholm Courier"),
               _injury("b", 52, "at least 52", "Nordic Wire", approx=True, low=52)]
    assert len(_number_disputes(one_day)) == 1
    next_day = [_injury("a", 38, "38", "Karsholm Courier"),
                _injury("b", 52, "at least 52", "Nordic Wire", approx=True, low=52,
                        date="2025-03-06")]
    assert _number_disputes(next_day) == []


def test_a_running_total_is_not_set_against_one_days_count():
    """'the total since the fever began rose to 27' and '3 died on Tuesday' are two tallies."""
    day = _toll("a", "The fever outbreak in Varnmoor killed 3 on Tuesday.", "3", 3)
    total = _toll("b", "The fever outbreak in Varnmoor has killed 27 since it began, the total "
                  "on Tuesday.", "27", 27)
    assert _number_disputes([day, total]) == []
    other_total = _toll("c", "The fever outbreak in Varnmoor has killed 40 since it began, "
                        "doctors said on Tuesday.", "40", 40)
    (d,) = _number_disputes([day, total, other_total])
    assert {c.value for c in d.claims} == {"27", "40"}


@pytest.mark.parametrize(("modality", "denied"), [("asserted", True), ("planned", False)])
def test_an_intention_not_to_act_is_no_denial(modality, denied):
    """'the council did not accept the deal' gainsays 'the council accepted the deal'; 'the
    council would not accept any deal' (an intention) or a negation in a condition ('if the
    council does not accept') says nothing of what was done."""
    from dateline.merge.disagree import denial_disagreements

    anns = [
        article("r", "2025-03-05", ["The harbour council accepted the ferry deal for Karsholm."],
                [{"type": "AGREE", "trigger": "accepted", "actor": "council",
                  "date": "2025-03-05"}]),
        article("d", "2025-03-05", ["The harbour council did not accept the ferry deal for "
                                    "Karsholm."],
                [{"type": "AGREE", "trigger": "accept", "actor": "council", "date": "2025-03-05",
                  "negated": True, "modality": modality}]),
    ]
    found = denial_disagreements(merge_annotations(anns))
    assert bool(found) == denied


def test_reports_that_each_date_it_on_their_own_day_tell_two_occurrences():
    """Two days' updates, each telling the event on its own day ('riot police cleared the
    picket this morning'), report it twice, not with rival dates; a later update that dates
    it on the first day's date agrees, and one that dates it a day earlier disputes it."""
    def told(aid, dct, day):
        return article(aid, dct, [INJURED.format(n="38")],
                       [{"type": "ASSAULT", "trigger": "injured", "date": day, "how": "clause",
                         "quantities": [0]}],
                       quantities=[{"text": "38", "value": 38, "counts": "people"}])

    def dates(anns):
        events = merge_annotations(anns)
        assert len(events) == 1
        return [sorted(c.value for c in d.claims) for d in disagreements(events)
                if d.kind == "date"]

    assert dates([told("a", "2025-03-05", "2025-03-05"),
                  told("b", "2025-03-06", "2025-03-06")]) == []
    assert dates([told("a", "2025-03-05", "2025-03-05"),
                  told("b", "2025-03-06", "2025-03-05")]) == []
    assert dates([told("a", "2025-03-05", "2025-03-05"),
                  told("b", "2025-03-06", "2025-03-04")]) == [["2025-03-04", "2025-03-05"]]


def test_incident_examples_of_the_data_file():
    """Every ``incidents`` example of data/merge/disagree.json: two sentences that tie their
    claims to separate incidents (places, weapons, vehicles, sites, 'a separate incident'),
    either way round."""
    from dateline.merge.disagree import separate_incidents
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["incidents"]["examples"]
    assert {x for _, _, x in examples} == {True, False}
    for a, b, separate in examples:
        assert separate_incidents(a, b) is separate, (a, b)
        assert separate_incidents(b, a) is separate, (b, a)


def test_far_apart_figure_examples_of_the_data_file():
    """Every ``incidents`` ``figure_examples`` entry: figures far apart, one tied to a place
    or means the other's sentence does not name, count separate incidents; a crowd put at
    50,000 and 6,000 with nothing to tell them apart is a dispute."""
    from dateline.merge.disagree import far_apart
    from dateline.merge.lexicon import read_data
    from dateline.merge.mention import Number

    examples = read_data("disagree.json")["incidents"]["figure_examples"]
    assert {x for *_, x in examples} == {True, False}
    for sa, fa, va, sb, fb, vb, separate in examples:
        assert fa in sa and fb in sb
        a, b = Number(va, fa), Number(vb, fb)
        assert far_apart(a, sa, b, sb) is separate, (sa, sb)
        assert far_apart(b, sb, a, sa) is separate, (sb, sa)


def test_denial_examples_of_the_data_file():
    """Every ``denials`` example: a negation or denial in the trigger's own clause denies it;
    one in another clause ('denied sending any warning, while marines seize the harbour')
    does not."""
    from dateline.merge.disagree import denies_in_clause
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["denials"]["examples"]
    assert {x for *_, x in examples} == {True, False}
    for sentence, trigger, denies in examples:
        assert trigger in sentence
        assert denies_in_clause(sentence, trigger) is denies, sentence


def test_dated_elsewhere_examples_of_the_data_file():
    """Every ``dated_elsewhere`` example: a past perfect under a verb of saying dates the
    saying, not the act."""
    from dateline.merge.disagree import dates_itself
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["dated_elsewhere"]["examples"]
    assert {x for *_, x in examples} == {True, False}
    for sentence, trigger, own in examples:
        assert trigger in sentence
        assert dates_itself(sentence, trigger) is own, (sentence, trigger)


def _killed(aid, dct, sentence, figure, value, date, trigger="killed", how="clause"):
    return article(aid, dct, [sentence],
                   [{"type": "ASSAULT", "trigger": trigger, "date": date, "how": how,
                     "quantities": [0]}],
                   quantities=[{"text": figure, "value": value, "counts": "guards"}])


def _soldier_disputes(anns):
    events = merge_annotations(anns)
    return [sorted(c.value for c in d.claims) for ev in events
            for d in disagreements([ev]) if d.kind == "number"]


def test_two_incidents_the_merge_joined_are_not_one_dispute():
    """A missile strike on a jeep told with four dead and with seven is a dispute; a tunnel
    raid's two dead and a missile strike on a carrier's seven, joined with them into one
    event by the merge, are other incidents: not set against them, nor against each other."""
    jeep4 = _killed("a", "2025-03-06", "Four guards died on Wednesday after an anti-tank "
                    "missile struck a jeep on the Karsholm ridge road.", "Four guards", 4,
                    "2025-03-05", trigger="died")
    jeep7 = _killed("b", "2025-03-06", "Seven guards died on Wednesday after an anti-tank "
                    "missile struck a jeep on the Karsholm ridge road.", "Seven guards", 7,
                    "2025-03-05", trigger="died")
    tunnel = _killed("c", "2025-03-06", "Two guards died on Wednesday when raiders crept out "
                     "of a tunnel on the Karsholm ridge road.", "Two guards", 2, "2025-03-05",
                     trigger="died")
    carrier = _killed("d", "2025-03-06", "Seven guards died on Wednesday after an anti-tank "
                      "missile struck an armoured personnel carrier on the Karsholm ridge road.",
                      "Seven guards", 7, "2025-03-05", trigger="died")
    assert _soldier_disputes([jeep4, jeep7]) == [["Four guards", "Seven guards"]]
    for others in ([tunnel], [carrier], [tunnel, carrier]):
        assert len(merge_annotations([jeep4, jeep7, *others])) == 1  # the merge joins them
        found = _soldier_disputes([jeep4, jeep7, *others])
        assert ["Four guards", "Seven guards"] in found, others
        assert all(set(f) <= {"Four guards", "Seven guards"} for f in found), found
    assert _soldier_disputes([tunnel, carrier]) == []


def test_a_denial_of_another_clause_is_no_denial_of_the_act():
    """'The governor denied sending any warning, while troops seized the ferry port' reports
    the seizure; 'The governor denied that troops seized the ferry port' denies it."""
    report = article("r", "2025-03-06", ["Troops seized the ferry port of Karsholm on Wednesday."],
                     [{"type": "ASSAULT", "trigger": "seized", "actor": "troops",
                       "date": "2025-03-05"}])

    def negative(sentence):
        return article("d", "2025-03-06", [sentence],
                       [{"type": "ASSAULT", "trigger": "seized", "actor": "troops",
                         "date": "2025-03-05", "modality": "denied"}])

    other = negative("The governor denied sending any warning, while troops seized the ferry "
                     "port of Karsholm on Wednesday.")
    assert [d for d in disagreements(merge_annotations([report, other]))
            if d.kind == "denial"] == []
    denial = negative("The governor denied that troops seized the ferry port of Karsholm on "
                      "Wednesday.")
    (d,) = [d for d in disagreements(merge_annotations([report, denial])) if d.kind == "denial"]
    assert {c.value for c in d.claims} == {"asserted", "denied"}


def test_a_report_written_before_the_other_day_tells_another_occurrence():
    """A daily update of the 6th that dates a raid on the 5th and one of the 9th that tells a
    raid 'today' cannot speak of one raid, whatever joined them: the first was written before
    the second's day. Two updates of the 9th and 10th dating it on the 5th and the 7th are a
    dispute."""
    from dateline.merge.cluster import events_of
    from dateline.merge.disagree import date_disagreements

    def raid(aid, dct, date):
        ann = article(aid, dct, ["Gunmen raided the Karsholm border post."],
                      [{"type": "ASSAULT", "trigger": "raided", "date": date, "how": "clause"}])
        (ev,) = merge_annotations([ann])
        return ev.mentions[0]

    def dates(*mentions):
        (ev,) = events_of([list(mentions)])
        return [sorted(c.value for c in d.claims) for d in date_disagreements(ev)]

    assert dates(raid("a", "2025-03-06", "2025-03-05"),
                 raid("b", "2025-03-09", "2025-03-09")) == []
    assert dates(raid("a", "2025-03-09", "2025-03-05"),
                 raid("b", "2025-03-10", "2025-03-07")) == [["2025-03-05", "2025-03-07"]]


def test_no_side_examples_of_the_data_file():
    """Every ``no_side`` example: a vague figure, a part, a name, a range's end or a
    conversion in brackets takes no side in a number dispute."""
    from dateline.merge.disagree import takes_no_side
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["no_side"]["examples"]
    assert {why for *_, why in examples} == {"", "vague", "part", "name", "range", "conversion"}
    for sentence, figure, why in examples:
        assert figure in sentence
        assert takes_no_side(figure, sentence) == why, (sentence, figure)


def test_measure_examples_of_the_data_file():
    """Every ``measure_examples`` pair: two sums (or shares, areas) are one measure only when
    words near them say what they measure alike."""
    from dateline.merge.disagree import same_measure
    from dateline.merge.lexicon import read_data
    from dateline.merge.mention import Mention, Number
    from dateline.merge.rules import rules

    def said(sentence):
        return Mention("x", "e1", "OCCURRENCE", "", 0, 0, 0, sentence)

    examples = read_data("disagree.json")["no_side"]["measure_examples"]
    assert {x for *_, x in examples} == {True, False}
    for sa, fa, sb, fb, one in examples:
        assert fa in sa and fb in sb
        a, b = (Number(1.0, fa), said(sa)), (Number(2.0, fb), said(sb))
        assert same_measure(a, b, rules()) is one, (sa, sb)
        assert same_measure(b, a, rules()) is one, (sb, sa)


def test_rate_examples_of_the_data_file():
    """Every ``rate_examples`` figure: the rate it is given at, named without its opening
    word ('per day' -> 'day'), or '' for a total."""
    from dateline.merge.disagree import rate_of
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["no_side"]["rate_examples"]
    assert "" in {rate for *_, rate in examples}
    for sentence, figure, rate in examples:
        assert figure in sentence
        assert rate_of(figure, sentence) == rate, (sentence, figure)


def _sum(aid, dct, sentence, figure, value):
    return article(aid, dct, [sentence],
                   [{"type": "OCCURRENCE", "trigger": "spill", "date": "2025-03-02",
                     "how": "sentence", "quantities": [0]}],
                   quantities=[{"text": figure, "value": value, "counts": "dollars"}])


def test_sums_of_different_things_are_not_set_against_each_other():
    """'$90m for a relief canal' and '$210m paid out in compensation', both of one spill, are
    two sums; two tellings of the clean-up levy's size are a dispute."""
    canal = _sum("a", "2025-03-06", "The Varn river spill will cost $ 90m for a relief canal.",
                 "$ 90m", 90e6)
    paid = _sum("b", "2025-03-06", "Over the Varn river spill the mill has paid out $ 210m in "
                "compensation to farmers.", "$ 210m", 210e6)
    assert _number_disputes([canal, paid]) == []
    fund = _sum("c", "2025-03-06", "The Varn river spill led the mill to pay a clean-up "
                "levy of $ 300m.", "$ 300m", 300e6)
    other_fund = _sum("d", "2025-03-06", "After the Varn river spill the mill must pay a "
                      "clean-up levy of $ 350m.", "$ 350m", 350e6)
    (d,) = _number_disputes([canal, paid, fund, other_fund])
    assert {c.value for c in d.claims} == {"$ 300m", "$ 350m"}


def test_running_totals_of_two_days_are_a_progression():
    """'has killed 27 since it began' on one day and '40 since it began' on the next are a
    toll that grew, not rival tellings; on one day they are a dispute."""
    def total(aid, dct, n):
        return article(aid, dct, [f"The fever outbreak in Varnmoor has killed {n} since it "
                                  "began."],
                       [{"type": "OCCURRENCE", "trigger": "outbreak", "date": "2025-03-01",
                         "how": "sentence", "quantities": [0]}],
                       quantities=[{"text": str(n), "value": n, "counts": None}])

    assert len(_number_disputes([total("a", "2025-03-06", 27),
                                 total("b", "2025-03-06", 40)])) == 1
    assert _number_disputes([total("a", "2025-03-06", 27), total("b", "2025-03-09", 40)]) == []


def test_one_articles_two_dates_are_no_dispute():
    """One article that tells an event on two days (two readers' comments the merge joined,
    each stamped with its time) reports two acts, not rival dates; two articles do."""
    from dateline.merge.disagree import date_disagreements

    one = article("a", "2025-03-07", ["Riot police injured 38 at Gate 4 on Wednesday.",
                                      "Riot police injured 38 at Gate 4 on Thursday."],
                  [{"type": "ASSAULT", "trigger": "injured", "date": "2025-03-05",
                    "how": "clause"},
                   {"type": "ASSAULT", "trigger": "injured", "date": "2025-03-06",
                    "how": "clause", "sentence": 1}])
    events = merge_annotations([one])
    assert [d for ev in events for d in date_disagreements(ev)] == []
    events = merge_annotations([_injury("a", 38, "38", "Wire", how="clause"),
                                _injury("b", 38, "38", "Courier", date="2025-03-06",
                                        how="clause")])
    assert len([d for ev in events for d in date_disagreements(ev)]) == 1


def test_comment_stamp_examples_of_the_data_file():
    """Every ``comments`` example: a reader's comment stamp is found, a dated sentence that
    is none is not."""
    from dateline.merge.disagree import comment_stamp_at
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["comments"]["examples"]
    assert {found for _, found in examples} == {True, False}
    for sentence, found in examples:
        assert (comment_stamp_at(sentence) >= 0) is found, sentence


def test_a_readers_comment_makes_no_claim():
    """A figure a reader writes under an article ('At 04:58 am ..., reader1 wrote : ... 61
    people were injured') is set against no source's; the same sentence from a source is."""
    def told(aid, before):
        return article(aid, "2025-03-06", [before + INJURED.format(n="61")],
                       [{"type": "ASSAULT", "trigger": "injured", "date": "2025-03-05",
                         "quantities": [0]}],
                       quantities=[{"text": "61", "value": 61, "counts": "people"}])

    def disputes(other):
        events = merge_annotations([_injury("a", 38, "38", "Wire"), other])
        assert len(events) == 1
        return [d for d in disagreements(events) if d.kind == "number"]

    assert disputes(told("b", "At 04:58 am on 6 Mar 2025 , reader1 wrote : ")) == []
    assert len(disputes(told("b", "Officials said : "))) == 1


def test_two_articles_that_each_tell_both_figures_are_no_dispute():
    """Two articles that each say the singer was given four milligrams of one drug and ten
    of another agree on both doses, whatever joined one's four with the other's ten; an
    article that tells only the ten against one that tells only the four is a dispute."""
    from dataclasses import replace

    from dateline.merge.disagree import number_disagreements

    four = "The singer was given four milligrams of a sedative before dawn."
    ten = "The singer was given 10 milligrams of the other drug at 1.30 am."

    def doses(aid, sentences):
        return article(aid, "2025-03-06", sentences,
                       [{"type": "OCCURRENCE", "trigger": "given", "date": "2025-03-01",
                         "quantities": [i], "sentence": i} for i in range(len(sentences))],
                       quantities=[{"text": t, "value": 4 if t.startswith("f") else 10,
                                    "counts": "milligrams", "sentence": i}
                                   for i, s in enumerate(sentences)
                                   for t in ("four milligrams", "10 milligrams") if t in s])

    def disputes(anns):
        events = merge_annotations(anns)
        ev = replace(events[0], mentions=tuple(m for e in events for m in e.mentions))
        return [sorted(c.value for c in d.claims) for d in number_disagreements(ev)]

    assert disputes([doses("a", [four, ten]), doses("b", [ten, four])]) == []
    assert disputes([doses("a", [four]), doses("b", [ten])]) == [
        ["10 milligrams", "four milligrams"]]


def test_allegation_examples_of_the_data_file():
    """Every ``allegation_examples`` row: a verb of denying gainsays an allegation, not an
    act of another kind; a denied act gainsays its own kind."""
    from dateline.merge.disagree import gainsays
    from dateline.merge.lexicon import read_data

    examples = read_data("disagree.json")["denials"]["allegation_examples"]
    assert {x for *_, x in examples} == {True, False}
    for denier, report, sets in examples:
        assert gainsays(denier, report) is sets, (denier, report)


def test_a_verb_of_denying_gainsays_only_an_allegation():
    """'The firm denied that the regulator's pressure forced the cut', linked by its article to 'the
    panel questioned the chief for hours', denies no questioning; linked to 'the union
    accused the firm of bowing to the regulator' it gainsays the accusation."""
    from dataclasses import replace

    def linked(report_type, report_rule, report_sentence, trigger):
        ann = article("a", "2025-03-12", [report_sentence, "The firm denied that the "
                                          "regulator's pressure forced the cut."],
                      [{"id": "e1", "type": report_type, "trigger": trigger,
                        "date": "2025-03-12"},
                       {"id": "e2", "type": "REJECT", "trigger": "denied", "date": "2025-03-12",
                        "sentence": 1, "actor": "firm", "links": [("denies", "e1")]}])
        rules_of = {"e1": report_rule, "e2": "v.reject"}
        return replace(ann, events=tuple(replace(e, rule=rules_of[e.id]) for e in ann.events))

    questioned = linked("INVESTIGATE", "v.investigate",
                        "The panel questioned the chief for hours on Wednesday.", "questioned")
    assert [d for d in disagreements(merge_annotations([questioned]))
            if d.kind == "denial"] == []
    accused = linked("ACCUSE", "v.accuse",
                     "The union accused the firm of bowing to the regulator.", "accused")
    (d,) = [d for d in disagreements(merge_annotations([accused])) if d.kind == "denial"]
    assert [c.value for c in d.claims] == ["asserted", "denied"]


def test_a_weekday_read_in_the_wrong_week_is_no_rival_date():
    """'Tuesday's quake' read as the 11th in one article (a weekday resolved a week off) and
    the 4th in another are not rival dates; '4 March' against '11 March' are."""
    from dateline.merge.disagree import date_disagreements

    def quake(aid, sentence, date):
        return article(aid, "2025-03-12", [sentence],
                       [{"type": "OCCURRENCE", "trigger": "struck", "date": date,
                         "how": "clause"}])

    def dates(a, b):  # one event whatever the merge makes of them
        from dataclasses import replace

        events = merge_annotations([a, b])
        return date_disagreements(
            replace(events[0], mentions=tuple(m for e in events for m in e.mentions)))

    assert dates(quake("a", "The quake struck the Varn valley on Tuesday.", "2025-03-04"),
                 quake("b", "The quake struck the Varn valley on Tuesday.", "2025-03-11")) == []
    assert len(dates(quake("a", "The quake struck the Varn valley on 4 March.", "2025-03-04"),
                     quake("b", "The quake struck the Varn valley on 11 March.",
                           "2025-03-11"))) == 1


def _strength_examples() -> list[list]:
    from dateline.merge.lexicon import read_data

    return read_data("disagree.json")["strength"]["examples"]


@pytest.mark.parametrize("kind, bounds, days, acts, mentions, strong", _strength_examples())
def test_strength_examples(kind, bounds, days, acts, mentions, strong):
    """Each ``disagree.json`` ``strength`` example: strong rows carry only evidence, weak
    ones at least one doubt, both in words."""
    from dateline.merge.disagree import says_denied, strength

    report_type, rule, sentence, trigger = acts or ("", None, None, "")
    level, evidence, doubts = strength(
        kind, bounds=[tuple(b) for b in bounds or ()], days=days, reports=[rule],
        report_type=report_type, denied_in_words=says_denied(sentence, trigger),
        mentions=mentions)
    assert (level == "strong") is strong
    assert bool(doubts) is not strong and all(isinstance(w, str) and w for w in evidence + doubts)


def test_rows_say_how_strong_they_are_and_why():
    """A clash of two close figures of one day's event is strong and says why; with a third
    figure five times the others the row is weak and says which doubt holds."""
    a = _injury("a", 38, "38", "Karsholm Courier")
    b = _injury("b", 45, "45", "Nordic Wire")
    (d,) = disagreements(merge_annotations([a, b]))
    assert d.strength == "strong" and not d.doubts
    assert "two figures of one counted thing" in d.evidence
    assert d.to_dict()["strength"] == "strong" and d.to_dict()["evidence"] == list(d.evidence)
    c = _injury("c", 200, "200", "Harbour Post")
    found = [d for d in disagreements(merge_annotations([a, b, c])) if d.kind == "number"]
    assert found and all(d.strength == "weak" for d in found)
    assert any("times apart" in w for d in found for w in d.doubts)
