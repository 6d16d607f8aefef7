"""The verdict, the plausible range and the estimate, on constructed articles."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dateline.datecheck import check_annotation, check_records, check_text, estimate_dct
from dateline.datecheck.check import evaluate, readings
from dateline.model import Annotation, Article, Reject, Timex


def test_no_dct_is_unknown_but_explicit_dates_still_bound_the_writing_date():
    check = check_text("Talks collapsed on March 3, 2025. A vote will follow in 2026.", None)
    assert check.verdict == "unknown" and check.evidence == ()
    assert check.earliest == date(2025, 3, 3)
    assert check.latest == date(2026, 12, 31)


def test_consistent_article_has_no_evidence():
    text = "The ceasefire took effect on Jan. 19. Talks will resume on March 3, officials said."
    check = check_text(text, date(2025, 2, 10))
    assert check.verdict == "consistent"
    assert check.evidence == ()
    assert check.earliest == date(2025, 1, 19)
    assert check.latest == date(2025, 3, 3)


def test_explicit_past_date_after_dct_contradicts_with_span_and_bound():
    text = "Officials said talks collapsed on March 3, 2025."
    check = check_text(text, date(2024, 2, 6))
    assert check.verdict == "contradicted"
    ev = check.evidence[0]
    assert text[ev.start : ev.end] == ev.text == "March 3, 2025"
    assert "2025-03-03" in ev.reason and "2024-02-06" in ev.reason
    assert check.earliest == date(2025, 3, 3)


def test_one_day_slip_alone_is_not_flagged():
    text = "The Daily Courier wrote in a leader column on Sunday, June 14 that it approved."
    assert check_text(text, date(1998, 6, 13)).verdict == "consistent"


def test_weekday_pair_pins_the_year():
    text = "Israel resumed its strikes on Tuesday, March 18, killing hundreds."
    check = check_text(text, date(2024, 2, 6))
    assert check.verdict == "contradicted"
    assert any("2025" in e.reason for e in check.evidence)
    assert check_text(text, date(2025, 3, 19)).verdict == "consistent"


def test_scheduled_future_in_past_tense_is_no_alarm():
    for text in (
        "The vote was scheduled for March 3.",
        "The court said it would rule on March 3.",
        "The deadline was extended until March 3.",
        "The firm said it plans to redeem the notes on March 3.",
        "The notes, due March 3, 2031, were sold on Monday.",
    ):
        assert check_text(text, date(2024, 2, 6)).verdict == "consistent", text


def test_last_modifier_states_the_direction():
    text = "The clerk was robbed last Nov. 17 outside his store."
    assert check_text(text, date(2003, 11, 2)).verdict == "consistent"


def test_engine_timexes_add_mentions_the_scan_cannot_see():
    # A timex the scan has no cue for ("2025" after "confirmed") still counts via the engine.
    text = "Officials confirmed 2025 was the hottest year."
    tx = Timex("t1", 20, 24, "2025", "DATE", "2025")
    assert evaluate(readings(text), text, date(2024, 6, 1)).check.verdict == "consistent"
    got = evaluate(readings(text, (tx,)), text, date(2024, 6, 1)).check
    assert got.verdict == "contradicted"


def test_estimate_moves_to_the_earliest_plausible_date():
    text = "In its first stage, which ran from Jan. 22 to March 4, hostages were released."
    art = Article(id="a", text=text, dct=date(2024, 2, 6))
    assert estimate_dct(Annotation(article=art)) == date(2024, 3, 4)
    ok = Article(id="b", text=text, dct=date(2024, 3, 5))
    assert estimate_dct(Annotation(article=ok)) == date(2024, 3, 5)
    assert estimate_dct(Annotation(article=Article(id="c", text=text))) is None


def test_the_check_carries_the_estimate_only_for_a_contradicted_date():
    """The stage keeps what `run --reanchor` would re-date to with the verdict, so a store
    can name it without re-reading the article."""
    text = "In its first stage, which ran from Jan. 22 to March 4, hostages were released."
    bad = check_annotation(Annotation(article=Article(id="a", text=text, dct=date(2024, 2, 6))))
    assert bad.verdict == "contradicted" and bad.estimate == date(2024, 3, 4)
    fine = check_annotation(Annotation(article=Article(id="b", text=text, dct=date(2024, 3, 5))))
    assert fine.verdict == "consistent" and fine.estimate is None


def test_estimate_prefers_the_weekday_the_lead_names():
    """Equally consistent dates: the one on the lead's bare weekday (its news day) wins;
    'last Tuesday' names another week and changes nothing."""
    text = ("Fighting resumed early Tuesday. In its first stage, which ran from Jan. 22 "
            "to March 1, hostages were released.")
    art = Article(id="a", text=text, dct=date(2024, 2, 6))
    assert estimate_dct(Annotation(article=art)) == date(2024, 3, 5)  # Tuesday after March 1
    other = text.replace("early Tuesday", "last Tuesday")
    art = Article(id="b", text=other, dct=date(2024, 2, 6))
    assert estimate_dct(Annotation(article=art)) == date(2024, 3, 1)


def test_check_records_passes_over_rejects():
    arts = [
        Article(id="x", text="Talks collapsed on March 3, 2025.", dct=date(2024, 2, 6)),
        Reject(path="p", line=1, reason="bad"),
        Article(id="y", text="Nothing dated here.", dct=None),
    ]
    out = list(check_records(arts, parse=False))
    assert [a.id for a, _ in out] == ["x", "y"]
    assert [c.verdict for _, c in out] == ["contradicted", "unknown"]


@pytest.fixture(scope="module")
def seed(seed_text):
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", seed_text)
    assert m, "seed has a date header"
    return seed_text[m.end() :], date.fromisoformat(m.group(1))


def test_seed_is_contradicted_from_march_1(seed, nlp):
    text, dct = seed
    for doc in (None, nlp(text)):
        check = check_text(text, dct, doc)
        assert check.verdict == "contradicted"
        assert check.earliest == date(2024, 3, 1)
        assert any(e.text == "March 1" for e in check.evidence)


def test_one_day_dateline_slip_is_reported_but_not_flagged():
    text = "NAIROBI, October 14 (Xinhua) -- Kenya's president pledged to find the attackers."
    check = check_text(text, date(1998, 10, 15))
    assert check.verdict == "consistent"
    assert len(check.evidence) == 1 and "1998-10-14" in check.evidence[0].reason
    assert check_text(text, date(1998, 10, 14)).evidence == ()
