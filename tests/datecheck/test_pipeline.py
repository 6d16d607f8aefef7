"""The stage inside the real pipeline: apply, estimate and reanchor on the seed article."""

from __future__ import annotations

import re
from datetime import date

import pytest

import dateline
from dateline.datecheck import check_records, reanchor
from dateline.model import Article


@pytest.fixture(scope="module")
def seed_ann(seed_text):
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", seed_text)
    assert m, "seed has a date header"
    return dateline.annotate(seed_text[m.end() :], dct=m.group(1))


def test_pipeline_sets_a_contradicted_verdict_on_the_seed(seed_ann):
    check = seed_ann.datecheck
    assert check is not None and check.verdict == "contradicted"
    assert check.earliest == date(2024, 3, 1)
    text = seed_ann.article.text
    for ev in check.evidence:
        assert text[ev.start : ev.end] == ev.text and ev.reason


def test_reanchor_keeps_both_dates(seed_ann):
    fresh = reanchor(seed_ann)
    assert fresh is not None
    # the earliest plausible date is 2024-03-01 (a Friday); the lead's bare 'early Tuesday'
    # names the news day, so the estimate is the first Tuesday from then on
    assert fresh.article.dct == date(2024, 3, 5)
    assert any("2024-02-06" in w and "2024-03-05" in w for w in fresh.article.warnings)
    assert fresh.datecheck is not None and fresh.datecheck.verdict == "consistent"
    lead = next(t for t in fresh.timexes if t.text == "early Tuesday")
    assert lead.value.startswith("2024-03-05")


def test_reanchor_leaves_consistent_articles_alone(nlp):
    ann = dateline.annotate("Talks resumed on Jan. 19, officials said.", dct="2024-02-06")
    assert ann.datecheck is not None and ann.datecheck.verdict == "consistent"
    assert reanchor(ann) is None


def test_check_records_with_parse(nlp):
    arts = [Article(id="x", text="He said talks collapsed on March 3, 2025.", dct=date(2024, 2, 6))]
    ((art, check),) = list(check_records(arts, nlp=nlp))
    assert art.id == "x" and check.verdict == "contradicted"
