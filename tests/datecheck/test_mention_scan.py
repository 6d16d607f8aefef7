"""The mention scan tries its slow patterns only where a match can begin; the matches must be
exactly those of trying every offset (issue #4: speed with identical annotations)."""

from __future__ import annotations

import re
import string

from dateline.datecheck import mentions as M

TEXTS = [
    "The talks resumed on Tuesday, March 18, 2025, and again in mid-2009 and mid- June.",
    "By 1999 the port had closed; in - 2001 it reopened, since\n\n2003 it has grown.",
    "Officials met on 18th of March 2024 and on Wed. the 4 April; the Mayor's 2010 plan.",
    "ſunday, MARCH 4, İn 1999, KEN 2001, in\u00a01999, in--1999, by1999, $1999, early 2000s.",
    "Shares rose 1998 points in May 2020. It may rain. Decemberists played Dec. 1 and tues, jan 5.",
    "during the third quarter of 1989, until  February, through December 2012 and 2012-13.",
    "",
    "1999",
    "In 2009 First-Half results, 2008 third quarter sales, the 1990-91 and 2004/05 seasons "
    "(not 1990-92), x2009-10, class of ’89, the '76 budget, since '05's rise, 12/25/2008.",
    "On 2025-03-18, a5/6/2001, 1/2/19999 and 1999-12-31x; the ſecond half, THIRD QUARTER "
    "of 2001, the fourth-quarter 2002 and 4th quarter; in fiscal '99.",
]


def test_fold_table_is_what_ignorecase_matches() -> None:
    # every character a case-blind ASCII letter matches is folded to that letter
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for x in string.ascii_lowercase:
        same = set(re.compile(x, re.IGNORECASE).findall(chars))
        assert {c.translate(M._FOLD) for c in same} == {x}
        assert {c for c in same if c.translate(M._FOLD) == x} == same


def test_scan_finds_what_finditer_finds() -> None:
    for text in TEXTS:
        want = [[(m.span(), m.groupdict()) for m in p.finditer(text)] for p in M._patterns()]
        got = [[(m.span(), m.groupdict()) for m in it] for it in M._finditers(text)]
        assert got == want, text
    assert [m.text for m in M.parse(TEXTS[0])] == ["Tuesday, March 18, 2025", "2009", "June"]


def _year_forms_at_every_offset(text: str, base: int) -> list[tuple[int, int, int]]:
    out = []
    for m in M._YEAR_PAIR.finditer(text):
        first = int(m.group("year"))
        if (first + 1) % 100 == int(m.group("next")):
            out.append((base + m.start(), base + m.end(), first + 1))
    for m in M._YEAR_SHORT.finditer(text):
        yy = int(m.group("yy"))
        at = m.start() + m.group().index(m.group("yy")) - 1
        out.append((base + at, base + m.end(), 1900 + yy if yy >= 30 else 2000 + yy))
    return out


def test_year_forms_scan_finds_what_finditer_finds() -> None:
    """Two-year spans are tried only at a number, apostrophe years only in a text with an
    apostrophe before two digits: the same spans as trying every offset."""
    for text in TEXTS:
        for base in (0, 7):
            got = [(m.start, m.end, m.year) for m in M._year_forms(text, base)]
            assert got == _year_forms_at_every_offset(text, base), text
    found = {m.text for m in M._year_forms(TEXTS[-2], 0)}
    assert found == {"1990-91", "2004/05", "\u201989", "'76"}


def test_a_timex_text_is_scanned_once_and_placed_at_each_offset() -> None:
    """from_timexes reads each DATE timex alone; the same words recur across articles, so
    their scan is kept and only moved to each timex's offset: the same mentions as
    parsing each span in place."""
    from dateline.model import Timex

    text = "On Tuesday, March 18 the board met; by Tuesday, March 18 it had voted."
    spans = [(3, 20), (39, 56)]
    timexes = tuple(Timex(f"t{k}", s, e, text[s:e], "DATE", "X") for k, (s, e) in enumerate(spans))
    M._parsed_alone.cache_clear()
    got = M.from_timexes(text, timexes)
    want = tuple(m for s, e in spans for m in M.parse(text[s:e], base=s))
    assert got == want and [m.text for m in got] == ["Tuesday, March 18"] * 2
    assert M._parsed_alone.cache_info().hits == 1
