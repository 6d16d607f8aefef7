"""A date before coordinated event nouns dates them all, and an act in a relative clause on
an event noun takes that noun's date (issue #6: 'killed' in such a clause fell back to the
article's date, and the merge kept it apart from reports dated by the noun's day)."""

from __future__ import annotations

import dateline


def _times(text: str, dct: str = "2024-06-20") -> list[tuple[str, str | None, str]]:
    ann = dateline.annotate(f"date {dct}\n{text}")
    return [(e.trigger, e.time.value, e.time.how) for e in ann.events]


def test_a_date_before_two_coordinated_nouns_dates_both_and_their_relative_clause():
    """'a May 3 pipeline rupture and plant fire that killed seven staff': the parser hangs
    the date on 'rupture' (no event noun) and the clause on 'fire'; the fire and the deaths
    are May 3's, not the article's June date."""
    got = {t: (v, how) for t, v, how in _times(
        "It was caused by a May 3 pipeline rupture and plant fire that killed 7 staff.")}
    assert got["fire"] == ("2024-05-03", "clause"), got
    assert got["killed"] == ("2024-05-03", "clause"), got


def test_a_noun_the_parser_split_from_its_compound_keeps_the_date():
    """'an April 14 well blowout': the parser makes 'well' the object and leaves 'blowout'
    a bare dependent, so the date seemed to name the well; the blowout, the explosion
    coordinated with it and the deaths in their relative clause are April 14's."""
    got = {t: (v, how) for t, v, how in _times(
        "The spill was triggered by an April 14 well blowout and barge explosion that killed 5 "
        "sailors.")}
    for trigger in ("blowout", "explosion", "killed"):
        assert got[trigger] == ("2024-04-14", "clause"), (trigger, got)


def test_a_date_after_the_first_noun_dates_only_that_noun():
    """'the mine collapse on March 4 and a tunnel fire': the date is the collapse's own."""
    got = {t: v for t, v, _ in _times(
        "Shares fell after the mine collapse on March 4 and a tunnel fire that killed nine "
        "miners.")}
    assert got["collapse"] == "2024-03-04", got
    assert got["fire"] != "2024-03-04", got


def test_a_date_before_a_name_and_an_event_noun_is_still_a_name():
    """'the 1967 borders and settlements dispute': 'settlements' is no occurrence, so 1967
    still only names the borders and dates nothing else of the sentence."""
    got = {t: v for t, v, _ in _times(
        "Talks resumed after the 1967 borders and settlements dispute.")}
    assert got["Talks"] == "2024-06-20", got


def test_an_act_in_a_relative_clause_takes_its_nouns_date_from_an_earlier_mention():
    """'the explosion that injured the staff' later in the article: 'the explosion' takes the
    May 3 date of the earlier mention, and the injuries in its relative clause take it too
    (they were the paragraph's or the article's date before)."""
    text = ("A May 3 plant explosion injured seven staff.\n\n"
            "The company says the explosion that injured the staff was caused by a gas leak.")
    ann = dateline.annotate(f"date 2024-06-20\n{text}")
    second = text.index("The company")
    late = {e.trigger: e.time for e in ann.events if e.start > second + len("date 2024-06-20\n")}
    assert (late["explosion"].value, late["explosion"].how) == ("2024-05-03", "antecedent")
    assert (late["injured"].value, late["injured"].how) == ("2024-05-03", "antecedent")


def test_an_act_with_a_date_of_its_own_keeps_it():
    """'the explosion, which injured seven more staff on May 9': the clause's own date."""
    text = ("A May 3 plant explosion injured seven staff.\n\n"
            "A second explosion, which injured two guards on May 9, followed.")
    ann = dateline.annotate(f"date 2024-06-20\n{text}")
    injured = sorted((e for e in ann.events if e.trigger == "injured"), key=lambda e: e.start)
    assert injured[-1].time.value == "2024-05-09", injured[-1].time


def test_each_date_before_coordinated_names_keeps_to_its_own():
    """'the 1978 Harwick and 1994 Tolmere spills': the spills' own nearer date is 1994; the
    date of the first conjunct is not shared over it."""
    got = {t: v for t, v, _ in _times(
        "Unlike the 1978 Harwick and 1994 Tolmere spills, this one reached the shore.")}
    assert got["spills"] == "1994", got


def test_a_date_after_a_later_conjunct_is_not_the_first_ones_phrase():
    """'A tanker spill and a tarred beach in 1978 led to new rules in the 1980s': 1978 hangs
    on 'beach', the second conjunct (no event); it is no date of the spill's phrase to keep
    from the clause, which it dates, nor does 'beach' name it."""
    got = {t: v for t, v, _ in _times(
        "A tanker spill and a tarred beach in 1978 led to new safety rules in the 1980s.")}
    assert got["spill"] == "1978", got
