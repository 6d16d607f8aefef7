"""bench/heideltime_rows.py places HeidelTime's TIMEX3 output back on the document's text
(so both taggers are scored by the same TE3 scorer) — without running HeidelTime."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def bench(load_bench: Callable[[str], ModuleType]) -> ModuleType:
    return load_bench("heideltime_rows")


TEXT = "Talks resumed on Monday. By Monday night, 5 & 6 March were set aside."
TML = ('<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
       'Talks resumed on <TIMEX3 tid="t1" type="DATE" value="2024-03-04">Monday</TIMEX3>. '
       'By <TIMEX3 tid="t2" type="TIME" value="2024-03-04TNI">Monday night</TIMEX3>, '
       '<TIMEX3 tid="t3" type="DATE" value="2024-03-05">5 &amp; 6 March</TIMEX3> were set '
       'aside.\n</TimeML>\n')


def test_each_timex_lands_on_its_own_occurrence_in_order(bench):
    got = bench.placed_timexes(TEXT, TML)
    assert [(t.start, t.end, t.type, t.value) for t in got] == [
        (17, 23, "DATE", "2024-03-04"), (28, 40, "TIME", "2024-03-04TNI"),
        (42, 53, "DATE", "2024-03-05")]
    assert all(TEXT[t.start:t.end] == t.text for t in got)


def test_a_timex_not_in_the_text_is_an_error(bench):
    with pytest.raises(ValueError, match="not in the text"):
        bench.placed_timexes("Talks resumed.", TML)


def test_rows_print_one_line_per_system(bench):
    fig = {"strict_f1": 90.0, "relaxed_f1": 95.0, "type_f1": 92.5, "value_f1": 85.25,
           "mod_f1": 91.0}
    lines = bench.format_rows({"HeidelTime 2.2.1": fig, "dateline": fig}).splitlines()
    assert len(lines) == 3 and lines[1].startswith("HeidelTime 2.2.1")
    assert "85.25" in lines[2] and "value" in lines[0]
