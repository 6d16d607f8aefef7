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
