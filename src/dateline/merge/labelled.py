"""What the label vetoes share: an occurrence told of a named disease, a named hazard or a
kind of site (:mod:`~dateline.merge.diseases`, :mod:`~dateline.merge.hazards`,
:mod:`~dateline.merge.sites`) is another event than one told of a different label; each
module reads its own label, these helpers compare labels and key the cannot-link scan."""

from __future__ import annotations

import re
from collections.abc import Callable

from dateline.merge.mention import Mention
from dateline.merge.rules import Rules

#: a word as the hazard titles and the site nouns read it: letters with inner hyphens or
#: apostrophes
WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")

LabelOf = Callable[[Mention, Rules], str | None]


def labels_differ(a: Mention, b: Mention, r: Rules, label_of: LabelOf) -> bool:
    """Both mentions labelled, the labels different (b's label read only when a has one)."""
    la = label_of(a, r)
    if la is None:
        return False
    lb = label_of(b, r)
    return lb is not None and lb != la


def label_keys(m: Mention, r: Rules, veto: str, key: object,
               label_of: LabelOf) -> tuple[frozenset[object], frozenset[object]] | None:
    """Keys a labelled mention is found under and looks for while the ``veto`` limit is on
    (the labelled are few: each may meet another), else None (links.CheapLink)."""
    if not r.limits.get(veto) or label_of(m, r) is None:
        return None
    keys: frozenset[object] = frozenset({key})
    return keys, keys
