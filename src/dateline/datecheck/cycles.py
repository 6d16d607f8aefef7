"""Fixtures held on a fixed cycle, told by a year relative to the writing date.

"next year's World Cup", "this year's Winter Olympics", "the Commonwealth Games next
year": the football World Cup is held every four years (1998, 2002, 2006), so a text
that places the next one in the year after its own was written the year before a World
Cup year; the same text stated a year later places it in a year without one. A year's
shift (or two) moves the relative year off the cycle; a slip of days or months does
not. The fixtures, their names, the years they were or are to be held and the words
that make a name another fixture's ("the Rugby World Cup", "the Youth Olympics") live
in ``cycles.json``; the relative words, their year offsets and the reason in
``rules.json`` ``cycle_year``. Only a writing year no offset of the words can fit is
evidence, and a stated date within ``edge_days`` of New Year is let be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from dateline.datecheck.blind import Words
from dateline.datecheck.resources import load_json, rule
from dateline.datecheck.rules import Bound, Finding
from dateline.datecheck.tense import sentence_bounds

RULE = "cycle_year"


@lru_cache(maxsize=1)
def fixtures() -> list[dict[str, Any]]:
    """cycles.json's fixtures, each with its set of ``held`` years worked out."""
    out = []
    for fx in load_json("cycles.json")["fixtures"]:
        held = {y for a, b, step in fx["runs"] for y in range(a, b + 1, step)}
        held = (held - set(fx.get("skip", ()))) | set(fx.get("extra", ()))
        out.append({**fx, "held": frozenset(held)})
    return out


def _longest(fx: dict[str, Any]) -> list[str]:
    return sorted(fx["names"], key=len, reverse=True)


def _names(fx: dict[str, Any]) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _longest(fx))


_RELATIVE = ("this", "next", "last")


def _relative() -> str:
    """'this year', 'next summer', 'last winter': rules.json's units after a relative word."""
    return rf"(?:{'|'.join(_RELATIVE)})\s+(?:{'|'.join(rule(RULE)['offsets'])})"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], dict[str, Any]]]:
    """Two per fixture: "next year's [two words] NAME" and "NAME [finals] [in Place] next
    year"."""
    rel = rf"(?P<rel>{_relative()})"
    out = []
    for fx in fixtures():
        name = rf"(?P<name>{_names(fx)})"
        before = rf"\b{rel}'s\s+(?:[\w.-]+\s+){{0,2}}?{name}\b"
        place = r"(?:\s+finals?)?(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?"
        after = rf"\b{name}{place}\s+{rel}\b"
        for form in (before, after):
            out.append((re.compile(form, re.IGNORECASE), fx))
    return out


@lru_cache(maxsize=1)
def _gate() -> tuple[Words, Words]:
    """The relative words alone and every fixture's names alone, as the patterns spell them
    (a space any run of white space). Each pattern holds both, so a text lacking either
    matches none: most texts name no fixture, and two quick scans then spare the two
    patterns per fixture."""
    units = rule(RULE)["offsets"]
    rel = Words.of([f"{w} {u}" for w in _RELATIVE for u in units], r"\s+")
    names = Words.of([n for fx in fixtures() for n in _longest(fx)], r"\s+")
    return rel, names


def _near_new_year(dct: date, days: int) -> bool:
    return dct.timetuple().tm_yday <= days or (date(dct.year, 12, 31) - dct).days < days


@lru_cache(maxsize=4)
def _told(text: str) -> tuple[tuple[re.Match[str], dict[str, Any]], ...]:
    """Each fixture ``text`` places by a relative year, no other fixture's word beside it
    (a mention is the first listed fixture's it names): found once per text, as no date
    enters it (``check.estimate`` tries some fifty dates on a text it doubts)."""
    rel, names = _gate()
    if rel.search(text) is None or names.search(text) is None:
        return ()
    found: list[tuple[re.Match[str], dict[str, Any]]] = []
    told: list[tuple[int, int]] = []
    for pat, fx in _patterns():
        for m in pat.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in told):
                continue
            told.append((m.start(), m.end()))
            left, right = sentence_bounds(text, m.start(), m.end())
            if not _other_fixture(text, left, m.start("name"), right, fx):
                found.append((m, fx))
    return tuple(found)


def cycle_findings(text: str, dct: date) -> Iterator[Finding]:
    """A fixture placed by a relative year in a year it is not held, at the stated date."""
    spec = rule(RULE)
    if _near_new_year(dct, int(spec["edge_days"])):
        return
    for m, fx in _told(text):
        word, unit = m.group("rel").lower().split()
        offsets = [int(o) for o in spec["offsets"][unit][word]]
        if dct.year + max(offsets) > max(fx["held"]):
            continue  # past the table's last known year: nothing known to miss
        if any(dct.year + o in fx["held"] for o in offsets):
            continue
        fits = sorted({y - o for y in fx["held"] for o in offsets},
                      key=lambda y: (abs(y - dct.year), y))
        if not fits or abs(fits[0] - dct.year) > int(spec["max_years_off"]):
            continue
        yield _finding(spec, m, text, fits[0], dct)


def _other_fixture(text: str, left: int, name_at: int, right: int, fx: dict[str, Any]) -> bool:
    """Does a word of ``not_with`` (another sport's, another fixture's) stand in the name's
    sentence, or one of ``not_after`` right before the name?"""
    words = set(re.findall(r"[a-z0-9']+", text[left:right].lower()))
    if words & {w.lower() for w in fx.get("not_with", ())}:
        return True
    before = re.findall(r"[A-Za-z0-9']+", text[max(left, name_at - 24):name_at])
    return bool(before) and before[-1].lower() in {w.lower() for w in fx.get("not_after", ())}


def _finding(spec: dict[str, Any], m: re.Match[str], text: str, implied: int,
             dct: date) -> Finding:
    bound: Bound = "earliest" if implied > dct.year else "latest"
    when = date(implied, 1, 1) if implied > dct.year else date(implied, 12, 31)
    reason = str(spec["reason"]).format(name=m.group("name"), rel=m.group("rel"),
                                        implied=implied, dct=dct.isoformat())
    return Finding(RULE, m.start(), m.end(), text[m.start():m.end()], reason,
                   float(spec["weight"]), bound, when)
