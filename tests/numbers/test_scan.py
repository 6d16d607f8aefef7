"""The numbers stage's case-blind patterns tried only where a match can begin
(dateline.numbers.scan): the same matches as trying every offset."""

from __future__ import annotations

import importlib
import re

from dateline.numbers import designation, scan
from dateline.numbers.lexicon import tables

find_module = importlib.import_module("dateline.numbers.find")  # (the package exports find())

EDGES = [
    "",
    "Some 50 were hurt; ABOUT 40, about\n50%, 3 per cent, AN estimated 40, a Million, "
    "one hundred and twenty, Twenty-one, dozens, Hundreds of thousands.",
    "US$5 and usd5, $ 40, £3bn, €2.5m, 20m, 1,000,000, 1.5bn, .5, #5, 5-6, x50, a50, "
    "(50) [about 40] 'ten' ten% tenth seventeen",
    "ſome 50 and İt was 40; ſtage; the KELVIN K 5",
    "Level 5 and LEVEL five, the Fifth level, the 3rd-stage, Phase III, phase I; alert "
    "to five, Threat  level at 3 ; DEFCON 2; the tier 2 city; category-4 storm",
    "the sea level eight or 12 feet; at this stage two people had died; from phase five "
    "to six; raised its alert level early on Sunday from two to three.",
]


def test_the_aliases_are_every_letter_a_case_blind_pattern_reads_as_ascii() -> None:
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    found = {chr(c) for c in range(0x80, 0x30000) if ascii_letter.fullmatch(chr(c))}
    assert found == set(scan.ALIASES)
    assert scan.lowered("ſome") is None and scan.lowered("Some €5") == "some €5"


def test_the_quantity_scan_finds_what_finditer_finds() -> None:
    t = tables()
    for text in EDGES:
        want = [(m.span(), m.groupdict()) for m in t.pattern.finditer(text)]
        got = [(m.span(), m.groupdict()) for m in find_module._matches(text, t)]
        assert got == want, text
    assert len(list(find_module._matches(EDGES[1], t))) >= 8


def test_the_designation_scans_find_what_finditer_finds() -> None:
    t = designation._table()
    for pat, firsts in ((t.after, t.firsts[0]), (t.before, t.firsts[1]), (t.scale, t.firsts[2])):
        for text in EDGES:
            want = [(m.span(), m.groupdict()) for m in pat.finditer(text)]
            got = [(m.span(), m.groupdict())
                   for m in scan.opened_by(pat, firsts, text, scan.lowered(text))]
            assert got == want, text
    assert len(list(scan.opened_by(t.after, t.firsts[0], EDGES[4],
                                   scan.lowered(EDGES[4])))) >= 5
