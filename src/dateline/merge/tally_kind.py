"""A tally's kind: whether the words around its noun tell the day's new ones ('10 new
cases', 'three more deaths') or a rate ('the rate of flu infection', 'the infection rate'),
not the running count. One sentence that gives a day's new cases and the total they bring
('nine new cases on Monday, bringing the tally to 41'), or a rate beside a count ('312 cases,
the top rate of infection on the coast'), tells two figures of a series, however alike its
two mentions (they share every word and figure of the sentence), and other reports cannot
make them one (a cannot-link of one sentence)."""

from __future__ import annotations

from dateline.merge.mention import Mention, once
from dateline.merge.readers import WORD
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import trigger_offset, words_before

_MARKS = ",;:()\"'\u201c\u201d"  # a word ending with one closes its phrase


def kinds_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two noun mentions of one sentence of one article, of one ``tally_kind_classes``
    class, whose kinds (:func:`tally_kind`) differ: new ones beside the running count, or a
    rate beside a count. Only one sentence: another sentence's plain 'the cases' may name
    the new ones again."""
    if (a.article_id != b.article_id or a.sentence_index != b.sentence_index
            or a.key == b.key or a.occurrence_class != b.occurrence_class):
        return False
    ka = tally_kind(a, r)
    if ka is None:
        return False
    kb = tally_kind(b, r)
    return kb is not None and ka != kb  # a verb ('died') has no kind: the score decides


def tally_kind(m: Mention, r: Rules) -> str | None:
    """'new' or 'rate' by the nearest ``tally_kind_words`` word among the
    ``limits.tally_kind_before`` words before a noun trigger of a ``tally_kind_classes``
    class, no punctuation and no ``tally_kind_stops`` word between ('more than 30 cases'
    bounds a count), or 'rate' by a ``tally_kind_after`` word right after it ('the
    infection rate'); 'count' for another noun of the class; None for a verb or another
    class. Worked out once per mention."""
    return once(m, "tally_kind", r, _tally_kind)


def _tally_kind(m: Mention, r: Rules) -> str | None:
    if not m.nominal or m.occurrence_class not in r.words("tally_kind_classes"):
        return None
    kinds: dict[str, str] = r.raw["tally_kind_words"]
    stops = r.words("tally_kind_stops")
    for w in reversed(words_before(m, int(r.limits["tally_kind_before"]))):
        if w.rstrip(_MARKS) != w or not any(c.isalnum() for c in w) or w in stops:
            break  # a comma opens another phrase; 'than' makes 'more' a bound
        if w in kinds:
            return kinds[w]
    at = trigger_offset(m)
    if at >= 0 and m.sentence:
        after = WORD.findall(m.sentence[at + len(m.trigger):at + len(m.trigger) + 20].lower())
        if after[:1] and after[0] in r.words("tally_kind_after"):
            return "rate"
    return "count"
