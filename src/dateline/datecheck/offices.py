"""Office-holders: a title before a name ties the writing date to the holder's terms.

"President Clinton" is not written before Clinton first took office, nor "former
President Reagan" before Reagan left it (``offices.json``). This is world knowledge,
and the one kind of evidence a whole-year error in the stated date cannot drag along:
every relative date ("last year", "Tuesday") moves with the stated date, a term does not.
A title used before any term is an anachronism. A title used after the last term is
usually history ("President Reagan's 1986 tax law"), so that direction is read only where
the sentence tells the holder as of the writing week (a weekday, 'today', 'this week', or
the holder the subject of a present-tense verb; no year written) within two years of the
term's end and nothing marks the title as past ('then', 'ousted', an act done 'by' the
holder): news calls a holder gone that recently 'former' (``office_no_longer_held``, a
weaker finding). A name several holders share under one title counts for all of them
("President Bush" fits both Bushes). A title with a qualifier that makes it another
office or no claim ("Vice", "Deputy", "a", "the late", "future") is passed over.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateline.datecheck.resources import load_json, rule
from dateline.datecheck.rules import Finding
from dateline.datecheck.tense import sentence_bounds

Term = tuple[date, date | None]


@dataclass(frozen=True, slots=True)
class _Table:
    pattern: re.Pattern[str]
    terms: dict[tuple[str, str], tuple[Term, ...]]  # (title, name) keys from _key


def _key(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s.lower())


def _alternation(words: set[str]) -> str:
    # Longest first, so "George W. Bush" wins over "George Bush"; any run of spaces matches.
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def _table() -> _Table:
    terms: dict[tuple[str, str], list[Term]] = defaultdict(list)
    titles: set[str] = set()
    names: set[str] = set()
    for h in load_json("offices.json")["holders"]:
        spans = [(date.fromisoformat(a), date.fromisoformat(b) if b else None)
                 for a, b in h["terms"]]
        titles.update(h["titles"])
        names.update(h["names"])
        for t in h["titles"]:
            for n in h["names"]:
                terms[(_key(t), _key(n))].extend(spans)
    # No leading \b: a pattern opening with a branch of literals lets the regex engine skip
    # ahead to a title's first letter; _titles checks the \b at each match's start.
    pattern = re.compile(
        rf"(?P<title>{_alternation(titles)})\s+(?P<name>{_alternation(names)})\b"
        r"(?!\s+[IVX]+\b)"  # "Pope Benedict XV" is not Benedict XVI
    )
    return _Table(pattern, {k: tuple(v) for k, v in terms.items()})


# Words before a title that make it another office or no claim about the present holder.
_SKIP = re.compile(
    r"(?:\b(?:vice|deputy|acting|assistant|associate|under|late|a|an|future|would-be)[\s-]+"
    r"|\bsoon-to-be\s+)$",
    re.IGNORECASE,
)
# "former President", "former U.S. President", "ex-Prime Minister"
_FORMER = re.compile(r"\b(?:former|ex-)\s*(?:[A-Z][\w.]*\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _held(text: str) -> tuple[tuple[re.Match[str], tuple[Term, ...], str, bool], ...]:
    """Each title and name of ``text`` that someone held, with the terms, the words before
    it and whether they say 'former'; a title a qualifier makes another office or no claim
    is left out. Found once per text, as no date enters it (``check.estimate`` tries some
    fifty dates on a text it doubts)."""
    table = _table()
    found: list[tuple[re.Match[str], tuple[Term, ...], str, bool]] = []
    for m in _titles(table.pattern, text):
        spans = table.terms.get((_key(m.group("title")), _key(m.group("name"))))
        if not spans:
            continue  # "Prime Minister Clinton": a title this name never held
        before = text[max(0, m.start() - 25) : m.start()]
        if _FORMER.search(before):
            found.append((m, spans, before, True))
        elif not _SKIP.search(before):
            found.append((m, spans, before, False))
    return tuple(found)


def office_findings(text: str, dct: date) -> Iterator[Finding]:
    """A holder named by title before any of their terms began (``office_not_yet_held``),
    as 'former' before any had ended (``office_not_yet_former``), or as of the writing
    week after the last had ended (``office_no_longer_held``)."""
    for m, spans, before, former in _held(text):
        if former:
            ends = [e for _, e in spans if e is not None]
            yield from _too_early("office_not_yet_former", m, min(ends) if ends else None, dct)
        else:
            yield from _too_early("office_not_yet_held", m, min(s for s, _ in spans), dct)
            yield from _too_late(m, spans, text, before, dct)


_WORD_START = re.compile(r"\b")


def _titles(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` that start at a word boundary: those the pattern would
    find with a leading word boundary (a match starting inside a word is dropped and the
    scan resumes one character on, as that pattern's own scan would have gone on)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if _WORD_START.match(text, m.start()):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


@lru_cache(maxsize=1)
def _late_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """rules.json office_no_longer_held: words before a title that make it past ('then',
    'ousted'; or the holder the agent of a past act, 'dismissed by'), the words that
    tell a sentence as of the writing week, and the present-tense verbs whose subject the
    holder is ('President X says', 'President X, who ..., wants')."""
    spec = rule("office_no_longer_held")
    marks = "|".join(re.escape(w) for w in spec["past_markers"])
    past = re.compile(rf"(?:\b(?:{marks})[\s-]+|\b\w+ed\s+by\s+(?:the\s+)?)$", re.IGNORECASE)
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in spec["recent_words"])
    verbs = "|".join(re.escape(w) for w in spec["present_verbs"])
    return (past, re.compile(rf"\b(?:{words})\b"),
            re.compile(rf"(?:,[^,]{{1,40}},)?\s+(?:{verbs})\b"))


_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def _too_late(m: re.Match[str], spans: tuple[Term, ...], text: str, before: str,
              dct: date) -> Iterator[Finding]:
    """A finding when every term under this title ended more than the rule's slack (and
    less than its ``recent_days``) before ``dct`` and the sentence tells the holder as of
    the writing week (a day of it named, or the holder the subject of a present-tense verb)."""
    ends = [e for _, e in spans]
    if any(e is None for e in ends):
        return
    last = max(e for e in ends if e is not None)
    spec = rule("office_no_longer_held")
    gap = (dct - last).days
    if not int(spec["slack_days"]) < gap <= int(spec["recent_days"]):
        return
    past, recent, present = _late_patterns()
    if past.search(before):
        return
    left, right = sentence_bounds(text, m.start(), m.end())
    sentence = text[left:right]
    if _YEAR.search(sentence):
        return
    if not (recent.search(sentence) or present.match(text, m.end(), right)):
        return
    reason = str(spec["reason"]).format(
        title=m.group("title"), name=m.group("name"), date=last.isoformat(), dct=dct.isoformat()
    )
    yield Finding("office_no_longer_held", m.start(), m.end(), m.group(0), reason,
                  float(spec["weight"]), "latest", last)


def _too_early(name: str, m: re.Match[str], when: date | None, dct: date) -> Iterator[Finding]:
    """A finding when ``dct`` is more than the rule's slack before ``when``."""
    spec = rule(name)
    if when is None or dct >= when - timedelta(days=int(spec["slack_days"])):
        return
    reason = str(spec["reason"]).format(
        title=m.group("title"), name=m.group("name"), date=when.isoformat(), dct=dct.isoformat()
    )
    yield Finding(name, m.start(), m.end(), m.group(0), reason, float(spec["weight"]),
                  "earliest", when)
