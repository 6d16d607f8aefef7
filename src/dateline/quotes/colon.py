"""Headline and lead-in attributions: "Graham: Trump's rhetoric is destroying the party".

A line that opens with a short name (a person, organisation or place mention
found by the entity stage or spaCy) followed by a colon attributes the rest of
the line to that name; the colon is the cue. When the rest is a direct quote the
quote finder uses the name as its speaker; otherwise it is an indirect claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from dateline.model import Quote
from dateline.quotes.context import Context
from dateline.quotes.syntax import trim

# A lead opens its line, or follows a dashed heading on it ("POLLS NOT WRONG - Mark
# Blumenthal: “...”", the live-blog style).
_LINE = re.compile(
    r"(?m)^[ \t]*(?:[^\n:]*?[ \t](?:-+|\u2013|\u2014)[ \t]*)?"
    r"(?P<src>[^\n:]{2,60}?)[ \t]*:[ \t\u00a0]+(?P<body>\S[^\n]*)$"
)
_MAX_WORDS = 8
_HEADLINE_WORDS = 4
_OPENERS = "\"\u201c"
_MIN_CLAIM_WORDS = 3


def _lines(text: str) -> Iterator[re.Match[str]]:
    """``_LINE.finditer(text)``, tried at each line's start only (the text's start and each
    offset after a newline, where its ``^`` can match; a match never leaves its line): the
    same matches, without the engine trying every offset of the text."""
    start = 0
    while True:
        m = _LINE.match(text, start)
        if m is not None:
            yield m
        newline = text.find("\n", start)
        if newline < 0:
            return
        start = newline + 1


@dataclass(frozen=True)
class Lead:
    source: tuple[int, int]
    cue: tuple[int, int]
    speaker: str
    body: tuple[int, int]


def leads(ctx: Context) -> list[Lead]:
    """Every "Name: ..." line whose name part holds a speaker-capable mention."""
    out = []
    hosts: set[str] = set()  # surnames of transcript speakers seen so far
    for m in _lines(ctx.text):
        s0, s1 = m.span("src")
        if len(m.group("src").split()) > _MAX_WORDS or ctx.in_quote(s0):
            continue
        names = ctx.mentions.inside(s0, s1)
        if not names and not (
            _headline_lead(ctx, m.start(), s1, m.group("src"))
            or _transcript_name(m.group("src"), hosts)
        ):
            continue
        if _clause(ctx, s0, s1):
            continue
        body = trim(ctx.text, *m.span("body"), keep_quotes=True)
        if body[0] >= body[1]:
            continue
        colon = ctx.text.index(":", s1)
        speaker = ctx.mentions.fullest(names[-1]) if names else ctx.text[s0:s1]
        out.append(Lead((s0, s1), (colon, colon + 1), speaker, body))
    return out


def _clause(ctx: Context, start: int, end: int) -> bool:
    """A lead-in with a verb the lexicon does not list is a sentence that ends in a colon
    ("Halvorsen does only slightly better: ...", "Small shops are winning fans for several
    reasons: ..."), not a name; "Mr. Graham added:" and "As Foner put it:" stay leads."""
    lo, hi = ctx.token_index(start), ctx.token_index(end - 1)
    for tok in ctx.doc[lo : hi + 1]:
        if tok.pos_ in ("VERB", "AUX") and ctx.lex.cue(ctx.lex.lemma(tok)) is None:
            return True
    return False


def _transcript_name(src: str, hosts: set[str]) -> bool:
    """An upper-case speaker label of a transcript: a full name ("JAKE TAPPER:"), or
    later the surname alone ("TAPPER:") once the full name led a line. One word in
    capitals is a label ("BOOM:", "BYLINE:"), short words a slogan ("FIX IS IN:")."""
    words = src.split()
    if not src.isupper() or not all(w.isalpha() for w in words):
        return False
    if len(words) == 1:
        return words[0] in hosts
    if len(words) > 3 or any(len(w) < 3 for w in words):
        return False
    hosts.add(words[-1])
    return True


def _headline_lead(ctx: Context, start: int, end: int, src: str) -> bool:
    """A short, capitalised lead-in on the text's first line that ends in a noun:
    not a shouted label ("BOOM:", "BYLINE:") nor a participle or interjection
    ("Breaking:", "Revealed:", "Wow:")."""
    words = src.split()
    if ctx.text[:start].strip() or len(words) > _HEADLINE_WORDS or src.isupper():
        return False
    if not all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return False
    last = ctx.doc[ctx.token_index(end - 1)]
    return last.pos_ in ("PROPN", "NOUN") and not last.lower_.endswith(("ed", "ing"))


def quote_leads(found: list[Lead]) -> dict[int, Lead]:
    """Leads whose body opens with a quotation mark, keyed by where that mark is."""
    return {ld.body[0]: ld for ld in found}


def claims(ctx: Context, found: list[Lead]) -> list[Quote]:
    """Indirect claims for leads whose body is not a direct quote."""
    out = []
    for ld in found:
        if ctx.text[ld.body[0]] in _OPENERS or ctx.text.startswith("''", ld.body[0]):
            continue
        body = ctx.text[ld.body[0] : ld.body[1]]
        if len(body.split()) < _MIN_CLAIM_WORDS or not any(ch.isalpha() for ch in body):
            continue  # a tally ("Clinton: 2,316") or a label ("Carson: A miracle"), no claim
        out.append(ctx.make_quote(ld.body, "indirect", ld.cue, ld.source, ld.speaker))
    return out
