"""A tally's trend: 'the increasing number of fever cases', 'a growing number of flu
deaths' tells that a count grows, not what it stands at, so it is no report of one day's
count ('Velmora has confirmed 65 fever cases') however alike their words; a count of the
thing told with a figure and a trend of it are two events by the labelling guideline."""

from __future__ import annotations

from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import words_before


def trend_and_count(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one ``trend_classes`` class, one told as a trend (:func:`told_trend`)
    and the other giving a figure of a counted thing (a tally report's figure)."""
    if a.occurrence_class != b.occurrence_class:
        return False
    ta, tb = told_trend(a, r), told_trend(b, r)
    if ta == tb:
        return False
    count = b if ta else a
    return any(n.counts for n in count.numbers)


def told_trend(m: Mention, r: Rules) -> bool:
    """A noun trigger of a ``trend_classes`` class after '<trend word> number of' (a
    ``trend_words`` word, ``trend_heads`` noun, 'of'), up to ``limits.trend_before`` words
    before the trigger and no punctuation between ('the increasing number of fever cases in
    Velmora'; not 'the number of cases rose to 40'), and no figure of its own. Worked out
    once per mention."""
    return once(m, "told_trend", r, _told_trend)


def _told_trend(m: Mention, r: Rules) -> bool:
    if not m.nominal or m.occurrence_class not in r.words("trend_classes"):
        return False
    words = words_before(m, int(r.limits["trend_before"]))
    trends, heads = r.words("trend_words"), r.words("trend_heads")
    for i in range(len(words) - 1, 1, -1):
        w = words[i]
        if not any(c.isalnum() for c in w) or w[-1] in ",;:":
            return False  # a comma or dash opens another phrase
        if w == "of" and words[i - 1] in heads and words[i - 2] in trends:
            return not any(c.isdigit() for c in " ".join(words[i + 1:]))
    return False
