"""A report filter's date, as the timeline report and the disagreements page read it."""

from datetime import date, datetime

import pytest

from dateline.errors import UsageError
from dateline.report.filters import filter_date


def test_a_date_an_iso_string_or_nothing():
    assert filter_date(None, "since") is None
    assert filter_date("", "since") is None
    assert filter_date(date(2025, 3, 2), "since") == date(2025, 3, 2)
    assert filter_date(datetime(2025, 3, 2, 9, 30), "until") == datetime(2025, 3, 2, 9, 30)
    assert filter_date("2025-03-02", "until") == date(2025, 3, 2)


def test_anything_else_is_a_usage_error_naming_the_filter():
    with pytest.raises(UsageError, match=r"since: '2 March' is not a date \(YYYY-MM-DD\)"):
        filter_date("2 March", "since")
    with pytest.raises(UsageError, match=r"until: 1741 is not a date"):
        filter_date(1741, "until")
