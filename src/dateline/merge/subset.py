"""A count told as a part of another count of its sentence ('of those , nine were infected',
'nine of the 40 pupils fell ill', 'files on 30 patients showed nine had been infected'): the part
and a count its article tells whole are two tallies, as the within-article labels read a
subset beside its set, however alike their wording."""

from __future__ import annotations

import re

from dateline.merge.acts import one_sense
from dateline.merge.counts import numbers_near
from dateline.merge.mention import Mention, once
from dateline.merge.rules import Rules
from dateline.merge.trigger_words import words_before

#: a figure word: digits ('26', '1,200') or a number word of ``clause_place_numbers``
_DIGITS = re.compile(r"^\d[\d,.]*$")


def subset_apart(a: Mention, b: Mention, r: Rules) -> bool:
    """Two mentions of one article of one trigger sense, one told as a part of a count
    (:func:`told_subset`) and the other not, unless both give figures near each other (the
    part told again). Only one article: another article may count the part alone."""
    if a.article_id != b.article_id or a.key == b.key:
        return False
    if told_subset(a, r) == told_subset(b, r) or not one_sense(a, b, r):
        return False
    return not (a.numbers and b.numbers and numbers_near(a, b, r.limits["number_near_ratio"], r))


def told_subset(m: Mention, r: Rules) -> bool:
    """For a count of ``subset_classes`` (cases, deaths), among the ``limits.subset_before``
    words before the trigger but the last (no ';' or ':' between),
    a phrase taking a part of a group (``subset_cues``: 'of them', 'of those', 'among
    them'), a figure 'of the' a figure ('nine of the 40'), or a figure after 'on' or 'of'
    then a verb of finding (``subset_finding_verbs``: 'files on 30 patients showed'); worked out
    once per mention."""
    return once(m, "told_subset", r, _told_subset)


def _told_subset(m: Mention, r: Rules) -> bool:
    if m.occurrence_class not in r.words("subset_classes"):
        return False
    words = words_before(m, int(r.limits["subset_before"]))[:-1]  # not the group's own
    # word: 'three of those detained' names the whole group by the trigger
    for n in range(len(words) - 1, -1, -1):
        if words[n] in (";", ":"):
            words = words[n + 1:]
            break
    text = " " + " ".join(words) + " "
    if any(f" {cue} " in text for cue in r.words("subset_cues")):
        return True
    finding = r.words("subset_finding_verbs")
    for n, w in enumerate(words):
        if not _figure(w, r) or n == 0:
            continue
        if n >= 3 and words[n - 2:n] == ["of", "the"] and _figure(words[n - 3], r):
            return True  # 'nine of the 40'
        if words[n - 1] in ("on", "of") and any(x in finding for x in words[n + 1:n + 3]):
            return True  # 'files on 30 patients showed'
    return False


def _figure(word: str, r: Rules) -> bool:
    return bool(_DIGITS.match(word)) or word in r.words("clause_place_numbers")
