"""A figure a sentence gives only as the earlier value of a change ('up from 45', 'from 45
to 52') is no figure the mention shares (issue #6): a report of 45 and one of 52 must not
look alike for it. Our own sentences."""

from __future__ import annotations

from .helpers import mention


def _figures(sentence: str, trigger: str = "rose") -> frozenset[str]:
    return mention("a", type="OCCURRENCE", trigger=trigger, sentence=sentence).figures


def test_up_from_figure_is_not_shared():
    figs = _figures("The death toll rose to 52 on Tuesday, up from 45 on Monday.")
    assert "52" in figs
    assert "45" not in figs


def test_from_to_figure_is_not_shared():
    figs = _figures("Confirmed cases rose from 1,240 to 1,390 overnight.")
    assert "1390" in figs or "390" in figs
    assert not {"1240", "240"} & figs


def test_figure_also_told_as_new_stays():
    figs = _figures("Arrests rose to 45 in May, down from 60, and 60 more were held in June.")
    assert {"45", "60"} <= figs


def test_figures_without_a_change_stay():
    assert {"45", "52"} <= _figures("Officials said 45 people rose early and 52 stayed.")


def test_old_value_is_no_near_figure():
    from dateline.merge import rules
    from dateline.merge.counts import numbers_near
    from dateline.merge.mention import Number

    ratio = rules().limits["number_near_ratio"]
    tally = mention("a", type="OCCURRENCE", trigger="rose", date="2025-03-05",
                    sentence="Deaths rose to 52 on Tuesday, up from 30 deaths on Monday.",
                    numbers=(Number(52.0, "52", counts="Deaths"),
                             Number(30.0, "30 deaths", counts="deaths")))
    monday = mention("b", type="OCCURRENCE", trigger="deaths", date="2025-03-04",
                     sentence="Officials said 30 deaths were counted.",
                     numbers=(Number(30.0, "30 deaths", counts="deaths"),))
    same = mention("c", type="OCCURRENCE", trigger="deaths", date="2025-03-05",
                   sentence="Officials said 52 deaths were counted.",
                   numbers=(Number(52.0, "52 deaths", counts="deaths"),))
    assert 52 / 30 > ratio  # the new figure is not near Monday's
    assert not numbers_near(tally, monday, ratio)
    assert numbers_near(tally, same, ratio)


def test_a_figure_without_a_value_beside_an_old_value_is_still_compared():
    """'Dozens' has a range and no value: it is no old value, and its sentence's 'up from 5'
    does not stop it meeting another 'dozens' (it once raised on formatting the value)."""
    from dateline.merge import rules
    from dateline.merge.counts import numbers_near
    from dateline.merge.mention import Number

    ratio = rules().limits["number_near_ratio"]
    dozens = Number(None, "Dozens", low=24.0, high=99.0, counts="people")
    tally = mention("a", type="OCCURRENCE", trigger="hurt", date="2025-03-05",
                    sentence="Dozens were hurt on Tuesday, up from 5 on Monday.",
                    numbers=(dozens, Number(5.0, "5", counts="people")))
    other = mention("b", type="OCCURRENCE", trigger="hurt", date="2025-03-05",
                    sentence="Dozens of people were hurt.", numbers=(dozens,))
    five = mention("c", type="OCCURRENCE", trigger="hurt", date="2025-03-04",
                   sentence="Five people were hurt.", numbers=(Number(5.0, "5", counts="people"),))
    assert numbers_near(tally, other, ratio)
    assert not numbers_near(tally, five, ratio)
