"""Load the rule data files and compile them once into fast matchers.

Rule format (one JSON record per rule, in ``data/rules/*.json``)::

    {"name": "date_month_day", "type": "DATE",
     "pattern": "(?P<month>{MONTH})\\.?\\s+(?P<day>{DAYTH})",   # regex; {NAME} = macro
     "value": {"month": "$month|month", "day": "$day|int", "dir": "tense"},
     "priority": 8,                  # breaks ties between equally long matches
     "mod": "$mod|pmod", "quant": "...", "freq": "...",   # optional attributes
     "cased": ["month"],             # these groups must start upper-case ("May" not "may")
     "not_after": "...",             # case-sensitive regex; no match where the text just
                                     # before the match ends with it ("Euro 2004")
     "follows": ["date_month_day"],  # tried only where this regex, matched at the end
     "gap": "\\s*-\\s*",             # of a match of one of these rules, leads; that
                                     # match's groups fill those this one left unset
                                     # ("May 3-5": the month of "5")
     "type_when": {"hour": "TIME"},  # type switch when a group matched
     "examples": [{"text": ..., "dct": ..., "value": ..., "match": ...}]}

Value templates are evaluated by :mod:`dateline.timex.partial`. Macros come from
``data/tables.json``: a macro naming a table expands to an alternation of that
table's keys, longest first, so the surface forms live next to their values.

Speed: instead of running every regex over the whole text, each rule records the
set of lower-cased prefixes (up to PREFIX_LEN characters, one more for most rules)
a match can start with, derived from the regex parse tree. The engine only tries a
rule at word starts whose prefix is in that set, so most words cost a dict lookup
and nothing else.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_p  # type: ignore[attr-defined]
from typing import Any

from dateline.errors import DatelineError
from dateline.timex.opening import split_opening

PREFIX_LEN = 8
#: A rule with at most this many prefixes is indexed by one character more (the first of
#: its second word, where its first is "Tuesday "), so "Tuesday Tuesday" is not tried as
#: the start of "Tuesday, May 3" or "Tuesday morning" (4 of 7 rules fewer: a failing
#: regex costs 1-2 microseconds); a rule with more ("3:45", "two years") stays at
#: PREFIX_LEN, whose enumeration one character further would take a second or more.
#: The scanner (``Ruleset.starts``) keeps PREFIX_LEN characters.
_LONGER_UP_TO = 2500
_MAX_PREFIXES = 20_000
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# a match may not run into a following word character (no "19" inside "199"), nor
# into a unit's "-to-" compound ("quarter-to-quarter", "day-to-day", "year-to-date":
# manners and measures, not times; "July-to-September" stays a range), nor into a
# comparison's "-on-" / "-over-" ("a year-on-year rise", "month-over-month": a change
# against the same span before, no stretch of time)
_END_GUARD = (r"(?![^\W_]|-to-(?:day|week|month|quarter|year|date)\b"
              r"|-(?:on|over)-(?:day|week|month|quarter|year)\b)")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    type: str
    pattern: str
    regex: re.Pattern[str]
    value: dict[str, Any]
    priority: int = 0
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    cased: tuple[str, ...] = ()
    not_after: re.Pattern[str] | None = None
    follows: tuple[str, ...] = ()
    gap: re.Pattern[str] | None = None
    type_when: tuple[tuple[str, str], ...] = ()
    examples: tuple[dict[str, Any], ...] = ()
    order: int = 0
    # the pattern less its optional opening (see opening.py), and the prefixes the
    # opening may begin with: where none begins, ``tail`` matches as ``regex`` does
    tail: re.Pattern[str] | None = None
    opening: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ruleset:
    rules: tuple[Rule, ...]
    tables: dict[str, dict[str, Any]]
    # prefix (1..PREFIX_LEN + 1 chars, lower-case) -> indexes of rules that may start there
    by_prefix: dict[str, tuple[int, ...]] = field(default_factory=dict)
    anywhere: tuple[int, ...] = ()  # rules whose start could not be analysed
    # word starts where some rule may begin (a trie of the prefixes' first PREFIX_LEN
    # characters, run in C), as the starts of its matches in " " + text: each match is
    # the non-word character before one (the scan skips word characters in C; a
    # look-behind at every position cost ~1.7k instructions a character)
    starts: re.Pattern[str] = re.compile(r"[\W_](?=[^\W_])")
    # rule name -> indexes of the rules that follow it (tried only after its matches)
    followers: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # rule index -> strings one of which a text must hold for the rule to match in it
    # (see required_strings), where its prefixes do not already say so: a text of "May"
    # alone never tries the futures month ("May delivery") again after its first "May"
    guards: dict[int, frozenset[str]] = field(default_factory=dict)
    # characters that match a guard's letter under IGNORECASE but lower-case to another
    # (the long "s", dotted and dotless "i"): a text holding one is not judged by its
    # lower-cased copy
    guard_odd: str = ""
    # rule index -> the characters a match of its ``gap`` can begin with, where known
    # (see gap_starts): most gaps fail on their first character, which needs no regex call
    gap_first: dict[int, frozenset[str]] = field(default_factory=dict)


_TRIE_CLASS = {" ": r"\s", "0": "[0-9]"}


def ignorecase_classes(chars: set[str]) -> dict[str, str]:
    """For each of ``chars``, a case-sensitive regex item matching the characters it
    matches under ``re.IGNORECASE``: exactly in the Basic Multilingual Plane (asked of
    the regex engine itself: "k" also matches the Kelvin sign, "s" the long s), and any
    astral character too for a cased one (more than needed, never less).

    Why: an alternation's branch whose first item is a plain literal or class is
    turned down by the regex engine on one comparison, but under IGNORECASE each
    branch is entered and left in turn, and the prefix trie's root alone has dozens."""
    bmp = "".join(map(chr, range(0x10000)))
    found = set(re.findall("[" + "".join(map(re.escape, sorted(chars))) + "]", bmp,
                           re.IGNORECASE))
    out: dict[str, str] = {}
    for c in chars:
        same = sorted(x for x in found if re.fullmatch(re.escape(c), x, re.IGNORECASE))
        if same == [c] and c.lower() == c.upper():
            out[c] = re.escape(c)
        else:
            astral = "\\U00010000-\\U0010ffff" if c.lower() != c.upper() else ""
            out[c] = "[" + "".join(map(re.escape, same)) + astral + "]"
    return out


#: Levels of the prefix trie written as case-sensitive classes (the widest ones: the
#: root alone has dozens of branches); deeper levels keep IGNORECASE, which compiles
#: faster (one class per node would make the trie's compilation twice as long).
_TRIE_CASED_LEVELS = 3


def prefix_trie_regex(prefixes: set[str]) -> str:
    """Regex accepting the strings that begin with one of ``prefixes`` (lower-case,
    digits as "0", whitespace as " ": see :func:`fold_key`) whatever their case,
    shaped as a trie so the regex engine rejects most positions on one char. Its first
    levels are classes of both cases (see :func:`ignorecase_classes`), which may accept
    more (an astral letter): the rules tried there are chosen by :func:`fold_key`."""
    trie: dict[str, Any] = {}
    for p in prefixes:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}
    cased = ignorecase_classes({ch for p in prefixes for ch in p} - set(_TRIE_CLASS))
    cased.update(_TRIE_CLASS)

    def walk(node: dict[str, Any], level: int) -> str:
        if "" in node:
            return ""  # a shorter prefix already accepts whatever follows
        if level == _TRIE_CASED_LEVELS:
            return "(?i:" + walk_ignorecase(node) + ")"
        alts = [cased[ch] + walk(child, level + 1) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    def walk_ignorecase(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alts = [_TRIE_CLASS.get(ch, re.escape(ch)) + walk_ignorecase(child)
                for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return walk(trie, 0)


def _read_json(name: str) -> Any:
    try:
        res = resources.files("dateline.timex").joinpath("data", *name.split("/"))
        return json.loads(res.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatelineError(f"timex rule data {name!r} unreadable: {exc}") from exc


def load_tables() -> dict[str, Any]:
    return dict(_read_json("tables.json"))


def rule_files() -> list[str]:
    base = resources.files("dateline.timex").joinpath("data", "rules")
    return sorted(p.name for p in base.iterdir() if p.name.endswith(".json"))


def keyword_trie_regex(words: Any) -> str:
    """Alternation of ``words`` shaped as a trie (longer continuations first), so the
    regex engine reads each character once instead of trying every word in turn.
    A space in a word matches any run of whitespace."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + walk(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + walk(trie) + ")"


def expand_macros(pattern: str, tables: dict[str, Any], depth: int = 0) -> str:
    """Replace ``{NAME}`` by the macro's regex (tables become keyword alternations)."""
    macros = tables.get("macros", {})

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise DatelineError(f"unknown timex macro {{{name}}}")
        body = macros[name]
        if body in tables and isinstance(tables[body], dict):
            return keyword_trie_regex(tables[body])
        return "(?:" + expand_macros(body, tables, depth + 1) + ")"

    if depth > 10:
        raise DatelineError("timex macros nest too deeply")
    return _MACRO.sub(sub, pattern)


# ---------------------------------------------------------------- prefix analysis
# Each analysed element yields a set of (prefix, closed) pairs: ``closed`` means the
# prefix cannot be extended any more (length reached, or an unknown character class
# follows, in which case the shorter prefix is kept as a conservative filter).

_Pref = set[tuple[str, bool]]
_WILD: _Pref = {("", True)}
_CLASS_LIMIT = 40


def _class_chars(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.add(fold_key(chr(av)))
        elif op is sre_c.RANGE:
            lo, hi = av
            if hi - lo > _CLASS_LIMIT:
                return None
            chars.update(fold_key(chr(c)) for c in range(lo, hi + 1))
        elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif op is sre_c.CATEGORY and av is sre_c.CATEGORY_SPACE:
            chars.add(" ")  # all whitespace is folded to " " (see fold_key)
        else:
            return None
    return chars


_WS_FOLD: dict[int, str] = {c: " " for c in range(0x3001) if chr(c).isspace()}
_WS_FOLD.update({c: "0" for c in range(ord("1"), ord("9") + 1)})


def fold_key(text: str) -> str:
    """Index key: lower-case, whitespace as " " and every ASCII digit as "0"."""
    return text.lower().translate(_WS_FOLD)


def _item(op: Any, av: Any, k: int) -> _Pref:
    if op is sre_c.LITERAL:
        return {(fold_key(chr(av)), False)}
    if op is sre_c.IN:
        chars = _class_chars(list(av))
        return _WILD if chars is None else {(c, False) for c in chars}
    if op is sre_c.AT:
        return {("", False)}
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
        return {("", False)}
    if op is sre_c.SUBPATTERN:
        return _seq(list(av[-1]), k)
    if op is sre_c.BRANCH:
        out: _Pref = set()
        for alt in av[1]:
            out |= _seq(list(alt), k)
        return out
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        once = _seq(list(sub), k)
        if hi <= 2:
            if lo == 0:
                return once | {("", False)}
            return _concat(once, once if lo > 1 else once | {("", False)}, k)
        # an open-ended repeat ("[0-9]+" in "210 years", "\\s+" before an indented
        # line): expand it repetition by repetition until every prefix is full, so
        # the index stays exact without trying the rule at every digit or "the"
        reps: _Pref = {("", False)} if lo == 0 else set()
        cur = once
        for _ in range(k):
            reps |= cur
            grow: _Pref = {(p, c) for p, c in cur if not c and len(p) < k}
            if not grow:
                break
            cur = _concat(grow, once, k) - reps
        return reps
    return _WILD


def _concat(left: _Pref, right: _Pref, k: int) -> _Pref:
    out: _Pref = set()
    rights = [(q, qc, len(q)) for q, qc in right]
    for p, closed in left:
        n = len(p)
        if closed or n >= k:
            out.add((p[:k], True))
            continue
        out.update([((p + q)[:k], qc or n + m >= k) for q, qc, m in rights])
    return out


def _seq(items: list[tuple[Any, Any]], k: int) -> _Pref:
    cur: _Pref = {("", False)}
    for op, av in items:
        if all(c or len(p) >= k for p, c in cur):
            break
        cur = _concat(cur, _item(op, av, k), k)
        if len(cur) > _MAX_PREFIXES:
            raise OverflowError
    return cur


# ---------------------------------------------------------------- required words
# A set of lower-case ASCII strings one of which occurs in any text the pattern matches
# in (look-arounds included: "(?<=delivery\\sin\\s)May" needs "delivery"); None = none known.
_Req = frozenset[str] | None


def _req_better(a: _Req, b: _Req) -> _Req:
    """The more selective requirement: longer shortest string, then fewer strings."""
    if a is None or b is None:
        return b if a is None else a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _req_seq(items: list[tuple[Any, Any]]) -> _Req:
    best: _Req = None
    run = ""  # consecutive ASCII literals
    for op, av in items:
        if op is sre_c.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            best = _req_better(best, frozenset([run]))
            run = ""
        best = _req_better(best, _req_item(op, av))
    return _req_better(best, frozenset([run])) if run else best


def _req_item(op: Any, av: Any) -> _Req:
    if op is sre_c.SUBPATTERN:
        return _req_seq(list(av[-1]))
    if op is sre_c.ASSERT:  # a positive look-ahead or look-behind: its text is there
        return _req_seq(list(av[1]))
    if op is sre_c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            req = _req_seq(list(alt))
            if req is None:
                return None
            out |= req
        return frozenset(out)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _req_seq(list(sub)) if lo >= 1 else None
    return None


def required_strings(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which any text ``pattern`` (IGNORECASE) matches in
    holds (the engine skips a guarded rule in a text holding none: ``Ruleset.guards``);
    None where none is known."""
    return _req_seq(list(sre_p.parse(pattern, re.IGNORECASE)))


def _ahead_spliced(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """A whole pattern ending in a look-ahead (only zero-width items after it) matches
    only where the look-ahead's text follows what it consumed, so that text counts
    towards its prefixes ("24" of "24-26 March" is tried at a range, not every number);
    inside a group a look-ahead overlaps what follows the group and adds nothing."""
    end = len(items)
    while end and items[end - 1][0] in (sre_c.ASSERT_NOT, sre_c.AT):
        end -= 1
    if end and items[end - 1][0] is sre_c.ASSERT and items[end - 1][1][0] == 1:
        return items[:end - 1] + list(items[end - 1][1][1])
    return items


def start_prefixes(pattern: str, k: int = PREFIX_LEN) -> set[str] | None:
    """Lower-case prefixes a match of ``pattern`` can begin with; None = unknown."""
    for kk in range(k, 0, -1):
        try:
            tree = sre_p.parse(pattern, re.IGNORECASE)
            prefs = _seq(_ahead_spliced(list(tree)), kk)
        except OverflowError:
            continue
        out = {p for p, _ in prefs}
        if "" in out:
            return None
        return out
    return None


def ascii_openers(pattern: str) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` (IGNORECASE) can begin with, where its
    first characters are known and their folds all ASCII (else None). An ASCII character
    matches a pattern's character under IGNORECASE only as its fold does; a non-ASCII
    one (the long s matches "s") is not judged by this."""
    first = start_prefixes(pattern, 1)
    if first is None or not all(p.isascii() for p in first):
        return None
    return frozenset(c for c in map(chr, range(128)) if fold_key(c) in first)


# ---------------------------------------------------------------- compile


def _compile_rule(raw: dict[str, Any], tables: dict[str, Any], order: int) -> Rule:
    try:
        name = raw["name"]
        pattern = expand_macros(raw["pattern"], tables)
        regex = re.compile(f"(?:{pattern}){_END_GUARD}", re.IGNORECASE)
        not_after = (re.compile(f"(?:{expand_macros(raw['not_after'], tables)})\\Z")
                     if raw.get("not_after") else None)
        gap = (re.compile(expand_macros(raw["gap"], tables), re.IGNORECASE)
               if raw.get("follows") else None)
    except (KeyError, re.error) as exc:
        raise DatelineError(f"bad timex rule {raw.get('name')!r}: {exc}") from exc
    return Rule(
        name=name,
        type=raw["type"],
        pattern=pattern,
        regex=regex,
        value=dict(raw.get("value", {})),
        priority=int(raw.get("priority", 0)),
        mod=raw.get("mod"),
        quant=raw.get("quant"),
        freq=raw.get("freq"),
        cased=tuple(raw.get("cased", ())),
        not_after=not_after,
        follows=tuple(raw.get("follows", ())),
        gap=gap,
        type_when=tuple(sorted(raw.get("type_when", {}).items())),
        examples=tuple(raw.get("examples", ())),
        order=order,
        **_tail(pattern),
    )


def _tail(pattern: str) -> dict[str, Any]:
    """Rule.tail and Rule.opening of ``pattern``, where its opening's prefixes are known
    and ASCII (a text's ASCII head then says for sure that none begins there)."""
    split = split_opening(pattern)
    if split is None:
        return {}
    prefixes: set[str] = set()
    for piece in split[0]:
        found = start_prefixes(piece)
        if found is None or not all(p.isascii() for p in found):
            return {}
        prefixes |= found
    return {"tail": re.compile(f"(?:{split[1]}){_END_GUARD}", re.IGNORECASE),
            "opening": tuple(sorted(prefixes))}


@lru_cache(maxsize=1)
def ruleset() -> Ruleset:
    """All rules of the package data, compiled and indexed (once per process)."""
    tables = load_tables()
    rules: list[Rule] = []
    for fname in rule_files():
        for raw in _read_json(f"rules/{fname}")["rules"]:
            rules.append(_compile_rule(raw, tables, len(rules)))
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise DatelineError("duplicate timex rule names")
    unknown = {f for r in rules for f in r.follows} - set(names)
    if unknown:
        raise DatelineError(f"timex rules follow unknown rules: {sorted(unknown)}")
    by_prefix: dict[str, list[int]] = {}
    anywhere: list[int] = []
    followers: dict[str, list[int]] = {}
    for i, r in enumerate(rules):
        if r.follows:
            for name in r.follows:
                followers.setdefault(name, []).append(i)
            continue
        prefs = start_prefixes(r.pattern)
        if prefs is None:
            anywhere.append(i)
            continue
        if len(prefs) <= _LONGER_UP_TO:
            prefs = start_prefixes(r.pattern, PREFIX_LEN + 1) or prefs
        for p in prefs:
            by_prefix.setdefault(p, []).append(i)
    guards = _guards(rules, by_prefix)
    if anywhere:
        starts = re.compile(r"[\W_](?=[^\W_])")
    else:
        scanned = {p[:PREFIX_LEN] for p in by_prefix}
        starts = re.compile(r"[\W_](?=" + prefix_trie_regex(scanned) + ")")
    return Ruleset(
        rules=tuple(rules),
        tables={k: v for k, v in tables.items() if isinstance(v, dict)},
        by_prefix={k: tuple(v) for k, v in by_prefix.items()},
        anywhere=tuple(anywhere),
        starts=starts,
        followers={k: tuple(v) for k, v in followers.items()},
        guards=guards,
        guard_odd=_odd_folds({ch for req in guards.values() for w in req for ch in w}),
        gap_first=gap_starts(rules),
    )


#: The characters ``\s`` matches (fold_key's whitespace; tests/timex/test_guards.py
#: checks them against the regex engine over all of Unicode).
SPACES = frozenset(chr(c) for c, v in _WS_FOLD.items() if v == " ")


def gap_starts(rules: list[Rule]) -> dict[int, frozenset[str]]:
    """For each rule with a ``gap``, the characters a match of the gap can begin with,
    where its first items are whitespace or caseless characters that nothing else
    matches under IGNORECASE (a gap that may be empty, or begins with a letter or a
    digit, is left out: always tried)."""
    keys = {i: start_prefixes(r.gap.pattern, 1) for i, r in enumerate(rules) if r.gap}
    plain = ignorecase_classes({k for ks in keys.values() if ks for k in ks} - {" "})
    out: dict[int, frozenset[str]] = {}
    for i, ks in keys.items():
        if ks and all(k == " " or (k != "0" and plain[k] == re.escape(k)) for k in ks):
            out[i] = frozenset().union(*(SPACES if k == " " else {k} for k in ks))
    return out


def _guards(rules: list[Rule], by_prefix: dict[str, list[int]]) -> dict[int, frozenset[str]]:
    """Indexed rules whose required strings are not all implied by the prefixes they are
    tried at (every prefix holding one of them: checking the text would say nothing)."""
    prefixes: dict[int, list[str]] = {}
    for p, idx in by_prefix.items():
        for i in idx:
            prefixes.setdefault(i, []).append(p)
    out: dict[int, frozenset[str]] = {}
    for i, prefs in prefixes.items():
        req = required_strings(rules[i].pattern)
        if req and not all(any(w in p for w in req) for p in prefs):
            out[i] = req
    return out


def _odd_folds(chars: set[str]) -> str:
    """Characters matching one of ``chars`` under IGNORECASE whose lower case is not it
    (asked of the regex engine over the Basic Multilingual Plane; no astral character
    folds to ASCII)."""
    if not chars:
        return ""
    bmp = "".join(map(chr, range(0x10000)))
    found = re.findall("[" + "".join(map(re.escape, sorted(chars))) + "]", bmp, re.IGNORECASE)
    return "".join(sorted({c for c in found if c.lower() not in chars}))
