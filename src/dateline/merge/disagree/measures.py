"""What a measured figure (dollars, per cent, barrels a day) is of: two measures are rivals
only when they measure one thing at one rate. ``disagree.json`` ``no_side``."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from dateline.merge.cluster import CanonicalEvent
from dateline.merge.disagree.common import ASIDE, FIGURE_WORD, disagree_section, figure_at
from dateline.merge.disagree.figures import figure_rules
from dateline.merge.lexicon import lexicon, read_data
from dateline.merge.mention import Mention, Number
from dateline.merge.rules import Rules
from dateline.wordlists import any_of, word_pattern


@lru_cache(maxsize=1)
def _measure_rules() -> tuple[frozenset[str], int, int, float, frozenset[str]]:
    """``disagree.json`` ``no_side``: the unit words (a counted noun that is a unit measures),
    the window, the common-word count and share, and the words that tell no measure."""
    data = read_data("disagree.json")
    units = frozenset(w for ps in data["figures"]["units"].values() for p in ps
                      for w in FIGURE_WORD.findall(p)) | frozenset(data["figures"]["units"])
    side = data["no_side"]
    return (units, int(side["measure_window"]), int(side["common_count"]),
            float(side["common_share"]), frozenset(side["measure_ignore"]))


@lru_cache(maxsize=1)
def _rate_rules() -> tuple[re.Pattern[str], int, float, re.Pattern[str]]:
    """``disagree.json`` ``no_side``: the words of a rate as one pattern, their reach in
    words after the figure, the least idf of a word that tells a measure, and the words a
    rate opens with that it is named without ('per day' -> 'day')."""
    side = disagree_section("no_side")
    openers = re.compile(rf"^(?:{any_of(side['rate_openers'])})\s+")
    return (word_pattern(side["rate_words"]), int(side["rate_reach"]),
            float(side["measure_min_idf"]), openers)


def rate_of(figure: str, sentence: str | None) -> str:
    """The rate a measured figure is given at ('4,000 barrels a day' -> 'a day'), '' for a
    total ('4.9 million barrels'): a rate and a total are two measures."""
    pattern, reach, _, openers = _rate_rules()
    text = sentence or ""
    at = figure_at(figure, text)
    if at < 0:
        return ""
    after = ASIDE.sub(" ", text[at + len(figure):])
    after = re.split(r"[.!?]\s|[,;:]", after, maxsplit=1)[0]
    after = " ".join(after.split()[:reach])
    found = pattern.search(after)
    return openers.sub("", found.group(0).lower()) if found else ""


def _dropped(r: Rules) -> frozenset[str]:
    """The units, scales and ``measure_ignore`` words, and their stems under ``r``."""
    return r.derived("disagree.dropped", _make_dropped)


def _make_dropped(r: Rules) -> frozenset[str]:
    units, _, _, _, ignore = _measure_rules()
    words = units | ignore | figure_rules()[1]
    return words | {t for w in words for t in r.tokens(w)}


def is_measure(thing: str, r: Rules) -> bool:
    """Is a number dispute's key a measure ('in mile', 'dollar', 'percent'): a unit, not a
    counted thing?"""
    units = _measure_rules()[0]
    return thing.startswith("in ") or thing in units or any(
        thing in r.tokens(u) for u in units)


def measure_words(figure: str, sentence: str | None, r: Rules) -> frozenset[str]:
    """The words that tell what a measured figure is of: the content words (stems) within
    ``measure_window`` of it in its clause, units, scales and figures out."""
    _, window, _, _, _ = _measure_rules()
    text = sentence or ""
    at = figure_at(figure, text)
    if at < 0:
        return frozenset()
    before, after = text[:at], text[at + len(figure):]
    starts = [m.end() for m in re.finditer(r"[.!?]\s|[;:]|\s--?\s", before)]
    before = before[starts[-1]:] if starts else before
    after = ASIDE.sub(" ", after)
    after = re.split(r"[.!?]\s|[,;:]|\s--?\s", after, maxsplit=1)[0]
    drop = _dropped(r)

    def keep(part: str) -> list[str]:
        # names ('BP', 'Jackson', 'Gulf') say who or where, not what is measured
        plain = re.sub(r"\b[A-Z][\w'.-]*", " ", part)
        return [w for w in r.tokens(plain) if w not in drop and not w[0].isdigit()]

    return frozenset(keep(before)[-window:] + keep(after)[:window])


def event_words(ev: CanonicalEvent, r: Rules) -> frozenset[str]:
    """Words of many of an event's sentences ('spill', 'rig' in every report of an oil
    spill): they tell no measure apart."""
    _, _, count, share, _ = _measure_rules()
    sentences = {m.sentence or "" for m in ev.mentions}
    df: dict[str, int] = {}
    for s in sentences:
        for w in set(r.tokens(s)):
            df[w] = df.get(w, 0) + 1
    need = max(count, share * len(sentences))
    return frozenset(w for w, c in df.items() if c >= need)


class Measure(NamedTuple):
    """What a measured figure is of, read once per claim (:func:`measure_of`): its rate
    (:func:`rate_of`), the words near it (:func:`measure_words`) and its mention's trigger
    words."""

    rate: str
    words: frozenset[str]
    trigger: frozenset[str]


def measure_of(claim: tuple[Number, Mention], r: Rules) -> Measure:
    """The :class:`Measure` of a figure of a mention."""
    n, m = claim
    return Measure(rate_of(n.text, m.sentence), measure_words(n.text, m.sentence, r),
                   frozenset(r.tokens(m.trigger)))


def same_measure(a: tuple[Number, Mention], b: tuple[Number, Mention], r: Rules,
                 common: frozenset[str] = frozenset()) -> bool:
    """Do two measured figures measure one thing (:func:`measures_meet`)?"""
    return measures_meet(measure_of(a, r), measure_of(b, r), common)


def measures_meet(a: Measure, b: Measure, common: frozenset[str] = frozenset()) -> bool:
    """Do two measured figures measure one thing: at one rate (:func:`rate_of`), with words
    near them in common that are not common in news (idf ``measure_min_idf`` or more: 'oil',
    'cost', 'pay' tell nothing) nor the event's own (``common``) unless one is a mention's
    trigger (the sum of 'an appeal for $550m' is the appeal's)? '$100m relief well' and
    '$274m paid out in compensation' are two sums, 'an appeal for $550m' and 'launched an
    appeal for $562m' one."""
    if a.rate != b.rate:
        return False
    least = _rate_rules()[2]
    idf = lexicon().idf
    return any(idf(w) >= least for w in (a.words & b.words) - (common - a.trigger - b.trigger))
