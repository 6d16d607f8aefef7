"""datecheck.stories: an article's date weighed against other articles telling its story,
and bench/bench_corpus_dates.py's rule that an article is never its own witness."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from types import ModuleType

import pytest

from dateline.datecheck import check_text, year_fit_of_text
from dateline.datecheck.stories import (
    StoryIndex,
    backing_reason,
    fold_finding,
    hint_finding,
    hint_reason,
    settings,
    story_terms,
    weighed,
    year_reason,
    year_told,
)

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


def _closest(cfg: dict[str, object]) -> float:
    """The least cosine of year_told's close tiers."""
    return min(float(c) for c, _ in cfg["year_told_close"])  # type: ignore[attr-defined]


@contextmanager
def _without(*tiers: str) -> Iterator[None]:
    """year_told with the named tier lists of rules.json emptied (one tier judged alone)."""
    kept = {k: settings()[k] for k in tiers}
    settings().update(dict.fromkeys(tiers, []))
    try:
        yield
    finally:
        settings().update(kept)


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
    # folded in: the ferry's weak alarm at its true date is cleared by the same week's two
    # tellings; the lone choir note's stays; two witnesses a year off are no fold alone, but
    # as close as these, with nothing in the other two texts fitting the stated date better,
    # they flag those too (stories.year_told)
    verdicts["wire-1"] = ["suspicious"] * 9
    folded = bench.run(docs, verdicts=verdicts)["verdict_with_corpus"]
    assert folded["true"] == round(1 / len(docs), 4)
    assert folded["+1y"] == folded["-1y"] == round(4 / len(docs), 4)
    with _without("year_told_close", "year_told_loose", "year_told_mute"):
        assert bench.run(docs, verdicts=verdicts)["verdict_with_corpus"]["+1y"] == round(
            2 / len(docs), 4)


# Invented: a reservoir sluice opened at a made-up fen, told by five desks in one week,
# among enough unrelated notes that names used by five articles still count as rare.
SLUICE = [
    ("desk-1", date(2033, 9, 12),
     "Engineers at the Corrow Fen reservoir opened the Halvard Gate sluice after 3,842 cubic "
     "metres of water breached the spillway, warden Ilse Marrow said."),
    ("desk-2", date(2033, 9, 13),
     "Ilse Marrow said the Halvard Gate sluice at Corrow Fen stayed open overnight as 3,842 "
     "cubic metres drained toward the lowland farms."),
    ("desk-3", date(2033, 9, 14),
     "Farmers below Corrow Fen moved cattle while the Halvard Gate sluice released 3,842 "
     "cubic metres, according to Ilse Marrow."),
    ("desk-4", date(2033, 9, 15),
     "Inspectors reached the Halvard Gate sluice; Ilse Marrow put the water let out of "
     "Corrow Fen at 3,842 cubic metres."),
]
SLUICE_CHECKED = ("desk-5", date(2033, 9, 13),
                  "Ilse Marrow thanked volunteers who sandbagged the banks at Corrow Fen near "
                  "the Halvard Gate, where 3,842 cubic metres had spilled.")
FILLER = [(f"note-{i}", date(2033, 1, 1) + timedelta(days=i),
           f"The Brackwater{i} choir sang in Elmsgrove{i} hall.") for i in range(300)]


def test_four_tellings_a_year_away_make_a_consistent_date_suspicious() -> None:
    full = StoryIndex([SLUICE_CHECKED, *SLUICE, *FILLER])
    late = date(2034, 9, 13)
    found = fold_finding(full, "desk-5", late)
    assert found is not None and len(found.neighbours) == 4
    assert weighed("consistent", found, full.backing("desk-5", late)) == "suspicious"
    assert weighed("contradicted", found, ()) == "contradicted"  # its own text rules it out
    # three tellings are enough to name (check-dates --stories), not to fold in
    fewer = StoryIndex([SLUICE_CHECKED, *SLUICE[:3], *FILLER])
    assert fewer.check("desk-5", late) is not None
    assert fold_finding(fewer, "desk-5", late) is None
    assert weighed("consistent", fold_finding(fewer, "desk-5", late), ()) == "consistent"


# Invented: four desks name a body at a made-up town in one week, with the town and a
# surname; a year later the checked note names them again.
def _body_tellings(body: str) -> list[tuple[str, date, str]]:
    return [(f"desk-{i}", date(2033, 9, 11 + i),
             f"{lead} {body} at Ostmark, {tail} Quillan said.")
            for i, (lead, tail) in enumerate((
                ("Delegates met", "where"), ("Crowds gathered outside", "as"),
                ("Rain delayed a rally of", "where"), ("Observers watched", "while")), 1)]


@pytest.mark.parametrize(("body", "folds"), [
    ("the Verlan Party", False),  # a party, named every season
    ("the Verlan Composite Index", False),  # an index, named in every day's market report
    ("the Verlan Health Ministry", False),
    ("the Verlan Gate", True),  # a place's works: a story's own name
])
def test_a_standing_bodys_name_is_a_topic_that_folds_no_story(body: str, folds: bool) -> None:
    # rules.json stories.fold_no_standing: the only name of several words four tellings a
    # year away share with the checked note is a standing body's, so they share a topic,
    # not one story; the check that only names them keeps them.
    checked = ("desk-5", date(2033, 9, 13),
               f"Volunteers cheered {body} at Ostmark before Quillan spoke.")
    index = StoryIndex([checked, *_body_tellings(body), *FILLER])
    late = date(2034, 9, 13)
    assert len(index.neighbours("desk-5")) == 4
    assert index.check("desk-5", late, least=4) is not None
    assert (fold_finding(index, "desk-5", late) is not None) is folds


# Invented: a year later the fen, its gate and its warden are in the news again, each named
# once in an unrelated note, none telling the sluice story.
NEXT_SEASON = [
    ("note-a", date(2034, 9, 5), "Ilse Marrow opened the autumn fair with a brass band."),
    ("note-b", date(2034, 9, 10), "The Corrow Fen rowing club elected a new captain."),
    ("note-c", date(2034, 9, 20), "Walkers crossed the Halvard Gate footbridge at dawn."),
]


def test_names_also_told_at_the_stated_time_are_no_witness_of_another() -> None:
    # rules.json stories.fold_elsewhere_only: the story's names are told near the stated
    # date too (a club's, a place's next season), so the tellings a year before it are
    # left with one figure in common, no story; the check that only names them keeps them.
    index = StoryIndex([SLUICE_CHECKED, *SLUICE, *NEXT_SEASON, *FILLER])
    late = date(2034, 9, 13)
    assert {n.key for n in index.neighbours("desk-5")} == {f"desk-{i}" for i in range(1, 5)}
    assert index.check("desk-5", late, least=4) is not None
    assert fold_finding(index, "desk-5", late) is None
    assert weighed("consistent", fold_finding(index, "desk-5", late), ()) == "consistent"
    # two years on nobody names them: the tellings are witnesses again
    later = date(2035, 9, 13)
    found = fold_finding(index, "desk-5", later)
    assert found is not None and len(found.neighbours) == 4
    assert all("#:3842" in n.shared and "N:Halvard Gate" in n.shared for n in found.neighbours)


def test_tellings_the_same_week_clear_a_weak_alarm_only() -> None:
    index = StoryIndex([SLUICE_CHECKED, *SLUICE, *FILLER])
    stated = SLUICE_CHECKED[1]
    backing = index.backing("desk-5", stated)
    assert {n.key for n in backing} == {"desk-1", "desk-2", "desk-3", "desk-4"}
    assert weighed("suspicious", None, backing) == "consistent"
    assert weighed("contradicted", None, backing) == "contradicted"
    why = backing_reason(backing, stated)
    assert "4 other article(s) dated within 3 days of the stated date 2033-09-13" in why
    # a month off, no telling lies within three days: the alarm stands
    month = date(2033, 10, 13)
    assert index.backing("desk-5", month) == ()
    assert weighed("suspicious", fold_finding(index, "desk-5", month), ()) == "suspicious"
    # one same-week telling is enough only when it is as close as 'backing_close_score'
    # (test_one_close_telling_the_same_week_clears_a_weak_alarm)
    lone = StoryIndex([SLUICE_CHECKED, SLUICE[1], *FILLER])
    [teller] = lone.backing("desk-5", stated)
    assert teller.score >= settings()["backing_close_score"]


def test_sharing_names_the_articles_a_new_one_can_change() -> None:
    index = StoryIndex([SLUICE_CHECKED, *SLUICE, *FILLER])
    assert index.sharing(["desk-5"]) == {"desk-1", "desk-2", "desk-3", "desk-4"}
    assert index.sharing(["note-7"]) == set()
    # one rare term in common is enough for the elsewhere-only cut (told_elsewhere_only),
    # from an article dated near the new one only: a fair's visitors counted the week of
    # the sluice story share its figure; the fen's rowing club a year later is no neighbour
    # of it and names nothing near its date
    fair = ("note-z", date(2033, 9, 20), "Some 3,842 visitors came to the harvest fair.")
    index = StoryIndex([SLUICE_CHECKED, *SLUICE, *NEXT_SEASON, fair, *FILLER])
    assert index.sharing(["note-z"]) == set()
    assert index.naming_near(["note-z"]) == {"desk-1", "desk-2", "desk-3", "desk-4", "desk-5"}
    assert index.naming_near(["note-b"]) == set()


def test_same_week_tellings_on_the_edge_of_a_longer_run_do_not_clear_an_alarm() -> None:
    # Two tellings within three days, but six more a month later hold most of the
    # story's weight: the stated date sits on the edge of the story, so the alarm stays.
    later = [(f"later-{i}", date(2033, 10, 12) + timedelta(days=i % 3), text)
             for i, (_, _, text) in enumerate((SLUICE * 2)[:6])]
    more = [(f"more-{i}", date(2033, 2, 1), f"The Tarnwick{i} club met in Sollby{i} square.")
            for i in range(200)]
    index = StoryIndex([SLUICE_CHECKED, *SLUICE[:2], *later, *FILLER, *more])
    assert len([n for n in index.neighbours("desk-5") if n.key.startswith("desk")]) == 2
    assert index.backing("desk-5", SLUICE_CHECKED[1]) == ()
    assert weighed("suspicious", None, index.backing("desk-5", SLUICE_CHECKED[1])) == (
        "suspicious")


def test_a_weak_sign_of_a_year_later_and_tellings_a_year_later_agree() -> None:
    # Two witnesses are too few to fold in alone (four are), but with the article's own
    # weak sign pointing the same way (its weekdays fit a year later) the date is suspicious.
    index = _index()
    early = date(2030, 3, 3)
    assert fold_finding(index, "wire-0", early) is None
    later = hint_finding(index, "wire-0", early, date(2031, 3, 3))
    assert later is not None and later.told_on > early
    assert weighed("consistent", None, (), later) == "suspicious"
    assert "fit a writing date around 2031-03-03" in hint_reason(later, date(2031, 3, 3))
    # a sign the other way, no sign, or tellings the same week: nothing
    assert hint_finding(index, "wire-0", early, date(2029, 3, 3)) is None
    assert hint_finding(index, "wire-0", early, None) is None
    assert hint_finding(index, "wire-0", CHECKED[1], date(2032, 3, 3)) is None
    assert weighed("consistent", None, (), None) == "consistent"



def _diluted_docs(places: int, day: str = "Tuesday") -> list[tuple[str, date, str]]:
    """An invented flood story whose one other telling, a year earlier, shares only the
    warden's name and a rainfall figure, while the checked article also names ``places``
    villages that unrelated articles name: the more villages, the looser the telling. The
    spillways opened on ``day`` (the stated date, 2031-05-06, is a Tuesday; a year before
    it, a Monday)."""
    stems = ("Bram", "Cor", "Dun", "Esk", "Fal", "Gor", "Hask", "Ivel", "Jor", "Kel")
    towns = [a + b for a in stems for b in ("holt", "mere", "wick", "ford", "by")]
    towns = [*towns, *(a + b for a in stems for b in ("ton", "ham", "stead", "worth"))][:places]
    checked = ("flood-0", date(2031, 5, 6),
               f"Engineers opened two spillways on {day}, warden Korvath said, after 2,315 "
               "millimetres of rain. Farmers near " + ", ".join(towns) + " moved cattle uphill.")
    teller = ("flood-1", date(2030, 5, 7),
              "Warden Korvath said the dam held after 2,315 millimetres of rain fell in a week.")
    fairs = [(f"fair-{i}", date(2029, 1, 1) + timedelta(days=i), f"A fair in {w} drew visitors.")
             for i, w in enumerate(towns)]
    return [checked, teller, *fairs]


def _diluted(places: int, day: str = "Tuesday") -> StoryIndex:
    """The index of :func:`_diluted_docs`."""
    return StoryIndex(_diluted_docs(places, day))


def test_a_looser_telling_confirms_a_weak_sign_but_does_not_flag_alone() -> None:
    # A lone far telling needs 'min_weight' of score to be a finding; beside the article's
    # own weak sign on that side, 'hint_min_weight' (less) is enough; below it, nothing.
    # (the sign names a writing date months from the telling: only the side agrees)
    cfg = settings()
    stated, sign = date(2031, 5, 6), date(2030, 9, 20)
    assert (sign - date(2030, 5, 7)).days > cfg["hint_agree_days"]
    loose = _diluted(18)
    [teller] = loose.neighbours("flood-0")
    assert cfg["hint_min_weight"] <= teller.score < cfg["min_weight"]
    assert loose.check("flood-0", stated, least=1) is None
    found = hint_finding(loose, "flood-0", stated, sign)
    assert found is not None and found.told_on == date(2030, 5, 7)
    assert weighed("consistent", None, (), found) == "suspicious"
    looser = _diluted(40)
    [teller] = looser.neighbours("flood-0")
    assert teller.score < cfg["hint_min_weight"]
    assert hint_finding(looser, "flood-0", stated, sign) is None


def test_tellings_the_week_the_text_points_to_agree_with_its_weak_sign() -> None:
    # Invented: a mine's rescue told in one week of 2031, and its owner's earlier trial told
    # in 2029, so no one time holds most of the tellings (no finding alone); the article's
    # own weak sign names a writing date in the 2031 week, and that week's telling agrees.
    checked = ("mine-0", date(2032, 3, 3),
               "Rescuers reached 14 miners at the Harrowgate Pit, foreman Ansel Drury said. "
               "The owner, Corvel Mining, was fined 2,650,000 in the Tarnby Court case.")
    rescue = ("mine-1", date(2031, 3, 2),
              "Foreman Ansel Drury said 14 miners were trapped at the Harrowgate Pit.")
    trial = ("mine-2", date(2029, 7, 1),
             "The Tarnby Court fined Corvel Mining 2,650,000 over the Harrowgate Pit.")
    index = StoryIndex([checked, rescue, trial, *OTHERS])
    stated, sign = date(2032, 3, 3), date(2031, 3, 3)
    assert {n.key for n in index.neighbours("mine-0")} == {"mine-1", "mine-2"}
    assert index.check("mine-0", stated, least=1) is None
    found = hint_finding(index, "mine-0", stated, sign)
    assert found is not None and [n.key for n in found.neighbours] == ["mine-1"]
    assert weighed("consistent", None, (), found) == "suspicious"
    # a sign months from any telling, or a telling near the stated date: nothing
    assert hint_finding(index, "mine-0", stated, date(2031, 6, 3)) is None
    near = ("mine-3", date(2032, 2, 20), "Foreman Ansel Drury said all 14 miners went home.")
    retold = StoryIndex([checked, rescue, trial, near, *OTHERS])
    assert "mine-3" in {n.key for n in retold.neighbours("mine-0")}
    assert hint_finding(retold, "mine-0", stated, sign) is None


def test_tellings_over_the_months_around_the_weak_signs_date_agree_with_it(monkeypatch) -> None:
    # Invented: a manhunt told two months before the date the article's weak sign names and
    # four months after it; neither time holds most of the tellings (no finding at one
    # time) and neither lies within 'hint_agree_days' of the sign, but around it
    # ('hint_around_days') they hold all of the story, and none tells it near the stated date.
    cfg = settings()
    checked = ("hunt-0", date(2032, 1, 22),
               "Tests tied a hair found near the Orlen Vale clinic to Tobin Marsh Keller, an "
               "official said Friday; the search for Keller reached the Calvera border.")
    early = ("hunt-1", date(2030, 11, 20),
             "Tobin Marsh Keller may have crossed the Calvera border, the Orlen Vale Courier "
             "said.")
    later = ("hunt-2", date(2031, 6, 7),
             "Tobin Marsh Keller joined the list of most wanted fugitives; a reward of 650,000 "
             "was posted by the Orlen Vale police.")
    index = StoryIndex([checked, early, later, *OTHERS])
    stated, sign = date(2032, 1, 22), date(2031, 1, 22)
    assert {n.key for n in index.neighbours("hunt-0")} == {"hunt-1", "hunt-2"}
    assert all(abs(n.dct - sign).days > cfg["hint_agree_days"]
               for n in index.neighbours("hunt-0"))
    assert index.check("hunt-0", stated, least=1) is None
    found = hint_finding(index, "hunt-0", stated, sign)
    assert found is not None and {n.key for n in found.neighbours} == {"hunt-1", "hunt-2"}
    assert weighed("consistent", None, (), found) == "suspicious"
    # a telling near the stated date too, or a sign half a year from the tellings: nothing
    near = ("hunt-3", date(2031, 12, 30), "Tobin Marsh Keller was seen near the Orlen Vale "
            "clinic again, the Calvera police said.")
    assert hint_finding(StoryIndex([checked, early, later, near, *OTHERS]), "hunt-0", stated,
                        sign) is None
    assert hint_finding(index, "hunt-0", stated, date(2030, 1, 22)) is None
    monkeypatch.setitem(cfg, "hint_around_days", 0)
    assert hint_finding(index, "hunt-0", stated, sign) is None


def test_one_close_telling_the_same_week_clears_a_weak_alarm() -> None:
    # One other article telling much the same names and figures within days is the same
    # news: it backs the stated date alone; a looser one (a shared name and a figure among
    # many other names) does not.
    cfg = settings()
    index = StoryIndex([CHECKED, FERRY[0], *OTHERS])
    [teller] = index.neighbours("wire-0")
    assert teller.score >= cfg["backing_close_score"]
    backing = index.backing("wire-0", CHECKED[1])
    assert [n.key for n in backing] == ["wire-1"]
    assert weighed("suspicious", None, backing) == "consistent"
    assert index.backing("wire-0", date(2031, 3, 20)) == ()  # told weeks from the stated date
    loose = _diluted(18)
    [teller] = loose.neighbours("flood-0")
    assert teller.score < cfg["backing_close_score"]
    assert loose.backing("flood-0", date(2030, 5, 6)) == ()


# Invented: CHECKED without its weekday, so nothing of its own tells the year.
PLAIN = ("wire-0", date(2031, 3, 3),
         "Divers inspected the hull of the Lodestar Quay off Varensk Point while Odile Branco "
         "weighed how to move its 4,718 tonnes of barley.")


def test_a_close_telling_a_year_from_the_stated_date_flags_a_text_without_objection() -> None:
    # The same news told within a week of the date a year before (or after) the stated one,
    # nothing told near the stated date, and nothing in the text that fits the stated date
    # better: the date is suspicious, the reason says why.
    cfg = settings()
    index = StoryIndex([PLAIN, *FERRY, *OTHERS])
    assert max(n.score for n in index.neighbours("wire-0")) >= _closest(cfg)
    assert year_told(index, "wire-0", PLAIN[1]) is None  # told that week: fine
    late = date(2032, 3, 3)
    found = year_told(index, "wire-0", late)
    assert found is not None and date(2031, 3, 2) <= found.told_on <= date(2031, 3, 4)
    assert weighed("consistent", None, (), found) == "suspicious"
    assert "a year from it" in year_reason(found) and "2032-03-03" in year_reason(found)
    assert year_told(index, "wire-0", date(2030, 3, 3)) is not None  # a year early alike
    # weeks off the year (seven weeks, two years): not this tier's (seven weeks are the
    # mute tier's, for a text that names nothing telling the year, as this one)
    with _without("year_told_mute"):
        assert year_told(index, "wire-0", date(2032, 4, 20)) is None
    assert year_told(index, "wire-0", date(2032, 5, 20)) is None  # over two months
    assert year_told(index, "wire-0", date(2033, 3, 3)) is None


def test_a_year_off_telling_is_nothing_when_the_text_fits_its_stated_date() -> None:
    # A story told again a year later names dates of its own year: a past date five days
    # before the stated one would lie a year ahead at the telling's date.
    own = ("wire-0", date(2032, 3, 3), PLAIN[2] + " The carrier had left Ostmark on "
           "Feb. 26, 2032, with a crew of 19.")
    index = StoryIndex([own, *FERRY, *OTHERS])
    assert index.neighbours("wire-0")
    assert year_told(index, "wire-0", own[1]) is None


def test_a_year_off_telling_needs_a_close_one_and_none_near_the_stated_date() -> None:
    cfg = settings()
    loose = _diluted(30)  # one looser telling a year before the stated date
    [teller] = loose.neighbours("flood-0")
    assert teller.score < _closest(cfg)
    assert year_told(loose, "flood-0", date(2031, 5, 6)) is None
    stated = date(2032, 3, 3)
    assert year_told(StoryIndex([PLAIN, FERRY[0], *OTHERS]), "wire-0", stated) is not None
    near = ("wire-8", date(2032, 3, 1),
            "Odile Branco said the last of the 4,718 tonnes left the Lodestar Quay.")
    index = StoryIndex([PLAIN, FERRY[0], near, *OTHERS])
    assert "wire-8" in {n.key for n in index.neighbours("wire-0")}
    assert year_told(index, "wire-0", stated) is None


def test_a_loose_telling_a_year_off_flags_a_text_that_leans_there_too() -> None:
    # One loose telling a day from the date a year before the stated one, too loose for the
    # close tier; the text's weekday ('on Monday': the stated date is a Tuesday, the date a
    # year before a Monday) fits that date better: two weak signs that agree.
    cfg = settings()
    stated = date(2031, 5, 6)
    leaning = _diluted(30, day="Monday")
    [teller] = leaning.neighbours("flood-0")
    assert teller.score < _closest(cfg)
    found = year_told(leaning, "flood-0", stated)
    assert found is not None and found.told_on == date(2030, 5, 7)
    assert weighed("consistent", None, (), found) == "suspicious"
    # the article's own weak sign pointing the other way (a year later) objects; one
    # pointing the same way does not
    assert year_told(leaning, "flood-0", stated, date(2032, 5, 6)) is None
    assert year_told(leaning, "flood-0", stated, date(2030, 5, 6)) is not None
    # a text that fits its stated date ('on Tuesday'), or names no day at all: nothing
    # (the latter is the mute tier's, below)
    assert year_told(_diluted(30), "flood-0", stated) is None
    plain = _diluted(30, day="at last")
    with _without("year_told_mute"):
        assert year_told(plain, "flood-0", stated) is None
    # a telling farther from the date a year away than the narrowest loose window asks a
    # surer lean than 'on Monday' gives there (the stated date is then a Sunday)
    (narrow, lean), (wide, surer) = cfg["year_told_loose"][0], cfg["year_told_loose"][-1]
    later = stated + timedelta(days=narrow + 2)
    assert year_fit_of_text(leaning.text("flood-0"), later, -365) <= lean
    assert year_told(leaning, "flood-0", later) is None
    assert narrow + 2 <= wide and surer > lean


def test_the_checks_own_fit_is_the_text_test_where_it_read_one() -> None:
    # DateCheck.year_fit (the parse's ratios when it parsed) stands in for the word
    # heuristic's: a text the heuristic finds no lean in ('at last': no day named) leans as
    # the check read it; one the heuristic finds leaning a year before, as the check did not.
    cfg = settings()
    stated = date(2031, 5, 6)
    plain = _diluted(30, day="at last")
    (narrow, lean), (wide, surer) = cfg["year_told_loose"][0], cfg["year_told_loose"][-1]
    found = year_told(plain, "flood-0", stated, fit=(lean + 0.1, 0.0))
    assert found is not None and found.told_on == date(2030, 5, 7)
    leaning = _diluted(30, day="Monday")
    assert year_told(leaning, "flood-0", stated) is not None
    with _without("year_told_mute"):  # (a text with no lean against is that tier's)
        assert year_told(plain, "flood-0", stated, fit=(0.0, lean + 0.1)) is None  # other side
        assert year_told(plain, "flood-0", stated) is None
        assert year_told(plain, "flood-0", stated, fit=(lean, 0.0)) is None  # strictly above
        assert year_told(leaning, "flood-0", stated, fit=(0.0, 0.0)) is None
    # past the narrow window a telling counts only for a surer lean, within the wide one
    # (the loose tiers alone: a text silent the other way is the mute tiers' too)
    later = stated + timedelta(days=narrow + 2)
    with _without("year_told_mute"):
        assert year_told(plain, "flood-0", later, fit=(lean + 0.1, 0.0)) is None
    assert year_told(plain, "flood-0", later, fit=(surer + 0.1, 0.0)) is not None
    assert year_told(plain, "flood-0", stated + timedelta(days=wide + 2),
                     fit=(surer + 5, 0.0)) is None


def test_a_text_that_tells_no_year_is_flagged_by_a_telling_a_year_off_told_there_only() -> None:
    # The mute tiers: a loose telling within days (or, closer, weeks) of the date a year
    # before, a text that says nothing against it (here it names no day at all: its ratios
    # a year before and after both zero), nothing told near the stated date, and the
    # telling's terms named by no article dated near the stated date.
    cfg = settings()
    stated = date(2031, 5, 6)
    plain = _diluted(30, day="at last")
    [teller] = plain.neighbours("flood-0")
    (narrow, _, _), (wide, least, other) = cfg["year_told_mute"]
    calm = cfg["year_told_mute_ratio"]
    assert least <= teller.score < _closest(cfg)
    assert max(abs(year_fit_of_text(plain.text("flood-0"), stated, s)) for s in (365, -365)) <= calm
    with _without("year_told_close", "year_told_loose"):
        found = year_told(plain, "flood-0", stated)
        assert found is not None and found.told_on == date(2030, 5, 7)
        assert weighed("consistent", None, (), found) == "suspicious"
        # weeks from the date a year away, within the wide window; past it, nothing
        assert year_told(plain, "flood-0", stated + timedelta(days=wide - 5)) is not None
        assert year_told(plain, "flood-0", stated + timedelta(days=wide + 5)) is None
        # the wide tier's least cosine (rules.json, 0.2 before session 58): one at 0.18 counts
        closer = _diluted(60, day="at last")
        [teller] = closer.neighbours("flood-0")
        assert least <= teller.score < 0.2
        assert year_told(closer, "flood-0", stated + timedelta(days=wide - 5)) is not None
        # a looser telling counts within the narrow window only
        looser = _diluted(80, day="at last")
        [teller] = looser.neighbours("flood-0")
        assert teller.score < least
        assert year_told(looser, "flood-0", stated + timedelta(days=narrow - 2)) is not None
        assert year_told(looser, "flood-0", stated + timedelta(days=narrow + 2)) is None
        # a text that objects to the date a year before is the other tiers' to weigh
        assert year_told(plain, "flood-0", stated, fit=(-(calm + 0.1), 0.0)) is None
        assert year_told(plain, "flood-0", stated, fit=(-calm, 5.0)) is not None
        # weeks from it, the text must also not lean to the date a year after
        weeks = stated + timedelta(days=wide - 5)
        assert year_told(plain, "flood-0", weeks, fit=(0.0, other)) is not None
        assert year_told(plain, "flood-0", weeks, fit=(0.0, other + 0.1)) is None
        # an objection there is what a text written a year before its stated date shows
        # (the date a year after is two years from its own): no bar on this side
        assert year_told(plain, "flood-0", weeks, fit=(0.0, -(other + 3.0))) is not None
        kept = cfg["year_told_mute_lean_only"]
        try:  # without the lean-only side, an objection bars it as a lean does
            cfg["year_told_mute_lean_only"] = []
            assert year_told(plain, "flood-0", weeks, fit=(0.0, -(other + 0.1))) is None
        finally:
            cfg["year_told_mute_lean_only"] = kept
        # told weeks from the date a year AFTER the stated one, an objection a year before
        # still bars it: at a true date, past weekdays fit a day later, not a day earlier
        # (a next season's fixture), so that objection is a true date's mark
        early = date(2029, 5, 6) - timedelta(days=wide - 5)
        assert 365 not in cfg["year_told_mute_lean_only"]
        assert year_told(plain, "flood-0", early, fit=(0.0, 0.0)) is not None
        assert year_told(plain, "flood-0", early, fit=(-(other + 3.0), 0.0)) is None
        # the article's own weak sign pointing the other way objects
        assert year_told(plain, "flood-0", stated, date(2032, 5, 6)) is None
        # the warden named near the stated date in another story: the telling a year off
        # keeps one figure in common, no story (as stories.fold_elsewhere_only)
        aside = ("note-k", date(2031, 5, 2), "Korvath judged the county ploughing match.")
        named = StoryIndex([*_diluted_docs(30, day="at last"), aside])
        assert [n.key for n in named.neighbours("flood-0")] == ["flood-1"]
        assert year_told(named, "flood-0", stated) is None
    with _without("year_told_mute"):
        assert year_told(plain, "flood-0", stated) is None


def test_a_weak_sign_resting_on_one_weekday_does_not_object_to_a_telling_the_other_way() -> None:
    # 'on Wednesday' (the stated date, 2031-05-06, is a Tuesday): the weekday fits the date a
    # year later (a Thursday, over a 29 February) far better, the date a year before (a
    # Monday) no worse than the stated one. Its weak sign points a year later; the one
    # telling lies a year before. A lone weekday a day or two off cannot tell a year from a
    # slip of days, so it does not outweigh the telling where the text is silent on that
    # side: the mute tiers find it. A sign the text's cues do not back, or no setting, or a
    # text that leans toward the telling's side (the loose tiers' to weigh), still objects.
    cfg = settings()
    stated = date(2031, 5, 6)
    calm = cfg["year_told_mute_ratio"]
    index = _diluted(30, day="Wednesday")
    own = check_text(index.text("flood-0"), stated)
    assert own.hint == date(2032, 5, 6) and own.year_fit is not None
    before, after = own.year_fit
    assert abs(before) <= calm < after
    with _without("year_told_close", "year_told_loose"):
        found = year_told(index, "flood-0", stated, own.hint, own.year_fit)
        assert found is not None and found.told_on == date(2030, 5, 7)
        assert year_told(index, "flood-0", stated, own.hint) is not None  # word heuristic's fit
        # the same sign with the lone-weekday reading switched off, or weekdays not counted
        kept = cfg["year_told_lone_sign"]
        try:
            cfg["year_told_lone_sign"] = None
            assert year_told(index, "flood-0", stated, own.hint, own.year_fit) is None
            cfg["year_told_lone_sign"] = {**kept, "kinds": []}
            assert year_told(index, "flood-0", stated, own.hint, own.year_fit) is None
        finally:
            cfg["year_told_lone_sign"] = kept
        # a text naming no day: a sign pointing a year later rests on nothing it says
        plain = _diluted(30, day="at last")
        assert year_told(plain, "flood-0", stated, date(2032, 5, 6)) is None
        # a ratio toward the telling's side past the bound: the sign objects as before
        assert year_told(index, "flood-0", stated, own.hint, (calm + 0.1, after)) is None
    with _without("year_told_close"):
        assert year_told(index, "flood-0", stated, own.hint, (calm + 0.1, after)) is None


def test_a_closer_telling_outweighs_a_text_that_leans_a_little_against_it() -> None:
    # The close tiers: the same news told a year before, the text's own ratio there a
    # little below zero: the closest tier still finds it; a text that leans firmly against
    # (its own dates of the stated year) does not.
    cfg = settings()
    index = StoryIndex([PLAIN, FERRY[0], *OTHERS])
    stated = date(2032, 3, 3)
    [teller] = index.neighbours("wire-0")
    (loose_score, loose_lean), (close_score, close_lean) = cfg["year_told_close"]
    assert teller.score >= close_score > loose_score and close_lean < loose_lean
    between = (close_lean + loose_lean) / 2
    assert year_told(index, "wire-0", stated, fit=(between, 0.0)) is not None
    assert year_told(index, "wire-0", stated, fit=(close_lean - 0.1, 0.0)) is None


def test_the_check_carries_its_own_fit_a_year_before_and_after() -> None:
    # Without a parse the check's ratios are the word heuristic's, the ones year_told falls
    # back on: the same numbers either way.
    text = _diluted(30, day="Monday").text("flood-0")
    stated = date(2031, 5, 6)
    fit = check_text(text, stated).year_fit
    assert fit is not None and fit[0] > 0.5 > 0 > fit[1]
    assert fit == (round(year_fit_of_text(text, stated, -365), 4),
                   round(year_fit_of_text(text, stated, 365), 4))
    assert check_text(text, None).year_fit is None
