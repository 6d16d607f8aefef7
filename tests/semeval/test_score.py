"""The SemEval-2015 TimeLine scorer on small synthetic timelines whose figures are
worked out by hand (mentions are made-up ids, no article text)."""

from __future__ import annotations

import pytest

from dateline.semeval import Line, format_timeline, micro, parse_timeline, score

GOLD = [Line(1, "2010-01-01", ("1-2-opened",)), Line(2, "2010-02-01", ("1-4-sold",)),
        Line(3, "2010-03-01", ("2-1-closed",))]


def test_gold_against_itself_is_perfect() -> None:
    c = score(GOLD, GOLD)
    # 3 event-date links + 2 BEFORE links, none entailed by the ones before
    assert (c.prec_matched, c.system_total, c.rec_matched, c.gold_total) == (5, 5, 5, 5)
    assert c.f1 == 1.0


def test_empty_system_scores_zero() -> None:
    c = score(GOLD, [])
    assert (c.system_total, c.gold_total) == (0, 5)
    assert c.precision == c.recall == c.f1 == 0.0


def test_shuffled_timeline() -> None:
    # first and last swapped (with their dates): only 'sold' on its date survives;
    # the system's two BEFORE links contradict the gold order
    system = [Line(1, "2010-01-01", ("2-1-closed",)), Line(2, "2010-02-01", ("1-4-sold",)),
              Line(3, "2010-03-01", ("1-2-opened",))]
    c = score(GOLD, system)
    assert (c.prec_matched, c.system_total, c.rec_matched, c.gold_total) == (1, 5, 1, 5)
    assert c.f1 == pytest.approx(0.2)


def test_skipping_an_event_keeps_the_order_by_closure() -> None:
    system = [Line(1, "2010-01-01", ("1-2-opened",)), Line(2, "2010-03-01", ("2-1-closed",))]
    c = score(GOLD, system)
    # opened<closed is entailed by the gold chain: precision 3/3; recall 2 of 5
    assert (c.prec_matched, c.system_total, c.rec_matched, c.gold_total) == (3, 3, 2, 5)


def test_rank_zero_lines_are_ignored() -> None:
    extra = [*GOLD, Line(0, "XXXX-XX-XX", ("3-3-said",))]
    assert score(GOLD, extra) == score(GOLD, GOLD)
    assert score(extra, GOLD) == score(GOLD, GOLD)


def test_simultaneous_lines_and_wrong_order_within_a_date() -> None:
    gold = [Line(1, "2010", ("1-1-a",)), Line(1, "2010", ("1-2-b",))]
    # gold: a=t, b=t; a SIMULTANEOUS b is entailed, so reduced away
    assert score(gold, gold).gold_total == 2
    system = [Line(1, "2010", ("1-1-a",)), Line(2, "2010", ("1-2-b",))]
    c = score(gold, system)
    # a<b contradicts a=t=b in the system's own graph: kept, unmatched
    assert (c.prec_matched, c.system_total, c.rec_matched, c.gold_total) == (2, 3, 2, 2)
    assert c.f1 == pytest.approx(0.8)


def test_coreferent_mentions_on_one_line() -> None:
    gold = [Line(1, "2010-06-07", ("4-2-unveiled", "5-3-introduced"))]
    system = [Line(1, "2010-06-07", ("4-2-unveiled",)), Line(1, "2010-06-07", ("5-3-introduced",))]
    assert score(gold, system).f1 == 1.0


def test_a_wrong_date_string_is_a_node_of_its_own() -> None:
    system = [Line(1, "2010-01", ("1-2-opened",)), Line(2, "2010-02-01", ("1-4-sold",)),
              Line(3, "2010-03-01", ("2-1-closed",))]
    c = score(GOLD, system)
    # opened=2010-01 is unknown to the gold; the rest holds
    assert (c.prec_matched, c.system_total, c.rec_matched, c.gold_total) == (4, 5, 4, 5)


def test_extra_copies_of_a_mention_are_new_nodes() -> None:
    system = [*GOLD, Line(4, "2010-04-01", ("1-2-opened",))]
    c = score(GOLD, system)
    # the second 'opened' is no gold node: its date link and closed<opened' unmatched
    assert (c.prec_matched, c.system_total) == (5, 7)
    assert c.rec_matched == 5


def test_natural_order_of_lines() -> None:
    # rank 10 after rank 9 (not as text): the chain runs 9 -> 10
    gold = [Line(10, "2011", ("1-1-b",)), Line(9, "2010", ("1-1-a",))]
    system = [Line(1, "2010", ("1-1-a",)), Line(2, "2011", ("1-1-b",))]
    assert score(gold, system).f1 == 1.0


def test_micro_average_sums_counts() -> None:
    a, b = score(GOLD, GOLD), score(GOLD, [])
    m = micro([a, b])
    assert (m.prec_matched, m.system_total, m.rec_matched, m.gold_total) == (5, 5, 5, 10)
    assert m.precision == 1.0 and m.recall == 0.5


def test_format_roundtrip() -> None:
    text = format_timeline("Acme Corp", GOLD)
    assert text.splitlines()[0] == "Acme Corp"
    assert parse_timeline(text) == ("Acme Corp", GOLD)


def test_day_value() -> None:
    from datetime import date

    from dateline.model import EventTime
    from dateline.semeval import day_value

    dct = date(2024, 3, 5)
    assert day_value(EventTime("2024-03-04", "t1", "clause"), dct) == "2024-03-04"
    assert day_value(EventTime("2024-03-04T10:00", "t1", "clause"), dct) == "2024-03-04"
    assert day_value(EventTime("PRESENT_REF", "t1", "clause"), dct) == "2024-03-05"
    assert day_value(EventTime("2024-W10", "t1", "clause"), dct) is None
    assert day_value(EventTime("2024-03-05", None, "dct-future"), dct) is None
    assert day_value(EventTime("2024-03-05", None, "dct-past"), dct) == "2024-03-05"
    assert day_value(EventTime("2024-03-05", None, "dct-past"), dct, past_on_dct=False) is None
    assert day_value(EventTime(None, None, "none"), dct) is None


def test_rank_lines_orders_dates_coarse_first() -> None:
    from dateline.semeval import rank_lines

    lines = rank_lines([("a-1-x", "2006-03-28"), ("a-2-y", None), ("b-1-z", "2006"),
                        ("b-2-w", "2006-03-28"), ("c-1-v", "2005-12")])
    assert [(ln.rank, ln.date, ln.mentions[0]) for ln in lines] == [
        (0, "XXXX-XX-XX", "a-2-y"), (1, "2005-12", "c-1-v"), (2, "2006", "b-1-z"),
        (3, "2006-03-28", "a-1-x"), (3, "2006-03-28", "b-2-w")]
