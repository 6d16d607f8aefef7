"""A tally's standing: whether the words just before its noun tell it as confirmed or as
only suspected ('the confirmed death toll' / 'suspected in over 300 deaths'). Health
officials report the two side by side and they differ by a factor, so one article's
confirmed count and its suspected count are two tallies, however alike their sentences."""

from __future__ import annotations

from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import words_before

_MARKS = ",;:()\"'\u201c\u201d"  # a word ending with one closes its phrase


def status_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two noun mentions of one article and one tally class (``status_classes``), one told
    as confirmed and the other as suspected (:func:`tally_status`). Only one article:
    another article's 'suspected deaths' may since have been confirmed."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    if a.occurrence_class != b.occurrence_class:
        return False
    sa, sb = tally_status(a, r), tally_status(b, r)
    return sa is not None and sb is not None and sa != sb


def tally_status(m: Mention, r: Rules) -> str | None:
    """'confirmed' or 'suspected' by the nearest ``status_words`` word among the
    ``limits.status_before`` words just before a noun trigger of a ``status_classes`` class,
    no punctuation between (a figure may stand between: 'suspected in over 300 deaths');
    None otherwise. Worked out once per mention."""
    return once(m, "tally_status", r, _tally_status)


def _tally_status(m: Mention, r: Rules) -> str | None:
    if not m.nominal or m.occurrence_class not in r.words("status_classes"):
        return None
    words = words_before(m, int(r.limits["status_before"]))
    kinds: dict[str, str] = r.raw["status_words"]
    for w in reversed(words):
        if w.rstrip(_MARKS) != w or not any(c.isalnum() for c in w):
            return None  # a comma or dash opens another phrase ('confirmed cases, 5 deaths')
        if w in kinds:
            return kinds[w]
    return None
