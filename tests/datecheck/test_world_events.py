"""Dated world events (world_events.json): a named event bounds the writing date."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dateline.datecheck import check_and_estimate, check_text, world_events
from dateline.datecheck.check import evaluate, limit_only, limit_rules, readings
from dateline.datecheck.resources import load_json
from dateline.datecheck.world_events import relative_window, trie, world_event_findings

DATA = load_json("world_events.json")
EXAMPLES = DATA["examples"]
_RULES = {"event_not_yet_happened", "event_time_mismatch"}


def _fired(text: str, dct: date, doc: object = None) -> set[str]:
    return {f.rule for f in evaluate(readings(text, (), doc), text, dct).findings} & _RULES


def _rules(text: str, dct: date) -> list[str]:
    return [f.rule for f in world_event_findings(text, dct)]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] + e["dct"] for e in EXAMPLES])
def test_example_without_parse(ex):
    want = {ex["fires"]} if ex["fires"] else set()
    assert _fired(ex["text"], date.fromisoformat(ex["dct"])) == want


@pytest.mark.parametrize("ex", EXAMPLES, ids=[e["text"][:30] + e["dct"] for e in EXAMPLES])
def test_example_with_parse(nlp, ex):
    text = ex["text"]
    want = {ex["fires"]} if ex["fires"] else set()
    assert _fired(text, date.fromisoformat(ex["dct"]), nlp(text)) == want


def test_examples_cover_both_rules_and_silence():
    assert {ex["fires"] for ex in EXAMPLES} == {*_RULES, None}


def test_every_event_and_death_is_dated_in_order_and_named():
    for e in DATA["events"]:
        assert e["names"], e
        first, last = date.fromisoformat(e["day"]), date.fromisoformat(e.get("end", e["day"]))
        assert date(1970, 1, 1) <= first <= last, e
    for d in DATA["deaths"]:
        assert d["names"] and date(1970, 1, 1) <= date.fromisoformat(d["day"]) <= date(2025, 12, 31)


def test_trie_matches_each_word_whole_and_prefers_the_longest():
    words = ["Bali bombing", "Bali bombings", "Bhopal disaster", "Black Monday", "Black Wednesday"]
    pat = re.compile(trie(words))
    for w in words:
        assert pat.fullmatch(w), w
    assert pat.match("Bali bombings were").group(0) == "Bali bombings"
    assert not pat.fullmatch("Black Tuesday")
    assert pat.fullmatch("Bali   bombing")  # any run of spaces


def test_a_foreseen_event_counts_only_when_told_as_past():
    text = "The handover of Hong Kong is planned for July."
    assert _rules(text, date(1996, 5, 1)) == []
    told = "Business has grown since the handover of Hong Kong."
    assert _rules(told, date(1996, 5, 1)) == ["event_not_yet_happened"]


def test_a_year_beside_the_name_makes_it_another_event():
    assert _rules("It recalls the 1918 H1N1 pandemic.", date(2005, 1, 1)) == []
    assert _rules("It recalls the 2009 H1N1 pandemic.", date(2005, 1, 1)) == [
        "event_not_yet_happened"
    ]


def test_a_teaser_line_of_another_story_is_passed_over():
    text = "Oil reached the beaches.\nDamage left by Superstorm Sandy is nearly c... \nMore news."
    assert _rules(text, date(2010, 6, 17)) == []
    assert _rules("Damage left by Superstorm Sandy is nearly cleared.", date(2010, 6, 17))


def test_a_capitalised_word_of_a_name_is_capitalised_in_the_text():
    assert _rules("A desert storm blew sand over the road.", date(1985, 1, 1)) == []
    for text in ("Veterans of Desert Storm marched.", "VETERANS OF DESERT STORM MARCHED."):
        assert _rules(text, date(1985, 1, 1)) == ["event_not_yet_happened"], text


def test_a_feared_event_is_no_evidence_until_told_as_past():
    assert _rules("Leaders fear a second intifada.", date(1996, 10, 1)) == []
    assert _rules("Leaders fear the demise of the Soviet Union.", date(1990, 10, 1)) == []
    assert _rules("Trade in the former Soviet Union grew.", date(1990, 10, 1))


def test_an_acronym_is_matched_as_written():
    assert _rules("A tarp covered the car.", date(2005, 1, 1)) == []
    assert _rules("Banks repaid TARP funds.", date(2005, 1, 1)) == ["event_not_yet_happened"]


def test_a_launch_is_matched_as_written():
    # A product's name may be a common word in lower case: only the name as coined counts.
    shared = "Fans shared the clip on Twitter."
    assert _rules(shared, date(2004, 5, 1)) == ["event_not_yet_happened"]
    assert _rules("Sparrows twitter in the hedge.", date(2004, 5, 1)) == []
    assert _rules(shared, date(2007, 5, 1)) == []


def test_deaths_read_from_the_late_and_sudden_deaths_only():
    assert _rules("A tribute to the late Prime Minister Yitzhak Rabin.", date(1994, 1, 1))
    assert _rules("The late Deng Yingchao was honoured.", date(1990, 1, 1)) == []  # another Deng
    assert _rules("Rabin's assassination shocked Israel.", date(1994, 1, 1))
    assert _rules("The attempted assassination of Rajiv Gandhi failed.", date(1988, 1, 1)) == []
    # Deng was long ill: 'Deng's death' was awaited before it came.
    assert _rules("Investors fear Deng Xiaoping's death.", date(1995, 1, 1)) == []


def test_relative_windows():
    thursday = date(2010, 1, 21)
    assert relative_window("tuesday", thursday) == (date(2010, 1, 18), date(2010, 1, 20))
    assert relative_window("last tuesday", thursday) == (date(2010, 1, 6), thursday)
    assert relative_window("last month", thursday) == (date(2009, 11, 24), date(2010, 1, 7))
    assert relative_window("yesterday", thursday) == (date(2010, 1, 19), thursday)


def test_time_phrase_catches_a_stated_date_too_late():
    # A year too late: the event is not "last week's" any more, though it is past.
    text = "Last week's Northridge earthquake cracked freeways."
    (f,) = world_event_findings(text, date(1995, 1, 25))
    assert (f.rule, f.bound) == ("event_time_mismatch", "latest")
    assert f.bound_date is not None and f.bound_date < date(1994, 2, 3)
    assert not list(world_event_findings(text, date(1994, 1, 25)))


def test_next_years_anniversary_is_no_evidence():
    text = "Next year's fifth anniversary of the Chernobyl disaster will be marked."
    assert _rules(text, date(1990, 4, 26)) == []


def test_a_lasting_event_fits_any_day_of_it():
    # The spill ran from April to mid-July 2010: 'last month's spill' fits a June date.
    text = "Last month's Deepwater Horizon spill closed beaches."
    assert _rules(text, date(2010, 6, 10)) == []


def test_an_event_alone_contradicts_and_its_day_is_a_limit():
    text = "Aid poured in after the Kobe earthquake."
    check = check_text(text, date(1994, 3, 1))
    assert check.verdict == "contradicted" and check.earliest == date(1995, 1, 17)
    out = evaluate(readings(text), text, date(1994, 3, 1))
    assert "event_not_yet_happened" in limit_rules() and limit_only(out) == {date(1995, 1, 17)}
    assert check_and_estimate(text, date(1994, 3, 1))[1] == date(1995, 3, 1)


def test_the_acronym_scan_tests_the_left_edge_after_the_first_letter() -> None:
    """The acronyms' pattern opens with their first letters and tests what precedes a name
    after its first letter (world_events._EDGE_L_AFTER_FIRST): the same matches as the
    edge tested first, at a text's start, after a slash, a hyphen, a letter or a line."""
    names = ["TARP", "eBay", "iPod", "MH370", "9/11", "KAL 007"]
    first = re.compile(world_events._EDGE_L + f"(?:{trie(names)})" + world_events._EDGE_R)
    after = re.compile(
        f"(?:{trie(names, world_events._EDGE_L_AFTER_FIRST)})" + world_events._EDGE_R
    )
    texts = ["TARP funds", "xTARP, /TARP, -TARP, (TARP), eBay-iPod\niPod, MH370s, KAL  007",
             "after 9/11 and 19/11, e9/11, ébay eBay", "TARP", ""]
    for text in texts:
        want = [(m.span(), m.group(0)) for m in first.finditer(text)]
        assert [(m.span(), m.group(0)) for m in after.finditer(text)] == want, text
    assert [m.group(0) for m in after.finditer(texts[1])] == ["TARP", "iPod", "KAL  007"]
