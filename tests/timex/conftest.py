"""Shared fixtures of the timex tests."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.timex.candidates import rules_at
from dateline.timex.engine import tag_text
from dateline.timex.rules import PREFIX_LEN, ruleset


@pytest.fixture(scope="session")
def values():
    """``values(text, dct)``: each timex's text -> its value, as the engine tags ``text``."""

    def of(text: str, dct: date) -> dict[str, str | None]:
        return {t.text: t.value for t in tag_text(text, dct)}

    return of


@pytest.fixture(scope="session")
def tried():
    """``tried(head)``: the names of the rules the prefix index tries at a text starting
    with ``head`` (one character past PREFIX_LEN read, as the index keys go)."""

    def names(head: str) -> set[str]:
        rs = ruleset()
        return {rs.rules[i].name for i in rules_at(rs, head[:PREFIX_LEN + 1])}

    return names
