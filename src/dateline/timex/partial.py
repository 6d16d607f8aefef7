"""Phase one output: an underspecified value built from a rule's value template.

A :class:`Partial` holds what the words said (``month=1, day=19``, "weekday 2",
"one year back") and nothing that depends on the anchor; :mod:`resolve` fills
the rest. Template mini-language (values of a rule's ``value`` dict):

* a JSON number/string not starting with ``$`` or ``-$``: taken literally;
* ``"$g"``: the text of regex group ``g``; ``"$g|table"``: that text normalised
  through a table of ``tables.json`` or a built-in normaliser (``int``, ``num``,
  ``year``, ``decade2``, ``century``, ``freq``); a missing group or an unknown
  word leaves the field unset;
* ``"a||b"``: the first alternative that gives a value;
* a list: the product of its numeric items (``["$sign|sign", "$n|num"]`` = -2
  for "two ... ago"); an ``"X"`` item makes the product vague (``"X"``/``"-X"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

_INT_PREFIX = re.compile(r"[0-9]+")


@dataclass(frozen=True, slots=True)
class Partial:
    """Underspecified TIMEX3 value. ``kind``: point | duration | set | ref."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    holiday: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None
    pod: str | None = None
    rel_unit: str | None = None  # unit code of a shift from the anchor: Y M W D Q WE ...
    rel: int | str | None = None  # signed amount of that shift ("X"/"-X": vague)
    anchor: str | None = None  # "dct" (default), "narrative", "named" (a weekday or holiday)
    dir: str | None = None  # past|future|strict_past|strict_future|same|tense
    ref: str | None = None
    dur_n: float | int | str | None = None
    dur_unit: str | None = None
    shape: str | None = None  # "W": the ISO week of the resolved day; "WXX": its year, week unknown
    opens: bool = False  # told as a span's start ("since 8 July"): see timex.spanstart

    @property
    def needs_tense(self) -> bool:
        return self.dir == "tense"


_FIELDS = {f.name for f in fields(Partial)}
_FRACTION = re.compile(r"(.+?)(?:\s+|-)(?:(1/2|1/4|3/4)|and(?:\s+|-)a(?:\s+|-)(half))")
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_NUM_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
             "seventy": 70, "eighty": 80, "ninety": 90}


def _norm_key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _to_int(text: str) -> int | None:
    m = _INT_PREFIX.match(text)
    return int(m.group()) if m else None


def _num(text: str, tables: dict[str, dict[str, Any]]) -> float | int | str | None:
    """Digits, number words ("twenty-four") or vague quantities ("several" -> X)."""
    key = _norm_key(text)
    frac = _FRACTION.fullmatch(key)
    if frac:  # "2 1/2", "two and a half", "two-and-a-half"
        whole = _num(frac.group(1), tables)
        part = 0.5 if frac.group(3) or frac.group(2) == "1/2" else int(frac.group(2)[0]) / 4
        return whole + part if isinstance(whole, int | float) else None
    try:
        f = float(key.replace(",", ""))
        return int(f) if f.is_integer() else f
    except ValueError:
        pass
    if key in tables["number"]:
        return tables["number"][key]
    parts = re.split(r"[\s-]+", key)
    if len(parts) == 2 and parts[0] in _NUM_TENS and parts[1] in tables["number_word"]:
        return _NUM_TENS[parts[0]] + int(tables["number_word"][parts[1]])
    if len(parts) == 2 and parts[1] in _MULTIPLIERS:  # "two thousand (years)"
        head = 1 if parts[0] in ("a", "one") else tables["number_word"].get(parts[0])
        return None if head is None else int(head) * _MULTIPLIERS[parts[1]]
    return None


def _year(text: str, tables: dict[str, dict[str, Any]]) -> int | None:
    """Four digits as they are; two digits: 00-49 -> 20xx, 50-99 -> 19xx; spoken
    "nineteen ninety-four" -> 1994."""
    n = _to_int(text)
    if n is None:
        words = _norm_key(text).replace(" and ", " ").split()
        while words and words[0] in ("the", "year"):
            words = words[1:]
        if len(words) >= 2 and words[1] == "thousand":  # "two thousand (and) one"
            hi = tables["number_word"].get(words[0])
            lo = _num(" ".join(words[2:]), tables) if len(words) > 2 else 0
            if isinstance(hi, int) and isinstance(lo, int) and 0 <= lo < 100:
                return hi * 1000 + lo
            return None
        head, _, rest = _norm_key(text).partition(" ")
        hi = tables["number_word"].get(head)
        lo = 0 if rest == "hundred" else _num(rest, tables)
        if isinstance(hi, int) and isinstance(lo, int) and 0 <= lo < 100:
            return hi * 100 + lo
        return None
    if len(text) <= 2:
        return 2000 + n if n < 50 else 1900 + n
    return n


def _freq(text: str, tables: dict[str, dict[str, Any]]) -> str | None:
    key = _norm_key(text)
    if key in tables["times"]:
        return f"{tables['times'][key]}X"
    n = _num(key.removesuffix(" times"), tables)
    return f"{n}X" if n is not None else None


def normalise(raw: str, how: str, tables: dict[str, dict[str, Any]]) -> Any:
    if how == "int":
        return _to_int(raw)
    if how == "num":
        return _num(raw, tables)
    if how == "year":
        return _year(raw, tables)
    if how == "decade2":  # "'90s" -> 199
        n = _to_int(raw)
        return None if n is None else 190 + n
    if how == "century":  # "20th" -> 19
        n = _to_int(raw)
        return None if n is None or n < 1 else n - 1
    if how == "freq":
        return _freq(raw, tables)
    table = tables.get(how)
    if table is None:
        raise KeyError(f"unknown timex table {how!r}")
    key = _norm_key(raw)
    if key in table:
        return table[key]
    return table.get(key.rstrip("."))


def _eval_one(spec: Any, groups: dict[str, str | None], tables: dict[str, dict[str, Any]]) -> Any:
    if not isinstance(spec, str):
        return spec
    for alt in spec.split("||"):
        neg = alt.startswith("-$")
        if not (neg or alt.startswith("$")):
            return alt
        ref = alt[2:] if neg else alt[1:]
        gname, _, how = ref.partition("|")
        raw = groups.get(gname)
        if raw is None:
            continue
        val = normalise(raw, how, tables) if how else raw
        if val is None:
            continue
        if neg:
            val = f"-{val}" if isinstance(val, str) else -val
        return val
    return None


def evaluate(spec: Any, groups: dict[str, str | None], tables: dict[str, dict[str, Any]]) -> Any:
    """One template value -> Python value (None when it does not apply)."""
    if isinstance(spec, list):
        prod: float | int = 1
        vague = False
        for item in spec:
            v = _eval_one(item, groups, tables)
            if v is None:
                return None
            if isinstance(v, str):
                if v.lstrip("-") != "X":
                    return None
                vague = True
                prod = -prod if v.startswith("-") else prod
            else:
                prod *= v
        if vague:
            return "-X" if prod < 0 else "X"
        return int(prod) if float(prod).is_integer() else prod
    return _eval_one(spec, groups, tables)


_KIND = {"DATE": "point", "TIME": "point", "DURATION": "duration", "SET": "set"}


def build(
    rule_type: str, template: dict[str, Any], groups: dict[str, str | None],
    tables: dict[str, dict[str, Any]],
) -> Partial:
    """Evaluate a rule's value template against one match."""
    vals: dict[str, Any] = {}
    for key, spec in template.items():
        if key not in _FIELDS:
            raise KeyError(f"unknown timex value field {key!r}")
        v = evaluate(spec, groups, tables)
        if v is not None:
            vals[key] = v
    kind = "ref" if "ref" in vals else _KIND[rule_type]
    return Partial(kind=kind, **vals)
