"""The Porter (1980) suffix stripper in the variant ROUGE-1.5.5 runs.

ROUGE-1.5.5 (``-m``) stems with the tartarus Perl port of the original
algorithm plus its own 2004 change to step 4 (a cascade, see the data file), not
"Porter2" or NLTK's variant, so scores only match tilse with this exact rule
set (checked: identical stems on 25.7k words of the T17 dev data). Suffix tables
are package data (``data/tls/porter.json``) so the engine stays a small set of
conditions; the measure ``m`` and the ``*v*``, ``*d`` and ``*o`` conditions
follow the paper's definitions.
"""

from __future__ import annotations

from functools import lru_cache

from dateline.tls.resources import load

_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=1)
def _tables() -> dict[str, list[list[str]]]:
    """Suffix rules per step, longest suffix first (only the longest match is tried)."""
    steps: dict[str, list[list[str]]] = load("porter.json")["steps"]
    out = {k: sorted(steps[k], key=lambda r: -len(r[0])) for k in ("step2", "step3")}
    out["step4"] = [sorted(group, key=len, reverse=True) for group in steps["step4"]]
    return out


def _is_cons(w: str, i: int) -> bool:
    ch = w[i]
    if ch in _VOWELS:
        return False
    if ch == "y":
        return i == 0 or not _is_cons(w, i - 1)
    return True


def _measure(stem: str) -> int:
    """Number of VC sequences in ``stem`` ([C](VC)^m[V])."""
    m, prev_vowel = 0, False
    for i in range(len(stem)):
        vowel = not _is_cons(stem, i)
        if prev_vowel and not vowel:
            m += 1
        prev_vowel = vowel
    return m


def _has_vowel(stem: str) -> bool:
    return any(not _is_cons(stem, i) for i in range(len(stem)))


def _double_cons(w: str) -> bool:
    return len(w) >= 2 and w[-1] == w[-2] and _is_cons(w, len(w) - 1)


def _cvc(w: str) -> bool:
    """*o: stem ends consonant-vowel-consonant, the last not w, x or y."""
    if len(w) < 3:
        return False
    if not (_is_cons(w, len(w) - 3) and not _is_cons(w, len(w) - 2) and _is_cons(w, len(w) - 1)):
        return False
    return w[-1] not in "wxy"


def _step1a(w: str) -> str:
    if w.endswith("sses") or w.endswith("ies"):
        return w[:-2]
    if w.endswith("ss"):
        return w
    if w.endswith("s"):
        return w[:-1]
    return w


def _step1b(w: str) -> str:
    if w.endswith("eed"):
        return w[:-1] if _measure(w[:-3]) > 0 else w
    for suf in ("ed", "ing"):
        if w.endswith(suf) and _has_vowel(w[: -len(suf)]):
            w = w[: -len(suf)]
            if w.endswith(("at", "bl", "iz")):
                return w + "e"
            if _double_cons(w) and w[-1] not in "lsz":
                return w[:-1]
            if _measure(w) == 1 and _cvc(w):
                return w + "e"
            return w
    return w


def _step1c(w: str) -> str:
    if w.endswith("y") and _has_vowel(w[:-1]):
        return w[:-1] + "i"
    return w


def _replace(w: str, rules: list[list[str]], min_m: int) -> str:
    """Apply the first rule whose suffix matches (longest listed first), if m(stem) > min_m."""
    for suf, rep in rules:
        if w.endswith(suf):
            stem = w[: -len(suf)]
            return stem + rep if _measure(stem) > min_m else w
    return w


def _step4(w: str, groups: list[list[str]]) -> str:
    """ROUGE's cascading step 4: each group in turn may strip one suffix (m > 1);
    ``(s|t)ion`` is tried only when the last group ("ent") did not match."""
    last = len(groups) - 1
    for g, suffixes in enumerate(groups):
        suf = next((x for x in suffixes if w.endswith(x)), None)
        if suf is None:
            if g == last and w.endswith("ion") and len(w) > 3 and w[-4] in "st":
                if _measure(w[:-3]) > 1:
                    w = w[:-3]
            continue
        if _measure(w[: -len(suf)]) > 1:
            w = w[: -len(suf)]
    return w


def _step5(w: str) -> str:
    if w.endswith("e"):
        stem = w[:-1]
        m = _measure(stem)
        if m > 1 or (m == 1 and not _cvc(stem)):
            w = stem
    if _measure(w) > 1 and _double_cons(w) and w.endswith("l"):
        w = w[:-1]
    return w


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of a lower-case word (words of 1-2 letters are returned as is)."""
    if len(word) <= 2:
        return word
    t = _tables()
    w = _step1c(_step1b(_step1a(word)))
    w = _replace(w, t["step2"], 0)
    w = _replace(w, t["step3"], 0)
    w = _step4(w, t["step4"])
    return _step5(w)
