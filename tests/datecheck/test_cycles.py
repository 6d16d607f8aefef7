"""Fixtures held on a fixed cycle, placed by a relative year (datecheck.cycles)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.datecheck.cycles import cycle_findings, fixtures


def _held(name: str) -> frozenset[int]:
    return next(fx["held"] for fx in fixtures() if name in fx["names"])


def test_held_years_follow_the_runs_the_gaps_and_the_games_put_off():
    summer, winter = _held("Summer Olympics"), _held("Winter Olympics")
    assert {1996, 2000, 2021} <= summer and not {1940, 2020, 2022} & summer
    assert {1992, 1994, 1998} <= winter and 1996 not in winter
    assert 2006 in _held("World Cup") and not {1942, 1946, 2007} & _held("World Cup")
    assert _held("Olympics") == summer | winter


TEXT = "Ticket sales for next year's Summer Olympics opened in Caldern on Monday."


@pytest.mark.parametrize(
    ("stated", "implied"),
    [(date(1999, 5, 3), None), (date(2000, 5, 3), 1999), (date(2002, 5, 3), 2003)],
)
def test_a_relative_year_off_the_cycle_points_to_the_nearest_year_on_it(stated, implied):
    got = list(cycle_findings(TEXT, stated))
    if implied is None:
        assert got == []
        return
    [f] = got  # one mention, the first listed fixture's ('Summer Olympics')
    assert f.rule == "cycle_year" and f.text.endswith("Summer Olympics")
    assert f.bound_date == (date(implied, 12, 31) if implied < stated.year
                            else date(implied, 1, 1))


def test_near_new_year_and_past_the_tables_end_nothing_is_told():
    # 'next year' written on 28 December may already mean the year about to start
    assert list(cycle_findings(TEXT, date(2000, 12, 28))) == []
    # no table says whether a Games is held in 2100
    assert list(cycle_findings(TEXT, date(2099, 5, 3))) == []


def test_another_fixture_or_a_qualifying_round_is_no_cue():
    for text in ("The Rugby World Cup next year will be played in Terrow.",
                 "The Dunmere side lost its last qualifier before next year's World Cup.",
                 "Next year's World Cup slalom opens the season at Verbin."):
        assert list(cycle_findings(text, date(2006, 6, 1))) == [], text



@pytest.mark.parametrize(
    ("text", "matched", "scanned"),
    [
        (TEXT, True, True),
        ("The Winter Olympics in Marrow next winter will need more snow.", True, True),
        ("Organisers of the Asian Games this summer at Pellin said costs rose.", True, True),
        # both, apart: the scans pass, no pattern matches
        ("Crowds for the Olympics were thin; next year the town hosts a fair.", False, True),
        ("Next year the region plans a new stadium.", False, False),  # no fixture
        ("The World Cup drew record crowds to Terrow.", False, False),  # no relative year
    ],
)
def test_the_quick_scans_pass_every_text_a_fixture_pattern_matches(text, matched, scanned):
    # cycle_findings returns at once unless both scans find something: each pattern holds
    # a relative year and a fixture name, so no text it matches may fail either scan
    from dateline.datecheck.cycles import _gate, _patterns

    rel, names = _gate()
    assert any(p.search(text) for p, _ in _patterns()) == matched
    assert bool(rel.search(text) and names.search(text)) == scanned
