"""Matching (phase one): the candidates of one text and the ones kept.

1. :func:`find_candidates`: every rule that may start at a word start (prefix
   index, see :mod:`rules`) is tried there with an anchored ``match``; the work is
   linear in the text because each rule is tried at most once per word start and
   the patterns have no nested unbounded repetition. A rule that ``follows`` others
   (the "5" of "Nov. 4-5") is tried only after their matches, once each.
2. :func:`select`: overlapping candidates are resolved longest first, then by
   rule priority, then by earlier start.
3. :func:`build_match`: each kept match becomes a :class:`Partial` (memoised); resolution
   (phase two) is :mod:`.engine`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice
from operator import attrgetter, le

from dateline.model import Timex
from dateline.timex.consumes import untaken as untaken_by
from dateline.timex.lookback import behind_reach
from dateline.timex.partial import Partial, build
from dateline.timex.periodic import PERIOD_MAX, Periods
from dateline.timex.rules import PREFIX_LEN, Rule, Ruleset, ascii_openers, fold_key, ruleset


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
    raise ImportError("timex.candidates.Candidate changed: update find_candidates")

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
    scan = _Scan(text, rs or ruleset(), defer)
    resume = 0
    while resume >= 0:
        resume = scan.run(resume)
    return scan.out


class _Scan:
    """:func:`find_candidates` over one text: what it found and put aside so far, the
    longest candidate at the last start (kept across runs: a run ends where a repeat is
    proved and the copies made, and the next goes on after them) and the per-text helpers."""

    __slots__ = ("text", "padded", "rs", "plan", "defer", "dl", "out", "starts", "not_after",
                 "top_at", "top_end", "top")

    def __init__(self, text: str, rs: Ruleset, defer: list[_Deferred] | None) -> None:
        self.text, self.padded, self.rs, self.plan = text, " " + text, rs, _plan(rs)
        self.defer = defer
        self.dl: list[_Deferred] = defer if defer is not None else []
        self.out: list[Candidate] = []
        self.starts = _WordStarts(text, self.padded, rs, self.plan)
        self.not_after = _NotAfter(self.plan)
        # the longest candidate so far at top_at (no reset per word start), and its end
        self.top_at = self.top_end = -1
        self.top: Candidate | None = None

    def run(self, resume: int) -> int:
        """Every word start from ``resume`` tried; the offset to scan on from after the
        copies of a proved repeat, or -1 at the text's end. One loop reading locals: it
        runs per rule tried at every word start."""
        text, out, defer, dl, starts = self.text, self.out, self.defer, self.dl, self.starts
        plan = self.plan
        rules, match, pad, names, plain = plan.rules, plan.match, plan.pad, plan.names, plan.plain
        checked, followers, lone, untaken = plan.checked, plan.followers, plan.lone, plan.untaken
        here = starts.here
        top_at, top_end, top = self.top_at, self.top_end, self.top
        for wm in self.rs.starts.finditer(self.padded, resume):  # a word start of text at i
            pos = wm.start()
            if text[pos].isdigit() and pos >= 2 and text[pos - 1] in ".,:/" and (
                    text[pos - 2].isdigit()):
                continue  # the "800" of "1,800" or the "5" of "3.5"
            head = text[pos:pos + PREFIX_LEN + 1]
            tried = here.get(head)
            if tried is None:
                tried = starts.tried(head)
            out_lo = len(out)
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
                vals = pad[i] + m.groups() if plain[i] else tuple(m.groupdict().values())
                if checked[i] and self._ruled_out(i, vals, pos):
                    continue
                # Candidate(pos, end, rule, vals, names[i]) without its __init__'s frame
                c = _new(Candidate)
                c.start = pos
                c.end = end
                c.rule = rules[i]
                c.values = vals
                c.names = names[i]
                out.append(c)
                if top_at != pos or end > top_end:
                    top_at, top_end, top = pos, end, c
                if followers[i]:
                    _follow_all(followers[i], c, text, out)
            if len(out) != out_lo and (resume := starts.copied(head, pos, out, dl, out_lo)) >= 0:
                self.top_at, self.top_end, self.top = top_at, top_end, top
                return resume
        self.top_at, self.top_end, self.top = top_at, top_end, top
        return -1

    def _ruled_out(self, i: int, vals: tuple[str | None, ...], pos: int) -> bool:
        """A checked rule's match ruled out by its case or its ``not_after`` context: the
        one cased group's first letter, or the memoised not_after search, where the plan
        knows them (most checked rules), else :func:`_groups` in full."""
        at = self.plan.one_cased[i]
        if at is None:
            return _groups(self.plan.rules[i], dict(zip(self.plan.names[i], vals, strict=True)),
                           self.text, pos) is None
        if at >= 0:  # as _groups does
            return bool((g := vals[at]) and not g[0].isupper())
        # a not_after too: at is -2 - the cased group's place (-1: none)
        return bool(at < -1 and (g := vals[-2 - at]) and not g[0].isupper() or (
            self.not_after.found(self.text, i, pos)))


class _WordStarts:
    """Per text, per word beginning: the rules tried there and its last start that found
    something (to prove a repeat from)."""

    __slots__ = ("here", "_seen", "_text", "_padded", "_rs", "_plan", "_unasked",
                 "_lacking", "_lacks")

    def __init__(self, text: str, padded: str, rs: Ruleset, plan: _Plan) -> None:
        self.here: dict[str, tuple[int, ...]] = {}
        # that start and the lengths of the candidates and the deferred matches there
        self._seen: dict[str, tuple[int, int, int]] = {}
        self._text, self._padded, self._rs, self._plan = text, padded, rs, plan
        # guarded rules not yet asked about, and those this text cannot match (each
        # rule's strings are looked for once, at its first try)
        self._unasked = dict(rs.guards)
        self._lacking: set[int] = set()
        self._lacks = _Lacks(text, rs.guard_odd)

    def tried(self, head: str) -> tuple[int, ...]:
        """The rules tried at a beginning (:func:`rules_at`) less those the text lacks,
        each as its tail where its opening cannot begin there; kept in ``here``, so a
        beginning seen again (a run of dates: every word) needs no test per rule."""
        tried = rules_at(self._rs, head)
        unasked, lacking = self._unasked, self._lacking
        for i in tried:  # every rule here is asked now: none joins ``lacking`` later
            if i in unasked and self._lacks(unasked.pop(i)):
                lacking.add(i)
        if not lacking.isdisjoint(tried):
            tried = tuple(i for i in tried if i not in lacking)
        if head.isascii():  # a rule whose opening cannot begin here: its tail alone
            key = fold_key(head)
            plan = self._plan
            tried = tuple(i + plan.n if plan.tailed[i] and not key.startswith(
                plan.rules[i].opening) else i for i in tried)
        if len(self.here) > _RULES_AT_MAX:
            self.here.clear()
            self._seen.clear()  # periodic reads the tried rules of the starts it sees
        self.here[head] = tried
        return tried

    def copied(self, head: str, pos: int, out: list[Candidate], dl: list[_Deferred],
               out_lo: int) -> int:
        """A start that found something, whose beginning found something a period
        before: where the word starts from there on are proved to find it again (see
        :mod:`.periodic`), what was found from there is copied, this start's included.
        The offset to scan on from after the copies, or -1: none made."""
        d_lo = len(dl)
        while d_lo and dl[d_lo - 1][2] == pos:
            d_lo -= 1
        last = self._seen.get(head)
        if last is not None and pos - last[0] <= PERIOD_MAX and (
                times := self._plan.periods.repeats(
                    self._text, self._padded, self.here, last[0], pos)):
            del out[out_lo:], dl[d_lo:]
            self._seen.clear()
            return _repeat(out, dl, last, pos, times)
        self._seen[head] = (pos, out_lo, d_lo)
        return -1


class _NotAfter:
    """Does a rule's ``not_after`` context rule out its match at a start? Memoised per
    text: a run of dates asks at every date about the same characters."""

    __slots__ = ("_search", "_found", "_last")

    def __init__(self, plan: _Plan) -> None:
        self._search = plan.after_search
        # (rule, the characters a not_after search reads) -> found
        self._found: dict[tuple[int, str], bool] = {}
        # per rule, the last full-length stretch asked about and its answer: compared in
        # place (startswith), a repeat needs no slice, tuple or hash
        self._last: list[tuple[str, bool] | None] = [None] * len(plan.rules)

    def found(self, text: str, i: int, pos: int) -> bool:
        search, reach = self._search[i]  # type: ignore[misc]  # set where one_cased < 0
        lo = pos - reach
        prev = self._last[i]
        if prev is not None and lo > 0 and text.startswith(prev[0], lo, pos):
            return prev[1]
        stretch = (i, text[lo if lo > 0 else 0:pos])
        hit = self._found.get(stretch)
        if hit is None:
            if len(self._found) > _RULES_AT_MAX:
                self._found.clear()
            hit = self._found[stretch] = search(
                text, max(0, pos - _NOT_AFTER_REACH), pos) is not None
        if lo > 0:
            self._last[i] = (stretch[1], hit)
        return hit


def _follow_all(fol: list[tuple[Rule, re.Pattern[str], frozenset[str] | None,
                                frozenset[str] | None]],
                c: Candidate, text: str, out: list[Candidate]) -> None:
    """The matches of the rules that follow ``c``'s, each where its gap leads from ``c``."""
    end = c.end
    after = text[end:end + 1]
    for follower, gap, first, opens in fol:
        if first is not None and after not in first:
            continue
        g_m = gap.match(text, end)
        if g_m is None:
            continue
        at = g_m.end()
        # nor the follower where it cannot begin ("May 1-May 2": at "May")
        if opens is not None and (ch := text[at:at + 1]).isascii() and ch not in opens:
            continue
        _follow(follower, c, at, text, out)


def _repeat(out: list[Candidate], defer: list[_Deferred], last: tuple[int, int, int],
            pos: int, times: int) -> int:
    """The candidates and deferred matches found from the word start ``last`` names (its
    start, the lengths of both lists there) to ``pos``, again ``times`` times over,
    each a period on (see :mod:`.periodic`); the offset to scan on from."""
    j, lo, d_lo = last
    d = pos - j
    block, put_aside = out[lo:], defer[d_lo:]
    for k in range(1, times + 1):
        shift = d * k
        base = len(out) - lo
        copies: dict[int, Candidate] = {}
        for c in block:
            n = _new(Candidate)
            n.start = c.start + shift
            n.end = c.end + shift
            n.rule = c.rule
            n.values = c.values
            n.names = c.names
            copies[id(c)] = n
            out.append(n)
        for at, i, p, _, top in put_aside:
            # unmatched: _with_deferred matches it again where needed, finding the same
            defer.append((at + base, i, p + shift, None, copies[id(top)]))
    return j + d * (times + 1)


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
        regexes = [r.regex for r in base] + tails
        self.match = [r.match for r in regexes]
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
                        for r, lone in zip(regexes, self.lone, strict=True)]
        self.periods = Periods(regexes, self.rules, self.followers, PREFIX_LEN + 1, rs.starts)


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


Built = tuple[Partial, str | None, str | None, str | None, str]
#: build_match's memo; engine._tag_text reads it first (a hit needs no call)
BUILT: dict[tuple[int, tuple[str | None, ...]], Built] = {}


def build_match(c: Candidate) -> Built:
    """Phase one for a kept match: (Partial, mod, quant, freq, type). The same rule
    with the same groups always gives the same result, so it is memoised on them (not
    on the surface text: a group may come from the context, as the month of 'May 3-5'
    does for '5', or from a lookahead)."""
    key = (c.rule.order, c.values)
    hit = BUILT.get(key)
    if hit is None:
        rs = ruleset()
        groups = c.groups
        hit = (build(c.rule.type, c.rule.value, groups, rs.tables),
               _attr(c.rule.mod, groups, rs), _attr(c.rule.quant, groups, rs),
               _attr(c.rule.freq, groups, rs), rule_type(c.rule, groups))
        if len(BUILT) > 100_000:
            BUILT.clear()
        BUILT[key] = hit
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
