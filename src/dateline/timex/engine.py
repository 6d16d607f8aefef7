"""Matching (phase one) and resolution (phase two) over one text.

1. :func:`find_candidates`: every rule that may start at a word start (prefix
   index, see :mod:`rules`) is tried there with an anchored ``match``; the work is
   linear in the text because each rule is tried at most once per word start and
   the patterns have no nested unbounded repetition. A rule that ``follows`` others
   (the "5" of "Nov. 4-5") is tried only after their matches, once each.
2. :func:`select`: overlapping candidates are resolved longest first, then by
   rule priority, then by earlier start.
3. :func:`tag_text`: each kept match becomes a :class:`Partial`, then a value.
   Points feed the narrative anchor; "from Jan. 19 to March 1" resolves both
   ends together so the end is never before the start.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from operator import attrgetter, le
from types import SimpleNamespace
from typing import Any, Protocol

from dateline.gcpause import gc_paused
from dateline.model import Timex
from dateline.timex.consumes import untaken as untaken_by
from dateline.timex.lookback import behind_reach
from dateline.timex.partial import Partial, build
from dateline.timex.resolve import BY_QUARTER, Point, resolve, resolve_point
from dateline.timex.rules import PREFIX_LEN, Rule, Ruleset, ascii_openers, fold_key, ruleset
from dateline.timex.tense import TenseIndex, WindowRun, spacy_tense

_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.IGNORECASE)
_RANGE_INTRO = re.compile(r"(?:from|between|since)\s+$", re.IGNORECASE)
_DASHES = ("-", "–", "—")


@dataclass(slots=True)
class Candidate:
    """A rule's match (not frozen: a text of dates makes hundreds of thousands, and a
    frozen dataclass is built field by field through ``object.__setattr__``)."""

    start: int
    end: int
    rule: Rule
    #: the named groups' values, in the order of ``names``: a tuple from ``m.groups()``
    #: (~1.4k instructions against ~5.3k for ``groupdict()``), the dict built only for
    #: a kept match whose phase one is not memoised
    values: tuple[str | None, ...]
    names: tuple[str, ...]

    @property
    def groups(self) -> dict[str, str | None]:
        return dict(zip(self.names, self.values, strict=True))


_new = object.__new__
#: find_candidates builds a Candidate from _new and its fields' stores: any other field,
#: or a __post_init__, would be left out
if Candidate.__slots__ != ("start", "end", "rule", "values", "names") or hasattr(
        Candidate, "__post_init__"):
    raise ImportError("timex.engine.Candidate changed: update find_candidates")

#: How far back a rule's ``not_after`` context is looked for (characters).
_NOT_AFTER_REACH = 40

_RULES_AT: dict[str, tuple[int, ...]] = {}
#: Cleared when it passes this many heads, so a long run's memory stays flat (issue 8).
_RULES_AT_MAX = 4096


def rules_at(rs: Ruleset, head: str) -> tuple[int, ...]:
    """Indexes of the rules that may start with ``head`` (memoised on the raw text:
    the same few thousand word beginnings make up most text)."""
    hit = _RULES_AT.get(head)
    if hit is None:
        key = fold_key(head)
        tried: set[int] = set(rs.anywhere)
        for n in range(1, PREFIX_LEN + 2):
            tried.update(rs.by_prefix.get(key[:n], ()))
        hit = tuple(sorted(tried))
        if len(_RULES_AT) > _RULES_AT_MAX:
            _RULES_AT.clear()
        _RULES_AT[head] = hit
    return hit


def find_candidates(text: str, rs: Ruleset | None = None,
                    defer: list[_Deferred] | None = None) -> list[Candidate]:
    """Every rule match that starts at a word start, and every match of a rule that
    ``follows`` another right after that one's match (tried only there).

    With ``defer``, a match shorter than one found before it at the same start, of a
    rule nothing follows, is put there unchecked instead (see :func:`kept_candidates`):
    'May' inside every 'May 1' of a run of dates; unmatched where that one ends on a
    character the rule cannot take (consumes.untaken: its match would end before)."""
    rs = rs or ruleset()
    plan = _plan(rs)
    rules = plan.rules
    match, pad, names, plain = plan.match, plan.pad, plan.names, plan.plain
    checked, one_cased, followers = plan.checked, plan.one_cased, plan.followers
    lone, untaken = plan.lone, plan.untaken
    after_search = plan.after_search
    # (rule, the characters a not_after search reads) -> found: a run of dates asks at
    # every date about the same characters
    found_after: dict[tuple[int, str], bool] = {}
    # per rule, the last full-length stretch asked about and its answer: compared in
    # place (startswith), a repeat needs no slice, tuple or hash
    last_after: list[tuple[str, bool] | None] = [None] * len(rules)
    memo = _RULES_AT
    # guarded rules not yet asked about, and those this text cannot match (each rule's
    # strings are looked for once, at its first try)
    unasked = dict(rs.guards)
    lacking: set[int] = set()
    lacks = _Lacks(text, rs.guard_odd)
    # per text: the rules tried at a word beginning less those it lacks, so a beginning
    # seen again (a run of dates: every word) needs no test per rule
    here: dict[str, tuple[int, ...]] = {}
    out: list[Candidate] = []
    # the longest candidate so far at top_at (no reset per word start), and its end
    top_at = top_end = -1
    top: Candidate | None = None
    for wm in rs.starts.finditer(" " + text):  # a match at i: a word start at i of text
        pos = wm.start()
        if text[pos].isdigit() and pos >= 2 and text[pos - 1] in ".,:/" and text[pos - 2].isdigit():
            continue  # the "800" of "1,800" or the "5" of "3.5"
        head = text[pos:pos + PREFIX_LEN + 1]
        tried = here.get(head)
        if tried is None:
            tried = memo.get(head)
            if tried is None:
                tried = rules_at(rs, head)
            for i in tried:  # every rule here is asked now: none joins ``lacking`` later
                if i in unasked and lacks(unasked.pop(i)):
                    lacking.add(i)
            if not lacking.isdisjoint(tried):
                tried = tuple(i for i in tried if i not in lacking)
            if head.isascii():  # a rule whose opening cannot begin here: its tail alone
                key = fold_key(head)
                tried = tuple(i + plan.n if plan.tailed[i] and not key.startswith(
                    rules[i].opening) else i for i in tried)
            if len(here) > _RULES_AT_MAX:
                here.clear()
            here[head] = tried
        for i in tried:
            if top_at == pos and defer is not None and (u := untaken[i]) is not None and u[
                    text[top_end - 1]]:
                # its match, if any, ends before the last character of the longer
                # candidate here, which it cannot take: put aside unmatched ('May' of
                # 'May 1'), matched only where that candidate is not kept
                defer.append((len(out), i, pos, None, top))  # type: ignore[arg-type]
                continue
            m = match[i](text, pos)
            if m is None:
                continue
            end = m.end()
            if end <= pos:
                continue
            if top_at == pos and end < top_end and defer is not None and lone[i]:
                defer.append((len(out), i, pos, m, top))  # type: ignore[arg-type]  # set with top_at
                continue
            rule = rules[i]
            vals = pad[i] + m.groups() if plain[i] else tuple(m.groupdict().values())
            if checked[i]:
                at = one_cased[i]
                if at is not None:  # as _groups does
                    if at >= 0:
                        g = vals[at]
                        if g and not g[0].isupper():
                            continue
                    else:  # a not_after too: at is -2 - the cased group's place (-1: none)
                        if at < -1 and (g := vals[-2 - at]) and not g[0].isupper():
                            continue
                        search, reach = after_search[i]  # type: ignore[misc]  # set where at < 0
                        lo = pos - reach
                        prev = last_after[i]
                        if prev is not None and lo > 0 and text.startswith(prev[0], lo, pos):
                            hit: bool | None = prev[1]
                        else:
                            stretch = (i, text[lo if lo > 0 else 0:pos])
                            hit = found_after.get(stretch)
                            if hit is None:
                                if len(found_after) > _RULES_AT_MAX:
                                    found_after.clear()
                                hit = found_after[stretch] = search(
                                    text, max(0, pos - _NOT_AFTER_REACH), pos) is not None
                            if lo > 0:
                                last_after[i] = (stretch[1], hit)
                        if hit:
                            continue
                elif _groups(rule, dict(zip(names[i], vals, strict=True)), text, pos) is None:
                    continue
            # Candidate(pos, end, rule, vals, names[i]) without its __init__'s frame
            c = _new(Candidate)
            c.start = pos
            c.end = end
            c.rule = rule
            c.values = vals
            c.names = names[i]
            out.append(c)
            if top_at != pos or end > top_end:
                top_at, top_end, top = pos, end, c
            fol = followers[i]
            if fol:
                after = text[end:end + 1]
                for follower, gap, first, opens in fol:
                    if first is not None and after not in first:
                        continue
                    g_m = gap.match(text, end)
                    if g_m is None:
                        continue
                    at = g_m.end()
                    # nor the follower where it cannot begin ("May 1-May 2": at "May")
                    if opens is not None and (ch := text[at:at + 1]).isascii() and (
                            ch not in opens):
                        continue
                    _follow(follower, c, at, text, out)
    return out


class _Plan:
    """What find_candidates looks up per match, per rule (looked up once per ruleset, not
    once per match: a text of dates has 300,000 matches a MB): its regex's match, its
    group names and do m.groups() give exactly those (no unnamed group), does _groups
    have anything to check, the place of the one cased group that is all there is to
    check (most checked rules; a cased name that is no group is left to _groups), or
    -2 less that place (-1: none) for a rule with a not_after whose reach before a
    match is known (lookback.behind_reach: the search and the characters it reads
    are in after_search), and
    its (follower, gap, the characters the gap can begin with, the ASCII characters the
    follower can) quadruples (most gaps and followers fail on their first character,
    which needs no call). Index ``n + i`` is rule i run as
    its tail (Rule.tail), its opening's groups padded as unset."""

    def __init__(self, rs: Ruleset) -> None:
        base = rs.rules
        self.n = len(base)
        names = [tuple(r.regex.groupindex) for r in base]
        plain = [tuple(r.regex.groupindex.values()) == tuple(range(1, r.regex.groups + 1))
                 for r in base]
        self.tailed = [r.tail is not None and ok for r, ok in zip(base, plain, strict=True)]
        tails = [r.tail if r.tail is not None and ok else r.regex
                 for r, ok in zip(base, self.tailed, strict=True)]
        # the 40 characters a not_after is searched in and those its look-behinds read
        # before them: all the search reads (a shorter stretch begins the text)
        reach = [None if r.not_after is None or (b := behind_reach(r.not_after)) is None
                 else _NOT_AFTER_REACH + b for r in base]
        place = [-1 if not r.cased else names[k].index(r.cased[0])
                 if len(r.cased) == 1 and r.cased[0] in names[k] else None
                 for k, r in enumerate(base)]
        one_cased = [(None if p is None or p < 0 else p) if r.not_after is None
                     else None if p is None or n is None else -2 - p
                     for r, p, n in zip(base, place, reach, strict=True)]
        after = [None if n is None else (r.not_after.search, n)  # type: ignore[union-attr]
                 for r, n in zip(base, reach, strict=True)]
        followers = [[(base[j], gap, rs.gap_first.get(j), ascii_openers(base[j].pattern))
                      for j in rs.followers.get(r.name, ())
                      if (gap := base[j].gap) is not None] for r in base]
        self.rules = list(base) * 2
        self.match = [r.regex.match for r in base] + [t.match for t in tails]
        self.pad: list[tuple[None, ...]] = [()] * self.n + [
            (None,) * (r.regex.groups - t.groups) for r, t in zip(base, tails, strict=True)]
        self.names = names * 2
        self.plain = plain * 2
        self.checked = [bool(r.cased) or r.not_after is not None for r in base] * 2
        self.one_cased = one_cased * 2
        self.after_search = after * 2
        self.followers = followers * 2
        self.lone = [not f for f in followers] * 2
        # per rule nothing follows: does its match never take a character
        self.untaken = [_Untaken(u) if lone and (u := untaken_by(r)) is not None else None
                        for r, lone in zip([r.regex for r in base] + tails, self.lone,
                                           strict=True)]


class _Untaken(dict[str, bool]):
    """character -> can a rule's match never take it (consumes.untaken, asked once a
    character; emptied past _RULES_AT_MAX entries)."""

    __slots__ = ("_match",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        super().__init__()
        self._match = pattern.match

    def __missing__(self, ch: str) -> bool:
        if len(self) > _RULES_AT_MAX:
            self.clear()
        hit = self[ch] = self._match(ch) is not None
        return hit


_PLANS: dict[int, tuple[Ruleset, _Plan]] = {}


def _plan(rs: Ruleset) -> _Plan:
    """The ruleset's _Plan, kept with the ruleset (so its id is not reused meanwhile)."""
    hit = _PLANS.get(id(rs))
    if hit is None or hit[0] is not rs:
        if len(_PLANS) > 8:
            _PLANS.clear()
        hit = _PLANS[id(rs)] = (rs, _Plan(rs))
    return hit[1]


class _Lacks:
    """Does one text lack all of a guarded rule's required strings (see
    ``Ruleset.guards``)? The text is lower-cased on the first question only."""

    __slots__ = ("_text", "_lower", "_odd")

    def __init__(self, text: str, odd: str) -> None:
        self._text = text
        self._lower: str | None = None
        self._odd = odd

    def __call__(self, strings: frozenset[str]) -> bool:
        if self._lower is None:
            text = self._text
            # a character whose lower case is not the letter it matches would hide a
            # string from the lower-cased copy: such a text lacks nothing
            odd = not text.isascii() and any(c in text for c in self._odd)
            self._lower = "" if odd else text.lower()
        lower = self._lower
        return bool(lower) and not any(w in lower for w in strings)


def _follow(rule: Rule, prev: Candidate, pos: int, text: str, out: list[Candidate]) -> None:
    """A match of ``rule`` at ``pos``, where its ``gap`` led from the end of ``prev`` (a
    match of a rule it follows); the groups ``rule`` leaves unset are taken from ``prev``."""
    m = rule.regex.match(text, pos)
    if m is None or m.end() <= pos:
        return
    groups = m.groupdict()
    for name, v in prev.groups.items():
        if groups.get(name) is None:
            groups[name] = v
    checked = _groups(rule, groups, text, pos)
    if checked is not None:
        out.append(Candidate(pos, m.end(), rule, tuple(checked.values()), tuple(checked)))


def _groups(rule: Rule, groups: dict[str, str | None], text: str,
            pos: int) -> dict[str, str | None] | None:
    """``groups`` of ``rule``'s match at ``pos``, or None where its ``cased`` groups or
    its ``not_after`` context rule the match out."""
    for name in rule.cased:
        g = groups.get(name)
        if g and not g[0].isupper():
            return None
    if rule.not_after is not None and rule.not_after.search(
            text, max(0, pos - _NOT_AFTER_REACH), pos):
        return None
    return groups


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping subset: longest first, then higher priority, then earlier.

    Candidates in text order fall into clusters, each a chain of overlaps with no
    overlap across clusters, so the choice is made cluster by cluster: a candidate
    that overlaps nothing is kept as it is, and only the others are ranked (a text
    of dates makes hundreds of thousands of candidates, most of them alone)."""
    by_start = sorted(cands, key=_start)  # stable: ties keep the candidates' order
    # none overlaps its successor (so, the ends rising, none overlaps any): all kept, with
    # no step per candidate ('May May ...': 250,000 lone candidates a MB); stops at the
    # first overlap
    if all(map(le, map(_end, by_start), islice(map(_start, by_start), 1, None))):
        return by_start
    kept: list[Candidate] = []
    n = len(by_start)
    i = 0
    while i < n:
        c = by_start[i]
        end = c.end
        j = i + 1
        while j < n and by_start[j].start < end:
            e = by_start[j].end
            if e > end:  # not max(): a builtin's call per overlap ('May 1-' has one a date)
                end = e
            j += 1
        if j == i + 1:
            kept.append(c)
        elif j == i + 2:  # two that overlap: the one ranked first (the longer, mostly)
            d = by_start[i + 1]
            longer = (c.end - c.start) - (d.end - d.start)
            kept.append(c if longer > 0 else d if longer < 0 else min(c, d, key=_rank))
        else:
            kept.extend(_select_overlapping(by_start[i:j]))
        i = j
    return kept


_start = attrgetter("start")
_end = attrgetter("end")

#: A match find_candidates put aside: (its place in the candidates, rule index in the
#: _Plan, start, the match or None where not yet matched, the longer candidate at the
#: same start).
_Deferred = tuple[int, int, int, re.Match[str] | None, Candidate]


def kept_candidates(text: str, rs: Ruleset) -> list[Candidate]:
    """``select(find_candidates(text, rs))``, without checking or building the matches
    that a longer candidate at the same start rules out: where that one is kept the
    shorter one (ranked after it, overlapping it) is not, nor does it change anything
    else; where it is not, every match put aside is checked and selection runs again
    over all of them, as without deferring."""
    deferred: list[_Deferred] = []
    cands = find_candidates(text, rs, deferred)
    kept = select(cands)
    # all kept (select keeps a subset): every longer candidate too, with no set of ids
    # ('May 1-May 1-...': 170,000 a MB)
    if deferred and len(kept) != len(cands):
        ids = set(map(id, kept))
        if not all(id(d[4]) in ids for d in deferred):
            kept = select(_with_deferred(text, rs, cands, deferred))
    return kept


def _with_deferred(text: str, rs: Ruleset, cands: list[Candidate],
                   deferred: list[_Deferred]) -> list[Candidate]:
    """The candidates find_candidates finds without deferring: each deferred match
    checked (_groups) and put back in its place."""
    plan = _plan(rs)
    out: list[Candidate] = []
    done = 0
    for at, i, pos, m, _ in deferred:
        out.extend(cands[done:at])
        done = at
        if m is None:  # put aside unmatched: it ends before the longer one if at all
            m = plan.match[i](text, pos)
            if m is None or m.end() <= pos:
                continue
        rule = plan.rules[i]
        vals = plan.pad[i] + m.groups() if plan.plain[i] else tuple(m.groupdict().values())
        names = plan.names[i]
        if _groups(rule, dict(zip(names, vals, strict=True)), text, pos) is not None:
            out.append(Candidate(pos, m.end(), rule, vals, names))
    out.extend(cands[done:])
    return out


def _rank(c: Candidate) -> tuple[int, int, int, int]:
    """Longest first, then higher priority, then earlier, then the rule's order."""
    return (c.start - c.end, -c.rule.priority, c.start, c.rule.order)


def _select_overlapping(cands: list[Candidate]) -> list[Candidate]:
    """:func:`select` for one cluster of overlapping candidates (in text order)."""
    order = sorted(cands, key=_rank)
    lo = cands[0].start
    taken = bytearray(max(c.end for c in cands) - lo)
    kept: list[Candidate] = []
    for c in order:
        if taken.find(1, c.start - lo, c.end - lo) != -1:
            continue
        taken[c.start - lo:c.end - lo] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=_start)
    return kept


_Built = tuple[Partial, str | None, str | None, str | None, str]
_BUILT: dict[tuple[int, tuple[str | None, ...]], _Built] = {}


def _build(c: Candidate) -> _Built:
    """Phase one for a kept match: (Partial, mod, quant, freq, type). The same rule
    with the same groups always gives the same result, so it is memoised on them (not
    on the surface text: a group may come from the context, as the month of 'May 3-5'
    does for '5', or from a lookahead)."""
    key = (c.rule.order, c.values)
    hit = _BUILT.get(key)
    if hit is None:
        rs = ruleset()
        groups = c.groups
        hit = (build(c.rule.type, c.rule.value, groups, rs.tables),
               _attr(c.rule.mod, groups, rs), _attr(c.rule.quant, groups, rs),
               _attr(c.rule.freq, groups, rs), rule_type(c.rule, groups))
        if len(_BUILT) > 100_000:
            _BUILT.clear()
        _BUILT[key] = hit
    return hit


def rule_type(rule: Rule, groups: dict[str, str | None]) -> str:
    for group, typ in rule.type_when:
        if groups.get(group):
            return typ
    return rule.type


def _attr(spec: str | None, groups: dict[str, str | None], rs: Ruleset) -> str | None:
    from dateline.timex.partial import evaluate

    if spec is None:
        return None
    v = evaluate(spec, groups, rs.tables)
    return None if v is None else str(v)


def make_tense(text: str, doc: Any = None) -> Callable[[int, int], str | None]:
    """The tense function the engine uses: spaCy tags when ``doc`` is given."""
    index = TenseIndex(text)  # reads the text's words on first use only
    if doc is None:
        # the bound method: calling an instance looks its __call__ up on every call
        # (a run of dates asks once per timex)
        return index.__call__

    def tense(start: int, end: int) -> str | None:
        # "has been extended until Monday": the parse sees a past verb, but the
        # preposition makes the day a deadline ahead, as the heuristic knows
        if index.deadline(start):
            return "future"
        t = spacy_tense(doc, start, end)
        if t is not None:
            return t
        return index(start, end)

    return tense


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def is_range(text: str, a: _Span, b: _Span) -> bool:
    """Do two expressions, ``a`` before ``b``, make one range ('from Jan. 19 to March 1',
    'March 1-3', 'between May and June')?"""
    if b.start - a.end > 12:
        return False
    sep = text[a.end:b.start]
    if sep in _DASHES:  # what the rest would conclude, in one look-up ('May 1-4')
        return True
    if sep.isspace() or not _RANGE_SEP.fullmatch(sep):  # (spaces alone: no separator)
        return False
    before = text[max(0, a.start - 12):a.start]
    return sep.strip() in _DASHES or bool(_RANGE_INTRO.search(before))


def _sentence_index(doc: Any) -> Callable[[int], int | None]:
    """Offset -> index of the doc sentence holding it (None without a parsed doc)."""
    if doc is None or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return lambda _start: None
    starts = [s.start_char for s in doc.sents]
    return lambda start: max(bisect.bisect_right(starts, start) - 1, 0)


def _resolve_all(text: str, dct: date | None, kept: list[Candidate], partials: list[Partial],
                 tense: Callable[[int, int], str | None]) -> tuple[list[str | None], list[str]]:
    """Phase two over the kept matches in text order: (values, anchors)."""
    values: list[str | None] = [None] * len(kept)
    anchors: list[str] = ["dct" if dct else "none"] * len(kept)
    narrative: Point | None = None
    # the quarter under report: the first quarter the text names that has begun by
    # the DCT (an earnings story states it first); "the quarter", "the year-earlier
    # period", "the 1988 period" count from it, not from a quarter named in passing
    # ("after a flat second quarter")
    reported: Point | None = None
    # end of the last span of months that is no quarter ("the nine months", "the
    # year ended Sept. 30"): "a year earlier" in its sentence compares that span,
    # so it keeps the year, not the quarter the story reports on
    months_end = -1
    narrative_at = -1
    # the last quarter a timex gave, derived ones too ("in the quarter"), and its end:
    # "a year ago" in its sentence compares that quarter
    last_q: Point | None = None
    last_q_at = -1
    # the end of the last "latest quarter" / "latest period" and its quarter
    latest_at = -1
    latest_q: Point | None = None
    # the last day that closes a period ("the six months ended Aug. 12") and its end
    closed: date | None = None
    closed_at = -1
    # does the text hold "end" at all? If not, no day closes a period ("ended") and
    # the search before each day is skipped (a run of dates has 170,000 days a MB)
    ended: bool | None = None
    # a range's end (or start) read in one direction: dataclasses.replace is slow and a
    # list of dates repeats the same few partials, so each is redirected once per text
    # (keyed by the partial's id: hashing a partial walks its 24 fields)
    redirected = _Memo()

    # resolve(p, dct, anchor, tense) and resolve_point of the plain cases, per text: a
    # run of dates repeats a few (partial, anchor, tense) triples. The partial and the
    # anchor point are keyed by their ids (hashing a partial walks its 24 fields; equal
    # points are mostly the same object, out of resolve_point's memo); each entry keeps
    # both objects, so no id is reused by another object while the entry lives
    values_of = _Memo()  # (id p, id anchor, tense) -> value
    # (id p, id narrative: the start, id near) -> (value, point) of a range's end
    ends_of = _Memo()
    points_of = _Memo()  # (id p, base day, id narrative, tense) -> point
    # is_range of the pair (i, i + 1) when both name a month: read as i's range end
    # ahead and again as i + 1's range start behind
    last = len(kept) - 1
    nxt = False
    plain_of = _Memo()  # (id p, tense, id narrative, id reported, prev_range) -> _plain
    # the last look-up in each, by the objects its key holds the ids of: a run of
    # dates asks the same again at every date, which then needs no key, hash or call
    plain_e: tuple[Any, Any] = ((), None)
    plain_p = plain_n = plain_t = plain_r = plain_pr = end_p = end_n = end_near = _NONE
    end_e = plain_e
    known = False  # pt is this timex's point, out of plain_of or ends_of
    pt: Point | None = None
    key: tuple[Any, ...]  # of the memos above
    # the tense index's run of windows, re-read after each call: a run of dates' call
    # one word on inside the stretch known periodic is answered here (a call's frame
    # is most of what such a call costs)
    index = getattr(tense, "__self__", None)
    index = index if isinstance(index, TenseIndex) else None
    run: WindowRun | None = None

    for i, (c, p) in enumerate(zip(kept, partials, strict=True)):
        if p.kind == "duration" and _months_span(p):
            months_end = c.end
        prev_range = nxt
        nxt = False
        if i < last and p.month is not None and partials[i + 1].month is not None:
            b = kept[i + 1]
            if b.start - c.end <= 12:
                # is_range's first two answers without its call (a run of dates asks at
                # every date): a dash alone, or spaces alone
                sep = text[c.end:b.start]
                nxt = sep in _DASHES or (not sep.isspace() and is_range(text, c, b))
        if values[i] is not None:  # already resolved as the start of a range
            continue
        if p.anchor == "narrative" and narrative is not None:
            anchors[i] = "narrative"
        if nxt and p.kind == "point" and p.year is None and partials[i + 1].year is not None:
            # "Jan. 19 to March 1, 2025": the end carries the year for both
            end_pt = resolve_point(partials[i + 1], dct, narrative, None)
            if end_pt is not None:
                values[i + 1] = end_pt.value
                key = (id(p), "past")
                back = (redirected.get(key) or redirected.fill(key, _redirect, p, "past"))[1]
                values[i] = resolve(back, end_pt.day, narrative, None)
                anchors[i] = "range"
                continue
        prev_pt = narrative if prev_range else None
        range_end = (prev_pt is not None and p.kind == "point" and p.year is None
                     and p.rel_unit is None)
        # "same" (a quarter of the anchor's year) also asks: a past one has begun; a
        # range's end goes ahead of its start whatever the tense (no direction of "tense")
        if p.dir in ("tense", "same") and not range_end:
            s, e = c.start, c.end
            if run is not None and (d := s - run.start) == run.step and e - run.end == d and (
                    s <= run.upto):
                # TenseIndex.__call__'s first answer (see WindowRun), with no call (a run
                # of dates)
                run.start, run.end = s, e
                t = run.answer
            else:
                t = tense(s, e)
                run = index.run if index is not None else None
        else:
            t = None
        if range_end and prev_pt is not None:
            # "from Jan. 19 to March 1": the end is the first one not before the start
            # (prev_pt, the start, is the narrative; redirecting p keeps its anchor)
            near = reported if p.anchor == "latest" and reported else narrative
            if p is not end_p or narrative is not end_n or near is not end_near:
                key = (id(p), id(narrative), id(near))
                end_e = ends_of.get(key) or ends_of.fill(
                    key, _range_end, p, narrative, near, redirected)
                end_p, end_n, end_near = p, narrative, near
            values[i], pt, short = end_e[1]
            anchors[i] = "range"
            if short and (ended is False or pt.gran != "D"):
                # the step's tail would only make pt the narrative (no closing day
                # where the text has no "end", or no day at all)
                narrative = pt
                narrative_at = c.end
                continue
            known = True
        elif p.rel_unit is None and p.kind == "point":
            # a plain point (ahead of the branches below: each needs a relative unit):
            # its value and its point in one look-up
            if (p is not plain_p or narrative is not plain_n or t is not plain_t
                    or reported is not plain_r or prev_range is not plain_pr):
                key = (id(p), t, id(narrative), id(reported), prev_range)
                plain_e = plain_of.get(key) or plain_of.fill(
                    key, _plain, p, dct, narrative, reported, prev_range, t)
                plain_p, plain_n, plain_t, plain_r, plain_pr = (
                    p, narrative, t, reported, prev_range)
            values[i], pt, short = plain_e[1]
            if short:  # the step's tail below would only make pt the narrative
                narrative = pt
                narrative_at = c.end
                continue
            known = True
        elif (closed is not None and p.rel_unit == "Y" and p.rel == -1
              and p.anchor in ("dct", "narrative") and _same_sentence(text, closed_at, c.start)):
            # "for the six months ended Aug. 12, net fell to $6 million from $18 million a
            # year earlier": the period's closing day a year back
            values[i] = _year_before(closed)
        elif (p.anchor and p.rel_unit in ("Y", "Q") and months_end >= 0
              and _same_sentence(text, months_end, c.start)):
            # "For the nine months, net rose from $2 million a year earlier" /
            # "compared with year-earlier net" / "with $9 million in the 1988 period":
            # that span a year back, i.e. the year
            near = narrative
            if near is not None and near.gran == "Q":
                # the quarter the span ends in (a year-earlier span keeps only its year)
                ref: date | None = near.day
                near = Point(near.day, "Y", f"{near.day.year:04d}")
            else:
                ref = dct
            if reported is not None:
                ref = reported.day
            if p.rel_unit == "Q" and p.anchor in ("quarter", "period") and p.rel == -4 and (
                    ref is not None):
                values[i] = f"{ref.year - 1:04d}"
            elif p.rel_unit == "Q" and p.year is not None:  # "the 1988 period": its year
                values[i] = f"{p.year:04d}"
            else:
                values[i] = resolve(p, dct, near, t)
        else:
            near = reported if p.anchor in BY_QUARTER and reported else narrative
            # "a year ago" in a sentence naming no quarter compares the quarter under
            # report, not one an earlier sentence named in passing ("After a flat
            # second quarter, ... Costs were lower than a year ago")
            if (p.rel_unit == "Y" and p.anchor in ("dct", "narrative") and reported is not None
                    and near is not None and near.gran == "Q"
                    and not _same_sentence(text, narrative_at, c.start)):
                near = reported
            elif (p.rel_unit == "Y" and p.anchor in ("dct", "narrative") and last_q is not None
                    and (near is None or near.gran != "Q")
                    and _same_sentence(text, last_q_at, c.start)):
                # "loans were $6 million in the quarter compared with $9 million a year
                # ago" after a year named in passing: the quarter a year back
                near = last_q
            if (latest_q is not None and p.rel_unit == "Y" and p.rel == -1 and p.anchor is None
                    and _same_sentence(text, latest_at, c.start)):
                # "a loss in the latest quarter, against a profit last year": the
                # latest quarter's year-back twin
                values[i] = f"{latest_q.day.year - 1:04d}{latest_q.value[4:]}"
            else:
                key = (id(p), id(near), t)
                values[i] = (values_of.get(key)
                             or values_of.fill(key, resolve, p, dct, near, t))[1]
        v = values[i]
        if v is not None and v[5:6] == "Q" and _quarter_value(v):  # (no call for most values)
            last_q = Point(date(int(v[:4]), 3 * int(v[6]) - 2, 1), "Q", v)
            last_q_at = c.end
            if p.anchor == "latest":
                latest_q, latest_at = last_q, c.end
        if known:
            known = False
        elif p.kind == "point":
            base = dct if prev_pt is None else prev_pt.day
            # "the latest quarter" is the quarter under report, as its value says
            near = reported if p.anchor == "latest" and reported else narrative
            key = (id(p), base, id(near), t)
            pt = (points_of.get(key)
                  or points_of.fill(key, resolve_point, p, base, near, t))[1]
        if p.kind == "point":
            if pt is not None and pt.gran == "D":
                if ended is None:  # asked once, at the first day
                    low = text.lower()  # (a case-blind regex search costs more)
                    ended = _CLOSING_STEM in low
                if ended and _CLOSED_BY.search(text, max(c.start - 9, 0), c.start):
                    closed, closed_at = pt.day, c.end
            if (pt is not None and p.anchor in (None, "named", "latest")
                    and (narrative is None or narrative.gran != "Q"  # _closes, no call
                         or not _closes(text, narrative, narrative_at, c.start))):
                # only what the text states feeds the narrative, not derived points
                # ("a year earlier" must not move the anchor for the next one); a day
                # counted from a named one ("the day before last Tuesday") is stated,
                # and so is "the latest quarter" (the quarter under report)
                narrative = pt
                narrative_at = c.end
                if pt.gran == "Q" and dct is not None and pt.day <= dct and (
                        reported is None
                        or (p.year is None and _reports_anew(text, c.end, pt.day, dct))):
                    reported = pt
    return values, anchors


#: Entries of the per-text memos of :func:`_resolve_all` before they are emptied.
_PER_TEXT_MAX = 100_000


class _Memo(dict[Any, tuple[tuple[Any, ...], Any]]):
    """A per-text memo of :func:`_resolve_all`, emptied when it outgrows _PER_TEXT_MAX.
    Each entry is (arguments, answer): it keeps the arguments it was computed from, so
    an object whose id is part of a key is not freed (and its id reused) while the
    entry lives. Read as ``(memo.get(key) or memo.fill(key, fn, *args))[1]``: a hit
    costs one look-up and no call (a run of dates asks three times per timex)."""

    def fill(self, key: Any, fn: Callable[..., Any], *args: Any) -> tuple[tuple[Any, ...], Any]:
        if len(self) > _PER_TEXT_MAX:
            self.clear()
        entry = self[key] = (args, fn(*args))
        return entry


#: Matches no key part of _resolve_all's memos (its "last look-up" before the first).
_NONE: Any = object()


def _plain(p: Partial, dct: date | None, narrative: Point | None, reported: Point | None,
           prev_range: bool, t: str | None) -> tuple[str | None, Point | None, bool]:
    """(value, point, short) of a plain point (no relative unit, no range end):
    everything the loop reads for it is an argument, so one memo entry stands for all.
    ``short``: the rest of the loop's step would only make the point the narrative
    (no quarter value, no day or quarter point, an anchor that feeds the narrative
    and a narrative no quarter), reading nothing of the text (a run of months)."""
    near = reported if p.anchor in BY_QUARTER and reported else narrative
    base = narrative.day if prev_range and narrative is not None else dct
    # the loop's point of a timex: "the latest quarter" is the quarter under report
    near_pt = reported if p.anchor == "latest" and reported else narrative
    v, pt = resolve(p, dct, near, t), resolve_point(p, base, near_pt, t)
    short = (pt is not None and pt.gran not in ("D", "Q") and not _quarter_value(v)
             and p.anchor in (None, "named", "latest")
             and (narrative is None or narrative.gran != "Q"))
    return v, pt, short


def _quarter_value(v: str | None) -> bool:
    """A quarter's value ("1989-Q3"): the loop's last quarter, and no short step."""
    return (v is not None and len(v) == 7 and v[5] == "Q" and v[:4].isdigit()
            and v[6] in "1234" and v[:4] != "0000")


def _range_end(p: Partial, start: Point, near: Point | None,
               redirected: _Memo) -> tuple[str | None, Point | None, bool]:
    """(value, point, short) of a range's end ``p`` read ahead from its ``start`` (the
    narrative), its point as the loop would find it (base: the start's day; no tense):
    all in one memo entry (a run of 'May 1-May 2' ranges asks at every date).
    ``short`` as :func:`_plain`'s, but a day may be short too: the loop still looks
    for a closing word before it where the text has one."""
    key = (id(p), "future")
    p = (redirected.get(key) or redirected.fill(key, _redirect, p, "future"))[1]
    v, pt = resolve(p, start.day, start, None), resolve_point(p, start.day, near, None)
    short = (pt is not None and pt.gran != "Q" and not _quarter_value(v)
             and p.anchor in (None, "named", "latest") and start.gran != "Q")
    return v, pt, short


def _redirect(p: Partial, way: str) -> Partial:
    return replace(p, dir=way)


def _months_span(p: Partial) -> bool:
    """Six, nine or twelve months, or one year: a period compared "a year earlier"."""
    n = p.dur_n
    return (p.dur_unit == "M" and n in (6, 9, 12)) or (p.dur_unit == "Y" and n == 1)


#: the words by which a day closes a period ("the quarter ended Sept. 30")
_CLOSE_WORDS = r"(?:ended|ending)"
_CLOSING = re.compile(rf"\s+{_CLOSE_WORDS}\s+", re.IGNORECASE)


def _closes(text: str, narrative: Point | None, at: int, start: int) -> bool:
    """A day that closes the quarter just named ("the first quarter ended Sept. 30"):
    the quarter stays the narrative, so "a year ago" next compares that quarter."""
    return (narrative is not None and narrative.gran == "Q"
            and _CLOSING.fullmatch(text, at, start) is not None)


def _reports_anew(text: str, end: int, day: date, dct: date) -> bool:
    """"Separately, Arco reported third-quarter profit ...": in a roundup a past quarter
    named as a compound opens the next report and is the quarter under report from
    there; a quarter named as a noun ("after a flat second quarter") or with its year
    ("the 1988 third-quarter charge") is in passing, and one of the DCT's own quarter
    ("fourth-quarter profit will fall") a forecast."""
    return (text[end - 8:end].lower() == "-quarter"
            and day < date(dct.year, dct.month - (dct.month - 1) % 3, 1))


_CLOSED_BY = re.compile(rf"\b{_CLOSE_WORDS}\s+$", re.IGNORECASE)
#: What every match of _CLOSED_BY holds, lower-cased: its letters match no character
#: whose lower case differs (tests/timex/test_year_ago_quarter.py checks it; the "i" of
#: "ending" does: "ı", "İ")
_CLOSING_STEM = "end"


def _year_before(day: date) -> str:
    """The same day a year earlier (Feb. 29 -> Feb. 28; the year 1 has none)."""
    if day.year == 1:
        return day.isoformat()
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day
                       ).isoformat()


_SENTENCE_END = re.compile(r"[.!?][\"'’”]*\s+(?=[\"“A-Z])")


def _same_sentence(text: str, a: int, b: int) -> bool:
    """No sentence end between offsets ``a`` and ``b`` (an abbreviation before a
    capital, "Corp. He", counts as one: the answer errs towards "no")."""
    # b + 1: the capital that makes a sentence end is the one at ``b`` itself
    return b - a < 400 and _SENTENCE_END.search(text, a, b + 1) is None


#: The fields :func:`_timexes` sets, one slot each (checked at import: a slots dataclass's
#: ``__slots__`` are its fields, in order, so this also checks the fields).
_TIMEX_FIELDS = ("tid", "start", "end", "text", "type", "value", "mod", "quant", "freq",
                 "anchor", "rule", "sentence")
if getattr(Timex, "__slots__", ()) != _TIMEX_FIELDS or hasattr(Timex, "__post_init__"):
    raise ImportError("dateline.model.Timex changed (fields, or no plain slots dataclass): "
                      "update timex.engine._timexes")

class _Unfrozen:
    """Timex's slots in its order, without its frozen ``__setattr__``: :func:`_timexes`
    fills one with plain attribute stores, then makes it a Timex (the same layout, so
    the ``__class__`` assignment is allowed; checked at import). A frozen dataclass's
    __init__ goes through object.__setattr__ field by field, and setting each slot
    through its descriptor's ``__set__`` still cost most of a run of dates' output
    (10k of 19k instructions a timex, 250,000 timexes a MB)."""

    __slots__ = _TIMEX_FIELDS
    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    quant: str | None
    freq: str | None
    anchor: str
    rule: str
    sentence: int | None


def _timexes(text: str, kept: list[Candidate], built: list[Any], values: list[str | None],
             anchors: list[str], sentence_of: Callable[[int], int | None] | None,
             ) -> tuple[Timex, ...]:
    """The Timex of each kept match, each the same object as ``Timex(tid, start, ...,
    sentence)`` built three times faster: an _Unfrozen filled by plain attribute stores
    in this loop (no call per timex: a run of dates makes 250,000 a MB), then made a
    Timex."""
    out: list[Timex] = []
    sentences = ([None] * len(kept) if sentence_of is None
                 else [sentence_of(c.start) for c in kept])
    for n, (c, (p, mod, quant, freq, typ), v, anchor, sentence) in enumerate(
            zip(kept, built, values, anchors, sentences, strict=True), start=1):
        t = _new(_Unfrozen)
        t.tid = f"t{n}"
        t.start = start = c.start
        t.end = end = c.end
        t.text = text[start:end]
        t.type = typ
        t.value = v or "XXXX"
        t.mod = mod
        t.quant = quant
        t.freq = freq
        t.anchor = anchor if p.kind == "point" else "none"
        t.rule = c.rule.name
        t.sentence = sentence
        t.__class__ = Timex  # type: ignore[assignment]
        out.append(t)  # type: ignore[arg-type]
    return tuple(out)


def _probe() -> bool:
    """One timex built by :func:`_timexes` equals, and is, the Timex of its fields."""
    c = _new(Candidate)
    c.start, c.end, c.rule = 3, 6, SimpleNamespace(name="date_month")  # type: ignore[assignment]
    p = SimpleNamespace(kind="point")
    t = _timexes("in May", [c], [(p, None, None, "1X", "DATE")], ["XXXX-05"], ["dct"],
                 lambda at: at // 2)
    return t == (Timex("t1", 3, 6, "May", "DATE", "XXXX-05", None, None, "1X", "dct",
                       "date_month", 1),) and type(t[0]) is Timex


if not _probe():
    raise ImportError("timex.engine._timexes no longer builds a Timex: update it")


def tag_text(text: str, dct: date | None, doc: Any = None) -> tuple[Timex, ...]:
    """Both phases over ``text``; see :func:`dateline.timex.tag`. The cycle collector is
    paused meanwhile (:func:`dateline.gcpause.gc_paused`): the candidates, groups and
    timexes form no cycles, yet their number set off collections."""
    with gc_paused():
        return _tag_text(text, dct, doc)


def _tag_text(text: str, dct: date | None, doc: Any) -> tuple[Timex, ...]:
    rs = ruleset()
    kept = kept_candidates(text, rs)
    # _build's memo asked here first: a hit needs no call (a run of dates: every match)
    hit = _BUILT.get
    built = [hit((c.rule.order, c.values)) or _build(c) for c in kept]
    values, anchors = _resolve_all(text, dct, kept, [b[0] for b in built], make_tense(text, doc))
    return _timexes(text, kept, built, values, anchors,
                    _sentence_index(doc) if doc is not None else None)


def partial_of(text: str, timex: Timex) -> Partial | None:
    """The phase-one structure behind a timex (re-matched from its rule)."""
    rs = ruleset()
    for r in rs.rules:
        if r.name == timex.rule:
            if r.follows:  # its groups depend on the match it follows
                found = [c for c in find_candidates(text, rs)
                         if c.rule is r and c.start == timex.start]
                return build(r.type, r.value, found[0].groups, rs.tables) if found else None
            m = r.regex.match(text, timex.start)
            groups = None if m is None else _groups(r, m.groupdict(), text, timex.start)
            if groups is not None:
                return build(r.type, r.value, groups, rs.tables)
    return None
