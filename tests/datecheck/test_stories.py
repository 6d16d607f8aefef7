"""datecheck.stories: an article's date weighed against other articles telling its story,
and bench/bench_corpus_dates.py's rule that an article is never its own witness."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from types import ModuleType

import pytest

from dateline.datecheck.stories import StoryIndex, story_terms

# Invented: a grain carrier aground off a made-up port, told three ways in one week.
FERRY = [
    ("wire-1", date(2031, 3, 2),
     "The grain carrier Lodestar Quay ran aground near Varensk Point, harbour master Odile "
     "Branco said, with 4,718 tonnes of barley aboard."),
    ("wire-2", date(2031, 3, 4),
     "Tugs failed again to free the Lodestar Quay from the shoal; Odile Branco said the "
     "4,718 tonnes of barley would be pumped into barges."),
]
CHECKED = ("wire-0", date(2031, 3, 3),
           "Divers inspected the hull of the Lodestar Quay off Varensk Point on Monday while "
           "Odile Branco weighed how to move its 4,718 tonnes of barley.")
OTHERS = [
    ("misc-1", date(2031, 3, 1), "A choir from Tallinsk toured the northern valleys."),
    ("misc-2", date(2031, 3, 2), "Orchard growers in Pellham reported an early bloom."),
    ("misc-3", date(2031, 3, 5), "The Quellbrook library reopened after a new roof."),
    ("misc-4", date(2031, 3, 6), "Cyclists rode the coastal route past Dunmere cliffs."),
    ("misc-5", date(2031, 3, 7), "Bakers in Ostry raised bread prices by a few cents."),
]


def _index(*extra: tuple[str, date, str]) -> StoryIndex:
    return StoryIndex([CHECKED, *FERRY, *OTHERS, *extra])


def test_terms_are_names_and_figures_not_years_or_calendar_words() -> None:
    terms = story_terms("On Monday, March 3, 2031, Harbour Master Odile Branco counted "
                        "4,718 tonnes and 7 barges.")
    assert terms["N:Harbour Master Odile Branco"] == 1 and terms["N:Branco"] == 1
    assert terms["#:4718"] == 1
    assert "#:2031" not in terms and "#:7" not in terms  # a year is a date; one digit is noise
    assert not any(t in terms for t in ("N:On", "N:Monday", "N:March"))


def test_the_story_told_a_year_away_flags_the_date_with_its_witnesses() -> None:
    index = _index()
    assert {n.key for n in index.neighbours("wire-0")} == {"wire-1", "wire-2"}
    assert index.check("wire-0", date(2031, 3, 3)) is None  # told in the same week: fine
    found = index.check("wire-0", date(2032, 3, 3))
    assert found is not None
    assert date(2031, 3, 2) <= found.told_on <= date(2031, 3, 4)
    assert "2032-03-03" in found.reason() and "wire-1, wire-2" in found.reason()
    assert "WIRE-1" in found.reason(str.upper)  # witnesses named as the caller names them
    assert index.check("wire-0", date(2031, 4, 2)) is None  # a month off: within reach


def test_an_article_is_never_its_own_witness_nor_is_its_copy() -> None:
    # The checked article reprinted under another key, dated right: no neighbour, and with
    # the retellings gone nothing is left to flag its shifted date.
    copy = ("reprint", date(2031, 3, 3), CHECKED[2] + " More later.")
    index = StoryIndex([CHECKED, copy, *OTHERS])
    assert index.neighbours("wire-0") == []
    assert index.check("wire-0", date(2032, 3, 3)) is None
    assert all(n.key != "reprint" for n in _index(copy).neighbours("wire-0"))


def test_one_shared_place_is_a_topic_not_a_story() -> None:
    lone = ("wire-9", date(2030, 3, 3), "A new lighthouse keeper started work at Varensk "
            "Point, where the fog signal was repaired.")
    index = _index(lone)
    assert index.neighbours("wire-9") == []
    assert index.check("wire-9", date(2032, 3, 3)) is None


def test_a_single_far_witness_is_not_enough() -> None:
    # Only one retelling in the corpus: a story told again a year later, not a misdated one.
    index = StoryIndex([CHECKED, FERRY[1], *OTHERS])
    assert [n.key for n in index.neighbours("wire-0")] == ["wire-2"]
    assert index.check("wire-0", date(2032, 3, 3)) is None


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("bench_corpus_dates")


def test_bench_checks_shifted_copies_against_the_others_only(bench: ModuleType) -> None:
    docs = [CHECKED, *FERRY, *OTHERS]
    res = bench.run(docs)
    rates = res["corpus_evidence"]
    assert rates["true"] == 0 and rates["-30d"] == 0
    # the three ferry articles are each caught a year off by the other two
    assert rates["+1y"] == rates["-1y"] == round(3 / len(docs), 4)
    alone = bench.run([CHECKED, ("reprint", CHECKED[1], CHECKED[2]), *OTHERS])
    assert alone["corpus_evidence"]["+1y"] == 0  # its own copy never betrays the shift
    names = [name for name, _, _ in docs]
    verdicts = {n: ["consistent"] * 9 for n in names}
    verdicts["misc-1"] = ["suspicious"] * 9  # the date check's own alarm, kept in the union
    both = bench.run(docs, verdicts=verdicts)
    assert both["date_check"]["true"] == round(1 / len(docs), 4)
    assert both["date_check_or_corpus"]["+1y"] == round(4 / len(docs), 4)
